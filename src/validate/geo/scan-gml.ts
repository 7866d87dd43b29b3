/**
 * A forward-only scanner over GIO GML bytes (no DOM, no string of the whole file): it walks the tags, parses
 * posList/pos numbers in place and hands each basisgeo:Geometrie to a callback as soon as it ends, so a 100 MB
 * file needs memory for one geometry at a time. Entities and DTDs are never expanded (the xsd layer reports them).
 */

export interface ScannedRing {
  readonly coords: Float64Array
  readonly line: number
}

export interface ScannedPolygon {
  readonly rings: readonly ScannedRing[] // exterior first
  readonly line: number
}

export interface CoordinateIssue {
  readonly token: string
  readonly line: number
}

export interface ScannedGeometrie {
  readonly id?: string
  readonly line: number
  readonly srsName?: string
  readonly dimension: number
  readonly soort: 'vlak' | 'lijn' | 'punt' | 'onbekend'
  readonly polygons: readonly ScannedPolygon[]
  /** Every coordinate pair outside polygons (lines, points), flattened x,y,... */
  readonly other: Float64Array
  readonly maxDecimals: number
  readonly tooPrecise?: CoordinateIssue
  readonly notANumber?: CoordinateIssue
  /** A posList/pos whose number count is not a multiple of the dimension. */
  readonly oddCount?: { readonly count: number; readonly line: number }
}

const LT = 60
const GT = 62
const SLASH = 47
const NL = 10

/** Doubles per slab of a Growable (512 kB). */
const SLAB = 65_536

/**
 * Numbers read one by one into shared slabs; take() hands out what was pushed since the last take as a view of its
 * slab. A Float64Array of its own per ring (an ArrayBuffer each) cost ~10 µs a ring in allocation and GC: ~1 s of
 * the scan of a 99 MB GML of 92 000 rings. A value being pushed when the slab is full moves, with the rest of its
 * run, to a new slab (larger when the run alone fills one); views already taken keep their slab.
 */
class Growable {
  private slab = new Float64Array(1024)
  private start = 0
  private end = 0
  push(v: number): void {
    if (this.end === this.slab.length) {
      const run = this.end - this.start
      const next = new Float64Array(Math.max(SLAB, 2 * run))
      next.set(this.slab.subarray(this.start, this.end))
      this.slab = next
      this.start = 0
      this.end = run
    }
    this.slab[this.end++] = v
  }
  take(): Float64Array {
    const out = this.slab.subarray(this.start, this.end)
    this.start = this.end
    return out
  }
  /** Forgets what was pushed since the last take (a geometry that ended inside a ring). */
  drop(): void {
    this.end = this.start
  }
}

interface OpenGeometrie {
  id?: string
  line: number
  srsName?: string
  dimension: number
  soort: ScannedGeometrie['soort']
  polygons: ScannedPolygon[]
  rings: ScannedRing[] | undefined
  polygonLine: number
  ringLine: number
  ring: Growable
  other: Growable
  inRing: boolean
  maxDecimals: number
  tooPrecise?: CoordinateIssue
  notANumber?: CoordinateIssue
  oddCount?: { count: number; line: number }
}

/** Scans `bytes`; calls `onGeometrie` for each basisgeo:Geometrie in document order. */
export function scanGml(bytes: Uint8Array, onGeometrie: (g: ScannedGeometrie) => void): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The line of a position (positions only grow): newlines before it are counted once, and the next newline is
  // remembered, so a tag on a long line does not search that line's rest for it again (a GML of one polygon per line
  // of ~1 kB and 8 tags: every tag searched on to the line's end, ~0.7 s of a 99 MB file's scan).
  let line = 1
  let nextNewline = buf.indexOf(NL)
  const lineAt = (pos: number): number => {
    while (nextNewline >= 0 && nextNewline < pos) {
      line++
      nextNewline = buf.indexOf(NL, nextNewline + 1)
    }
    return line
  }
  // One pair of coordinate buffers for the whole scan: geometries (thousands of Locaties) share their slabs.
  const ring = new Growable()
  const other = new Growable()
  let g: OpenGeometrie | undefined
  let parent = ''
  let current = ''
  let i = buf.indexOf(LT)
  while (i >= 0 && i < buf.length) {
    const next = buf[i + 1]
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      i = skipSpecial(buf, i)
      continue
    }
    const close = buf.indexOf(GT, i)
    if (close < 0) break
    const isEnd = next === SLASH
    const selfClosing = buf[close - 1] === SLASH
    const nameStart = isEnd ? i + 2 : i + 1
    let nameEnd = nameStart
    while (nameEnd < close && buf[nameEnd]! > 32 && buf[nameEnd] !== SLASH) nameEnd++
    const qname = buf.toString('latin1', nameStart, nameEnd)
    const local = qname.slice(qname.indexOf(':') + 1)
    const textStart = close + 1
    const textEnd = buf.indexOf(LT, textStart)
    if (isEnd) {
      g = endTag(local, g, onGeometrie)
      current = parent
    } else {
      const at = lineAt(i)
      if (local === 'Geometrie' && !g) g = openGeometrie(at, ring, other)
      else if (g) {
        startTag(g, local, buf.toString('latin1', nameEnd, close), at)
        if (!selfClosing && (local === 'posList' || local === 'pos') && textEnd > textStart) readNumbers(g, buf, textStart, textEnd, lineAt(textStart))
        if (!selfClosing && local === 'id' && current === 'Geometrie' && textEnd > textStart) g.id = buf.toString('utf8', textStart, textEnd).trim()
      }
      if (selfClosing) g = endTag(local, g, onGeometrie)
      else {
        parent = current
        current = local
      }
    }
    i = textEnd < 0 ? -1 : textEnd
  }
}

