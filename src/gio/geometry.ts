/**
 * The geometry as the GIO step carries it: plain coordinate arrays, x y interleaved, so a 50 MB source does not
 * become millions of small objects. `RawGeometrie` is in the source CRS; `Geometrie` is RD New, rounded to mm.
 */
import type { FeaturePlace } from './findings.js'

export type GeometrieSoort = 'vlak' | 'lijn' | 'punt'

/**
 * `parts`: for `vlak` one entry per polygon, each `[exterior, ...holes]` (closed rings); for `lijn` one entry per
 * line (`[line]`); for `punt` one entry per point (`[[x, y]]`). Every array holds x0 y0 x1 y1 …
 */
export interface RawGeometrie {
  readonly soort: GeometrieSoort
  readonly parts: readonly (readonly (readonly number[])[])[]
}

export interface Geometrie {
  readonly soort: GeometrieSoort
  readonly parts: readonly (readonly Float64Array[])[]
}

/** A feature read from a source, before checks: which GIO, its optional naam, where it came from. */
export interface BronFeature {
  readonly gio: string | undefined
  /** The FRBRWork of an existing GIO GML that is being re-wrapped: maps the feature to its Bijlage I entry. */
  readonly work?: string
  readonly naam?: string
  readonly place: FeaturePlace
  /** Undefined when the reader could not use it (the reader's finding says why); the GIO still counts as tagged. */
  readonly geometrie: RawGeometrie | undefined
  /** The source CRS and axis order of `geometrie`. */
  readonly crs: CrsRef
}

/** A supported source CRS; `latLon` when the source writes latitude first (GML urn forms of EPSG:4258/4326). */
export interface CrsRef {
  readonly epsg: 28992 | 4258 | 4326
  readonly latLon: boolean
}

/** mm precision: `Math.round(v * 1000) / 1000`, which prints with at most 3 decimals via `String()`. */
export function roundMm(v: number): number {
  const r = Math.round(v * 1000) / 1000
  return r === 0 ? 0 : r // no "-0" in the GML
}

/** The ordinates as a GML posList: `233000 556000.5 …`. */
export function posList(coords: Float64Array): string {
  const out: string[] = new Array<string>(coords.length)
  for (let i = 0; i < coords.length; i++) out[i] = formatMm(coords[i] as number)
  return out.join(' ')
}

/**
 * A value already rounded to mm, printed with integer arithmetic (much faster than `String()` on a double, and the
 * same text): `556000.5` → `556000.5`, `233000` → `233000`, `-0.25` → `-0.25`.
 */
export function formatMm(v: number): string {
  const mm = Math.round(v * 1000)
  if (!Number.isSafeInteger(mm)) return String(v)
  const abs = Math.abs(mm)
  const int = Math.floor(abs / 1000)
  const frac = abs - int * 1000
  const sign = mm < 0 ? '-' : ''
  if (frac === 0) return `${sign}${int}`
  const f = frac < 10 ? `00${frac}` : frac < 100 ? `0${frac}` : String(frac)
  return `${sign}${int}.${f.replace(/0+$/, '')}`
}

/** Twice the signed area (shoelace); positive = counter-clockwise in x-east/y-north axes. */
export function signedArea2(ring: Float64Array): number {
  let sum = 0
  for (let i = 0; i + 3 < ring.length; i += 2) {
    sum += (ring[i] as number) * (ring[i + 3] as number) - (ring[i + 2] as number) * (ring[i + 1] as number)
  }
  return sum
}

/** The ring reversed (point order), keeping it closed. */
export function reverseRing(ring: Float64Array): Float64Array {
  const n = ring.length / 2
  const out = new Float64Array(ring.length)
  for (let i = 0; i < n; i++) {
    out[2 * i] = ring[2 * (n - 1 - i)] as number
    out[2 * i + 1] = ring[2 * (n - 1 - i) + 1] as number
  }
  return out
}

/** Drops a point equal to its predecessor (after rounding two vertices may coincide; that is not an error). */
export function dropRepeated(coords: Float64Array): Float64Array {
  let n = 0
  const out = new Float64Array(coords.length)
  for (let i = 0; i < coords.length; i += 2) {
    const x = coords[i] as number
    const y = coords[i + 1] as number
    if (n > 0 && out[n - 2] === x && out[n - 1] === y) continue
    out[n++] = x
    out[n++] = y
  }
  return n === coords.length ? out : out.slice(0, n)
}
