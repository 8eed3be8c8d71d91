import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { routing } from '@/i18n/routing'
import { env } from '@/lib/env'
import { sitePath } from '@/lib/open-data/serializers'

// SITE_URL is read at request time, so one build serves any origin.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection()
  const origin = env().SITE_URL.replace(/\/$/, '')
  const privatePages = (['/manage', '/sign-in', '/briefing'] as const).flatMap((pathname) =>
    routing.locales.map((locale) => sitePath(locale, pathname)),
  )
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: privatePages }],
    sitemap: `${origin}/sitemap.xml`,
  }
}
