// When the portal cannot serve (issue 11, "correct without a warm cache"): with the database down,
// pages already cached are still served and the others get a localised 503 with Retry-After, never a
// bare 500; a burst of 700 simultaneous connections is queued or told 503, never 500
// (scripts/serve.mjs, lib/server/). One instance of the production server on its own PostgreSQL,
// which the test stops and restarts.
import { expect, test } from '@playwright/test'
import { startDeployment, type Deployment } from './support/instances'

let deployment: Deployment

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  // Ports of its own (E2E_PORT+31 and +5020), so it never meets the two-instance spec's.
  deployment = await startDeployment({ basePort: Number(process.env.E2E_PORT || '3100') + 20, instances: 1 })
})

test.afterAll(async () => {
  await deployment?.stop()
})

async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const unique = () => Math.random().toString(36).slice(2, 10)

test('with the database down, cached pages are served and the rest get a localised 503 with Retry-After', async () => {
  const origin = deployment.a
  const cached = `${origin}/es/comunicado`
  expect((await get(cached)).status).toBe(200)
  expect((await get(cached)).headers.get('x-nextjs-cache')).toBe('HIT')

  deployment.pauseDatabase()
  try {
    const stale = await get(cached)
    expect(stale.status).toBe(200)
    expect(stale.body).toContain('<html lang="es"')

    for (const [path, lang, title] of [
      [`/es/practicas?q=${unique()}`, 'es', 'Portal no disponible temporalmente'],
      [`/en/practices?q=${unique()}`, 'en', 'Portal temporarily unavailable'],
      ['/en/objectives/9', 'en', 'Portal temporarily unavailable'],
    ] as const) {
      const answer = await get(origin + path)
      expect(answer.status, path).toBe(503)
      expect(answer.headers.get('retry-after'), path).toBe('30')
      expect(answer.headers.get('cache-control'), path).toBe('no-store')
      expect(answer.body, path).toContain(`<html lang="${lang}">`)
      expect(answer.body, path).toContain(`<title>${title}</title>`)
    }
    const api = await get(`${origin}/api/v1/practices?q=${unique()}`)
    expect(api.status).toBe(503)
    expect(api.headers.get('retry-after')).toBe('30')
    expect(JSON.parse(api.body)).toMatchObject({ status: 503, title: 'Portal temporarily unavailable' })
  } finally {
    deployment.resumeDatabase()
  }

  // Back to normal as soon as the database is: the probe remembers its answer for 2 s at most.
  await expect
    .poll(async () => (await get(`${origin}/es/practicas?q=${unique()}`)).status, { timeout: 30_000, intervals: [500] })
    .toBe(200)
})

test('a burst of 700 simultaneous connections is answered or told 503, never 500', async () => {
  const origin = deployment.a
  const statuses = await Promise.all(
    Array.from({ length: 700 }, async (_, i) => {
      // Uncached, database-backed answers: the catalogue API with a different search each time.
      const response = await fetch(`${origin}/api/v1/practices?pageSize=5&q=${i % 2 ? 'migrantes' : 'empleo'}${i}`)
      if (response.status === 503) expect(response.headers.get('retry-after')).toBe('5')
      await response.arrayBuffer()
      return response.status
    }),
  )
  const counts = statuses.reduce<Record<number, number>>(
    (all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }),
    {},
  )
  console.info(`[burst] 700 connections: ${JSON.stringify(counts)}`)
  expect(
    Object.keys(counts)
      .map(Number)
      .every((status) => status === 200 || status === 503),
    JSON.stringify(counts),
  ).toBe(true)
  expect(counts[200] ?? 0).toBeGreaterThan(0)
})
