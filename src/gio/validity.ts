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
  // One polygon without holes whose ring is plainly simple is valid without asking jsts (~0.1 ms each, 2 s of a
  // GIO of 20 000 squares, issue 16 D10b); anything else, or anything close to a degenerate case, goes to IsValidOp.
  const only = g.soort === 'vlak' && g.parts.length === 1 ? g.parts[0] : undefined
  if (only?.length === 1 && plainlySimple(only[0] as Float64Array)) return undefined
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

/**
 * Rings longer than this go to jsts unless they are convex: the pairwise segment test below is quadratic (a 40-corner
 * ring ~30 µs against ~80 µs in IsValidOp, measured in the profile of `validate` on a 99 MB GML of 40-gons).
 */
const MAX_PLAIN_POINTS = 64
/** |cross product| (m²) at or below which three points count as possibly collinear: the ring then goes to jsts. */
const NEAR_COLLINEAR = 1e-3

/**
 * True only when the closed ring `xy` (x0 y0 … xn yn, xn yn = x0 y0) is certainly a simple ring of at least three
 * corners: finite, no repeated or collinear consecutive points, and every two non-adjacent segments strictly apart
 * (each lies entirely on one side of the other's line, with a margin far above the rounding of the arithmetic). Such
 * a ring is an OGC-valid polygon shell. False means "not proven", never "invalid".
 */
export function plainlySimple(xy: Float64Array): boolean {
  const n = xy.length / 2 - 1 // segments = distinct corners
  if (n < 3 || !Number.isInteger(n)) return false
  const x0 = xy[0] as number
  const y0 = xy[1] as number
  if (x0 !== xy[2 * n] || y0 !== xy[2 * n + 1]) return false
  if (convexRing(xy, n)) return true
  // Relative to the first corner, so the products stay small and exact enough for NEAR_COLLINEAR.
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    x[i] = (xy[2 * i] as number) - x0
    y[i] = (xy[2 * i + 1] as number) - y0
    if (!Number.isFinite(x[i] as number) || !Number.isFinite(y[i] as number)) return false
  }
  const cross = (a: number, b: number, c: number): number =>
    ((x[b] as number) - (x[a] as number)) * ((y[c] as number) - (y[a] as number)) - ((y[b] as number) - (y[a] as number)) * ((x[c] as number) - (x[a] as number))
  // A long ring (often of centimetre segments) is judged with a margin scaled to the segments and the coordinates'
  // size: a thousand times a bound on the rounding of the subtractions and products (each ≤ ε times those sizes).
  let size = 0
  if (n > MAX_PLAIN_POINTS) for (let i = 0; i < 2 * n; i++) size = Math.max(size, Math.abs(xy[i] as number))
  const margin = (a: number, b: number, c: number): number => {
    if (n <= MAX_PLAIN_POINTS) return NEAR_COLLINEAR
    const ab = Math.abs((x[b] as number) - (x[a] as number)) + Math.abs((y[b] as number) - (y[a] as number))
    const ac = Math.abs((x[c] as number) - (x[a] as number)) + Math.abs((y[c] as number) - (y[a] as number))
    return 1e3 * 8 * Number.EPSILON * (size * (ab + ac) + ab * ac)
  }
  const side = (a: number, b: number, c: number): number => {
    const v = cross(a, b, c)
    const m = margin(a, b, c)
    return v > m ? 1 : v < -m ? -1 : 0
  }
  // Consecutive segments turn at every corner (no repeated point, no spike, no straight continuation); a long ring may
  // also go straight on at a corner (its two segments then meet only there).
  let turn = 0
  let oneWay = true
  let straight = false
  for (let i = 0; i < n; i++) {
    const s = side(i, (i + 1) % n, (i + 2) % n)
    if (s === 0) {
      if (n <= MAX_PLAIN_POINTS || !ahead(x, y, i, (i + 1) % n, (i + 2) % n)) return false
      straight = true
      continue
    }
    if (turn === 0) turn = s
    else if (s !== turn) oneWay = false
  }
  // Turning the same way at every corner and going round once: a convex ring, simple without the pairwise test (a
  // 40-corner disc: 40 turns instead of ~700 segment pairs; ~1 of the ~5 s of the geo layer on a 99 MB GML of them).
  if (!straight && oneWay && windsOnce(x, n)) return true
  if (n > MAX_PLAIN_POINTS) return apartOnGrid(x, y, n, side)
  // Non-adjacent segments (i, i+1) and (j, j+1) are strictly apart.
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue // adjacent through the closing corner
      const a = i
      const b = (i + 1) % n
      const c = j
      const d = (j + 1) % n
      if (apart(x, a, b, c, d) || apart(y, a, b, c, d)) continue // disjoint boxes: exact comparisons, no rounding
      const sc = side(a, b, c)
      const sd = side(a, b, d)
      const sa = side(c, d, a)
      const sb = side(c, d, b)
      if (sc === 0 || sd === 0 || sa === 0 || sb === 0) return false
      if (sc === sd || sa === sb) continue // one segment lies wholly on one side of the other's line
      return false // the segments cross
    }
  }
  return true
}

