/**
 * A forward-only scanner over GIO GML bytes (no DOM, no string of the whole file): it walks the tags, parses
 * posList/pos numbers in place and hands each basisgeo:Geometrie to a callback as soon as it ends, so a 100 MB
 * file needs memory for one geometry at a time. Entities and DTDs are never expanded (the xsd layer reports them).
 * The bytes come in chunks (a large package entry is read through one reused buffer: allocating a 100 MB buffer cost
 * more than scanning it) into a window that keeps only what a tag or number cut by a chunk end still needs.
 * While it scans, it notes which coordinate texts the schema reads as nothing more than "a list of doubles" (see
 * ReductionPlan), so the xsd and Schematron layers can read the file without them and without a second scan.
 */
import { CHUNK_BYTES } from '../layer.js'

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
  /** Where in `other` each line (LineString, curve segment) starts, ascending (a drawing splits `other` there). */
  readonly lineStarts: readonly number[]
  readonly maxDecimals: number
  readonly tooPrecise?: CoordinateIssue
  readonly notANumber?: CoordinateIssue
  /** A posList/pos whose number count is not a multiple of the dimension. */
  readonly oddCount?: { readonly count: number; readonly line: number }
}

/**
 * The gml:posList / gml:pos texts of a file that may be replaced by `0` and their own line breaks for schema
 * validation: in GML 3.2 both are gml:doubleList (xs:double items, no facet), so a text of one or more plain decimals
 * (`[+-]digits[.digits]`, each surely a double) is as valid as `0`. Only elements whose prefix is bound to the GML
 * namespace and to nothing else anywhere in the file, without an attribute naming a type (xsi:type), whose text runs
 * up to their own end tag; none at all in a file with a DOCTYPE or a CDATA section.
 */
export interface ReductionPlan {
  readonly texts: PlannedTexts
  /** Length of the file with the planned texts replaced. */
  readonly reducedSize: number
}

/**
 * The planned texts in file order, each as its start and end offset and its number of line breaks (CRLF, CR and LF
 * each count one), packed as variable-length numbers (the gap since the previous text, the length, the breaks): about
 * three bytes a text, so the plans of ten 95 MB GMLs of 800 000 posLists each stay some 30 MB.
 */
export class PlannedTexts {
  private bytes = new Uint8Array(1024)
  private size = 0
  private last = 0
  /** How many texts. */
  count = 0

  add(start: number, end: number, breaks: number): void {
    this.put(start - this.last)
    this.put(end - start)
    this.put(breaks)
    this.last = end
    this.count++
  }

  /** Calls `each` with every text's start, end and line breaks, in file order; stops when it returns false. */
  forEach(each: (start: number, end: number, breaks: number) => boolean | void): void {
    let p = 0
    let last = 0
    const read = (): number => {
      let v = 0
      let shift = 1
      for (;;) {
        const b = this.bytes[p++] as number
        v += (b & 0x7f) * shift
        if (b < 0x80) return v
        shift *= 0x80
      }
    }
    for (let k = 0; k < this.count; k++) {
      const start = last + read()
      const end = start + read()
      last = end
      if (each(start, end, read()) === false) return
    }
  }

  /** Lets go of the unused end of the buffer (once the scan is done). */
  trim(): void {
    this.bytes = this.bytes.slice(0, this.size)
  }

