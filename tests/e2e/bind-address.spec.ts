// The production server on other interfaces and behind proxies (findings 1-4): servers of this spec's
// own, on the build the run already made and the run's database, bound to 127.0.0.1, 0.0.0.0 and a
// host name, asked with the public Host header a reverse proxy sends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { formsOf } from './support/forms'
import { multipartBody, rawRequest } from './support/raw-http'

const basePort = Number(new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port) + 2
let databaseEnv: Record<string, string> = {}
let pgliteDir: string | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  if (process.env.E2E_DATABASE_URL) {
    databaseEnv = { DATABASE_URL: process.env.E2E_DATABASE_URL }
    return
  }
  // The run's embedded database is held by its server (one opener): migrate a small one of our own.
  pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'crm-bind-'))
  databaseEnv = { DATABASE_URL: '', PGLITE_DATA_DIR: pgliteDir }
  const migrated = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/db.ts', 'migrate'], {
    env: { ...process.env, ...databaseEnv },
    encoding: 'utf8',
  })
  expect(migrated.status, migrated.stderr).toBe(0)
})

test.afterAll(() => {
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true })
})

type Server = { process: ChildProcess; port: number; output: () => string }

async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  let output = ''
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    detached: true,
    env: {
      ...process.env,
      ...databaseEnv,
      NODE_ENV: 'production',
      BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET || 'x'.repeat(40),
      PORT: String(port),
      SITE_URL: '',
      TRUST_PROXY: '',
      ...env,
    },
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 60_000
  while (!/listening on/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { process: child, port, output: () => output }
}

function stopServer(server: Server) {
  try {
    process.kill(-server.process.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
}

const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]

/** The text of the sign-in form's error (the page also carries every message for the client). */
const formError = (html: string) => /<div id="sign-in-error"[^>]*>(?:<p[^>]*>([^<]*)<\/p>)?/.exec(html)?.[1] ?? ''

/** Six wrong passwords, each claiming another X-Forwarded-For: the last answer's form error. */
async function spoofedSignIns(
  origin: string,
  localAddress: string,
  extraHeaders: Record<string, string> = {},
): Promise<string> {
  const page = await rawRequest(`${origin}/es/acceso`, { localAddress })
  const form = formsOf(page.body, `${origin}/es/acceso`).find((candidate) =>
    candidate.fields.some((field) => field.name === 'email'),
  )!
  let last = ''
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const fields = Object.fromEntries(form.fields.map((field) => [field.name, field.value]))
    const { body, contentType } = multipartBody({
      ...fields,
      email: `nobody-${attempt}-${Date.now()}@example.org`,
      password: 'wrong-password-guess',
    })
    const response = await rawRequest(`${origin}/es/acceso`, {
      method: 'POST',
      localAddress,
      body,
      headers: {
        'Content-Type': contentType,
        Origin: origin,
        'X-Forwarded-For': `198.51.100.${attempt + 1}`,
        ...extraHeaders,
      },
    })
    expect(response.status).toBeLessThan(500)
    last = formError(response.body)
    expect(last).not.toBe('')
  }
  return last
}

const RATE_LIMITED = 'Demasiados intentos fallidos'
const WRONG_PASSWORD = 'El correo o la contraseña no son correctos'

/**
 * Signs the run's admin in through a server as a reverse proxy at portal.example.org would reach it, and
 * returns the session cookie it sets.
 */
async function signInThroughProxy(
  origin: string,
  proxyHeaders: Record<string, string>,
  localAddress?: string,
): Promise<string> {
  const email = process.env.E2E_ADMIN_EMAIL
  const password = process.env.E2E_ADMIN_PASSWORD
  if (!email || !password) throw new Error('E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD are set by scripts/e2e.ts')
  const headers = { Host: 'portal.example.org', ...proxyHeaders }
  const publicOrigin = `${proxyHeaders['X-Forwarded-Proto'] === 'https' ? 'https' : 'http'}://portal.example.org`
  const signInPage = await rawRequest(`${origin}/es/acceso`, { headers, localAddress })
  const form = formsOf(signInPage.body, `${publicOrigin}/es/acceso`).find((candidate) =>
    candidate.fields.some((field) => field.name === 'email'),
  )
  if (!form) throw new Error(`no sign-in form (status ${signInPage.status})`)
  const { body, contentType } = multipartBody({
    ...Object.fromEntries(form.fields.map((field) => [field.name, field.value])),
    email,
    password,
  })
  const signedIn = await rawRequest(`${origin}/es/acceso`, {
    method: 'POST',
    body,
    localAddress,
    headers: { ...headers, 'Content-Type': contentType, Origin: publicOrigin },
  })
  const session = [signedIn.headers['set-cookie'] ?? []].flat().find((cookie) => /session_token=/.test(cookie))
  if (!session) throw new Error(`no session cookie (status ${signedIn.status})`)
  return session
}

