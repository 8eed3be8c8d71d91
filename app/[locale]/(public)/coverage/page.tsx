import { getTranslations } from 'next-intl/server'
import { objectiveHref } from '@/components/forum/hrefs'
import { CoverageLegend } from '@/components/insight/coverage-legend'
import { CoverageTable } from '@/components/insight/coverage-table'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PrintButton } from '@/components/practice/print-button'
import { Button, Checkbox, Link, Select } from '@/components/ui'
import { getPathname } from '@/i18n/navigation'
import { findSessions } from '@/lib/forum/sessions-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { getCoverageMatrix } from '@/lib/insight/queries'
import { CatalogueSearchParamsSchema, PRACTICE_KIND_SLUGS } from '@/lib/practices/schemas'
import { CoverageGlance } from '@/components/glance/coverage-glance'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Depends on its search parameters: rendered per request, from cached data (searchPractices and
// the other public queries are cached by their arguments; docs/decisions/010-public-cache.md).
export const dynamic = 'force-dynamic'

/** The matrix's filters, read tolerantly like the catalogue's (a bad value is dropped). */
const CoverageParamsSchema = CatalogueSearchParamsSchema.pick({ kind: true, session: true })

export const generateMetadata = messagesMetadata('Coverage', '/coverage')

export default async function CoveragePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const parsed = CoverageParamsSchema.safeParse(await searchParams)
  const filters = parsed.success ? parsed.data : { kind: [], session: [] }
  const [t, tCatalogue, tForum, matrix, sessions] = await Promise.all([
    getTranslations('Coverage'),
    getTranslations('Catalogue'),
    getTranslations('Forum'),
    getCoverageMatrix(locale, filters),
    findSessions(locale),
  ])
  const knownSessions = sessions.filter((s) => s.practiceCount > 0)
  const filtered = filters.kind.length > 0 || filters.session.length > 0

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/coverage' }]} />
      <PageHeader title={t('title')} lead={t('intro')} />

      <Section
        id="coverage-filters"
        heading={t('filtersHeading')}
        headingClassName="text-xl font-semibold"
        className="space-y-3"
        data-print="hide"
      >
        <form method="get" action={getPathname({ locale, href: '/coverage' })} className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
          <fieldset className="space-y-1">
            <legend className="font-medium">{t('kindLegend')}</legend>
            <div className="flex flex-wrap gap-x-4">
              {PRACTICE_KIND_SLUGS.map((kind) => (
                <Checkbox key={kind} name="kind" value={kind} label={tCatalogue(`kind.${kind}`)} defaultChecked={filters.kind.includes(kind)} />
              ))}
            </div>
          </fieldset>
          <Select name="session" label={t('sessionLabel')} defaultValue={filters.session[0] ?? ''} fieldClassName="sm:w-72">
            <option value="">{t('allSessions')}</option>
            {knownSessions.map((session) => (
              <option key={session.slug} value={session.slug}>
                {tForum('sessionCode', { code: session.code })}: {session.title}
              </option>
            ))}
          </Select>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit">{t('apply')}</Button>
            {filtered ? (
              <Link href="/coverage" className="inline-flex min-h-11 items-center">
                {t('reset')}
              </Link>
            ) : null}
          </div>
        </form>
      </Section>

      <p className="font-medium" role="status">
        {t('summary', { total: matrix.total })}
      </p>

      <Section
        id="coverage-gaps"
        heading={t('gapsHeading')}
        headingClassName="text-xl font-semibold"
        className="space-y-2 rounded border-l-4 border-warning-700 bg-warning-50 p-4"
      >
        {matrix.gaps.length > 0 ? (
          <>
            <p>{t('gapsIntro', { count: matrix.gaps.length })}</p>
            <ul className="list-disc space-y-1 pl-6">
              {matrix.gaps.map((number) => {
                const objective = matrix.objectives.find((o) => o.number === number)
                return (
                  <li key={number}>
                    <Link href={objectiveHref(number)}>
                      {tForum('objectiveNumber', { number })}: {objective?.shortLabel ?? objective?.title}
                    </Link>
                  </li>
                )
              })}
            </ul>
          </>
        ) : (
          <p>{t('noGaps')}</p>
        )}
      </Section>

      <CoverageGlance filters={filters} />

      <CoverageLegend />

      <CoverageTable matrix={matrix} filters={filters} />
      <p className="text-sm text-neutral-700">{t('totalsNote')}</p>

      <div className="flex flex-wrap items-center gap-4" data-print="hide">
        <Link href="/compare">{t('compareLink')}</Link>
        <PrintButton label={t('print')} />
      </div>
    </div>
  )
}
