// The catalogue search's shapes: what a caller asks (SearchPracticesInput) and what it gets back
// (CatalogueResult). Apart from queries.ts so that the statement builders (search-*-queries.ts) and the
// components can name them without importing the queries.
import type { Locale } from 'next-intl'
import type { ActorType, PracticeKind } from '../generated/prisma/enums'
import type { Localized } from '@/lib/i18n/localize'
import type { CatalogueSort, PracticeKindSlug, PracticeSourceSlug } from './schemas'
import type { HighlightSegment } from './search'

export type SearchPracticesInput = {
  locale: Locale
  q?: string
  objective?: number[]
  actor?: string[]
  session?: string[]
  kind?: PracticeKindSlug[]
  source?: PracticeSourceSlug[]
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
  source: FacetValue[]
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