test('bound to 127.0.0.1 with no SITE_URL: localised pages answer 200 (no redirect loop) and name the real port', async () => {
  const server = await startServer(basePort, { HOSTNAME: '127.0.0.1' })
  try {
    const origin = `http://127.0.0.1:${server.port}`
    for (const pathname of ['/es/objetivos', '/es/practicas', '/es/el-foro', '/en/objectives']) {
      const response = await rawRequest(`${origin}${pathname}`)
      expect(response.status, pathname).toBe(200)
      // The cause of the loop: next-intl's rewrite looked external (http://localhost:…). Now it is internal.
      expect(String(response.headers['x-middleware-rewrite'] ?? '/')).toMatch(/^\//)
    }
    // Liveness and readiness (the run's database is migrated).
    const live = await rawRequest(`${origin}/api/health/live`)
    expect([live.status, JSON.parse(live.body).status]).toEqual([200, 'alive'])
    const ready = await rawRequest(`${origin}/api/health/ready`)
    expect([ready.status, JSON.parse(ready.body).status]).toEqual([200, 'ok'])
    const proxied = await rawRequest(`${origin}/es/objetivos`, { headers: { Host: 'portal.example.org' } })
    expect(proxied.status).toBe(200)
    expect(canonical(proxied.body)).toBe(`http://localhost:${server.port}/es/objetivos`)
    const sitemap = await rawRequest(`${origin}/sitemap.xml`)
    expect(sitemap.body).toContain(`<loc>http://localhost:${server.port}/es</loc>`)
    expect(sitemap.body).not.toContain('localhost:3000')
    expect((await rawRequest(`${origin}/robots.txt`)).body).toContain(
      `Sitemap: http://localhost:${server.port}/sitemap.xml`,
    )
    // Plain http: no Secure cookie (the browser would drop it).
    expect(String(proxied.headers['set-cookie'] ?? '')).not.toMatch(/;\s*Secure/i)
    // No TRUST_PROXY: a client's X-Forwarded-For is ignored, so changing it does not escape the limit.
    expect(await spoofedSignIns(origin, '127.0.0.41')).toContain(RATE_LIMITED)
  } finally {
    stopServer(server)
  }
})

test('bound to 0.0.0.0 behind a TLS proxy: the public origin everywhere, Secure cookies', async () => {
  const server = await startServer(basePort + 1, { HOSTNAME: '0.0.0.0', SITE_URL: 'https://portal.example.org' })
  try {
    const response = await rawRequest(`http://127.0.0.1:${server.port}/es/objetivos`, {
      headers: { Host: 'portal.example.org', 'X-Forwarded-Proto': 'https' },
    })
    expect(response.status).toBe(200)
    expect(canonical(response.body)).toBe('https://portal.example.org/es/objetivos')
    expect(response.body).not.toMatch(/localhost|127\.0\.0\.1|0\.0\.0\.0/)
    // A public page sets no cookie at all: shared caches store it for everyone (decision 010).
    expect(response.headers['set-cookie']).toBeUndefined()
    // The session cookie is Secure (finding 2): sign in through the proxy with the run's admin account.
    const session = await signInThroughProxy(
      `http://127.0.0.1:${server.port}`,
      { 'X-Forwarded-Proto': 'https' },
      '127.0.0.43',
    )
    expect(session).toMatch(/^__Secure-better-auth\.session_token=.*;\s*Secure/i)
    expect(session).toMatch(/HttpOnly/i)
  } finally {
    stopServer(server)
  }
})

test('bound to a host name: pages answer with the public Host header', async () => {
  const hostName = os.hostname()
  const { address } = await lookup(hostName)
  const server = await startServer(basePort + 2, { HOSTNAME: hostName, SITE_URL: 'https://portal.example.org' })
  try {
    const origin = `http://${address.includes(':') ? `[${address}]` : address}:${server.port}`
    for (const pathname of ['/es/objetivos', '/es/sesiones', '/en/practices']) {
      const response = await rawRequest(`${origin}${pathname}`, { headers: { Host: 'portal.example.org' } })
      expect(response.status, pathname).toBe(200)
    }
  } finally {
    stopServer(server)
  }
})

test('TRUST_PROXY: X-Forwarded-For and -Proto believed from the trusted hop only', async () => {
  const server = await startServer(basePort + 3, {
    HOSTNAME: '127.0.0.1',
    SITE_URL: 'http://portal.example.org',
    TRUST_PROXY: '1',
  })
  try {
    const origin = `http://127.0.0.1:${server.port}`
    // The proxy says https: cookies are Secure even though SITE_URL is http.
    expect(
      await signInThroughProxy(origin, { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.71' }),
    ).toMatch(/;\s*Secure/i)
    // Plain http through the same proxy: not Secure (the browser would drop it).
    expect(await signInThroughProxy(origin, { 'X-Forwarded-For': '203.0.113.72' })).not.toMatch(/;\s*Secure/i)
    // Each X-Forwarded-For is a different client now (the proxy vouches for it): none is limited.
    expect(await spoofedSignIns(origin, '127.0.0.42')).toContain(WRONG_PASSWORD)
  } finally {
    stopServer(server)
  }
})
