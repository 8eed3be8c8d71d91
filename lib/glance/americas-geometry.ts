// The map's geometry: Natural Earth shapes (world-atlas, public domain) projected once per process into
// SVG path data. Only the fills and links change from one map to the next, so this is static.
//
// Two panes in one picture: the whole of the Americas, and below it an enlarged inset of Central America
// and the Caribbean, where most CRM members are too small to read or tap at 360 px on the main pane.
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoMercator, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110 from 'world-atlas/countries-110m.json'
import countries50 from 'world-atlas/countries-50m.json'
import { AMERICAS_ISO_NUMERIC } from './iso-3166'
import { compactPath } from './path-data'
import { simplifyTopology } from './simplify'

export const MAP_WIDTH = 360
const PAD = 6

/**
 * How far (in picture units; the picture is 360 wide) simplification may move an outline, and the
 * precision of the path data. One unit is one CSS pixel at 360 px and 1.6 px at the frame's widest; the
 * outlines themselves are 1.3–1.6 units thick, so finer detail does not show (ADR 012).
 */
const TOLERANCE = 0.5
const DIGITS = 0
/** Polygons smaller than this (square units) are dropped, unless they are all of a country there is. */
const MIN_AREA = 1

/** The inset's extent: longitude and latitude bounds of Central America and the Caribbean. */
export const INSET_BOUNDS = { west: -93, east: -59, south: 6.5, north: 24 } as const

type Shape = Feature<Polygon | MultiPolygon>
export type Pane = { x: number; y: number; width: number; height: number; paths: Map<string, string> }
export type AmericasGeometry = {
  main: Pane
  inset: Pane
  /** Outline of the inset's extent drawn on the main pane. */
  insetFrame: string
  /** Countries whose link (and accessible name) sits in the inset rather than on the main pane. */
  inInset: Set<string>
}

// Natural Earth draws French Guiana as part of France (250): drawn as background so South America has
// no hole; France's European part falls outside the extent and is clipped away.
const BACKGROUND_IDS = ['250']
const AMERICAS_IDS = new Set([...Object.values(AMERICAS_ISO_NUMERIC), ...BACKGROUND_IDS])

/** Keeps only the polygons west of 30° W (French Guiana out of France's multipolygon). */
function americanPart(shape: Shape): Shape {
  if (shape.geometry.type !== 'MultiPolygon') return shape
  const polygons = shape.geometry.coordinates.filter((polygon) => (polygon[0]?.[0]?.[0] ?? 0) < -30)
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates: polygons } }
}

function shapes(topology: unknown): Shape[] {
  const topo = topology as Topology<{ countries: GeometryCollection }>
  const collection = feature(topo, topo.objects.countries) as FeatureCollection<Geometry>
  return collection.features
    .filter((f): f is Shape => f.id !== undefined && AMERICAS_IDS.has(String(f.id)))
    .map((f) => (BACKGROUND_IDS.includes(String(f.id)) ? americanPart(f) : f))
}

function insetOutline(): Feature<Polygon> {
  const { west, east, south, north } = INSET_BOUNDS
  // Densified edges, so the frame follows the main pane's curved parallels.
  const ring: [number, number][] = []
  for (let lon = west; lon <= east; lon += 1) ring.push([lon, south])
  for (let lat = south; lat <= north; lat += 1) ring.push([east, lat])
  for (let lon = east; lon >= west; lon -= 1) ring.push([lon, north])
  for (let lat = north; lat >= south; lat -= 1) ring.push([west, lat])
  ring.push([west, south])
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } }
}

/**
 * Drops the polygons of a shape that cover less than MIN_AREA of the pane (specks under an outline, or
 * land clipped away outside the pane), keeping the largest one so no country disappears.
 */
function visiblePart(shape: Shape, area: (shape: Shape) => number): Shape {
  if (shape.geometry.type !== 'MultiPolygon') return shape
  const polygons = shape.geometry.coordinates.map((coordinates) => ({
    coordinates,
    area: area({ ...shape, geometry: { type: 'Polygon', coordinates } }),
  }))
  const largest = Math.max(...polygons.map((p) => p.area))
  const kept = polygons
    .filter((p) => p.area >= MIN_AREA || (p.area === largest && largest > 0))
    .map((p) => p.coordinates)
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates: kept } }
}

