// The catalogue's URL state as text: the canonical query string of a view and its pieces. No zod here:
// the catalogue's form runs this in the browser (lib/practices/schemas.ts parses and validates, on the
// server, and re-exports these).
import type { CatalogueSearchParams } from './schemas'

/** Longest query the search reads; longer input is cut here (the page still shows results). */
export const MAX_QUERY_LENGTH = 200

export const CATALOGUE_SORTS = ['relevance', 'title', 'updated'] as const
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]

/** Cuts a query to MAX_QUERY_LENGTH characters (never inside a surrogate pair) and tidies its spaces. */
export function normalizeQuery(value: string): string {
  const withoutControls = value.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return Array.from(withoutControls).slice(0, MAX_QUERY_LENGTH).join('').replace(/\s+/g, ' ').trim()
}

/**
 * The URL search params of a catalogue view, in a stable order, without defaults (page 1, the
 * default sort, empty lists), so equal views have equal URLs.
 */
export function catalogueQueryString(params: Partial<CatalogueSearchParams>): string {
  const search = new URLSearchParams()
  if (params.q) search.set('q', params.q)
  for (const value of params.objective ?? []) search.append('objective', String(value))
  for (const value of params.actor ?? []) search.append('actor', value)
  for (const value of params.session ?? []) search.append('session', value)
  for (const value of params.kind ?? []) search.append('kind', value)
  for (const value of params.source ?? []) search.append('source', value)
  const defaultSort = params.q ? 'relevance' : 'title'
  if (params.sort && params.sort !== defaultSort) search.set('sort', params.sort)
  if (params.page && params.page > 1) search.set('page', String(params.page))
  return search.toString()
}

/** URLSearchParams (or FormData entries) → the object shape the schema reads. */
export function searchParamsToObject(search: Iterable<[string, string]>): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [key, value] of search) (out[key] ??= []).push(value)
  return out
}

/** The same view as a query object, for Link hrefs ({ pathname: '/practices', query }). */
export function catalogueQuery(params: Partial<CatalogueSearchParams>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, values] of Object.entries(searchParamsToObject(new URLSearchParams(catalogueQueryString(params))))) {
    out[key] = values.length === 1 ? (values[0] ?? '') : values
  }
  return out
}
