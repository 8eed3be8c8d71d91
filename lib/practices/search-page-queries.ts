import 'server-only'
// The catalogue search's page statement: one function per sort mode (typo, relevance, title, recent)
// builds the "page" CTE and its order; pageStatement adds the texts and links every mode shows. The
// rows are checked with zod on the way out (PageRowSchema), and mapped to the catalogue's items.
import type { Locale } from 'next-intl'
import { z } from 'zod'
import { Prisma } from '../generated/prisma/client'
import { ActorType } from '../generated/prisma/enums'
import { pickOptional } from '@/lib/i18n/localize'
import { PRACTICE_KINDS } from './editing-schemas'
import type { CatalogueActor, CatalogueItem } from './catalogue-types'
import { HIGHLIGHT_END, HIGHLIGHT_START, parseHighlight } from './search'
import { activeFacets, whereClause, type SearchPlan, type TextSearchConfig } from './search-plan-queries'
/**
 * The most recent entries a broad query's first candidates are looked for in before an index scan
 * (four times as many for title matches, whose small vectors are stored inline).
 */
const RECENT_PROBE = 1000
/**
 * A query is broad — its candidates are probed for (see relevancePage) — when it matches at least one
 * entry in BROAD_QUERY_SHARE (and BROAD_QUERY_MIN): then RECENT_PROBE recent entries should hold enough.
 */
