import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PrintButton } from '@/components/practice/print-button'
import { Link } from '@/components/ui'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageMetadata } from '@/lib/i18n/metadata'
import { findAllMatchingPracticeRows } from '@/lib/open-data/queries'
import { toPracticeSummary } from '@/lib/open-data/serializers'
import { env } from '@/lib/env'
import { catalogueQueryString, parseCatalogueSearchParams } from '@/lib/practices/schemas'
import { formatDate } from '@/lib/i18n/dates'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Depends on its search parameters: rendered per request, from cached data (searchPractices and
// the other public queries are cached by their arguments; docs/decisions/010-public-cache.md).
export const dynamic = 'force-dynamic'

/** The most practices one briefing prints. */
const BRIEFING_LIMIT = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Briefing' })
  const metadata = await pageMetadata({
    locale,
    pathname: '/briefing',
    title: t('metaTitle'),
    description: t('metaDescription'),
  })
  // A view of the catalogue, not a page of its own for search engines.
  return { ...metadata, robots: { index: false, follow: true } }
}

export default async function BriefingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const view = parseCatalogueSearchParams(await searchParams)
  const filters = {
    locale,
    q: view.q || undefined,
    objective: view.objective,
    actor: view.actor,
    session: view.session,
    kind: view.kind,
    source: view.source,
    sort: view.sort,
  }
  const [t, tCatalogue, format, { rows, total, facets }] = await Promise.all([
    getTranslations('Briefing'),
    getTranslations('Catalogue'),
    getFormatter(),
    findAllMatchingPracticeRows(filters, BRIEFING_LIMIT),
  ])
  const practices = rows.map((row) => toPracticeSummary(locale, row, env().SITE_URL))
  const selected = (
    values: { label: string; value: string; selected: boolean }[],
    label = (v: { label: string; value: string }) => v.label,
  ) => format.list(values.filter((v) => v.selected).map(label), { type: 'conjunction' })
  const statements = [
    view.q ? t('filterQuery', { q: view.q }) : null,
    view.objective.length
      ? t('filterObjectives', { list: selected(facets.objective, (v) => `${v.value}. ${v.label}`) })
      : null,
    view.actor.length ? t('filterActors', { list: selected(facets.actor) }) : null,
    view.session.length ? t('filterSessions', { list: selected(facets.session) }) : null,
    view.kind.length
      ? t('filterKinds', {
          list: format.list(
            view.kind.map((k) => tCatalogue(`kind.${k}`)),
            { type: 'conjunction' },
          ),
        })
      : null,
    view.source.length
      ? t('filterSources', {
          list: format.list(
            view.source.map((s) => tCatalogue(`source.${s}`)),
            { type: 'conjunction' },
          ),
        })
      : null,
  ].filter((s): s is string => s !== null)
  const catalogueQuery = Object.fromEntries(new URLSearchParams(catalogueQueryString({ ...view, page: 1 })))

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tCatalogue('breadcrumb'), href: '/practices' }, { label: t('breadcrumb') }]} />
      <PageHeader className="space-y-3 border-b border-neutral-200 pb-4" title={t('title')}>
        <Section
          id="briefing-filters"
          heading={t('filtersHeading')}
          headingClassName="text-lg font-semibold"
          className="space-y-1"
        >
          {statements.length > 0 ? (
            <ul className="list-disc pl-6">
              {statements.map((statement) => (
                <li key={statement}>{statement}</li>
              ))}
            </ul>
          ) : (
            <p>{t('noFilters')}</p>
          )}
          <p>{t('date', { date: formatDate(locale, new Date()) })}</p>
          <p className="font-medium">{t('count', { count: total })}</p>
          {total > practices.length ? <p>{t('truncated', { shown: practices.length, total })}</p> : null}
        </Section>
        <div className="flex flex-wrap items-center gap-4" data-print="hide">
          <PrintButton label={t('print')} />
          <Link href={{ pathname: '/practices', query: catalogueQuery }} className="inline-flex min-h-11 items-center">
            {t('backToCatalogue')}
          </Link>
        </div>
      </PageHeader>

      {practices.length === 0 ? <p>{t('empty')}</p> : null}
      <ol className="space-y-6">
        {practices.map((practice) => (
          <li key={practice.slug} className="space-y-2 break-inside-avoid border-b border-neutral-200 pb-4">
            <h2 className="text-xl font-semibold" lang={practice.untranslated ? 'es' : undefined}>
              {practice.title}
              {practice.untranslated ? (
                <span className="ml-2 text-sm font-normal text-neutral-700" lang={locale}>
                  ({t('untranslated')})
                </span>
              ) : null}
            </h2>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('kind')}</dt>
              <dd>{tCatalogue(`kind.${practice.kind}`)}</dd>
              {practice.actors.length > 0 ? (
                <>
                  <dt className="font-semibold">{t('actors')}</dt>
                  <dd>
                    {format.list(
                      practice.actors.map((a) => a.name),
                      { type: 'conjunction' },
                    )}
                  </dd>
                </>
              ) : null}
              {practice.objectives.length > 0 ? (
                <>
                  <dt className="font-semibold">{t('objectives')}</dt>
                  <dd>{practice.objectives.map((o) => `${o.number}. ${o.shortLabel ?? o.title}`).join(' · ')}</dd>
                </>
              ) : null}
              {practice.sessions.length > 0 ? (
                <>
                  <dt className="font-semibold">{t('sessions')}</dt>
                  <dd>{practice.sessions.map((s) => s.title).join(' · ')}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t('link')}</dt>
              <dd className="[overflow-wrap:anywhere]">
                <a href={practice.url}>{practice.url}</a>
              </dd>
            </dl>
            <p className="whitespace-pre-line" lang={practice.untranslated ? 'es' : undefined}>
              {practice.summary}
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}
