import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ActiveFilters, activeFilterChips } from '@/components/catalogue/active-filters'
import { CatalogueForm } from '@/components/catalogue/catalogue-form'
import { FacetFieldset } from '@/components/catalogue/facet-fieldset'
import { FiltersDisclosure } from '@/components/catalogue/filters-disclosure'
import { ResultCard } from '@/components/catalogue/result-card'
import { practiceHref } from '@/components/forum/hrefs'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { CatalogueDataLinks, catalogueFeedAlternates } from '@/components/open-data/catalogue-data-links'
import { Button, Input, Link, Select } from '@/components/ui'
import { getPathname } from '@/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageMetadata } from '@/lib/i18n/metadata'
import { catalogueViewQuery } from '@/lib/practices/catalogue-view-key'
import { searchPractices } from '@/lib/practices/queries'
import {
  catalogueQuery,
  catalogueQueryString,
  MAX_QUERY_LENGTH,
  parseCatalogueSearchParams,
  searchParamsToObject,
} from '@/lib/practices/schemas'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'

type Props = { params: Promise<{ locale: string; view: string }> }

// The catalogue (/es/practicas, /en/practices) with its view in the path: proxy.ts rewrites every
// catalogue URL here, keyed by its normalised query (lib/practices/catalogue-view-key.ts), so each view
// is rendered on its first request and then served from Next's cache until a publication changes it
// (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

/** The page's locale and view; a key that no catalogue URL produces is a 404. */
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const query = catalogueViewQuery((await params).view)
  if (query === null) notFound()
  const searchParams = searchParamsToObject(new URLSearchParams(query))
  return { locale, searchParams, view: parseCatalogueSearchParams(searchParams) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, searchParams, view } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Catalogue' })
  // Every view is its own page (page 2 is not page 1): the canonical URL keeps the view's query.
  const base = await pageMetadata({
    locale,
    pathname: { pathname: '/practices', query: catalogueQuery(view) },
    title: t('metaTitle'),
    description: t('metaDescription'),
  })
  // The Atom feed of the current view, announced with <link rel="alternate">.
  return {
    ...base,
    alternates: { ...base.alternates, types: await catalogueFeedAlternates(locale, searchParams) },
  }
}

