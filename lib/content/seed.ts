// Loads the content files into the database: one transaction, upserts by stable keys, idempotent.
// A practice the secretariat has edited (seedHash = null) is never overwritten.
import { invalidateOnCommit, writeTransaction } from '../cache/invalidate'
import { ALL_CACHE_TAGS } from '../cache/tags'
import type { PrismaClient } from '../generated/prisma/client'
import { seedAbbreviations, seedCommunique, seedDelegations, seedKeyFigures, seedReportSections } from './seed-report-texts'
import {
  Counter,
  GROUP,
  KIND,
  RECOMMENDATION_KIND,
  contentHash,
  lookup,
  replaceLinks,
  sameSet,
  syncByKey,
  type SeedReport,
  type Tx,
} from './seed-sync'
import type { Content } from './schemas'

export type { SeedReport } from './seed-sync'

export async function seedDatabase(prisma: PrismaClient, content: Content): Promise<SeedReport> {
  const counter = new Counter()
  await writeTransaction(
    // writeTransaction takes no options: give it a runner with the seed's longer timeouts.
    { $transaction: (run) => prisma.$transaction(run, { maxWait: 30_000, timeout: 300_000 }) },
    async (tx) => {
      await seedObjectives(tx, content, counter)
      const sessionIds = await seedSessions(tx, content, counter)
      const actorIds = await seedActors(tx, content, counter)
      const practiceIds = await seedPractices(tx, content, counter, sessionIds, actorIds)
      await seedCooperationIdeas(tx, content, counter, sessionIds, practiceIds)
      await seedRecommendations(tx, content, counter, sessionIds, practiceIds)
      await seedCommunique(tx, content, counter)
      await seedKeyFigures(tx, content, counter)
      await seedDelegations(tx, content, counter, actorIds)
      await seedAbbreviations(tx, content, counter)
      await seedReportSections(tx, content, counter)
      const removedActors = await removeActorsNoLongerInContent(tx, content)
      // Every running instance forgets what it cached of the forum and the practices.
      if (counter.report.created + counter.report.updated + removedActors > 0) await invalidateOnCommit(tx, ALL_CACHE_TAGS)
    },
  )
  return counter.report
}

async function seedObjectives(tx: Tx, content: Content, counter: Counter) {
  for (const o of content.objectives) {
    const data = {
      titleEs: o.title.es,
      titleEn: o.title.en,
      shortLabelEs: o.shortLabel?.es ?? null,
      shortLabelEn: o.shortLabel?.en ?? null,
    }
    await syncByKey(counter, tx.objective, { number: o.number }, data)
  }
}

async function seedSessions(tx: Tx, content: Content, counter: Counter): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  // Positions are unique: park changed ones out of the way first so a reorder cannot collide.
  const existing = await tx.session.findMany({ select: { id: true, slug: true, position: true } })
  const wantedPosition = new Map(content.sessions.map((s, i) => [s.slug, i + 1]))
  for (const row of existing) {
    if (wantedPosition.get(row.slug) !== row.position) {
      await tx.session.update({ where: { id: row.id }, data: { position: -row.id } })
    }
  }
  for (const [index, s] of content.sessions.entries()) {
    const data = {
      code: s.code,
      position: index + 1,
      titleEs: s.title.es,
      titleEn: s.title.en,
      overviewEs: s.overview?.es ?? null,
      overviewEn: s.overview?.en ?? null,
      discussionEs: s.discussion?.es ?? null,
      discussionEn: s.discussion?.en ?? null,
      challengesEs: s.challenges?.es ?? null,
      challengesEn: s.challenges?.en ?? null,
      opportunitiesEs: s.opportunities?.es ?? null,
      opportunitiesEn: s.opportunities?.en ?? null,
      workingTable: s.workingTable ?? null,
    }
    const row = await syncByKey(counter, tx.session, { slug: s.slug }, data)
    ids.set(s.slug, row.id)
    const links = await tx.sessionObjective.findMany({ where: { sessionId: row.id } })
    if (!sameSet(links.map((l) => l.objectiveNumber), s.objectives)) {
      await tx.sessionObjective.deleteMany({ where: { sessionId: row.id } })
      await tx.sessionObjective.createMany({
        data: s.objectives.map((objectiveNumber) => ({ sessionId: row.id, objectiveNumber })),
      })
    }
  }
  return ids
}

async function seedActors(tx: Tx, content: Content, counter: Counter): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const a of content.actors) {
    const data = {
      type: a.type === 'country' ? ('COUNTRY' as const) : ('ORGANIZATION' as const),
      isoCode: a.isoCode ?? null,
      acronymEs: a.acronym?.es ?? null,
      acronymEn: a.acronym?.en ?? null,
      nameEs: a.name.es,
      nameEn: a.name.en,
      group: GROUP[a.group],
    }
    const row = await syncByKey(counter, tx.actor, { slug: a.slug }, data)
    ids.set(a.slug, row.id)
  }
  return ids
}

