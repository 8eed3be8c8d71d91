import 'server-only'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
// The forum's public pages (issue 5): the home, objectives, sessions, countries and organisations,
// the joint communiqué, recommendations and cooperation ideas, delegations and the report's
// narrative sections. Every function selects only what its page shows, returns texts in the
// visitor's language, and counts or lists published, non-deleted practices only.
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ActorGroup, ActorType, FollowUpStatus, PracticeKind, RecommendationKind } from '../generated/prisma/enums'
import { byText, pick, pickNullable, pickOptional, type Localized } from '@/lib/i18n/localize'

/** The public sees published practices only (never drafts, reviews, archived or deleted ones). */
export const PUBLISHED_PRACTICE = { status: 'PUBLISHED', deletedAt: null } as const
/** The same rule in SQL, for raw queries that name the practice `p`. */
export const PUBLISHED_PRACTICE_SQL = Prisma.sql`p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`

export const PRACTICE_KIND_ORDER: readonly PracticeKind[] = ['GOOD_PRACTICE', 'POLICY', 'TOOL']
export const RECOMMENDATION_KIND_ORDER: readonly RecommendationKind[] = ['FINAL', 'POST_TEST', 'CONCLUSION']

// ---------------------------------------------------------------------------------------------
// Shared selections and their localised shapes
// ---------------------------------------------------------------------------------------------

const actorSelect = {
  slug: true,
  type: true,
  nameEs: true,
  nameEn: true,
  acronymEs: true,
  acronymEn: true,
} as const

type ActorRow = { slug: string; type: ActorType; nameEs: string; nameEn: string; acronymEs: string | null; acronymEn: string | null }

export type ActorRef = { slug: string; type: ActorType; name: string; acronym: string | null }

function toActorRef(locale: Locale, row: ActorRow): ActorRef {
  return { slug: row.slug, type: row.type, name: pick(locale, row.nameEs, row.nameEn), acronym: pickNullable(locale, row.acronymEs, row.acronymEn) }
}

const sessionRefSelect = { slug: true, code: true, position: true, titleEs: true, titleEn: true } as const
type SessionRow = { slug: string; code: string; position: number; titleEs: string; titleEn: string }
export type SessionRef = { slug: string; code: string; position: number; title: string }

function toSessionRef(locale: Locale, row: SessionRow): SessionRef {
  return { slug: row.slug, code: row.code, position: row.position, title: pick(locale, row.titleEs, row.titleEn) }
}

const objectiveRefSelect = { number: true, titleEs: true, titleEn: true, shortLabelEs: true, shortLabelEn: true } as const
type ObjectiveRow = { number: number; titleEs: string; titleEn: string; shortLabelEs: string | null; shortLabelEn: string | null }
export type ObjectiveRef = { number: number; title: string; shortLabel: string | null }

function toObjectiveRef(locale: Locale, row: ObjectiveRow): ObjectiveRef {
  return { number: row.number, title: pick(locale, row.titleEs, row.titleEn), shortLabel: pickNullable(locale, row.shortLabelEs, row.shortLabelEn) }
}

/** A practice in a list: enough to link to it and to its actors and sessions. */
const practiceCardSelect = {
  slug: true,
  kind: true,
  titleEs: true,
  titleEn: true,
  actors: { orderBy: { position: 'asc' }, select: { actor: { select: actorSelect } } },
  objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objectiveNumber: true } },
  sessions: { select: { session: { select: sessionRefSelect } } },
} as const

type PracticeCardRow = {
  slug: string
  kind: PracticeKind
  titleEs: string
  titleEn: string | null
  actors: { actor: ActorRow }[]
  objectives: { objectiveNumber: number }[]
  sessions: { session: SessionRow }[]
}

export type PracticeCard = {
  slug: string
  kind: PracticeKind
  title: Localized
  actors: ActorRef[]
  objectiveNumbers: number[]
  sessions: SessionRef[]
}

