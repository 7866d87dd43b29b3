/**
 * OGC validity of one basisgeo:Geometrie's polygons without jsts's quadratic MultiPolygon check: each polygon with
 * IsValidOp (src/gio/validity), then only envelope-overlapping pairs (EnvelopeIndex) for overlap or nesting, which a
 * MultiPolygon forbids (members may touch in points only). Keeps a 100 MB GIO linear-ish.
 */
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js'
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js'
import RelateOp from 'jsts/org/locationtech/jts/operation/relate/RelateOp.js'
import { roundMm } from '../../gio/geometry.js'
import { validity, type ValidityProblem } from '../../gio/validity.js'
import { EnvelopeIndex } from './envelope-index.js'

const factory = new GeometryFactory()

interface JstsPolygon {
  getCoordinate(): { x: number; y: number } | null
}

export function polygonsValidity(polygons: readonly (readonly Float64Array[])[]): ValidityProblem | undefined {
  for (const rings of polygons) {
    const problem = validity({ soort: 'vlak', parts: [rings] })
    if (problem) return problem
  }
  return polygons.length > 1 ? overlapping(polygons) : undefined
}

/** Envelopes of the shells straight from the coordinates (minX, minY, maxX, maxY each): jsts polygons are only built for candidate pairs. */
function envelopes(polygons: readonly (readonly Float64Array[])[]): Float64Array {
  const out = new Float64Array(4 * polygons.length)
  polygons.forEach((rings, k) => {
    const shell = rings[0] as Float64Array
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    for (let i = 0; i + 1 < shell.length; i += 2) {
      const x = shell[i] as number
      const y = shell[i + 1] as number
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
    out[4 * k] = minX
    out[4 * k + 1] = minY
    out[4 * k + 2] = maxX
    out[4 * k + 3] = maxY
  })
  return out
}

function overlapping(rings: readonly (readonly Float64Array[])[]): ValidityProblem | undefined {
  const boxes = envelopes(rings)
  const index = new EnvelopeIndex(boxes)
  for (let i = 0; i < rings.length; i++) {
    const candidates = index.after(i)
    if (candidates.length === 0) continue
    const a = toPolygon(rings[i] as Float64Array[])
    for (const j of candidates) {
      const b = toPolygon(rings[j] as Float64Array[])
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
