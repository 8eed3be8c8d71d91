// The forum pages' queries (lib/forum/*-queries.ts) against the seeded database: their counts equal direct
// SQL counts, and only published, non-deleted practices ever reach them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { countPublishedPractices, findRecentPractices } from '@/lib/forum/home-queries'
import { findActorsWithCounts, getActor } from '@/lib/forum/actors-queries'
import { findDelegations } from '@/lib/forum/delegations-queries'
import { findKeyFigures, findReportSections } from '@/lib/forum/report-queries'
import { findObjectivesWithCounts, getObjective } from '@/lib/forum/objectives-queries'
import { findRecommendationsAndIdeas, groupRecommendations } from '@/lib/forum/recommendations-queries'
import { findSessions, getSession } from '@/lib/forum/sessions-queries'
import { getCommunique } from '@/lib/forum/communique-queries'

type CountRow = { key: string | number; count: bigint | number }

/** Published, non-deleted practices per key, counted in plain SQL. */
async function sqlCounts(query: Promise<CountRow[]>): Promise<Map<string, number>> {
  return new Map((await query).map((row) => [String(row.key), Number(row.count)]))
}

function publishedPerObjective() {
  return sqlCounts(
    db().$queryRaw<CountRow[]>`
      SELECT po."objectiveNumber" AS key, count(*) AS count
      FROM "PracticeObjective" po JOIN "Practice" p ON p.id = po."practiceId"
      WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
      GROUP BY po."objectiveNumber"`,
  )
}

/** The same count per slug of the sessions or actors the practices are linked to. */
function publishedPerSlug(linked: 'Session' | 'Actor') {
  // Table and column names from the two constants above, never from input.
  const joinTable = Prisma.raw(`"Practice${linked}"`)
  const table = Prisma.raw(`"${linked}"`)
  const foreignKey = Prisma.raw(`"${linked.toLowerCase()}Id"`)
  return sqlCounts(
    db().$queryRaw<CountRow[]>`
      SELECT l.slug AS key, count(*) AS count
      FROM ${joinTable} j JOIN "Practice" p ON p.id = j."practiceId" JOIN ${table} l ON l.id = j.${foreignKey}
      WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
      GROUP BY l.slug`,
  )
}

