// Backups of the whole database (README "Backups"):
//   npm run db:backup [-- --out <folder>]        a timestamped archive in backups/ (or <folder>)
//   npm run db:restore -- <file> [--force]       restore into an empty database (--force: replace it)
// The embedded database (PGlite) allows one opener: stop the portal before either command. PostgreSQL
// backups can be taken while it runs.
import { BackupError, backupDatabase, restoreDatabase } from '../lib/backup/backup'
import { EnvError, loadDotEnvFile, parseEnv } from '../lib/env'
import { describeStartupError } from '../lib/startup-errors'

class UsageError extends Error {}

async function main(): Promise<void> {
  loadDotEnvFile()
  const env = parseEnv()
  const target = { databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR }
  const [command, ...args] = process.argv.slice(2)
  if (command === 'backup') {
    const outIndex = args.indexOf('--out')
    const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined
    if (outIndex >= 0 && !outDir) throw new UsageError('usage: npm run db:backup [-- --out <folder>]')
    const file = await backupDatabase(target, { outDir })
    console.info(`Backed up the ${env.DATABASE_URL ? 'PostgreSQL' : 'embedded'} database to ${file}`)
    return
  }
  if (command === 'restore') {
    const file = args.find((arg) => !arg.startsWith('--'))
    if (!file) throw new UsageError('usage: npm run db:restore -- <file> [--force]')
    await restoreDatabase(target, file, { force: args.includes('--force') })
    console.info(`Restored ${file}. Every session was ended: users sign in again.`)
    return
  }
  throw new UsageError('usage: tsx scripts/db-backup.ts backup|restore …')
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof BackupError || error instanceof UsageError)
    console.error(error.message)
  else console.error(`cannot complete: ${describeStartupError(error)}`)
  process.exit(1)
})
