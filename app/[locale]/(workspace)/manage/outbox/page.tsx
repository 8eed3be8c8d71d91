import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { Badge, PageHeader } from '@/components/ui'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { env } from '@/lib/env'
import { pageLocale } from '@/lib/i18n/page-locale'
import { formatDate } from '@/lib/i18n/dates'
import { findOutboxMessages } from '@/lib/proposals/queries'

type Props = { params: Promise<{ locale: string }> }

// Depends on the session: never prerendered, never stored (next.config.js).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'ProposalsAdmin' })
  return privatePageMetadata({ locale, pathname: '/manage/outbox', title: t('outboxTitle') })
}

const VARIANT = { PENDING: 'warning', SENT: 'success', FAILED: 'danger' } as const

/** What the portal sends, or would send: without SMTP_URL this page is how admins read it. */
export default async function OutboxPage({ params }: Props) {
  const locale = await pageLocale(params)
  const admin = await requireUserOrRedirect(locale, {
    roles: ['admin'],
    returnTo: getPathname({ locale, href: '/manage/outbox' }),
  })
  const [t, messages] = await Promise.all([getTranslations('ProposalsAdmin'), findOutboxMessages(admin)])
  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('outboxTitle'), href: '/manage/outbox' }]} />
      <PageHeader
        as="div"
        className="space-y-2"
        title={t('outboxTitle')}
        lead={env().SMTP_URL ? t('outboxConfigured') : t('outboxNotConfigured')}
      />
      {messages.length === 0 ? (
        <p>{t('outboxEmpty')}</p>
      ) : (
        <ul className="space-y-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded-md border border-neutral-200 p-4 [overflow-wrap:anywhere]">
              <p className="flex flex-wrap items-center gap-2">
                <Badge variant={VARIANT[message.status]}>{t(`outboxStatuses.${message.status}`)}</Badge>
                <time dateTime={message.createdAt.toISOString()} className="text-sm text-neutral-700">
                  {formatDate(locale, message.createdAt)}
                </time>
              </p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t('recipient')}</dt>
                <dd>{message.recipient}</dd>
                <dt className="font-semibold">{t('subject')}</dt>
                <dd>{message.subject}</dd>
                <dt className="font-semibold">{t('attempts')}</dt>
                <dd>{message.attempts}</dd>
                {message.lastError ? (
                  <>
                    <dt className="font-semibold">{t('lastError')}</dt>
                    <dd>{message.lastError}</dd>
                  </>
                ) : null}
              </dl>
              <details className="mt-2">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-primary-700">
                  {t('body')}
                </summary>
                <pre className="whitespace-pre-wrap font-sans text-sm">{message.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
