// Points lib/env.ts (and so lib/db.ts) at the run's throwaway database before any test imports it.
import { inject } from 'vitest'

const databaseEnv = inject('testDatabaseEnv')
process.env.DATABASE_URL = databaseEnv.DATABASE_URL
if (databaseEnv.PGLITE_DATA_DIR) process.env.PGLITE_DATA_DIR = databaseEnv.PGLITE_DATA_DIR
