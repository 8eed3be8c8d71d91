import 'server-only'
// The forum's recommendations and the working tables' cooperation ideas: their selections and
// localised shapes (the objective and session pages list them too) and the page that lists them all.
import type { Locale } from 'next-intl'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import type { RecommendationKind } from '../generated/prisma/enums'
import { byText, pick } from '@/lib/i18n/localize'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'
import {
  RECOMMENDATION_KIND_ORDER,
  bySessionPosition,
  followUpSelect,
  practiceRefSelect,
  sessionRefSelect,
  toFollowUp,
  toPracticeRef,
  toSessionRef,
  type FollowUp,
  type PracticeRef,
  type SessionRef,
} from './refs'

export const cooperationIdeaSelect = {
  key: true,
  table: true,
  position: true,
  textEs: true,
  textEn: true,
  ...followUpSelect,
  session: { select: sessionRefSelect },
  objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objectiveNumber: true } },
  practices: { where: { practice: PUBLISHED_PRACTICE }, select: { practice: { select: practiceRefSelect } } },
} as const satisfies Prisma.CooperationIdeaSelect

type CooperationIdeaRow = Prisma.CooperationIdeaGetPayload<{ select: typeof cooperationIdeaSelect }>

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

export function toCooperationIdea(locale: Locale, row: CooperationIdeaRow): CooperationIdea {
  return {
    key: row.key,
    table: row.table,
    position: row.position,
    text: pick(locale, row.textEs, row.textEn),
    session: toSessionRef(locale, row.session),
    followUp: toFollowUp(row),
    objectiveNumbers: row.objectives.map((o) => o.objectiveNumber),
    practices: row.practices
      .map(({ practice }) => toPracticeRef(locale, practice))
      .sort(byText(locale, (p) => p.title.text)),
  }
}

export const byTableAndPosition = (a: CooperationIdea, b: CooperationIdea) =>
  a.table - b.table || a.position - b.position

export const recommendationSelect = {
  key: true,
  kind: true,
  position: true,
  textEs: true,
  textEn: true,
  ...followUpSelect,
  objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objectiveNumber: true } },
  sessions: { select: { session: { select: sessionRefSelect } } },
  practices: { where: { practice: PUBLISHED_PRACTICE }, select: { practice: { select: practiceRefSelect } } },
} as const satisfies Prisma.RecommendationSelect

type RecommendationRow = Prisma.RecommendationGetPayload<{ select: typeof recommendationSelect }>

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

export function toRecommendation(locale: Locale, row: RecommendationRow): Recommendation {
  return {
    key: row.key,
    kind: row.kind,
    position: row.position,
    text: pick(locale, row.textEs, row.textEn),
    followUp: toFollowUp(row),
    objectiveNumbers: row.objectives.map((o) => o.objectiveNumber),
    sessions: row.sessions.map(({ session }) => toSessionRef(locale, session)).sort(bySessionPosition),
    practices: row.practices
      .map(({ practice }) => toPracticeRef(locale, practice))
      .sort(byText(locale, (p) => p.title.text)),
  }
}

export const byKindAndPosition = (a: Recommendation, b: Recommendation) =>
  RECOMMENDATION_KIND_ORDER.indexOf(a.kind) - RECOMMENDATION_KIND_ORDER.indexOf(b.kind) || a.position - b.position

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
    recommendations: recommendations.map((row) => toRecommendation(locale, row)).sort(byKindAndPosition),
    cooperationIdeas: ideas.map((row) => toCooperationIdea(locale, row)).sort(byTableAndPosition),
  }
}
