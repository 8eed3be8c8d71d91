// Loads the content files into the database: one transaction, upserts by stable keys, idempotent.
// A practice the secretariat has edited (seedHash = null) is never overwritten.
import { createHash } from 'node:crypto'
import { invalidateOnCommit, writeTransaction } from '../cache/invalidate'
import { ALL_CACHE_TAGS } from '../cache/tags'
import type { PrismaClient } from '../generated/prisma/client'
import type {
  ActorGroup,
  PracticeKind,
  RecommendationKind,
} from '../generated/prisma/enums'
import type { Content } from './schemas'

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export type SeedReport = {
  created: number
  updated: number
  unchanged: number
  /** Practices skipped because the secretariat edited them in the database. */
  keptEdited: string[]
}

const KIND: Record<Content['practices'][number]['kind'], PracticeKind> = {
  'good-practice': 'GOOD_PRACTICE',
  policy: 'POLICY',
  tool: 'TOOL',
}
const GROUP: Record<Content['actors'][number]['group'], ActorGroup> = {
  'crm-member': 'CRM_MEMBER',
  'south-american-champion': 'SOUTH_AMERICAN_CHAMPION',
  'extra-regional-champion': 'EXTRA_REGIONAL_CHAMPION',
  'civil-society': 'CIVIL_SOCIETY',
  'crm-secretariat': 'CRM_SECRETARIAT',
  'international-organization': 'INTERNATIONAL_ORGANIZATION',
  'other-country': 'OTHER_COUNTRY',
}
const RECOMMENDATION_KIND: Record<Content['recommendations'][number]['kind'], RecommendationKind> = {
  final: 'FINAL',
  'post-test': 'POST_TEST',
  conclusion: 'CONCLUSION',
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)
}

/** JSON with object keys sorted: jsonb does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

/** Compares a row's current fields with the wanted ones (only the wanted keys). */
function differs(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => {
    const now = current[key]
    if (now instanceof Date && value instanceof Date) return now.getTime() !== value.getTime()
    if (typeof value === 'object' && value !== null) return canonical(now) !== canonical(value)
    return (now ?? null) !== (value ?? null)
  })
}

/** Same members, ignoring order: the join rows already match. */
function sameSet<T>(a: T[], b: T[]): boolean {
  const key = (v: T) => JSON.stringify(v)
  const left = new Set(a.map(key))
  return a.length === b.length && left.size === new Set(b.map(key)).size && b.every((v) => left.has(key(v)))
}

class Counter {
  report: SeedReport = { created: 0, updated: 0, unchanged: 0, keptEdited: [] }
  count(kind: 'created' | 'updated' | 'unchanged') {
    this.report[kind] += 1
  }
}

/**
 * Generic upsert-if-changed by a unique key. Returns the row's id (or key value).
 */