describe('forum queries on the seeded report', () => {
  it('counts published practices per objective exactly as SQL does, with the gaps at zero', async () => {
    const objectives = await findObjectivesWithCounts('es')
    const expected = await publishedPerObjective()
    expect(objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1))
    for (const objective of objectives) {
      expect(objective.practiceCount, `objective ${objective.number}`).toBe(expected.get(String(objective.number)) ?? 0)
    }
    // The report has objectives without any practice (e.g. 13, alternatives to detention).
    expect(objectives.find((o) => o.number === 13)?.practiceCount).toBe(0)
    expect(objectives.filter((o) => o.practiceCount > 0).length).toBeGreaterThan(10)
  })

  it('counts the catalogue as SQL does', async () => {
    const [row] = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Practice" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`
    expect(await countPublishedPractices()).toBe(Number(row!.count))
  })

  it('lists the sessions in forum order with SQL-equal practice counts', async () => {
    const sessions = await findSessions('en')
    const rows = await db().$queryRaw<{ slug: string }[]>`SELECT slug FROM "Session" ORDER BY position`
    expect(sessions.map((s) => s.slug)).toEqual(rows.map((r) => r.slug))
    const expected = await publishedPerSlug('Session')
    for (const session of sessions) expect(session.practiceCount, session.slug).toBe(expected.get(session.slug) ?? 0)
    expect(sessions.find((s) => s.slug === 'sesion-1')?.objectives.map((o) => o.number)).toEqual([7, 8, 14, 15])
  })

  it('gives a session its texts, listed practices, working-table ideas and neighbours', async () => {
    const session = await getSession('sesion-1', 'es')
    expect(session).not.toBeNull()
    expect(session!.overview).toBeTruthy()
    const [row] = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "PracticeSession" ps
      JOIN "Practice" p ON p.id = ps."practiceId" JOIN "Session" s ON s.id = ps."sessionId"
      WHERE s.slug = 'sesion-1' AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`
    expect(session!.practices).toHaveLength(Number(row!.count))
    expect(session!.cooperationIdeas.length).toBeGreaterThan(0)
    expect(session!.cooperationIdeas.every((idea) => idea.table === session!.workingTable)).toBe(true)
    expect(session!.previous?.slug).toBe('introductoria')
    expect(session!.next?.slug).toBe('sesion-2a')
    expect(await getSession('no-such-session', 'es')).toBeNull()
  })

  it('gives an objective its sessions, practices, ideas and recommendations', async () => {
    const objective = await getObjective(7, 'en')
    expect(objective?.title).toMatch(/vulnerabilit/i)
    expect(objective!.sessions.map((s) => s.slug)).toContain('sesion-1')
    expect(objective!.practices).toHaveLength((await publishedPerObjective()).get('7') ?? 0)
    const [ideas] = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "CooperationIdeaObjective" WHERE "objectiveNumber" = 7`
    expect(objective!.cooperationIdeas).toHaveLength(Number(ideas!.count))
    const [recommendations] = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "RecommendationObjective" WHERE "objectiveNumber" = 7`
    expect(objective!.recommendations).toHaveLength(Number(recommendations!.count))
    expect(await getObjective(24, 'en')).toBeNull()
  })

  it('counts each actor’s published practices as SQL does and groups them in index order', async () => {
    const groups = await findActorsWithCounts('es')
    expect(groups.map((g) => g.group)).toEqual(
      [
        'CRM_MEMBER',
        'SOUTH_AMERICAN_CHAMPION',
        'EXTRA_REGIONAL_CHAMPION',
        'OTHER_COUNTRY',
        'CIVIL_SOCIETY',
        'CRM_SECRETARIAT',
        'INTERNATIONAL_ORGANIZATION',
      ].filter((group) => groups.some((g) => g.group === group)),
    )
    const expected = await publishedPerSlug('Actor')
    const actors = groups.flatMap((g) => g.actors)
    expect(actors).toHaveLength(await db().actor.count())
    for (const actor of actors) expect(actor.practiceCount, actor.slug).toBe(expected.get(actor.slug) ?? 0)
  })

  it('finds a country only as a country and an organisation only as an organisation', async () => {
    const mexico = await getActor('COUNTRY', 'mx', 'en')
    expect(mexico?.name).toBe('Mexico')
    expect(mexico!.delegations.length).toBeGreaterThan(0)
    expect(mexico!.delegations[0]!.participants.length).toBeGreaterThan(0)
    expect(mexico!.practices.every((p) => p.actors.some((a) => a.slug === 'mx'))).toBe(true)
    expect(await getActor('ORGANIZATION', 'mx', 'en')).toBeNull()
    expect(await getActor('COUNTRY', 'oim', 'en')).toBeNull()
    expect((await getActor('ORGANIZATION', 'oim', 'es'))?.type).toBe('ORGANIZATION')
  })

  it('reads the communiqué with its paragraphs in order, both dates and place', async () => {
    const communique = await getCommunique('en')
    expect(communique).not.toBeNull()
    const rows = await db().$queryRaw<{ anchor: string }[]>`SELECT anchor FROM "CommuniqueParagraph" ORDER BY position`
    expect(communique!.paragraphs.map((p) => p.anchor)).toEqual(rows.map((r) => r.anchor))
    // Dated "27 y 28 de septiembre de 2023" (report line 669); it has no signature block.
    expect(communique!.startDate.toISOString().slice(0, 10)).toBe('2023-09-27')
    expect(communique!.endDate.toISOString().slice(0, 10)).toBe('2023-09-28')
    expect(communique!.place).toMatch(/Panama/)
    expect(communique).not.toHaveProperty('signatories')
  })

  it('lists every recommendation by kind and every cooperation idea by working table', async () => {
    const { recommendations, cooperationIdeas } = await findRecommendationsAndIdeas('es')
    expect(recommendations).toHaveLength(await db().recommendation.count())
    expect(cooperationIdeas).toHaveLength(await db().cooperationIdea.count())
    expect(groupRecommendations(recommendations).map((g) => g.kind)).toEqual(['FINAL', 'POST_TEST', 'CONCLUSION'])
    const tables = cooperationIdeas.map((idea) => idea.table)
    expect(tables).toEqual([...tables].sort((a, b) => a - b))
  })

  it('lists the delegations by annex list with all their participants, and the abbreviations', async () => {
    const { lists, abbreviations } = await findDelegations('en')
    expect(lists.flatMap((l) => l.delegations)).toHaveLength(await db().delegation.count())
    expect(lists.flatMap((l) => l.delegations.flatMap((d) => d.participants))).toHaveLength(
      await db().participant.count(),
    )
    expect(abbreviations).toHaveLength(await db().abbreviation.count())
    expect(abbreviations.find((a) => a.abbr === 'ACNUR')?.expansion).toMatch(/UNHCR/)
  })

  it('reads key figures and report sections in report order', async () => {
    const figures = await findKeyFigures('en')
    expect(figures).toHaveLength(await db().keyFigure.count())
    expect(figures.find((f) => f.key === 'forum-representatives')?.value).toBe('More than 82')
    const sections = await findReportSections('es', ['metodologia', 'introduccion'])
    expect(sections.map((s) => s.key)).toEqual(['introduccion', 'metodologia'])
  })
})

describe('unpublished practices never reach the forum pages', () => {
  const slug = `forum-test-draft-${Date.now().toString(36)}`
  let practiceId: number
  let ideaId: number
  let recommendationId: number

  beforeAll(async () => {
    const [mexico, session, idea, recommendation] = await Promise.all([
      db().actor.findUniqueOrThrow({ where: { slug: 'mx' }, select: { id: true } }),
      db().session.findUniqueOrThrow({ where: { slug: 'sesion-1' }, select: { id: true } }),
      db().cooperationIdea.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } }),
      db().recommendation.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } }),
    ])
    ideaId = idea.id
    recommendationId = recommendation.id
    // Objective 13 has no practice in the report: the draft would be its first.
    const practice = await db().practice.create({
      data: {
        slug,
        kind: 'GOOD_PRACTICE',
        titleEs: 'Práctica de prueba en borrador',
        summaryEs: 'Solo para la prueba.',
        status: 'DRAFT',
        actors: { create: { actorId: mexico.id } },
        objectives: { create: { objectiveNumber: 13 } },
        sessions: { create: { sessionId: session.id, listedKind: 'GOOD_PRACTICE', position: 999 } },
        cooperation: { create: { ideaId } },
        recommendations: { create: { recommendationId } },
      },
      select: { id: true },
    })
    practiceId = practice.id
  })

  afterAll(async () => {
    if (practiceId) await db().practice.delete({ where: { id: practiceId } })
  })

  async function visibleEverywhere(): Promise<boolean[]> {
    const [objectives, objective, session, mexico, recent, all] = await Promise.all([
      findObjectivesWithCounts('en'),
      getObjective(13, 'en'),
      getSession('sesion-1', 'en'),
      getActor('COUNTRY', 'mx', 'en'),
      findRecentPractices('en', 5),
      findRecommendationsAndIdeas('en'),
    ])
    return [
      objectives.find((o) => o.number === 13)!.practiceCount === 1,
      objective!.practices.some((p) => p.slug === slug),
      session!.practices.some((p) => p.slug === slug),
      mexico!.practices.some((p) => p.slug === slug),
      recent.some((p) => p.slug === slug),
      all.cooperationIdeas.some((idea) => idea.practices.some((p) => p.slug === slug)),
      all.recommendations.some((r) => r.practices.some((p) => p.slug === slug)),
    ]
  }

  it('leaves drafts, practices in review, archived and deleted practices out of every list and count', async () => {
    const before = await countPublishedPractices()
    for (const state of [
      { status: 'DRAFT', deletedAt: null },
      { status: 'IN_REVIEW', deletedAt: null },
      { status: 'ARCHIVED', deletedAt: null },
      { status: 'PUBLISHED', deletedAt: new Date() },
    ] as const) {
      await db().practice.update({ where: { id: practiceId }, data: state })
      expect(await visibleEverywhere(), JSON.stringify(state)).toEqual([
        false,
        false,
        false,
        false,
        false,
        false,
        false,
      ])
      expect(await countPublishedPractices()).toBe(before)
      expect((await findObjectivesWithCounts('es')).find((o) => o.number === 13)?.practiceCount).toBe(0)
    }
  })

  it('shows the same practice once published, marked untranslated in English', async () => {
    await db().practice.update({
      where: { id: practiceId },
      data: { status: 'PUBLISHED', deletedAt: null, publishedAt: new Date(), editedAt: new Date() },
    })
    try {
      expect(await visibleEverywhere()).toEqual([true, true, true, true, true, true, true])
      const objective = await getObjective(13, 'en')
      expect(objective!.practices[0]!.title).toEqual({ text: 'Práctica de prueba en borrador', untranslated: true })
      expect((await publishedPerObjective()).get('13')).toBe(1)
    } finally {
      await db().practice.update({ where: { id: practiceId }, data: { status: 'DRAFT' } })
    }
  })
})
