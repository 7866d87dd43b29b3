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

class Growable {
  private data = new Float64Array(64)
  length = 0
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
  take(): Float64Array {
    const out = this.data.slice(0, this.length)
    this.length = 0
    return out
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
  let line = 1
  let counted = 0
  const lineAt = (pos: number): number => {
    for (let i = buf.indexOf(NL, counted); i >= 0 && i < pos; i = buf.indexOf(NL, i + 1)) line++
    counted = Math.max(counted, pos)
    return line
  }
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
      if (local === 'Geometrie' && !g) g = openGeometrie(at)
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

function openGeometrie(line: number): OpenGeometrie {
  return { line, dimension: 2, soort: 'onbekend', polygons: [], rings: undefined, polygonLine: line, ringLine: line, ring: new Growable(), other: new Growable(), inRing: false, maxDecimals: 0 }
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
