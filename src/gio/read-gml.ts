/**
 * GML sources → source features. An existing GIO (`geo:GeoInformatieObjectVaststelling`) is re-wrapped: one feature
 * per geo:Locatie with its naam and geometry, matched to Bijlage I by its FRBRWork. Any other GML document gives one
 * feature per outermost geometry element with coordinates (Polygon, Surface, MultiSurface, MultiPolygon, LineString, MultiCurve,
 * Point, MultiPoint). The file is parsed whole (fast-xml-parser): large sources should be GeoJSON, which streams.
 */
import { readFile } from 'node:fs/promises'
import { XMLParser } from 'fast-xml-parser'
import type { Finding } from '../model/index.js'
import { parseCrs } from './crs.js'
import { geoFinding, type FeaturePlace } from './findings.js'
import type { BronFeature, CrsRef, GeometrieSoort, RawGeometrie } from './geometry.js'
import type { ReadOptions } from './read-geojson.js'

type Node = Record<string, unknown>

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, processEntities: false })

const GEOMETRY = new Set(['Polygon', 'Surface', 'MultiSurface', 'MultiPolygon', 'LineString', 'MultiCurve', 'Point', 'MultiPoint'])

export async function* readGml(path: string, options: ReadOptions, findings: Finding[]): AsyncGenerator<BronFeature> {
  const text = await readFile(path, 'utf8')
  options.onBytes?.(Buffer.byteLength(text, 'utf8'))
  let doc: Node
  try {
    doc = parser.parse(text, true) as Node
  } catch (e) {
    findings.push(geoFinding('VISIE-213', { bron: options.bron }, { reden: `geen leesbare XML: ${(e as Error).message}` }))
    return
  }
  const gio = doc.GeoInformatieObjectVaststelling as Node | undefined
  const found: { node: Node; name: string; naam?: string }[] = []
  let work: string | undefined
  if (gio) {
    const versie = child(child(gio, 'vastgesteldeVersie'), 'GeoInformatieObjectVersie')
    work = textOf(child(versie, 'FRBRWork'))
    for (const loc of children(child(versie, 'locaties'), 'Locatie')) {
      const geometrie = child(child(child(loc, 'geometrie'), 'Geometrie'), 'geometrie')
      const naam = textOf(child(loc, 'naam'))
      const geoms = outermost(geometrie)
      found.push(geoms[0] ? { ...geoms[0], ...(naam === undefined ? {} : { naam }) } : { node: {}, name: '' })
    }
  } else found.push(...outermost(doc).filter((g) => hasCoordinates(g.node)))
  for (const [i, f] of found.entries()) {
    const place: FeaturePlace = { bron: options.bron, feature: i + 1, ...(options.gio === undefined ? {} : { gio: options.gio }) }
    const crs = srsOf(f.node, options.defaultCrs, place, findings)
    const geometrie = f.name === '' || !crs ? undefined : toRaw(f.node, f.name, place, findings)
    if (f.name === '' && crs) findings.push(geoFinding('STOP3019', place))
    yield { gio: options.gio, ...(work === undefined ? {} : { work }), ...(f.naam === undefined ? {} : { naam: f.naam }), place, geometrie, crs: crs ?? options.defaultCrs }
  }
  if (found.length === 0) findings.push(geoFinding('VISIE-213', { bron: options.bron }, { reden: 'geen GML-geometrie gevonden' }))
}

function child(n: unknown, name: string): Node | undefined {
  const v = typeof n === 'object' && n !== null ? (n as Node)[name] : undefined
  return (Array.isArray(v) ? v[0] : v) as Node | undefined
}

function list(v: unknown): Node[] {
  if (v === undefined) return []
  return (Array.isArray(v) ? v : [v]) as Node[]
}

function children(n: Node | undefined, name: string): Node[] {
  return n === undefined ? [] : list(n[name])
}

function textOf(n: unknown): string | undefined {
  if (typeof n === 'string') return n.trim()
  if (typeof n === 'object' && n !== null && typeof (n as Node)['#text'] === 'string') return ((n as Node)['#text'] as string).trim()
  return undefined
}

/** The outermost geometry elements below `n`, in document order per element name. */
function outermost(n: unknown): { node: Node; name: string }[] {
  if (typeof n !== 'object' || n === null) return []
  const out: { node: Node; name: string }[] = []
  for (const [key, value] of Object.entries(n as Node)) {
    if (key.startsWith('@') || key === '#text') continue
    for (const v of Array.isArray(value) ? value : [value]) {
      if (GEOMETRY.has(key) && typeof v === 'object' && v !== null) out.push({ node: v as Node, name: key })
      else out.push(...outermost(v))
    }
  }
  return out
}

/**
 * Plain GML often carries empty placeholder geometries (INSPIRE `gml:location` with an empty surfaceMember); only
 * geometry with coordinate elements counts there. In a GIO, an empty geometry is reported (STOP3019).
 */
