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
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ActorType, PracticeKind } from '../generated/prisma/enums'
import { pickOptional, type Localized } from '@/lib/i18n/localize'
import { practiceDates, type PracticeDates } from './dates'
import { PRACTICE_CONTENT_COLUMNS, PUBLISHED_PRACTICE, selectColumns } from './fields'
import { PUBLISHED_PRACTICE_SQL as PUBLISHED } from './published-queries'
import {
  CATALOGUE_PAGE_SIZE,
  KIND_BY_SLUG,
  PRACTICE_KIND_SLUGS,
  SLUG_BY_KIND,
  effectiveSort,
  normalizeQuery,
  type CatalogueSort,
  type PracticeKindSlug,
} from './schemas'
import { parseHighlight, queryWords, trigramQuery, usesWebSearchSyntax, type HighlightSegment } from './search'

/** word_similarity threshold for typo matches in the results ("grupo veta" → Grupo Beta: 0.57). */
const TRIGRAM_THRESHOLD = 0.5
/**
 * The most recent entries a broad query's first candidates are looked for in before an index scan
 * (four times as many for title matches, whose small vectors are stored inline).
 */
const RECENT_PROBE = 1000
/**
 * A query is broad — its candidates are probed for (see pageStatement) — when it matches at least one
 * entry in BROAD_QUERY_SHARE (and BROAD_QUERY_MIN): then RECENT_PROBE recent entries should hold enough.
 */
const BROAD_QUERY_SHARE = 5
const BROAD_QUERY_MIN = 2000
/** A looser threshold for the "close matches" of an empty result. */
const CLOSE_MATCH_THRESHOLD = 0.3
/** Relevance ranks at most twice this many candidates; see pageStatement. */
const RANK_WINDOW = 200
const HEADLINE_OPTIONS = `StartSel=${'\u0001'}, StopSel=${'\u0002'}, MaxWords=35, MinWords=15, ShortWord=2`

export type SearchPracticesInput = {
  locale: Locale
  q?: string
  objective?: number[]
  actor?: string[]
  session?: string[]
  kind?: PracticeKindSlug[]
  sort?: CatalogueSort
  page?: number
  pageSize?: number
}

export type CatalogueActor = { slug: string; type: ActorType; name: string; acronym: string | null }
export type CatalogueObjective = { number: number; title: string }
export type CatalogueSession = { slug: string; code: string; title: string }

export type CatalogueItem = {
  slug: string
  kind: PracticeKind
  title: Localized
  /** The summary (or the best fragment of it), matched words flagged. */
  snippet: HighlightSegment[]
  snippetUntranslated: boolean
  actors: CatalogueActor[]
  objectives: CatalogueObjective[]
  sessions: CatalogueSession[]
  updatedAt: Date
}

export type FacetValue = {
  value: string
  label: string
  /** Actors: COUNTRY or ORGANIZATION; sessions: the session code. */
  detail: string | null
  count: number
  selected: boolean
}

export type CatalogueFacets = {
  objective: FacetValue[]
  actor: FacetValue[]
  session: FacetValue[]
  kind: FacetValue[]
}

export type CatalogueResult = {
  q: string
  sort: CatalogueSort
  items: CatalogueItem[]
  total: number
  page: number
  pageSize: number
  pageCount: number
  facets: CatalogueFacets
  /** When nothing matched a query: published practices whose titles or actors look like it. */
  closeMatches: { slug: string; title: Localized }[]
  /** When the query as typed matched nothing: the corrected query whose results these are. */
  correctedQuery: string | null
}

