// The forum's shared selections and the localised shapes they become: the references (actor, session,
// objective, practice) that every forum page links to, and the orders the report lists things in.
// No database access here: the *-queries.ts modules select with these and map the rows through them.
import type { Locale } from 'next-intl'
import type { Prisma } from '../generated/prisma/client'
import type { ActorGroup, ActorType, FollowUpStatus, PracticeKind, RecommendationKind } from '../generated/prisma/enums'
import { byText, pick, pickNullable, pickOptional, type Localized } from '@/lib/i18n/localize'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'

export const PRACTICE_KIND_ORDER: readonly PracticeKind[] = ['GOOD_PRACTICE', 'POLICY', 'TOOL']
export const RECOMMENDATION_KIND_ORDER: readonly RecommendationKind[] = ['FINAL', 'POST_TEST', 'CONCLUSION']

/** The order of the groups on the index: countries first, then organisations. */
export const ACTOR_GROUP_ORDER = [
  'CRM_MEMBER',
  'SOUTH_AMERICAN_CHAMPION',
  'EXTRA_REGIONAL_CHAMPION',
  'OTHER_COUNTRY',
  'CIVIL_SOCIETY',
  'CRM_SECRETARIAT',
  'INTERNATIONAL_ORGANIZATION',
] as const satisfies readonly ActorGroup[]

export const actorSelect = {
  slug: true,
  type: true,
  nameEs: true,
  nameEn: true,
  acronymEs: true,
  acronymEn: true,
} as const satisfies Prisma.ActorSelect

type ActorRow = Prisma.ActorGetPayload<{ select: typeof actorSelect }>

export type ActorRef = { slug: string; type: ActorType; name: string; acronym: string | null }

export function toActorRef(locale: Locale, row: ActorRow): ActorRef {
  return {
    slug: row.slug,
    type: row.type,
    name: pick(locale, row.nameEs, row.nameEn),
    acronym: pickNullable(locale, row.acronymEs, row.acronymEn),
  }
}

export const sessionRefSelect = {
  slug: true,
  code: true,
  position: true,
  titleEs: true,
  titleEn: true,
} as const satisfies Prisma.SessionSelect
type SessionRow = Prisma.SessionGetPayload<{ select: typeof sessionRefSelect }>
export type SessionRef = { slug: string; code: string; position: number; title: string }

export function toSessionRef(locale: Locale, row: SessionRow): SessionRef {
  return { slug: row.slug, code: row.code, position: row.position, title: pick(locale, row.titleEs, row.titleEn) }
}

export const bySessionPosition = (a: SessionRef, b: SessionRef) => a.position - b.position

// The links through join tables that practices, recommendations and cooperation ideas all have: a
// relation's select and the localised, ordered list it becomes.

/** The linked sessions, in forum order. */
export const linkedSessionsSelect = { select: { session: { select: sessionRefSelect } } } as const

export function toLinkedSessions(locale: Locale, links: { session: SessionRow }[]): SessionRef[] {
  return links.map(({ session }) => toSessionRef(locale, session)).sort(bySessionPosition)
}

/** The linked objectives' numbers, in ascending order. */
export const linkedObjectiveNumbersSelect = {
  orderBy: { objectiveNumber: 'asc' },
  select: { objectiveNumber: true },
} as const

export const toObjectiveNumbers = (links: { objectiveNumber: number }[]): number[] =>
  links.map((link) => link.objectiveNumber)

export const objectiveRefSelect = {
  number: true,
  titleEs: true,
  titleEn: true,
  shortLabelEs: true,
  shortLabelEn: true,
} as const satisfies Prisma.ObjectiveSelect
type ObjectiveRow = Prisma.ObjectiveGetPayload<{ select: typeof objectiveRefSelect }>
export type ObjectiveRef = { number: number; title: string; shortLabel: string | null }

export function toObjectiveRef(locale: Locale, row: ObjectiveRow): ObjectiveRef {
  return {
    number: row.number,
    title: pick(locale, row.titleEs, row.titleEn),
    shortLabel: pickNullable(locale, row.shortLabelEs, row.shortLabelEn),
  }
}

