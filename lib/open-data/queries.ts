import 'server-only'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
// Reads of the public API, the exports and the feed. Filtering is the catalogue's own search
// (lib/practices/queries.ts searchPractices): this file only loads the full rows of the practices it
// found, and the data's last-modified date. Published, non-deleted practices only.
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import { PRACTICE_CONTENT_COLUMNS, PUBLISHED_PRACTICE, selectColumns } from '@/lib/practices/fields'
import { practiceDates } from '../practices/dates'
import { searchPractices, type CatalogueResult } from '../practices/queries'
import { provenanceSelect } from '../proposals/provenance-of'
import type { ApiLocale, PracticeFilterParams } from './schemas'

/** The columns of one practice that the API, the exports and the feed need. */
const practiceRowSelect = {
  ...selectColumns(PRACTICE_CONTENT_COLUMNS),
  publishedAt: true,
  editedAt: true,
  /** When the row was last written (a seed correction too): for HTTP validators only, never shown as a date. */
  updatedAt: true,
  actors: {
    orderBy: { position: 'asc' },
    select: {
      actor: { select: { slug: true, type: true, nameEs: true, nameEn: true, acronymEs: true, acronymEn: true } },
    },
  },
  objectives: {
    orderBy: { objectiveNumber: 'asc' },
    select: {
      objective: { select: { number: true, titleEs: true, titleEn: true, shortLabelEs: true, shortLabelEn: true } },
    },
  },
  sessions: {
    select: { session: { select: { slug: true, code: true, position: true, titleEs: true, titleEn: true } } },
  },
  // Provenance (issue 15): the source columns and the first publication (its first PUBLISHED revision).
  ...provenanceSelect,
  revisions: { where: { status: 'PUBLISHED' }, orderBy: { version: 'asc' }, take: 1, select: { createdAt: true } },
} as const satisfies Prisma.PracticeSelect

export type PracticeRow = Prisma.PracticeGetPayload<{ select: typeof practiceRowSelect }>

/** The published practices with these slugs, in the order given (unknown or unpublished ones left out). */
export async function findPracticeRows(slugs: string[]): Promise<PracticeRow[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  if (slugs.length === 0) return []
  const rows = await db().practice.findMany({
    where: { ...PUBLISHED_PRACTICE, slug: { in: slugs } },
    select: practiceRowSelect,
  })
  const bySlug = new Map(rows.map((row) => [row.slug, row]))
  return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
}

/** One published practice, or null. */
export async function getPracticeRow(slug: string): Promise<PracticeRow | null> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  return db().practice.findFirst({ where: { ...PUBLISHED_PRACTICE, slug }, select: practiceRowSelect })
}

/**
 * When practice data last changed: the latest update of any practice, published or not (an
 * unpublished or deleted practice leaves lists too). Undefined on an empty database.
 */
export async function practicesLastModified(): Promise<Date | undefined> {
  await tagRead(CACHE_TAGS.practices)
  const result = await db().practice.aggregate({ _max: { updatedAt: true } })
  return result._max.updatedAt ?? undefined
}

/** One page of the catalogue search, with the full rows of its items. */
export async function searchPracticeRows(
  params: PracticeFilterParams & { page: number; pageSize: number },
): Promise<{ result: CatalogueResult; rows: PracticeRow[] }> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const result = await searchPractices(params)
  return { result, rows: await findPracticeRows(result.items.map((item) => item.slug)) }
}

/**
 * Every practice the filters match, in the search's order (exports, briefing), at most `limit`, with
 * the total and the facet values of the first page (whose `selected` flags name the filters).
 */
export async function findAllMatchingPracticeRows(
  params: PracticeFilterParams,
  limit = 5_000,
): Promise<{ rows: PracticeRow[]; total: number; facets: CatalogueResult['facets'] }> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const slugs: string[] = []
  let first: CatalogueResult | undefined
  for (let page = 1; slugs.length < limit; page++) {
    const result = await searchPractices({ ...params, page, pageSize: 100 })
    first ??= result
    slugs.push(...result.items.map((item) => item.slug))
    if (page >= result.pageCount || result.items.length === 0) break
  }
  const rows = await findPracticeRows(slugs.slice(0, limit))
  return {
    rows,
    total: first?.total ?? 0,
    facets: first?.facets ?? { objective: [], actor: [], session: [], kind: [], source: [] },
  }
}

/** What the sitemap lists beyond the fixed pages: every public page with a parameter. */
export async function findSitemapData() {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const prisma = db()
  const [practices, sessions, actors, objectives] = await Promise.all([
    prisma.practice.findMany({
      where: PUBLISHED_PRACTICE,
      orderBy: { slug: 'asc' },
      select: { slug: true, reportTitle: true, editedAt: true, publishedAt: true },
    }),
    prisma.session.findMany({ orderBy: { position: 'asc' }, select: { slug: true } }),
    prisma.actor.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, type: true } }),
    prisma.objective.findMany({ orderBy: { number: 'asc' }, select: { number: true } }),
  ])
  return {
    practices: practices.map((p) => ({ slug: p.slug, lastModified: practiceDates(p).lastModified })),
    sessions,
    actors,
    objectives,
  }
}

export type { ApiLocale }
