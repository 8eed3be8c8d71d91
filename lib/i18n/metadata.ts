import type { Metadata } from 'next'
import type { Locale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'
import { env } from '@/lib/env'

/** An internal pathname key of i18n/routing.ts, with its params when it has any. */
export type PageHref = Parameters<typeof getPathname>[0]['href']

const openGraphLocales: Record<Locale, string> = { es: 'es_419', en: 'en_US' }

/** The absolute URL of a page in a locale, e.g. https://…/es/practicas/abc. */
export function absoluteUrl(locale: Locale, href: PageHref): string {
  return new URL(getPathname({ locale, href }), env().SITE_URL).toString()
}

/**
 * Metadata for one page: title (the layout adds "· <siteName>"), description, canonical URL and
 * the alternate URL of every locale, and Open Graph basics. Without a title the site name is used
 * on its own (the home page).
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
    title: title ?? { absolute: siteName },
    description: resolvedDescription,
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
    },
  }
}
