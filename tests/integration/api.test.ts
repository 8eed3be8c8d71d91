// The public JSON API (issue 7): every endpoint, its errors, caching and CORS, called through the
// route handlers themselves against the run's seeded database.
import { describe, expect, it } from 'vitest'
import * as actors from '@/app/api/v1/actors/route'
import * as communique from '@/app/api/v1/communique/route'
import * as objectives from '@/app/api/v1/objectives/route'
import * as practice from '@/app/api/v1/practices/[slug]/route'
import * as practices from '@/app/api/v1/practices/route'
import * as recommendations from '@/app/api/v1/recommendations/route'
import * as sessions from '@/app/api/v1/sessions/route'
import { db } from '@/lib/db'
import { PracticeDetailSchema, PracticeListSchema, ProblemSchema } from '@/lib/open-data/schemas'

const BASE = 'http://localhost:3000'

async function get(
  handler: (request: Request) => Promise<Response>,
  path: string,
  headers: Record<string, string> = {},
) {
  return handler(new Request(`${BASE}${path}`, { headers }))
}

async function getPractice(slug: string, query = '', headers: Record<string, string> = {}) {
  return practice.GET(new Request(`${BASE}/api/v1/practices/${encodeURIComponent(slug)}${query}`, { headers }), {
    params: Promise.resolve({ slug }),
  })
}

async function publishedCount(where = ''): Promise<number> {
  const rows = await db().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Practice" p WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL ${where}`,
  )
  return Number(rows[0]?.n)
}

async function expectProblem(response: Response, status: number, parameter?: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
  const body = ProblemSchema.parse(await response.json())
  expect(body.status).toBe(status)
  if (parameter) expect(body.invalidParams?.map((p) => p.name)).toContain(parameter)
  return body
}

