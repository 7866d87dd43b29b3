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