function hasCoordinates(n: unknown): boolean {
  if (typeof n !== 'object' || n === null) return false
  for (const [k, v] of Object.entries(n as Node)) {
    if (k === 'posList' || k === 'pos' || k === 'coordinates') return true
    if (!k.startsWith('@') && (Array.isArray(v) ? v.some(hasCoordinates) : hasCoordinates(v))) return true
  }
  return false
}

function srsOf(node: Node, fallback: CrsRef, place: FeaturePlace, findings: Finding[]): CrsRef | undefined {
  const names = new Set<string>()
  collectSrs(node, names)
  if (names.size > 1) {
    findings.push(geoFinding('VISIE-207', place, { reden: `verschillende srsName-waarden in één geometrie (${[...names].sort().join(', ')})` }))
    return undefined
  }
  const [name] = names
  if (name === undefined) return fallback
  const crs = parseCrs(name)
  if (!crs) findings.push(geoFinding('VISIE-207', place, { reden: `srsName '${name}' wordt niet ondersteund (verwacht EPSG:28992, EPSG:4258 of EPSG:4326)` }))
  return crs
}

function collectSrs(n: unknown, names: Set<string>): void {
  if (typeof n !== 'object' || n === null) return
  for (const [k, v] of Object.entries(n as Node)) {
    if (k === '@srsName' && typeof v === 'string') names.add(v)
    else if (!k.startsWith('@')) for (const c of Array.isArray(v) ? v : [v]) collectSrs(c, names)
  }
}

const SOORT: Record<string, GeometrieSoort> = { Polygon: 'vlak', Surface: 'vlak', MultiSurface: 'vlak', MultiPolygon: 'vlak', LineString: 'lijn', MultiCurve: 'lijn', Point: 'punt', MultiPoint: 'punt' }

function toRaw(node: Node, name: string, place: FeaturePlace, findings: Finding[]): RawGeometrie | undefined {
  const before = findings.length
  const ords = (n: Node | undefined) => ordinates(n, place, findings)
  const polygon = (p: Node) => [child(child(p, 'exterior'), 'LinearRing'), ...children(p, 'interior').map((i) => child(i, 'LinearRing'))].map(ords)
  const surface = (s: Node) => children(child(s, 'patches'), 'PolygonPatch').map(polygon)
  const members = (n: Node, one: string, many: string) => [...children(n, one), ...children(n, many)]
  const polygons = (n: Node, kind: string): number[][][] =>
    kind === 'Polygon' ? [polygon(n)] : kind === 'Surface' ? surface(n) : members(n, kind === 'MultiPolygon' ? 'polygonMember' : 'surfaceMember', 'surfaceMembers').flatMap((m) => [...children(m, 'Polygon').map(polygon), ...children(m, 'Surface').flatMap(surface)])
  let parts: number[][][]
  const soort = SOORT[name] as GeometrieSoort
  if (soort === 'vlak') parts = polygons(node, name)
  else if (name === 'LineString') parts = [[ords(node)]]
  else if (name === 'MultiCurve') parts = members(node, 'curveMember', 'curveMembers').flatMap((m) => children(m, 'LineString')).map((l) => [ords(l)])
  else if (name === 'Point') parts = [[ords(node)]]
  else parts = members(node, 'pointMember', 'pointMembers').flatMap((m) => children(m, 'Point')).map((p) => [ords(p)])
  if (findings.length > before) return undefined
  if (parts.length === 0 || parts.every((p) => p.every((r) => r.length === 0))) {
    findings.push(geoFinding('STOP3019', place))
    return undefined
  }
  return { soort, parts }
}

/** posList / pos / coordinates → x y x y … (srsDimension 3 drops z). */
function ordinates(n: Node | undefined, place: FeaturePlace, findings: Finding[]): number[] {
  if (n === undefined) return []
  const posListNode = child(n, 'posList')
  const dim = Number((posListNode?.['@srsDimension'] as string | undefined) ?? (n['@srsDimension'] as string | undefined) ?? 2)
  let tokens: string[]
  if (posListNode !== undefined || typeof n.posList === 'string') tokens = split(textOf(n.posList) ?? '')
  else if (n.pos !== undefined) tokens = list(n.pos).flatMap((p) => split(textOf(p) ?? ''))
  else if (n.coordinates !== undefined) tokens = split((textOf(n.coordinates) ?? '').replace(/,/g, ' '))
  else tokens = []
  if (tokens.length % dim !== 0) {
    findings.push(geoFinding('VISIE-204', place, { reden: `${tokens.length} getallen is geen veelvoud van de dimensie ${dim}` }))
    return []
  }
  const out: number[] = []
  for (let i = 0; i < tokens.length; i += dim) {
    for (const t of [tokens[i], tokens[i + 1]]) {
      const v = Number(t)
      if (!Number.isFinite(v) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t ?? '')) {
        findings.push(geoFinding('VISIE-205', place, { waarde: String(t) }))
        return []
      }
      out.push(v)
    }
  }
  return out
}

function split(s: string): string[] {
  const t = s.trim()
  return t === '' ? [] : t.split(/\s+/)
}
