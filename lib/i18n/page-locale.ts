// Shared steps of the forum's route files: validate the locale segment and set it for next-intl.
import { hasLocale, type Locale } from 'next-intl'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { routing } from '@/i18n/routing'

/**
 * The page's locale (an unknown one is a 404). Public pages are rendered on their first request and
 * then served from Next's cache until what they read changes (docs/decisions/010-public-cache.md);
 * the workspace and sign-in pages opt out with `dynamic = 'force-dynamic'` in their route files.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/** The other locale (the portal has two). */
export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
}
