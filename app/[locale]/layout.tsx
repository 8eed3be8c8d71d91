import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { routing } from '@/i18n/routing'
import { env } from '@/lib/env'
import { clientMessages, PUBLIC_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { SkipLink } from '@/components/layout/skip-link'
import { inter } from '../fonts'

type Props = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

// Nothing is rendered at build time (the build reads no database): every public page is rendered on
// its first request, then served from Next's cache until one of its tags is invalidated, or after an
// hour as a backstop (docs/decisions/010-public-cache.md). Unknown locales are a 404 below.
export function generateStaticParams() {
  return []
}

export const revalidate = 3600

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#194e91',
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    metadataBase: new URL(env().SITE_URL),
    applicationName: t('siteName'),
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    description: t('siteDescription'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const messages = await clientMessages(PUBLIC_CLIENT_NAMESPACES)

  return (
    <html lang={locale} className={inter.variable}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-neutral-900 antialiased">
        {/* Only what the public pages' client components translate: the whole catalogue of messages
            (about 50 KB) would be sent with every page. The workspace and sign-in pages provide all of
            it themselves (their layouts). */}
        <NextIntlClientProvider messages={messages}>
          <SkipLink />
          <SiteHeader />
          {/* Every page renders inside this <main>; pages must not add their own. */}
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
