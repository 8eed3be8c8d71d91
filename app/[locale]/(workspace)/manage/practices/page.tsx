import { getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { Link } from '@/components/ui'
import { PracticeFilters } from '@/components/workspace/practice-filters'
import { PracticeTable } from '@/components/workspace/practice-table'
import { getPathname } from '@/i18n/navigation'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { privateMessagesMetadata } from '@/lib/i18n/messages-metadata'
import { parseWorkspacePracticeParams, type WorkspacePracticeParams } from '@/lib/practices/editing-schemas'
import { findEditorOptions, findWorkspacePractices } from '@/lib/practices/workspace-queries'
import { PageHeader } from '@/components/ui/page-header'
import { PagedResults } from '@/components/ui/paged-results'
import { Section } from '@/components/ui/section'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = privateMessagesMetadata('WorkspacePractices', '/manage/practices')

/** The filters as query parameters (without defaults), for the pagination links. */
function query(params: WorkspacePracticeParams, page: number): Record<string, string> {
  const entries = Object.entries({ ...params, page: String(page) }).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' &&
      entry[1] !== '' &&
      !(entry[0] === 'page' && entry[1] === '1') &&
      !(entry[0] === 'sort' && entry[1] === 'updated'),
  )
  return Object.fromEntries(entries)
}

export default async function WorkspacePracticesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const user = await requireUserOrRedirect(locale, { returnTo: getPathname({ locale, href: '/manage/practices' }) })
  const filter = parseWorkspacePracticeParams(await searchParams)
  const [t, result, options] = await Promise.all([
    getTranslations('WorkspacePractices'),
    findWorkspacePractices(user, filter),
    findEditorOptions(user, locale),
  ])

  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('title'), href: '/manage/practices' }]} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader as="div" className="space-y-2" title={t('title')} lead={t('intro')} />
        <Link href="/manage/practices/new" variant="button">
          {t('newPractice')}
        </Link>
      </div>
      <Section id="practices-filters" heading={t('filtersHeading')} className="space-y-3">
        <PracticeFilters params={filter} sessions={options.sessions} />
      </Section>
      <PagedResults
        id="practices-results"
        heading={t('resultsHeading')}
        count={t('results', { total: result.total })}
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => ({ pathname: '/manage/practices', query: query(filter, page) })}
        t={t}
      >
        {result.items.length > 0 ? <PracticeTable rows={result.items} /> : <p>{t('empty')}</p>}
      </PagedResults>
    </div>
  )
}