  private put(value: number): void {
    if (this.size + 8 > this.bytes.length) {
      const bigger = new Uint8Array(2 * this.bytes.length)
      bigger.set(this.bytes.subarray(0, this.size))
      this.bytes = bigger
    }
    let v = value
    while (v >= 0x80) {
      this.bytes[this.size++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    this.bytes[this.size++] = v
  }
}

export interface ScanResult {
  /** Undefined when nothing in the file can be reduced. */
  readonly plan?: ReductionPlan
  /** Coordinate texts (posList, pos, coordinates elements that are not empty tags), planned or not. */
  readonly coordinateTexts: number
  /** Whether a coordinate element stands outside every `geometrie` element (any prefix). */
  readonly stray: boolean
}

const LT = 60
const GT = 62
const SLASH = 47
const NL = 10
const CR = 13
const COLON = 58

const GML_NS = 'http://www.opengis.net/gml/3.2'

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
  /** How many numbers were pushed since the last take. */
  get length(): number {
    return this.end - this.start
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
  lineStarts: number[]
  inRing: boolean
  maxDecimals: number
  tooPrecise?: CoordinateIssue
  notANumber?: CoordinateIssue
  oddCount?: { count: number; line: number }
}

/** Local names the scanner acts on; every other element is OTHER. */
const enum Kind {
  OTHER,
  GEOMETRIE,
  ID,
  POSLIST,
  POS,
  POLYGON,
  LINEAR_RING,
  LINE,
  POINT,
  COORDINATES,
  /** basisgeo:geometrie, the property that holds a geometry. */
  GEOMETRIE_PROPERTY,
}

const KINDS: readonly (readonly [string, Kind])[] = [
  ['Geometrie', Kind.GEOMETRIE],
  ['id', Kind.ID],
  ['posList', Kind.POSLIST],
  ['pos', Kind.POS],
  ['Polygon', Kind.POLYGON],
  ['PolygonPatch', Kind.POLYGON],
  ['LinearRing', Kind.LINEAR_RING],
  ['LineString', Kind.LINE],
  ['Curve', Kind.LINE],
  ['MultiCurve', Kind.LINE],
  ['LineStringSegment', Kind.LINE],
  ['Point', Kind.POINT],
  ['MultiPoint', Kind.POINT],
  ['coordinates', Kind.COORDINATES],
  ['geometrie', Kind.GEOMETRIE_PROPERTY],
]

/** KINDS by name length, names as bytes. */
const KINDS_BY_LENGTH: readonly (readonly (readonly [Uint8Array, Kind])[])[] = (() => {
  const out: [Uint8Array, Kind][][] = Array.from({ length: 32 }, () => [])
  for (const [name, kind] of KINDS) out[name.length]?.push([Buffer.from(name, 'latin1'), kind])
  return out
})()

function kindOf(buf: Uint8Array, start: number, end: number): Kind {
  const candidates = KINDS_BY_LENGTH[end - start]
  if (candidates === undefined) return Kind.OTHER
  outer: for (const [name, kind] of candidates) {
    for (let i = 0; i < name.length; i++) if (buf[start + i] !== name[i]) continue outer
    return kind
  }
  return Kind.OTHER
}

/** A coordinate text seen so far that may go into the reduction plan once its end tag is found. */
interface PendingText {
  readonly name: CoordinateName
  readonly start: number
  readonly end: number
  readonly breaks: number
}

/** The qualified name of a coordinate element as bytes, and its prefix (undefined: none). */
interface CoordinateName {
  readonly bytes: Uint8Array
  readonly prefix: string | undefined
}

/**
 * Scans `input` (all bytes, or chunks that may be reused by their producer once the next is asked for); calls
 * `onGeometrie` for each basisgeo:Geometrie in document order.
 */
export function scanGml(input: Uint8Array | Iterable<Uint8Array>, onGeometrie: (g: ScannedGeometrie) => void): ScanResult {
  const scanner = new Scanner(onGeometrie)
  if (input instanceof Uint8Array) scanner.runOn(input)
  else scanner.run(input[Symbol.iterator]())
  return scanner.result()
}

class Scanner {
  /** The window: bytes [0, end) of it are the file's bytes from offset `base`. */
  private buf: Buffer = Buffer.alloc(0)
  private end = 0
  private base = 0
  private eof = false
  private chunks: Iterator<Uint8Array> | undefined
  // Lines: newlines before the last offset asked are in `line`; the next newline in the window is at `nextNewline`
  // (window offset, -1 when none), so a tag on a long line does not search that line's rest again.
  private line = 1
  private nextNewline = -1
  // One pair of coordinate buffers for the whole scan: geometries (thousands of Locaties) share their slabs.
  private readonly ring = new Growable()
  private readonly other = new Growable()
  private g: OpenGeometrie | undefined
  private parent: Kind = Kind.OTHER
  private current: Kind = Kind.OTHER
  // Reduction plan: the texts, the prefixes they use, every namespace binding of every prefix, and what forbids a plan.
  private readonly texts = new PlannedTexts()
  private removed = 0
  private readonly usedPrefixes = new Set<string>()
  private readonly bindings = new Map<string, Set<string>>()
  private noPlan = false
  private coordinateTexts = 0
  private stray = false
  /** Open `geometrie` elements. */
  private inProperty = 0
  private pending: PendingText | undefined
  private readonly coordinateNames: CoordinateName[] = []
  /** Where `find` left the offset it was asked to keep. */
  private kept = 0

  constructor(private readonly onGeometrie: (g: ScannedGeometrie) => void) {}

  result(): ScanResult {
    const facts = { coordinateTexts: this.coordinateTexts, stray: this.stray }
    if (this.noPlan || this.texts.count === 0) return facts
    for (const prefix of this.usedPrefixes) {
      const uris = this.bindings.get(prefix)
      if (uris === undefined || uris.size !== 1 || !uris.has(GML_NS)) return facts
    }
    this.texts.trim()
    return { ...facts, plan: { texts: this.texts, reducedSize: this.base + this.end - this.removed } }
  }

  /** All bytes at once: they are the window, nothing is copied. */
  runOn(bytes: Uint8Array): void {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.end = bytes.length
    this.eof = true
    this.nextNewline = this.newlineFrom(0)
    this.scan()
  }

  run(chunks: Iterator<Uint8Array>): void {
    this.chunks = chunks
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES)
    this.fill(0)
    this.scan()
  }

  private scan(): void {
    let i = this.find(LT, 0)
    while (i >= 0) i = this.step(i)
    // Everything up to the end is counted, so reducedSize is exact.
    this.base += this.end
    this.end = 0
  }

  /**
   * Reads the next chunk after the window's bytes from window offset `keep` on, which move to the start. False at the
   * end of the input (then nothing moves). Newlines before `keep` are counted first.
   */
  private fill(keep: number): boolean {
    if (this.eof) return false
    let chunk: Uint8Array | undefined
    for (;;) {
      const next = this.chunks?.next()
      if (next === undefined || next.done === true) {
        this.eof = true
        return false
      }
      if (next.value.length > 0) {
        chunk = next.value
        break
      }
    }
    this.lineAt(keep)
    const kept = this.end - keep
    if (keep > 0) this.buf.copyWithin(0, keep, this.end)
    this.base += keep
    this.end = kept
    if (this.end + chunk.length > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.buf.length, this.end + chunk.length))
      this.buf.copy(bigger, 0, 0, this.end)
      this.buf = bigger
    }
    this.buf.set(chunk, this.end)
    this.end += chunk.length
    this.nextNewline = this.newlineFrom(0)
    return true
  }

  /** Window offset of the first newline at or after `from` among the window's bytes, or -1. */
  private newlineFrom(from: number): number {
    const at = this.buf.indexOf(NL, from)
    return at >= this.end ? -1 : at
  }

  /** The line of window offset `pos` (offsets only grow between fills). */
  private lineAt(pos: number): number {
    while (this.nextNewline >= 0 && this.nextNewline < pos) {
      this.line++
      this.nextNewline = this.newlineFrom(this.nextNewline + 1)
    }
    return this.line
  }

  /**
   * Window offset of the next `byte` from `from`, reading on as needed while keeping the window from `keep`, whose new
   * offset is then in `kept`; -1 at the end of the input.
   */
  private find(byte: number, from: number, keep = from): number {
    for (;;) {
      const buf = this.buf
      const end = this.end
      for (let p = from; p < end; p++) {
        if (buf[p] === byte) {
          this.kept = keep
          return p
        }
      }
      if (!this.fill(keep)) return -1
      from = end - keep
      keep = 0
    }
  }

  /** Handles the markup at window offset `i` (a `<`); the window offset of the next `<`, or -1 at the end. */
  private step(at: number): number {
    let i = at
    while (i + 9 >= this.end && this.fill(i)) i = 0
    const first = this.buf[i + 1]
    if (first === 33 /* ! */ || first === 63 /* ? */) return this.skipSpecial(i)
    const close = this.find(GT, i + 1, i)
    if (close < 0) return -1
    i = this.kept
    const buf = this.buf
    const isEnd = buf[i + 1] === SLASH
    const selfClosing = buf[close - 1] === SLASH
    const nameStart = isEnd ? i + 2 : i + 1
    let nameEnd = nameStart
    let colon = -1
    while (nameEnd < close && buf[nameEnd]! > 32 && buf[nameEnd] !== SLASH) {
      if (buf[nameEnd] === COLON && colon < 0) colon = nameEnd
      nameEnd++
    }
    const kind = kindOf(buf, colon < 0 ? nameStart : colon + 1, nameEnd)
    if (isEnd) {
      if (this.pending !== undefined) this.endOfText(i, nameStart, nameEnd, close)
      if (kind === Kind.GEOMETRIE_PROPERTY && this.inProperty > 0) this.inProperty--
      this.endTag(kind)
      this.current = this.parent
      return this.find(LT, close + 1)
    }
    this.pending = undefined
    if (this.hasXmlns(nameEnd, close)) this.bind(buf.toString('latin1', nameEnd, close))
    const line = this.lineAt(i)
    const g = this.g
    if (kind === Kind.GEOMETRIE && g === undefined) this.g = this.openGeometrie(line)
    else if (g !== undefined) this.startTag(g, kind, nameEnd, close, line)
    if (selfClosing) {
      this.endTag(kind)
      return this.find(LT, close + 1)
    }
    if (kind === Kind.GEOMETRIE_PROPERTY) this.inProperty++
    else if (kind === Kind.POSLIST || kind === Kind.POS || kind === Kind.COORDINATES) {
      this.coordinateTexts++
      if (this.inProperty === 0) this.stray = true
    }
    const inGeometrie = this.current === Kind.GEOMETRIE
    this.parent = this.current
    this.current = kind
    if (kind === Kind.POSLIST || kind === Kind.POS) return this.readCoordinates(close + 1, this.coordinateName(nameStart, nameEnd, colon), this.hasType(nameEnd, close))
    if (kind === Kind.ID && g !== undefined && inGeometrie) {
      // A Geometrie's id is read whole: the window keeps it from its tag on.
      const textEnd = this.find(LT, close + 1, i)
      if (textEnd < 0) return -1
      const shift = i - this.kept
      g.id = this.buf.toString('utf8', close + 1 - shift, textEnd).trim()
      return textEnd
    }
    return this.find(LT, close + 1)
  }

  private skipSpecial(i: number): number {
    const head = this.buf.toString('latin1', i, Math.min(this.end, i + 9))
    const terminator = head.startsWith('<!--') ? '-->' : head.startsWith('<![CDATA[') ? ']]>' : '>'
    if (head.startsWith('<![CDATA[') || head.startsWith('<!DOCTYPE') || head.startsWith('<!ENTITY')) this.noPlan = true
    this.pending = undefined
    let from = i + 2
    for (;;) {
      const at = this.buf.subarray(0, this.end).indexOf(terminator, from, 'latin1')
      if (at >= 0) return this.find(LT, at + terminator.length)
      // Keep the last bytes, which may hold the start of the terminator.
      const keep = Math.max(from, this.end - terminator.length + 1)
      if (!this.fill(keep)) return -1
      from = 0
    }
  }

  /** Whether the attributes in [from, to) contain `xmlns`. */
  private hasXmlns(from: number, to: number): boolean {
    const buf = this.buf
    for (let p = from; p + 5 <= to; p++) {
      if (buf[p] === 0x78 && buf[p + 1] === 0x6d && buf[p + 2] === 0x6c && buf[p + 3] === 0x6e && buf[p + 4] === 0x73) return true
    }
    return false
  }

  /** Whether the attributes in [from, to) mention `type` (xsi:type: the text is then not read as a doubleList). */
  private hasType(from: number, to: number): boolean {
    const buf = this.buf
    for (let p = from; p + 4 <= to; p++) {
      if (buf[p] === 0x74 && buf[p + 1] === 0x79 && buf[p + 2] === 0x70 && buf[p + 3] === 0x65) return true
    }
    return false
  }

  private bind(attrs: string): void {
    for (const m of attrs.matchAll(/\bxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/g)) {
      const prefix = m[1] ?? ''
      const uris = this.bindings.get(prefix) ?? new Set<string>()
      uris.add(m[3] as string)
      this.bindings.set(prefix, uris)
    }
  }

  private openGeometrie(line: number): OpenGeometrie {
    this.ring.drop()
    this.other.drop()
    return { line, dimension: 2, soort: 'onbekend', polygons: [], rings: undefined, polygonLine: line, ringLine: line, ring: this.ring, other: this.other, lineStarts: [], inRing: false, maxDecimals: 0 }
  }

  private startTag(g: OpenGeometrie, kind: Kind, attrsStart: number, attrsEnd: number, line: number): void {
    if (g.srsName === undefined && attrsEnd > attrsStart + 1) {
      const attrs = this.buf.toString('latin1', attrsStart, attrsEnd)
      const srs = /\bsrsName\s*=\s*["']([^"']*)["']/.exec(attrs)
      if (srs) {
        g.srsName = srs[1]
        const dim = /\bsrsDimension\s*=\s*["'](\d+)["']/.exec(attrs)
        if (dim) g.dimension = Number(dim[1])
      }
    }
    if (kind === Kind.POLYGON) {
      g.soort = 'vlak'
      g.rings = []
      g.polygonLine = line
    } else if (kind === Kind.LINEAR_RING) {
      g.inRing = true
      g.ringLine = line
    } else if (kind === Kind.LINE) {
      if (g.soort === 'onbekend') g.soort = 'lijn'
      const at = g.other.length
      if (g.lineStarts[g.lineStarts.length - 1] !== at) g.lineStarts.push(at)
    } else if (g.soort === 'onbekend' && kind === Kind.POINT) g.soort = 'punt'
  }

  private endTag(kind: Kind): void {
    const g = this.g
    if (!g) return
    if (kind === Kind.LINEAR_RING && g.inRing) {
      g.rings?.push({ coords: g.ring.take(), line: g.ringLine })
      g.inRing = false
    } else if (kind === Kind.POLYGON && g.rings) {
      g.polygons.push({ rings: g.rings, line: g.polygonLine })
      g.rings = undefined
    } else if (kind === Kind.GEOMETRIE) {
      this.onGeometrie(finish(g))
      this.g = undefined
    }
  }

  /**
   * Reads the numbers of a posList/pos text from window offset `from` up to the next `<`: into the open geometry
   * (x,y kept, z dropped; decimals and NaN tracked), and whether the text is plain decimals for the plan. Returns the
   * window offset of that `<` (-1 at the end).
   */
  /**
   * The name of a coordinate element at window offsets [start, end) (its colon at `colon`, -1 when none), from the
   * few seen before (a file of a million posLists made a string of the same name a million times).
   */
  private coordinateName(start: number, end: number, colon: number): CoordinateName {
    const buf = this.buf
    outer: for (const known of this.coordinateNames) {
      const bytes = known.bytes
      if (bytes.length !== end - start) continue
      for (let k = 0; k < bytes.length; k++) if (buf[start + k] !== bytes[k]) continue outer
      return known
    }
    const made = {
      bytes: new Uint8Array(buf.subarray(start, end)),
      prefix: colon < 0 ? undefined : buf.toString('latin1', start, colon),
    }
    if (this.coordinateNames.length < 8) this.coordinateNames.push(made)
    return made
  }

  private readCoordinates(from: number, name: CoordinateName, typed: boolean): number {
    const g = this.g
    const target = g === undefined ? undefined : g.inRing ? g.ring : g.other
    const dimension = g === undefined ? 2 : g.dimension
    const line = g === undefined ? 0 : this.lineAt(from)
    const textStart = this.base + from
    let count = 0
    let axis = 0 // position of the next number in its tuple
    let breaks = 0
    let cr = false
    let plain = true
    let p = from
    for (;;) {
      if (p >= this.end) {
        if (!this.fill(p)) return -1
        p = 0
      }
      const buf = this.buf
      const end = this.end
      // Whitespace up to a token or the end of the window.
      while (p < end) {
        const c = buf[p]!
        if (c > 32) break
        if (c === NL) {
          if (!cr) breaks++
          cr = false
        } else if (c === CR) {
          breaks++
          cr = true
        } else {
          cr = false
          if (c !== 32 && c !== 9) plain = false
        }
        p++
      }
      if (p >= end) continue
      if (buf[p] === LT) break
      cr = false
      // A token, parsed in place as [+-]digits[.digits]; anything else (an exponent, junk) through Number().
      let q = p
      let negative = false
      let c = buf[q]!
      if (c === 45 || c === 43) {
        negative = c === 45
        q++
      }
      let int = 0
      let digits = 0
      while (q < end) {
        c = buf[q]!
        if (c < 48 || c > 57) break
        int = int * 10 + (c - 48)
        digits++
        q++
      }
      let decimals = 0
      let frac = 0
      let scale = 1
      let dot = false
      if (q < end && buf[q] === 46) {
        dot = true
        q++
        while (q < end) {
          c = buf[q]!
          if (c < 48 || c > 57) break
          if (decimals < 15) {
            frac = frac * 10 + (c - 48)
            scale *= 10
          }
          decimals++
          q++
        }
      }
      let e = q
      while (e < end && buf[e]! > 32 && buf[e] !== LT) e++
      // A window end inside the token: read on first, then the token again from its start.
      if (e === end && this.fill(p)) {
        p = 0
        continue
      }
      const regular = e === q && digits + decimals > 0 && digits <= 15
      if (plain && (e !== q || digits === 0 || (dot && decimals === 0))) plain = false
      if (g !== undefined) {
        const value = regular ? (negative ? -(int + frac / scale) : int + frac / scale) : Number(buf.toString('latin1', p, e))
        if (value !== value && !g.notANumber) g.notANumber = { token: buf.toString('latin1', p, e), line }
        if (decimals > g.maxDecimals) {
          g.maxDecimals = decimals
          if (decimals > 3 && !g.tooPrecise) g.tooPrecise = { token: buf.toString('latin1', p, e), line }
        }
        if (axis < 2 && dimension > 0) (target as Growable).push(value)
        if (++axis === dimension) axis = 0
      }
      count++
      p = e
    }
    if (g !== undefined && count % dimension !== 0 && !g.oddCount) g.oddCount = { count, line }
    if (plain && count > 0 && !typed && name.prefix !== undefined && !this.noPlan) this.pending = { name, start: textStart, end: this.base + p, breaks }
    return p
  }

  /** At an end tag in [i, close] (name in [nameStart, nameEnd)): the pending text goes into the plan when this closes it. */
  private endOfText(i: number, nameStart: number, nameEnd: number, close: number): void {
    const pending = this.pending as PendingText
    this.pending = undefined
    const bytes = pending.name.bytes
    if (this.base + i !== pending.end || nameEnd - nameStart !== bytes.length) return
    for (let k = 0; k < bytes.length; k++) if (this.buf[nameStart + k] !== bytes[k]) return
    for (let p = nameEnd; p < close; p++) if (!isSpace(this.buf[p])) return
    this.texts.add(pending.start, pending.end, pending.breaks)
    this.removed += pending.end - pending.start - 1 - pending.breaks
    this.usedPrefixes.add(pending.name.prefix as string)
  }
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === NL || c === CR
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
    lineStarts: g.lineStarts,
    maxDecimals: g.maxDecimals,
    ...(g.tooPrecise ? { tooPrecise: g.tooPrecise } : {}),
    ...(g.notANumber ? { notANumber: g.notANumber } : {}),
    ...(g.oddCount ? { oddCount: g.oddCount } : {}),
  }
}

