import { describe, expect, it } from 'vitest'
import type { Topology } from 'topojson-specification'
import { simplifyLine, simplifyTopology, type Point } from './simplify'

describe('Douglas–Peucker simplification', () => {
  it('drops points that move the line less than the tolerance and keeps the others', () => {
    const line: Point[] = [
      [0, 0],
      [1, 0.2],
      [2, -0.1],
      [3, 0],
      [4, 3],
      [5, 0],
    ]
    // The wobble of ±0.2 goes; the peak at (4, 3) and the ends stay.
    expect(simplifyLine(line, 0.5)).toEqual([0, 3, 4, 5])
    expect(simplifyLine(line, 0.1)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('keeps at least three corners of a closed ring, however small', () => {
    const islet: Point[] = [
      [0, 0],
      [0.1, 0],
      [0.2, 0.05],
      [0.2, 0.1],
      [0.1, 0.15],
      [0, 0.1],
      [0, 0],
    ]
    const kept = simplifyLine(islet, 5)
    expect(kept[0]).toBe(0)
    expect(kept.at(-1)).toBe(islet.length - 1)
    expect(new Set(kept.slice(0, -1).map((index) => islet[index]!.join())).size).toBe(3)
  })

  it('simplifies the shared arcs of a topology, so neighbours keep the same border', () => {
    // Two squares sharing a wobbly border (arc 0); quantised and delta-encoded like world-atlas.
    const topology = {
      type: 'Topology',
      transform: { scale: [0.5, 0.5], translate: [-10, 20] },
      arcs: [
        [
          [20, 0],
          [1, 4],
          [-1, 4],
          [1, 4],
          [-1, 4],
        ],
        [
          [20, 16],
          [-20, 0],
          [0, -16],
          [20, 0],
        ],
        [
          [20, 0],
          [20, 0],
          [0, 16],
          [-20, 0],
        ],
      ],
      objects: {},
    } as unknown as Topology
    const identity = ([x, y]: Point): Point => [x, y]
    const simplified = simplifyTopology(topology, identity, 1)
    expect(simplified.transform).toBeUndefined()
    // Absolute coordinates; the border's wobble of ±0.5 is gone, its ends kept.
    expect(simplified.arcs[0]).toEqual([
      [0, 20],
      [0, 28],
    ])
    expect(simplified.arcs[1]).toEqual([
      [0, 28],
      [-10, 28],
      [-10, 20],
      [0, 20],
    ])
    // A finer tolerance keeps the wobble.
    expect(simplifyTopology(topology, identity, 0.1).arcs[0]).toHaveLength(5)
    // A point the projection cannot place keeps its whole arc.
    expect(simplifyTopology(topology, ([x, y]) => (y > 27 ? null : [x, y]), 1).arcs[0]).toHaveLength(5)
  })
})
