import type { Metadata } from 'next'
import type { Locale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/ui'
import { env } from '@/lib/env'
import { catalogueQueryString, parseCatalogueSearchParams } from '@/lib/practices/schemas'
import { Section } from '@/components/ui/section'

type SearchParams = Record<string, string | string[] | undefined>

/** The data URLs of a catalogue view: same filters (no page), the page's language. */
export function catalogueDataUrls(locale: Locale, searchParams: SearchParams) {
  const view = parseCatalogueSearchParams(searchParams)
  const filters = { ...view, page: 1 }
  const withLocale = (query: string) => {
    const search = new URLSearchParams(query)
    if (locale !== 'es') search.set('locale', locale)
    const text = search.toString()
    return text ? `?${text}` : ''
  }
  const exportQuery = withLocale(catalogueQueryString(filters))
  // The feed is always newest first: it takes no sort.
  const feedQuery = withLocale(catalogueQueryString({ ...filters, sort: undefined }))
  const briefingQuery = catalogueQueryString(filters)
  return {
    feed: `/api/v1/feed/practices${feedQuery}`,
    csv: `/api/v1/export/practices.csv${exportQuery}`,
    json: `/api/v1/export/practices.json${exportQuery}`,
    briefingQuery: Object.fromEntries(
      [...new URLSearchParams(briefingQuery).keys()].map((key) => {
        const values = new URLSearchParams(briefingQuery).getAll(key)
        return [key, values.length === 1 ? values[0]! : values]
      }),
    ) as Record<string, string | string[]>,
  }
}

/**
 * For the catalogue's generateMetadata: `alternates: { ...base.alternates, types: await
 * catalogueFeedAlternates(locale, searchParams) }` adds <link rel="alternate" type="application/atom+xml">.
 */
export async function catalogueFeedAlternates(
  locale: Locale,
  searchParams: SearchParams,
): Promise<NonNullable<NonNullable<Metadata['alternates']>['types']>> {
  const t = await getTranslations({ locale, namespace: 'CatalogueData' })
  const url = new URL(catalogueDataUrls(locale, searchParams).feed, env().SITE_URL).toString()
  return { 'application/atom+xml': [{ url, title: t('feedTitle') }] }
}

/** Visible links to the feed, the exports and the printable briefing of the current catalogue view. */
export async function CatalogueDataLinks({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const t = await getTranslations({ locale, namespace: 'CatalogueData' })
  const urls = catalogueDataUrls(locale, searchParams)
  const linkClass = 'inline-flex min-h-11 items-center'
  return (
    <Section
      id="catalogue-data"
      heading={t('heading')}
      headingClassName="text-base font-semibold"
      className="space-y-1"
      data-print="hide"
    >
      <ul className="flex flex-wrap gap-x-5">
        <li>
          <a href={urls.feed} type="application/atom+xml" className={linkClass}>
            {t('feed')}
          </a>
        </li>
        <li>
          <a href={urls.csv} type="text/csv" download className={linkClass}>
            {t('csv')}
          </a>
        </li>
        <li>
          <a href={urls.json} type="application/json" download className={linkClass}>
            {t('json')}
          </a>
        </li>
        <li>
          <Link href={{ pathname: '/briefing', query: urls.briefingQuery }} className={linkClass}>
            {t('briefing')}
          </Link>
        </li>
      </ul>
    </Section>
  )
}