const BROAD_QUERY_SHARE = 5
const BROAD_QUERY_MIN = 2000
/** Relevance ranks at most twice this many candidates; see relevancePage. */
const RANK_WINDOW = 200
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, ShortWord=2`

type PageContext = { plan: SearchPlan; where: Prisma.Sql; limit: number; offset: number; uiIsEs: boolean }
/** The "page" CTE (ids of one page, with what they sort by) and the final ORDER BY over it as r. */
type PageQuery = { page: Prisma.Sql; order: Prisma.Sql }

const sortTitleOf = (uiIsEs: boolean) => Prisma.raw(uiIsEs ? 'e."sortTitleEs"' : 'e."sortTitleEn"')

/** The sort mode of a plan: relevance needs a query; typo mode is relevance over typo matches. */
function pageMode(plan: SearchPlan): 'typo' | 'relevance' | 'title' | 'recent' {
  if (plan.sort === 'relevance' && plan.typoMatches) return 'typo'
  if (plan.sort === 'relevance' && plan.q !== '') return 'relevance'
  return plan.sort === 'title' ? 'title' : 'recent'
}

const PAGE_BY_MODE = { typo: typoPage, relevance: relevancePage, title: titlePage, recent: recentPage }

/** One page of results with the texts and links the catalogue shows, in the mode's order. */
export function pageStatement(plan: SearchPlan): Prisma.Sql {
  const uiIsEs = plan.locale !== 'en'
  const context: PageContext = {
    plan,
    where: whereClause(plan, activeFacets(plan)),
    limit: plan.pageSize,
    offset: (plan.page - 1) * plan.pageSize,
    uiIsEs,
  }
  const { page, order } = PAGE_BY_MODE[pageMode(plan)](context)

  const headline = (config: TextSearchConfig, column: 'summaryEs' | 'summaryEn', query: 'es' | 'en') =>
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

/** Typo mode: the order of likeness crm_catalogue_trgm_matches gave. */
function typoPage({ plan, where, limit, offset }: PageContext): PageQuery {
  const page = Prisma.sql`page AS (
      SELECT e."practiceId" AS id, t.position FROM unnest(${plan.typoMatches}::integer[]) WITH ORDINALITY AS t(id, position)
        JOIN "CatalogueEntry" e ON e."practiceId" = t.id
       WHERE ${where} ORDER BY t.position LIMIT ${limit} OFFSET ${offset}
    )`
  const order = Prisma.sql`r.position`
  return { page, order }
}

/**
 * By relevance (a query, no typo mode): full ranking (ts_rank over each language's whole vector) is bounded: it runs over the
 * RANK_WINDOW most recent matches plus the RANK_WINDOW most recent whose titles or actors match —
 * every match when there are fewer — and anything past that window follows by recency
 * (docs/decisions/009-catalogue-index.md).
 */
function relevancePage({ plan, where, limit, offset, uiIsEs }: PageContext): PageQuery {
  const sortTitle = sortTitleOf(uiIsEs)
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
    const headMatch = (alias: 'x' | 'h') =>
      headOnly ? Prisma.sql` AND ${Prisma.raw(alias)}.head @@ ${anyLanguage}` : Prisma.empty
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
        SELECT e."practiceId" AS id, 1 AS tier, 0::real AS score, false AS ui_match, '' AS sort_title, e."updatedAt" AS updated
          FROM "CatalogueEntry" e
         WHERE ${where} AND e."practiceId" NOT IN (SELECT id FROM candidates)`
      : Prisma.empty
  // Probing pays only for broad queries; for the others (and for typos, which find nothing) the
  // index lookup is cheaper than reading RECENT_PROBE vectors.
  const page = Prisma.sql`breadth AS MATERIALIZED (
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
    ordered (id, tier, score, ui_match, sort_title, updated) AS (
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
  const order = Prisma.sql`r.tier, r.score DESC, r.ui_match DESC, r.sort_title, r.updated DESC, r.id DESC`
  return { page, order }
}

/** By title in the visitor's language, straight off the index. */
function titlePage({ where, limit, offset, uiIsEs }: PageContext): PageQuery {
  const sortTitle = sortTitleOf(uiIsEs)
  const page = Prisma.sql`page AS (
      SELECT e."practiceId" AS id, ${sortTitle} AS sort_title FROM "CatalogueEntry" e
       WHERE ${where} ORDER BY ${sortTitle}, e."practiceId" LIMIT ${limit} OFFSET ${offset}
    )`
  const order = Prisma.sql`r.sort_title, r.id`
  return { page, order }
}

/** Most recently changed first, straight off the index. */
function recentPage({ where, limit, offset }: PageContext): PageQuery {
  const page = Prisma.sql`page AS (
      SELECT e."practiceId" AS id, e."updatedAt" AS updated FROM "CatalogueEntry" e
       WHERE ${where} ORDER BY e."updatedAt" DESC, e."practiceId" DESC LIMIT ${limit} OFFSET ${offset}
    )`
  const order = Prisma.sql`r.updated DESC, r.id DESC`
  return { page, order }
}

export function localizeActor(
  locale: Locale,
  row: {
    slug: string
    type: ActorType
    nameEs: string
    nameEn: string
    acronymEs: string | null
    acronymEn: string | null
  },
): CatalogueActor {
  return {
    slug: row.slug,
    type: row.type,
    name: locale === 'en' ? row.nameEn : row.nameEs,
    acronym: (locale === 'en' ? row.acronymEn : row.acronymEs) ?? null,
  }
}

/** json columns arrive parsed from one driver and as text from another. */
const jsonArray = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value), z.array(item))

const ActorJsonSchema = z.object({
  slug: z.string(),
  type: z.enum(Object.values(ActorType) as [ActorType, ...ActorType[]]),
  nameEs: z.string(),
  nameEn: z.string(),
  acronymEs: z.string().nullable(),
  acronymEn: z.string().nullable(),
})

/** A row of pageStatement, checked at the boundary: a change of the SQL that drops a column fails here. */
export const PageRowSchema = z.object({
  slug: z.string(),
  kind: z.enum(PRACTICE_KINDS),
  titleEs: z.string(),
  titleEn: z.string().nullable(),
  summaryEs: z.string(),
  summaryEn: z.string().nullable(),
  snippet: z.string(),
  updatedAt: z.coerce.date(),
  actors: jsonArray(ActorJsonSchema),
  objectives: jsonArray(z.object({ number: z.number().int(), titleEs: z.string(), titleEn: z.string() })),
  sessions: jsonArray(z.object({ slug: z.string(), code: z.string(), titleEs: z.string(), titleEn: z.string() })),
})
export type PageRow = z.infer<typeof PageRowSchema>

export function toItem(locale: Locale, row: PageRow, hasQuery: boolean): CatalogueItem {
  const snippetUntranslated = locale === 'en' && (row.summaryEn ?? '').trim() === ''
  // Without a match in the summary, ts_headline returns its first words only: show the summary.
  const highlighted = hasQuery && row.snippet.includes(HIGHLIGHT_START)
  const summary = locale === 'en' && !snippetUntranslated ? (row.summaryEn ?? '') : row.summaryEs
  const snippetText = highlighted ? row.snippet : shorten(summary, 280)
  return {
    slug: row.slug,
    kind: row.kind,
    title: pickOptional(locale, row.titleEs, row.titleEn),
    snippet: parseHighlight(snippetText),
    snippetUntranslated,
    actors: row.actors.map((actor) => localizeActor(locale, actor)),
    objectives: row.objectives.map((o) => ({ number: o.number, title: locale === 'en' ? o.titleEn : o.titleEs })),
    sessions: row.sessions.map((s) => ({ slug: s.slug, code: s.code, title: locale === 'en' ? s.titleEn : s.titleEs })),
    updatedAt: row.updatedAt,
  }
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}
