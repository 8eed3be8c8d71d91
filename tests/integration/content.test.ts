// The forum report as content: complete lists, well-formed records, and an idempotent, transactional seed
// that never overwrites the secretariat's edits.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { seedDatabase } from '@/lib/content/seed'
import { db } from '@/lib/db'

const content = loadContent()
const expected = JSON.parse(readFileSync(path.join(__dirname, 'content-counts.expected.json'), 'utf8')) as Record<
  string,
  unknown
> & {
  totalDistinctPractices: number
}

/** Every row of every content table, ordered, without timestamps: to compare two states of the database. */
async function snapshot() {
  const prisma = db()
  const strip = <T extends object>(rows: T[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !['createdAt'].includes(key))))
  return {
    objectives: await prisma.objective.findMany({ orderBy: { number: 'asc' } }),
    sessions: await prisma.session.findMany({ orderBy: { id: 'asc' } }),
    sessionObjectives: await prisma.sessionObjective.findMany({
      orderBy: [{ sessionId: 'asc' }, { objectiveNumber: 'asc' }],
    }),
    actors: await prisma.actor.findMany({ orderBy: { id: 'asc' } }),
    practices: strip(await prisma.practice.findMany({ orderBy: { id: 'asc' } })),
    practiceActors: await prisma.practiceActor.findMany({ orderBy: [{ practiceId: 'asc' }, { actorId: 'asc' }] }),
    practiceObjectives: await prisma.practiceObjective.findMany({
      orderBy: [{ practiceId: 'asc' }, { objectiveNumber: 'asc' }],
    }),
    practiceSessions: await prisma.practiceSession.findMany({ orderBy: [{ practiceId: 'asc' }, { sessionId: 'asc' }] }),
    ideas: await prisma.cooperationIdea.findMany({
      orderBy: { id: 'asc' },
      include: { objectives: true, practices: true },
    }),
    recommendations: await prisma.recommendation.findMany({
      orderBy: { id: 'asc' },
      include: { objectives: true, sessions: true, practices: true },
    }),
    communique: await prisma.communique.findMany({ include: { paragraphs: { orderBy: { id: 'asc' } } } }),
    keyFigures: await prisma.keyFigure.findMany({ orderBy: { id: 'asc' } }),
    delegations: await prisma.delegation.findMany({
      orderBy: { id: 'asc' },
      include: { participants: { orderBy: { id: 'asc' } } },
    }),
    abbreviations: await prisma.abbreviation.findMany({ orderBy: { id: 'asc' } }),
    reportSections: await prisma.reportSection.findMany({ orderBy: { id: 'asc' } }),
  }
}

