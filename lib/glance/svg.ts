// Small helpers shared by the map and the charts: escaping text for SVG markup and the colour scale.
import { scaleThreshold } from 'd3-scale'

/** Escapes text for SVG element content and double-quoted attribute values. */
export function esc(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Fill of a country or bar with no published practice. */
export const NEUTRAL_FILL = '#f2f2f2'
export const INK = '#1a1a1a'
export const MUTED_INK = '#525252'

/**
 * The lower bounds of the colour classes. Fixed, so a colour means the same count on every map and
 * chart (a filtered map is not re-stretched); chosen from the forum's own spread (1, a few, several, ten
 * or more practices).
 */
export const CLASS_BOUNDS = [1, 2, 5, 10] as const

/**
 * ColorBrewer "Blues", a single-hue sequential scheme that stays ordered for every kind of colour-vision
 * deficiency and in greyscale print; the lightest tone is skipped so one practice stands apart from none.
 */
export const CLASS_FILLS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const

const colour = scaleThreshold<number, string>()
  .domain([...CLASS_BOUNDS])
  .range([NEUTRAL_FILL, ...CLASS_FILLS])

export function fillFor(count: number): string {
  return colour(count)
}

/** The legend's classes: [lower, upper] (upper null = "or more"), with their fills, lowest first. */
export function colourClasses(): { from: number; to: number | null; fill: string }[] {
  return CLASS_BOUNDS.map((from, index) => {
    const next = CLASS_BOUNDS[index + 1]
    return { from, to: next === undefined ? null : next - 1, fill: CLASS_FILLS[index]! }
  })
}

/** Style that keeps fills in print (browsers drop backgrounds, not SVG fills, but some printers' drivers do). */
export const PRINT_STYLE = 'print-color-adjust:exact;-webkit-print-color-adjust:exact'

export const FONT_FAMILY = 'Inter Variable, Inter, system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif'

/** Splits a label into at most two lines at word boundaries, with an ellipsis when it is longer. */
export function wrapLabel(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const next = current ? `${current} ${word}` : word
    if (next.length <= width) {
      current = next
      continue
    }
    if (current) lines.push(current)
    current = word
    if (lines.length === 2) break
  }
  if (lines.length < 2 && current) lines.push(current)
  const shown = lines.slice(0, 2)
  if (shown.join(' ').length < words.join(' ').length) {
    const last = shown[shown.length - 1] ?? ''
    shown[shown.length - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`
  }
  return shown
}

/** The source line of a downloaded picture (small print, wrapped to the picture's width). */
export function sourceText(text: string, x: number, y: number): { markup: string; height: number } {
  const lines = wrapLabel(text, 70)
  const spans = lines.map((line, index) => `<tspan x="${x}" dy="${index === 0 ? 0 : 11}">${esc(line)}</tspan>`).join('')
  return { markup: `<text y="${y}" font-size="9" fill="${MUTED_INK}">${spans}</text>`, height: lines.length * 11 + 6 }
}
