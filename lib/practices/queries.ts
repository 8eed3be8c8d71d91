import 'server-only'
// The public catalogue (issue 4): faceted full-text search over published practices, and the page of
// one practice. The search runs in the database (docs/decisions/004-catalogue-search.md): weighted
// per-language tsvector columns kept fresh by triggers, prefix or web-search tsqueries built from
// sanitised input, and pg_trgm for typos. Two statements per search (results, facet counts), sent
// together; a third only when nothing matched (close matches).
import type { Locale } from 'next-intl'
import { cache } from 'react'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ActorType, PracticeKind } from '../generated/prisma/enums'
import { pickOptional, type Localized } from '../forum/localize'
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
 * Typo matching runs only when the words themselves find fewer practices than this: word_similarity
 * over many long candidates is the search's most expensive step (docs/benchmarks.md).
 */
const TRIGRAM_FALLBACK_BELOW = 20
/** A looser threshold for the "close matches" of an empty result. */
const CLOSE_MATCH_THRESHOLD = 0.3
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
}

type SearchPlan = {
  locale: Locale
  q: string
  filters: { objective: number[]; actor: string[]; session: string[]; kind: PracticeKindSlug[] }
  sort: CatalogueSort
  page: number
  pageSize: number
  /** The CTEs hits (when there is a query), matched and scoped, ready to be followed by more. */
  ctes: Prisma.Sql
  /** The UI language's and the other language's query, and their vector columns. */
  uiQuery: Prisma.Sql
  otherQuery: Prisma.Sql
  trigram: string | null
}

const PUBLISHED = Prisma.sql`p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`