describe('content files', () => {
  it('list, per session and kind, exactly the items of the report', () => {
    const counted: Record<string, Record<string, number>> = Object.fromEntries(
      content.sessions.map((s) => [s.slug, { 'good-practice': 0, policy: 0, tool: 0 }]),
    )
    for (const practice of content.practices) {
      for (const listing of practice.listedIn) {
        counted[listing.session] ??= { 'good-practice': 0, policy: 0, tool: 0 }
        counted[listing.session]![listing.kind]! += 1
      }
    }
    const expectedCounts = Object.fromEntries(
      Object.entries(expected).filter(([key]) => !key.startsWith('_') && key !== 'totalDistinctPractices'),
    )
    expect(counted).toEqual(expectedCounts)
    expect(content.practices).toHaveLength(expected.totalDistinctPractices)
  })

  it('give every practice actors, objectives, sessions and both languages, once', () => {
    const slugs = new Set<string>()
    for (const p of content.practices) {
      expect(slugs.has(p.slug), p.slug).toBe(false)
      slugs.add(p.slug)
      expect(p.actors.length, p.slug).toBeGreaterThanOrEqual(1)
      expect(p.objectives.length, p.slug).toBeGreaterThanOrEqual(1)
      expect(p.listedIn.length, p.slug).toBeGreaterThanOrEqual(1)
      for (const text of [p.title.es, p.title.en, p.summary.es, p.summary.en]) expect(text.trim(), p.slug).not.toBe('')
      for (const n of p.objectives) expect(n >= 1 && n <= 23, p.slug).toBe(true)
    }
    const titles = content.practices.map((p) => p.title.es.toLowerCase())
    expect(new Set(titles).size).toBe(titles.length)
  })

  it('have both languages for ideas, recommendations, communiqué paragraphs and key figures', () => {
    const texts = [
      ...content.cooperationIdeas.map((c) => c.text),
      ...content.recommendations.map((r) => r.text),
      ...content.communique.paragraphs.map((p) => p.text),
      ...content.keyFigures.flatMap((k) => [k.label, k.value, k.sentence]),
      ...content.sessions.map((s) => s.title),
    ]
    for (const text of texts) {
      expect(text.es.trim()).not.toBe('')
      expect(text.en.trim()).not.toBe('')
    }
    expect(content.objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1))
    expect(content.sessions.map((s) => s.code)).toEqual(['INTRO', '1', '2A', '2B', '3', '4A', '4B', '5'])
  })

  it('invent no links: the report lost every URL, so no practice has one', () => {
    expect(content.practices.filter((p) => p.externalUrl)).toEqual([])
  })
})

describe('seed', () => {
  it('has loaded every record of the content files', async () => {
    const prisma = db()
    expect(await prisma.practice.count()).toBe(content.practices.length)
    expect(await prisma.objective.count()).toBe(23)
    expect(await prisma.session.count()).toBe(content.sessions.length)
    expect(await prisma.cooperationIdea.count()).toBe(content.cooperationIdeas.length)
    expect(await prisma.recommendation.count()).toBe(content.recommendations.length)
    expect(await prisma.communiqueParagraph.count()).toBe(content.communique.paragraphs.length)
    expect(await prisma.practiceSession.count()).toBe(content.practices.reduce((n, p) => n + p.listedIn.length, 0))
  })

  it('gives no record an editorial date: the seed makes nothing look newly edited', async () => {
    expect(await db().practice.count({ where: { editedAt: { not: null } } })).toBe(0)
    expect(await db().practice.count({ where: { reportTitle: null } })).toBe(0)
  })

  it('run twice in a row leaves identical rows', async () => {
    await seedDatabase(db(), content)
    const before = await snapshot()
    const report = await seedDatabase(db(), content)
    expect(report.created).toBe(0)
    expect(report.updated).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it('never overwrites a practice the secretariat has edited', async () => {
    const prisma = db()
    const target = content.practices[0]!
    const original = await prisma.practice.findUniqueOrThrow({ where: { slug: target.slug } })
    await prisma.practice.update({
      where: { slug: target.slug },
      data: { titleEs: `${original.titleEs} (corregido)`, seedHash: null, version: { increment: 1 } },
    })
    try {
      const report = await seedDatabase(db(), content)
      expect(report.keptEdited).toContain(target.slug)
      const after = await prisma.practice.findUniqueOrThrow({ where: { slug: target.slug } })
      expect(after.titleEs).toBe(`${original.titleEs} (corregido)`)
    } finally {
      await prisma.practice.update({
        where: { slug: target.slug },
        data: { titleEs: original.titleEs, seedHash: original.seedHash, version: original.version },
      })
    }
  })

  it('is one transaction: a failure half-way leaves the database as it was', async () => {
    const before = await snapshot()
    const broken = structuredClone(content)
    // A changed summary early on, then a reference the database cannot satisfy later.
    broken.practices[0]!.summary.es = 'Texto que no debe quedar escrito.'
    broken.delegations[0]!.actor = 'no-such-actor'
    await expect(seedDatabase(db(), broken)).rejects.toThrow(/unknown actor "no-such-actor"/)
    expect(await snapshot()).toEqual(before)
  })
})
