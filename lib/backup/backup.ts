// Whole-database backups and restores for both engines (README "Backups", docs/decisions/011):
//   PostgreSQL → `pg_dump --format=custom`, restored with `pg_restore`;
//   PGlite     → an archive of its data directory (PGlite's own dumpDataDir), loaded back with loadDataDir.
// A restore goes into an empty database only, unless forced, and ends every session (see below).
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { createPGlite } from '../db'

const run = promisify(execFile)

export type BackupTarget = { databaseUrl?: string; pgliteDataDir: string }
export type BackupKind = 'postgresql' | 'pglite'

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

const EXTENSION: Record<BackupKind, string> = { postgresql: '.pgdump', pglite: '.pglite.tar.gz' }

export function backupKindOf(file: string): BackupKind {
  if (file.endsWith(EXTENSION.postgresql)) return 'postgresql'
  if (file.endsWith(EXTENSION.pglite)) return 'pglite'
  throw new BackupError(
    `${file}: not a backup of this portal (expected a ${EXTENSION.postgresql} or ${EXTENSION.pglite} file)`,
  )
}

/** pg_dump / pg_restore: PG_BIN's, else the newest installed server version's, else the PATH's. */
function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, name))) return path.join(process.env.PG_BIN, name)
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
      const candidate = path.join(root, version, 'bin', name)
      if (existsSync(candidate)) return candidate
    }
  }
  return name
}

async function runPgTool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(pgTool(name), args, { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    if (failure.code === 'ENOENT') {
      throw new BackupError(
        `${name} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`,
      )
    }
    const detail = (failure.stderr ?? failure.message).trim().split('\n').filter(Boolean).pop() ?? ''
    throw new BackupError(`${name} failed: ${detail}`)
  }
}

function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

/** Writes a timestamped archive of the whole database into `outDir`; returns its path. */
export async function backupDatabase(
  target: BackupTarget,
  options: { outDir?: string; now?: Date } = {},
): Promise<string> {
  const outDir = options.outDir ?? 'backups'
  mkdirSync(outDir, { recursive: true })
  const kind: BackupKind = target.databaseUrl ? 'postgresql' : 'pglite'
  const file = path.join(outDir, `crm-${timestamp(options.now ?? new Date())}${EXTENSION[kind]}`)
  if (target.databaseUrl) {
    await runPgTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${file}`,
      `--dbname=${target.databaseUrl}`,
    ])
    return file
  }
  if (target.pgliteDataDir.startsWith('memory://'))
    throw new BackupError('the embedded database is in memory (PGLITE_DATA_DIR=memory://): nothing to back up')
  if (!existsSync(path.join(target.pgliteDataDir, 'PG_VERSION')))
    throw new BackupError(`no embedded database at ${target.pgliteDataDir}`)
  const pglite = createPGlite(target.pgliteDataDir)
  try {
    const archive = await pglite.dumpDataDir('gzip')
    writeFileSync(file, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 })
  } finally {
    await pglite.close()
  }
  return file
}

/**
 * Restores a backup into the target database, which must be empty unless `force` (then everything in
 * it is replaced). Every session is ended afterwards: a backup may hold sessions that were signed out,
 * or belong to users disabled, since it was taken; everyone signs in again.
 */
export async function restoreDatabase(
  target: BackupTarget,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`)
  const kind = backupKindOf(file)
  if (kind === 'postgresql') {
    if (!target.databaseUrl)
      throw new BackupError(`${file} is a PostgreSQL backup: set DATABASE_URL to the database to restore it into`)
    await restorePostgres(target.databaseUrl, file, options.force === true)
  } else {
    if (target.databaseUrl)
      throw new BackupError(
        `${file} is an embedded-database backup: unset DATABASE_URL (and set PGLITE_DATA_DIR) to restore it`,
      )
    await restorePglite(target.pgliteDataDir, file, options.force === true)
  }
}

const END_SESSIONS = 'DELETE FROM "AuthSession"'

async function restorePostgres(databaseUrl: string, file: string, force: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ tables: string }>(
      `SELECT count(*) AS tables FROM pg_tables WHERE schemaname = 'public'`,
    )
    const tables = Number(rows[0]?.tables ?? 0)
    if (tables > 0 && !force) {
      throw new BackupError(
        `the database is not empty (${tables} tables): restore into an empty database, or pass --force to replace everything in it`,
      )
    }
    if (tables > 0) await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  } finally {
    await client.end()
  }
  await runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, file])
  const after = new pg.Client({ connectionString: databaseUrl })
  await after.connect()
  try {
    await after.query(END_SESSIONS)
  } finally {
    await after.end()
  }
}

async function restorePglite(dataDir: string, file: string, force: boolean): Promise<void> {
  if (dataDir.startsWith('memory://'))
    throw new BackupError('PGLITE_DATA_DIR is in memory: set it to the folder to restore into')
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!force)
      throw new BackupError(
        `${dataDir} is not empty: restore into an empty folder, or pass --force to replace the database in it`,
      )
    rmSync(dataDir, { recursive: true, force: true })
  }
  mkdirSync(dataDir, { recursive: true })
  const archive = new Blob([readFileSync(file)])
  const pglite = createPGlite(dataDir, { loadDataDir: archive })
  try {
    await pglite.waitReady
    await pglite.exec(END_SESSIONS)
  } finally {
    await pglite.close()
  }
}
