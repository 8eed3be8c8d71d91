import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { escapeXml, toAtom } from './atom'

describe('atom', () => {
  const feed = toAtom({
    id: 'https://example.org/api/v1/feed/practices',
    title: 'Prácticas <nuevas> & "actualizadas"',
    updated: new Date('2026-01-02T03:04:05Z'),
    language: 'es',
    author: 'CRM',
    links: [{ rel: 'self', type: 'application/atom+xml', href: 'https://example.org/feed?objective=21&actor=mx' }],
    entries: [
      {
        id: 'https://example.org/es/practicas/a',
        title: "L'entrée \u0001 <b>",
        updated: new Date('2026-01-01T00:00:00Z'),
        published: new Date('2025-12-01T00:00:00Z'),
        summary: 'Resumen con acentos: migración, niñez 🌎',
        links: [{ rel: 'alternate', type: 'text/html', href: 'https://example.org/es/practicas/a' }],
        categories: [{ term: 'objective-21', label: 'Objetivo 21' }],
      },
    ],
  })

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(feed)).toBe(true)
  })

  it('escapes text and attributes and drops characters XML forbids', () => {
    expect(feed).toContain('Prácticas &lt;nuevas&gt; &amp; &quot;actualizadas&quot;')
    expect(feed).toContain('href="https://example.org/feed?objective=21&amp;actor=mx"')
    expect(feed).not.toContain('\u0001')
    expect(escapeXml('a\uFFFEb\uD800c')).toBe('abc')
  })

  it('has the Atom namespace, RFC 3339 dates and one entry per item', () => {
    expect(feed).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="es">/)
    expect(feed).toContain('<updated>2026-01-02T03:04:05.000Z</updated>')
    expect(feed.match(/<entry>/g)).toHaveLength(1)
    expect(feed).toContain('<published>2025-12-01T00:00:00.000Z</published>')
  })
})
