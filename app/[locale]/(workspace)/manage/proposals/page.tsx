import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { ProposalStatusBadge } from '@/components/proposals/proposal-status-badge'
import { Badge, Button, Link, PageHeader, Select, TableHead } from '@/components/ui'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { env } from '@/lib/env'
import { pageLocale } from '@/lib/i18n/page-locale'
import { formatDate } from '@/lib/i18n/dates'
import { PRACTICE_KINDS } from '@/lib/practices/editing-schemas'
import { findProposals } from '@/lib/proposals/queries'
import { PROPOSAL_STATUSES, PROPOSAL_TYPES, ProposalQueueParamsSchema } from '@/lib/proposals/schemas'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Depends on the session: never prerendered, never stored (next.config.js).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'ProposalsAdmin' })
  return privatePageMetadata({ locale, pathname: '/manage/proposals', title: t('metaTitle') })
}

export default async function ProposalQueuePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const user = await requireUserOrRedirect(locale, {
    roles: ['admin', 'editor'],
    returnTo: getPathname({ locale, href: '/manage/proposals' }),
  })
  const filters = ProposalQueueParamsSchema.parse(await searchParams)
  const [t, proposals] = await Promise.all([getTranslations('ProposalsAdmin'), findProposals(user, filters)])
  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('metaTitle'), href: '/manage/proposals' }]} />
      <PageHeader
        as="div"
        className="space-y-2"
        title={t('title')}
        lead={t('intro', { days: env().PROPOSAL_RETENTION_DAYS })}
      />
      {/* A GET form: the filters are in the URL, and work without JavaScript. */}
      <form method="get" aria-label={t('filtersLabel')} className="flex flex-wrap items-end gap-4">
        <Select
          id="filter-status"
          name="status"
          label={t('status')}
          defaultValue={filters.status ?? ''}
          fieldClassName="w-48"
          blank={t('all')}
          options={PROPOSAL_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
        <Select
          id="filter-kind"
          name="kind"
          label={t('kind')}
          defaultValue={filters.kind ?? ''}
          fieldClassName="w-48"
          blank={t('all')}
          options={PRACTICE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <Select
          id="filter-type"
          name="type"
          label={t('type')}
          defaultValue={filters.type ?? ''}
          fieldClassName="w-48"
          blank={t('all')}
          options={PROPOSAL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      {proposals.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <TableHead
              rowClassName="border-b border-neutral-300"
              cellClassName="py-2 pr-3"
              columns={[t('reference'), t('titleColumn'), t('type'), t('kind'), t('status'), t('receivedColumn')]}
            />
            <tbody>
              {proposals.map((proposal) => (
                <tr key={proposal.id} className="border-b border-neutral-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Link
                      href={{ pathname: '/manage/proposals/[id]', params: { id: String(proposal.id) } }}
                      className="inline-flex min-h-11 items-center"
                    >
                      {proposal.reference}
                    </Link>
                  </td>
                  <td className="py-2 pr-3 [overflow-wrap:anywhere]">
                    {proposal.title}
                    {proposal.duplicateOf ? (
                      <>
                        {' '}
                        <Badge variant="danger">{t('duplicate', { reference: proposal.duplicateOf })}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{t(`types.${proposal.type}`)}</td>
                  <td className="py-2 pr-3">{t(`kinds.${proposal.kind}`)}</td>
                  <td className="py-2 pr-3">
                    <ProposalStatusBadge status={proposal.status} />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={proposal.createdAt.toISOString()}>{formatDate(locale, proposal.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
