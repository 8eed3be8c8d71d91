// The catalogue's views as cacheable pages (docs/decisions/010-public-cache.md). A page that reads its
// search parameters renders on every request; the proxy therefore rewrites each catalogue URL to an
// internal route whose one path segment is the view's normalised query string, so Next's full-route
// cache keeps one entry per distinct view. Equal views (parameters in another order, a default sort,
// page 1, an invalid value dropped) share one key and one cache entry.
import { catalogueQueryString, parseCatalogueSearchParams, searchParamsToObject } from './schemas'

/** The internal route's first segment under the locale (app/[locale]/(public)/catalogue-view/[view]). */
export const CATALOGUE_VIEW_SEGMENT = 'catalogue-view'

/** The key of the unfiltered first page. */
const ALL = 'all'

/** The normalised query string of a catalogue URL's search parameters (no leading "?"). */
export function normalisedCatalogueQuery(search: URLSearchParams): string {
  return catalogueQueryString(parseCatalogueSearchParams(searchParamsToObject(search)))
}

/** The path segment of a view: its normalised query string, base64url-encoded (no "/", "%" or "?"). */
export function catalogueViewKey(query: string): string {
  return query === '' ? ALL : Buffer.from(query, 'utf8').toString('base64url')
}

/**
 * The normalised query string a key stands for, or null for a key that no catalogue URL produces
 * (so a hand-made key can neither render an odd view nor fill the cache with copies of one).
 */
export function catalogueViewQuery(key: string): string | null {
  if (key === ALL) return ''
  if (!/^[A-Za-z0-9_-]+$/.test(key)) return null
  // Only the key of a normalised query re-encodes to itself (this also refuses other spellings of the
  // same base64url).
  const query = normalisedCatalogueQuery(new URLSearchParams(Buffer.from(key, 'base64url').toString('utf8')))
  return query !== '' && catalogueViewKey(query) === key ? query : null
}