type FacetName = 'objective' | 'actor' | 'session' | 'kind'
const FACET_NAMES: FacetName[] = ['objective', 'actor', 'session', 'kind']
type SearchPlan = {
  locale: Locale
  q: string
  filters: { objective: number[]; actor: string[]; session: string[]; kind: PracticeKindSlug[] }
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

function planSearch(input: SearchPracticesInput, typoMatches: number[] | null = null): SearchPlan {
  const q = normalizeQuery(input.q ?? '')
  const filters = {
    objective: [...new Set(input.objective ?? [])],
    actor: [...new Set(input.actor ?? [])],
    session: [...new Set(input.session ?? [])],
    kind: [...new Set(input.kind ?? [])].filter((kind) => PRACTICE_KIND_SLUGS.includes(kind)),
  }
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize ?? CATALOGUE_PAGE_SIZE), 1), 100)
  const page = Math.min(Math.max(Math.trunc(input.page ?? 1), 1), 10_000)
  const sort = effectiveSort({ q, sort: input.sort })

  const web = q !== '' && usesWebSearchSyntax(q)
  const words = queryWords(q).join(' ')
  const trigram = q !== '' ? trigramQuery(q) : null
  // The tsqueries are computed once per statement (InitPlans), then used as index conditions.
  const tsquery = (config: 'crm_es' | 'crm_en') =>
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
  }
  return { locale: input.locale, q, filters, sort, page, pageSize, prelude: Prisma.sql`WITH ${Prisma.join(ctes, ',\n')}`, matches, filterOf, trigram, typoMatches }
}

