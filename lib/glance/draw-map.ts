// Draws the map of the Americas as SVG markup: one string, the same for the page (inlined in the server
// HTML) and for the download (docs/decisions/012-glance-pictures.md).
//
// Accessibility: the picture is a named group; each country that presents practices is a link whose
// accessible name says the country and its count; a participating country without practices is a named
// image ("Belice: sin prácticas publicadas"); the other countries are decoration. A country drawn on both
// panes is announced and focusable once (on the pane where it is large enough), its other copy hidden.
import { americasGeometry, type Pane } from './americas-geometry'
import { colourClasses, esc, fillFor, FONT_FAMILY, INK, MUTED_INK, NEUTRAL_FILL, PRINT_STYLE, sourceText } from './svg'

/** How the forum groups the countries it draws: by outline, so the groups do not depend on colour. */
export type MapGroup = 'member' | 'champion' | 'other'

export type MapCountry = {
  /** world-atlas numeric id (lib/glance/iso-3166.ts). */
  id: string
  group: MapGroup
  count: number
  /** Accessible name and tooltip, e.g. "México: 9 prácticas". */
  label: string
  /** The country page, or null when it is not a link (no practices). */
  href: string | null
}

export type MapTexts = {
  title: string
  description: string
  legendHeading: string
  legendNone: string
  /** Labels of the colour classes, lowest first (see colourClasses()). */
  classLabels: string[]
  groups: Record<MapGroup, string>
  inset: string
  /** Visible heading and source line, for the downloaded file only. */
  heading?: string
  source?: string
}

const OUTLINES: Record<MapGroup, { width: number; dash: string | null }> = {
  member: { width: 1.6, dash: null },
  champion: { width: 1.6, dash: '4 2' },
  other: { width: 1.3, dash: '1 1.8' },
}

function outline(group: MapGroup): string {
  const { width, dash } = OUTLINES[group]
  return `stroke="${INK}" stroke-width="${width}" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}`
}

function paneMarkup(pane: Pane, countries: Map<string, MapCountry>, primary: (id: string) => boolean): string {
  const background: string[] = []
  // The outline is set once per group (SVG presentation attributes inherit through <a> and <g>), not on
  // every country: the markup is inlined in each page, twice counting the RSC payload.
  const participants: Record<MapGroup, string[]> = { member: [], champion: [], other: [] }
  for (const [id, d] of pane.paths) {
    const country = countries.get(id)
    if (!country) {
      background.push(`<path d="${d}"/>`)
      continue
    }
    const shape = `<path d="${d}" fill="${fillFor(country.count)}"/>`
    const name = esc(country.label)
    const announced = primary(id)
    const drawn = participants[country.group]
    if (country.href && announced) {
      drawn.push(
        `<a href="${esc(country.href)}" aria-label="${name}" data-country="${id}"><title>${name}</title>${shape}</a>`,
      )
    } else if (country.href) {
      drawn.push(`<a href="${esc(country.href)}" tabindex="-1" aria-hidden="true"><title>${name}</title>${shape}</a>`)
    } else if (announced) {
      drawn.push(`<g role="img" aria-label="${name}" data-country="${id}"><title>${name}</title>${shape}</g>`)
    } else {
      drawn.push(`<g aria-hidden="true"><title>${name}</title>${shape}</g>`)
    }
  }
  // Other participants first, CRM members last: the solid outlines are drawn on top where borders meet.
  const groups = (['other', 'champion', 'member'] as const)
    .filter((group) => participants[group].length > 0)
    .map((group) => `<g ${outline(group)} data-group="${group}">${participants[group].join('')}</g>`)
  return [
    `<g aria-hidden="true" fill="${NEUTRAL_FILL}" stroke="#a3a3a3" stroke-width="0.5">${background.join('')}</g>`,
    ...groups,
  ].join('')
}

