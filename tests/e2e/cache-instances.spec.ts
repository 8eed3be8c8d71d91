// Several instances and a shared proxy cache (docs/decisions/010-public-cache.md): two `next start`
// processes on one PostgreSQL with nginx in front (tests/e2e/support/instances.ts, the shipped
// deploy/nginx/ directives). A public page is served from each instance's cache and from nginx's; a
// change made through instance A shows on instance B within 2 s; a signed-in page is never cached and
// never shown to anyone else; the change shows through nginx within the pages' s-maxage (60 s).
import { expect, test, type Browser, type Page } from '@playwright/test'
import { startDeployment, type Deployment } from './support/instances'

let deployment: Deployment

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  deployment = await startDeployment()
})

test.afterAll(async () => {
  await deployment?.stop()
})

/** Two published practices of the seed (different ones for each test). */
async function publishedPractices(): Promise<[{ id: number; slug: string }, { id: number; slug: string }]> {
  const [first, second] = await deployment.sql<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Practice" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY id LIMIT 2`,
  )
  if (!first || !second) throw new Error('the seed has fewer than two published practices')
  return [first, second]
}

async function signedIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-ES' })
  const page = await context.newPage()
  // Through the proxy: SITE_URL is the proxy's address, the origin the sign-in accepts.
  await page.goto(`${deployment.proxy}/es/acceso`)
  await page.getByLabel('Correo electrónico').fill(deployment.admin.email)
  await page.getByLabel('Contraseña').fill(deployment.admin.password)
  await page.getByRole('button', { name: 'Entrar' }).click()
  await expect(page).toHaveURL(/\/es\/gestion$/, { timeout: 30_000 })
  return page
}

/** Archives a practice in the workspace of the instance at `origin` (the session cookie is per host). */
async function archiveThrough(page: Page, origin: string, id: number): Promise<void> {
  await page.goto(`${origin}/es/gestion/practicas/${id}`)
  await page.getByRole('button', { name: 'Archivar' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Archivada.' })).toBeVisible()
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

test('a public page is served from each instance’s cache, with public Cache-Control', async () => {
  const [practice] = await publishedPractices()
  for (const origin of [deployment.a, deployment.b]) {
    const first = await get(`${origin}/es/practicas/${practice.slug}`)
    const second = await get(`${origin}/es/practicas/${practice.slug}`)
    expect(first.status).toBe(200)
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600')
  }
  for (const path of ['/es/acceso', '/en/sign-in', '/es/gestion', '/es/restablecer-contrasena/x']) {
    expect((await get(`${deployment.a}${path}`)).headers.get('cache-control'), path).toBe('private, no-store')
  }
  expect((await get(`${deployment.a}/api/v1/practices?pageSize=20`)).headers.get('cache-control')).toBe(
    'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
  )
})

test('a practice archived through instance A leaves instance B’s cached pages within 2 s', async ({ browser }) => {
  const [practice] = await publishedPractices()
  const pageOnB = `${deployment.b}/es/practicas/${practice.slug}`
  const catalogueOnB = `${deployment.b}/api/v1/practices/${practice.slug}`
  // The catalogue's unfiltered view: the count of published practices.
  const listOnB = `${deployment.b}/es/practicas`
  const listed = async () => Number(/data-testid="result-count">(\d+)/.exec((await get(listOnB)).body)?.[1])
  await get(pageOnB)
  expect((await get(pageOnB)).headers.get('x-nextjs-cache')).toBe('HIT')
  expect((await get(catalogueOnB)).status).toBe(200)
  const before = await listed()
  expect(before).toBeGreaterThan(1)
  expect((await get(listOnB)).headers.get('x-nextjs-cache')).toBe('HIT')

  const admin = await signedIn(browser)
  await archiveThrough(admin, deployment.a, practice.id)
  const archivedAt = Date.now()
  // The public page and the API record on B follow within 2 s.
  await expect.poll(async () => (await get(pageOnB)).status, { timeout: 2_000, intervals: [100] }).toBe(404)
  await expect
    .poll(async () => (await get(catalogueOnB)).status, {
      timeout: Math.max(100, 2_000 - (Date.now() - archivedAt)),
      intervals: [100],
    })
    .toBe(404)
  await expect
    .poll(listed, { timeout: Math.max(100, 2_000 - (Date.now() - archivedAt)), intervals: [100] })
    .toBe(before - 1)
  await admin.context().close()
})

test('nginx serves public pages from its cache, never a signed-in page, and shows a change within s-maxage', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const [, practice] = await publishedPractices()
  const publicUrl = `${deployment.proxy}/es/practicas/${practice.slug}`
  await get(publicUrl)
  const cached = await get(publicUrl)
  expect(cached.status).toBe(200)
  expect(cached.headers.get('x-cache-status')).toBe('HIT')

  // Signed in: the workspace goes to an instance every time and is stored nowhere.
  const admin = await signedIn(browser)
  const cookie = (await admin.context().cookies(deployment.proxy)).map((c) => `${c.name}=${c.value}`).join('; ')
  for (let i = 0; i < 2; i++) {
    const workspace = await get(`${deployment.proxy}/es/gestion`, { cookie })
    expect(workspace.status).toBe(200)
    expect(workspace.body).toContain(deployment.admin.email)
    expect(workspace.headers.get('cache-control')).toBe('private, no-store')
    expect(workspace.headers.get('x-cache-status')).toBe('BYPASS')
  }
  // Anonymous visitors never get it, however often they ask.
  for (let i = 0; i < 2; i++) {
    const anonymous = await get(`${deployment.proxy}/es/gestion`)
    expect(anonymous.body).not.toContain(deployment.admin.email)
    expect(anonymous.headers.get('x-cache-status')).not.toBe('HIT')
  }
  // A signed-in visitor on a public page is answered by an instance, and nothing is stored for them.
  expect((await get(publicUrl, { cookie })).headers.get('x-cache-status')).toBe('BYPASS')

  await archiveThrough(admin, deployment.a, practice.id)
  const archivedAt = Date.now()
  // The instances know at once; nginx keeps its copy at most s-maxage (60 s), then refreshes it.
  expect((await get(`${deployment.b}/es/practicas/${practice.slug}`)).status).toBe(404)
  await expect.poll(async () => (await get(publicUrl)).status, { timeout: 75_000, intervals: [1_000] }).toBe(404)
  expect(Date.now() - archivedAt).toBeLessThan(75_000)
  await admin.context().close()
})
