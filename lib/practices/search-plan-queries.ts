import 'server-only'
// The catalogue search's plan: what a visitor asked for (query, filters, sort, page), turned into the
// SQL pieces every statement of the search shares — the tsqueries, the selected actors and sessions,
// the match condition and each facet's filter on "CatalogueEntry" e. The statements themselves are in
// search-page-queries.ts (one function per sort mode) and search-facet-queries.ts.
import type { Locale } from 'next-intl'
import { Prisma } from '../generated/prisma/client'
import {
  CATALOGUE_PAGE_SIZE,
  KIND_BY_SLUG,
  PRACTICE_KIND_SLUGS,
  PRACTICE_SOURCE_SLUGS,
  SOURCE_BY_SLUG,
  effectiveSort,
  normalizeQuery,
  type CatalogueSort,
  type PracticeKindSlug,
  type PracticeSourceSlug,
} from './schemas'
import { queryWords, trigramQuery, usesWebSearchSyntax } from './search'
import type { SearchPracticesInput } from './catalogue-types'

/** The two text-search configurations of the migrations (crm_es, crm_en). */
export type TextSearchConfig = 'crm_es' | 'crm_en'

export type FacetName = 'objective' | 'actor' | 'session' | 'kind' | 'source'
export const FACET_NAMES: FacetName[] = ['objective', 'actor', 'session', 'kind', 'source']
export type SearchPlan = {
  locale: Locale
  q: string
  filters: {
    objective: number[]
    actor: string[]
    session: string[]
    kind: PracticeKindSlug[]
    source: PracticeSourceSlug[]
  }
  sort: CatalogueSort
  page: number
  pageSize: number
  /** CTEs every statement starts with: the tsqueries, the selected actor/session ids, typo matches. */
  prelude: Prisma.Sql
  /** Conditions on "CatalogueEntry" e: the query (TRUE without one) and each active facet filter. */
  matches: Prisma.Sql
  filterOf: Record<FacetName, Prisma.Sql | null>
  trigram: string | null
  /** Typo mode: the words matched nothing; these practices' titles or actors look like the query, best first. */
  typoMatches: number[] | null
}

export function planSearch(input: SearchPracticesInput, typoMatches: number[] | null = null): SearchPlan {
  const q = normalizeQuery(input.q ?? '')
  const filters = {
    objective: [...new Set(input.objective ?? [])],
    actor: [...new Set(input.actor ?? [])],
    session: [...new Set(input.session ?? [])],
    kind: [...new Set(input.kind ?? [])].filter((kind) => PRACTICE_KIND_SLUGS.includes(kind)),
    source: [...new Set(input.source ?? [])].filter((source) => PRACTICE_SOURCE_SLUGS.includes(source)),
  }
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize ?? CATALOGUE_PAGE_SIZE), 1), 100)
  const page = Math.min(Math.max(Math.trunc(input.page ?? 1), 1), 10_000)
  const sort = effectiveSort({ q, sort: input.sort })

  const web = q !== '' && usesWebSearchSyntax(q)
  const words = queryWords(q).join(' ')
  const trigram = q !== '' ? trigramQuery(q) : null
  // The tsqueries are computed once per statement (InitPlans), then used as index conditions.
  const tsquery = (config: TextSearchConfig) =>
    web
      ? Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${q})`
      : Prisma.sql`crm_prefix_tsquery(${Prisma.raw(`'${config}'`)}, ${words})`
  const ctes: Prisma.Sql[] = [
    Prisma.sql`queries AS MATERIALIZED (SELECT es, en, es || en AS any_language FROM (SELECT ${tsquery('crm_es')} AS es, ${tsquery('crm_en')} AS en) AS t)`,
    Prisma.sql`selection AS MATERIALIZED (SELECT
      ARRAY(SELECT id FROM "Actor" WHERE slug IN (${Prisma.join(filters.actor.length ? filters.actor : [''])})) AS actors,
      ARRAY(SELECT id FROM "Session" WHERE slug IN (${Prisma.join(filters.session.length ? filters.session : [''])})) AS sessions)`,
  ]
  const anyLanguage = Prisma.sql`(SELECT any_language FROM queries)`
  const matches =
    q === ''
      ? Prisma.sql`TRUE`
      : typoMatches
        ? Prisma.sql`e."practiceId" = ANY (${typoMatches}::integer[])`
        : Prisma.sql`e."searchAll" @@ ${anyLanguage}`
  const filterOf: Record<FacetName, Prisma.Sql | null> = {
    objective: filters.objective.length ? Prisma.sql`e."objectiveNumbers" && ${filters.objective}::integer[]` : null,
    actor: filters.actor.length ? Prisma.sql`e."actorIds" && (SELECT actors FROM selection)` : null,
    session: filters.session.length ? Prisma.sql`e."sessionIds" && (SELECT sessions FROM selection)` : null,
    kind: filters.kind.length
      ? Prisma.sql`e.kind IN (${Prisma.join(filters.kind.map((k) => Prisma.sql`${KIND_BY_SLUG[k]}::"PracticeKind"`))})`
      : null,
    source: filters.source.length
      ? Prisma.sql`e.source IN (${Prisma.join(filters.source.map((s) => Prisma.sql`${SOURCE_BY_SLUG[s]}::"PracticeSource"`))})`
      : null,
  }
  return {
    locale: input.locale,
    q,
    filters,
    sort,
    page,
    pageSize,
    prelude: Prisma.sql`WITH ${Prisma.join(ctes, ',\n')}`,
    matches,
    filterOf,
    trigram,
    typoMatches,
  }
}

/** The query's condition (unless `query` is false) AND-ed with the filters of these facets. */
export function whereClause(plan: SearchPlan, facets: FacetName[], { query = true } = {}): Prisma.Sql {
  const filters = facets.map((facet) => plan.filterOf[facet]).filter((c): c is Prisma.Sql => c !== null)
  const conditions = query ? [plan.matches, ...filters] : filters
  return conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`
}

export function activeFacets(plan: SearchPlan): FacetName[] {
  return FACET_NAMES.filter((facet) => plan.filterOf[facet] !== null)
}
