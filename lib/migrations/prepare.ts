// Brings a database to the current schema and, when it is empty, fills it from content/.
// Used by `npm start`, the test setup and the benchmark.
import { loadContent } from '../content/load'
import { seedDatabase, type SeedReport } from '../content/seed'
import { createPrismaClient, openConnection } from '../db'
import { applyMigrations, startSchemaEngine } from './schema-engine'
import { pendingMigrationNames } from './status'

export type PrepareResult = {
  engine: { kind: 'postgresql' | 'pglite'; location: string }
  appliedMigrations: string[]
  seed: SeedReport | null
}

export async function prepareDatabase(
  options: { databaseUrl?: string; pgliteDataDir?: string; seed?: 'if-empty' | 'never' } = {},
): Promise<PrepareResult> {
  const connection = openConnection(options)
  const prisma = createPrismaClient(connection)
  try {
    let appliedMigrations: string[] = []
    // Reading _prisma_migrations is cheap; the schema engine starts only when there is work.
    if ((await pendingMigrationNames(prisma)).length > 0) {
      const engine = await startSchemaEngine(connection.adapter)
      try {
        appliedMigrations = await applyMigrations(engine)
      } finally {
        engine.free()
      }
    }
    let seed: SeedReport | null = null
    if (options.seed !== 'never' && (await prisma.objective.count()) === 0) {
      seed = await seedDatabase(prisma, loadContent())
    }
    return { engine: connection.engine, appliedMigrations, seed }
  } finally {
    await prisma.$disconnect()
    await connection.close()
  }
}