function planSearch(input: SearchPracticesInput): SearchPlan {
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
  const queries = Prisma.sql`queries AS MATERIALIZED (SELECT ${tsquery('crm_es')} AS es, ${tsquery('crm_en')} AS en)`
  const qEs = Prisma.sql`(SELECT es FROM queries)`
  const qEn = Prisma.sql`(SELECT en FROM queries)`

  const hits =
    q === ''
      ? Prisma.empty
      : Prisma.sql`, fts AS MATERIALIZED (
          SELECT id FROM "Practice" WHERE "searchEs" @@ ${qEs}
          UNION
          SELECT id FROM "Practice" WHERE "searchEn" @@ ${qEn}
        ),
        hits AS (
          SELECT id, max(similarity) AS similarity FROM (
            SELECT id, 0::real AS similarity FROM fts
            ${
              trigram
                ? Prisma.sql`UNION ALL
            SELECT id, similarity FROM crm_practice_trgm_matches(${trigram}, ${TRIGRAM_THRESHOLD}::real)
             WHERE (SELECT count(*) FROM (SELECT 1 FROM fts LIMIT ${TRIGRAM_FALLBACK_BELOW}) AS few) < ${TRIGRAM_FALLBACK_BELOW}`
                : Prisma.empty
            }
          ) AS any_hit GROUP BY id
        )`

  const flag = (values: unknown[], condition: Prisma.Sql) => (values.length > 0 ? condition : Prisma.sql`TRUE`)
  const inObjective = flag(
    filters.objective,
    Prisma.sql`EXISTS (SELECT 1 FROM "PracticeObjective" x WHERE x."practiceId" = m.id
                AND x."objectiveNumber" IN (${Prisma.join(filters.objective.length ? filters.objective : [0])}))`,
  )
  const inActor = flag(
    filters.actor,
    Prisma.sql`EXISTS (SELECT 1 FROM "PracticeActor" x JOIN "Actor" a ON a.id = x."actorId"
                WHERE x."practiceId" = m.id AND a.slug IN (${Prisma.join(filters.actor.length ? filters.actor : [''])}))`,
  )
  const inSession = flag(
    filters.session,
    Prisma.sql`EXISTS (SELECT 1 FROM "PracticeSession" x JOIN "Session" s ON s.id = x."sessionId"
                WHERE x."practiceId" = m.id AND s.slug IN (${Prisma.join(filters.session.length ? filters.session : [''])}))`,
  )
  const inKind = flag(
    filters.kind,
    Prisma.sql`m.kind::text IN (${Prisma.join(filters.kind.length ? filters.kind.map((k) => KIND_BY_SLUG[k]) : [''])})`,
  )

  const ctes = Prisma.sql`WITH ${queries}${hits},
    matched AS (
      SELECT p.id, p.kind, ${q === '' ? Prisma.sql`0::real` : Prisma.sql`h.similarity`} AS similarity FROM "Practice" p
      ${q === '' ? Prisma.empty : Prisma.sql`JOIN hits h ON h.id = p.id`}
      WHERE ${PUBLISHED}
    ),
    scoped AS (
      SELECT m.id, m.kind, m.similarity,
        ${inObjective} AS in_objective, ${inActor} AS in_actor, ${inSession} AS in_session, ${inKind} AS in_kind
      FROM matched m
    )`

  const uiIsEs = input.locale !== 'en'
  return {
    locale: input.locale,
    q,
    filters,
    sort,
    page,
    pageSize,
    ctes,
    uiQuery: uiIsEs ? qEs : qEn,
    otherQuery: uiIsEs ? qEn : qEs,
    trigram,
  }
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
  facet: 'objective' | 'actor' | 'session' | 'kind' | 'total'
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

function pageStatement(plan: SearchPlan): Prisma.Sql {
  const uiIsEs = plan.locale !== 'en'
  const uiVector = Prisma.raw(uiIsEs ? 'p."searchEs"' : 'p."searchEn"')
  const otherVector = Prisma.raw(uiIsEs ? 'p."searchEn"' : 'p."searchEs"')
  const relevance = plan.sort === 'relevance' && plan.q !== ''
  const uiMatch = relevance ? Prisma.sql`coalesce(${uiVector} @@ ${plan.uiQuery}, false)` : Prisma.sql`false`
  const score = relevance
    ? Prisma.sql`(ts_rank(coalesce(${uiVector}, ''), ${plan.uiQuery}) + 0.5 * ts_rank(coalesce(${otherVector}, ''), ${plan.otherQuery})
                  + s.similarity)::real`
    : Prisma.sql`0::real`
  const sortTitle =
    plan.sort === 'title'
      ? uiIsEs
        ? Prisma.sql`lower(unaccent(p."titleEs"))`
        : Prisma.sql`lower(unaccent(coalesce(p."titleEn", p."titleEs")))`
      : Prisma.sql`''`
  const orderBy = (prefix: '' | 'r.') => {
    const c = (name: string) => Prisma.raw(`${prefix}${name}`)
    return plan.sort === 'relevance'
      ? Prisma.sql`${c('score')} DESC, ${c('ui_match')} DESC, ${c('sort_title')}, ${c('id')}`
      : plan.sort === 'title'
        ? Prisma.sql`${c('sort_title')}, ${c('id')}`
        : Prisma.sql`${c('updated')} DESC, ${c('id')} DESC`
  }
  const headline = (config: 'crm_es' | 'crm_en', column: string, query: Prisma.Sql) =>
    plan.q === ''
      ? Prisma.raw(`p."${column}"`)
      : Prisma.sql`ts_headline(${Prisma.raw(`'${config}'`)}, p.${Prisma.raw(`"${column}"`)}, ${query}, ${HEADLINE_OPTIONS})`
  const qEs = Prisma.sql`(SELECT es FROM queries)`
  const qEn = Prisma.sql`(SELECT en FROM queries)`
  const snippet = uiIsEs
    ? headline('crm_es', 'summaryEs', qEs)
    : Prisma.sql`CASE WHEN coalesce(p."summaryEn", '') <> '' THEN ${headline('crm_en', 'summaryEn', qEn)}
                      ELSE ${headline('crm_es', 'summaryEs', qEs)} END`

  return Prisma.sql`${plan.ctes},
    ranked AS (
      SELECT s.id, ${uiMatch} AS ui_match, ${score} AS score, ${sortTitle} AS sort_title, p."updatedAt" AS updated
        FROM scoped s JOIN "Practice" p ON p.id = s.id
       WHERE s.in_objective AND s.in_actor AND s.in_session AND s.in_kind
       ORDER BY ${orderBy('')}
       LIMIT ${plan.pageSize} OFFSET ${(plan.page - 1) * plan.pageSize}
    )
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
    FROM ranked r JOIN "Practice" p ON p.id = r.id
    ORDER BY ${orderBy('r.')}`
}

function facetStatement(plan: SearchPlan): Prisma.Sql {
  const selectedActors = plan.filters.actor.length ? plan.filters.actor : ['']
  const selectedSessions = plan.filters.session.length ? plan.filters.session : ['']
  const publishedVia = (table: string, column: string, id: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} l JOIN "Practice" p ON p.id = l."practiceId"
                WHERE l.${Prisma.raw(`"${column}"`)} = ${Prisma.raw(id)} AND ${PUBLISHED})`
  return Prisma.sql`${plan.ctes},
    objective_counts AS (
      SELECT po."objectiveNumber" AS k, count(*)::int AS c FROM scoped s JOIN "PracticeObjective" po ON po."practiceId" = s.id
       WHERE s.in_actor AND s.in_session AND s.in_kind GROUP BY 1),
    actor_counts AS (
      SELECT pa."actorId" AS k, count(*)::int AS c FROM scoped s JOIN "PracticeActor" pa ON pa."practiceId" = s.id
       WHERE s.in_objective AND s.in_session AND s.in_kind GROUP BY 1),
    session_counts AS (
      SELECT ps."sessionId" AS k, count(*)::int AS c FROM scoped s JOIN "PracticeSession" ps ON ps."practiceId" = s.id
       WHERE s.in_objective AND s.in_actor AND s.in_kind GROUP BY 1),
    kind_counts AS (
      SELECT s.kind::text AS k, count(*)::int AS c FROM scoped s
       WHERE s.in_objective AND s.in_actor AND s.in_session GROUP BY 1)
    SELECT 'objective' AS facet, o.number::text AS value, o."titleEs" AS "labelEs", o."titleEn" AS "labelEn",
           NULL::text AS detail, o.number AS position, coalesce(c.c, 0) AS count
      FROM "Objective" o LEFT JOIN objective_counts c ON c.k = o.number
    UNION ALL
    SELECT 'actor', a.slug, a."nameEs", a."nameEn", a.type::text, 0, coalesce(c.c, 0)
      FROM "Actor" a LEFT JOIN actor_counts c ON c.k = a.id
     WHERE c.k IS NOT NULL OR a.slug IN (${Prisma.join(selectedActors)}) OR ${publishedVia('PracticeActor', 'actorId', 'a.id')}
    UNION ALL
    SELECT 'session', se.slug, se."titleEs", se."titleEn", se.code, se.position, coalesce(c.c, 0)
      FROM "Session" se LEFT JOIN session_counts c ON c.k = se.id
     WHERE c.k IS NOT NULL OR se.slug IN (${Prisma.join(selectedSessions)}) OR ${publishedVia('PracticeSession', 'sessionId', 'se.id')}
    UNION ALL
    SELECT 'kind', k, NULL, NULL, NULL, 0, c FROM kind_counts
    UNION ALL
    SELECT 'total', '', NULL, NULL, NULL, 0,
           (SELECT count(*)::int FROM scoped s WHERE s.in_objective AND s.in_actor AND s.in_session AND s.in_kind)`
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
  const plan = planSearch(input)
  const prisma = db()
  const [pageRows, facetRows] = await Promise.all([
    prisma.$queryRaw<PageRow[]>(pageStatement(plan)),
    prisma.$queryRaw<FacetRow[]>(facetStatement(plan)),
  ])
  const { facets, total } = toFacets(plan.locale, facetRows, plan)
  const items = pageRows.map((row) => toItem(plan.locale, row, plan.q !== ''))
  const closeMatches = total === 0 && plan.trigram ? await findCloseMatches(plan.locale, plan.trigram) : []
  return {
    q: plan.q,
    sort: plan.sort,
    items,
    total,
    page: plan.page,
    pageSize: plan.pageSize,
    pageCount: Math.max(1, Math.ceil(total / plan.pageSize)),
    facets,
    closeMatches,
  }
}

/** The two statements of a search, for the benchmark's EXPLAIN ANALYZE (scripts/bench-search.ts). */
export function searchStatements(input: SearchPracticesInput): { page: Prisma.Sql; facets: Prisma.Sql } {
  const plan = planSearch(input)
  return { page: pageStatement(plan), facets: facetStatement(plan) }
}

async function findCloseMatches(locale: Locale, trigram: string): Promise<CatalogueResult['closeMatches']> {
  const rows = await db().$queryRaw<{ slug: string; titleEs: string; titleEn: string | null }[]>`
    SELECT p.slug, p."titleEs", p."titleEn"
      FROM crm_practice_trgm_matches(${trigram}, ${CLOSE_MATCH_THRESHOLD}::real) f
      JOIN "Practice" p ON p.id = f.id
     WHERE ${PUBLISHED}
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
  updatedAt: Date
  publishedAt: Date | null
  actors: (CatalogueActor & { isoCode: string | null })[]
  objectives: CatalogueObjective[]
  sessions: CatalogueSession[]
}

/** A published practice by slug, in the visitor's language; null when there is none. */
export const getPublishedPractice = cache(async (locale: Locale, slug: string): Promise<PracticeDetail | null> => {
  const row = await db().practice.findFirst({
    where: { slug, status: 'PUBLISHED', deletedAt: null },
    select: {
      slug: true,
      kind: true,
      titleEs: true,
      titleEn: true,
      summaryEs: true,
      summaryEn: true,
      bodyEs: true,
      bodyEn: true,
      reportTitle: true,
      sourceSectionEs: true,
      sourceSectionEn: true,
      externalUrl: true,
      updatedAt: true,
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
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
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
