/**
 * Safe XML parsing for the rule layers (libxml2-wasm): no DTDs (entity bombs, external entities), no network,
 * line numbers kept; plus namespace constants and an element → XPath helper for finding locations.
 * Well-formedness and DOCTYPE findings belong to the xsd layer; the rules stay silent on files that fail here.
 */
import { ParseOption, XmlDocument, XmlElement, XmlParseError, XmlXPath, type XmlTreeNode } from 'libxml2-wasm'

export type ParsedXml =
  | { readonly ok: true; readonly doc: XmlDocument }
  | { readonly ok: false; readonly kind: 'malformed' | 'dtd'; readonly message: string; readonly line?: number }

/** Namespaces of the delivery package (stop-lvbb.md §1.2, imow-ow.md §1.2), under their customary prefixes. */
export const ns = {
  lvbb: 'http://www.overheid.nl/2017/lvbb',
  lvbba: 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/',
  data: 'https://standaarden.overheid.nl/stop/imop/data/',
  tekst: 'https://standaarden.overheid.nl/stop/imop/tekst/',
  geo: 'https://standaarden.overheid.nl/stop/imop/geo/',
  basisgeo: 'http://www.geostandaarden.nl/basisgeometrie/1.0',
  gml: 'http://www.opengis.net/gml/3.2',
  mow: 'http://www.geostandaarden.nl/bestanden-ow/manifest-ow',
  owdc: 'http://www.geostandaarden.nl/imow/bestanden/deelbestand',
  sl: 'http://www.geostandaarden.nl/bestanden-ow/standlevering-generiek',
  vt: 'http://www.geostandaarden.nl/imow/vrijetekst',
  l: 'http://www.geostandaarden.nl/imow/locatie',
  ga: 'http://www.geostandaarden.nl/imow/gebiedsaanwijzing',
  rg: 'http://www.geostandaarden.nl/imow/regelingsgebied',
  k: 'http://www.geostandaarden.nl/imow/kaart',
  xlink: 'http://www.w3.org/1999/xlink',
} as const

const DOCTYPE = Buffer.from('<!DOCTYPE')
const ENTITY = Buffer.from('<!ENTITY')

/**
 * `elementOnly`: the file has no mixed content (an OW file), so the whitespace between its elements is left out of
 * the tree (XML_PARSE_NOBLANKS keeps whitespace-only text in an element without element children, so every leaf keeps
 * its value): the rules read elements and leaf values, and one text node per line was a fifth of the tree (an
 * owLocaties.xml of 90 000 Locaties: 84 MB less WebAssembly memory, parsed in 0.63 instead of 0.90 s).
 */
export function parseXml(bytes: Uint8Array, options: { readonly elementOnly?: boolean } = {}): ParsedXml {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dtdAt = Math.max(buf.indexOf(DOCTYPE), buf.indexOf(ENTITY))
  if (dtdAt >= 0) {
    // A delivery never needs a DTD; refusing it blocks entity bombs and external entities before any parsing.
    return { ok: false, kind: 'dtd', message: 'DTD of entiteitdeclaratie', line: lineAt(buf, dtdAt) }
  }
  const base =
    ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES | (options.elementOnly === true ? ParseOption.XML_PARSE_NOBLANKS : 0)
  let option = base
  try {
    return { ok: true, doc: XmlDocument.fromBuffer(bytes, { option }) }
  } catch (failure) {
    let e: unknown = failure
    if (e instanceof XmlParseError && e.details.some((d) => hugeTextNode(d.message))) {
      option = base | ParseOption.XML_PARSE_HUGE
      try {
        return { ok: true, doc: XmlDocument.fromBuffer(bytes, { option }) }
      } catch (again) {
        e = again
      }
    }
    if (!(e instanceof XmlParseError)) return { ok: false, kind: 'malformed', message: (e as Error).message }
    // Recoverable errors only (e.g. gm9920's `xmlns:schemaLocation="ns url"`, which xmllint merely warns about):
    // the tree is complete; the xsd layer reports the diagnostics, the rules use the tree.
    if (e.details.length > 0 && e.details.every((d) => d.level < 3)) {
      try {
        return { ok: true, doc: XmlDocument.fromBuffer(bytes, { option: option | ParseOption.XML_PARSE_NOERROR }) }
      } catch {
        // fall through: not usable
      }
    }
    const first = e.details[0]
    return { ok: false, kind: 'malformed', message: (first?.message ?? e.message).trim(), line: first?.line }
  }
}

