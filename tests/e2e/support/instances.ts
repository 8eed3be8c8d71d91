// Two `next start` instances of the browser tests' build on one throwaway PostgreSQL, with Debian's
// nginx in front using the shipped proxy directives (deploy/nginx/). For the multi-instance and proxy
// tests (tests/e2e/cache-instances.spec.ts); everything started here is stopped by `stop()`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startThrowawayCluster, type ThrowawayDatabase } from '../../setup/throwaway-database'

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'

export { NGINX }

export type Deployment = {
  /** The instances' and the proxy's base URLs. */
  a: string
  b: string
  proxy: string
  admin: { email: string; password: string }
  sql: <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<T[]>
  /** Stops and restarts the PostgreSQL server under the instances (the database-down tests). */
  pauseDatabase: () => void
  resumeDatabase: () => void
  stop: () => Promise<void>
}

function startDetached(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const child = spawn(command, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  const keep = (chunk: Buffer) => lines.push(chunk.toString())
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('exit', (code) => {
    if (code && code !== 143) console.error(`[${log}] exited with ${code}:\n${lines.join('').slice(-2000)}`)
  })
  return child
}

function stopGroup(child: ChildProcess | undefined): void {
  if (child?.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/** The top of an unprivileged nginx configuration whose files all live in `dir`; `http` is the http block's body. */
export function nginxConfig(dir: string, http: string): string {
  return `
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${http}
}
`
}

function proxyConfig(dir: string, port: number, upstreams: number[]): string {
  const deploy = path.resolve('deploy', 'nginx')
  return nginxConfig(
    dir,
    `  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=portal:10m max_size=100m inactive=1h use_temp_path=off;
  upstream portal {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream};`).join('\n')}
    keepalive 8;
  }
  include ${deploy}/portal-maps.conf;
  server {
    listen 127.0.0.1:${port};
    include ${deploy}/portal-proxy.conf;
  }`,
  )
}

/**
 * Instance A on basePort+11, B on basePort+12 (or only A with `instances: 1`), nginx on basePort+5000.
 * The build is NEXT_DIST_DIR's (the browser tests' or the benchmark's).
 */
export async function startDeployment(
  options: { basePort?: number; instances?: 1 | 2; env?: Record<string, string> } = {},
): Promise<Deployment> {
  const basePort = options.basePort ?? Number(process.env.E2E_PORT || '3100')
  const instances = options.instances ?? 2
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX} (apt-get install -y nginx-light, or set NGINX_PATH)`)
  const database: ThrowawayDatabase | undefined = await startThrowawayCluster()
  if (!database)
    throw new Error(
      'These tests need the PostgreSQL server binaries (apt-get install -y postgresql): two instances cannot share PGlite',
    )
  const children: ChildProcess[] = []
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-nginx-'))
  const pool = new pg.Pool({ connectionString: database.env.DATABASE_URL, max: 2 })
  pool.on('error', () => {}) // idle clients lose their server when a test pauses the database
  const stop = async () => {
    for (const child of children) stopGroup(child)
    await new Promise((resolve) => setTimeout(resolve, 500))
    await pool.end()
    await database.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    // Through the project's own commands (Playwright's loader cannot import the generated Prisma client).
    const scriptEnv = { ...process.env, ...database.env }
    const tsx = (args: string[], input?: string) =>
      execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...args], {
        env: scriptEnv,
        input,
        stdio: ['pipe', 'pipe', 'inherit'],
      })
    tsx(['scripts/db.ts', 'migrate'])
    tsx(['scripts/seed.ts'])
    const admin = {
      email: `cache-admin-${randomBytes(4).toString('hex')}@example.org`,
      password: randomBytes(18).toString('base64url'),
    }
    tsx(
      ['scripts/user-create.ts', '--email', admin.email, '--role', 'admin', '--name', 'Cache admin'],
      `${admin.password}\n`,
    )

    const [portA, portB, proxyPort] = [basePort + 11, basePort + 12, basePort + 5000]
    const proxy = `http://localhost:${proxyPort}`
    const secret = randomBytes(32).toString('base64')
    const ports = instances === 2 ? [portA, portB] : [portA]
    for (const port of ports) {
      const env = {
        ...process.env,
        ...database.env,
        NODE_ENV: 'production' as const,
        NEXT_TELEMETRY_DISABLED: '1',
        SITE_URL: proxy,
        BETTER_AUTH_SECRET: secret,
        PORT: String(port),
        HOSTNAME: 'localhost',
        // nginx on this machine is the trusted proxy, as in deploy/nginx.conf's README setup.
        TRUST_PROXY: 'loopback',
        ...options.env,
      }
      // The server `npm start` runs (scripts/serve.mjs), so the test exercises the deployed stack.
      children.push(startDetached(process.execPath, ['scripts/serve.mjs'], env, `instance :${port}`))
    }
    await Promise.all(ports.map((port) => waitFor(`http://localhost:${port}/api/health`, 120_000)))
    mkdirSync(path.join(dir, 'cache'))
    writeFileSync(path.join(dir, 'nginx.conf'), proxyConfig(dir, proxyPort, ports))
    children.push(startDetached(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], process.env, 'nginx'))
    await waitFor(`${proxy}/api/health`, 20_000)
    return {
      a: `http://localhost:${portA}`,
      b: `http://localhost:${portB}`,
      proxy,
      admin,
      sql: async (text, values) => (await pool.query(text, values)).rows,
      pauseDatabase: () => database.pauseServer?.(),
      resumeDatabase: () => database.resumeServer?.(),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
