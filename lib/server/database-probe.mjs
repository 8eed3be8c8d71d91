// Is the PostgreSQL server reachable? Asked only when a request has already failed with a 5xx, to
// tell "the database is down, come back shortly" (503) from a bug (500). One short-lived connection,
// answered from memory for a couple of seconds so a failing burst does not open a connection each.
import pg from 'pg'

/**
 * @param {string | undefined} databaseUrl  DATABASE_URL; empty means the embedded PGlite, which lives
 *   in this very process and cannot be down on its own, so the probe always answers true.
 */
export function createDatabaseProbe(databaseUrl, { timeoutMs = 1_500, rememberMs = 2_000 } = {}) {
  let remembered = { at: 0, reachable: true }
  let pending = null

  async function probe() {
    const client = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
    })
    client.on('error', () => {}) // a server going away mid-probe must not crash the process
    try {
      await client.connect()
      await client.query('SELECT 1')
      return true
    } catch {
      return false
    } finally {
      client.end().catch(() => {})
    }
  }

  return async function databaseReachable() {
    if (!databaseUrl) return true
    if (Date.now() - remembered.at < rememberMs) return remembered.reachable
    pending ??= probe().then((reachable) => {
      remembered = { at: Date.now(), reachable }
      pending = null
      return reachable
    })
    return pending
  }
}
