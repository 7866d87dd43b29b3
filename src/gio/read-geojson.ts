/**
 * GeoJSON FeatureCollection → source features (product.md §3): property `gio` = GIO naam, optional `naam` (or
 * `locatie`, as GIS exports such as shared/geo's candidate file call it) for the geo:Locatie naam,
 * CRS from the `crs` member or visie.json. Streams the file (geojson-stream.ts) and checks positions as it goes.
 */
import type { Finding } from '../model/index.js'
import { forGeoJson, parseCrs } from './crs.js'
import { geoFinding, type FeaturePlace } from './findings.js'
import type { BronFeature, CrsRef, GeometrieSoort, RawGeometrie } from './geometry.js'
import { FlatPositions, LARGE_FEATURE_CHARS, parseLargeFeature } from './geojson-coordinates.js'
import { streamFeatureCollection } from './geojson-stream.js'

export interface ReadOptions {
  /** The name of the file in findings (relative to the project, as in visie.json). */
  readonly bron: string
  /** CRS when the file does not say (visie.json `geo.crs`). */
  readonly defaultCrs: CrsRef
  /** When set, every feature belongs to this GIO (visie.json `perGio`), whatever its `gio` property says. */
  readonly gio?: string
  readonly onBytes?: (bytes: number) => void
}

/** Yields the readable features; problems (bad JSON, bad positions, unknown CRS) go to `findings`. */
export async function* readGeoJson(path: string, options: ReadOptions, findings: Finding[]): AsyncGenerator<BronFeature> {
  let crs = forGeoJson(options.defaultCrs)
  let index = 0
  for await (const item of streamFeatureCollection(path)) {
    if (item.kind === 'progress') {
      options.onBytes?.(item.bytes)
      continue
    }
    if (item.kind === 'end') {
      if (!item.complete) findings.push(geoFinding('VISIE-213', { bron: options.bron, line: item.line }, { reden: 'het bestand houdt midden in een JSON-waarde op (afgebroken of haakjes niet in balans)' }))
      continue
    }
    if (item.kind === 'member') {
      if (item.key === 'crs' && index > 0) {
        // Streaming reads features as they come: a crs member after them would have applied too late.
        findings.push(geoFinding('VISIE-207', { bron: options.bron, feature: 0, line: item.line }, { reden: 'het crs-lid staat na de features; zet het vóór "features"' }))
      } else if (item.key === 'crs') crs = memberCrs(item.json, crs, { bron: options.bron, line: item.line }, findings)
      continue
    }
    index++
    const place: FeaturePlace = { bron: options.bron, feature: index, line: item.line }
    const feature = parseFeature(item.json, place, findings)
    if (!feature) continue
    const gio = options.gio ?? stringProp(feature.properties, 'gio')
    const naam = stringProp(feature.properties, 'naam') ?? stringProp(feature.properties, 'locatie')
    const full: FeaturePlace = { ...place, ...(gio === undefined ? {} : { gio }) }
    const geometrie = toRaw(feature.geometry, full, findings)
    yield { gio, ...(naam === undefined ? {} : { naam }), place: full, geometrie, crs }
  }
  if (index === 0) findings.push(geoFinding('VISIE-213', { bron: options.bron }, { reden: 'geen features gevonden; verwacht een GeoJSON FeatureCollection met een array "features"' }))
}

function memberCrs(json: string, current: CrsRef, place: { bron: string; line: number }, findings: Finding[]): CrsRef {
  let name: unknown
  try {
    name = (JSON.parse(json) as { properties?: { name?: unknown } }).properties?.name
  } catch {
    name = undefined
  }
  const parsed = typeof name === 'string' ? parseCrs(name) : undefined
  if (!parsed) {
    findings.push(geoFinding('VISIE-207', { ...place, feature: 0 }, { reden: `het crs-lid '${String(name)}' wordt niet ondersteund (verwacht EPSG:28992, EPSG:4258 of EPSG:4326)` }))
    return current
  }
  return forGeoJson(parsed)
}

interface JsonFeature {
  readonly properties: unknown
  readonly geometry: unknown
}

