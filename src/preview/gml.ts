/**
 * Reads the geometry of a GIO GML (geo:GeoInformatieObjectVaststelling, stop-lvbb.md §5) for drawing: per
 * geo:Locatie its naam, basisgeo:id and polygons (Polygon, Surface/PolygonPatch, MultiSurface), lines and points,
 * from gml:posList / gml:pos. Coordinates are kept as given (RD New); curves other than line strings are skipped.
 * A large GML (LARGE_ENTRY_BYTES or more) is not made into a tree: the validator's forward scanner reads its
 * geometries chunk by chunk (readLargeGioGml); its Locaties then have no naam.
 */
import { type XmlElement, child, childText, elements, findAll } from '../package/xml-tree.js'
import { scanGml, type ScannedGeometrie } from '../validate/geo/scan-gml.js'
import { HEAD_BYTES, type PackageEntry } from '../validate/layer.js'

/** Flat coordinate list: x0, y0, x1, y1, … */
export type Coords = ArrayLike<number>

export interface Polygon {
  readonly exterior: Coords
  readonly interiors: readonly Coords[]
}

export interface Geometrie {
  readonly polygons: readonly Polygon[]
  readonly lines: readonly Coords[]
  readonly points: Coords
}

export interface GioLocatie {
  readonly naam?: string
  readonly basisgeoId?: string
  readonly geometrie: Geometrie
}

export interface GioGml {
  readonly work?: string
  readonly expression?: string
  readonly locaties: readonly GioLocatie[]
}

const POLYGONS = new Set(['Polygon', 'PolygonPatch'])
const LINES = new Set(['LineString', 'LineStringSegment'])
const SHAPES = new Set([...POLYGONS, ...LINES, 'Point'])

export function readGioGml(root: XmlElement): GioGml {
  const versie = findAll(root, new Set(['GeoInformatieObjectVersie']))[0] ?? root
  const locatieElements = findAll(root, new Set(['Locatie']))
  const locaties = locatieElements.length > 0 ? locatieElements.map(readLocatie) : [{ geometrie: readGeometrie(root, 2) }]
  return { work: childText(versie, 'FRBRWork'), expression: childText(versie, 'FRBRExpression'), locaties }
}

/**
 * A large GIO GML through the forward scanner (validate/geo/scan-gml.ts), chunk by chunk: per basisgeo:Geometrie its
 * id and shapes, work and expression from the head. A tree of a 99 MB GML took the preview over 1 GB.
 */
export function readLargeGioGml(entry: PackageEntry): GioGml {
  const locaties: GioLocatie[] = []
  scanGml(entry.chunks ? entry.chunks() : entry.bytes, (g) => locaties.push({ ...(g.id !== undefined ? { basisgeoId: g.id } : {}), geometrie: scannedGeometrie(g) }))
  const head = new TextDecoder('utf-8').decode((entry.head ?? entry.bytes.subarray(0, HEAD_BYTES)).subarray(0, HEAD_BYTES))
  const field = (name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}>([^<]*)<`).exec(head)?.[1]?.trim()
  const work = field('FRBRWork')
  const expression = field('FRBRExpression')
  return { ...(work !== undefined ? { work } : {}), ...(expression !== undefined ? { expression } : {}), locaties }
}

const NONE = new Float64Array(0)

/** The scanner's geometry as the map draws it: `other` split into lines at their starts; what precedes them is points. */
function scannedGeometrie(g: ScannedGeometrie): Geometrie {
  const polygons = g.polygons.map((p) => ({ exterior: p.rings[0]?.coords ?? NONE, interiors: p.rings.slice(1).map((r) => r.coords) }))
  const firstLine = g.lineStarts[0] ?? g.other.length
  const lines = g.lineStarts.map((start, i) => g.other.subarray(start, g.lineStarts[i + 1] ?? g.other.length)).filter((l) => l.length >= 4)
  return { polygons, lines, points: g.other.subarray(0, firstLine) }
}

function readLocatie(el: XmlElement): GioLocatie {
  const basis = findAll(el, new Set(['Geometrie']))[0]
  return {
    naam: childText(el, 'naam'),
    basisgeoId: basis ? childText(basis, 'id') : undefined,
    geometrie: readGeometrie(child(el, 'geometrie') ?? el, 2),
  }
}

export function readGeometrie(el: XmlElement, dimension: number): Geometrie {
  const polygons: Polygon[] = []
  const lines: Coords[] = []
  const points: number[] = []
  const visit = (node: XmlElement, dim: number): void => {
    const d = Number(node.attrs.srsDimension ?? dim) || 2
    if (POLYGONS.has(node.name)) polygons.push(readPolygon(node, d))
    else if (LINES.has(node.name)) lines.push(readCoords(node, d))
    else if (node.name === 'Point') points.push(...readCoords(node, d).slice(0, 2))
    else for (const c of elements(node)) visit(c, d)
  }
  visit(el, dimension)
  return { polygons, lines, points }
}

function readPolygon(el: XmlElement, dim: number): Polygon {
  const ring = (wrapper: XmlElement): Coords => readCoords(wrapper, Number(wrapper.attrs.srsDimension ?? dim) || dim)
  const exterior = child(el, 'exterior')
  return {
    exterior: exterior ? ring(exterior) : [],
    interiors: elements(el)
      .filter((c) => c.name === 'interior')
      .map(ring),
  }
}

/** Coordinates under an element: one posList, or a sequence of pos (other dimensions dropped to x, y). */
function readCoords(el: XmlElement, dim: number): number[] {
  const lists = findAll(el, new Set(['posList', 'pos', 'coordinates']))
  const out: number[] = []
  for (const list of lists) {
    const d = Number(list.attrs.srsDimension ?? list.attrs.dimension ?? dim) || dim
    const values = rawText(list).trim().split(list.name === 'coordinates' ? /[\s,]+/ : /\s+/)
    for (let i = 0; i + 1 < values.length; i += d) {
      const x = Number(values[i])
      const y = Number(values[i + 1])
      if (Number.isFinite(x) && Number.isFinite(y)) out.push(x, y)
    }
  }
  return out
}

/** Text content without whitespace normalisation (coordinate lists can be megabytes). */
function rawText(el: XmlElement): string {
  let out = ''
  for (const c of el.children) out += c.kind === 'text' ? c.text : ''
  return out
}

export function isEmpty(g: Geometrie): boolean {
  return g.polygons.length === 0 && g.lines.length === 0 && g.points.length === 0
}

/** Whether a GML root is a GIO (or at least has geometry we can draw). */
export function hasShapes(root: XmlElement): boolean {
  return findAll(root, SHAPES).length > 0
}