/**
 * A simplified polygon can come out wound the wrong way (a crescent-shaped islet kept as three corners
 * in the other order), and on the sphere d3 then reads it as the whole world but the islet. Such a
 * polygon is given back its original points.
 */
function unturned(simplified: Shape, original: Shape | undefined): Shape {
  if (!original || original.geometry.type !== simplified.geometry.type) return simplified
  const inverted = (coordinates: Polygon['coordinates']) => geoArea({ type: 'Polygon', coordinates }) > 2 * Math.PI
  if (simplified.geometry.type === 'Polygon') return inverted(simplified.geometry.coordinates) ? original : simplified
  const before = (original.geometry as MultiPolygon).coordinates
  const coordinates = simplified.geometry.coordinates.map((polygon, index) =>
    inverted(polygon) ? (before[index] ?? polygon) : polygon,
  )
  return { ...simplified, geometry: { type: 'MultiPolygon', coordinates } }
}

/** The pane's path data: the topology simplified for this projection, specks dropped, then rounded. */
function pane(projection: GeoProjection, topology: unknown, x: number, y: number, width: number, height: number): Pane {
  const originals = new Map(shapes(topology).map((shape) => [String(shape.id), shape]))
  const simplified = simplifyTopology(topology as Topology, (point) => projection(point) ?? null, TOLERANCE)
  const measure = geoPath(projection)
  const path = geoPath(projection).digits(DIGITS)
  const paths = new Map<string, string>()
  for (const shape of shapes(simplified)) {
    const d = path(visiblePart(unturned(shape, originals.get(String(shape.id))), (part) => measure.area(part)))
    if (d) {
      const compact = compactPath(d)
      if (compact) paths.set(String(shape.id), compact)
    }
  }
  return { x, y, width, height, paths }
}

function build(): AmericasGeometry {
  const coarse = shapes(countries110)
  const fine = shapes(countries50)

  // An equal-area projection centred on the Americas: Canada is not inflated as on Mercator, so the area
  // of colour follows the size of the country. Greenland is drawn but does not set the extent.
  const main = geoAzimuthalEqualArea().rotate([82, -12])
  const fitted: FeatureCollection = {
    type: 'FeatureCollection',
    features: coarse.filter((s) => !['304', ...BACKGROUND_IDS].includes(String(s.id))),
  }
  main.fitWidth(MAP_WIDTH - 2 * PAD, fitted)
  const mainPath = geoPath(main)
  const [[, top], [, bottom]] = mainPath.bounds(fitted)
  const mainHeight = Math.ceil(bottom - top) + 2 * PAD
  main.translate([main.translate()[0] + PAD, main.translate()[1] - top + PAD]).clipExtent([
    [0, 0],
    [MAP_WIDTH, mainHeight],
  ])

  // The inset: a conformal projection (shapes of small countries and islands stay recognisable).
  const { west, east, south, north } = INSET_BOUNDS
  const box: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      ],
    },
  }
  const inset = geoMercator()
  inset.fitWidth(MAP_WIDTH - 2 * PAD, box)
  const [[, insetTop], [, insetBottom]] = geoPath(inset).bounds(box)
  const insetHeight = Math.ceil(insetBottom - insetTop) + 2 * PAD
  const insetY = mainHeight + 8
  inset.translate([inset.translate()[0] + PAD, inset.translate()[1] - insetTop + PAD + insetY]).clipExtent([
    [0, insetY],
    [MAP_WIDTH, insetY + insetHeight],
  ])

  const inInset = new Set<string>()
  for (const shape of fine) {
    const [lon, lat] = geoCentroid(shape)
    if (lon >= west && lon <= east && lat >= south && lat <= north) inInset.add(String(shape.id))
  }
  // Mexico's and Colombia's centroids lie outside the inset, Venezuela's is on its edge: they stay on the
  // main pane, where they are large enough.
  for (const large of ['484', '170', '862']) inInset.delete(large)

  return {
    main: pane(main, countries110, 0, 0, MAP_WIDTH, mainHeight),
    inset: pane(inset, countries50, 0, insetY, MAP_WIDTH, insetHeight),
    insetFrame: compactPath(mainPath.digits(DIGITS)(insetOutline()) ?? ''),
    inInset,
  }
}

let cached: AmericasGeometry | undefined

/** The projected map, computed on first use and kept for the life of the process. */
export function americasGeometry(): AmericasGeometry {
  cached ??= build()
  return cached
}