export default async function CataloguePage({ params }: Props) {
  const { locale, searchParams, view } = await load(params)
  const [t, tLayout, tProposals, result] = await Promise.all([
    getTranslations('Catalogue'),
    getTranslations('CatalogueLayout'),
    getTranslations('Proposals'),
    searchPractices({ locale, ...view }),
  ])
  const kindLabel = (kind: string) => t(`kind.${kind as 'tool'}`)
  const sourceLabel = (source: string) => t(`source.${source as 'proposal'}`)
  const chips = activeFilterChips(view, result.facets, {
    query: (q) => t('queryChip', { q }),
    kind: kindLabel,
    source: sourceLabel,
    objective: (n, title) => `${n}. ${title}`,
  })
  const resultSummary = result.q
    ? t('resultCountFor', { count: result.total, q: result.correctedQuery ?? result.q })
    : t('resultCount', { count: result.total })
  const activeFilterCount =
    view.kind.length + view.source.length + view.objective.length + view.actor.length + view.session.length
  const countries = result.facets.actor.filter((value) => value.detail === 'COUNTRY')
  const organizations = result.facets.actor.filter((value) => value.detail !== 'COUNTRY')

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/practices' }]} />
      <PageHeader className="max-w-3xl space-y-2" title={t('title')} lead={t('intro')}>
        {/* On a phone the filters come before the results: one link jumps over them (and over the search). */}
        <p className="lg:sr-only lg:focus-within:not-sr-only" data-print="hide">
          <a href="#catalogue-results" className="inline-flex min-h-11 items-center font-semibold">
            {tLayout('skipToResults', { count: result.total })}
          </a>
        </p>
      </PageHeader>

      <CatalogueForm
        action={getPathname({ locale, href: '/practices' })}
        stateKey={catalogueQueryString(view)}
        updatingLabel={t('updating')}
        resultSummary={resultSummary}
        resultSummaryId="catalogue-result-summary"
      >
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end" role="search">
          <Input
            type="search"
            name="q"
            label={t('searchLabel')}
            hint={t('searchHint')}
            defaultValue={view.q}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            fieldClassName="grow"
          />
          <Button type="submit" className="sm:mb-0">
            {t('submit')}
          </Button>
        </div>

        <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
          <aside aria-label={t('filtersHeading')} data-print="hide">
            <FiltersDisclosure
              heading={t('filtersHeading')}
              activeLabel={tLayout('activeFilters', { count: activeFilterCount })}
            >
              <FacetFieldset
                legend={t('facet.kind')}
                name="kind"
                values={result.facets.kind}
                label={(value) => kindLabel(value.value)}
              />
              <FacetFieldset
                legend={t('facet.objective')}
                name="objective"
                values={result.facets.objective}
                label={(value) => `${value.value}. ${value.label}`}
              />
              <FacetFieldset legend={t('facet.country')} name="actor" values={countries} />
              <FacetFieldset legend={t('facet.organization')} name="actor" values={organizations} />
              <FacetFieldset legend={t('facet.session')} name="session" values={result.facets.session} />
              <FacetFieldset
                legend={t('facet.source')}
                name="source"
                values={result.facets.source}
                label={(value) => sourceLabel(value.value)}
              />
              <noscript>
                <Button type="submit" variant="secondary" className="mt-4 w-full">
                  {t('applyFilters')}
                </Button>
              </noscript>
            </FiltersDisclosure>
          </aside>

          <section
            aria-labelledby="catalogue-results"
            className="min-w-0 space-y-4 group-data-[pending=true]:opacity-60"
          >
            <div className="flex flex-wrap items-end justify-between gap-3">
              <div>
                <h2 id="catalogue-results" className="text-xl font-semibold">
                  {t('resultsHeading')}
                </h2>
                <p
                  id="catalogue-result-summary"
                  tabIndex={-1}
                  className="scroll-mt-4 text-neutral-700"
                  data-testid="result-count"
                >
                  {resultSummary}
                  {result.pageCount > 1
                    ? ` · ${t('pageOf', { page: result.page, pageCount: result.pageCount })}`
                    : null}
                </p>
                {result.correctedQuery ? (
                  <p className="text-neutral-700" data-testid="corrected-query">
                    {t('correctedQuery', { original: result.q, q: result.correctedQuery })}
                  </p>
                ) : null}
              </div>
              <Select
                name="sort"
                label={t('sortLabel')}
                defaultValue={result.sort}
                data-current={result.sort}
                data-default={view.q ? 'relevance' : 'title'}
                fieldClassName="w-full sm:w-64"
              >
                {view.q ? <option value="relevance">{t('sort.relevance')}</option> : null}
                <option value="title">{t('sort.title')}</option>
                <option value="updated">{t('sort.updated')}</option>
              </Select>
            </div>

            <ActiveFilters chips={chips} />

            {result.items.length > 0 ? (
              <ol className="space-y-4" aria-label={t('resultsHeading')}>
                {result.items.map((item) => (
                  <ResultCard key={item.slug} item={item} />
                ))}
              </ol>
            ) : (
              <div
                className="space-y-3 rounded-lg border border-neutral-300 bg-neutral-50 p-5"
                data-testid="empty-state"
              >
                <h3 className="text-lg font-semibold">{t('emptyTitle')}</h3>
                {chips.length > 0 ? (
                  <>
                    <p>{t('emptyRemoveFilter')}</p>
                    <ul className="list-disc space-y-1 pl-6">
                      {chips.map((chip) => (
                        <li key={chip.key}>
                          <Link
                            href={{ pathname: '/practices', query: catalogueQuery(chip.without) }}
                            className="inline-block py-1"
                          >
                            {t('removeFilter', { label: chip.label })}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {view.q ? <p>{t('emptyTryOther')}</p> : null}
                {result.closeMatches.length > 0 ? (
                  <>
                    <h4 className="font-semibold">{t('closeMatches')}</h4>
                    <ul className="list-disc space-y-1 pl-6">
                      {result.closeMatches.map((match) => (
                        <li key={match.slug}>
                          <Link
                            href={practiceHref(match.slug)}
                            className="inline-block py-1"
                            lang={match.title.untranslated ? 'es' : undefined}
                          >
                            {match.title.text}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </div>
            )}

            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              href={(page) => ({ pathname: '/practices', query: catalogueQuery({ ...view, page }) })}
              labels={{
                nav: t('pagination'),
                previous: t('previous'),
                next: t('next'),
                page: (page) => t('pageLink', { page }),
              }}
            />
          </section>
        </div>
      </CatalogueForm>
      {/* The feed, exports and briefing of this view: after the results, not between them and the search. */}
      <CatalogueDataLinks locale={locale} searchParams={searchParams} />
      {/* After the results: on a phone the first result must stay within a screen and a half (catalogue-phone.spec.ts). */}
      <p data-print="hide">
        <Link href="/propose" className="inline-flex min-h-11 items-center font-semibold">
          {tProposals('link')}
        </Link>
      </p>
    </div>
  )
}