/**
 * The convex case of plainlySimple, on the coordinates as given (no copies, no closures: ~1 µs instead of ~4 µs for
 * each 40-corner disc of a 99 MB GIO, and of ~8 µs for each 256-corner one of a GIO of 16 000): the same numbers in the
 * same order, with the same margin (a constant for a short ring, scaled to the ring for a long one), so true exactly
 * when plainlySimple would find the ring turning one way at every corner and going round once. False: not decided
 * here (a corner without a clear turn, a turn the other way, a coordinate that is not finite).
 */
function convexRing(xy: Float64Array, n: number): boolean {
  const x0 = xy[0] as number
  const y0 = xy[1] as number
  // plainlySimple's margin for a long ring is scaled to its largest coordinate.
  const long = n > MAX_PLAIN_POINTS
  let size = 0
  if (long) for (let i = 0; i < 2 * n; i++) size = Math.max(size, Math.abs(xy[i] as number))
  let turn = 0
  for (let a = 0; a < n; a++) {
    const b = a + 1 < n ? a + 1 : a + 1 - n
    const c = a + 2 < n ? a + 2 : a + 2 - n
    const xa = (xy[2 * a] as number) - x0
    const ya = (xy[2 * a + 1] as number) - y0
    if (!Number.isFinite(xa) || !Number.isFinite(ya)) return false
    const xb = (xy[2 * b] as number) - x0
    const yb = (xy[2 * b + 1] as number) - y0
    const xc = (xy[2 * c] as number) - x0
    const yc = (xy[2 * c + 1] as number) - y0
    const v = (xb - xa) * (yc - ya) - (yb - ya) * (xc - xa)
    let m = NEAR_COLLINEAR
    if (long) {
      const ab = Math.abs(xb - xa) + Math.abs(yb - ya)
      const ac = Math.abs(xc - xa) + Math.abs(yc - ya)
      m = 1e3 * 8 * Number.EPSILON * (size * (ab + ac) + ab * ac)
    }
    const s = v > m ? 1 : v < -m ? -1 : 0
    if (s === 0 || (turn !== 0 && s !== turn)) return false
    turn = s
  }
  // windsOnce on the same differences.
  let first = 0
  let previous = 0
  let changes = 0
  for (let i = 0; i < n; i++) {
    const j = i + 1 < n ? i + 1 : 0
    const dx = (xy[2 * j] as number) - x0 - ((xy[2 * i] as number) - x0)
    const direction = dx > 0 ? 1 : dx < 0 ? -1 : 0
    if (direction === 0) continue
    if (first === 0) first = direction
    else if (direction !== previous) changes++
    previous = direction
  }
  if (previous !== first) changes++
  return changes === 2
}

/** Whether c lies ahead of b seen from a: the segments a–b and b–c go on in the same direction (both of some length). */
function ahead(x: Float64Array, y: Float64Array, a: number, b: number, c: number): boolean {
  const dot = ((x[b] as number) - (x[a] as number)) * ((x[c] as number) - (x[b] as number)) + ((y[b] as number) - (y[a] as number)) * ((y[c] as number) - (y[b] as number))
  return dot > 0
}

/** At most this many grid cells per segment on average, and this many segment pairs per segment, before jsts decides. */
const MAX_CELLS_PER_SEGMENT = 8
const MAX_PAIRS_PER_SEGMENT = 64

/**
 * The pairwise test of plainlySimple for a long ring (issue 16 D11: jsts holds some 200 bytes per corner, a 4 200 000-
 * corner ring in a 92 MB GML took `validate` past 1 GB), on pairs of segments that share a cell of a grid of about
 * twice the mean segment length: two segments that meet or cross share the cell of that point, so every pair that
 * could make the ring invalid is tested; the cells are hashed into n·2 buckets (a shared bucket only adds pairs to
 * test). False ("not proven", jsts decides) when a pair is not plainly apart, or the segments cover too many cells or
 * meet too many others for the test to stay linear (long segments among short ones).
 */
