/**
 * src/gio/validity.ts: the shortcut for plainly simple rings (plainlySimple) may only ever say "valid" where jsts
 * IsValidOp says so too; everything else must reach jsts and keep its reason and coordinate.
 */
import fc from 'fast-check'
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js'
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js'
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js'
import { describe, expect, test } from 'vitest'
import { plainlySimple, validity } from '../../src/gio/validity.js'

const factory = new GeometryFactory()

function ring(points: readonly (readonly [number, number])[]): Float64Array {
  return Float64Array.from([...points, points[0] as readonly [number, number]].flat())
}

/** jsts alone, as the reference: is this ring, as a polygon shell, OGC-valid? */
function jstsValid(xy: Float64Array): boolean {
  const coords: Coordinate[] = []
  for (let i = 0; i < xy.length; i += 2) coords.push(new Coordinate(xy[i], xy[i + 1]))
  try {
    return new IsValidOp(factory.createPolygon(factory.createLinearRing(coords), [])).isValid()
  } catch {
    return false // too few points for a LinearRing
  }
}

describe('plainlySimple', () => {
  test('says yes to squares, convex and concave rings in RD metres and mm', () => {
    expect(plainlySimple(ring([[230000, 552000], [230010, 552000], [230010, 552010], [230000, 552010]]))).toBe(true)
    expect(plainlySimple(ring([[0, 0], [4, 0], [4, 4], [2, 1], [0, 4]]))).toBe(true) // concave
    expect(plainlySimple(ring([[233000.001, 556000.002], [233000.5, 556000.002], [233000.25, 556000.75]]))).toBe(true)
  })

  test('says "not proven" to a bow-tie, a spike, a repeated point, a touching corner and a straight corner', () => {
    expect(plainlySimple(ring([[0, 0], [4, 4], [4, 0], [0, 4]]))).toBe(false) // bow-tie
    expect(plainlySimple(ring([[0, 0], [4, 0], [4, 4], [4, 8], [4, 4], [0, 4]]))).toBe(false) // spike
    expect(plainlySimple(ring([[0, 0], [4, 0], [4, 0], [4, 4], [0, 4]]))).toBe(false) // repeated point
    expect(plainlySimple(ring([[0, 0], [4, 0], [2, 2], [4, 4], [0, 4], [2, 2]]))).toBe(false) // touches itself at (2 2)
    expect(plainlySimple(ring([[0, 0], [2, 0], [4, 0], [4, 4], [0, 4]]))).toBe(false) // collinear corner: jsts decides
    expect(plainlySimple(Float64Array.from([0, 0, 4, 0, 4, 4, 0, 4]))).toBe(false) // not closed
  })

  test('says yes to convex rings of any length, no to a pentagram (it turns one way at every corner but goes round twice)', () => {
    const disc = (corners: number, turns = 1) =>
      ring(Array.from({ length: corners }, (_, k) => [150000 + 40 * Math.cos((2 * Math.PI * turns * k) / corners), 450000 + 40 * Math.sin((2 * Math.PI * turns * k) / corners)] as const))
    for (const corners of [3, 4, 40, 65, 500]) {
      expect(plainlySimple(disc(corners))).toBe(true)
      expect(jstsValid(disc(corners))).toBe(true)
    }
    const pentagram = disc(5, 2)
    expect(plainlySimple(pentagram)).toBe(false)
    expect(jstsValid(pentagram)).toBe(false)
    expect(plainlySimple(disc(7, 3))).toBe(false) // a seven-pointed star, round three times
    expect(plainlySimple(disc(120, 2))).toBe(false) // a disc drawn twice over
  })

  test('never says yes where jsts says invalid (rings turning one way at every corner, going round 1–3 times)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 3, maxLength: 80 }), fc.integer({ min: 1, max: 3 }), (radii, turns) => {
        const n = radii.length
        const xy = ring(radii.map((r, k) => [150000 + 50 * r * Math.cos((2 * Math.PI * turns * k) / n), 450000 + 50 * r * Math.sin((2 * Math.PI * turns * k) / n)] as const))
        if (plainlySimple(xy)) expect(jstsValid(xy)).toBe(true)
      }),
      { numRuns: 3000, seed: 18 },
    )
  })

  test('long rings (65–400 corners, in mm): yes to every convex one, as jsts, and never yes where jsts says invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 65, max: 400 }), fc.integer({ min: 1, max: 3 }), fc.double({ min: 0, max: 0.3, noNaN: true }), (n, turns, wobble) => {
        const xy = ring(
          Array.from({ length: n }, (_, k) => {
            const r = 50 * (1 - wobble * (k % 2))
            const a = (2 * Math.PI * turns * k) / n
            return [Number((150000 + r * Math.cos(a)).toFixed(3)), Number((450000 + r * Math.sin(a)).toFixed(3))] as const
          }),
        )
        const valid = jstsValid(xy)
        if (plainlySimple(xy)) expect(valid).toBe(true)
        // A disc gone round once with no wobble is convex: proven without jsts.
        if (turns === 1 && wobble === 0) expect(plainlySimple(xy)).toBe(true)
      }),
      { numRuns: 300, seed: 20 },
    )
  })

  test('never says yes where jsts says invalid (random rings on a small grid, where crossings and touches abound)', () => {
    const corner = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
    fc.assert(
      fc.property(fc.array(corner, { minLength: 3, maxLength: 9 }), fc.constantFrom(1, 0.001, 1000), (corners, scale) => {
        const xy = ring(corners.map(([x, y]) => [150000 + x * scale, 450000 + y * scale] as const))
        if (plainlySimple(xy)) expect(jstsValid(xy)).toBe(true)
      }),
      { numRuns: 5000, seed: 18 },
    )
  })
})

