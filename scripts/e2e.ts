// `npm run test:e2e`: browser tests against a production build (next build + next start) on a fresh
// database (tests/setup/throwaway-database.ts). Without a Chromium they are skipped loudly, unless
// REQUIRE_E2E=1, when that is a failure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createPrismaClient, openConnection } from '../lib/db'
import { prepareDatabase } from '../lib/migrations/prepare'
import { runUserCreate } from '../lib/users/cli'
import { startThrowawayDatabase } from '../tests/setup/throwaway-database'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const port = process.env.E2E_PORT || '3100'
const baseURL = `http://localhost:${port}`

async function waitForHealth(server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`)
    try {
      const response = await fetch(`${baseURL}/api/health`)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000}s`)
}

/**
 * The browser tests' workspace accounts, made before the server starts (PGlite allows one opener),
 * with random passwords handed to Playwright in E2E_* variables. No fixed credentials anywhere.
 */
async function createE2eUsers(databaseEnv: {
  DATABASE_URL: string
  PGLITE_DATA_DIR?: string
}): Promise<Record<string, string>> {
  const options = { databaseUrl: databaseEnv.DATABASE_URL, pgliteDataDir: databaseEnv.PGLITE_DATA_DIR }
  await prepareDatabase(options)
  const connection = openConnection(options)
  const prisma = createPrismaClient(connection)
  const users: Record<string, string> = {}
  try {
    for (const role of ['admin', 'editor'] as const) {
      const email = `e2e-${role}@example.org`
      const password = randomBytes(18).toString('base64url')
      await runUserCreate(prisma, { argv: ['--email', email, '--role', role, '--name', `E2E ${role}`], password })
      users[`E2E_${role.toUpperCase()}_EMAIL`] = email
      users[`E2E_${role.toUpperCase()}_PASSWORD`] = password
    }
  } finally {
    await prisma.$disconnect()
    await connection.close()
  }
  return users
}

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    const banner = '!'.repeat(78)
    const message = `No Chromium at ${chromium} (set CHROMIUM_PATH, or: apt-get install -y chromium).`
    if (process.env.REQUIRE_E2E === '1') {
      console.error(`${banner}\n${message}\nREQUIRE_E2E=1: the browser tests cannot be skipped.\n${banner}`)
      return 1
    }
    console.warn(
      `${banner}\n${message}\nTHE BROWSER TESTS WERE SKIPPED. Set REQUIRE_E2E=1 to make this a failure.\n${banner}`,
    )
    return 0
  }

  const database = await startThrowawayDatabase()
  console.info(`[e2e] database: ${database.description}`)
  let server: ChildProcess | undefined
  try {
    const e2eUsers = await createE2eUsers(database.env)
    const serverSecret = randomBytes(32).toString('base64')
    // Its own process group: tsx, start.ts and `next start` (next-server) are stopped together, so
    // no server outlives the run (one did, holding the port and a CPU, before this).
    server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], {
      stdio: 'inherit',
      detached: true,
      env: {
        ...process.env,
        ...database.env,
        PORT: port,
        HOSTNAME: 'localhost',
        SITE_URL: baseURL,
        // As behind a local reverse proxy: the hostile-input sweep gives each request its own client
        // address (X-Forwarded-For), so its refused sign-ins never rate-limit the other tests.
        TRUST_PROXY: 'loopback',
        NODE_ENV: 'production',
        BETTER_AUTH_SECRET: serverSecret,
      },
    })
    // Ctrl-C reaches only this process now: take the server down with it.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        if (server) void stopProcessGroup(server).finally(() => process.exit(130))
      })
    }
    await waitForHealth(server, 600_000)
    const result = spawnSync(
      process.execPath,
      ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          ...e2eUsers,
          E2E_BASE_URL: baseURL,
          CHROMIUM_PATH: chromium,
          // For the specs that start servers of their own on the same build (bind-address.spec.ts).
          E2E_DATABASE_URL: database.env.DATABASE_URL,
          E2E_PGLITE_DATA_DIR: database.env.PGLITE_DATA_DIR ?? '',
          E2E_AUTH_SECRET: serverSecret,
        },
      },
    )
    return result.status ?? 1
  } finally {
    if (server) await stopProcessGroup(server)
    await database.stop()
  }
}

/** SIGTERM to the server's whole process group, SIGKILL after 10 s if anything is left. */
async function stopProcessGroup(server: ChildProcess): Promise<void> {
  const pid = server.pid
  if (pid === undefined) return
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, signal)
      return true
    } catch {
      return false // the group is gone
    }
  }
  if (!signalGroup('SIGTERM')) return
  for (let waited = 0; waited < 10_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    if (!signalGroup(0)) return // signal 0: is anything of the group still alive?
  }
  signalGroup('SIGKILL')
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
