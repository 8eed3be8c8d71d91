import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { Link } from '@/components/ui'
import { ChangeRoleForm, DisableUserForm, ResetLinkForm } from '@/components/users/user-admin-forms'
import { UserBadges } from '@/components/users/user-badges'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { getUser } from '@/lib/users/queries'
import { UserIdSchema } from '@/lib/users/schemas'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { id } = await params
  const t = await getTranslations({ locale, namespace: 'Users' })
  return privatePageMetadata({
    locale,
    pathname: { pathname: '/manage/users/[id]', params: { id } },
    title: t('metaTitle'),
  })
}

export default async function UserPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { id } = await params
  const parsedId = UserIdSchema.safeParse(id)
  if (!parsedId.success) notFound()
  const admin = await requireUserOrRedirect(locale, {
    roles: ['admin'],
    returnTo: getPathname({ locale, href: { pathname: '/manage/users/[id]', params: { id: parsedId.data } } }),
  })
  const user = await getUser(admin, parsedId.data)
  if (!user) notFound()
  const [t, format] = await Promise.all([getTranslations('Users'), getFormatter()])
  const dateTime = (date: Date) =>
    `${format.dateTime(date, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC`

  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs
        items={[
          { label: t('title'), href: '/manage/users' },
          { label: user.name, href: { pathname: '/manage/users/[id]', params: { id: user.id } } },
        ]}
      />
      <PageHeader
        as="div"
        className="space-y-2"
        title={user.name}
        wrap
        lead={t('detailIntro', { email: user.email, createdAt: dateTime(user.createdAt) })}
      >
        <p className="flex flex-wrap items-center gap-2">
          <UserBadges user={user} />
          <span className="text-neutral-700">{t('activeSessions', { count: user.activeSessions })}</span>
        </p>
      </PageHeader>

      <Section id="user-role" heading={t('roleHeading')} className="space-y-3">
        <ChangeRoleForm userId={user.id} role={user.role} />
      </Section>

      <Section id="user-access" heading={t('accessHeading')} className="space-y-3">
        <DisableUserForm userId={user.id} disabled={Boolean(user.disabledAt)} />
      </Section>

      {user.disabledAt ? null : (
        <Section id="user-reset" heading={t('resetHeading')} className="space-y-3">
          <p className="text-neutral-700">{t('resetIntro')}</p>
          {user.pendingResetExpiresAt ? (
            <p className="text-neutral-700">{t('pendingReset', { expiresAt: dateTime(user.pendingResetExpiresAt) })}</p>
          ) : null}
          <ResetLinkForm userId={user.id} />
        </Section>
      )}

      <p>
        <Link href="/manage/users">{t('backToList')}</Link>
      </p>
    </div>
  )
}
