import 'server-only'
// The forum's joint communiqué.
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { pick } from '@/lib/i18n/localize'

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