function toPracticeCard(locale: Locale, row: PracticeCardRow): PracticeCard {
  return {
    slug: row.slug,
    kind: row.kind,
    title: pickOptional(locale, row.titleEs, row.titleEn),
    actors: row.actors.map(({ actor }) => toActorRef(locale, actor)),
    objectiveNumbers: row.objectives.map((o) => o.objectiveNumber),
    sessions: row.sessions.map(({ session }) => toSessionRef(locale, session)).sort((a, b) => a.position - b.position),
  }
}

/** Practices sorted by kind (good practices, policies, tools), then by title. */
function sortPractices<T extends { kind: PracticeKind; title: Localized }>(locale: Locale, practices: T[]): T[] {
  const byTitle = byText<T>(locale, (p) => p.title.text)
  return [...practices].sort((a, b) => PRACTICE_KIND_ORDER.indexOf(a.kind) - PRACTICE_KIND_ORDER.indexOf(b.kind) || byTitle(a, b))
}

/** Groups items by practice kind, in kind order, leaving out empty kinds. */
export function groupByKind<T extends { kind: PracticeKind }>(items: T[]): { kind: PracticeKind; items: T[] }[] {
  return PRACTICE_KIND_ORDER.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  )
}

const practiceRefSelect = { slug: true, kind: true, titleEs: true, titleEn: true } as const
export type PracticeRef = { slug: string; kind: PracticeKind; title: Localized }

function toPracticeRef(locale: Locale, row: { slug: string; kind: PracticeKind; titleEs: string; titleEn: string | null }): PracticeRef {
  return { slug: row.slug, kind: row.kind, title: pickOptional(locale, row.titleEs, row.titleEn) }
}

export type FollowUp = {
  status: FollowUpStatus
  note: { es: string | null; en: string | null }
  checkedAt: Date | null
}

function toFollowUp(row: {
  followUpStatus: FollowUpStatus
  followUpNoteEs: string | null
  followUpNoteEn: string | null
  followUpCheckedAt: Date | null
}): FollowUp {
  return {
    status: row.followUpStatus,
    note: { es: row.followUpNoteEs, en: row.followUpNoteEn },
    checkedAt: row.followUpCheckedAt,
  }
}

const cooperationIdeaSelect = {
  key: true,
  table: true,
  position: true,
  textEs: true,
  textEn: true,
  followUpStatus: true,
  followUpNoteEs: true,
  followUpNoteEn: true,
  followUpCheckedAt: true,
  session: { select: sessionRefSelect },
  objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objectiveNumber: true } },
  practices: { where: { practice: PUBLISHED_PRACTICE }, select: { practice: { select: practiceRefSelect } } },
} as const

type CooperationIdeaRow = {
  key: string
  table: number
  position: number
  textEs: string
  textEn: string
  followUpStatus: FollowUpStatus
  followUpNoteEs: string | null
  followUpNoteEn: string | null
  followUpCheckedAt: Date | null
  session: SessionRow
  objectives: { objectiveNumber: number }[]
  practices: { practice: { slug: string; kind: PracticeKind; titleEs: string; titleEn: string | null } }[]
}

export type CooperationIdea = {
  key: string
  table: number
  position: number
  text: string
  session: SessionRef
  objectiveNumbers: number[]
  practices: PracticeRef[]
  /** The secretariat's follow-up (lib/follow-up): shown on the public pages. */
  followUp: FollowUp
}

function toCooperationIdea(locale: Locale, row: CooperationIdeaRow): CooperationIdea {
  return {
    key: row.key,
    table: row.table,
    position: row.position,
    text: pick(locale, row.textEs, row.textEn),
    session: toSessionRef(locale, row.session),
    followUp: toFollowUp(row),
    objectiveNumbers: row.objectives.map((o) => o.objectiveNumber),
    practices: row.practices.map(({ practice }) => toPracticeRef(locale, practice)).sort(byText(locale, (p) => p.title.text)),
  }
}

