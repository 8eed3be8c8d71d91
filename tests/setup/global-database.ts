// Integration tests: one fresh, freshly migrated and seeded database per run (tests/setup/throwaway-database.ts).
import type { TestProject } from 'vitest/node'
import { prepareDatabase } from '../../lib/migrations/prepare'
import { startThrowawayDatabase } from './throwaway-database'

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseEnv: { DATABASE_URL: string; PGLITE_DATA_DIR?: string }
    testDatabaseEngine: 'postgresql' | 'pglite'
  }
}

export default async function setup(project: TestProject) {
  const database = await startThrowawayDatabase()
  console.info(`[integration] database: ${database.description}`)
  try {
    await prepareDatabase({
      databaseUrl: database.env.DATABASE_URL,
      pgliteDataDir: database.env.PGLITE_DATA_DIR,
    })
  } catch (error) {
    await database.stop()
    throw error
  }
  project.provide('testDatabaseEnv', database.env)
  project.provide('testDatabaseEngine', database.engine)
  return async () => {
    await database.stop()
  }
}
