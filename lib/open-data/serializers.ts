// Database rows → the API's response shapes (schemas.ts). Pure functions: the queries select the
// rows, these pick the language, build absolute URLs and format dates.
import { routing } from '@/i18n/routing'
import { pickOptional } from '@/lib/i18n/localize'
import { PRACTICE_API_TEXTS, PRACTICE_CONTENT_COLUMNS, pickColumns } from '../practices/fields'
import { provenanceOf } from '../proposals/provenance-of'
import { practiceDates } from '../practices/dates'
import { PRACTICE_KIND_SLUGS, PRACTICE_SOURCE_SLUGS, SLUG_BY_KIND, SLUG_BY_SOURCE } from '../practices/schemas'
import type { PracticeRow } from './queries'
import type { ApiLocale, PracticeDetail, PracticeExportRow, PracticeList, PracticeSummary } from './schemas'

type Pathnames = typeof routing.pathnames

/** The localised path of a public page, e.g. ('es', '/practices/[slug]', { slug }) → /es/practicas/slug. */
export function sitePath(locale: ApiLocale, pathname: keyof Pathnames, params: Record<string, string> = {}): string {
  const entry = routing.pathnames[pathname]
  const template = typeof entry === 'string' ? entry : entry[locale]
  const path = template.replace(/\[([a-z]+)\]/gi, (_, name: string) => encodeURIComponent(params[name] ?? ''))
  return `/${locale}${path === '/' ? '' : path}`
}

export function siteUrl(siteOrigin: string, path: string): string {
  return new URL(path, siteOrigin).toString()
}

/** The report's date and the secretariat's editorial date, apart (lib/practices/dates.ts). */
export function publicDates(row: PracticeRow) {
  const dates = practiceDates(row)
  return {
    reportDate: dates.reportDate?.toISOString().slice(0, 10) ?? null,
    editedAt: dates.editedAt?.toISOString() ?? null,
    updatedAt: dates.lastModified.toISOString(),
  }
}

/** Where the practice comes from (lib/proposals/provenance-of.ts), flat so the CSV has one column each. */
export function publicProvenance(row: PracticeRow) {
  const provenance = provenanceOf(row, { sessionIds: [], firstPublishedAt: row.revisions[0]?.createdAt ?? null })
  return {
    source: SLUG_BY_SOURCE[provenance.source],
    proposedBy: provenance.proposedBy,
    proposedAt: provenance.proposedAt?.toISOString() ?? null,
    firstPublishedAt: provenance.firstPublishedAt?.toISOString() ?? null,
  }
}

const nonEmpty = (value: string | null | undefined): value is string => value != null && value.trim() !== ''

function text(locale: ApiLocale, es: string | null, en: string | null): string | null {
  if (locale === 'en' && nonEmpty(en)) return en
  return nonEmpty(es) ? es : null
}

function refs(locale: ApiLocale, row: PracticeRow) {
  const en = locale === 'en'
  return {
    objectives: row.objectives.map(({ objective: o }) => ({
      number: o.number,
      title: en ? o.titleEn : o.titleEs,
      shortLabel: (en ? o.shortLabelEn : o.shortLabelEs) ?? null,
    })),
    actors: row.actors.map(({ actor: a }) => ({
      slug: a.slug,
      type: a.type,
      name: en ? a.nameEn : a.nameEs,
      acronym: (en ? a.acronymEn : a.acronymEs) ?? null,
    })),
    sessions: [...row.sessions]
      .sort((a, b) => a.session.position - b.session.position)
      .map(({ session: s }) => ({ slug: s.slug, code: s.code, title: en ? s.titleEn : s.titleEs })),
  }
}

export function toPracticeSummary(locale: ApiLocale, row: PracticeRow, origin: string): PracticeSummary {
  const title = pickOptional(locale, row.titleEs, row.titleEn)
  const summary = pickOptional(locale, row.summaryEs, row.summaryEn)
  return {
    slug: row.slug,
    kind: SLUG_BY_KIND[row.kind],
    title: title.text,
    summary: summary.text,
    untranslated: title.untranslated || summary.untranslated,
    ...refs(locale, row),
    ...publicDates(row),
    ...publicProvenance(row),
    url: siteUrl(origin, sitePath(locale, '/practices/[slug]', { slug: row.slug })),
    apiUrl: siteUrl(
      origin,
      `/api/v1/practices/${encodeURIComponent(row.slug)}${locale === 'es' ? '' : `?locale=${locale}`}`,
    ),
  }
}

