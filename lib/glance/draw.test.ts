import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { americasGeometry } from './americas-geometry'
import { drawBarChart, wrapLabel } from './draw-bars'
import { drawAmericasMap } from './draw-map'
import { AMERICAS_ISO_NUMERIC, americasNumericId } from './iso-3166'
import { colourClasses, esc, fillFor, NEUTRAL_FILL } from './svg'

const legend = { legendHeading: 'Prácticas', legendNone: 'Ninguna', classLabels: ['1', '2–4', '5–9', '10+'] }
const mapTexts = {
  title: 'Mapa <de> prueba',
  description: 'Descripción',
  ...legend,
  groups: { member: 'M', champion: 'C', other: 'O' },
  inset: 'Ampliación',
}

describe('ISO 3166 table', () => {
  it('maps the forum countries of the Americas to world-atlas ids and leaves the others off the map', () => {
    expect(americasNumericId('mx')).toBe('484')
    expect(americasNumericId('CR')).toBe('188')
    expect(americasNumericId('DO')).toBe('214')
    expect(americasNumericId('tr')).toBeNull()
    expect(americasNumericId(null)).toBeNull()
    expect(new Set(Object.values(AMERICAS_ISO_NUMERIC)).size).toBe(Object.keys(AMERICAS_ISO_NUMERIC).length)
  })
})

describe('colour scale', () => {
  it('is neutral for zero and darkens class by class', () => {
    expect(fillFor(0)).toBe(NEUTRAL_FILL)
    const classes = colourClasses()
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 4],
      [5, 9],
      [10, null],
    ])
    for (const c of classes) expect(fillFor(c.from)).toBe(c.fill)
    expect(fillFor(400)).toBe(classes.at(-1)!.fill)
  })
})

describe('map drawing', () => {
  const svg = drawAmericasMap({
    idPrefix: 't',
    texts: mapTexts,
    countries: [
      { id: '484', group: 'member', count: 9, label: 'México: 9 prácticas', href: '/es/paises/mx' },
      { id: '320', group: 'member', count: 2, label: 'Guatemala: 2 prácticas', href: '/es/paises/gt' },
      { id: '084', group: 'member', count: 0, label: 'Belice: sin prácticas publicadas', href: null },
      { id: '152', group: 'other', count: 1, label: 'Chile: 1 práctica', href: '/es/paises/cl' },
    ],
  })

  it('announces each participating country once, with links only where there are practices', () => {
    expect(svg.match(/aria-label="México: 9 prácticas"/g)).toHaveLength(1)
    expect(svg.match(/aria-label="Guatemala: 2 prácticas"/g)).toHaveLength(1)
    expect(svg).toMatch(/<g role="img" aria-label="Belice: sin prácticas publicadas"/)
    expect(svg).not.toMatch(/href="[^"]*bz/)
    // Mexico is on the main pane and enlarged in the inset: the second copy is hidden and unfocusable.
    expect(svg.match(/href="\/es\/paises\/mx"/g)!.length).toBe(2)
    expect(svg).toMatch(/<a href="\/es\/paises\/mx" tabindex="-1" aria-hidden="true">/)
  })

  it('escapes its texts and names itself', () => {
    expect(svg).toContain('<title id="t-title">Mapa &lt;de&gt; prueba</title>')
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="t-title" aria-describedby="t-desc"/)
    expect(esc(`"<&'>`)).toBe('&quot;&lt;&amp;&#39;&gt;')
  })

  it('distinguishes the groups by outline, not only colour', () => {
    // The outline is set once on each group's <g> and inherited by its countries' shapes.
    const groupOf = (marker: string) => {
      const at = svg.indexOf(marker)
      const open = svg.lastIndexOf('<g stroke=', at)
      return svg.slice(open, svg.indexOf('>', open) + 1)
    }
    expect(groupOf('data-country="152"')).toBe(
      '<g stroke="#1a1a1a" stroke-width="1.3" stroke-linejoin="round" stroke-dasharray="1 1.8" data-group="other">',
    )
    expect(groupOf('data-country="484"')).toBe(
      '<g stroke="#1a1a1a" stroke-width="1.6" stroke-linejoin="round" data-group="member">',
    )
    expect(groupOf('data-country="084"')).toBe(groupOf('data-country="484"'))
    expect(svg).toMatch(/data-country="152"><title>Chile: 1 práctica<\/title><path d="[^"]+" fill="#c6dbef"\/><\/a>/)
  })
})

describe('map weight', () => {
  // Every country of the Americas taking part, with a link: the heaviest map the page can show.
  const everyone = Object.entries(AMERICAS_ISO_NUMERIC).map(([iso, id], index) => ({
    id,
    group: (['member', 'champion', 'other'] as const)[index % 3]!,
    count: index % 12,
    label: `País ${iso}: ${index % 12} prácticas`,
    href: `/es/paises/${iso.toLowerCase()}`,
  }))
  const svg = drawAmericasMap({ idPrefix: 'w', texts: mapTexts, countries: everyone })

  it('stays light enough to inline in a page (issue 11; ADR 012)', () => {
    // The map was 53 kB (16 kB gzipped) before simplification; it is inlined twice (HTML and RSC payload).
    expect(Buffer.byteLength(svg)).toBeLessThan(30_000)
    expect(gzipSync(svg).length).toBeLessThan(9_000)
  })

  it('still draws every participating country that lies in the map, each announced once', () => {
    const drawn = new Set([...americasGeometry().main.paths.keys(), ...americasGeometry().inset.paths.keys()])
    for (const country of everyone.filter((c) => drawn.has(c.id))) {
      expect(svg.match(new RegExp(`data-country="${country.id}"`, 'g'))).toHaveLength(1)
    }
    // The CRM members, the smallest islands of the Caribbean among the forum's countries, and the largest.
    for (const iso of [
      'BZ',
      'CA',
      'CR',
      'SV',
      'GT',
      'HN',
      'MX',
      'NI',
      'PA',
      'US',
      'DO',
      'BB',
      'GD',
      'TT',
      'JM',
      'BS',
    ]) {
      expect(drawn.has(AMERICAS_ISO_NUMERIC[iso]!), iso).toBe(true)
    }
  })
})

describe('bar chart drawing', () => {
  it('prints every value, zeros included, and scales bars to the largest', () => {
    const svg = drawBarChart({
      idPrefix: 'c',
      texts: { title: 'Gráfico', description: 'D', ...legend },
      bars: [
        { key: '1', label: '1. Datos', value: 4 },
        { key: '2', label: '2. Reducción de los factores adversos', value: 0 },
        { key: '3', label: '3. Otro', value: 2 },
      ],
    })
    expect([...svg.matchAll(/data-value="(\d+)" data-key="(\d+)"/g)].map((m) => [m[2], Number(m[1])])).toEqual([
      ['1', 4],
      ['2', 0],
      ['3', 2],
    ])
    const widths = [...svg.matchAll(/<rect x="6" y="[\d.]+" width="([\d.]+)" height="14" fill="[^"]+" stroke=/g)].map(
      (m) => Number(m[1]),
    )
    expect(widths[0]).toBeCloseTo(2 * widths[1]!, 0)
    expect(svg).toMatch(/role="img" aria-labelledby="c-title c-desc"/)
  })

  it('wraps long labels on two lines at most', () => {
    const long =
      'Proporcionar información exacta y oportuna en todas las etapas de la migración y algo más largo todavía para cortar'
    const lines = wrapLabel(long, 40)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(wrapLabel('Datos', 48)).toEqual(['Datos'])
  })
})