describe('plainlySimple on long rings (more than 64 corners: the grid test, issue 16 D11)', () => {
  /** A square of `perSide` points on each side: every corner but four goes straight on. */
  const squareOf = (perSide: number, size = 1000) =>
    ring(
      [[0, 0], [size, 0], [size, size], [0, size]].flatMap(([x0, y0], k) => {
        const [x1, y1] = [[size, 0], [size, size], [0, size], [0, 0]][k] as [number, number]
        return Array.from({ length: perSide }, (_, i) => [230000 + (x0 as number) + ((x1 - (x0 as number)) * i) / perSide, 550000 + (y0 as number) + ((y1 - (y0 as number)) * i) / perSide] as const)
      }),
    )

  test('says yes to a square of 400 000 points (straight on at most corners) and to a long wavy ring; jsts agrees', () => {
    expect(plainlySimple(squareOf(100_000))).toBe(true)
    const wavy = ring(Array.from({ length: 5000 }, (_, k) => {
      const a = (2 * Math.PI * k) / 5000
      const r = 100 + 10 * Math.sin(40 * a)
      return [150000 + r * Math.cos(a), 450000 + r * Math.sin(a)] as const
    }))
    expect(plainlySimple(wavy)).toBe(true)
    expect(jstsValid(wavy)).toBe(true)
    expect(jstsValid(squareOf(200))).toBe(true)
    expect(plainlySimple(squareOf(200))).toBe(true)
  })

  test('says "not proven" to a long ring that crosses or touches itself or folds back, and where one long segment crosses too many cells', () => {
    const square = Array.from(squareOf(100, 10)).reduce<[number, number][]>((out, v, i, all) => (i % 2 === 0 && i < all.length - 2 ? [...out, [v, all[i + 1] as number]] : out), [])
    const crossed = [...square]
    crossed.splice(50, 0, [230005, 550020]) // a spike from the bottom side up through the top side
    expect(plainlySimple(ring(crossed))).toBe(false)
    expect(jstsValid(ring(crossed))).toBe(false)
    const touching = [...square]
    touching.splice(150, 0, [230005, 550000]) // from the right side to a point of the bottom side
    expect(plainlySimple(ring(touching))).toBe(false)
    expect(jstsValid(ring(touching))).toBe(false)
    const folded = [...square]
    folded.splice(10, 0, [(folded[9] as [number, number])[0] - 0.05, 550000]) // back along the bottom side
    expect(plainlySimple(ring(folded))).toBe(false)
    expect(jstsValid(ring(folded))).toBe(false)
    // Two sides of centimetre steps closed by one 14 m diagonal: valid, but the diagonal covers some 250 000 cells of
    // 2 cm, so the grid test gives up and jsts decides.
    const steps = Array.from({ length: 1000 }, (_, i) => [150000 + i / 100, 450000] as const)
    const triangle = ring([...steps, ...Array.from({ length: 1000 }, (_, i) => [150010, 450000 + i / 100] as const)])
    expect(plainlySimple(triangle)).toBe(false)
    expect(jstsValid(triangle)).toBe(true)
    // A comb of 300 teeth on a long base that runs below them: the base shares a row of cells with every tooth.
    const comb = [...Array.from({ length: 300 }, (_, k) => [[k * 2, 0], [k * 2, 5], [k * 2 + 1, 5], [k * 2 + 1, 0]] as [number, number][]).flat(), [600, -1], [0, -1]] as [number, number][]
    const combRing = ring(comb.map(([x, y]) => [150000 + x, 450000 + y] as const))
    expect([plainlySimple(combRing), jstsValid(combRing)]).toEqual([true, true])
  })

  test('never says yes where jsts says invalid (random long rings: star-shaped, and with random corners moved across)', () => {
    const seen = { proven: 0, validLeft: 0, invalid: 0 }
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 65, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })), { minLength: 1, maxLength: 4 }),
        (radii, moves) => {
          const n = radii.length
          const points = radii.map((r, k) => [150000 + 50 * r * Math.cos((2 * Math.PI * k) / n), 450000 + 50 * r * Math.sin((2 * Math.PI * k) / n)] as [number, number])
          for (const [at, dx, dy] of moves) {
            const p = points[at % n] as [number, number]
            points[at % n] = [p[0] + dx, p[1] + dy]
          }
          const xy = ring(points)
          const proven = plainlySimple(xy)
          seen[proven ? 'proven' : jstsValid(xy) ? 'validLeft' : 'invalid']++
          if (proven) expect(jstsValid(xy)).toBe(true)
        },
      ),
      { numRuns: 1500, seed: 16 },
    )
    // Both sides were exercised: rings proven simple, and rings jsts finds invalid.
    expect(seen.proven).toBeGreaterThan(500)
    expect(seen.invalid).toBeGreaterThan(50)
  })
})

describe('validity', () => {
  test('reports what jsts reports for a ring the shortcut leaves alone (bow-tie: self-intersection at its centre)', () => {
    const problem = validity({ soort: 'vlak', parts: [[ring([[0, 0], [4, 4], [4, 0], [0, 4]])]] })
    expect(problem).toMatchObject({ fout: 'SELF_INTERSECTION', x: 2, y: 2 })
  })

  test('a plainly simple square is valid; the same square with a hole still goes to jsts and is valid', () => {
    const square = ring([[0, 0], [10, 0], [10, 10], [0, 10]])
    expect(validity({ soort: 'vlak', parts: [[square]] })).toBeUndefined()
    const hole = ring([[2, 2], [2, 4], [4, 4], [4, 2]])
    expect(validity({ soort: 'vlak', parts: [[square, hole]] })).toBeUndefined()
    const outside = ring([[20, 20], [20, 24], [24, 24], [24, 20]])
    expect(validity({ soort: 'vlak', parts: [[square, outside]] })?.fout).toBe('HOLE_OUTSIDE_SHELL')
  })
})
