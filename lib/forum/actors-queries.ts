import 'server-only'
// The forum's countries and organisations: the index by group and one actor's page.
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import type { ActorGroup, ActorType } from '../generated/prisma/enums'
import { byText } from '@/lib/i18n/localize'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'
import { delegationSelect, toDelegationDetail, type DelegationDetail } from './delegations-queries'
import {
  ACTOR_GROUP_ORDER,
  actorSelect,
  objectiveRefSelect,
  practiceCardSelect,
  sortPractices,
  toActorRef,
  toObjectiveRef,
  toPracticeCard,
  type ActorRef,
  type ObjectiveRef,
  type PracticeCard,
} from './refs'

export type ActorSummary = ActorRef & { group: ActorGroup; practiceCount: number }

/** Every country and organisation with its number of published practices, by group, then by name. */
export async function findActorsWithCounts(locale: Locale): Promise<{ group: ActorGroup; actors: ActorSummary[] }[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().actor.findMany({
    select: {
      ...actorSelect,
      group: true,
      _count: { select: { practices: { where: { practice: PUBLISHED_PRACTICE } } } },
    },
  })
  const actors = rows
    .map((row) => ({ ...toActorRef(locale, row), group: row.group, practiceCount: row._count.practices }))
    .sort(byText(locale, (actor) => actor.name))
  return ACTOR_GROUP_ORDER.map((group) => ({ group, actors: actors.filter((actor) => actor.group === group) })).filter(
    (entry) => entry.actors.length > 0,
  )
}

export type ActorDetail = ActorRef & {
  group: ActorGroup
  isoCode: string | null
  practices: (PracticeCard & { objectives: ObjectiveRef[] })[]
  delegations: DelegationDetail[]
}

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
              objectives: {
                orderBy: { objectiveNumber: 'asc' },
                select: { objectiveNumber: true, objective: { select: objectiveRefSelect } },
              },
            },
          },
        },
      },
      delegations: { orderBy: { position: 'asc' }, select: delegationSelect },
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
    delegations: row.delegations.map((delegation) => toDelegationDetail(locale, delegation)),
  }
})
