import { describe, expect, it } from 'vitest'
import { sitemapPages, SITEMAP_STATIC_PAGES, toSitemap } from './sitemap'
import { sitePath } from './serializers'

describe('sitemap', () => {
  const entries = toSitemap(
    'https://portal.example.org',
    sitemapPages({
      practices: [{ slug: 'programa-bienestar-imss', lastModified: new Date('2023-09-28T00:00:00Z') }],
      sessions: [{ slug: 'sesion-1' }],
      actors: [
        { slug: 'mx', type: 'COUNTRY' },
        { slug: 'oim', type: 'ORGANIZATION' },
      ],
      objectives: [{ number: 21 }],
    }),
  )

  it('lists every page in both locales with hreflang alternates', () => {
    expect(entries).toHaveLength((SITEMAP_STATIC_PAGES.length + 5) * 2)
    const practice = entries.filter((e) => e.url.includes('programa-bienestar-imss'))
    expect(practice.map((e) => e.url)).toEqual([
      'https://portal.example.org/es/practicas/programa-bienestar-imss',
      'https://portal.example.org/en/practices/programa-bienestar-imss',
    ])
    expect(practice[0]!.alternates?.languages).toEqual({
      es: 'https://portal.example.org/es/practicas/programa-bienestar-imss',
      en: 'https://portal.example.org/en/practices/programa-bienestar-imss',
      'x-default': 'https://portal.example.org/es/practicas/programa-bienestar-imss',
    })
    expect(practice[0]!.lastModified).toEqual(new Date('2023-09-28T00:00:00Z'))
    expect(entries.map((e) => e.url)).toContain('https://portal.example.org/en/countries/mx')
    expect(entries.map((e) => e.url)).toContain('https://portal.example.org/es/organizaciones/oim')
    expect(entries.map((e) => e.url)).toContain('https://portal.example.org/es/cobertura')
    expect(entries.map((e) => e.url)).toContain('https://portal.example.org/es')
  })

  it('builds localised paths', () => {
    expect(sitePath('es', '/objectives/[number]', { number: '7' })).toBe('/es/objetivos/7')
    expect(sitePath('en', '/open-data')).toBe('/en/open-data')
    expect(sitePath('en', '/')).toBe('/en')
  })
})
