/**
 * GML coordinates shrunk to what the schema reads of them, before libxml2 parses a file for the xsd layer (issue 16
 * D11, D10b). A .gml file gets the same reduction from the plan the geo survey makes in its one pass over it
 * (geo/scan-gml.ts, reducedGml); this reducer serves the other files. In GML 3.2 `gml:posList` and `gml:pos` are lists of xs:double with no facet (gml:doubleList); the
 * schema checks only that each item is a double. So a list whose every item is a plain decimal number
 * (`[+-]?digits(.digits)?`, surely a double) is as valid as `0`: such a text becomes `0` followed by its own line
 * breaks, so every line number stays exact. Anything else stays as written — exponents, INF, an empty list, markup,
 * entity or character references, an `xsi:type` on the element, an unprefixed name — and so does the whole file when
 * it holds a DOCTYPE or a CDATA section (text inside CDATA may look like an element) or binds a GML prefix to another
 * namespace somewhere.
 * A 95 MB GML of one posList per line then parses from 24 MB: its tree and WASM memory shrink to about half.
 * Columns of a parser message can differ on a changed line, so the caller parses the file as written whenever
 * libxml2 has anything to say while parsing (see parse.ts).
 */

const GML_NS = 'http://www.opengis.net/gml/3.2'
const XMLNS = Buffer.from('xmlns')
const CDATA = Buffer.from('<![CDATA[')
const DOCTYPE = Buffer.from('<!DOCTYPE')
const ENTITY = Buffer.from('<!ENTITY')
const DECLARATION = /^xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const NL = 0x0a
const CR = 0x0d

/** The GML coordinate texts reduced as described above; undefined when nothing in `bytes` is reduced. */
export function reducedCoordinates(bytes: Uint8Array): Uint8Array | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.indexOf(CDATA) >= 0 || buf.indexOf(DOCTYPE) >= 0 || buf.indexOf(ENTITY) >= 0) return undefined
  let out: Buffer | undefined
  for (const prefix of gmlPrefixes(buf)) out = reducePrefix(out ?? buf, prefix) ?? out
  return out
}

/**
 * The prefixes bound to the GML namespace and to nothing else anywhere in the file. Unprefixed names are never
 * reduced: outside the scope of a default declaration they are in no namespace, which no declaration shows.
 */
function gmlPrefixes(buf: Buffer): string[] {
  const bound = new Map<string, Set<string>>()
  for (let at = buf.indexOf(XMLNS); at >= 0; at = buf.indexOf(XMLNS, at + XMLNS.length)) {
    const m = DECLARATION.exec(buf.toString('latin1', at, Math.min(buf.length, at + 512)))
    if (m === null) continue
    const prefix = m[1] ?? ''
    const uris = bound.get(prefix) ?? new Set<string>()
    uris.add(m[3] as string)
    bound.set(prefix, uris)
  }
  return [...bound].filter(([prefix, uris]) => prefix !== '' && uris.size === 1 && uris.has(GML_NS)).map(([prefix]) => prefix)
}

/** posList and pos under one prefix; undefined when none was reduced. */
function reducePrefix(buf: Buffer, prefix: string): Buffer | undefined {
  const open = Buffer.from(`<${prefix}:pos`)
  let out: Buffer | undefined
  let written = 0
  let copied = 0
  for (let at = buf.indexOf(open); at >= 0; at = buf.indexOf(open, at + open.length)) {
    let name = at + open.length
    if (buf.toString('latin1', name, name + 4) === 'List') name += 4
    const tagEnd = startTagEnd(buf, name)
    if (tagEnd === undefined || buf[tagEnd - 1] === SLASH) continue
    if (buf.toString('latin1', name, tagEnd).includes('type')) continue
    const contentEnd = buf.indexOf(LT, tagEnd)
    if (contentEnd < 0) break
    const local = buf.toString('latin1', at + 1, name)
    if (!closes(buf, contentEnd, local) || !plainDecimals(buf, tagEnd, contentEnd)) continue
    out ??= Buffer.allocUnsafe(buf.length)
    written += buf.copy(out, written, copied, tagEnd)
    out[written++] = 0x30
    for (let i = tagEnd; i < contentEnd; i++) if (buf[i] === NL || buf[i] === CR) out[written++] = buf[i] as number
    copied = contentEnd
    at = contentEnd - open.length
  }
  if (out === undefined) return undefined
  written += buf.copy(out, written, copied)
  return out.subarray(0, written)
}

/** After the `>` of a start tag whose name ends at `nameEnd`; undefined when the name goes on or the tag is odd. */
function startTagEnd(buf: Buffer, nameEnd: number): number | undefined {
  const next = buf[nameEnd]
  if (next !== GT && next !== SLASH && !isSpace(next)) return undefined
  let quote = 0
  for (let i = nameEnd; i < buf.length; i++) {
    const c = buf[i] as number
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (c === LT) return undefined
    else if (c === GT) return i + 1
  }
  return undefined
}

/** Whether the end tag of `qname` starts at `at`. */
function closes(buf: Buffer, at: number, qname: string): boolean {
  if (buf.toString('latin1', at, at + 2 + qname.length) !== `</${qname}`) return false
  let i = at + 2 + qname.length
  while (isSpace(buf[i])) i++
  return buf[i] === GT
}

/** One or more whitespace-separated items of the form -?digits(.digits)? (each a valid xs:double), nothing else. */
function plainDecimals(buf: Buffer, from: number, to: number): boolean {
  let items = 0
  let i = from
  for (;;) {
    while (i < to && isSpace(buf[i])) i++
    if (i >= to) return items > 0
    if (buf[i] === 0x2d || buf[i] === 0x2b) i++
    if (!digitsAt(buf, i, to)) return false
    while (i < to && isDigit(buf[i])) i++
    if (buf[i] === 0x2e && i < to) {
      i++
      if (!digitsAt(buf, i, to)) return false
      while (i < to && isDigit(buf[i])) i++
    }
    if (i < to && !isSpace(buf[i])) return false
    items++
  }
}

function digitsAt(buf: Buffer, i: number, to: number): boolean {
  return i < to && isDigit(buf[i])
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === NL || c === CR
}
