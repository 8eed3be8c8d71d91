import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { routing } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string; rest: string[] }> }

// Any path under a locale that no route matches: the localised 404 (app/[locale]/not-found.tsx),
// with status 404.
//
// Known limitation (Next 16.4, vercel/next.js#62228): a notFound() thrown by a page is rendered
// client-side only — the HTML is an empty <html id="__next_error__"> and the 404 page appears after
// hydration. An unmatched URL rendered by app/not-found.tsx would be server-rendered, but making that
// file localised needs headers(), which turns every route of the site dynamic. Revisit when Next fixes it.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('metaTitle'), robots: { index: false } }
}

export default async function CatchAllPage({ params }: Props) {
  const { locale } = await params
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale)
  notFound()
}
