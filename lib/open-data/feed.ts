// The Atom feed of the catalogue (newest updates first) for any filter: its title names the filter
// ("Objetivo 21 · México"), each entry links to the practice page in the feed's language.
import { practiceDates } from '../practices/dates'
import { toAtom, type AtomEntry } from './atom'
import type { ApiLocale } from './schemas'
import type { PracticeRow } from './queries'
import { sitePath, siteUrl, toPracticeSummary } from './serializers'

export const FEED_SIZE = 50

const TEXT = {
  es: {
    title: 'Buenas prácticas de la Conferencia Regional sobre Migración',
    subtitle: 'Prácticas publicadas o actualizadas recientemente',
    author: 'Conferencia Regional sobre Migración (CRM)',
    objective: 'Objetivo',
    search: 'búsqueda',
  },
  en: {
    title: 'Good practices of the Regional Conference on Migration',
    subtitle: 'Recently published or updated practices',
    author: 'Regional Conference on Migration (RCM)',
    objective: 'Objective',
    search: 'search',
  },
} as const

export type FeedFilterLabels = {
  q?: string
  objectives: number[]
  actors: string[]
  sessions: string[]
  kinds: string[]
  sources: string[]
}

/** "Objetivo 21 · México · …" for the selected filters, or null when there are none. */
export function describeFilters(locale: ApiLocale, filters: FeedFilterLabels): string | null {
  const text = TEXT[locale]
  const parts = [
    ...filters.objectives.map((n) => `${text.objective} ${n}`),
    ...filters.actors,
    ...filters.sessions,
    ...filters.kinds,
    ...filters.sources,
    ...(filters.q ? [`${text.search}: “${filters.q}”`] : []),
  ]
  return parts.length > 0 ? parts.join(' · ') : null
}

export function practiceFeed({
  locale,
  rows,
  origin,
  selfUrl,
  catalogueUrl,
  filterLabel,
  lastModified,
}: {
  locale: ApiLocale
  rows: PracticeRow[]
  origin: string
  selfUrl: string
  catalogueUrl: string
  filterLabel: string | null
  lastModified: Date | undefined
}): string {
  const text = TEXT[locale]
  const entries: AtomEntry[] = rows.map((row) => {
    const summary = toPracticeSummary(locale, row, origin)
    const dates = practiceDates(row)
    return {
      id: siteUrl(origin, sitePath('es', '/practices/[slug]', { slug: row.slug })),
      title: summary.title,
      updated: dates.lastModified,
      published: dates.reportDate ?? row.publishedAt,
      summary: summary.summary,
      authors: summary.actors.map((actor) => actor.name),
      categories: summary.objectives.map((o) => ({
        term: `objective-${o.number}`,
        label: `${text.objective} ${o.number}: ${o.title}`,
      })),
      links: [{ rel: 'alternate', type: 'text/html', hreflang: locale, href: summary.url }],
    }
  })
  const newest = rows
    .map((row) => practiceDates(row).lastModified)
    .reduce<Date | undefined>((max, date) => (!max || date > max ? date : max), undefined)
  return toAtom({
    id: selfUrl,
    title: filterLabel ? `${text.title} — ${filterLabel}` : text.title,
    subtitle: text.subtitle,
    updated: newest ?? lastModified ?? new Date(0),
    language: locale,
    author: text.author,
    links: [
      { rel: 'self', type: 'application/atom+xml', href: selfUrl },
      { rel: 'alternate', type: 'text/html', hreflang: locale, href: catalogueUrl },
    ],
    entries,
  })
}
