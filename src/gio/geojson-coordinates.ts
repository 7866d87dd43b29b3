/**
 * A large GeoJSON feature (one ring of 4 200 000 vertices: an 80 MB feature text) read without a JavaScript array per
 * position: JSON.parse made 4 200 000 two-number arrays before toRaw flattened them (that build peaked at 1.39 GB,
 * now at 864 MB). Here the value of `geometry.coordinates` is read by a scanner into flat lists (x y x y …, the first
 * two numbers of each position, as toRaw keeps them), and the rest of the feature by JSON.parse. Whatever the scanner
 * does not read exactly (a string or null among the numbers, a position with fewer than two numbers, a number
 * JSON.parse would make infinite, an empty list, nesting that does not fit the geometry type, a second `coordinates`)
 * is left to JSON.parse of the whole text, so the findings are the same either way.
 */
import { BACKSLASH, CLOSE_ARR, CLOSE_OBJ, COLON, COMMA, OPEN_ARR, OPEN_OBJ, QUOTE } from './geojson-stream.js'

/** A list of positions as the scanner read it: x0 y0 x1 y1 … */
export class FlatPositions {
  constructor(readonly values: number[]) {}
}

/** Feature texts from this length on go through the scanner; a smaller one is parsed by JSON.parse alone. */
export const LARGE_FEATURE_CHARS = 1 << 20

/** Lists of positions nested in `coordinates` per geometry type (MultiPoint and Point are left to JSON.parse). */
const LEVELS: Readonly<Record<string, number>> = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }

/** The parsed feature, or undefined when the scanner does not apply (the caller then uses JSON.parse). */
export function parseLargeFeature(json: string): unknown {
  const scanned = scanCoordinates(json)
  if (scanned === undefined) return undefined
  // The rest parsed with a 0 in the place of the coordinates (the rest is small: the coordinates are the feature).
  let feature: { geometry?: { type?: unknown; coordinates?: unknown } }
  try {
    feature = JSON.parse(`${json.slice(0, scanned.start)}0${json.slice(scanned.end)}`) as typeof feature
  } catch {
    return undefined
  }
  const geometry = feature.geometry
  if (typeof geometry !== 'object' || geometry === null || typeof geometry.type !== 'string' || geometry.coordinates !== 0) return undefined
  if (levels(scanned.value) !== LEVELS[geometry.type]) return undefined
  geometry.coordinates = scanned.value
  return feature
}

/**
 * The value of the feature's `geometry.coordinates`, read by the scanner, with where it begins (its `[`) and ends
 * (after its `]`); undefined when there is none, the scanner does not read it, or the geometry has that key twice
 * (JSON.parse would keep the last).
 */
function scanCoordinates(json: string): { readonly start: number; readonly end: number; readonly value: unknown } | undefined {
  // The containers that are open, with the key each is the value of (root: none).
  const stack: { readonly object: boolean; readonly key: string | undefined }[] = []
  let key: string | undefined
  let found: { readonly start: number; readonly end: number; readonly value: unknown } | undefined
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i)
    if (c === QUOTE) {
      const end = stringEnd(json, i)
      if (end < 0) return undefined
      const after = ws(json, end + 1)
      if (stack.at(-1)?.object === true && json.charCodeAt(after) === COLON) {
        key = JSON.parse(json.slice(i, end + 1)) as string
        i = after
      } else i = end
    } else if (c === OPEN_OBJ || c === OPEN_ARR) {
      const inObject = stack.at(-1)?.object === true
      const valueOf = inObject ? key : undefined
      const geometry = stack.length === 2 && stack[0]?.object === true && stack[1]?.object === true && stack[1].key === 'geometry'
      if (c === OPEN_ARR && geometry && valueOf === 'coordinates') {
        if (found !== undefined) return undefined
        const r = list(json, i)
        if (r === undefined) return undefined
        found = { start: i, end: r[1], value: r[0] }
        i = r[1] - 1
      } else stack.push({ object: c === OPEN_OBJ, key: valueOf })
      key = undefined
    } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
      stack.pop()
    } else if (c === COMMA) key = undefined
  }
  return found
}

/** Index of the closing quote of the string that opens at `start` (-1: none). */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    const c = json.charCodeAt(i)
    if (c === BACKSLASH) i++
    else if (c === QUOTE) return i
  }
  return -1
}

/** The list that opens at `i` (a `[`) and the index after its `]`: nested lists, or FlatPositions at the bottom. */
function list(json: string, i: number): [unknown, number] | undefined {
  let j = ws(json, i + 1)
  if (json.charCodeAt(j) !== OPEN_ARR) return undefined
  if (startsNumber(json.charCodeAt(ws(json, j + 1)))) return positions(json, i)
  const out: unknown[] = []
  for (;;) {
    const r = list(json, j)
    if (r === undefined) return undefined
    out.push(r[0])
    j = ws(json, r[1])
    const c = json.charCodeAt(j)
    if (c === CLOSE_ARR) return [out, j + 1]
    if (c !== COMMA) return undefined
    j = ws(json, j + 1)
  }
}

/** `[[x, y, …], …]` from `i` into one flat list; undefined for anything else. */
function positions(json: string, i: number): [FlatPositions, number] | undefined {
  const values: number[] = []
  let j = ws(json, i + 1)
  for (;;) {
    if (json.charCodeAt(j) !== OPEN_ARR) return undefined
    j = ws(json, j + 1)
    let count = 0
    for (;;) {
      NUMBER.lastIndex = j
      const m = NUMBER.exec(json)
      if (m === null) return undefined
      const v = Number(m[0])
      if (!Number.isFinite(v)) return undefined
      if (count < 2) values.push(v)
      count++
      j = ws(json, NUMBER.lastIndex)
      const c = json.charCodeAt(j)
      if (c === CLOSE_ARR) break
      if (c !== COMMA) return undefined
      j = ws(json, j + 1)
    }
    if (count < 2) return undefined
    j = ws(json, j + 1)
    const c = json.charCodeAt(j)
    if (c === CLOSE_ARR) return [new FlatPositions(values), j + 1]
    if (c !== COMMA) return undefined
    j = ws(json, j + 1)
  }
}

/** Nesting of lists down to the FlatPositions, the same on every branch (-1: uneven). */
function levels(v: unknown): number {
  if (v instanceof FlatPositions) return 1
  if (!Array.isArray(v) || v.length === 0) return -1
  const first = levels(v[0])
  for (const c of v) if (levels(c) !== first) return -1
  return first < 0 ? -1 : first + 1
}

/** A JSON number (RFC 8259): what JSON.parse reads as one, and Number() reads to the same double. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

function startsNumber(c: number): boolean {
  return c === MINUS || (c >= 48 && c <= 57)
}

/** The first index from `i` that is not JSON white space. */
function ws(json: string, i: number): number {
  let j = i
  for (let c = json.charCodeAt(j); c === 32 || c === 9 || c === 10 || c === 13; c = json.charCodeAt(++j));
  return j
}

const MINUS = 45
