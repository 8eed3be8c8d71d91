// Fewer points for the map: Douglas–Peucker on the topology's arcs, measured in the pane's own pixels.
//
// The map is inlined in every page that shows it (and repeated in the page's RSC payload), so each point
// costs bytes twice. Natural Earth's points are much closer together than a 360-unit-wide picture can
// show: a point that moves the outline by less than a fraction of a unit is dropped. Simplifying the
// shared arcs of the TopoJSON (not each country's rings) keeps neighbours' borders identical, so no gaps
// or slivers open between countries.
import type { Topology } from 'topojson-specification'

export type Point = [number, number]

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax
  const dy = by - ay
  const length2 = dx * dx + dy * dy
  if (length2 === 0) return Math.hypot(px - ax, py - ay)
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/** Marks the points of points[from..to] that Douglas–Peucker keeps (iteratively, so long arcs cannot overflow the stack). */
function markKept(points: Point[], from: number, to: number, tolerance: number, keep: boolean[]): void {
  const stack: [number, number][] = [[from, to]]
  while (stack.length > 0) {
    const [first, last] = stack.pop()!
    let farthest = -1
    let distance = tolerance
    for (let index = first + 1; index < last; index += 1) {
      const d = distanceToSegment(points[index]!, points[first]!, points[last]!)
      if (d > distance) {
        distance = d
        farthest = index
      }
    }
    if (farthest === -1) continue
    keep[farthest] = true
    stack.push([first, farthest], [farthest, last])
  }
}

/**
 * The indices of the points Douglas–Peucker keeps for a line, ends included. A closed line (an island's
 * whole coast) is split at its point farthest from the start, so it keeps at least three corners and
 * never collapses to nothing.
 */
export function simplifyLine(points: Point[], tolerance: number): number[] {
  const last = points.length - 1
  if (last < 2) return points.map((_, index) => index)
  const keep = points.map((_, index) => index === 0 || index === last)
  const [sx, sy] = points[0]!
  const [ex, ey] = points[last]!
  if (sx === ex && sy === ey) {
    let farthest = 1
    for (let index = 1; index < last; index += 1) {
      if (
        Math.hypot(points[index]![0] - sx, points[index]![1] - sy) >
        Math.hypot(points[farthest]![0] - sx, points[farthest]![1] - sy)
      )
        farthest = index
    }
    keep[farthest] = true
    markKept(points, 0, farthest, tolerance, keep)
    markKept(points, farthest, last, tolerance, keep)
    // A ring needs three distinct corners: keep the point farthest from the first chord as well.
    if (keep.filter(Boolean).length < 4) {
      let third = -1
      let best = -1
      for (let index = 1; index < last; index += 1) {
        if (index === farthest) continue
        const d = distanceToSegment(points[index]!, points[0]!, points[farthest]!)
        if (d > best) {
          best = d
          third = index
        }
      }
      if (third !== -1) keep[third] = true
    }
  } else {
    markKept(points, 0, last, tolerance, keep)
  }
  return keep.flatMap((kept, index) => (kept ? [index] : []))
}

/**
 * A copy of a (quantised, delta-encoded) topology whose arcs are in absolute longitude and latitude and
 * simplified: a point is kept when dropping it would move the projected line by more than `tolerance`
 * (in the projection's units, i.e. the picture's). Points the projection cannot place are always kept.
 */
export function simplifyTopology(
  topology: Topology,
  project: (point: Point) => Point | null,
  tolerance: number,
): Topology {
  const transform = topology.transform
  const arcs = topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    const points: Point[] = arc.map((position) => {
      if (!transform) return [position[0]!, position[1]!]
      x += position[0]!
      y += position[1]!
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]]
    })
    const projected = points.map((point) => project(point))
    if (projected.some((point) => point === null)) return points
    return simplifyLine(projected as Point[], tolerance).map((index) => points[index]!)
  })
  // The coordinates are absolute now: no transform (topojson-client then reads them as they are).
  const simplified: Topology = { ...topology, arcs }
  delete simplified.transform
  return simplified
}
