// The forum at a glance (issue 16): every figure in the map and the charts, as drawn in the SVG, against
// counts computed directly in SQL; again after a practice is published and after it is unpublished.
import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { americasNumericId } from '@/lib/glance/iso-3166'
import { getCoverageMatrix } from '@/lib/insight/queries'
import {
  getKindsChart,
  getMapPicture,
  getObjectivesChart,
  getSessionsChart,
  type MapPicture,
} from '@/lib/glance/pictures'
import { archivePractice } from '@/lib/practices/mutations'
import { KIND_BY_SLUG } from '@/lib/practices/schemas'
import { makeUser } from './auth-helpers'
import { makePractice, removeCreatedPractices } from './editing-fixtures'

afterAll(removeCreatedPractices)

const PUBLISHED = `p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`
// Links as the page writes them, without Next's navigation runtime: the country page's localised path.
const options = {
  idPrefix: 'test',
  link: (href: unknown) => {
    const { pathname, params } = href as { pathname: string; params?: { code?: string } }
    return pathname === '/countries/[code]' ? `/es/paises/${params?.code}` : pathname
  },
}

type Country = { slug: string; iso: string | null; nameEs: string; nameEn: string; n: number }

/** Published practices each country actor presents, among those matching `where` (SQL on p). */
async function sqlCountries(where = ''): Promise<Country[]> {
  const rows = await db().$queryRawUnsafe<Country[]>(`
    SELECT a.slug, a."isoCode" AS iso, a."nameEs", a."nameEn", count(DISTINCT p.id)::int AS n
      FROM "Actor" a
      LEFT JOIN "PracticeActor" pa ON pa."actorId" = a.id
      LEFT JOIN "Practice" p ON p.id = pa."practiceId" AND ${PUBLISHED} ${where}
     WHERE a.type = 'COUNTRY'
     GROUP BY a.id`)
  return rows.map((row) => ({ ...row, n: Number(row.n) }))
}

async function sqlTotal(where = ''): Promise<number> {
  const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Practice" p WHERE ${PUBLISHED} ${where}`,
  )
  return Number(row!.n)
}

const spanish = (name: string, n: number) =>
  `${name}: ${n === 0 ? 'sin prácticas publicadas' : n === 1 ? '1 práctica' : `${n} prácticas`}`

