import 'server-only'
// The forum's sessions: the index in forum order and one session with its texts, objectives, the
// published practices presented there and its working table's ideas.
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import type { PracticeKind } from '../generated/prisma/enums'
import { pickNullable } from '@/lib/i18n/localize'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'
import {
  cooperationIdeaSelect,
  linkedRecommendationsSelect,
  toCooperationIdeas,
  toRecommendations,
  type CooperationIdea,
  type Recommendation,
} from './recommendations-queries'
import {
  PRACTICE_KIND_ORDER,
  linkedObjectivesSelect,
  practiceCardSelect,
  sessionRefSelect,
  toLinkedObjectives,
  toPracticeCard,
  toSessionRef,
  type ObjectiveRef,
  type PracticeCard,
  type SessionRef,
} from './refs'

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
      objectives: linkedObjectivesSelect,
      _count: { select: { practices: { where: { practice: PUBLISHED_PRACTICE } }, cooperation: true } },
    },
  })
  return rows.map((row) => ({
    ...toSessionRef(locale, row),
    workingTable: row.workingTable,
    objectives: toLinkedObjectives(locale, row.objectives),
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
      objectives: linkedObjectivesSelect,
      practices: {
        where: { practice: PUBLISHED_PRACTICE },
        orderBy: { position: 'asc' },
        select: { listedKind: true, position: true, practice: { select: practiceCardSelect } },
      },
      cooperation: { select: cooperationIdeaSelect },
      recommendations: linkedRecommendationsSelect,
    },
  })
  if (!row) return null
  const [previous, next] = await Promise.all([
    db().session.findFirst({
      where: { position: { lt: row.position } },
      orderBy: { position: 'desc' },
      select: sessionRefSelect,
    }),
    db().session.findFirst({
      where: { position: { gt: row.position } },
      orderBy: { position: 'asc' },
      select: sessionRefSelect,
    }),
  ])
  const practices = row.practices
    .map((listing) => ({
      ...toPracticeCard(locale, listing.practice),
      listedKind: listing.listedKind,
      listedPosition: listing.position,
    }))
    .sort(
      (a, b) =>
        PRACTICE_KIND_ORDER.indexOf(a.listedKind) - PRACTICE_KIND_ORDER.indexOf(b.listedKind) ||
        a.listedPosition - b.listedPosition,
    )
  return {
    ...toSessionRef(locale, row),
    workingTable: row.workingTable,
    overview: pickNullable(locale, row.overviewEs, row.overviewEn),
    discussion: pickNullable(locale, row.discussionEs, row.discussionEn),
    challenges: pickNullable(locale, row.challengesEs, row.challengesEn),
    opportunities: pickNullable(locale, row.opportunitiesEs, row.opportunitiesEn),
    objectives: toLinkedObjectives(locale, row.objectives),
    practices,
    cooperationIdeas: toCooperationIdeas(locale, row.cooperation),
    recommendations: toRecommendations(
      locale,
      row.recommendations.map(({ recommendation }) => recommendation),
    ),
    previous: previous ? toSessionRef(locale, previous) : null,
    next: next ? toSessionRef(locale, next) : null,
  }
})
