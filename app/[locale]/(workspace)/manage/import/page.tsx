import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ImportForm } from '@/components/import/import-form'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Import' })
  return privatePageMetadata({ locale, pathname: '/manage/import', title: t('metaTitle') })
}

export default async function ImportPage({ params }: Props) {
  const locale = await pageLocale(params)
  await requireUserOrRedirect(locale, { roles: ['admin'], returnTo: getPathname({ locale, href: '/manage/import' }) })
  const [t, tWorkspace] = await Promise.all([getTranslations('Import'), getTranslations('Workspace')])

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: tWorkspace('breadcrumb'), href: '/manage' }, { label: t('title'), href: '/manage/import' }]} />
      <PageHeader as="div" className="max-w-3xl space-y-2" title={t('title')} lead={t('intro')}>
        <p className="text-neutral-700">{t('rules')}</p>
      </PageHeader>
      <ImportForm />
    </div>
  )
}
