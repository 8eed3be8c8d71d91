import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { cachedData } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { env } from '@/lib/env'
import { findSitemapData } from '@/lib/open-data/queries'
import { sitemapPages, toSitemap } from '@/lib/open-data/sitemap'

// Rendered at request time (never at build time: the build reads no database), from the data cache,
// which forgets it when a practice or the forum's content changes.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const origin = env().SITE_URL
  return cachedData(['sitemap', origin], [CACHE_TAGS.forum, CACHE_TAGS.practices], async () =>
    toSitemap(origin, sitemapPages(await findSitemapData())),
  )
}
