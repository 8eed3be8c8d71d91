import type { Metadata } from 'next'
import type { Locale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'
import { env } from '@/lib/env'
import { documentTitle } from './document-title'

/** An internal pathname key of i18n/routing.ts, with its params when it has any. */
export type PageHref = Parameters<typeof getPathname>[0]['href']

const openGraphLocales: Record<Locale, string> = { es: 'es_419', en: 'en_US' }

/** The portal's own mark (public/, drawn for it; scripts/render-icons.ts makes the raster files). */
const ICONS: Metadata['icons'] = {
  icon: [
    { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
    { url: '/icon.svg', type: 'image/svg+xml' },
    { url: '/icon-192.png', type: 'image/png', sizes: '192x192' },
  ],
  apple: [{ url: '/apple-touch-icon.png', sizes: '180x180' }],
}

/** The absolute URL of a page in a locale, e.g. https://…/es/practicas/abc. */
export function absoluteUrl(locale: Locale, href: PageHref): string {
  return new URL(getPathname({ locale, href }), env().SITE_URL).toString()
}

/**
 * Metadata for one page: title (the layout adds "· <siteName>"; see documentTitle), description,
 * canonical URL and the alternate URL of every locale, icons, and Open Graph basics with the portal's
 * image. Without a title the site name is used on its own (the home page). A page whose URL query makes
 * it a different page (the catalogue's page 2) passes the pathname with that query: the canonical URL
 * is then the page itself.
 */
export async function pageMetadata({
  locale,
  pathname,
  title,
  description,
}: {
  locale: Locale
  pathname: PageHref
  title?: string
  description?: string
}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  const siteName = t('siteName')
  const resolvedDescription = description ?? t('siteDescription')
  const canonical = absoluteUrl(locale, pathname)
  const languages = Object.fromEntries(
    routing.locales.map((alternate) => [alternate, absoluteUrl(alternate, pathname)]),
  ) as Record<Locale, string>

  return {
    title: documentTitle(title, siteName),
    description: resolvedDescription,
    icons: ICONS,
    alternates: {
      canonical,
      languages: { ...languages, 'x-default': languages[routing.defaultLocale] },
    },
    openGraph: {
      type: 'website',
      siteName,
      title: title ? `${title} · ${siteName}` : siteName,
      description: resolvedDescription,
      url: canonical,
      locale: openGraphLocales[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => openGraphLocales[other]),
      images: [{ url: new URL('/og-image.png', env().SITE_URL).toString(), width: 1200, height: 630, alt: siteName }],
    },
    twitter: { card: 'summary_large_image' },
  }
}
