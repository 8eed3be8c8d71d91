import 'server-only'
// The forum's recommendations and the working tables' cooperation ideas: their selections and
// localised shapes (the objective and session pages list them too) and the page that lists them all.
import type { Locale } from 'next-intl'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import type { RecommendationKind } from '../generated/prisma/enums'
import { pick } from '@/lib/i18n/localize'
import {
  RECOMMENDATION_KIND_ORDER,
  followUpSelect,
  linkedObjectiveNumbersSelect,
  linkedPublishedPracticesSelect,
  linkedSessionsSelect,
  sessionRefSelect,
  toFollowUp,
  toLinkedPractices,
  toLinkedSessions,
  toObjectiveNumbers,
  toSessionRef,
  type FollowUp,
  type PracticeRef,
  type SessionRef,
} from './refs'

/**
 * What recommendations and cooperation ideas share: a numbered text of the report, the objectives and
 * published practices it is linked to, and the secretariat's follow-up (lib/follow-up), which the
 * public pages show.
 */
const followedUpTextSelect = {
  key: true,
  position: true,
  textEs: true,
  textEn: true,
  ...followUpSelect,
  objectives: linkedObjectiveNumbersSelect,
  practices: linkedPublishedPracticesSelect,
} as const satisfies Prisma.RecommendationSelect & Prisma.CooperationIdeaSelect

type FollowedUpText = {
  key: string
  position: number
  text: string
  objectiveNumbers: number[]
  practices: PracticeRef[]
  followUp: FollowUp
}

function toFollowedUpText(
  locale: Locale,
  row: Prisma.RecommendationGetPayload<{ select: typeof followedUpTextSelect }>,
): FollowedUpText {
  return {
    key: row.key,
    position: row.position,
    text: pick(locale, row.textEs, row.textEn),
    followUp: toFollowUp(row),
    objectiveNumbers: toObjectiveNumbers(row.objectives),
    practices: toLinkedPractices(locale, row.practices),
  }
}

export const cooperationIdeaSelect = {
  ...followedUpTextSelect,
  table: true,
  session: { select: sessionRefSelect },
} as const satisfies Prisma.CooperationIdeaSelect

export type CooperationIdea = FollowedUpText & { table: number; session: SessionRef }

function toCooperationIdea(
  locale: Locale,
  row: Prisma.CooperationIdeaGetPayload<{ select: typeof cooperationIdeaSelect }>,
): CooperationIdea {
  return { ...toFollowedUpText(locale, row), table: row.table, session: toSessionRef(locale, row.session) }
}

/** Cooperation ideas in report order: by working table, then position. */
export function toCooperationIdeas(
  locale: Locale,
  rows: Prisma.CooperationIdeaGetPayload<{ select: typeof cooperationIdeaSelect }>[],
): CooperationIdea[] {
  return rows.map((row) => toCooperationIdea(locale, row)).sort((a, b) => a.table - b.table || a.position - b.position)
}

/** The cooperation ideas linked through a join table. */
export const linkedCooperationIdeasSelect = { select: { idea: { select: cooperationIdeaSelect } } } as const

export const recommendationSelect = {
  ...followedUpTextSelect,
  kind: true,
  sessions: linkedSessionsSelect,
} as const satisfies Prisma.RecommendationSelect

export type Recommendation = FollowedUpText & { kind: RecommendationKind; sessions: SessionRef[] }

function toRecommendation(
  locale: Locale,
  row: Prisma.RecommendationGetPayload<{ select: typeof recommendationSelect }>,
): Recommendation {
  return { ...toFollowedUpText(locale, row), kind: row.kind, sessions: toLinkedSessions(locale, row.sessions) }
}

const byKindAndPosition = (a: Recommendation, b: Recommendation) =>
  RECOMMENDATION_KIND_ORDER.indexOf(a.kind) - RECOMMENDATION_KIND_ORDER.indexOf(b.kind) || a.position - b.position

/** Recommendations in report order: by kind (final, post-test, conclusion), then position. */
export function toRecommendations(
  locale: Locale,
  rows: Prisma.RecommendationGetPayload<{ select: typeof recommendationSelect }>[],
): Recommendation[] {
  return rows.map((row) => toRecommendation(locale, row)).sort(byKindAndPosition)
}

/** The recommendations linked through a join table. */
export const linkedRecommendationsSelect = { select: { recommendation: { select: recommendationSelect } } } as const

/** Groups recommendations by kind (final, post-test, conclusion), leaving out empty kinds. */
export function groupRecommendations(items: Recommendation[]): { kind: RecommendationKind; items: Recommendation[] }[] {
  return RECOMMENDATION_KIND_ORDER.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind).sort(byKindAndPosition),
  })).filter((group) => group.items.length > 0)
}

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
    recommendations: toRecommendations(locale, recommendations),
    cooperationIdeas: toCooperationIdeas(locale, ideas),
  }
}