const byTableAndPosition = (a: CooperationIdea, b: CooperationIdea) => a.table - b.table || a.position - b.position

const recommendationSelect = {
  key: true,
  kind: true,
  position: true,
  textEs: true,
  textEn: true,
  followUpStatus: true,
  followUpNoteEs: true,
  followUpNoteEn: true,
  followUpCheckedAt: true,
  objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objectiveNumber: true } },
  sessions: { select: { session: { select: sessionRefSelect } } },
  practices: { where: { practice: PUBLISHED_PRACTICE }, select: { practice: { select: practiceRefSelect } } },
} as const

type RecommendationRow = {
  key: string
  kind: RecommendationKind
  position: number
  textEs: string
  textEn: string
  followUpStatus: FollowUpStatus
  followUpNoteEs: string | null
  followUpNoteEn: string | null
  followUpCheckedAt: Date | null
  objectives: { objectiveNumber: number }[]
  sessions: { session: SessionRow }[]
  practices: { practice: { slug: string; kind: PracticeKind; titleEs: string; titleEn: string | null } }[]
}

export type Recommendation = {
  key: string
  kind: RecommendationKind
  position: number
  text: string
  objectiveNumbers: number[]
  sessions: SessionRef[]
  practices: PracticeRef[]
  /** The secretariat's follow-up (lib/follow-up): shown on the public pages. */
  followUp: FollowUp
}

function toRecommendation(locale: Locale, row: RecommendationRow): Recommendation {
  return {
    key: row.key,
    kind: row.kind,
    position: row.position,
    text: pick(locale, row.textEs, row.textEn),
    followUp: toFollowUp(row),
    objectiveNumbers: row.objectives.map((o) => o.objectiveNumber),
    sessions: row.sessions.map(({ session }) => toSessionRef(locale, session)).sort((a, b) => a.position - b.position),
    practices: row.practices.map(({ practice }) => toPracticeRef(locale, practice)).sort(byText(locale, (p) => p.title.text)),
  }
}

const byKindAndPosition = (a: Recommendation, b: Recommendation) =>
  RECOMMENDATION_KIND_ORDER.indexOf(a.kind) - RECOMMENDATION_KIND_ORDER.indexOf(b.kind) || a.position - b.position

/** Groups recommendations by kind (final, post-test, conclusion), leaving out empty kinds. */
export function groupRecommendations(items: Recommendation[]): { kind: RecommendationKind; items: Recommendation[] }[] {
  return RECOMMENDATION_KIND_ORDER.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind).sort(byKindAndPosition),
  })).filter((group) => group.items.length > 0)
}

// ---------------------------------------------------------------------------------------------
// Home
// ---------------------------------------------------------------------------------------------

export type KeyFigure = { key: string; value: string; label: string; sentence: string }

/** The figures the report quotes, in report order. */
export async function findKeyFigures(locale: Locale): Promise<KeyFigure[]> {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().keyFigure.findMany({
    orderBy: { position: 'asc' },
    select: { key: true, valueEs: true, valueEn: true, labelEs: true, labelEn: true, sentenceEs: true, sentenceEn: true },
  })
  return rows.map((row) => ({
    key: row.key,
    value: pick(locale, row.valueEs, row.valueEn),
    label: pick(locale, row.labelEs, row.labelEn),
    sentence: pick(locale, row.sentenceEs, row.sentenceEn),
  }))
}

export type ObjectiveSummary = ObjectiveRef & { practiceCount: number; sessionCount: number }

/** The 23 objectives with the number of published practices linked to each (0 = a gap). */
export const findObjectivesWithCounts = cache(async (locale: Locale): Promise<ObjectiveSummary[]> => {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().objective.findMany({
    orderBy: { number: 'asc' },
    select: {
      ...objectiveRefSelect,
      _count: { select: { practices: { where: { practice: PUBLISHED_PRACTICE } }, sessions: true } },
    },
  })
  return rows.map((row) => ({
    ...toObjectiveRef(locale, row),
    practiceCount: row._count.practices,
    sessionCount: row._count.sessions,
  }))
})