/** Each announced country of the drawn map: world-atlas id → [accessible name, is a link]. */
function announced(svg: string): Map<string, { label: string; link: boolean }> {
  const found = new Map<string, { label: string; link: boolean }>()
  for (const match of svg.matchAll(/<(a href="[^"]*"|g role="img") aria-label="([^"]*)" data-country="(\d+)"/g)) {
    expect(found.has(match[3]!), `country ${match[3]} announced twice`).toBe(false)
    found.set(match[3]!, { label: match[2]!.replace(/&amp;/g, '&'), link: match[1]!.startsWith('a ') })
  }
  return found
}

async function expectMapMatchesSql(picture: MapPicture, where = '') {
  const expected = await sqlCountries(where)
  expect(picture.total).toBe(await sqlTotal(where))
  const drawn = announced(picture.svg)
  const onMap = expected.filter((c) => americasNumericId(c.iso))
  expect(drawn.size).toBe(onMap.length)
  for (const country of onMap) {
    const id = americasNumericId(country.iso)!
    expect(drawn.get(id), country.slug).toEqual({ label: spanish(country.nameEs, country.n), link: country.n > 0 })
    if (country.n > 0) expect(picture.svg).toContain(`<a href="/es/paises/${country.slug}" aria-label=`)
  }
  const listed = new Map([...picture.rows, ...picture.offMap].map((row) => [row.slug, row.count]))
  expect(listed).toEqual(new Map(expected.map((c) => [c.slug, c.n])))
  expect(picture.offMap.map((row) => row.slug).sort()).toEqual(
    expected
      .filter((c) => !americasNumericId(c.iso))
      .map((c) => c.slug)
      .sort(),
  )
}

/** The bars of a drawn chart: key → printed value. */
function bars(svg: string): Map<string, number> {
  return new Map([...svg.matchAll(/data-value="(\d+)" data-key="([^"]+)"/g)].map((m) => [m[2]!, Number(m[1])]))
}

async function sqlObjectives(actor?: string): Promise<Map<string, number>> {
  const condition = actor
    ? `AND EXISTS (SELECT 1 FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId" WHERE pa."practiceId" = p.id AND a.slug = '${actor}')`
    : ''
  const rows = await db().$queryRawUnsafe<{ k: number; n: number }[]>(`
    SELECT o.number AS k, count(DISTINCT p.id)::int AS n FROM "Objective" o
      LEFT JOIN "PracticeObjective" po ON po."objectiveNumber" = o.number
      LEFT JOIN "Practice" p ON p.id = po."practiceId" AND ${PUBLISHED} ${condition}
     GROUP BY o.number`)
  return new Map(rows.map((r) => [String(r.k), Number(r.n)]))
}

async function sqlSessions(): Promise<Map<string, number>> {
  const rows = await db().$queryRawUnsafe<{ k: string; n: number }[]>(`
    SELECT s.slug AS k, count(DISTINCT p.id)::int AS n FROM "Session" s
      LEFT JOIN "PracticeSession" ps ON ps."sessionId" = s.id
      LEFT JOIN "Practice" p ON p.id = ps."practiceId" AND ${PUBLISHED}
     GROUP BY s.slug`)
  return new Map(rows.map((r) => [r.k, Number(r.n)]))
}

async function sqlKinds(where = ''): Promise<Map<string, number>> {
  const rows = await db().$queryRawUnsafe<{ k: string; n: number }[]>(
    `SELECT p.kind::text AS k, count(*)::int AS n FROM "Practice" p WHERE ${PUBLISHED} ${where} GROUP BY 1`,
  )
  const byKind = new Map(rows.map((r) => [r.k, Number(r.n)]))
  return new Map([
    ['good-practice', byKind.get('GOOD_PRACTICE') ?? 0],
    ['policy', byKind.get('POLICY') ?? 0],
    ['tool', byKind.get('TOOL') ?? 0],
  ])
}

const objectiveWhere = (n: number) =>
  `AND EXISTS (SELECT 1 FROM "PracticeObjective" po WHERE po."practiceId" = p.id AND po."objectiveNumber" = ${n})`
const sessionWhere = (slug: string) =>
  `AND EXISTS (SELECT 1 FROM "PracticeSession" ps JOIN "Session" s ON s.id = ps."sessionId" WHERE ps."practiceId" = p.id AND s.slug = '${slug}')`

/** Every picture the portal draws, compared with SQL. */
async function expectEveryPictureMatchesSql() {
  await expectMapMatchesSql(await getMapPicture('es', {}, options))
  for (let objective = 1; objective <= 23; objective++) {
    await expectMapMatchesSql(await getMapPicture('es', { objective }, options), objectiveWhere(objective))
  }
  const sessions = await db().session.findMany({ select: { slug: true } })
  for (const { slug } of sessions)
    await expectMapMatchesSql(await getMapPicture('es', { session: slug }, options), sessionWhere(slug))

  const objectives = await getObjectivesChart('es', {}, options)
  expect(bars(objectives.svg)).toEqual(await sqlObjectives())
  expect(objectives.rows).toHaveLength(23)
  for (const country of ['mx', 'cr', 'cl', 'us']) {
    const chart = await getObjectivesChart('es', { actor: country }, options)
    expect(bars(chart.svg), country).toEqual(await sqlObjectives(country))
  }
  expect(bars((await getSessionsChart('es', options)).svg)).toEqual(await sqlSessions())
  expect(bars((await getKindsChart('en', {}, options)).svg)).toEqual(await sqlKinds())
}

describe('the forum at a glance', () => {
  it('draws every country and bar with the SQL count of published practices', async () => {
    await expectEveryPictureMatchesSql()
  })

  it('names countries in English with plurals, and lists the countries outside the Americas below the map', async () => {
    const picture = await getMapPicture('en', {}, options)
    const mexico = (await sqlCountries()).find((c) => c.slug === 'mx')!
    expect(mexico.n).toBeGreaterThan(1)
    expect(picture.svg).toContain(`aria-label="Mexico: ${mexico.n} practices" data-country="484"`)
    expect(picture.svg).toMatch(/aria-label="[^"]+: no published practices" data-country="\d+"/)
    expect(picture.offMap.map((row) => row.slug)).toEqual(expect.arrayContaining(['tr', 'az', 'gh', 'gm', 'ng']))
  })

  it('an objective without practices gives an empty map with no country link', async () => {
    const gaps = [...(await sqlObjectives()).entries()].filter(([, n]) => n === 0)
    expect(gaps.length).toBeGreaterThan(0)
    const picture = await getMapPicture('es', { objective: Number(gaps[0]![0]) }, options)
    expect(picture.total).toBe(0)
    expect(picture.svg).not.toMatch(/<a href="[^"]*" aria-label/)
    expect(picture.svg).toMatch(/<svg /)
  })

  it('an unknown session or country falls back to the unfiltered picture', async () => {
    const all = await getMapPicture('es', {}, options)
    const unknown = await getMapPicture('es', { session: 'no-such-session' }, options)
    expect(unknown.total).toBe(all.total)
    expect(unknown.filter.session).toBeUndefined()
    const chart = await getObjectivesChart('es', { actor: 'zz' }, options)
    expect(bars(chart.svg)).toEqual(await sqlObjectives())
  })

  it("with the coverage page's filters, the objectives chart shows the matrix's row totals and the map its filtered counts", async () => {
    for (const filters of [
      { kind: ['tool' as const], session: ['sesion-1'] },
      { kind: ['good-practice' as const, 'policy' as const], session: [] },
      { kind: [], session: ['sesion-3'] },
    ]) {
      const kinds = filters.kind.map((kind) => KIND_BY_SLUG[kind])
      const filter = { session: filters.session[0], kinds }
      const matrix = await getCoverageMatrix('es', filters)
      const chart = bars((await getObjectivesChart('es', filter, options)).svg)
      for (let objective = 1; objective <= 23; objective++)
        expect(chart.get(String(objective)), `objective ${objective}`).toBe(matrix.rowTotals[objective] ?? 0)
      const kindWhere = `${kinds.length ? `AND p.kind::text IN (${kinds.map((k) => `'${k}'`).join(',')})` : ''} ${filter.session ? sessionWhere(filter.session) : ''}`
      const map = await getMapPicture('es', filter, options)
      await expectMapMatchesSql(map, kindWhere)
      expect(map.total).toBe(matrix.total)
      const kindBars = bars((await getKindsChart('es', filter, options)).svg)
      expect(kindBars).toEqual(await sqlKinds(kindWhere))
    }
  })

  it('follows a publish and an unpublish', async () => {
    const admin = await makeUser('admin')
    const gap = [...(await sqlObjectives()).entries()].find(([, n]) => n === 0)![0]
    const [costaRica, session] = await Promise.all([
      db().actor.findUniqueOrThrow({ where: { slug: 'cr' }, select: { id: true } }),
      db().session.findFirstOrThrow({ orderBy: { position: 'desc' }, select: { id: true, slug: true } }),
    ])
    const before = (await sqlCountries()).find((c) => c.slug === 'cr')!.n
    const practice = await makePractice(admin, 'PUBLISHED', {
      kind: 'TOOL',
      actorIds: [String(costaRica.id)],
      objectiveNumbers: [gap],
      sessionIds: [String(session.id)],
    })

    await expectEveryPictureMatchesSql()
    const map = await getMapPicture('es', { objective: Number(gap) }, options)
    expect(map.total).toBe(1)
    expect(map.svg).toContain(`aria-label="Costa Rica: 1 práctica" data-country="188"`)
    expect((await getMapPicture('es', {}, options)).svg).toContain(
      `aria-label="Costa Rica: ${before + 1} prácticas" data-country="188"`,
    )
    expect(bars((await getObjectivesChart('es', {}, options)).svg).get(gap)).toBe(1)

    await archivePractice({ user: admin, id: practice.id, version: practice.version })
    await expectEveryPictureMatchesSql()
    expect((await getMapPicture('es', { objective: Number(gap) }, options)).total).toBe(0)
    expect((await getMapPicture('es', {}, options)).svg).toContain(
      `aria-label="Costa Rica: ${before} prácticas" data-country="188"`,
    )
    expect(bars((await getObjectivesChart('es', {}, options)).svg).get(gap)).toBe(0)
  })
})
