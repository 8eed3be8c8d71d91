import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { env } from '@/lib/env'
import { findSitemapData } from '@/lib/open-data/queries'
import { sitemapPages, toSitemap } from '@/lib/open-data/sitemap'

// Read at request time (never at build time): published practices change without a rebuild.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  return toSitemap(env().SITE_URL, sitemapPages(await findSitemapData()))
}