function legendMarkup(texts: MapTexts, y: number): { markup: string; height: number } {
  const rows: string[] = []
  const swatch = (x: number, top: number, fill: string, extra = `stroke="${MUTED_INK}" stroke-width="0.6"`) =>
    `<rect x="${x}" y="${top}" width="18" height="12" fill="${fill}" ${extra}/>`
  const label = (x: number, top: number, text: string) => `<text x="${x}" y="${top + 11}">${esc(text)}</text>`
  rows.push(`<text x="6" y="${y + 12}" font-weight="600">${esc(texts.legendHeading)}</text>`)
  let top = y + 22
  const classes = [
    { fill: NEUTRAL_FILL, text: texts.legendNone },
    ...colourClasses().map((c, i) => ({ fill: c.fill, text: texts.classLabels[i] ?? '' })),
  ]
  // Colour classes, then outline groups and the inset's frame: one column, so long labels never collide.
  const groups = (['member', 'champion', 'other'] as const).map((group) => ({
    fill: '#ffffff',
    extra: outline(group),
    text: texts.groups[group],
  }))
  groups.push({ fill: 'none', extra: `stroke="${INK}" stroke-width="1" stroke-dasharray="2 2"`, text: texts.inset })
  for (const entry of [...classes.map((c) => ({ ...c, extra: undefined })), ...groups]) {
    rows.push(swatch(6, top, entry.fill, entry.extra), label(30, top, entry.text))
    top += 18
  }
  return { markup: `<g aria-hidden="true">${rows.join('')}</g>`, height: top - y }
}

/**
 * The map as an SVG document fragment. `idPrefix` keeps the title and description ids unique when
 * several pictures share a page.
 */
export function drawAmericasMap({
  idPrefix,
  countries,
  texts,
}: {
  idPrefix: string
  countries: MapCountry[]
  texts: MapTexts
}): string {
  const geometry = americasGeometry()
  const byId = new Map(countries.map((c) => [c.id, c]))
  const width = geometry.main.width
  const headingHeight = texts.heading ? 28 : 0
  const mapBottom = geometry.inset.y + geometry.inset.height
  const legend = legendMarkup(texts, mapBottom + 8)
  const source = texts.source
    ? sourceText(texts.source, 6, mapBottom + 8 + legend.height + 12)
    : { markup: '', height: 0 }
  const height = Math.ceil(headingHeight + mapBottom + 8 + legend.height + source.height + 4)
  const titleId = `${idPrefix}-title`
  const descId = `${idPrefix}-desc`
  const inset = geometry.inset

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}" font-family="${esc(FONT_FAMILY)}" font-size="12" fill="${INK}" style="${PRINT_STYLE}" class="glance-map">`,
    `<title id="${titleId}">${esc(texts.title)}</title>`,
    `<desc id="${descId}">${esc(texts.description)}</desc>`,
    // A visible focus and hover state for the country links (scoped: inline, this style is the page's).
    `<style>.glance-map a:focus-visible path,.glance-map a:hover path{stroke:#c2410c;stroke-width:3;stroke-dasharray:none}</style>`,
    texts.heading ? `<text x="6" y="18" font-size="14" font-weight="700">${esc(texts.heading)}</text>` : '',
    `<g transform="translate(0 ${headingHeight})">`,
    `<rect x="0" y="0" width="${width}" height="${geometry.main.height}" fill="#ffffff" aria-hidden="true"/>`,
    paneMarkup(geometry.main, byId, (id) => !geometry.inInset.has(id)),
    `<path d="${geometry.insetFrame}" fill="none" stroke="${INK}" stroke-width="1" stroke-dasharray="2 2" aria-hidden="true"/>`,
    `<rect x="0.5" y="${inset.y + 0.5}" width="${width - 1}" height="${inset.height - 1}" fill="#ffffff" stroke="${INK}" stroke-width="1" stroke-dasharray="2 2" aria-hidden="true"/>`,
    `<svg x="0" y="${inset.y}" width="${width}" height="${inset.height}" viewBox="0 ${inset.y} ${width} ${inset.height}" overflow="hidden">`,
    paneMarkup(inset, byId, (id) => geometry.inInset.has(id)),
    `</svg>`,
    legend.markup,
    source.markup,
    `</g>`,
    `</svg>`,
  ].join('')
}