function apartOnGrid(x: Float64Array, y: Float64Array, n: number, side: (a: number, b: number, c: number) => number): boolean {
  let length = 0
  for (let i = 0; i < n; i++) length += Math.hypot((x[(i + 1) % n] as number) - (x[i] as number), (y[(i + 1) % n] as number) - (y[i] as number))
  const cell = (2 * length) / n
  if (!(cell > 0) || !Number.isFinite(cell)) return false
  let buckets = 1
  while (buckets < 2 * n) buckets *= 2
  const range = (i: number): [number, number, number, number] => {
    const j = (i + 1) % n
    return [
      Math.floor(Math.min(x[i] as number, x[j] as number) / cell),
      Math.floor(Math.max(x[i] as number, x[j] as number) / cell),
      Math.floor(Math.min(y[i] as number, y[j] as number) / cell),
      Math.floor(Math.max(y[i] as number, y[j] as number) / cell),
    ]
  }
  const bucketOf = (cx: number, cy: number): number => (Math.imul(cx | 0, 73856093) ^ Math.imul(cy | 0, 19349663)) & (buckets - 1)
  const starts = new Uint32Array(buckets + 1)
  let entries = 0
  for (let i = 0; i < n; i++) {
    const [x0, x1, y0, y1] = range(i)
    entries += (x1 - x0 + 1) * (y1 - y0 + 1)
    if (entries > MAX_CELLS_PER_SEGMENT * n) return false
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) (starts[bucketOf(cx, cy) + 1] as number)++
  }
  for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number)
  const filled = starts.slice(0, buckets)
  const segments = new Uint32Array(entries)
  for (let i = 0; i < n; i++) {
    const [x0, x1, y0, y1] = range(i)
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) segments[(filled[bucketOf(cx, cy)] as number)++] = i
  }
  let pairs = 0
  for (let b = 0; b < buckets; b++) {
    const from = starts[b] as number
    const to = starts[b + 1] as number
    for (let p = from; p < to; p++) {
      for (let q = p + 1; q < to; q++) {
        if (++pairs > MAX_PAIRS_PER_SEGMENT * n) return false
        const i = segments[p] as number
        const j = segments[q] as number
        if (i === j) continue
        const gap = Math.abs(i - j)
        if (gap === 1 || gap === n - 1) continue // adjacent: checked at their corner
        const a = i
        const b2 = (i + 1) % n
        const c = j
        const d = (j + 1) % n
        if (apart(x, a, b2, c, d) || apart(y, a, b2, c, d)) continue
        const sc = side(a, b2, c)
        const sd = side(a, b2, d)
        const sa = side(c, d, a)
        const sb = side(c, d, b2)
        if (sc === 0 || sd === 0 || sa === 0 || sb === 0) return false
        if (sc === sd || sa === sb) continue
        return false
      }
    }
  }
  return true
}

/**
 * Whether the ring's edges, taken round once, change their x direction exactly twice. For a ring that turns the same
 * way at every corner (each turn less than half a circle) the edge direction goes round monotonically, crossing the
 * vertical twice per full turn: two changes mean it goes round exactly once (a pentagram, which also turns one way at
 * every corner, goes round twice: four changes). Vertical edges (dx 0) have no x direction and are passed over.
 */
function windsOnce(x: Float64Array, n: number): boolean {
  let first = 0
  let previous = 0
  let changes = 0
  for (let i = 0; i < n; i++) {
    const dx = (x[(i + 1) % n] as number) - (x[i] as number)
    const direction = dx > 0 ? 1 : dx < 0 ? -1 : 0
    if (direction === 0) continue
    if (first === 0) first = direction
    else if (direction !== previous) changes++
    previous = direction
  }
  if (previous !== first) changes++ // from the last edge round to the first
  return changes === 2
}

/** True when segments (a, b) and (c, d) do not overlap along one axis (`v` holds that axis's ordinates). */
function apart(v: Float64Array, a: number, b: number, c: number, d: number): boolean {
  const va = v[a] as number
  const vb = v[b] as number
  const vc = v[c] as number
  const vd = v[d] as number
  return Math.max(va, vb) < Math.min(vc, vd) || Math.max(vc, vd) < Math.min(va, vb)
}