async function sync<Row extends Record<string, unknown>>(
  counter: Counter,
  find: () => Promise<Row | null>,
  create: () => Promise<Row>,
  update: () => Promise<Row>,
  wanted: Record<string, unknown>,
): Promise<Row> {
  const current = await find()
  if (!current) {
    counter.count('created')
    return create()
  }
  if (differs(current, wanted)) {
    counter.count('updated')
    return update()
  }
  counter.count('unchanged')
  return current
}

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
    await sync(
      counter,
      () => tx.objective.findUnique({ where: { number: o.number } }),
      () => tx.objective.create({ data: { number: o.number, ...data } }),
      () => tx.objective.update({ where: { number: o.number }, data }),
      data,
    )
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
    const row = await sync(
      counter,
      () => tx.session.findUnique({ where: { slug: s.slug } }),
      () => tx.session.create({ data: { slug: s.slug, ...data } }),
      () => tx.session.update({ where: { slug: s.slug }, data }),
      data,
    )
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
    const row = await sync(
      counter,
      () => tx.actor.findUnique({ where: { slug: a.slug } }),
      () => tx.actor.create({ data: { slug: a.slug, ...data } }),
      () => tx.actor.update({ where: { slug: a.slug }, data }),
      data,
    )
    ids.set(a.slug, row.id)
  }
  return ids
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key)
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`)
  return id
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

async function replaceLinks<T>(
  current: T[],
  wanted: T[],
  remove: () => Promise<unknown>,
  create: (rows: T[]) => Promise<unknown>,
) {
  if (sameSet(current, wanted)) return
  await remove()
  if (wanted.length > 0) await create(wanted)
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
    const row = await sync(
      counter,
      () => tx.cooperationIdea.findUnique({ where: { key: c.key } }),
      () => tx.cooperationIdea.create({ data: { key: c.key, ...data } }),
      () => tx.cooperationIdea.update({ where: { key: c.key }, data }),
      data,
    )
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
    const row = await sync(
      counter,
      () => tx.recommendation.findUnique({ where: { key: r.key } }),
      () => tx.recommendation.create({ data: { key: r.key, ...data } }),
      () => tx.recommendation.update({ where: { key: r.key }, data }),
      data,
    )
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

async function seedCommunique(tx: Tx, content: Content, counter: Counter) {
  const c = content.communique
  const data = {
    titleEs: c.title.es,
    titleEn: c.title.en,
    startDate: new Date(`${c.startDate}T00:00:00.000Z`),
    endDate: new Date(`${c.endDate}T00:00:00.000Z`),
    placeEs: c.place.es,
    placeEn: c.place.en,
  }
  const row = await sync(
    counter,
    () => tx.communique.findUnique({ where: { key: c.key } }),
    () => tx.communique.create({ data: { key: c.key, ...data } }),
    () => tx.communique.update({ where: { key: c.key }, data }),
    data,
  )
  const anchors = c.paragraphs.map((p) => p.anchor)
  await tx.communiqueParagraph.deleteMany({ where: { communiqueId: row.id, anchor: { notIn: anchors } } })
  for (const [index, p] of c.paragraphs.entries()) {
    const where = { communiqueId_anchor: { communiqueId: row.id, anchor: p.anchor } }
    const pdata = { position: index + 1, textEs: p.text.es, textEn: p.text.en }
    await sync(
      counter,
      () => tx.communiqueParagraph.findUnique({ where }),
      () => tx.communiqueParagraph.create({ data: { communiqueId: row.id, anchor: p.anchor, ...pdata } }),
      () => tx.communiqueParagraph.update({ where, data: pdata }),
      pdata,
    )
  }
}

async function seedKeyFigures(tx: Tx, content: Content, counter: Counter) {
  for (const [index, k] of content.keyFigures.entries()) {
    const data = {
      position: index + 1,
      valueEs: k.value.es,
      valueEn: k.value.en,
      labelEs: k.label.es,
      labelEn: k.label.en,
      sentenceEs: k.sentence.es,
      sentenceEn: k.sentence.en,
    }
    await sync(
      counter,
      () => tx.keyFigure.findUnique({ where: { key: k.key } }),
      () => tx.keyFigure.create({ data: { key: k.key, ...data } }),
      () => tx.keyFigure.update({ where: { key: k.key }, data }),
      data,
    )
  }
}

async function seedDelegations(tx: Tx, content: Content, counter: Counter, actorIds: Map<string, number>) {
  for (const [index, d] of content.delegations.entries()) {
    const data = {
      position: index + 1,
      nameEs: d.name.es,
      nameEn: d.name.en,
      listEs: d.list.es,
      listEn: d.list.en,
      actorId: d.actor ? lookup(actorIds, d.actor, 'actor') : null,
    }
    const row = await sync(
      counter,
      () => tx.delegation.findUnique({ where: { key: d.key } }),
      () => tx.delegation.create({ data: { key: d.key, ...data } }),
      () => tx.delegation.update({ where: { key: d.key }, data }),
      data,
    )
    const wanted = d.participants.map((p, position) => ({
      position,
      name: p.name,
      role: p.role ?? null,
      institution: p.institution ?? null,
      lang: p.lang,
    }))
    const current = await tx.participant.findMany({
      where: { delegationId: row.id },
      select: { position: true, name: true, role: true, institution: true, lang: true },
      orderBy: { position: 'asc' },
    })
    if (JSON.stringify(current) !== JSON.stringify(wanted)) {
      await tx.participant.deleteMany({ where: { delegationId: row.id } })
      await tx.participant.createMany({ data: wanted.map((p) => ({ ...p, delegationId: row.id })) })
    }
  }
}

async function seedAbbreviations(tx: Tx, content: Content, counter: Counter) {
  for (const a of content.abbreviations) {
    const data = { expansionEs: a.expansion.es, expansionEn: a.expansion.en }
    await sync(
      counter,
      () => tx.abbreviation.findUnique({ where: { abbr: a.abbr } }),
      () => tx.abbreviation.create({ data: { abbr: a.abbr, ...data } }),
      () => tx.abbreviation.update({ where: { abbr: a.abbr }, data }),
      data,
    )
  }
}

async function seedReportSections(tx: Tx, content: Content, counter: Counter) {
  for (const [index, r] of content.reportSections.entries()) {
    const data = { position: index + 1, titleEs: r.title.es, titleEn: r.title.en, bodyEs: r.body.es, bodyEn: r.body.en }
    await sync(
      counter,
      () => tx.reportSection.findUnique({ where: { key: r.key } }),
      () => tx.reportSection.create({ data: { key: r.key, ...data } }),
      () => tx.reportSection.update({ where: { key: r.key }, data }),
      data,
    )
  }
}

/**
 * An actor the content files no longer list (the Dominican Republic, once attributed a practice it did not
 * present) leaves the database, unless a practice or a delegation still points to it, e.g. a practice
 * the secretariat edited: that link is theirs to change.
 */
/** Deletes actors the content no longer lists and nothing points to; returns how many. */
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