/** The query's condition (unless `query` is false) AND-ed with the filters of these facets. */
function whereClause(plan: SearchPlan, facets: FacetName[], { query = true } = {}): Prisma.Sql {
  const filters = facets.map((facet) => plan.filterOf[facet]).filter((c): c is Prisma.Sql => c !== null)
  const conditions = query ? [plan.matches, ...filters] : filters
  return conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`
}

function activeFacets(plan: SearchPlan): FacetName[] {
  return FACET_NAMES.filter((facet) => plan.filterOf[facet] !== null)
}

type PageRow = {
  slug: string
  kind: PracticeKind
  titleEs: string
  titleEn: string | null
  summaryEs: string
  summaryEn: string | null
  snippet: string
  updatedAt: Date
  actors: unknown
  objectives: unknown
  sessions: unknown
}

type FacetRow = {
  facet: FacetName | 'total'
  value: string
  labelEs: string | null
  labelEn: string | null
  detail: string | null
  position: number
  count: number
}

/** json columns arrive parsed from one driver and as text from another. */
function jsonRows<T>(value: unknown): T[] {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value
  return Array.isArray(parsed) ? (parsed as T[]) : []
}

/**
 * One page of results. Sorted by recency or title, the page comes straight off an index. By
 * relevance, full ranking (ts_rank over each language's whole vector) is bounded: it runs over the
 * RANK_WINDOW most recent matches plus the RANK_WINDOW most recent whose titles or actors match —
 * every match when there are fewer — and anything past that window follows by recency
 * (docs/decisions/009-catalogue-index.md).
 */
function pageStatement(plan: SearchPlan): Prisma.Sql {
  const uiIsEs = plan.locale !== 'en'
  const where = whereClause(plan, activeFacets(plan))
  const sortTitle = Prisma.raw(uiIsEs ? 'e."sortTitleEs"' : 'e."sortTitleEn"')
  const limit = plan.pageSize
  const offset = (plan.page - 1) * plan.pageSize

  let page: Prisma.Sql
  let order: Prisma.Sql
  if (plan.sort === 'relevance' && plan.typoMatches) {
    // Typo mode: the order of likeness crm_catalogue_trgm_matches gave.
    page = Prisma.sql`page AS (
        SELECT e."practiceId" AS id, t.position FROM unnest(${plan.typoMatches}::integer[]) WITH ORDINALITY AS t(id, position)
          JOIN "CatalogueEntry" e ON e."practiceId" = t.id
         WHERE ${where} ORDER BY t.position LIMIT ${limit} OFFSET ${offset}
      )`
    order = Prisma.sql`r.position`
  } else if (plan.sort === 'relevance' && plan.q !== '') {
    const uiVector = Prisma.raw(uiIsEs ? 'e."searchEs"' : 'e."searchEn"')
    const otherVector = Prisma.raw(uiIsEs ? 'e."searchEn"' : 'e."searchEs"')
    const uiQuery = Prisma.raw(uiIsEs ? '(SELECT es FROM queries)' : '(SELECT en FROM queries)')
    const otherQuery = Prisma.raw(uiIsEs ? '(SELECT en FROM queries)' : '(SELECT es FROM queries)')
    const anyLanguage = Prisma.raw('(SELECT any_language FROM queries)')
    const filtered = whereClause(plan, activeFacets(plan), { query: false })
    // The RANK_WINDOW most recent matches, and the RANK_WINDOW most recent whose titles or acronyms
    // match (headed). Most queries take them from their matches, read once (hits). A broad query —
    // one that fills hits — finds them among the RECENT_PROBE most recent entries instead, without
    // visiting all of its matches; if the probe comes up short, from the index.
    const candidatesOf = (name: 'recent' | 'headed') => {
      const probe = Prisma.raw(`${name}_probe`)
      const headOnly = name === 'headed'
      const headMatch = (alias: string) => (headOnly ? Prisma.sql` AND ${Prisma.raw(alias)}.head @@ ${anyLanguage}` : Prisma.empty)
      return Prisma.sql`${probe} AS MATERIALIZED (
          SELECT x.id FROM (
            SELECT e."practiceId" AS id, e."updatedAt" AS updated, e."searchAll" AS document, e."searchHead" AS head
              FROM "CatalogueEntry" e WHERE ${filtered}
             ORDER BY e."updatedAt" DESC, e."practiceId" DESC LIMIT ${headOnly ? 4 * RECENT_PROBE : RECENT_PROBE}) AS x
           WHERE (SELECT yes FROM broad)${headMatch('x')} AND x.document @@ ${anyLanguage}
           ORDER BY x.updated DESC, x.id DESC LIMIT ${RANK_WINDOW}
        ),
        ${Prisma.raw(name)} AS (
          (SELECT h.id FROM hits h WHERE NOT (SELECT yes FROM broad)${headMatch('h')}
            ORDER BY h.updated DESC, h.id DESC LIMIT ${RANK_WINDOW})
          UNION ALL
          SELECT id FROM ${probe} WHERE (SELECT count(*) FROM ${probe}) >= ${RANK_WINDOW}
          UNION ALL
          (SELECT e."practiceId" FROM "CatalogueEntry" e
            WHERE (SELECT yes FROM broad) AND ${where}${headOnly ? Prisma.sql` AND e."searchHead" @@ ${anyLanguage}` : Prisma.empty}
              AND (SELECT count(*) FROM ${probe}) < ${RANK_WINDOW}
            ORDER BY e."updatedAt" DESC, e."practiceId" DESC LIMIT ${RANK_WINDOW})
        )`
    }
    // Past the window (deep pages only): the other matches, most recent first.
    const beyond =
      offset + limit > RANK_WINDOW
        ? Prisma.sql`UNION ALL
          SELECT e."practiceId", 1, 0::real, false, '', e."updatedAt" FROM "CatalogueEntry" e
           WHERE ${where} AND e."practiceId" NOT IN (SELECT id FROM candidates)`
        : Prisma.empty
    // Probing pays only for broad queries; for the others (and for typos, which find nothing) the
    // index lookup is cheaper than reading RECENT_PROBE vectors.
    page = Prisma.sql`breadth AS MATERIALIZED (
        SELECT greatest(${BROAD_QUERY_MIN}, coalesce(max(count), 0) / ${BROAD_QUERY_SHARE}) AS matches
          FROM "CatalogueFacetCount" WHERE facet = 'total'
      ),
      hits AS MATERIALIZED (
        SELECT e."practiceId" AS id, e."updatedAt" AS updated, e."searchHead" AS head FROM "CatalogueEntry" e
         WHERE ${where} LIMIT (SELECT matches FROM breadth)
      ),
      broad AS MATERIALIZED (SELECT count(*) >= (SELECT matches FROM breadth) AS yes FROM hits),
      ${candidatesOf('recent')},
      ${candidatesOf('headed')},
      candidates AS (SELECT id FROM recent UNION SELECT id FROM headed),
      ordered AS (
        SELECT e."practiceId" AS id, 0 AS tier,
               (ts_rank(coalesce(${uiVector}, ''), ${uiQuery}) + 0.5 * ts_rank(coalesce(${otherVector}, ''), ${otherQuery}))::real AS score,
               coalesce(${uiVector} @@ ${uiQuery}, false) AS ui_match, ${sortTitle} AS sort_title, e."updatedAt" AS updated
          FROM candidates c JOIN "CatalogueEntry" e ON e."practiceId" = c.id
        ${beyond}
      ),
      page AS (
        SELECT * FROM ordered
         ORDER BY tier, score DESC, ui_match DESC, sort_title, updated DESC, id DESC
         LIMIT ${limit} OFFSET ${offset}
      )`
    order = Prisma.sql`r.tier, r.score DESC, r.ui_match DESC, r.sort_title, r.updated DESC, r.id DESC`
  } else if (plan.sort === 'title') {
    page = Prisma.sql`page AS (
        SELECT e."practiceId" AS id, ${sortTitle} AS sort_title FROM "CatalogueEntry" e
         WHERE ${where} ORDER BY ${sortTitle}, e."practiceId" LIMIT ${limit} OFFSET ${offset}
      )`
    order = Prisma.sql`r.sort_title, r.id`
  } else {
    page = Prisma.sql`page AS (
        SELECT e."practiceId" AS id, e."updatedAt" AS updated FROM "CatalogueEntry" e
         WHERE ${where} ORDER BY e."updatedAt" DESC, e."practiceId" DESC LIMIT ${limit} OFFSET ${offset}
      )`
    order = Prisma.sql`r.updated DESC, r.id DESC`
  }

  const headline = (config: 'crm_es' | 'crm_en', column: string, query: string) =>
    plan.q === ''
      ? Prisma.raw(`p."${column}"`)
      : Prisma.sql`ts_headline(${Prisma.raw(`'${config}'`)}, p.${Prisma.raw(`"${column}"`)}, ${Prisma.raw(`(SELECT ${query} FROM queries)`)}, ${HEADLINE_OPTIONS})`
  const snippet = uiIsEs
    ? headline('crm_es', 'summaryEs', 'es')
    : Prisma.sql`CASE WHEN coalesce(p."summaryEn", '') <> '' THEN ${headline('crm_en', 'summaryEn', 'en')}
                      ELSE ${headline('crm_es', 'summaryEs', 'es')} END`

  return Prisma.sql`${plan.prelude}, ${page}
    SELECT p.slug, p.kind, p."titleEs", p."titleEn", p."summaryEs", p."summaryEn", p."updatedAt",
      ${snippet} AS snippet,
      (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'type', a.type, 'nameEs', a."nameEs", 'nameEn', a."nameEn",
                'acronymEs', a."acronymEs", 'acronymEn', a."acronymEn") ORDER BY pa.position, a."nameEs"), '[]'::json)
         FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId" WHERE pa."practiceId" = p.id) AS actors,
      (SELECT coalesce(json_agg(json_build_object('number', o.number, 'titleEs', o."titleEs", 'titleEn', o."titleEn")
                ORDER BY o.number), '[]'::json)
         FROM "PracticeObjective" po JOIN "Objective" o ON o.number = po."objectiveNumber" WHERE po."practiceId" = p.id) AS objectives,
      (SELECT coalesce(json_agg(json_build_object('slug', se.slug, 'code', se.code, 'titleEs', se."titleEs", 'titleEn', se."titleEn")
                ORDER BY se.position), '[]'::json)
         FROM "PracticeSession" ps JOIN "Session" se ON se.id = ps."sessionId" WHERE ps."practiceId" = p.id) AS sessions
    FROM page r JOIN "Practice" p ON p.id = r.id
    ORDER BY ${order}`
}

/**
 * Every facet value's count with the query and the *other* facets' filters applied, and the total
 * (all filters). Facets whose conditions coincide share one pass over the matching entries, which
 * counts them per value set (integers on each entry), expanded to facet values afterwards; without a
 * query, a facet no other filter narrows is read from "CatalogueFacetCount", the whole catalogue's counts.
 */
function facetStatement(plan: SearchPlan): Prisma.Sql {
  const active = activeFacets(plan)
  type Group = { filters: FacetName[]; facets: FacetName[]; total: boolean }
  const groups = new Map<string, Group>()
  const groupFor = (filters: FacetName[]) => {
    const key = filters.join(',')
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { filters, facets: [], total: false }))
    return group
  }
  for (const facet of FACET_NAMES) groupFor(active.filter((other) => other !== facet)).facets.push(facet)
  groupFor(active).total = true

  // One pass per group: GROUPING SETS over integers (each facet's value-set id, the kind), then the
  // value sets (a few hundred rows, not one per match) are expanded to facet values.
  const setColumn: Record<FacetName, string> = {
    objective: 'e."objectiveSetId"',
    actor: 'e."actorSetId"',
    session: 'e."sessionSetId"',
    kind: 'e.kind',
  }
  const stored: string[] = []
  const passes: Prisma.Sql[] = []
  const computed = new Set<FacetName | 'total'>()
  for (const group of groups.values()) {
    const members: (FacetName | 'total')[] = [...group.facets, ...(group.total ? ['total' as const] : [])]
    if (plan.q === '' && group.filters.length === 0) {
      stored.push(...members)
      continue
    }
    for (const member of members) computed.add(member)
    const sets = [...group.facets.map((facet) => `(${setColumn[facet]})`), ...(group.total ? ['()'] : [])]
    const which = group.facets.length
      ? `CASE ${group.facets.map((facet) => `WHEN GROUPING(${setColumn[facet]}) = 0 THEN '${facet}'`).join(' ')} ELSE 'total' END`
      : `'total'`
    const column = (facet: FacetName, type: string) =>
      group.facets.includes(facet) ? `${setColumn[facet]}${facet === 'kind' ? '::text' : ''}` : `NULL::${type}`
    passes.push(Prisma.sql`SELECT ${Prisma.raw(which)} AS facet, ${Prisma.raw(column('objective', 'integer'))} AS objective_set,
        ${Prisma.raw(column('actor', 'integer'))} AS actor_set, ${Prisma.raw(column('session', 'integer'))} AS session_set,
        ${Prisma.raw(column('kind', 'text'))} AS kind, count(*)::integer AS c
        FROM "CatalogueEntry" e WHERE ${whereClause(plan, group.filters)}
       GROUP BY GROUPING SETS (${Prisma.raw(sets.join(', '))})`)
  }
  const grouped = passes.length
    ? Prisma.join(passes, ' UNION ALL ')
    : Prisma.sql`SELECT NULL::text AS facet, NULL::integer AS objective_set, NULL::integer AS actor_set,
        NULL::integer AS session_set, NULL::text AS kind, 0 AS c WHERE false`
  const expand = (facet: 'objective' | 'actor' | 'session') =>
    computed.has(facet)
      ? Prisma.sql`SELECT ${facet} AS facet, x::text AS value, sum(g.c)::integer AS count
          FROM grouped g JOIN "CatalogueValueSet" v ON v.id = g.${Prisma.raw(`${facet}_set`)} CROSS JOIN unnest(v."values") AS x
         WHERE g.facet = ${facet} GROUP BY x`
      : null
  const counted = [
    expand('objective'),
    expand('actor'),
    expand('session'),
    computed.has('kind') ? Prisma.sql`SELECT 'kind', g.kind, sum(g.c)::integer FROM grouped g WHERE g.facet = 'kind' GROUP BY g.kind` : null,
    computed.has('total') ? Prisma.sql`SELECT 'total', '', coalesce(sum(g.c), 0)::integer FROM grouped g WHERE g.facet = 'total'` : null,
    stored.length ? Prisma.sql`SELECT facet, value, count FROM "CatalogueFacetCount" WHERE facet IN (${Prisma.join(stored)})` : null,
  ].filter((part): part is Prisma.Sql => part !== null)

  const selectedActors = plan.filters.actor.length ? plan.filters.actor : ['']
  const selectedSessions = plan.filters.session.length ? plan.filters.session : ['']
  const published = (facet: string, id: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "CatalogueFacetCount" t WHERE t.facet = ${facet} AND t.value = ${Prisma.raw(id)}::text AND t.count > 0)`
  return Prisma.sql`${plan.prelude},
    grouped AS (${grouped}),
    counted AS (${Prisma.join(counted, ' UNION ALL ')})
    SELECT 'objective' AS facet, o.number::text AS value, o."titleEs" AS "labelEs", o."titleEn" AS "labelEn",
           NULL::text AS detail, o.number AS position, coalesce(c.count, 0) AS count
      FROM "Objective" o LEFT JOIN counted c ON c.facet = 'objective' AND c.value = o.number::text
    UNION ALL
    SELECT 'actor', a.slug, a."nameEs", a."nameEn", a.type::text, 0, coalesce(c.count, 0)
      FROM "Actor" a LEFT JOIN counted c ON c.facet = 'actor' AND c.value = a.id::text
     WHERE c.count > 0 OR a.slug IN (${Prisma.join(selectedActors)}) OR ${published('actor', 'a.id')}
    UNION ALL
    SELECT 'session', se.slug, se."titleEs", se."titleEn", se.code, se.position, coalesce(c.count, 0)
      FROM "Session" se LEFT JOIN counted c ON c.facet = 'session' AND c.value = se.id::text
     WHERE c.count > 0 OR se.slug IN (${Prisma.join(selectedSessions)}) OR ${published('session', 'se.id')}
    UNION ALL
    SELECT 'kind', c.value, NULL, NULL, NULL, 0, c.count FROM counted c WHERE c.facet = 'kind'
    UNION ALL
    SELECT 'total', '', NULL, NULL, NULL, 0, coalesce((SELECT max(c.count) FROM counted c WHERE c.facet = 'total'), 0)`
}

