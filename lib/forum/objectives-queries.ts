import 'server-only'
// The 23 objectives of the forum: the index with its counts (0 published practices = a gap), one
// objective with everything linked to it, and their titles for labelling links.
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'
import {
  linkedCooperationIdeasSelect,
  linkedRecommendationsSelect,
  toCooperationIdeas,
  toRecommendations,
  type CooperationIdea,
  type Recommendation,
} from './recommendations-queries'
import {
  objectiveRefSelect,
  practiceCardSelect,
  linkedSessionsSelect,
  sortPractices,
  toObjectiveRef,
  toPracticeCard,
  toLinkedSessions,
  type ObjectiveRef,
  type PracticeCard,
  type SessionRef,
} from './refs'

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
      sessions: linkedSessionsSelect,
      practices: { where: { practice: PUBLISHED_PRACTICE }, select: { practice: { select: practiceCardSelect } } },
      cooperation: linkedCooperationIdeasSelect,
      recommendations: linkedRecommendationsSelect,
    },
  })
  if (!row) return null
  return {
    ...toObjectiveRef(locale, row),
    sessions: toLinkedSessions(locale, row.sessions),
    practices: sortPractices(
      locale,
      row.practices.map(({ practice }) => toPracticeCard(locale, practice)),
    ),
    cooperationIdeas: toCooperationIdeas(
      locale,
      row.cooperation.map(({ idea }) => idea),
    ),
    recommendations: toRecommendations(
      locale,
      row.recommendations.map(({ recommendation }) => recommendation),
    ),
  }
})

/** Titles of the given objectives, for labelling links (e.g. "Objective 7: …"). */
export const findObjectiveRefs = cache(async (locale: Locale): Promise<Map<number, ObjectiveRef>> => {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().objective.findMany({ orderBy: { number: 'asc' }, select: objectiveRefSelect })
  return new Map(rows.map((row) => [row.number, toObjectiveRef(locale, row)]))
})
