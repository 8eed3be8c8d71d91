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
    const d = 'M123.4,56.7L124.1,57.2L124.1,56.5L123.4,56.7ZM10,20L10.5,20.5L9.9,20ZM200,0.3L199.5,0Z'
    const compact = compactPath(d)
    expect(points(compact)).toEqual(points(d))
    expect(compact.length).toBeLessThan(d.length)
    expect(compact.startsWith('M123.4,56.7l.7.5')).toBe(true)
  })

  it('keeps exact steps over a long border (no accumulated rounding)', () => {
    const coords = Array.from({ length: 500 }, (_, i) => [Math.round((100 + Math.sin(i) * 50) * 10) / 10, Math.round((100 + i * 0.3) * 10) / 10])
    const d = `M${coords.map((c) => c.join(',')).join('L')}Z`
    expect(points(compactPath(d))).toEqual(points(d))
  })
})
