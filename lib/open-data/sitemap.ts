// sitemap.xml entries: every public page in both locales, each with its hreflang alternates
// (and x-default, the Spanish page), absolute against SITE_URL.
import type { MetadataRoute } from 'next'
import { routing } from '@/i18n/routing'
import type { ApiLocale } from './schemas'
import { sitePath, siteUrl } from './serializers'

type Pathname = keyof typeof routing.pathnames

/**
 * Public pages without parameters (the workspace, sign-in and the briefing view are left out). Only final
 * URLs: '/organizations' redirects to the countries-and-organizations index, so it is not listed.
 */
export const SITEMAP_STATIC_PAGES: readonly Pathname[] = [
  '/',
  '/practices',
  '/objectives',
  '/sessions',
  '/countries',
  '/communique',
  '/recommendations',
  '/delegations',
  '/about',
  '/coverage',
  '/compare',
  '/open-data',
]

export type SitemapPage = { pathname: Pathname; params?: Record<string, string>; lastModified?: Date }

export type SitemapData = {
  /** lastModified: the report's date, or the secretariat's last published change (lib/practices/dates.ts). */
  practices: { slug: string; lastModified: Date }[]
  sessions: { slug: string }[]
  actors: { slug: string; type: 'COUNTRY' | 'ORGANIZATION' }[]
  objectives: { number: number }[]
}

export function sitemapPages(data: SitemapData): SitemapPage[] {
  return [
    ...SITEMAP_STATIC_PAGES.map((pathname) => ({ pathname })),
    ...data.objectives.map((o) => ({
      pathname: '/objectives/[number]' as const,
      params: { number: String(o.number) },
    })),
    ...data.sessions.map((s) => ({ pathname: '/sessions/[slug]' as const, params: { slug: s.slug } })),
    ...data.actors.map((a) =>
      a.type === 'COUNTRY'
        ? { pathname: '/countries/[code]' as const, params: { code: a.slug } }
        : { pathname: '/organizations/[slug]' as const, params: { slug: a.slug } },
    ),
    ...data.practices.map((p) => ({
      pathname: '/practices/[slug]' as const,
      params: { slug: p.slug },
      lastModified: p.lastModified,
    })),
  ]
}

export function toSitemap(origin: string, pages: SitemapPage[]): MetadataRoute.Sitemap {
  const locales = routing.locales as readonly ApiLocale[]
  return pages.flatMap((page) => {
    const urls = Object.fromEntries(
      locales.map((locale) => [locale, siteUrl(origin, sitePath(locale, page.pathname, page.params))]),
    )
    const languages = { ...urls, 'x-default': urls[routing.defaultLocale] }
    return locales.map((locale) => ({
      url: urls[locale]!,
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }))
  })
}
