// A fresh, empty database for a test or benchmark run, in order of preference:
//   TEST_DATABASE_URL      → a new database created on that server (dropped afterwards)
//   PostgreSQL binaries    → a throwaway cluster (initdb + pg_ctl on a free port, removed afterwards)
//   otherwise              → an embedded PGlite database in a temporary folder
// TEST_DB_ENGINE=pglite forces the last one (CI runs the integration tests on both engines).
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type ThrowawayDatabase = {
  engine: 'postgresql' | 'pglite'
  /** Environment for lib/env.ts: DATABASE_URL, or PGLITE_DATA_DIR with DATABASE_URL empty. */
  env: { DATABASE_URL: string; PGLITE_DATA_DIR?: string }
  description: string
  stop: () => Promise<void>
  /** Throwaway clusters only: stop and start the server (same port and data), to test outages. */
  pauseServer?: () => void
  resumeServer?: () => void
}

function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a))
  for (const version of versions) {
    const bin = path.join(root, version, 'bin')
    if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin
  }
  return undefined
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** initdb refuses to run as root: run the server binaries as the `postgres` user then. */
function runAsPostgres(bin: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' })
  else execFileSync(bin, args, { stdio: 'pipe' })
}

async function createDatabaseOn(serverUrl: string): Promise<ThrowawayDatabase> {
  const name = `crm_test_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    engine: 'postgresql',
    env: { DATABASE_URL: url.toString() },
    description: `PostgreSQL database ${name} on TEST_DATABASE_URL's server`,
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

async function startCluster(bin: string): Promise<ThrowawayDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-pg-'))
  chmodSync(dir, 0o777)
  const dataDir = path.join(dir, 'data')
  const port = await freePort()
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir])
  runAsPostgres(path.join(bin, 'initdb'), [
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '-D',
    dataDir,
  ])
  const startServer = () =>
    runAsPostgres(path.join(bin, 'pg_ctl'), [
      '-D',
      dataDir,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      'start',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    ])
  const stopServer = () => runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
  startServer()
  const stop = async () => {
    try {
      stopServer()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    const db = await createDatabaseOn(`postgresql://postgres@127.0.0.1:${port}/postgres`)
    return {
      ...db,
      description: `throwaway PostgreSQL cluster (${bin}) on port ${port}`,
      stop,
      pauseServer: stopServer,
      resumeServer: startServer,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function pgliteDatabase(): ThrowawayDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-pglite-'))
  return {
    engine: 'pglite',
    env: { DATABASE_URL: '', PGLITE_DATA_DIR: dir },
    description: `embedded PGlite in ${dir}`,
    stop: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A throwaway PostgreSQL cluster whatever TEST_DB_ENGINE says, or undefined without the binaries. */
export async function startThrowawayCluster(): Promise<ThrowawayDatabase | undefined> {
  const bin = findPostgresBin()
  return bin ? startCluster(bin) : undefined
}

export async function startThrowawayDatabase(): Promise<ThrowawayDatabase> {
  if (process.env.TEST_DB_ENGINE === 'pglite') return pgliteDatabase()
  if (process.env.TEST_DATABASE_URL) return createDatabaseOn(process.env.TEST_DATABASE_URL)
  const bin = findPostgresBin()
  if (bin && process.env.TEST_DB_ENGINE !== 'pglite') return startCluster(bin)
  return pgliteDatabase()
}
