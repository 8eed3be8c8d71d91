// The only place that knows which database engine is underneath (docs/decisions/001):
// DATABASE_URL set → PostgreSQL through @prisma/adapter-pg; unset → embedded PGlite under .data/.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { PrismaPg } from '@prisma/adapter-pg'
import { Client } from 'pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { env } from './env'
import { PrismaClient } from './generated/prisma/client'

export type DatabaseEngine = {
  kind: 'postgresql' | 'pglite'
  /** Where the data lives, safe to print (no password). */
  location: string
}

type Connection = {
  engine: DatabaseEngine
  adapter: SqlMigrationAwareDriverAdapterFactory
  close: () => Promise<void>
  /** LISTEN on a channel (PGlite: in-process; PostgreSQL: see listenToChannel). */
  listen?: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>
}

/** Extensions the search needs; PGlite must load them when it starts. */
const PGLITE_EXTENSIONS = { unaccent, pg_trgm, fuzzystrmatch }

export function createPGlite(dataDir: string, options: { loadDataDir?: Blob } = {}): PGlite {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true })
  return new PGlite(dataDir, { extensions: PGLITE_EXTENSIONS, ...options })
}

function redactUrl(connectionString: string): string {
  const url = new URL(connectionString)
  if (url.password) url.password = '***'
  return url.toString()
}

/**
 * Opens a connection to the configured engine. The app holds one for the process (see `db`);
 * scripts (migrate, seed) and tests open their own and close them.
 */
export function openConnection(options: { databaseUrl?: string; pgliteDataDir?: string } = {}): Connection {
  const databaseUrl = options.databaseUrl ?? env().DATABASE_URL
  if (databaseUrl) {
    const adapter = withWholeScripts(
      new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000, max: 10 }),
    )
    return {
      engine: { kind: 'postgresql', location: redactUrl(databaseUrl) },
      adapter,
      // The pool belongs to the adapter; Prisma's $disconnect ends it.
      close: async () => {},
    }
  }
  const dataDir = options.pgliteDataDir ?? env().PGLITE_DATA_DIR
  const location = dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir)
  const pglite = createPGlite(dataDir)
  return {
    engine: { kind: 'pglite', location },
    adapter: withPGliteShadow(new PrismaPGlite(pglite)),
    close: () => pglite.close(),
    listen: (channel, onPayload) => pglite.listen(channel, onPayload),
  }
}

type PgScriptAdapter = Awaited<ReturnType<PrismaPg['connect']>>

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks function bodies
 * (plpgsql triggers). PostgreSQL's simple query protocol takes the whole script in one round trip.
 */
function wholeScripts(adapter: PgScriptAdapter): PgScriptAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script)
    } catch (error) {
      // The adapter's own error mapping, so the schema engine sees the usual driver errors.
      ;(adapter as unknown as { onError: (e: unknown) => never }).onError(error)
    }
  }
  return adapter
}

function withWholeScripts(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect()),
    connectToShadowDb: async () => wholeScripts(await factory.connectToShadowDb()),
  }
}

/**
 * The PGlite adapter's own shadow database (used by the migration diff) lacks the extensions our
 * migrations create; give it an in-memory PGlite that has them.
 */
function withPGliteShadow(factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: () => new PrismaPGlite(createPGlite('memory://shadow')).connect(),
  }
}

export function createPrismaClient(connection: Connection): PrismaClient {
  return new PrismaClient({ adapter: connection.adapter })
}

type Holder = { connection: Connection; client: PrismaClient }
const globalForDb = globalThis as unknown as { __crmDb?: Holder }

function holder(): Holder {
  // One connection per process, surviving hot reload in development (PGlite allows one opener).
  if (!globalForDb.__crmDb) {
    const connection = openConnection()
    globalForDb.__crmDb = { connection, client: createPrismaClient(connection) }
    console.info(`[db] engine=${connection.engine.kind} location=${connection.engine.location}`)
  }
  return globalForDb.__crmDb
}

/** The app's Prisma client. Import it only from lib/**\/queries.ts and mutations.ts. */
export function db(): PrismaClient {
  return holder().client
}

export function databaseEngine(): DatabaseEngine {
  return holder().connection.engine
}

/**
 * Receives NOTIFY payloads on `channel` for as long as the process lives (lib/cache/fan-out.ts).
 * PostgreSQL: a dedicated client outside Prisma's pool (a pooled connection would lose the LISTEN),
 * reconnecting after an error; `onReconnect` runs after each reconnection, since notifications sent
 * while disconnected are lost. PGlite: the process's own instance.
 */
export async function listenToChannel(
  channel: string,
  onPayload: (payload: string) => void,
  onReconnect: () => void,
): Promise<() => Promise<void>> {
  const databaseUrl = env().DATABASE_URL
  if (!databaseUrl) {
    const { listen } = holder().connection
    if (!listen) throw new Error('this database connection cannot LISTEN')
    return listen(channel, onPayload)
  }
  let stopped = false
  let client: Client | null = null
  const connect = async (attempt: number): Promise<void> => {
    if (stopped) return
    const next = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload)
    })
    next.on('error', (error) => {
      console.error(`[db] LISTEN ${channel} connection lost: ${error.message}`)
      void next.end().catch(() => {})
      if (client === next) client = null
      setTimeout(() => void connect(1), 1_000).unref()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${channel}`)
      client = next
      if (attempt > 0) onReconnect()
    } catch (error) {
      void next.end().catch(() => {})
      console.error(`[db] cannot LISTEN ${channel}: ${error instanceof Error ? error.message : String(error)}`)
      setTimeout(() => void connect(attempt + 1), Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5))).unref()
    }
  }
  await connect(0)
  return async () => {
    stopped = true
    await client?.end()
  }
}

export type { PrismaClient }