function skipSpecial(buf: Buffer, i: number): number {
  const terminator = buf.toString('latin1', i, i + 4) === '<!--' ? '-->' : buf.toString('latin1', i, i + 9) === '<![CDATA[' ? ']]>' : '>'
  const end = buf.indexOf(terminator, i + 2, 'latin1')
  return end < 0 ? -1 : buf.indexOf(LT, end + terminator.length)
}

function openGeometrie(line: number, ring: Growable, other: Growable): OpenGeometrie {
  ring.drop()
  other.drop()
  return { line, dimension: 2, soort: 'onbekend', polygons: [], rings: undefined, polygonLine: line, ringLine: line, ring, other, inRing: false, maxDecimals: 0 }
}

const lineKinds = new Set(['LineString', 'Curve', 'MultiCurve', 'LineStringSegment'])
const pointKinds = new Set(['Point', 'MultiPoint'])

function startTag(g: OpenGeometrie, local: string, attrs: string, line: number): void {
  if (g.srsName === undefined) {
    const srs = /\bsrsName\s*=\s*["']([^"']*)["']/.exec(attrs)
    if (srs) {
      g.srsName = srs[1]
      const dim = /\bsrsDimension\s*=\s*["'](\d+)["']/.exec(attrs)
      if (dim) g.dimension = Number(dim[1])
    }
  }
  if (local === 'Polygon' || local === 'PolygonPatch') {
    g.soort = 'vlak'
    g.rings = []
    g.polygonLine = line
  } else if (local === 'LinearRing') {
    g.inRing = true
    g.ringLine = line
  } else if (g.soort === 'onbekend' && lineKinds.has(local)) g.soort = 'lijn'
  else if (g.soort === 'onbekend' && pointKinds.has(local)) g.soort = 'punt'
}

function endTag(local: string, g: OpenGeometrie | undefined, emit: (g: ScannedGeometrie) => void): OpenGeometrie | undefined {
  if (!g) return g
  if (local === 'LinearRing' && g.inRing) {
    g.rings?.push({ coords: g.ring.take(), line: g.ringLine })
    g.inRing = false
  } else if ((local === 'Polygon' || local === 'PolygonPatch') && g.rings) {
    g.polygons.push({ rings: g.rings, line: g.polygonLine })
    g.rings = undefined
  } else if (local === 'Geometrie') {
    emit(finish(g))
    return undefined
  }
  return g
}

function finish(g: OpenGeometrie): ScannedGeometrie {
  return {
    ...(g.id !== undefined ? { id: g.id } : {}),
    line: g.line,
    ...(g.srsName !== undefined ? { srsName: g.srsName } : {}),
    dimension: g.dimension,
    soort: g.soort,
    polygons: g.polygons,
    other: g.other.take(),
    maxDecimals: g.maxDecimals,
    ...(g.tooPrecise ? { tooPrecise: g.tooPrecise } : {}),
    ...(g.notANumber ? { notANumber: g.notANumber } : {}),
    ...(g.oddCount ? { oddCount: g.oddCount } : {}),
  }
}

/** Parses whitespace-separated numbers in buf[start, end); keeps x,y (drops z) and tracks decimals and NaN. */
function readNumbers(g: OpenGeometrie, buf: Buffer, start: number, end: number, line: number): void {
  const target = g.inRing ? g.ring : g.other
  let count = 0
  let p = start
  while (p < end) {
    while (p < end && buf[p]! <= 32) p++
    if (p >= end) break
    const s = p
    while (p < end && buf[p]! > 32) p++
    const { value, decimals } = parseNumber(buf, s, p)
    if (Number.isNaN(value) && !g.notANumber) g.notANumber = { token: buf.toString('latin1', s, p), line }
    if (decimals > g.maxDecimals) {
      g.maxDecimals = decimals
      if (decimals > 3 && !g.tooPrecise) g.tooPrecise = { token: buf.toString('latin1', s, p), line }
    }
    if (count % g.dimension < 2) target.push(value)
    count++
  }
  if (count % g.dimension !== 0 && !g.oddCount) g.oddCount = { count, line }
}

/** Plain decimals ([-+]digits[.digits]) in place; anything else through Number() (exponents, junk → NaN). */
function parseNumber(buf: Buffer, s: number, e: number): { value: number; decimals: number } {
  let p = s
  let negative = false
  if (buf[p] === 45 || buf[p] === 43) negative = buf[p++] === 45
  let int = 0
  let digits = 0
  while (p < e && buf[p]! >= 48 && buf[p]! <= 57) {
    int = int * 10 + (buf[p++]! - 48)
    digits++
  }
  let decimals = 0
  let frac = 0
  let scale = 1
  if (p < e && buf[p] === 46) {
    p++
    while (p < e && buf[p]! >= 48 && buf[p]! <= 57) {
      if (decimals < 15) {
        frac = frac * 10 + (buf[p]! - 48)
        scale *= 10
      }
      decimals++
      p++
    }
  }
  if (p !== e || digits + decimals === 0 || digits > 15) return { value: Number(buf.toString('latin1', s, e)), decimals }
  const v = int + frac / scale
  return { value: negative ? -v : v, decimals }
}
