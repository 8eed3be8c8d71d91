import { getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { ProposalStatusBadge } from '@/components/proposals/proposal-status-badge'
import { Badge, Button, Link, PageHeader, Select, TableHead } from '@/components/ui'
import { filterControls } from '@/components/ui/filter-form'
import { getPathname } from '@/i18n/navigation'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { env } from '@/lib/env'
import { pageLocale } from '@/lib/i18n/page-locale'
import { privateMessagesMetadata } from '@/lib/i18n/messages-metadata'
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

export const generateMetadata = privateMessagesMetadata('ProposalsAdmin', '/manage/proposals')

export default async function ProposalQueuePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const user = await requireUserOrRedirect(locale, {
    roles: ['admin', 'editor'],
    returnTo: getPathname({ locale, href: '/manage/proposals' }),
  })
  const filters = ProposalQueueParamsSchema.parse(await searchParams)
  const control = filterControls('filter', filters)
  const [t, proposals] = await Promise.all([getTranslations('ProposalsAdmin'), findProposals(user, filters)])
  const choices = {
    status: PROPOSAL_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
    kind: PRACTICE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
    type: PROPOSAL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
  }
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
        {(['status', 'kind', 'type'] as const).map((name) => (
          <Select
            key={name}
            {...control(name)}
            label={t(name)}
            fieldClassName="w-48"
            blank={t('all')}
            options={choices[name]}
          />
        ))}
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
