// The sitemap's data: every published practice (and no other), every session, actor and objective.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { findSitemapData } from '@/lib/open-data/queries'
import { sitemapPages, SITEMAP_STATIC_PAGES, toSitemap } from '@/lib/open-data/sitemap'

describe('sitemap data', () => {
  it('lists only published practices, in both locales', async () => {
    const data = await findSitemapData()
    const published = await db().practice.count({ where: { status: 'PUBLISHED', deletedAt: null } })
    expect(data.practices).toHaveLength(published)
    const draft = await db().practice.findFirst({ where: { status: 'PUBLISHED', deletedAt: null }, select: { id: true, slug: true } })
    await db().practice.update({ where: { id: draft!.id }, data: { status: 'DRAFT' } })
    try {
      const entries = toSitemap('https://portal.example.org', sitemapPages(await findSitemapData()))
      expect(entries.some((e) => e.url.endsWith(`/${draft!.slug}`))).toBe(false)
      const objectives = await db().objective.count()
      const sessions = await db().session.count()
      const actors = await db().actor.count()
      expect(entries).toHaveLength((SITEMAP_STATIC_PAGES.length + objectives + sessions + actors + published - 1) * 2)
      for (const entry of entries) expect(Object.keys(entry.alternates?.languages ?? {})).toEqual(['es', 'en', 'x-default'])
    } finally {
      await db().practice.update({ where: { id: draft!.id }, data: { status: 'PUBLISHED' } })
    }
  })
})