/**
 * The file with the planned texts replaced: `0` and one `\n` per line break of the text (libxml2 and saxon-js count
 * lines the same way), so every other byte and every line number stays.
 */
export function applyPlan(plan: ReductionPlan, input: Uint8Array | Iterable<Uint8Array>): Uint8Array {
  const out = Buffer.allocUnsafe(plan.reducedSize)
  let written = 0
  const chunks = (input instanceof Uint8Array ? [input] : input)[Symbol.iterator]()
  let chunk: Uint8Array = new Uint8Array(0)
  let offset = 0 // file offset of the chunk's first byte
  let pos = 0 // file offset of the next byte to copy or skip
  /** Copies (or, with `copy` false, skips) the file's bytes up to offset `to`, reading chunks as needed. */
  const advance = (to: number, copy: boolean): void => {
    while (pos < to) {
      if (pos >= offset + chunk.length) {
        offset += chunk.length
        const next = chunks.next()
        if (next.done === true) return
        chunk = next.value
        continue
      }
      const upto = Math.min(to, offset + chunk.length)
      if (copy) {
        out.set(chunk.subarray(pos - offset, upto - offset), written)
        written += upto - pos
      }
      pos = upto
    }
  }
  plan.texts.forEach((start, end, breaks) => {
    advance(start, true)
    // A planned text: `0` and its line breaks; its bytes are skipped.
    out[written++] = 0x30
    for (let k = breaks; k > 0; k--) out[written++] = NL
    advance(end, false)
  })
  advance(Infinity, true)
  return written === out.length ? out : out.subarray(0, written)
}