/**
 * libxml2 stops at a text node over 10 MB ("Text node too long"): a GML posList of ~455 000 vertices, which a
 * valid GIO may have. Only then is the file parsed again with XML_PARSE_HUGE, and only files without a DTD reach a
 * parse at all (no entities, so no amplification); every other file keeps all of libxml2's limits.
 */
export function hugeTextNode(message: string): boolean {
  return /Text node too long/u.test(message)
}

function lineAt(buf: Buffer, offset: number): number {
  let line = 1
  for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) line++
  return line
}

/** Where a finding points in a package file: the element's XPath (xpathOf) and line. */
export interface Place {
  readonly file: string
  readonly xpath: string
  readonly line: number
}

/**
 * The place of `el` (plus `suffix`, e.g. `/@ref`), its xpath computed when it is first read: a rule reads it only when
 * it reports (the runner copies `at` then, while the document is alive), and walking the siblings of every element a
 * rule looks at cost ~0.3 s CPU on the Assen build, where nothing is reported. A class, not an object with its own
 * getters: those are two closures per place, and the OW layer holds a few places per object (100 000 Locaties).
 */
export function placeOf(file: string, el: XmlElement, suffix = ''): Place {
  return new LazyPlace(file, el, suffix)
}

class LazyPlace implements Place {
  #xpath: string | undefined
  #line: number | undefined

  constructor(
    readonly file: string,
    private readonly el: XmlElement,
    private readonly suffix: string,
  ) {}

  get xpath(): string {
    this.#xpath ??= `${xpathOf(this.el)}${this.suffix}`
    return this.#xpath
  }

  // Asked of few places (those a finding reports, which copies them while the document lives: rule.ts).
  get line(): number {
    this.#line ??= this.el.line
    return this.#line
  }
}

/** A copy of a place that no longer reads its document (a LazyPlace computes xpath and line here). */
export function placeCopy(at: { readonly file: string; readonly xpath?: string; readonly line?: number }): { file: string; xpath?: string; line?: number } {
  const xpath = at.xpath
  const line = at.line
  return { file: at.file, ...(xpath !== undefined ? { xpath } : {}), ...(line !== undefined ? { line } : {}) }
}

/** `/AanleveringBesluit/BesluitVersie/data:BesluitMetadata/data:informatieobjectRefs/data:informatieobjectRef[2]`. */
export function xpathOf(el: XmlElement): string {
  const steps: string[] = []
  for (let cur: XmlElement | null = el; cur; cur = cur.parent) {
    const name = cur.prefix ? `${cur.prefix}:${cur.name}` : cur.name
    const position = siblingPosition(cur)
    steps.push(position === 0 ? name : `${name}[${position}]`)
  }
  return `/${steps.reverse().join('/')}`
}

/**
 * An element's position among its siblings of the same name and namespace (1 + those before it), or 0 when it has
 * none (an XPath step then needs no position). Among few siblings (WALK either way) they are walked; in a longer list
 * the positions of all children are computed once, at the first lookup, and kept while the document lives: a rule
 * that reports on each of 90 000 Locaties in one list walked the list for each of them (quadratic: a 90 000-circle
 * build whose GML was over the LVBB limit, so that every GeometrieRef was reported, ran for minutes). Without a node
 * identity (pointerOf) the siblings are walked.
 */
export function siblingPosition(el: XmlElement): number {
  const parent = el.parent
  const self = pointerOf(el)
  const parentKey = parent === null ? undefined : pointerOf(parent)
  if (parent === null || self === undefined || parentKey === undefined) return walkedPosition(el, Infinity) as number
  const doc = el.doc
  let parents = positionTables.get(doc)
  if (parents === undefined) {
    parents = new Map()
    positionTables.set(doc, parents)
  }
  let table = parents.get(parentKey)
  if (table === undefined) {
    const walked = walkedPosition(el, WALK)
    if (walked !== undefined) return walked
    table = childPositions(parent)
    parents.set(parentKey, table)
  }
  return table.get(self) ?? (walkedPosition(el, Infinity) as number)
}