export function toPracticeDetail(locale: ApiLocale, row: PracticeRow, origin: string): PracticeDetail {
  return {
    ...toPracticeSummary(locale, row, origin),
    // A pair of columns is one text in the visitor's language (Spanish when English is missing); a single column as stored.
    ...(Object.fromEntries(
      PRACTICE_API_TEXTS.map((field) => [
        field.name,
        field.en ? text(locale, row[field.es], row[field.en]) : row[field.es],
      ]),
    ) as Pick<PracticeDetail, (typeof PRACTICE_API_TEXTS)[number]['name']>),
  }
}

/** One export row: both languages, so an export can be imported again without loss. */
export function toExportRow(locale: ApiLocale, row: PracticeRow, origin: string): PracticeExportRow {
  const linked = refs(locale, row)
  return {
    ...pickColumns(row, PRACTICE_CONTENT_COLUMNS),
    kind: SLUG_BY_KIND[row.kind],
    objectives: linked.objectives.map((o) => o.number),
    objectiveNames: linked.objectives.map((o) => o.title),
    actors: linked.actors.map((a) => a.slug),
    actorNames: linked.actors.map((a) => a.name),
    sessions: linked.sessions.map((s) => s.slug),
    sessionNames: linked.sessions.map((s) => s.title),
    ...publicDates(row),
    ...publicProvenance(row),
    url: siteUrl(origin, sitePath(locale, '/practices/[slug]', { slug: row.slug })),
  }
}

/** The practice's own text columns of the export, in order: also what an import reads back. */
export const EXPORT_TEXT_COLUMNS = PRACTICE_CONTENT_COLUMNS satisfies readonly (keyof PracticeExportRow)[]

/** CSV columns of the export, in order. */
export const EXPORT_COLUMNS = [
  ...EXPORT_TEXT_COLUMNS,
  'objectives',
  'objectiveNames',
  'actors',
  'actorNames',
  'sessions',
  'sessionNames',
  'reportDate',
  'editedAt',
  'updatedAt',
  // Provenance: read by people and other systems; an import leaves it as it is (lib/import/parse.ts).
  'source',
  'proposedBy',
  'proposedAt',
  'firstPublishedAt',
  'url',
] as const satisfies readonly (keyof PracticeExportRow)[]

/** Lists in a CSV cell are joined with ";". Codes never contain one; the name columns are for people (an import reads the codes). */
export const CSV_LIST_SEPARATOR = ';'

export function exportRowToCsvCells(row: PracticeExportRow): string[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = row[column]
    if (Array.isArray(value)) return value.map(String).join(CSV_LIST_SEPARATOR)
    return value == null ? '' : String(value)
  })
}

type CatalogueFacetValue = { value: string; label: string; count: number; selected: boolean }
type CatalogueFacets = Record<'objective' | 'actor' | 'session' | 'kind' | 'source', CatalogueFacetValue[]>

/** The catalogue's facet counts in the API's shape (objective values as numbers). */
export function toApiFacets(facets: CatalogueFacets): PracticeList['facets'] {
  const plain = (value: CatalogueFacetValue) => ({ label: value.label, count: value.count, selected: value.selected })
  return {
    objective: facets.objective.map((value) => ({ value: Number(value.value), ...plain(value) })),
    actor: facets.actor.map((value) => ({ value: value.value, ...plain(value) })),
    session: facets.session.map((value) => ({ value: value.value, ...plain(value) })),
    kind: enumFacet(facets.kind, PRACTICE_KIND_SLUGS),
    source: enumFacet(facets.source, PRACTICE_SOURCE_SLUGS),
  }
  function enumFacet<Slug extends string>(values: CatalogueFacetValue[], slugs: readonly Slug[]) {
    return values.flatMap((value) => {
      const slug = slugs.find((candidate) => candidate === value.value)
      return slug ? [{ value: slug, ...plain(value) }] : []
    })
  }
}
