/**
 * Reads the geometry of a GIO GML (geo:GeoInformatieObjectVaststelling, stop-lvbb.md §5) for drawing: per
 * geo:Locatie its naam, basisgeo:id and polygons (Polygon, Surface/PolygonPatch, MultiSurface), lines and points,
 * from gml:posList / gml:pos. Coordinates are kept as given (RD New); curves other than line strings are skipped.
 */
import { type XmlElement, child, childText, elements, findAll } from '../package/xml-tree.js'

/** Flat coordinate list: x0, y0, x1, y1, … */
export type Coords = readonly number[]

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
function readCoords(el: XmlElement, dim: number): Coords {
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
