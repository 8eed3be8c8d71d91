// The catalogue's URL state (issue 4): q, objective, actor, session, kind, source, sort, page. Parsed
// tolerantly: a bad value falls back to its default (or is dropped from a list) instead of failing,
// so any URL shows a page.
import { z } from 'zod'
import type { PracticeKind, PracticeSource } from '../generated/prisma/enums'
import { CATALOGUE_SORTS, normalizeQuery, type CatalogueSort } from './catalogue-query'

export {
  CATALOGUE_SORTS,
  MAX_QUERY_LENGTH,
  catalogueQuery,
  catalogueQueryString,
  normalizeQuery,
  searchParamsToObject,
  type CatalogueSort,
} from './catalogue-query'

/** At most this many values per facet in the URL. */
export const MAX_FACET_VALUES = 40
export const CATALOGUE_PAGE_SIZE = 20

/**
 * A URL slug ↔ database enum table: its slugs (in the table's order, the order the page lists them),
 * the enum value of a slug and the slug of an enum value.
 */
function slugTable<const Table extends Record<string, string>>(table: Table) {
  type Slug = keyof Table & string
  const slugs = Object.keys(table) as [Slug, ...Slug[]]
  const slugOf = Object.fromEntries(Object.entries(table).map(([slug, value]) => [value, slug]))
  return { slugs, bySlug: table, slugOf: slugOf as Record<Table[Slug], Slug> }
}

/** A practice's kind as the catalogue's URL says it. */
const KINDS = slugTable({ 'good-practice': 'GOOD_PRACTICE', policy: 'POLICY', tool: 'TOOL' } as const)
export const PRACTICE_KIND_SLUGS = KINDS.slugs
export type PracticeKindSlug = (typeof PRACTICE_KIND_SLUGS)[number]
export const KIND_BY_SLUG: Record<PracticeKindSlug, PracticeKind> = KINDS.bySlug
export const SLUG_BY_KIND: Record<PracticeKind, PracticeKindSlug> = KINDS.slugOf

/** Where a practice comes from, as the catalogue's URL says it (issue 15's "source" filter). */
const SOURCES = slugTable({ 'forum-report': 'FORUM_REPORT', proposal: 'PROPOSAL', secretariat: 'SECRETARIAT' } as const)
export const PRACTICE_SOURCE_SLUGS = SOURCES.slugs
export type PracticeSourceSlug = (typeof PRACTICE_SOURCE_SLUGS)[number]
export const SOURCE_BY_SLUG: Record<PracticeSourceSlug, PracticeSource> = SOURCES.bySlug
export const SLUG_BY_SOURCE: Record<PracticeSource, PracticeSourceSlug> = SOURCES.slugOf

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/** A list param: one value or repeated (?objective=7&objective=8); invalid items are dropped, duplicates too. */
function tolerantList<T>(item: z.ZodType<T>) {
  return z
    .unknown()
    .optional()
    .transform((value): T[] => {
      const raw = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
      const seen = new Set<string>()
      const out: T[] = []
      for (const candidate of raw.slice(0, MAX_FACET_VALUES * 2)) {
        const parsed = item.safeParse(candidate)
        if (!parsed.success) continue
        const key = String(parsed.data)
        if (seen.has(key)) continue
        seen.add(key)
        out.push(parsed.data)
        if (out.length >= MAX_FACET_VALUES) break
      }
      return out
    })
}

const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/)

export const CatalogueSearchParamsSchema = z.object({
  q: z.preprocess(first, z.string().transform(normalizeQuery)).catch(''),
  objective: tolerantList(z.coerce.number().int().min(1).max(23)),
  actor: tolerantList(slugSchema),
  session: tolerantList(slugSchema),
  kind: tolerantList(z.enum(PRACTICE_KIND_SLUGS)),
  source: tolerantList(z.enum(PRACTICE_SOURCE_SLUGS)),
  sort: z.preprocess(first, z.enum(CATALOGUE_SORTS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
})

export type CatalogueSearchParams = z.infer<typeof CatalogueSearchParamsSchema>

/** Parses Next's searchParams (or a URLSearchParams turned into an object of arrays). */
export function parseCatalogueSearchParams(
  input: Record<string, string | string[] | undefined>,
): CatalogueSearchParams {
  const parsed = CatalogueSearchParamsSchema.safeParse(input)
  return parsed.success ? parsed.data : CatalogueSearchParamsSchema.parse({})
}

/** The sort actually applied: relevance only means something with a query. */
export function effectiveSort(params: { q: string; sort?: CatalogueSort }): CatalogueSort {
  if (params.sort === 'relevance' && params.q === '') return 'title'
  return params.sort ?? (params.q ? 'relevance' : 'title')
}

/** Route param of the practice page. */
export const PracticeSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/)
