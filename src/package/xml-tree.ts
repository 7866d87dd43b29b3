/**
 * Reads package XML into a small ordered tree (local names, attributes, mixed content kept in order) with
 * fast-xml-parser's preserveOrder mode, plus the few lookups the preview needs. Unreadable XML gives undefined.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { LARGE_ENTRY_BYTES } from '../validate/layer.js'
import { roleOfRoot, rootInHead } from '../validate/xml-head.js'

export interface XmlElement {
  readonly kind: 'element'
  /** Local name, namespace prefix removed (`tekst:Al` → `Al`). */
  readonly name: string
  /** Attributes by local name (`xlink:href` → `href`); namespace declarations dropped. */
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}

export interface XmlText {
  readonly kind: 'text'
  readonly text: string
}

export type XmlNode = XmlElement | XmlText

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
})

type Raw = Record<string, unknown>

export interface ParsedXml {
  /** What the lenient parser could read (also of XML that is not well-formed); absent when nothing. */
  readonly root?: XmlElement
  /** Why the file is not well-formed XML (`regel 3: …`); absent when it is. */
  readonly error?: string
}

/** Parses XML bytes (UTF-8, BOM allowed) and checks well-formedness; never throws. */
export function readXml(bytes: Uint8Array): ParsedXml {
  const text = decodeUtf8(bytes)
  const check = XMLValidator.validate(text)
  const error = check === true ? undefined : `regel ${check.err.line}: ${check.err.msg}`
  try {
    const root = rootOf(parser.parse(text))
    return root ? { root, ...(error ? { error } : {}) } : { error: error ?? 'geen XML-element gevonden' }
  } catch (e) {
    // The parser's own limits (nesting depth, entity expansion) guard against hostile input.
    return { error: error ?? `niet te lezen: ${(e as Error).message}` }
  }
}

/**
 * Whether a package file is an OW file large enough (LARGE_ENTRY_BYTES or more) to be read object by object
 * (readXmlParts): by its size and its start tag, without reading it. The preview and the previous-version reader
 * (build/vorige.ts) both need only its OW objects.
 */
export function isLargeOwFile(size: number, head: Uint8Array): boolean {
  return size >= LARGE_ENTRY_BYTES && roleOfRoot(rootInHead(head)) === 'ow'
}

/**
 * A large file without mixed content read part by part: the root, named `root`, with as children the elements
 * with local name `part` (which do not nest), each parsed on its own; what lies between them is not kept. An
 * owLocaties.xml of 90 000 Locaties (43 MB; the preview needs the OW objects only) read this way peaks at 584 MB in
 * 3.8 s, against 880 MB in 5.3 s for one tree of the whole file with its well-formedness check. That check is left to
 * the validator here: only a part that is not closed or that the lenient parser gives up on makes the file unreadable.
 */
export function readXmlParts(bytes: Uint8Array, root: string, part: string): ParsedXml {
  const text = decodeUtf8(bytes)
  const start = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${part})[\\s/>]`, 'g')
  const children: XmlElement[] = []
  for (let m = start.exec(text); m !== null; m = start.exec(text)) {
    const tagEnd = text.indexOf('>', m.index)
    const close = `</${m[1]}>`
    const end = text[tagEnd - 1] === '/' ? tagEnd + 1 : text.indexOf(close, tagEnd)
    if (tagEnd < 0 || end < 0) return { error: `regel ${lineOf(text, m.index)}: <${m[1]}> wordt niet gesloten` }
    const stop = text[tagEnd - 1] === '/' ? end : end + close.length
    const element = parseText(text.slice(m.index, stop))
    if (!element) return { error: `regel ${lineOf(text, m.index)}: <${m[1]}> is niet te lezen` }
    children.push(element)
    start.lastIndex = stop
  }
  return { root: { kind: 'element', name: root, attrs: {}, children } }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Parses XML bytes (UTF-8, BOM allowed) and returns the root element, or undefined when it is not readable XML. */
export function parseXml(bytes: Uint8Array): XmlElement | undefined {
  return parseText(decodeUtf8(bytes))
}

function parseText(text: string): XmlElement | undefined {
  try {
    return rootOf(parser.parse(text))
  } catch {
    return undefined
  }
}

function rootOf(raw: unknown): XmlElement | undefined {
  if (!Array.isArray(raw)) return undefined
  for (const item of raw as Raw[]) {
    const node = convert(item)
    if (node?.kind === 'element') return node
  }
  return undefined
}

export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function convert(item: Raw): XmlNode | undefined {
  let attrs: Record<string, string> = {}
  let name: string | undefined
  let content: unknown
  for (const key of Object.keys(item)) {
    if (key === ':@') attrs = toAttrs(item[key] as Raw)
    else {
      name = key
      content = item[key]
    }
  }
  if (name === undefined) return undefined
  if (name === '#text') return { kind: 'text', text: String(content) }
  if (name.startsWith('?') || name === '#comment') return undefined
  const children: XmlNode[] = []
  if (Array.isArray(content)) {
    for (const c of content as Raw[]) {
      const node = convert(c)
      if (node) children.push(node)
    }
  }
  return { kind: 'element', name, attrs, children }
}

function toAttrs(raw: Raw): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue
    attrs[k] = String(v)
  }
  return attrs
}

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element')
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => c.kind === 'element' && c.name === name)
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? elements(el).filter((c) => c.name === name) : []
}

/** The concatenated text content, whitespace collapsed and trimmed. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return ''
  const parts: string[] = []
  collectText(el, parts)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

function collectText(el: XmlElement, parts: string[]): void {
  for (const c of el.children) {
    if (c.kind === 'text') parts.push(c.text)
    else collectText(c, parts)
  }
}

/** Text of the first child with this name, or undefined when there is none or it is empty. */
export function childText(el: XmlElement | undefined, name: string): string | undefined {
  const t = textOf(child(el, name))
  return t === '' ? undefined : t
}

/** Every descendant element with one of these names, in document order (not descending into matches). */
export function findAll(el: XmlElement, names: ReadonlySet<string>, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.kind !== 'element') continue
    if (names.has(c.name)) out.push(c)
    else findAll(c, names, out)
  }
  return out
}

/** The first descendant (or the element itself) with this name, depth first. */
export function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  if (el.name === name) return el
  for (const c of el.children) {
    if (c.kind !== 'element') continue
    const found = findFirst(c, name)
    if (found) return found
  }
  return undefined
}

/** An element as a string without layout whitespace and with sorted attributes: for comparing across versions. */
export function canonical(e: XmlElement): string {
  const attrs = Object.entries(e.attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => ` ${k}="${v}"`).join('')
  const inner = e.children.map((c) => (c.kind === 'text' ? c.text.trim() : canonical(c))).join('')
  return `<${e.name}${attrs}>${inner}</${e.name}>`
}
