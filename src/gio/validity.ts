/**
 * OGC simple-feature validity of RD geometry with jsts IsValidOp: the reason (in Dutch) and the coordinate where
 * it was found (self-intersection, hole outside shell, nested holes, disconnected interior, …).
 */
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js'
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js'
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js'
import TopologyValidationError from 'jsts/org/locationtech/jts/operation/valid/TopologyValidationError.js'
import { roundMm, type Geometrie } from './geometry.js'

export interface ValidityProblem {
  /** jsts error type, e.g. `SELF_INTERSECTION`. */
  readonly fout: string
  readonly reden: string
  readonly x?: number
  readonly y?: number
}

const REDEN: Readonly<Record<string, string>> = {
  ERROR: 'topologiefout',
  REPEATED_POINT: 'herhaald punt',
  HOLE_OUTSIDE_SHELL: 'een gat ligt (deels) buiten de buitenrand',
  NESTED_HOLES: 'een gat ligt binnen een ander gat',
  DISCONNECTED_INTERIOR: 'het binnengebied is niet samenhangend (gaten delen het vlak op)',
  SELF_INTERSECTION: 'zelfdoorsnijding',
  RING_SELF_INTERSECTION: 'een ring snijdt zichzelf',
  NESTED_SHELLS: 'een vlak ligt binnen een ander vlak van dezelfde multigeometrie',
  DUPLICATE_RINGS: 'dubbele ring',
  TOO_FEW_POINTS: 'te weinig punten',
  INVALID_COORDINATE: 'ongeldige coördinaat',
  RING_NOT_CLOSED: 'ring niet gesloten',
}

const factory = new GeometryFactory()

export function validity(g: Geometrie): ValidityProblem | undefined {
  const op = new IsValidOp(toJsts(g))
  if (op.isValid()) return undefined
  const err = op.getValidationError()
  const type = errorName(err.getErrorType() as number)
  const c = err.getCoordinate() as { x: number; y: number } | null
  return { fout: type, reden: REDEN[type] ?? err.getMessage(), ...(c ? { x: roundMm(c.x), y: roundMm(c.y) } : {}) }
}

function errorName(type: number): string {
  const names = TopologyValidationError as unknown as Record<string, unknown>
  for (const name of Object.keys(REDEN)) if (names[name] === type) return name
  return 'ERROR'
}

function coords(arr: Float64Array): Coordinate[] {
  const out: Coordinate[] = []
  for (let i = 0; i < arr.length; i += 2) out.push(new Coordinate(arr[i], arr[i + 1]))
  return out
}

function toJsts(g: Geometrie): unknown {
  if (g.soort === 'punt') return factory.createMultiPoint(g.parts.map((p) => factory.createPoint(coords(p[0] as Float64Array)[0])))
  if (g.soort === 'lijn') return factory.createMultiLineString(g.parts.map((p) => factory.createLineString(coords(p[0] as Float64Array))))
  const polygons = g.parts.map(([shell, ...holes]) =>
    factory.createPolygon(factory.createLinearRing(coords(shell as Float64Array)), holes.map((h) => factory.createLinearRing(coords(h)))),
  )
  return polygons.length === 1 ? polygons[0] : factory.createMultiPolygon(polygons)
}
