// `npm start`: build when the sources changed, apply pending migrations, seed an empty database,
// then serve (scripts/serve.mjs around Next). Binds to 127.0.0.1 unless HOSTNAME says otherwise; the
// public origin is SITE_URL, or http://localhost:$PORT where that is true (lib/env.ts says where).
// Errors end in one human line, never a stack trace.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from '../lib/content/load'
import { EnvError, parseEnv, loadDotEnvFile } from '../lib/env'
import { prepareDatabase } from '../lib/migrations/prepare'
import { describeStartupError } from '../lib/startup-errors'
import { NEXT_BIN, nextBuild } from './next-build'

const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
]

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(entry).reduce(
    (max, name) => (name === 'generated' ? max : Math.max(max, newestMtime(path.join(entry, name)))),
    stat.mtimeMs,
  )
}

function buildIsCurrent(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return false
  const built = statSync(buildId).mtimeMs
  return BUILD_INPUTS.every((entry) => newestMtime(entry) <= built)
}

/**
 * A fresh clone has no BETTER_AUTH_SECRET: make one once and keep it beside the embedded database
 * (git-ignored), so sessions survive restarts. Deployments set the variable themselves.
 */
function ensureSessionSecret(): void {
  if (process.env.BETTER_AUTH_SECRET) return
  const file = path.join('.data', 'auth-secret')
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true })
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 })
    console.info(`[start] generated a session secret in ${file} (set BETTER_AUTH_SECRET in production)`)
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim()
}

const SERVE_SCRIPT = path.join('scripts', 'serve.mjs')

async function main(): Promise<void> {
  loadDotEnvFile()
  ensureSessionSecret()
  const dev = process.argv.includes('--dev')
  // Loopback unless told otherwise: a fresh clone is reachable from this machine only, and its origin
  // (http://localhost:$PORT) is then true. Validated as the production server will see it.
  if (!dev) process.env.HOSTNAME ||= '127.0.0.1'
  const env = parseEnv({ ...process.env, NODE_ENV: dev ? 'development' : 'production' })
  // The server, the build and the scripts all read the same origin and port.
  process.env.SITE_URL = env.SITE_URL
  process.env.PORT = String(env.PORT)
  if (!dev && process.env.SKIP_BUILD !== '1' && !buildIsCurrent()) {
    console.info('[start] building the portal (next build)…')
    if (!nextBuild()) {
      console.error('[start] the build failed (see above)')
      process.exit(1)
    }
  }
  const prepared = await prepareDatabase()
  console.info(`[start] database: ${prepared.engine.kind} at ${prepared.engine.location}`)
  if (prepared.appliedMigrations.length)
    console.info(`[start] applied ${prepared.appliedMigrations.length} migration(s)`)
  if (prepared.seed) console.info(`[start] seeded the empty database (${prepared.seed.created} records)`)
  if (dev) {
    // `next dev` keeps its own default interface: given 127.0.0.1 it would loop on localised paths
    // (the cause scripts/serve.mjs works around for production).
    const devServer = spawn(process.execPath, [NEXT_BIN, 'dev', '-p', String(env.PORT)], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    devServer.on('exit', (code) => process.exit(code ?? 0))
    return
  }
  console.info(`[start] serving ${env.SITE_URL} (bound to ${process.env.HOSTNAME}, port ${env.PORT})`)
  const server = spawn(process.execPath, [SERVE_SCRIPT], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof ContentError) console.error(error.message)
  else console.error(`[start] cannot start: ${describeStartupError(error)}`)
  process.exit(1)
})
