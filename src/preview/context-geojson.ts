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
  collect(json, polygons)
  if (polygons.length === 0) return { ok: false, message: `${file} bevat geen Polygon of MultiPolygon.` }
  const first = polygons[0]?.exterior ?? []
  if (crs === undefined && first.length >= 2 && Math.abs(first[0] as number) <= 180 && Math.abs(first[1] as number) <= 90) {
    return { ok: false, message: `${file} lijkt lengte-/breedtegraden te bevatten; de kaart verwacht RD New (EPSG:28992).` }
  }
  return { ok: true, geometrie: { polygons, lines: [], points: [] } }
}

function collect(node: unknown, out: Polygon[]): void {
  if (!node || typeof node !== 'object') return
  const n = node as { type?: string; features?: unknown[]; geometry?: unknown; geometries?: unknown[]; coordinates?: unknown }
  if (n.type === 'FeatureCollection') for (const f of n.features ?? []) collect(f, out)
  else if (n.type === 'Feature') collect(n.geometry, out)
  else if (n.type === 'GeometryCollection') for (const g of n.geometries ?? []) collect(g, out)
  else if (n.type === 'Polygon') out.push(polygon(n.coordinates))
  else if (n.type === 'MultiPolygon' && Array.isArray(n.coordinates)) for (const p of n.coordinates) out.push(polygon(p))
}

function polygon(rings: unknown): Polygon {
  const flat = (ring: unknown): number[] =>
    Array.isArray(ring) ? ring.flatMap((p) => (Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' ? [p[0], p[1]] : [])) : []
  const list = Array.isArray(rings) ? rings : []
  return { exterior: flat(list[0]), interiors: list.slice(1).map(flat) }
}
