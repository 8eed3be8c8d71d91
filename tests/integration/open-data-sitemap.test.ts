// The sitemap's data: every published practice (and no other), every session, actor and objective.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { findSitemapData, getPracticeRow } from '@/lib/open-data/queries'
import { toPracticeSummary } from '@/lib/open-data/serializers'
import { REPORT_DATE } from '@/lib/practices/dates'
import { sitemapPages, SITEMAP_STATIC_PAGES, toSitemap } from '@/lib/open-data/sitemap'

describe('sitemap data', () => {
  it('lists only published practices, in both locales', async () => {
    const data = await findSitemapData()
    const published = await db().practice.count({ where: { status: 'PUBLISHED', deletedAt: null } })
    expect(data.practices).toHaveLength(published)
    const draft = await db().practice.findFirst({
      where: { status: 'PUBLISHED', deletedAt: null },
      select: { id: true, slug: true },
    })
    await db().practice.update({ where: { id: draft!.id }, data: { status: 'DRAFT' } })
    try {
      const entries = toSitemap('https://portal.example.org', sitemapPages(await findSitemapData()))
      expect(entries.some((e) => e.url.endsWith(`/${draft!.slug}`))).toBe(false)
      const objectives = await db().objective.count()
      const sessions = await db().session.count()
      const actors = await db().actor.count()
      expect(entries).toHaveLength((SITEMAP_STATIC_PAGES.length + objectives + sessions + actors + published - 1) * 2)
      for (const entry of entries)
        expect(Object.keys(entry.alternates?.languages ?? {})).toEqual(['es', 'en', 'x-default'])
    } finally {
      await db().practice.update({ where: { id: draft!.id }, data: { status: 'PUBLISHED' } })
    }
  })

  it('dates a practice nobody edited by the report, not by the day the database was loaded', async () => {
    const data = await findSitemapData()
    const practice = await db().practice.findFirst({
      where: { status: 'PUBLISHED', deletedAt: null, editedAt: null, reportTitle: { not: null } },
      select: { slug: true, createdAt: true },
    })
    expect(practice!.createdAt.getFullYear()).toBeGreaterThan(2023)
    expect(data.practices.find((p) => p.slug === practice!.slug)?.lastModified).toEqual(REPORT_DATE)
    const summary = toPracticeSummary('en', (await getPracticeRow(practice!.slug))!, 'https://portal.example.org')
    expect(summary).toMatchObject({ reportDate: '2023-09-28', editedAt: null, updatedAt: REPORT_DATE.toISOString() })
    expect(summary).not.toHaveProperty('publishedAt')
  })

  it('dates a practice the secretariat changed by their change', async () => {
    const edited = new Date('2026-12-01T12:00:00.000Z')
    const practice = await db().practice.findFirst({
      where: { status: 'PUBLISHED', deletedAt: null, editedAt: null },
      select: { id: true, slug: true },
    })
    await db().practice.update({ where: { id: practice!.id }, data: { editedAt: edited } })
    try {
      expect((await findSitemapData()).practices.find((p) => p.slug === practice!.slug)?.lastModified).toEqual(edited)
      const summary = toPracticeSummary('es', (await getPracticeRow(practice!.slug))!, 'https://portal.example.org')
      expect(summary).toMatchObject({
        reportDate: '2023-09-28',
        editedAt: edited.toISOString(),
        updatedAt: edited.toISOString(),
      })
    } finally {
      await db().practice.update({ where: { id: practice!.id }, data: { editedAt: null } })
    }
  })
})