async function seedPractices(
  tx: Tx,
  content: Content,
  counter: Counter,
  sessionIds: Map<string, number>,
  actorIds: Map<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const p of content.practices) {
    const hash = contentHash(p)
    const data = {
      kind: KIND[p.kind],
      titleEs: p.title.es,
      titleEn: p.title.en,
      summaryEs: p.summary.es,
      summaryEn: p.summary.en,
      bodyEs: p.body?.es ?? null,
      bodyEn: p.body?.en ?? null,
      reportTitle: p.reportTitle,
      sourceSectionEs: p.sourceSection.es,
      sourceSectionEn: p.sourceSection.en,
      externalUrl: p.externalUrl ?? null,
      translationStatusEs: 'SOURCE' as const,
      translationStatusEn: 'TRANSLATED' as const,
      seedHash: hash,
    }
    const existing = await tx.practice.findUnique({ where: { slug: p.slug }, select: { id: true, seedHash: true } })
    if (existing) {
      ids.set(p.slug, existing.id)
      if (existing.seedHash === null) {
        counter.report.keptEdited.push(p.slug)
        continue
      }
      if (existing.seedHash === hash) {
        counter.count('unchanged')
        continue
      }
      counter.count('updated')
      await tx.practice.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    } else {
      counter.count('created')
      const now = new Date()
      const row = await tx.practice.create({
        data: { slug: p.slug, ...data, status: 'PUBLISHED', publishedAt: now },
        select: { id: true },
      })
      ids.set(p.slug, row.id)
    }
    const id = lookup(ids, p.slug, 'practice')
    await tx.practiceActor.deleteMany({ where: { practiceId: id } })
    await tx.practiceObjective.deleteMany({ where: { practiceId: id } })
    await tx.practiceSession.deleteMany({ where: { practiceId: id } })
    await tx.practiceActor.createMany({
      data: p.actors.map((slug, position) => ({ practiceId: id, actorId: lookup(actorIds, slug, 'actor'), position })),
    })
    await tx.practiceObjective.createMany({
      data: p.objectives.map((objectiveNumber) => ({ practiceId: id, objectiveNumber })),
    })
    await tx.practiceSession.createMany({
      data: p.listedIn.map((listing) => ({
        practiceId: id,
        sessionId: lookup(sessionIds, listing.session, 'session'),
        listedKind: KIND[listing.kind],
        // Report order inside the session's list.
        position: content.practices.filter((q) => q.listedIn.some((l) => l.session === listing.session)).indexOf(p),
      })),
    })
  }
  return ids
}

async function seedCooperationIdeas(
  tx: Tx,
  content: Content,
  counter: Counter,
  sessionIds: Map<string, number>,
  practiceIds: Map<string, number>,
) {
  for (const [index, c] of content.cooperationIdeas.entries()) {
    const data = {
      table: c.table,
      position: index + 1,
      sessionId: lookup(sessionIds, c.session, 'session'),
      textEs: c.text.es,
      textEn: c.text.en,
    }
    const row = await syncByKey(counter, tx.cooperationIdea, { key: c.key }, data)
    const objectives = await tx.cooperationIdeaObjective.findMany({ where: { ideaId: row.id } })
    await replaceLinks(
      objectives.map((o) => o.objectiveNumber),
      c.objectives,
      () => tx.cooperationIdeaObjective.deleteMany({ where: { ideaId: row.id } }),
      (rows) => tx.cooperationIdeaObjective.createMany({ data: rows.map((objectiveNumber) => ({ ideaId: row.id, objectiveNumber })) }),
    )
    const practices = await tx.cooperationIdeaPractice.findMany({ where: { ideaId: row.id } })
    await replaceLinks(
      practices.map((p) => p.practiceId),
      c.practices.map((slug) => lookup(practiceIds, slug, 'practice')),
      () => tx.cooperationIdeaPractice.deleteMany({ where: { ideaId: row.id } }),
      (rows) => tx.cooperationIdeaPractice.createMany({ data: rows.map((practiceId) => ({ ideaId: row.id, practiceId })) }),
    )
  }
}

async function seedRecommendations(
  tx: Tx,
  content: Content,
  counter: Counter,
  sessionIds: Map<string, number>,
  practiceIds: Map<string, number>,
) {
  for (const [index, r] of content.recommendations.entries()) {
    const data = { kind: RECOMMENDATION_KIND[r.kind], position: index + 1, textEs: r.text.es, textEn: r.text.en }
    const row = await syncByKey(counter, tx.recommendation, { key: r.key }, data)
    const id = row.id
    await replaceLinks(
      (await tx.recommendationObjective.findMany({ where: { recommendationId: id } })).map((o) => o.objectiveNumber),
      r.objectives,
      () => tx.recommendationObjective.deleteMany({ where: { recommendationId: id } }),
      (rows) => tx.recommendationObjective.createMany({ data: rows.map((objectiveNumber) => ({ recommendationId: id, objectiveNumber })) }),
    )
    await replaceLinks(
      (await tx.recommendationSession.findMany({ where: { recommendationId: id } })).map((s) => s.sessionId),
      r.sessions.map((slug) => lookup(sessionIds, slug, 'session')),
      () => tx.recommendationSession.deleteMany({ where: { recommendationId: id } }),
      (rows) => tx.recommendationSession.createMany({ data: rows.map((sessionId) => ({ recommendationId: id, sessionId })) }),
    )
    await replaceLinks(
      (await tx.recommendationPractice.findMany({ where: { recommendationId: id } })).map((p) => p.practiceId),
      r.practices.map((slug) => lookup(practiceIds, slug, 'practice')),
      () => tx.recommendationPractice.deleteMany({ where: { recommendationId: id } }),
      (rows) => tx.recommendationPractice.createMany({ data: rows.map((practiceId) => ({ recommendationId: id, practiceId })) }),
    )
  }
}

async function removeActorsNoLongerInContent(tx: Tx, content: Content): Promise<number> {
  const { count } = await tx.actor.deleteMany({
    where: {
      slug: { notIn: content.actors.map((a) => a.slug) },
      practices: { none: {} },
      delegations: { none: {} },
    },
  })
  return count
}
