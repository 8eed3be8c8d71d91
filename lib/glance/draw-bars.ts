// Draws a horizontal bar chart as SVG markup (one string for the page and the download, like the map).
// Horizontal bars because the labels (objective and session names) are long: each label sits on its
// own line above its bar, so the chart keeps its width at 360 px without shrinking text. Every bar has
// its number printed at its end; a zero is drawn as a zero, never left out (the gaps matter).
import { scaleLinear } from 'd3-scale'
import {
  colourClasses,
  esc,
  fillFor,
  FONT_FAMILY,
  INK,
  MUTED_INK,
  NEUTRAL_FILL,
  PRINT_STYLE,
  sourceText,
  wrapLabel,
} from './svg'

export { wrapLabel }

export const CHART_WIDTH = 360
const LABEL_SIZE = 12.5
const LINE = 15
const BAR = 14
const ROW_GAP = 9
const LEFT = 6
const NUMBER_ROOM = 34
/** Characters that fit on a label line at LABEL_SIZE (a conservative average glyph width). */
const LINE_CHARS = 48

export type BarDatum = { key: string; label: string; value: number }

export type BarTexts = {
  title: string
  description: string
  legendHeading: string
  legendNone: string
  classLabels: string[]
  heading?: string
  source?: string
}

export function drawBarChart({
  idPrefix,
  bars,
  texts,
}: {
  idPrefix: string
  bars: BarDatum[]
  texts: BarTexts
}): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const x = scaleLinear()
    .domain([0, max])
    .range([0, CHART_WIDTH - LEFT - NUMBER_ROOM])
  const headingHeight = texts.heading ? 28 : 0
  const rows: string[] = []
  let y = headingHeight + 4
  for (const bar of bars) {
    const lines = wrapLabel(bar.label, LINE_CHARS)
    const text = lines
      .map((line, index) => `<tspan x="${LEFT}" dy="${index === 0 ? 0 : LINE}">${esc(line)}</tspan>`)
      .join('')
    rows.push(`<text y="${y + LABEL_SIZE}" font-size="${LABEL_SIZE}">${text}</text>`)
    y += lines.length * LINE + 3
    const width = Math.max(0, x(bar.value))
    if (bar.value > 0) {
      rows.push(
        `<rect x="${LEFT}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${fillFor(bar.value)}" stroke="${INK}" stroke-width="0.5"/>`,
      )
    } else {
      rows.push(`<rect x="${LEFT}" y="${y}" width="2" height="${BAR}" fill="${MUTED_INK}"/>`)
    }
    rows.push(
      `<text x="${(LEFT + width + 5).toFixed(1)}" y="${y + BAR - 3}" font-size="12.5" font-weight="700" data-value="${bar.value}" data-key="${esc(bar.key)}">${bar.value}</text>`,
    )
    y += BAR + ROW_GAP
  }

  // The same colour classes as the map, so a tone means the same count everywhere.
  const legend: string[] = [`<text x="${LEFT}" y="${y + 11}" font-weight="600">${esc(texts.legendHeading)}</text>`]
  y += 18
  const classes = [
    { fill: NEUTRAL_FILL, text: texts.legendNone },
    ...colourClasses().map((c, index) => ({ fill: c.fill, text: texts.classLabels[index] ?? '' })),
  ]
  let legendX = LEFT
  for (const entry of classes) {
    const room = 24 + entry.text.length * 6.8 + 12
    if (legendX + room > CHART_WIDTH) {
      legendX = LEFT
      y += 18
    }
    legend.push(
      `<rect x="${legendX}" y="${y}" width="18" height="12" fill="${entry.fill}" stroke="${MUTED_INK}" stroke-width="0.6"/>`,
      `<text x="${legendX + 24}" y="${y + 10}">${esc(entry.text)}</text>`,
    )
    legendX += room
  }
  y += 18
  const source = texts.source ? sourceText(texts.source, LEFT, y + 10) : { markup: '', height: 0 }
  y += source.height
  const height = Math.ceil(y + 4)
  const titleId = `${idPrefix}-title`
  const descId = `${idPrefix}-desc`

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${esc(FONT_FAMILY)}" font-size="12" fill="${INK}" style="${PRINT_STYLE}" class="glance-chart">`,
    `<title id="${titleId}">${esc(texts.title)}</title>`,
    `<desc id="${descId}">${esc(texts.description)}</desc>`,
    texts.heading ? `<text x="${LEFT}" y="18" font-size="14" font-weight="700">${esc(texts.heading)}</text>` : '',
    `<g aria-hidden="true">${rows.join('')}${legend.join('')}</g>`,
    source.markup,
    `</svg>`,
  ].join('')
}
