import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PracticeBreadcrumbs } from '@/components/workspace/practice-breadcrumbs'
import { PracticeEditor } from '@/components/workspace/practice-editor'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { findEditorOptions } from '@/lib/practices/workspace-queries'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'PracticeEditor' })
  return privatePageMetadata({ locale, pathname: '/manage/practices/new', title: t('metaTitleNew') })
}

export default async function NewPracticePage({ params }: Props) {
  const locale = await pageLocale(params)
  const user = await requireUserOrRedirect(locale, { returnTo: getPathname({ locale, href: '/manage/practices/new' }) })
  const [t, options] = await Promise.all([getTranslations('PracticeEditor'), findEditorOptions(user, locale)])
  return (
    <div className="space-y-8">
      <PracticeBreadcrumbs current={{ label: t('titleNew'), href: '/manage/practices/new' }} />
      <PageHeader as="div" className="space-y-2" title={t('titleNew')} lead={t('intro')} />
      <PracticeEditor practice={null} initial={null} options={options} />
    </div>
  )
}
