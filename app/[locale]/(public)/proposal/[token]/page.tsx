import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { FormMessage } from '@/components/ui/form-message'
import { practiceHref } from '@/components/forum/hrefs'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Badge, Link } from '@/components/ui'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { pageLocale } from '@/lib/i18n/page-locale'
import { formatDate } from '@/lib/i18n/dates'
import { absoluteUrl } from '@/lib/i18n/metadata'
import { getProposalStatus } from '@/lib/proposals/queries'
import { StatusTokenSchema } from '@/lib/proposals/schemas'

type Props = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// A private link: never cached, never stored by a shared cache (next.config.js), never indexed.
export const dynamic = 'force-dynamic'

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const token = StatusTokenSchema.safeParse((await params).token)
  const proposal = token.success ? await getProposalStatus(token.data) : null
  if (!token.success || !proposal) notFound()
  return { locale, token: token.data, proposal }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, token } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Proposals' })
  return {
    ...(await privatePageMetadata({
      locale,
      pathname: { pathname: '/proposal/[token]', params: { token } },
      title: t('statusMetaTitle'),
    })),
    // The token is a secret: never send it to another site in a Referer header.
    referrer: 'no-referrer',
  }
}

const STATUS_BADGE = { RECEIVED: 'neutral', IN_REVIEW: 'warning', PUBLISHED: 'success', DECLINED: 'danger' } as const

export default async function ProposalStatusPage({ params, searchParams }: Props) {
  const { locale, token, proposal } = await load(params)
  const t = await getTranslations('Proposals')
  const isNew = (await searchParams).new === '1'
  const url = absoluteUrl(locale, { pathname: '/proposal/[token]', params: { token } })
  return (
    <div className="max-w-3xl space-y-6 [overflow-wrap:anywhere]">
      <Breadcrumbs items={[{ label: t('statusMetaTitle') }]} />
      <h1 className="text-3xl font-bold text-primary-900">{t('statusTitle', { reference: proposal.reference })}</h1>
      {isNew ? (
        <div className="space-y-3">
          <FormMessage tone="success">{t('thanks')}</FormMessage>
          <p>{t('keepLink')}</p>
          <p className="rounded-md border border-neutral-200 bg-neutral-50 p-3 font-mono text-sm">
            <span className="sr-only">{t('privateLink')}: </span>
            {url}
          </p>
        </div>
      ) : null}
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('reference')}</dt>
        <dd data-testid="proposal-reference">{proposal.reference}</dd>
        <dt className="font-semibold">{t('titleLabel')}</dt>
        <dd>{proposal.title}</dd>
        <dt className="font-semibold">{t('received')}</dt>
        <dd>
          <time dateTime={proposal.createdAt.toISOString()}>{formatDate(locale, proposal.createdAt)}</time>
        </dd>
        <dt className="font-semibold">{t('statusLabel')}</dt>
        <dd data-testid="proposal-status">
          <Badge variant={STATUS_BADGE[proposal.status]}>{t(`statuses.${proposal.status}`)}</Badge>
        </dd>
      </dl>
      {proposal.publishedSlug ? (
        <p>
          <Link href={practiceHref(proposal.publishedSlug)} className="inline-flex min-h-11 items-center font-medium">
            {t('publishedLink')}
          </Link>
        </p>
      ) : null}
      {proposal.status === 'DECLINED' && proposal.declineReason ? (
        <section aria-labelledby="decline-reason" className="space-y-2">
          <h2 id="decline-reason" className="text-xl font-semibold">
            {t('declineReason')}
          </h2>
          <p className="whitespace-pre-line">{proposal.declineReason}</p>
        </section>
      ) : null}
    </div>
  )
}
