import { describe, expect, it } from 'vitest'
import { compactPath } from './path-data'

/** The absolute points of M/L/Z or m/l/z path data (only what compactPath writes). */
function points(d: string): [number, number][] {
  const out: [number, number][] = []
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') {
      x = startX
      y = startY
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10])
      continue
    }
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number)
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const relative = command === 'm' || command === 'l'
      x = relative ? x + numbers[i]! : numbers[i]!
      y = relative ? y + numbers[i + 1]! : numbers[i + 1]!
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10])
      if (i === 0 && (command === 'M' || command === 'm')) {
        startX = x
        startY = y
      }
    }
  }
  return out
}

describe('compact path data', () => {
  it('draws the same points, shorter', () => {
    const d = 'M123.4,56.7L124.1,57.2L124.1,56.5L123.4,56.7ZM10,20L10.5,20.5L9.9,20Z'
    const compact = compactPath(d)
    expect(points(compact)).toEqual(points(d))
    expect(compact.length).toBeLessThan(d.length)
    expect(compact.startsWith('M123.4,56.7l.7.5')).toBe(true)
  })

  it('drops repeated points and rings that rounding collapsed, but never the whole shape', () => {
    // The second ring repeats a point; the third has two distinct corners (a line, enclosing nothing).
    const d = 'M10,10L20,10L20,20ZM30,30L31,30L31,30L31,31ZM200,0L201,0Z'
    const compact = compactPath(d)
    expect(points(compact)).toEqual(points('M10,10L20,10L20,20ZM30,30L31,30L31,31Z'))
    expect(compact).toBe('M10,10l10,0,0,10zm20,20l1,0,0,1z')
    // A speck that is all of a shape stays, so a small country is never lost from the map.
    expect(points(compactPath('M5,5L6,5Z'))).toEqual(points('M5,5L6,5Z'))
  })

  it('keeps exact steps over a long border (no accumulated rounding)', () => {
    const coords = Array.from({ length: 500 }, (_, i) => [
      Math.round((100 + Math.sin(i) * 50) * 10) / 10,
      Math.round((100 + i * 0.3) * 10) / 10,
    ])
    const d = `M${coords.map((c) => c.join(',')).join('L')}Z`
    expect(points(compactPath(d))).toEqual(points(d))
  })
})
