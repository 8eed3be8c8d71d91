import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { SignInForm } from '@/components/auth/sign-in-form'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { safeReturnPath } from '@/lib/auth/return-path'
import { getCurrentUser } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { PageHeader } from '@/components/ui/page-header'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Depends on the session: never prerendered, never stored in a shared cache (Cache-Control:
// private, no-store from next.config.js).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'SignIn' })
  return privatePageMetadata({ locale, pathname: '/sign-in', title: t('metaTitle'), description: t('metaDescription') })
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const next = safeReturnPath((await searchParams).next) ?? undefined
  // Already signed in: straight on to where they were going.
  if (await getCurrentUser()) redirect(next ?? getPathname({ locale, href: '/manage' }))
  const t = await getTranslations('SignIn')

  return (
    <div className="mx-auto max-w-md space-y-6">
      <Breadcrumbs items={[{ label: t('metaTitle'), href: '/sign-in' }]} />
      <PageHeader as="fragment" title={t('title')} lead={t('intro')} />
      <SignInForm next={next} />
    </div>
  )
}
