import 'server-only'
import { databaseEngine, db, type DatabaseEngine, type PrismaClient } from '../db'
import { migrationNamesOnDisk, pendingMigrationNames } from '../migrations/status'
import { describeStartupError } from '../startup-errors'

/**
 * Readiness: 'ok' only when the database answers and every migration on disk is applied;
 * 'unavailable' while it does not answer; 'migrations-pending' while it answers with an older schema.
 * Liveness needs none of this (app/api/health/live).
 */
export type Health = {
  status: 'ok' | 'unavailable' | 'migrations-pending'
  database: { engine: 'postgresql' | 'pglite'; reachable: boolean; error?: string }
  migrations: { upToDate: boolean | null; pending: string[]; total: number }
}

/** The app's health: its own database, checked with a real round trip; never throws. */
export function getHealth(): Promise<Health> {
  return checkHealth(db(), databaseEngine())
}

export async function checkHealth(prisma: PrismaClient, databaseEngine: DatabaseEngine): Promise<Health> {
  const engine = databaseEngine.kind
  const total = migrationNamesOnDisk().length
  try {
    const pending = await withTimeout(pendingMigrationNames(prisma), 5_000)
    return {
      status: pending.length === 0 ? 'ok' : 'migrations-pending',
      database: { engine, reachable: true },
      migrations: { upToDate: pending.length === 0, pending, total },
    }
  } catch (error) {
    console.error(`[health] database unreachable: ${describeStartupError(error)}`)
    return {
      status: 'unavailable',
      database: { engine, reachable: false, error: describeStartupError(error) },
      migrations: { upToDate: null, pending: [], total },
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database timeout')), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
