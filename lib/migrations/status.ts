// Which migrations of prisma/migrations the database has applied, read from Prisma's
// _prisma_migrations table: cheap enough for /api/health and for a fast start.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { PrismaClient } from '../generated/prisma/client'

export function migrationNamesOnDisk(dir = path.join(process.cwd(), 'prisma', 'migrations')): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
}

export async function appliedMigrationNames(prisma: PrismaClient): Promise<string[]> {
  const [table] = await prisma.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`
  if (!table?.exists) return []
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
  return rows.map((row) => row.migration_name)
}

/** Names on disk that the database has not applied. */
export async function pendingMigrationNames(prisma: PrismaClient): Promise<string[]> {
  const applied = new Set(await appliedMigrationNames(prisma))
  return migrationNamesOnDisk().filter((name) => !applied.has(name))
}