describe('GET /api/v1/practices', () => {
  it('returns the first page, the total of published practices and facet counts', async () => {
    const response = await get(practices.GET, '/api/v1/practices')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/)
    expect(response.headers.get('last-modified')).toMatch(/GMT$/)
    expect(response.headers.get('cache-control')).toMatch(/public/)
    const body = PracticeListSchema.parse(await response.json())
    expect(body.total).toBe(await publishedCount())
    expect(body.items).toHaveLength(Math.min(20, body.total))
    expect(body.facets.objective).toHaveLength(23)
    expect(body.facets.kind.reduce((sum, k) => sum + k.count, 0)).toBe(body.total)
    expect(body.facets.source.reduce((sum, s) => sum + s.count, 0)).toBe(body.total)
  })

  it('filters by source like the catalogue, each item saying its own', async () => {
    const fromReport = PracticeListSchema.parse(
      await (await get(practices.GET, '/api/v1/practices?source=forum-report&pageSize=100')).json(),
    )
    expect(fromReport.total).toBe(await publishedCount(`AND p.source = 'FORUM_REPORT'`))
    expect(fromReport.items.every((item) => item.source === 'forum-report')).toBe(true)
    expect(fromReport.facets.source.find((s) => s.value === 'forum-report')).toMatchObject({ selected: true })
    const response = await get(practices.GET, '/api/v1/practices?source=hearsay')
    expect(response.status).toBe(400)
  })

  it('filters like the catalogue: objective and actor, paged', async () => {
    const response = await get(practices.GET, '/api/v1/practices?objective=21&actor=mx&pageSize=100&locale=en')
    const body = PracticeListSchema.parse(await response.json())
    const expected =
      await publishedCount(`AND EXISTS (SELECT 1 FROM "PracticeObjective" o WHERE o."practiceId" = p.id AND o."objectiveNumber" = 21)
      AND EXISTS (SELECT 1 FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId" WHERE pa."practiceId" = p.id AND a.slug = 'mx')`)
    expect(body.total).toBe(expected)
    expect(body.items).toHaveLength(expected)
    for (const item of body.items) {
      expect(item.objectives.map((o) => o.number)).toContain(21)
      expect(item.actors.map((a) => a.slug)).toContain('mx')
      expect(item.url).toMatch(/^http:\/\/localhost:3000\/en\/practices\//)
    }
  })

  it('pages do not overlap and cover the set', async () => {
    const one = PracticeListSchema.parse(
      await (await get(practices.GET, '/api/v1/practices?pageSize=30&page=1')).json(),
    )
    const two = PracticeListSchema.parse(
      await (await get(practices.GET, '/api/v1/practices?pageSize=30&page=2')).json(),
    )
    const slugs = [...one.items, ...two.items].map((item) => item.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(one.pageCount).toBe(Math.ceil(one.total / 30))
  })

  it('a page past the end is empty, not an error', async () => {
    const body = PracticeListSchema.parse(await (await get(practices.GET, '/api/v1/practices?page=9999')).json())
    expect(body.items).toEqual([])
  })

  it('answers 304 to a matching If-None-Match and 200 to a stale one', async () => {
    const first = await get(practices.GET, '/api/v1/practices?objective=7')
    const etag = first.headers.get('etag')!
    const again = await get(practices.GET, '/api/v1/practices?objective=7', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const stale = await get(practices.GET, '/api/v1/practices?objective=7', { 'If-None-Match': '"stale"' })
    expect(stale.status).toBe(200)
    const other = await get(practices.GET, '/api/v1/practices?objective=8')
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('answers CORS preflights', () => {
    const response = practices.OPTIONS()
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toMatch(/GET/)
  })
})

describe('bad parameters are 400 problems naming the parameter', () => {
  const cases: [string, string][] = [
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=0', 'page'],
    ['page=99999999999999999999999999', 'page'],
    ['page=1.5', 'page'],
    ['page=1&page=2', 'page'],
    ['objective=24', 'objective'],
    ['objective=-1', 'objective'],
    ['objective=seven', 'objective'],
    ['kind=recipe', 'kind'],
    ['sort=random', 'sort'],
    ['locale=fr', 'locale'],
    ['actor=MX', 'actor'],
    ["actor=mx'%3B%20DROP%20TABLE%20%22Practice%22%3B--", 'actor'],
    [`q=${'x'.repeat(10_000)}`, 'q'],
    ['unknown=1', 'unknown'],
    [`objective=${Array.from({ length: 50 }, (_, i) => (i % 23) + 1).join(',')}`, 'objective'],
  ]
  for (const [query, parameter] of cases) {
    it(`?${query.slice(0, 60)}`, async () => {
      const body = await expectProblem(await get(practices.GET, `/api/v1/practices?${query}`), 400, parameter)
      expect(body.detail).toContain(parameter.slice(0, 60))
    })
  }
})

describe('hostile input never gives a 500', () => {
  const hostile = [
    'q=%FF%FE',
    'q=%00%01%02',
    `q=${encodeURIComponent('"unterminated -')}`,
    `q=${encodeURIComponent("') OR 1=1 --")}`,
    `q=${encodeURIComponent('🌎'.repeat(100))}`,
    'q=&objective=&actor=,,,',
    'objective[]=1',
    'objective=1e1',
    'pageSize=1e2',
    'page=Infinity',
    'page=NaN',
    'page=0x10',
    'locale=',
    'locale=es&locale=en',
    `${'k'.repeat(5000)}=v`,
    'session=sesion-1&session=does-not-exist',
  ]
  const endpoints: [string, (request: Request) => Promise<Response>][] = [
    ['/api/v1/practices', practices.GET],
    ['/api/v1/objectives', objectives.GET],
    ['/api/v1/actors', actors.GET],
    ['/api/v1/sessions', sessions.GET],
    ['/api/v1/recommendations', recommendations.GET],
    ['/api/v1/communique', communique.GET],
  ]
  it('on every endpoint, for every query', async () => {
    for (const [path, handler] of endpoints) {
      for (const query of hostile) {
        const response = await get(handler, `${path}?${query}`)
        expect([200, 400], `${path}?${query.slice(0, 40)}`).toContain(response.status)
        if (response.status === 400) expect(response.headers.get('content-type')).toBe('application/problem+json')
      }
    }
    for (const slug of ['../../etc/passwd', 'A'.repeat(10_000), '%00', 'programa bienestar', '']) {
      expect((await getPractice(slug)).status).toBe(404)
    }
  })
})

describe('GET /api/v1/practices/{slug}', () => {
  it('returns a published practice in both languages', async () => {
    const [row] = await db().practice.findMany({
      where: { status: 'PUBLISHED', deletedAt: null },
      orderBy: { id: 'asc' },
      take: 1,
      select: { slug: true, titleEs: true, titleEn: true },
    })
    const es = PracticeDetailSchema.parse(await (await getPractice(row!.slug)).json())
    expect(es.title).toBe(row!.titleEs)
    expect(es.url).toContain('/es/practicas/')
    const en = PracticeDetailSchema.parse(await (await getPractice(row!.slug, '?locale=en')).json())
    expect(en.title).toBe(row!.titleEn ?? row!.titleEs)
    expect(en.url).toContain('/en/practices/')
  })

  it('404s for unknown, draft and deleted practices', async () => {
    await expectProblem(await getPractice('no-such-practice'), 404)
    const practiceRow = await db().practice.findFirst({
      where: { status: 'PUBLISHED', deletedAt: null },
      select: { id: true, slug: true },
    })
    await db().practice.update({ where: { id: practiceRow!.id }, data: { status: 'DRAFT' } })
    try {
      await expectProblem(await getPractice(practiceRow!.slug), 404)
      const list = PracticeListSchema.parse(await (await get(practices.GET, '/api/v1/practices?pageSize=100')).json())
      expect(list.items.map((item) => item.slug)).not.toContain(practiceRow!.slug)
    } finally {
      await db().practice.update({ where: { id: practiceRow!.id }, data: { status: 'PUBLISHED' } })
    }
  })

  it('400s for a bad locale or an extra parameter', async () => {
    await expectProblem(await getPractice('programa-bienestar-imss', '?locale=de'), 400, 'locale')
    await expectProblem(await getPractice('programa-bienestar-imss', '?page=2'), 400, 'page')
  })
})

describe('reference endpoints', () => {
  it('objectives: the 23, with published-practice counts', async () => {
    const body = await (await get(objectives.GET, '/api/v1/objectives?locale=en')).json()
    expect(body.items).toHaveLength(23)
    const counted = await publishedCount(
      `AND EXISTS (SELECT 1 FROM "PracticeObjective" o WHERE o."practiceId" = p.id AND o."objectiveNumber" = 21)`,
    )
    expect(body.items.find((o: { number: number }) => o.number === 21).practiceCount).toBe(counted)
  })

  it('actors, sessions, recommendations and the communiqué', async () => {
    const actorList = await (await get(actors.GET, '/api/v1/actors')).json()
    expect(actorList.items.length).toBe(await db().actor.count())
    expect(actorList.items.find((a: { slug: string }) => a.slug === 'mx').name).toBe('México')
    const sessionList = await (await get(sessions.GET, '/api/v1/sessions')).json()
    expect(sessionList.items.map((s: { slug: string }) => s.slug)).toContain('sesion-1')
    const recommendationList = await (await get(recommendations.GET, '/api/v1/recommendations')).json()
    expect(recommendationList.items.length).toBe(await db().recommendation.count())
    const text = await (await get(communique.GET, '/api/v1/communique?locale=en')).json()
    expect(text.paragraphs.length).toBeGreaterThan(0)
    // Dated with both days of the forum (report line 669); no signatories (it has no signature block).
    expect(text).toMatchObject({ startDate: '2023-09-27', endDate: '2023-09-28' })
    expect(text).not.toHaveProperty('signatories')
  })

  it('reject parameters they do not take', async () => {
    await expectProblem(await get(objectives.GET, '/api/v1/objectives?objective=1'), 400, 'objective')
    await expectProblem(await get(actors.GET, '/api/v1/actors?locale=xx'), 400, 'locale')
  })
})
