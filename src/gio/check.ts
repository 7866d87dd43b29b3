/**
 * Checks one source feature and turns it into RD New geometry rounded to mm with normalised ring orientation
 * (exterior counter-clockwise, holes clockwise, as ISO 19107/GML and RFC 7946 have it). Every problem is a finding
 * with GIO, feature and coordinate; rounding that breaks a valid geometry is reported as such (VISIE-209).
 */
import type { Finding } from '../model/index.js'
import { RD_EXTENT, crsMismatch, toRd } from './crs.js'
import { geoFinding, type FeaturePlace } from './findings.js'
import { dropRepeated, reverseRing, roundMm, signedArea2, type BronFeature, type Geometrie, type RawGeometrie } from './geometry.js'
import { validity } from './validity.js'

const MIN_POINTS = { vlak: 4, lijn: 2, punt: 1 } as const
const ONDERDEEL = { vlak: 'ring', lijn: 'lijn', punt: 'punt' } as const

/** The checked geometry, or undefined when a blocking problem was found (the findings say which). */
export function checkFeature(f: BronFeature & { readonly geometrie: RawGeometrie }, findings: Finding[]): Geometrie | undefined {
  const { place, geometrie: raw } = f
  const soort = raw.soort
  const all = raw.parts.flat()
  // Structure first: point counts and closed rings, in the source's own coordinates.
  for (const [n, arr] of all.entries()) {
    const points = arr.length / 2
    if (points < MIN_POINTS[soort]) {
      findings.push(geoFinding('VISIE-203', place, { onderdeel: `${ONDERDEEL[soort]} ${n + 1}`, punten: points, minimum: MIN_POINTS[soort], ...firstXy(arr) }))
      return undefined
    }
    if (soort === 'vlak' && (arr[0] !== arr[arr.length - 2] || arr[1] !== arr[arr.length - 1])) {
      findings.push(geoFinding('VISIE-202', place, { ring: n + 1, ...firstXy(arr) }))
      return undefined
    }
  }
  const mismatch = crsMismatch(all.flat(), f.crs)
  if (mismatch) {
    findings.push(geoFinding('VISIE-207', place, { reden: mismatch, ...firstXy(all[0] ?? []) }))
    return undefined
  }
  const exact = raw.parts.map((part) => part.map((arr) => toRd(arr, f.crs)))
  const outside = firstOutside(exact.flat())
  if (outside) {
    findings.push(geoFinding('VISIE-206', place, outside))
    return undefined
  }
  const rounded = exact.map((part) => part.map((arr) => dropRepeated(arr.map(roundMm))))
  const collapsed = rounded.flat().findIndex((arr) => arr.length / 2 < MIN_POINTS[soort])
  if (collapsed >= 0) {
    findings.push(geoFinding('VISIE-209', place, { reden: `${ONDERDEEL[soort]} ${collapsed + 1} valt samen tot te weinig punten`, ...firstXy(rounded.flat()[collapsed] ?? new Float64Array()) }))
    return undefined
  }
  const geometrie: Geometrie = { soort, parts: soort === 'vlak' ? rounded.map(orient) : rounded }
  const problem = validity(geometrie)
  if (problem) {
    const exactProblem = validity({ soort, parts: exact })
    const code = exactProblem ? 'VISIE-208' : 'VISIE-209'
    const p = exactProblem ?? problem
    findings.push(geoFinding(code, place, { reden: p.reden, fout: p.fout, ...(p.x === undefined ? {} : { x: p.x, y: p.y }) }))
    return undefined
  }
  return geometrie
}

/** Exterior counter-clockwise, holes clockwise. */
function orient(rings: readonly Float64Array[]): Float64Array[] {
  return rings.map((ring, i) => {
    const ccw = signedArea2(ring) > 0
    return (i === 0) === ccw ? ring : reverseRing(ring)
  })
}

function firstXy(arr: ArrayLike<number>): { x?: number; y?: number } {
  return arr.length >= 2 ? { x: arr[0] as number, y: arr[1] as number } : {}
}

function firstOutside(arrays: readonly Float64Array[]): { x: number; y: number } | undefined {
  for (const arr of arrays) {
    for (let i = 0; i < arr.length; i += 2) {
      const x = arr[i] as number
      const y = arr[i + 1] as number
      if (x < RD_EXTENT.minX || x > RD_EXTENT.maxX || y < RD_EXTENT.minY || y > RD_EXTENT.maxY) return { x: roundMm(x), y: roundMm(y) }
    }
  }
  return undefined
}

export type { FeaturePlace }