function parseFeature(json: string, place: FeaturePlace, findings: Finding[]): JsonFeature | undefined {
  try {
    const f = ((json.length >= LARGE_FEATURE_CHARS ? parseLargeFeature(json) : undefined) ?? JSON.parse(json)) as { type?: unknown; properties?: unknown; geometry?: unknown }
    if (f.type !== 'Feature') throw new Error(`type '${String(f.type)}' in plaats van 'Feature'`)
    return { properties: f.properties, geometry: f.geometry }
  } catch (e) {
    findings.push(geoFinding('VISIE-213', place, { reden: `feature ${place.feature} is geen geldige GeoJSON Feature: ${(e as Error).message}` }))
    return undefined
  }
}

function stringProp(props: unknown, name: string): string | undefined {
  const v = typeof props === 'object' && props !== null ? (props as Record<string, unknown>)[name] : undefined
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

const DEPTH: Record<string, { soort: GeometrieSoort; depth: number; multi: boolean }> = {
  Point: { soort: 'punt', depth: 0, multi: false },
  MultiPoint: { soort: 'punt', depth: 1, multi: true },
  LineString: { soort: 'lijn', depth: 1, multi: false },
  MultiLineString: { soort: 'lijn', depth: 2, multi: true },
  Polygon: { soort: 'vlak', depth: 2, multi: false },
  MultiPolygon: { soort: 'vlak', depth: 3, multi: true },
}

/** GeoJSON geometry → interleaved ordinates per ring/line/point; undefined (with a finding) when unusable. */
export function toRaw(geometry: unknown, place: FeaturePlace, findings: Finding[]): RawGeometrie | undefined {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null
  if (g === null || g === undefined || (Array.isArray(g.coordinates) && g.coordinates.length === 0)) {
    findings.push(geoFinding('STOP3019', place))
    return undefined
  }
  const shape = typeof g.type === 'string' ? DEPTH[g.type] : undefined
  if (!shape) {
    findings.push(geoFinding('VISIE-212', place, { type: String(g.type) }))
    return undefined
  }
  const before = findings.length
  const flat = (pos: unknown): number[] => flatten(pos, place, findings)
  const c = g.coordinates
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : (findings.push(geoFinding('VISIE-204', place, { reden: 'geneste coördinaatlijst verwacht' })), []))
  let parts: number[][][]
  if (shape.soort === 'punt') parts = (shape.multi ? list(c) : [c]).map((p) => [flat([p])])
  else if (shape.soort === 'lijn') parts = (shape.multi ? list(c) : [c]).map((l) => [flat(l)])
  else parts = (shape.multi ? list(c) : [c]).map((poly) => list(poly).map(flat))
  if (findings.length > before) return undefined
  if (parts.length === 0 || parts.every((p) => p.every((r) => r.length === 0))) {
    findings.push(geoFinding('STOP3019', place))
    return undefined
  }
  return { soort: shape.soort, parts }
}

/** A list of positions → x y x y …; each position needs two finite numbers (a third, z, is dropped). */
function flatten(positions: unknown, place: FeaturePlace, findings: Finding[]): number[] {
  // A large feature's list as the scanner read it: already flat, each position checked (geojson-coordinates.ts).
  if (positions instanceof FlatPositions) return positions.values
  if (!Array.isArray(positions)) {
    findings.push(geoFinding('VISIE-204', place, { reden: 'lijst van posities verwacht' }))
    return []
  }
  const out: number[] = []
  for (const p of positions) {
    if (!Array.isArray(p) || p.length < 2) {
      findings.push(geoFinding('VISIE-204', place, { reden: `positie ${showPosition(p)} heeft geen x en y` }))
      return []
    }
    for (const v of [p[0], p[1]]) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        findings.push(geoFinding('VISIE-205', place, { waarde: String(v) }))
        return []
      }
    }
    out.push(p[0] as number, p[1] as number)
  }
  return out
}

/** A position for a message: JSON when flat, else `[…]`/`{…}` (stringifying 200 000 nested arrays overflows the stack). */
function showPosition(p: unknown): string {
  const nested = (v: unknown) => v !== null && typeof v === 'object'
  if (nested(p) && !(Array.isArray(p) && !p.some(nested))) return Array.isArray(p) ? '[…]' : '{…}'
  const text = JSON.stringify(p) ?? String(p)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
