import { getTranslations } from 'next-intl/server'
import { AuditEntries } from '@/components/audit/audit-entries'
import { AuditFilters } from '@/components/audit/audit-filters'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { getPathname } from '@/i18n/navigation'
import { AuditFilterSchema, findAuditEntries, findAuditFacets, type AuditFilter } from '@/lib/audit/queries'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { privateMessagesMetadata } from '@/lib/i18n/messages-metadata'
import { PageHeader } from '@/components/ui/page-header'
import { PagedResults } from '@/components/ui/paged-results'
import { Section } from '@/components/ui/section'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = privateMessagesMetadata('Audit', '/manage/audit')

function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  )
}

/** The filter as query parameters (without empty ones), for the pagination links. */
function query(filter: AuditFilter, page: number): Record<string, string> {
  const entries = Object.entries({ ...filter, page: String(page) }).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && entry[1] !== '' && !(entry[0] === 'page' && entry[1] === '1'),
  )
  return Object.fromEntries(entries)
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const admin = await requireUserOrRedirect(locale, {
    roles: ['admin'],
    returnTo: getPathname({ locale, href: '/manage/audit' }),
  })
  const filter = AuditFilterSchema.parse(firstValues(await searchParams))
  const [t, result, facets] = await Promise.all([
    getTranslations('Audit'),
    findAuditEntries(admin, filter),
    findAuditFacets(admin),
  ])

  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('title'), href: '/manage/audit' }]} />
      <PageHeader as="div" className="space-y-2" title={t('title')} lead={t('intro')} />
      <Section id="audit-filters" heading={t('filtersHeading')} className="space-y-3">
        <AuditFilters filter={filter} actions={facets.actions} targetTypes={facets.targetTypes} />
      </Section>
      <PagedResults
        id="audit-results"
        heading={t('resultsHeading')}
        count={t('results', { total: result.total })}
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => ({ pathname: '/manage/audit', query: query(filter, page) })}
        t={t}
      >
        <AuditEntries entries={result.entries} />
      </PagedResults>
    </div>
  )
}