function localizeActor(locale: Locale, row: { slug: string; type: ActorType; nameEs: string; nameEn: string; acronymEs: string | null; acronymEn: string | null }): CatalogueActor {
  return {
    slug: row.slug,
    type: row.type,
    name: locale === 'en' ? row.nameEn : row.nameEs,
    acronym: (locale === 'en' ? row.acronymEn : row.acronymEs) ?? null,
  }
}

function toItem(locale: Locale, row: PageRow, hasQuery: boolean): CatalogueItem {
  const snippetUntranslated = locale === 'en' && (row.summaryEn ?? '').trim() === ''
  // Without a match in the summary, ts_headline returns its first words only: show the summary.
  const highlighted = hasQuery && row.snippet.includes('\u0001')
  const summary = locale === 'en' && !snippetUntranslated ? (row.summaryEn ?? '') : row.summaryEs
  const snippetText = highlighted ? row.snippet : shorten(summary, 280)
  return {
    slug: row.slug,
    kind: row.kind,
    title: pickOptional(locale, row.titleEs, row.titleEn),
    snippet: parseHighlight(snippetText),
    snippetUntranslated,
    actors: jsonRows<Parameters<typeof localizeActor>[1]>(row.actors).map((actor) => localizeActor(locale, actor)),
    objectives: jsonRows<{ number: number; titleEs: string; titleEn: string }>(row.objectives).map((o) => ({
      number: o.number,
      title: locale === 'en' ? o.titleEn : o.titleEs,
    })),
    sessions: jsonRows<{ slug: string; code: string; titleEs: string; titleEn: string }>(row.sessions).map((s) => ({
      slug: s.slug,
      code: s.code,
      title: locale === 'en' ? s.titleEn : s.titleEs,
    })),
    updatedAt: new Date(row.updatedAt),
  }
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

function toFacets(locale: Locale, rows: FacetRow[], plan: SearchPlan): { facets: CatalogueFacets; total: number } {
  const selected = {
    objective: new Set(plan.filters.objective.map(String)),
    actor: new Set(plan.filters.actor),
    session: new Set(plan.filters.session),
    kind: new Set<string>(plan.filters.kind),
  }
  const facets: CatalogueFacets = { objective: [], actor: [], session: [], kind: [] }
  let total = 0
  const kindCounts = new Map<string, number>()
  for (const row of rows) {
    if (row.facet === 'total') {
      total = Number(row.count)
      continue
    }
    if (row.facet === 'kind') {
      kindCounts.set(row.value, Number(row.count))
      continue
    }
    const label = (locale === 'en' ? row.labelEn : row.labelEs) ?? row.value
    facets[row.facet].push({
      value: row.value,
      label,
      detail: row.detail,
      count: Number(row.count),
      selected: selected[row.facet].has(row.value),
    })
  }
  facets.objective.sort((a, b) => Number(a.value) - Number(b.value))
  const sessionPosition = new Map(rows.filter((r) => r.facet === 'session').map((r) => [r.value, Number(r.position)]))
  facets.session.sort((a, b) => (sessionPosition.get(a.value) ?? 0) - (sessionPosition.get(b.value) ?? 0))
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  facets.actor.sort((a, b) => (a.detail ?? '').localeCompare(b.detail ?? '') || collator.compare(a.label, b.label))
  facets.kind = PRACTICE_KIND_SLUGS.map((slug) => ({
    value: slug,
    label: slug,
    detail: null,
    count: kindCounts.get(KIND_BY_SLUG[slug]) ?? 0,
    selected: selected.kind.has(slug),
  }))
  return { facets, total }
}

/**
 * The catalogue's data: one page of published practices matching the query and the filters (OR
 * within a facet, AND across facets), the total, and every facet value's count computed with the
 * other facets' filters applied. Any input is safe: the query is cut to 200 characters and only its
 * letters and digits (or websearch_to_tsquery, which accepts any text) reach the database.
 */
export async function searchPractices(input: SearchPracticesInput): Promise<CatalogueResult> {
  // Cached by its arguments: the catalogue's page depends on its search parameters, so it is rendered
  // per request, but the database is read once per distinct search and change.
  const result = await cachedData(['catalogue-search', JSON.stringify(input)], [CACHE_TAGS.forum, CACHE_TAGS.practices], () =>
    runCatalogueSearch(input),
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

async function runSearch(plan: SearchPlan): Promise<{ total: number; facets: CatalogueFacets; items: CatalogueItem[] }> {
  const prisma = db()
  const [pageRows, facetRows] = await Promise.all([
    prisma.$queryRaw<PageRow[]>(pageStatement(plan)),
    prisma.$queryRaw<FacetRow[]>(facetStatement(plan)),
  ])
  const { facets, total } = toFacets(plan.locale, facetRows, plan)
  return { total, facets, items: pageRows.map((row) => toItem(plan.locale, row, plan.q !== '')) }
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
          actor: { select: { slug: true, type: true, isoCode: true, nameEs: true, nameEn: true, acronymEs: true, acronymEn: true } },
        },
      },
      objectives: { orderBy: { objectiveNumber: 'asc' }, select: { objective: { select: { number: true, titleEs: true, titleEn: true } } } },
      sessions: { select: { session: { select: { slug: true, code: true, position: true, titleEs: true, titleEn: true } } } },
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
      .map((session) => ({ slug: session.slug, code: session.code, title: locale === 'en' ? session.titleEn : session.titleEs })),
  }
})

export type RelatedPractice = { slug: string; kind: PracticeKind; title: Localized; sharedObjectives: number; sharedActors: number }

/**
 * Published practices that share objectives or actors with this one, best first: shared actors
 * weigh twice a shared objective (same country or organisation is the stronger tie), then title.
 */
export async function findRelatedPractices(locale: Locale, slug: string, limit = 5): Promise<RelatedPractice[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().$queryRaw<
    { slug: string; kind: PracticeKind; titleEs: string; titleEn: string | null; shared_objectives: number; shared_actors: number }[]
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
