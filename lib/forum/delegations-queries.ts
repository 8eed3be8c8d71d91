import 'server-only'
// Annex 1 of the report: the delegations, each with its participants, and the abbreviations.
import type { Locale } from 'next-intl'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import type { ActorType } from '../generated/prisma/enums'
import { pick } from '@/lib/i18n/localize'

export const participantSelect = {
  name: true,
  role: true,
  institution: true,
  lang: true,
} as const satisfies Prisma.ParticipantSelect

export type Participant = Prisma.ParticipantGetPayload<{ select: typeof participantSelect }>
export type DelegationDetail = { key: string; name: string; list: string; participants: Participant[] }

/** A delegation as an actor's page and the annex show it. */
export const delegationSelect = {
  key: true,
  nameEs: true,
  nameEn: true,
  listEs: true,
  listEn: true,
  participants: { orderBy: { position: 'asc' }, select: participantSelect },
} as const satisfies Prisma.DelegationSelect

export function toDelegationDetail(
  locale: Locale,
  row: Prisma.DelegationGetPayload<{ select: typeof delegationSelect }>,
): DelegationDetail {
  return {
    key: row.key,
    name: pick(locale, row.nameEs, row.nameEn),
    list: pick(locale, row.listEs, row.listEn),
    participants: row.participants,
  }
}

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
      select: { ...delegationSelect, actor: { select: { slug: true, type: true } } },
    }),
    db().abbreviation.findMany({
      orderBy: { id: 'asc' },
      select: { abbr: true, expansionEs: true, expansionEn: true },
    }),
  ])
  const lists: { name: string; delegations: DelegationListEntry[] }[] = []
  for (const row of delegations) {
    const entry = { ...toDelegationDetail(locale, row), actor: row.actor }
    let list = lists.find((candidate) => candidate.name === entry.list)
    if (!list) {
      list = { name: entry.list, delegations: [] }
      lists.push(list)
    }
    list.delegations.push(entry)
  }
  return {
    lists,
    abbreviations: abbreviations.map((a) => ({ abbr: a.abbr, expansion: pick(locale, a.expansionEs, a.expansionEn) })),
  }
}
