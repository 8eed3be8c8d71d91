// Migration runner on Prisma's WebAssembly schema engine (docs/decisions/001).
//   npm run db:migrate               apply pending migrations to the configured database
//   npm run db:migration -- <name>   write prisma/migrations/<timestamp>_<name>/ from schema.prisma
//   npm run db:check                 exit 1 when schema.prisma and the migrations disagree
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { openConnection } from '../lib/db'
import { EnvError, loadDotEnvFile } from '../lib/env'
import {
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  MIGRATIONS_DIR,
  applyMigrations,
  diffSchemaAgainstMigrations,
  readMigrations,
  startSchemaEngine,
} from '../lib/migrations/schema-engine'
import { describeStartupError } from '../lib/startup-errors'

async function withEngine<T>(
  options: { inMemory: boolean },
  run: (engine: Awaited<ReturnType<typeof startSchemaEngine>>) => Promise<T>,
): Promise<T> {
  // Diffing needs no real database: an in-memory PGlite hosts the shadow database.
  const connection = openConnection(options.inMemory ? { databaseUrl: '', pgliteDataDir: 'memory://' } : {})
  const engine = await startSchemaEngine(connection.adapter)
  try {
    return await run(engine)
  } finally {
    engine.free()
    await connection.close()
  }
}

async function migrate(): Promise<void> {
  const applied = await withEngine({ inMemory: false }, applyMigrations)
  console.info(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.',
  )
}

async function createMigration(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new UsageError('usage: npm run db:migration -- <name>   (lower-case letters, digits, underscores)')
  }
  const sql = await withEngine({ inMemory: true }, (engine) => diffSchemaAgainstMigrations(engine))
  if (!sql) {
    console.info('schema.prisma and the migrations agree: no migration written.')
    return
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`)
  if (!existsSync(path.join(MIGRATIONS_DIR, LOCKFILE_NAME))) {
    writeFileSync(path.join(MIGRATIONS_DIR, LOCKFILE_NAME), LOCKFILE_CONTENT)
  }
  console.info(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`)
}

async function check(): Promise<void> {
  const count = readMigrations().migrationDirectories.length
  const sql = await withEngine({ inMemory: true }, (engine) => diffSchemaAgainstMigrations(engine))
  if (sql) {
    console.error('schema.prisma and prisma/migrations disagree. Run `npm run db:migration -- <name>`. Missing SQL:')
    console.error(sql)
    process.exit(1)
  }
  console.info(`schema.prisma matches the ${count} migration(s).`)
}

class UsageError extends Error {}

async function main(): Promise<void> {
  loadDotEnvFile()
  const [command, ...args] = process.argv.slice(2)
  if (command === 'migrate') return migrate()
  if (command === 'migration') return createMigration(args[0])
  if (command === 'check') return check()
  throw new UsageError('usage: tsx scripts/db.ts migrate | migration <name> | check')
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof EnvError) {
    console.error(error.message)
  } else {
    console.error(`Database error: ${describeStartupError(error)}`)
  }
  process.exit(1)
})
