import 'server-only'
// What the home page shows of the catalogue: its size and the practices the secretariat changed last.
import type { Locale } from 'next-intl'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'
import { practiceCardSelect, toPracticeCard, type PracticeCard } from './refs'

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
