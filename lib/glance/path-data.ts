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

/** Converts d3-geo's absolute M/L/Z path data to the equivalent relative path data. */
export function compactPath(d: string): string {
  let out = ''
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  let first = true
  for (const [, command, args] of d.matchAll(COMMAND)) {
    if (command === 'Z') {
      out += 'z'
      x = startX
      y = startY
      continue
    }
    const numbers = (args ?? '').split(/[ ,]+/).filter(Boolean).map(Number)
    const steps: number[] = []
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const nx = numbers[index]!
      const ny = numbers[index + 1]!
      steps.push(nx - x, ny - y)
      x = nx
      y = ny
    }
    if (command === 'M') {
      startX = x
      startY = y
      out += (first ? 'M' : 'm') + joinNumbers(steps.map((value, index) => (first ? numbers[index]! : value)))
      first = false
    } else {
      out += 'l' + joinNumbers(steps)
    }
  }
  return out
}
