/**
 * Reads the map context outline (the ambtsgebied) from GeoJSON in RD New (EPSG:28992): Polygon and MultiPolygon
 * geometries of a Feature, FeatureCollection or bare geometry. Other CRSs are refused with a Dutch message
 * (the preview draws in RD and does not reproject).
 */
import type { Geometrie, Polygon } from './gml.js'

export type ContextResult = { readonly ok: true; readonly geometrie: Geometrie } | { readonly ok: false; readonly message: string }

const RD = /EPSG:{1,2}28992$/

export function readContextGeoJson(text: string, file: string): ContextResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: `${file} is geen geldige JSON.` }
  }
  const root = json as { crs?: { properties?: { name?: string } } }
  const crs = root?.crs?.properties?.name
  if (crs !== undefined && !RD.test(crs)) return { ok: false, message: `${file} staat in ${crs}; de kaart verwacht RD New (EPSG:28992).` }
  const polygons: Polygon[] = []
  if (collect(json, polygons) === 'te diep') return { ok: false, message: `${file} is dieper genest dan ${MAX_DEPTH} niveaus (FeatureCollection, Feature, GeometryCollection); dat is geen omtrek van een ambtsgebied.` }
  if (polygons.length === 0) return { ok: false, message: `${file} bevat geen Polygon of MultiPolygon.` }
  const first = polygons[0]?.exterior ?? []
  if (crs === undefined && first.length >= 2 && Math.abs(first[0] as number) <= 180 && Math.abs(first[1] as number) <= 90) {
    return { ok: false, message: `${file} lijkt lengte-/breedtegraden te bevatten; de kaart verwacht RD New (EPSG:28992).` }
  }
  return { ok: true, geometrie: { polygons, lines: [], points: [] } }
}

/** GeoJSON nests a GeometryCollection in a Feature in a FeatureCollection; deeper than this is not an outline. */
const MAX_DEPTH = 32

/**
 * Polygons in document order, walked with an explicit stack (50 000 nested GeometryCollections cannot overflow the
 * call stack); members of the wrong type (`"features": 5`, `{}`) are skipped, not iterated. Returns the depth
 * problem, if any.
 */
function collect(root: unknown, out: Polygon[]): 'te diep' | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    if (!node || typeof node !== 'object') continue
    if (depth > MAX_DEPTH) return 'te diep'
    const n = node as { type?: unknown; features?: unknown; geometry?: unknown; geometries?: unknown; coordinates?: unknown }
    const children = n.type === 'FeatureCollection' ? list(n.features) : n.type === 'Feature' ? [n.geometry] : n.type === 'GeometryCollection' ? list(n.geometries) : []
    // Reversed onto the stack, so they are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 })
    const found = n.type === 'Polygon' ? [polygon(n.coordinates)] : n.type === 'MultiPolygon' ? list(n.coordinates).map(polygon) : []
    // A ring needs three points; `"coordinates": 5` gives none and draws nothing.
    out.push(...found.filter((p) => p.exterior.length >= 6))
  }
  return undefined
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

function polygon(rings: unknown): Polygon {
  const flat = (ring: unknown): number[] =>
    Array.isArray(ring) ? ring.flatMap((p) => (Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' ? [p[0], p[1]] : [])) : []
  const list = Array.isArray(rings) ? rings : []
  return { exterior: flat(list[0]), interiors: list.slice(1).map(flat) }
}