/** The linked objectives, in ascending order. */
export const linkedObjectivesSelect = {
  orderBy: { objectiveNumber: 'asc' },
  select: { objective: { select: objectiveRefSelect } },
} as const

export function toLinkedObjectives(locale: Locale, links: { objective: ObjectiveRow }[]): ObjectiveRef[] {
  return links.map(({ objective }) => toObjectiveRef(locale, objective))
}

/** A practice in a list: enough to link to it and to its actors and sessions. */
export const practiceCardSelect = {
  slug: true,
  kind: true,
  titleEs: true,
  titleEn: true,
  actors: { orderBy: { position: 'asc' }, select: { actor: { select: actorSelect } } },
  objectives: linkedObjectiveNumbersSelect,
  sessions: linkedSessionsSelect,
} as const satisfies Prisma.PracticeSelect

type PracticeCardRow = Prisma.PracticeGetPayload<{ select: typeof practiceCardSelect }>

export type PracticeCard = {
  slug: string
  kind: PracticeKind
  title: Localized
  actors: ActorRef[]
  objectiveNumbers: number[]
  sessions: SessionRef[]
}

export function toPracticeCard(locale: Locale, row: PracticeCardRow): PracticeCard {
  return {
    slug: row.slug,
    kind: row.kind,
    title: pickOptional(locale, row.titleEs, row.titleEn),
    actors: row.actors.map(({ actor }) => toActorRef(locale, actor)),
    objectiveNumbers: toObjectiveNumbers(row.objectives),
    sessions: toLinkedSessions(locale, row.sessions),
  }
}

/** Practices sorted by kind (good practices, policies, tools), then by title. */
export function sortPractices<T extends { kind: PracticeKind; title: Localized }>(locale: Locale, practices: T[]): T[] {
  const byTitle = byText<T>(locale, (p) => p.title.text)
  return [...practices].sort(
    (a, b) => PRACTICE_KIND_ORDER.indexOf(a.kind) - PRACTICE_KIND_ORDER.indexOf(b.kind) || byTitle(a, b),
  )
}

/** Groups items by practice kind, in kind order, leaving out empty kinds. */
export function groupByKind<T extends { kind: PracticeKind }>(items: T[]): { kind: PracticeKind; items: T[] }[] {
  return PRACTICE_KIND_ORDER.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  )
}

export const practiceRefSelect = {
  slug: true,
  kind: true,
  titleEs: true,
  titleEn: true,
} as const satisfies Prisma.PracticeSelect
export type PracticeRef = { slug: string; kind: PracticeKind; title: Localized }

export function toPracticeRef(
  locale: Locale,
  row: Prisma.PracticeGetPayload<{ select: typeof practiceRefSelect }>,
): PracticeRef {
  return { slug: row.slug, kind: row.kind, title: pickOptional(locale, row.titleEs, row.titleEn) }
}

/** The linked practices that are published, by title. */
export const linkedPublishedPracticesSelect = {
  where: { practice: PUBLISHED_PRACTICE },
  select: { practice: { select: practiceRefSelect } },
} as const

export function toLinkedPractices(
  locale: Locale,
  links: { practice: Prisma.PracticeGetPayload<{ select: typeof practiceRefSelect }> }[],
): PracticeRef[] {
  return links.map(({ practice }) => toPracticeRef(locale, practice)).sort(byText(locale, (p) => p.title.text))
}

export type FollowUp = {
  status: FollowUpStatus
  note: { es: string | null; en: string | null }
  checkedAt: Date | null
}

/** The follow-up columns that recommendations and cooperation ideas share. */
export const followUpSelect = {
  followUpStatus: true,
  followUpNoteEs: true,
  followUpNoteEn: true,
  followUpCheckedAt: true,
} as const satisfies Prisma.RecommendationSelect & Prisma.CooperationIdeaSelect

export function toFollowUp(row: Prisma.RecommendationGetPayload<{ select: typeof followUpSelect }>): FollowUp {
  return {
    status: row.followUpStatus,
    note: { es: row.followUpNoteEs, en: row.followUpNoteEn },
    checkedAt: row.followUpCheckedAt,
  }
}