export type RecentPractice = PracticeCard & { editedAt: Date }

/** The most recently updated published practices. */
export async function findRecentPractices(locale: Locale, take = 5): Promise<RecentPractice[]> {
  await tagRead(CACHE_TAGS.practices)
  const rows = await db().practice.findMany({
    // Only practices the secretariat changed: one as the report gives it has no editorial date to show.
    where: { ...PUBLISHED_PRACTICE, editedAt: { not: null } },
    orderBy: [{ editedAt: 'desc' }, { id: 'desc' }],
    take,
    select: { ...practiceCardSelect, editedAt: true },
  })
  return rows.map((row) => ({ ...toPracticeCard(locale, row), editedAt: row.editedAt ?? new Date(0) }))
}

/** How many practices the public catalogue holds. */
export async function countPublishedPractices(): Promise<number> {
  await tagRead(CACHE_TAGS.practices)
  return db().practice.count({ where: PUBLISHED_PRACTICE })
}

// ---------------------------------------------------------------------------------------------
// Objectives
// ---------------------------------------------------------------------------------------------

export type ObjectiveDetail = ObjectiveRef & {
  sessions: SessionRef[]
  practices: PracticeCard[]
  cooperationIdeas: CooperationIdea[]
  recommendations: Recommendation[]
}

/** One objective with its sessions, published practices, cooperation ideas and recommendations. */
export const getObjective = cache(async (number: number, locale: Locale): Promise<ObjectiveDetail | null> => {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const row = await db().objective.findUnique({
    where: { number },
    select: {
      ...objectiveRefSelect,
      sessions: { select: { session: { select: sessionRefSelect } } },
      practices: { where: { practice: PUBLISHED_PRACTICE }, select: { practice: { select: practiceCardSelect } } },
      cooperation: { select: { idea: { select: cooperationIdeaSelect } } },
      recommendations: { select: { recommendation: { select: recommendationSelect } } },
    },
  })
  if (!row) return null
  return {
    ...toObjectiveRef(locale, row),
    sessions: row.sessions.map(({ session }) => toSessionRef(locale, session)).sort((a, b) => a.position - b.position),
    practices: sortPractices(locale, row.practices.map(({ practice }) => toPracticeCard(locale, practice))),
    cooperationIdeas: row.cooperation.map(({ idea }) => toCooperationIdea(locale, idea)).sort(byTableAndPosition),
    recommendations: row.recommendations.map(({ recommendation }) => toRecommendation(locale, recommendation)).sort(byKindAndPosition),
  }
})

/** Titles of the given objectives, for labelling links (e.g. "Objective 7: …"). */
export const findObjectiveRefs = cache(async (locale: Locale): Promise<Map<number, ObjectiveRef>> => {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().objective.findMany({ orderBy: { number: 'asc' }, select: objectiveRefSelect })
  return new Map(rows.map((row) => [row.number, toObjectiveRef(locale, row)]))
})

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

export type SessionSummary = SessionRef & {
  workingTable: number | null
  objectives: ObjectiveRef[]
  practiceCount: number
  cooperationIdeaCount: number
}

/** Every session in forum order, with its objectives and how many published practices it presented. */
export async function findSessions(locale: Locale): Promise<SessionSummary[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().session.findMany({
    orderBy: { position: 'asc' },
    select: {
      ...sessionRefSelect,
      workingTable: true,
      objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objective: { select: objectiveRefSelect } } },
      _count: { select: { practices: { where: { practice: PUBLISHED_PRACTICE } }, cooperation: true } },
    },
  })
  return rows.map((row) => ({
    ...toSessionRef(locale, row),
    workingTable: row.workingTable,
    objectives: row.objectives.map(({ objective }) => toObjectiveRef(locale, objective)),
    practiceCount: row._count.practices,
    cooperationIdeaCount: row._count.cooperation,
  }))
}

