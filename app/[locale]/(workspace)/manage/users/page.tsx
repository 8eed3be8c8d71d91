import { getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { CreateUserForm } from '@/components/users/create-user-form'
import { UserTable } from '@/components/users/user-table'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { privateMessagesMetadata } from '@/lib/i18n/messages-metadata'
import { getPathname } from '@/i18n/navigation'
import { findUsers } from '@/lib/users/queries'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = privateMessagesMetadata('Users', '/manage/users')

export default async function UsersPage({ params }: Props) {
  const locale = await pageLocale(params)
  const user = await requireUserOrRedirect(locale, {
    roles: ['admin'],
    returnTo: getPathname({ locale, href: '/manage/users' }),
  })
  const [t, users] = await Promise.all([getTranslations('Users'), findUsers(user)])

  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('title'), href: '/manage/users' }]} />
      <PageHeader as="div" className="space-y-2" title={t('title')} lead={t('intro')} />
      <Section id="users-create" heading={t('createHeading')} className="space-y-3">
        <p className="text-neutral-700">{t('createIntro')}</p>
        <CreateUserForm />
      </Section>
      <Section id="users-list" heading={t('listHeading')} className="space-y-3">
        <p className="text-neutral-700">{t('count', { count: users.length })}</p>
        <UserTable users={users} currentUserId={user.id} />
      </Section>
    </div>
  )
}
