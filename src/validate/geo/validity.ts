/**
 * OGC validity of one basisgeo:Geometrie's polygons without jsts's quadratic MultiPolygon check: each polygon with
 * IsValidOp (src/gio/validity), then only envelope-overlapping pairs (STRtree) for overlap or nesting, which a
 * MultiPolygon forbids (members may touch in points only). Keeps a 100 MB GIO linear-ish.
 */
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js'
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js'
import STRtree from 'jsts/org/locationtech/jts/index/strtree/STRtree.js'
import RelateOp from 'jsts/org/locationtech/jts/operation/relate/RelateOp.js'
import { roundMm } from '../../gio/geometry.js'
import { validity, type ValidityProblem } from '../../gio/validity.js'

const factory = new GeometryFactory()

interface JstsPolygon {
  getEnvelopeInternal(): unknown
  getCoordinate(): { x: number; y: number } | null
}

export function polygonsValidity(polygons: readonly (readonly Float64Array[])[]): ValidityProblem | undefined {
  for (const rings of polygons) {
    const problem = validity({ soort: 'vlak', parts: [rings] })
    if (problem) return problem
  }
  return polygons.length > 1 ? overlapping(polygons.map(toPolygon)) : undefined
}

function overlapping(polygons: readonly JstsPolygon[]): ValidityProblem | undefined {
  const tree = new STRtree()
  polygons.forEach((p, i) => tree.insert(p.getEnvelopeInternal(), i))
  for (let i = 0; i < polygons.length; i++) {
    const a = polygons[i] as JstsPolygon
    for (const j of tree.query(a.getEnvelopeInternal()).toArray() as number[]) {
      if (j <= i) continue
      const b = polygons[j] as JstsPolygon
      // RelateOp directly: Geometry#relate only exists after jsts's global monkey-patching module is loaded.
      const m = RelateOp.relate(a, b) as { matches(pattern: string): boolean }
      // Interiors meet (overlap or nesting) or boundaries share a line: not a valid MultiPolygon.
      if (m.matches('T********') || m.matches('****1****')) {
        const c = b.getCoordinate()
        return { fout: 'OVERLAPPING_POLYGONS', reden: 'vlakken van dezelfde geometrie overlappen, liggen in elkaar of delen een rand', ...(c ? { x: roundMm(c.x), y: roundMm(c.y) } : {}) }
      }
    }
  }
  return undefined
}

function toPolygon(rings: readonly Float64Array[]): JstsPolygon {
  const ring = (c: Float64Array): unknown => {
    const coords: Coordinate[] = []
    for (let i = 0; i + 1 < c.length; i += 2) coords.push(new Coordinate(c[i], c[i + 1]))
    return factory.createLinearRing(coords)
  }
  const [shell, ...holes] = rings
  return factory.createPolygon(ring(shell as Float64Array), holes.map(ring)) as JstsPolygon
}