export type SessionPractice = PracticeCard & { listedKind: PracticeKind; listedPosition: number }

export type SessionDetail = SessionRef & {
  workingTable: number | null
  overview: string | null
  discussion: string | null
  challenges: string | null
  opportunities: string | null
  objectives: ObjectiveRef[]
  /** In the order the report lists them, each under the heading it is listed under in this session. */
  practices: SessionPractice[]
  cooperationIdeas: CooperationIdea[]
  recommendations: Recommendation[]
  previous: SessionRef | null
  next: SessionRef | null
}

/** One session with its texts, objectives, the published practices presented there and its working table's ideas. */
export const getSession = cache(async (slug: string, locale: Locale): Promise<SessionDetail | null> => {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const row = await db().session.findUnique({
    where: { slug },
    select: {
      ...sessionRefSelect,
      workingTable: true,
      overviewEs: true,
      overviewEn: true,
      discussionEs: true,
      discussionEn: true,
      challengesEs: true,
      challengesEn: true,
      opportunitiesEs: true,
      opportunitiesEn: true,
      objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objective: { select: objectiveRefSelect } } },
      practices: {
        where: { practice: PUBLISHED_PRACTICE },
        orderBy: { position: 'asc' },
        select: { listedKind: true, position: true, practice: { select: practiceCardSelect } },
      },
      cooperation: { select: cooperationIdeaSelect },
      recommendations: { select: { recommendation: { select: recommendationSelect } } },
    },
  })
  if (!row) return null
  const [previous, next] = await Promise.all([
    db().session.findFirst({ where: { position: { lt: row.position } }, orderBy: { position: 'desc' }, select: sessionRefSelect }),
    db().session.findFirst({ where: { position: { gt: row.position } }, orderBy: { position: 'asc' }, select: sessionRefSelect }),
  ])
  const practices = row.practices
    .map((listing) => ({ ...toPracticeCard(locale, listing.practice), listedKind: listing.listedKind, listedPosition: listing.position }))
    .sort(
      (a, b) =>
        PRACTICE_KIND_ORDER.indexOf(a.listedKind) - PRACTICE_KIND_ORDER.indexOf(b.listedKind) || a.listedPosition - b.listedPosition,
    )
  return {
    ...toSessionRef(locale, row),
    workingTable: row.workingTable,
    overview: pickNullable(locale, row.overviewEs, row.overviewEn),
    discussion: pickNullable(locale, row.discussionEs, row.discussionEn),
    challenges: pickNullable(locale, row.challengesEs, row.challengesEn),
    opportunities: pickNullable(locale, row.opportunitiesEs, row.opportunitiesEn),
    objectives: row.objectives.map(({ objective }) => toObjectiveRef(locale, objective)),
    practices,
    cooperationIdeas: row.cooperation.map((idea) => toCooperationIdea(locale, idea)).sort(byTableAndPosition),
    recommendations: row.recommendations.map(({ recommendation }) => toRecommendation(locale, recommendation)).sort(byKindAndPosition),
    previous: previous ? toSessionRef(locale, previous) : null,
    next: next ? toSessionRef(locale, next) : null,
  }
})

// ---------------------------------------------------------------------------------------------
// Countries and organisations
// ---------------------------------------------------------------------------------------------

/** The order of the groups on the index: countries first, then organisations. */
export const ACTOR_GROUP_ORDER: readonly ActorGroup[] = [
  'CRM_MEMBER',
  'SOUTH_AMERICAN_CHAMPION',
  'EXTRA_REGIONAL_CHAMPION',
  'OTHER_COUNTRY',
  'CIVIL_SOCIETY',
  'CRM_SECRETARIAT',
  'INTERNATIONAL_ORGANIZATION',
]