/** How many siblings either way an element's position is found by walking (more: a table of the parent's children). */
const WALK = 64

/** Per document (while it lives), per parent node: the position of each element child by its node (0: alone of its name). */
const positionTables = new WeakMap<XmlDocument, Map<number, ReadonlyMap<number, number>>>()

function childPositions(parent: XmlElement): ReadonlyMap<number, number> {
  const children: { readonly node: number; readonly key: string; readonly index: number }[] = []
  const counts = new Map<string, number>()
  for (let c = parent.firstChild; c; c = c.next) {
    const node = c instanceof XmlElement ? pointerOf(c) : undefined
    if (node === undefined) continue
    // Each name read once: every read of a name decodes it from libxml2's memory.
    const key = `${(c as XmlElement).namespaceUri} ${(c as XmlElement).name}`
    const index = (counts.get(key) ?? 0) + 1
    counts.set(key, index)
    children.push({ node, key, index })
  }
  const positions = new Map<number, number>()
  for (const c of children) positions.set(c.node, (counts.get(c.key) ?? 0) > 1 ? c.index : 0)
  return positions
}

/**
 * An element's position found by walking its siblings, or undefined when that takes more than `limit` siblings
 * before it, or after it to the first one of the same name (which settles whether it has any).
 */
function walkedPosition(cur: XmlElement, limit: number): number | undefined {
  const local = cur.name
  const uri = cur.namespaceUri
  const same = (sib: XmlTreeNode): boolean => sib instanceof XmlElement && sib.name === local && sib.namespaceUri === uri
  let index = 1
  let steps = 0
  for (let sib = cur.prev; sib; sib = sib.prev) {
    if (++steps > limit) return undefined
    if (same(sib)) index++
  }
  let more = index > 1
  steps = 0
  for (let sib = cur.next; !more && sib; sib = sib.next) {
    if (++steps > limit) return undefined
    more = same(sib)
  }
  return more ? index : 0
}

/**
 * The node's address in libxml2's memory: the identity of a node across the wrapper objects libxml2-wasm makes for it
 * on every step (`parent`, `next` each give a new one). An internal field of libxml2-wasm 0.7 (pinned); when it is
 * not there, undefined (xpathOf then walks siblings).
 */
function pointerOf(node: XmlTreeNode): number | undefined {
  const p = (node as unknown as { readonly _nodePtr?: unknown })._nodePtr
  return typeof p === 'number' && p > 0 ? p : undefined
}

/** The elements `xpath` selects, with the package namespaces bound. */
export function elements(node: XmlElement | XmlDocument, xpath: string): XmlElement[] {
  const ctx = node instanceof XmlDocument ? node.root : node
  return ctx.find(compiled(xpath)).filter((n): n is XmlElement => n instanceof XmlElement)
}

/**
 * `xpath` compiled once, bound to only the package prefixes it names: libxml2-wasm compiles a string on every call
 * and registers every bound namespace on every evaluation, which was ~60% of reading 20 000 OW objects (issue 16 D10b).
 * The rules' expressions are fixed strings, so the cache stays small; it stops growing at MAX_COMPILED.
 */
export function compiled(xpath: string): XmlXPath {
  let x = compiledXPaths.get(xpath)
  if (x === undefined) {
    const used = Object.fromEntries(Object.entries(ns).filter(([prefix]) => xpath.includes(`${prefix}:`)))
    x = XmlXPath.compile(xpath, used)
    if (compiledXPaths.size < MAX_COMPILED) compiledXPaths.set(xpath, x)
  }
  return x
}

const compiledXPaths = new Map<string, XmlXPath>()
const MAX_COMPILED = 1000

/** Trimmed text of the first element `xpath` selects, or undefined. */
export function text(node: XmlElement | XmlDocument, xpath: string): string | undefined {
  return elements(node, xpath)[0]?.content.trim()
}
