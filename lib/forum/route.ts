// Shared steps of the forum's route files: validate the locale segment, opt out of prerendering.
import { hasLocale, type Locale } from 'next-intl'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { setRequestLocale } from 'next-intl/server'
import { routing } from '@/i18n/routing'

/**
 * The page's locale (an unknown one is a 404). The forum pages read the database on every request, so
 * this also opts the page out of prerendering (nothing is read at build time).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  await connection()
  return locale
}

/** The other locale (the portal has two). */
export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
}
