import { getTranslations } from 'next-intl/server'
import { ImportForm } from '@/components/import/import-form'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { getPathname } from '@/i18n/navigation'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { privateMessagesMetadata } from '@/lib/i18n/messages-metadata'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = privateMessagesMetadata('Import', '/manage/import')

export default async function ImportPage({ params }: Props) {
  const locale = await pageLocale(params)
  await requireUserOrRedirect(locale, { roles: ['admin'], returnTo: getPathname({ locale, href: '/manage/import' }) })
  const t = await getTranslations('Import')

  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('title'), href: '/manage/import' }]} />
      <PageHeader as="div" className="max-w-3xl space-y-2" title={t('title')} lead={t('intro')}>
        <p className="text-neutral-700">{t('rules')}</p>
      </PageHeader>
      <ImportForm />
    </div>
  )
}
