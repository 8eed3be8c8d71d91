import 'server-only'
import { cachedData, tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
// The public catalogue (issue 4): faceted full-text search over published practices, and the page of
// one practice. The search runs in the database (docs/decisions/004-catalogue-search.md and
// 009-catalogue-index.md) over "CatalogueEntry", a narrow trigger-maintained row per published
// practice: weighted tsvectors, prefix or web-search tsqueries built from sanitised input, pg_trgm for
// typos, facet memberships as arrays. Two statements per search (results, facet counts), sent
// together; a third only when nothing matched (close matches).
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { z } from 'zod'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { PracticeKind } from '../generated/prisma/enums'
import { pickOptional, type Localized } from '@/lib/i18n/localize'
import { practiceDates, type PracticeDates } from './dates'
import { PRACTICE_CONTENT_COLUMNS, PUBLISHED_PRACTICE, selectColumns } from './fields'
import { PUBLISHED_PRACTICE_SQL as PUBLISHED } from './published-queries'
import { SLUG_BY_KIND, type PracticeKindSlug } from './schemas'
import { queryWords, usesWebSearchSyntax } from './search'
import { FacetRowSchema, facetStatement, toFacets } from './search-facet-queries'
import { PageRowSchema, localizeActor, pageStatement, toItem } from './search-page-queries'
import { planSearch, type SearchPlan } from './search-plan-queries'
import type {
  CatalogueActor,
  CatalogueFacets,
  CatalogueItem,
  CatalogueObjective,
  CatalogueResult,
  CatalogueSession,
  SearchPracticesInput,
} from './catalogue-types'

export type { CatalogueResult, SearchPracticesInput } from './catalogue-types'

/** word_similarity threshold for typo matches in the results ("grupo veta" → Grupo Beta: 0.57). */
const TRIGRAM_THRESHOLD = 0.5
/** A looser threshold for the "close matches" of an empty result. */
const CLOSE_MATCH_THRESHOLD = 0.3

/**
 * The catalogue's data: one page of published practices matching the query and the filters (OR
 * within a facet, AND across facets), the total, and every facet value's count computed with the
 * other facets' filters applied. Any input is safe: the query is cut to 200 characters and only its
 * letters and digits (or websearch_to_tsquery, which accepts any text) reach the database.
 */
export async function searchPractices(input: SearchPracticesInput): Promise<CatalogueResult> {
  // Cached by its arguments: the catalogue's page depends on its search parameters, so it is rendered
  // per request, but the database is read once per distinct search and change.
  const result = await cachedData(
    ['catalogue-search', JSON.stringify(input)],
    [CACHE_TAGS.forum, CACHE_TAGS.practices],
    () => runCatalogueSearch(input),
  )
  // JSON on the way through the cache: dates come back as strings.
  return { ...result, items: result.items.map((item) => ({ ...item, updatedAt: new Date(item.updatedAt) })) }
}

async function runCatalogueSearch(input: SearchPracticesInput): Promise<CatalogueResult> {
  let plan = planSearch(input)
  const q = plan.q
  let found = await runSearch(plan)
  let correctedQuery: string | null = null
  if (found.total === 0 && q !== '' && !usesWebSearchSyntax(q)) {
    // Misspelt words ("grupo veta"): replace them by the closest known words and search again.
    const corrected = await correctSpelling(q)
    if (corrected) {
      const correctedPlan = planSearch({ ...input, q: corrected })
      const again = await runSearch(correctedPlan)
      if (again.total > 0) {
        plan = correctedPlan
        found = again
        correctedQuery = corrected
      }
    }
  }
  if (found.total === 0 && plan.trigram) {
    // The words matched nothing: look for typos ("grupo veta" → Grupo Beta) and search those.
    const typoMatches = await findTypoMatches(plan.trigram)
    if (typoMatches.length > 0) {
      plan = planSearch(input, typoMatches)
      found = await runSearch(plan)
    }
  }
  const { total, facets, items } = found
  const closeMatches = total === 0 && plan.trigram ? await findCloseMatches(plan.locale, plan.trigram) : []
  return {
    q,
    sort: plan.sort,
    items,
    total,
    page: plan.page,
    pageSize: plan.pageSize,
    pageCount: Math.max(1, Math.ceil(total / plan.pageSize)),
    facets,
    closeMatches,
    correctedQuery,
  }
}

/** The query with its misspelt words replaced by known ones (crm_catalogue_correct), or null if none is. */
async function correctSpelling(q: string): Promise<string | null> {
  const words = queryWords(q)
  if (words.length === 0) return null
  const rows = await db().$queryRaw<{ n: bigint | number; term: string | null }[]>`
    SELECT c.n, c.term FROM unnest(crm_catalogue_correct(${words}::text[])) WITH ORDINALITY AS c(term, n)`
  const fixes = new Map(rows.filter((row) => row.term !== null).map((row) => [Number(row.n) - 1, row.term!]))
  return fixes.size === 0 ? null : words.map((word, index) => fixes.get(index) ?? word).join(' ')
}

async function runSearch(
  plan: SearchPlan,
): Promise<{ total: number; facets: CatalogueFacets; items: CatalogueItem[] }> {
  const prisma = db()
  const [pageRows, facetRows] = await Promise.all([
    prisma.$queryRaw<unknown[]>(pageStatement(plan)),
    prisma.$queryRaw<unknown[]>(facetStatement(plan)),
  ])
  const { facets, total } = toFacets(plan.locale, z.array(FacetRowSchema).parse(facetRows), plan)
  return {
    total,
    facets,
    items: z
      .array(PageRowSchema)
      .parse(pageRows)
      .map((row) => toItem(plan.locale, row, plan.q !== '')),
  }
}

/** Published practices whose titles or actors contain something like the query, most alike first. */
async function findTypoMatches(trigram: string): Promise<number[]> {
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT id FROM crm_catalogue_trgm_matches(${trigram}, ${TRIGRAM_THRESHOLD}::real) ORDER BY similarity DESC, id`
  return rows.map((row) => Number(row.id))
}

/** The two statements of a search, for the benchmark's EXPLAIN ANALYZE (scripts/bench-search.ts). */
export function searchStatements(input: SearchPracticesInput): { page: Prisma.Sql; facets: Prisma.Sql } {
  const plan = planSearch(input)
  return { page: pageStatement(plan), facets: facetStatement(plan) }
}

async function findCloseMatches(locale: Locale, trigram: string): Promise<CatalogueResult['closeMatches']> {
  const rows = await db().$queryRaw<{ slug: string; titleEs: string; titleEn: string | null }[]>`
    SELECT p.slug, p."titleEs", p."titleEn"
      FROM crm_catalogue_trgm_matches(${trigram}, ${CLOSE_MATCH_THRESHOLD}::real) f
      JOIN "Practice" p ON p.id = f.id
     ORDER BY f.similarity DESC, p.id
     LIMIT 5`
  return rows.map((row) => ({ slug: row.slug, title: pickOptional(locale, row.titleEs, row.titleEn) }))
}

// ---------------------------------------------------------------------------------------------
// The practice page
// ---------------------------------------------------------------------------------------------

export type PracticeDetail = {
  slug: string
  kind: PracticeKind
  kindSlug: PracticeKindSlug
  title: Localized
  summary: Localized
  body: Localized | null
  reportTitle: string | null
  sourceSection: Localized | null
  externalUrl: string | null
  /** The report's date and the secretariat's editorial date, apart (lib/practices/dates.ts). */
  dates: PracticeDates
  actors: (CatalogueActor & { isoCode: string | null })[]
  objectives: CatalogueObjective[]
  sessions: CatalogueSession[]
}

/** A published practice by slug, in the visitor's language; null when there is none. */
export const getPublishedPractice = cache(async (locale: Locale, slug: string): Promise<PracticeDetail | null> => {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const row = await db().practice.findFirst({
    where: { ...PUBLISHED_PRACTICE, slug },
    select: {
      ...selectColumns(PRACTICE_CONTENT_COLUMNS),
      editedAt: true,
      publishedAt: true,
      actors: {
        orderBy: { position: 'asc' },
        select: {
          actor: {
            select: {
              slug: true,
              type: true,
              isoCode: true,
              nameEs: true,
              nameEn: true,
              acronymEs: true,
              acronymEn: true,
            },
          },
        },
      },
      objectives: {
        orderBy: { objectiveNumber: 'asc' },
        select: { objective: { select: { number: true, titleEs: true, titleEn: true } } },
      },
      sessions: {
        select: { session: { select: { slug: true, code: true, position: true, titleEs: true, titleEn: true } } },
      },
    },
  })
  if (!row) return null
  const hasBody = (row.bodyEs ?? '').trim() !== ''
  return {
    slug: row.slug,
    kind: row.kind,
    kindSlug: SLUG_BY_KIND[row.kind],
    title: pickOptional(locale, row.titleEs, row.titleEn),
    summary: pickOptional(locale, row.summaryEs, row.summaryEn),
    body: hasBody ? pickOptional(locale, row.bodyEs ?? '', row.bodyEn) : null,
    reportTitle: row.reportTitle,
    sourceSection: row.sourceSectionEs ? pickOptional(locale, row.sourceSectionEs, row.sourceSectionEn) : null,
    externalUrl: row.externalUrl,
    dates: practiceDates(row),
    actors: row.actors.map(({ actor }) => ({ ...localizeActor(locale, actor), isoCode: actor.isoCode })),
    objectives: row.objectives.map(({ objective }) => ({
      number: objective.number,
      title: locale === 'en' ? objective.titleEn : objective.titleEs,
    })),
    sessions: row.sessions
      .map(({ session }) => session)
      .sort((a, b) => a.position - b.position)
      .map((session) => ({
        slug: session.slug,
        code: session.code,
        title: locale === 'en' ? session.titleEn : session.titleEs,
      })),
  }
})

export type RelatedPractice = {
  slug: string
  kind: PracticeKind
  title: Localized
  sharedObjectives: number
  sharedActors: number
}

/**
 * Published practices that share objectives or actors with this one, best first: shared actors
 * weigh twice a shared objective (same country or organisation is the stronger tie), then title.
 */
export async function findRelatedPractices(locale: Locale, slug: string, limit = 5): Promise<RelatedPractice[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().$queryRaw<
    {
      slug: string
      kind: PracticeKind
      titleEs: string
      titleEn: string | null
      shared_objectives: number
      shared_actors: number
    }[]
  >`
    WITH me AS (SELECT id FROM "Practice" WHERE slug = ${slug}),
    candidates AS (
      SELECT po2."practiceId" AS id, 1 AS objective, 0 AS actor
        FROM "PracticeObjective" po JOIN "PracticeObjective" po2 ON po2."objectiveNumber" = po."objectiveNumber"
       WHERE po."practiceId" = (SELECT id FROM me)
      UNION ALL
      SELECT pa2."practiceId", 0, 1
        FROM "PracticeActor" pa JOIN "PracticeActor" pa2 ON pa2."actorId" = pa."actorId"
       WHERE pa."practiceId" = (SELECT id FROM me)
    ),
    scored AS (
      SELECT id, sum(objective)::int AS shared_objectives, sum(actor)::int AS shared_actors
        FROM candidates WHERE id <> (SELECT id FROM me) GROUP BY id
    )
    SELECT p.slug, p.kind, p."titleEs", p."titleEn", s.shared_objectives, s.shared_actors
      FROM scored s JOIN "Practice" p ON p.id = s.id
     WHERE ${PUBLISHED}
     ORDER BY s.shared_actors * 2 + s.shared_objectives DESC, p."titleEs", p.id
     LIMIT ${limit}`
  return rows.map((row) => ({
    slug: row.slug,
    kind: row.kind,
    title: pickOptional(locale, row.titleEs, row.titleEn),
    sharedObjectives: Number(row.shared_objectives),
    sharedActors: Number(row.shared_actors),
  }))
}
