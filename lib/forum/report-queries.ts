import 'server-only'
// The report's own texts: the key figures it quotes and its narrative sections.
import type { Locale } from 'next-intl'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { pick } from '@/lib/i18n/localize'

export type KeyFigure = { key: string; value: string; label: string; sentence: string }

/** The figures the report quotes, in report order. */
export async function findKeyFigures(locale: Locale): Promise<KeyFigure[]> {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().keyFigure.findMany({
    orderBy: { position: 'asc' },
    select: {
      key: true,
      valueEs: true,
      valueEn: true,
      labelEs: true,
      labelEn: true,
      sentenceEs: true,
      sentenceEn: true,
    },
  })
  return rows.map((row) => ({
    key: row.key,
    value: pick(locale, row.valueEs, row.valueEn),
    label: pick(locale, row.labelEs, row.labelEn),
    sentence: pick(locale, row.sentenceEs, row.sentenceEn),
  }))
}

export type ReportSection = { key: string; title: string; body: string }

/** Narrative sections in report order; `keys` limits them to those keys. */
export async function findReportSections(locale: Locale, keys?: string[]): Promise<ReportSection[]> {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().reportSection.findMany({
    where: keys ? { key: { in: keys } } : undefined,
    orderBy: { position: 'asc' },
    select: { key: true, titleEs: true, titleEn: true, bodyEs: true, bodyEn: true },
  })
  return rows.map((row) => ({
    key: row.key,
    title: pick(locale, row.titleEs, row.titleEn),
    body: pick(locale, row.bodyEs, row.bodyEn),
  }))
}