export type ActorSummary = ActorRef & { group: ActorGroup; practiceCount: number }

/** Every country and organisation with its number of published practices, by group, then by name. */
export async function findActorsWithCounts(locale: Locale): Promise<{ group: ActorGroup; actors: ActorSummary[] }[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().actor.findMany({
    select: { ...actorSelect, group: true, _count: { select: { practices: { where: { practice: PUBLISHED_PRACTICE } } } } },
  })
  const actors = rows
    .map((row) => ({ ...toActorRef(locale, row), group: row.group, practiceCount: row._count.practices }))
    .sort(byText(locale, (actor) => actor.name))
  return ACTOR_GROUP_ORDER.map((group) => ({ group, actors: actors.filter((actor) => actor.group === group) })).filter(
    (entry) => entry.actors.length > 0,
  )
}

export type Participant = { name: string; role: string | null; institution: string | null; lang: string }
export type DelegationDetail = { key: string; name: string; list: string; participants: Participant[] }

export type ActorDetail = ActorRef & {
  group: ActorGroup
  isoCode: string | null
  practices: (PracticeCard & { objectives: ObjectiveRef[] })[]
  delegations: DelegationDetail[]
}

const participantSelect = { name: true, role: true, institution: true, lang: true } as const

/** One country (type COUNTRY, slug = lower-case ISO code) or organisation, with its practices and delegation. */
export const getActor = cache(async (type: ActorType, slug: string, locale: Locale): Promise<ActorDetail | null> => {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const row = await db().actor.findFirst({
    where: { slug, type },
    select: {
      ...actorSelect,
      group: true,
      isoCode: true,
      practices: {
        where: { practice: PUBLISHED_PRACTICE },
        select: {
          practice: {
            select: {
              ...practiceCardSelect,
              objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objectiveNumber: true, objective: { select: objectiveRefSelect } } },
            },
          },
        },
      },
      delegations: {
        orderBy: { position: 'asc' },
        select: {
          key: true,
          nameEs: true,
          nameEn: true,
          listEs: true,
          listEn: true,
          participants: { orderBy: { position: 'asc' }, select: participantSelect },
        },
      },
    },
  })
  if (!row) return null
  return {
    ...toActorRef(locale, row),
    group: row.group,
    isoCode: row.isoCode,
    practices: sortPractices(
      locale,
      row.practices.map(({ practice }) => ({
        ...toPracticeCard(locale, practice),
        objectives: practice.objectives.map(({ objective }) => toObjectiveRef(locale, objective)),
      })),
    ),
    delegations: row.delegations.map((delegation) => ({
      key: delegation.key,
      name: pick(locale, delegation.nameEs, delegation.nameEn),
      list: pick(locale, delegation.listEs, delegation.listEn),
      participants: delegation.participants,
    })),
  }
})

// ---------------------------------------------------------------------------------------------
// Joint communiqué
// ---------------------------------------------------------------------------------------------

export type CommuniqueDetail = {
  key: string
  title: string
  /** The communiqué is dated with both days of the forum. */
  startDate: Date
  endDate: Date
  place: string
  paragraphs: { anchor: string; text: string }[]
}

/** The joint communiqué (the forum has one), its paragraphs in order with their stable anchors. */
export const getCommunique = cache(async (locale: Locale): Promise<CommuniqueDetail | null> => {
  await tagRead(CACHE_TAGS.forum)
  const row = await db().communique.findFirst({
    orderBy: { id: 'asc' },
    select: {
      key: true,
      titleEs: true,
      titleEn: true,
      startDate: true,
      endDate: true,
      placeEs: true,
      placeEn: true,
      paragraphs: { orderBy: { position: 'asc' }, select: { anchor: true, textEs: true, textEn: true } },
    },
  })
  if (!row) return null
  return {
    key: row.key,
    title: pick(locale, row.titleEs, row.titleEn),
    startDate: row.startDate,
    endDate: row.endDate,
    place: pick(locale, row.placeEs, row.placeEn),
    paragraphs: row.paragraphs.map((p) => ({ anchor: p.anchor, text: pick(locale, p.textEs, p.textEn) })),
  }
})

