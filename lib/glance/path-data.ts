// Shorter SVG path data: d3-geo writes absolute coordinates ("M123.4,56.7L124.1,57.2…"); neighbouring
// points of a border are close, so relative steps ("m…l.7.5…") are about half as long. The map is inlined
// in every page that shows it, so this halves its weight. Coordinates are already rounded to 0.1 (the
// path's digits), so the steps are exact and no error accumulates.

const COMMAND = /([MLZ])([^MLZ]*)/g

/** A number with one decimal at most, without a leading zero ("0.5" → ".5", "-0.5" → "-.5"). */
function short(value: number): string {
  const text = String(Math.round(value * 10) / 10)
  return text.replace(/^(-?)0\./, '$1.')
}

/** Joins numbers with the fewest separators: none before a minus sign, or before ".5" after a decimal. */
function joinNumbers(values: number[]): string {
  let out = ''
  let previous = ''
  for (const value of values) {
    const text = short(value)
    const needsSeparator = out !== '' && !text.startsWith('-') && !(text.startsWith('.') && previous.includes('.'))
    out += (needsSeparator ? ',' : '') + text
    previous = text
  }
  return out
}

type Subpath = { points: [number, number][]; closed: boolean }

function subpaths(d: string): Subpath[] {
  const out: Subpath[] = []
  for (const [, command, args] of d.matchAll(COMMAND)) {
    if (command === 'Z') {
      if (out.length > 0) out[out.length - 1]!.closed = true
      continue
    }
    const numbers = (args ?? '').split(/[ ,]+/).filter(Boolean).map(Number)
    if (command === 'M') out.push({ points: [], closed: false })
    const current = out[out.length - 1]
    if (!current) continue
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const point: [number, number] = [numbers[index]!, numbers[index + 1]!]
      const previous = current.points[current.points.length - 1]
      // Rounding makes neighbouring points equal; a zero step draws nothing.
      if (previous && previous[0] === point[0] && previous[1] === point[1]) continue
      current.points.push(point)
    }
  }
  return out
}

/** A closed ring with fewer than three distinct corners is a dot or a line: it encloses nothing. */
function degenerate(subpath: Subpath): boolean {
  const [first] = subpath.points
  const last = subpath.points[subpath.points.length - 1]
  const distinct =
    subpath.points.length -
    (first && last && subpath.points.length > 1 && first[0] === last[0] && first[1] === last[1] ? 1 : 0)
  return subpath.closed && distinct < 3
}

/**
 * Converts d3-geo's absolute M/L/Z path data to the equivalent relative path data, without repeated
 * points and without rings that rounding collapsed (unless nothing else is left, so a shape never
 * vanishes).
 */
export function compactPath(d: string): string {
  const all = subpaths(d)
  const drawn = all.filter((subpath) => !degenerate(subpath))
  let out = ''
  let x = 0
  let y = 0
  for (const { points, closed } of drawn.length > 0 ? drawn : all) {
    const steps: number[] = []
    for (const [nx, ny] of points) {
      steps.push(nx - x, ny - y)
      x = nx
      y = ny
    }
    const first = out === ''
    const [startX, startY] = points[0] ?? [x, y]
    out += (first ? 'M' : 'm') + joinNumbers(first ? [startX, startY] : steps.slice(0, 2))
    if (steps.length > 2) out += 'l' + joinNumbers(steps.slice(2))
    if (closed) {
      out += 'z'
      x = startX
      y = startY
    }
  }
  return out
}
