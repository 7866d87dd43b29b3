/**
 * Parses a package file for schema validation with libxml2-wasm, safely: no entity substitution, no DTD loading,
 * no external entities, no network. Fatal errors (not well-formed, entity-expansion limits) end the file; namespace
 * errors libxml2 ranks as recoverable are reported and the file is still validated.
 */
import { ParseOption, XmlDocument, type ErrorDetail } from 'libxml2-wasm'
import type { Finding } from '../../model/index.js'
import { HEAD_BYTES } from '../layer.js'
import { roleOfRoot, rootInHead } from '../xml-head.js'
import { hugeTextNode } from '../xml.js'
import { reducedCoordinates } from './coordinates.js'
import { notWellFormed, parserWarning } from './findings.js'

/** No NOENT (no entity substitution), no DTDLOAD/DTDATTR/DTDVALID; NO_XXE and NONET as a second lock. */
const safeOptions = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES

const fatal = 3

/**
 * A namespace name that is not a URI (gm9920 declares `xmlns:schemaLocation="ns url"`): libxml2 ranks it an error,
 * xmllint 2.9 and the chain's parsers accept it, so it is information, not a blocking finding.
 */
const harmless = /^xmlns(:[\w.-]+)?: '.*' is not a valid URI/s

export interface Parsed {
  readonly doc?: XmlDocument
  readonly findings: readonly Finding[]
}

/**
 * A GML file (a GIO: element-only content, text only in leaves), and an OW file likewise (no IMOW schema declares
 * mixed content), is parsed without the whitespace between its elements (XML_PARSE_NOBLANKS keeps whitespace-only
 * text in an element without element children, so every leaf keeps its value): the schema ignores that whitespace in
 * element-only content, and one text node per line of a GML was ~13% of its tree (420 → 365 MB of WASM memory for a
 * 95 MB GML of one posList per line); of an owLocaties.xml of 90 000 Locaties, ~20%.
 */
function optionsFor(name: string, bytes: Uint8Array): number {
  return /\.gml$/i.test(name) || isOwFile(bytes) ? safeOptions | ParseOption.XML_PARSE_NOBLANKS : safeOptions
}

/** An OW file (owBestand, by its start tag): element-only content like a GML's (the schema has no mixed content in it). */
function isOwFile(bytes: Uint8Array): boolean {
  return roleOfRoot(rootInHead(bytes.subarray(0, HEAD_BYTES))) === 'ow'
}

/**
 * `load` gives the file's bytes (a large package entry is read again on each call). The file is parsed with its
 * coordinates reduced (coordinates.ts) when that changes anything, and the bytes as written are let go first; when
 * libxml2 has anything to say about that parse (not well-formed, a warning), the file as written is parsed instead,
 * so every message, line and column is the one of the file itself. `inspect` sees the bytes as written first.
 * `reduced`, when given, makes the reduced form instead (a GML the geo survey has already planned, without reading the
 * file as written); undefined from it means there is nothing to reduce. `inspect` then sees the bytes as written only
 * if they are parsed.
 */
export function parseSafely(
  name: string,
  load: () => Uint8Array,
  inspect: (bytes: Uint8Array) => void = () => {},
  reduced?: () => Uint8Array | undefined,
): Parsed {
  const form = reduced !== undefined ? reduced() : reducedOf(load(), inspect)
  if (form !== undefined) {
    const parsed = parseWith(name, form, optionsFor(name, form))
    if (parsed.doc !== undefined && parsed.findings.length === 0) return parsed
    parsed.doc?.dispose()
  }
  const bytes = load()
  if (reduced !== undefined) inspect(bytes)
  return parseAsWritten(name, bytes)
}

/** `inspect` sees the bytes as written once; they are not held after this returns. */
function reducedOf(bytes: Uint8Array, inspect: (bytes: Uint8Array) => void): Uint8Array | undefined {
  inspect(bytes)
  return reducedCoordinates(bytes)
}

function parseAsWritten(name: string, bytes: Uint8Array): Parsed {
  const options = optionsFor(name, bytes)
  const first = parseWith(name, bytes, options)
  // A text node over 10 MB (a huge posList): parsed again with XML_PARSE_HUGE, see hugeTextNode.
  if (!first.doc && first.findings.some((f) => hugeTextNode(f.message)) && !hasDtd(bytes)) {
    return parseWith(name, bytes, options | ParseOption.XML_PARSE_HUGE)
  }
  return first
}

function hasDtd(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return buf.indexOf('<!DOCTYPE') >= 0 || buf.indexOf('<!ENTITY') >= 0
}

function parseWith(name: string, bytes: Uint8Array, safeOptions: number): Parsed {
  try {
    const doc = XmlDocument.fromBuffer(bytes, { url: name, option: safeOptions })
    return { doc, findings: doc.warnings.map((w) => parserWarning(name, w)) }
  } catch (e) {
    const details: readonly ErrorDetail[] = (e as { details?: ErrorDetail[] }).details ?? []
    if (details.length === 0 || details.some((d) => d.level >= fatal)) {
      return { findings: [notWellFormed(name, details.find((d) => d.level >= fatal) ?? details[0])] }
    }
    const findings = details.map((d) =>
      d.level < 2 || harmless.test(d.message.trim()) ? parserWarning(name, d) : notWellFormed(name, d),
    )
    // Recoverable errors only: the tree is complete, so parse again without reporting and validate it.
    const doc = XmlDocument.fromBuffer(bytes, { url: name, option: safeOptions | ParseOption.XML_PARSE_NOERROR })
    return { doc, findings }
  }
}