// ---------------------------------------------------------------------------------------------
// Recommendations and cooperation ideas
// ---------------------------------------------------------------------------------------------

/** Every recommendation (by kind, in report order) and every cooperation idea (by working table). */
export async function findRecommendationsAndIdeas(
  locale: Locale,
): Promise<{ recommendations: Recommendation[]; cooperationIdeas: CooperationIdea[] }> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices, CACHE_TAGS.followUp)
  const [recommendations, ideas] = await Promise.all([
    db().recommendation.findMany({ orderBy: [{ position: 'asc' }], select: recommendationSelect }),
    db().cooperationIdea.findMany({ orderBy: [{ table: 'asc' }, { position: 'asc' }], select: cooperationIdeaSelect }),
  ])
  return {
    recommendations: recommendations.map((row) => toRecommendation(locale, row)).sort(byKindAndPosition),
    cooperationIdeas: ideas.map((row) => toCooperationIdea(locale, row)).sort(byTableAndPosition),
  }
}

// ---------------------------------------------------------------------------------------------
// Delegations and abbreviations
// ---------------------------------------------------------------------------------------------

export type DelegationListEntry = DelegationDetail & { actor: { slug: string; type: ActorType } | null }

/** Annex 1: the delegations grouped by the list they appear in (in report order), and the abbreviations. */
export async function findDelegations(locale: Locale): Promise<{
  lists: { name: string; delegations: DelegationListEntry[] }[]
  abbreviations: { abbr: string; expansion: string }[]
}> {
  await tagRead(CACHE_TAGS.forum)
  const [delegations, abbreviations] = await Promise.all([
    db().delegation.findMany({
      orderBy: { position: 'asc' },
      select: {
        key: true,
        nameEs: true,
        nameEn: true,
        listEs: true,
        listEn: true,
        actor: { select: { slug: true, type: true } },
        participants: { orderBy: { position: 'asc' }, select: participantSelect },
      },
    }),
    db().abbreviation.findMany({ orderBy: { id: 'asc' }, select: { abbr: true, expansionEs: true, expansionEn: true } }),
  ])
  const lists: { name: string; delegations: DelegationListEntry[] }[] = []
  for (const row of delegations) {
    const listName = pick(locale, row.listEs, row.listEn)
    let list = lists.find((entry) => entry.name === listName)
    if (!list) {
      list = { name: listName, delegations: [] }
      lists.push(list)
    }
    list.delegations.push({
      key: row.key,
      name: pick(locale, row.nameEs, row.nameEn),
      list: listName,
      actor: row.actor,
      participants: row.participants,
    })
  }
  return {
    lists,
    abbreviations: abbreviations.map((a) => ({ abbr: a.abbr, expansion: pick(locale, a.expansionEs, a.expansionEn) })),
  }
}

// ---------------------------------------------------------------------------------------------
// The report's narrative sections
// ---------------------------------------------------------------------------------------------

export type ReportSection = { key: string; title: string; body: string }

/** Narrative sections in report order; `keys` limits them to those keys. */
export async function findReportSections(locale: Locale, keys?: string[]): Promise<ReportSection[]> {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().reportSection.findMany({
    where: keys ? { key: { in: keys } } : undefined,
    orderBy: { position: 'asc' },
    select: { key: true, titleEs: true, titleEn: true, bodyEs: true, bodyEn: true },
  })
  return rows.map((row) => ({ key: row.key, title: pick(locale, row.titleEs, row.titleEn), body: pick(locale, row.bodyEs, row.bodyEn) }))
}
