/**
 * The XML parts of a DOCX → ordered element trees (fast-xml-parser in preserveOrder mode, namespace prefixes removed:
 * `w:p` is `p`, `r:id` is `id`), and the few accessors the reader needs. A part with a DOCTYPE is refused: OOXML has
 * none, and entity declarations are the way to an entity bomb.
 */
import { XMLParser } from 'fast-xml-parser'
import { InputError } from '../../model/errors.js'

/** One element: its name, attributes (without prefix) and children in document order; text nodes have name `#text`. */
export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly XmlElement[]
  /** The text of a `#text` node. */
  readonly text?: string
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
})

/** Parses one part; `file` and `part` name it in the Dutch error of a part that is no XML. */
export function parseXml(bytes: Uint8Array, file: string, part: string): XmlElement {
  const text = Buffer.from(bytes).toString('utf8')
  if (/<!DOCTYPE/iu.test(text.slice(0, 4096))) throw new InputError(`${file}: het onderdeel ${part} van het Word-bestand heeft een DOCTYPE; dat hoort niet in een DOCX en wordt niet gelezen.`)
  let raw: unknown
  try {
    raw = parser.parse(text)
  } catch (e) {
    throw new InputError(`${file}: het onderdeel ${part} van het Word-bestand is geen geldige XML (${(e as Error).message.split('\n')[0]}); het bestand is beschadigd.`)
  }
  const children = toElements(raw)
  const root = children.find((c) => c.name !== '#text' && !c.name.startsWith('?'))
  if (!root) throw new InputError(`${file}: het onderdeel ${part} van het Word-bestand is leeg; het bestand is beschadigd.`)
  return root
}

function toElements(raw: unknown): XmlElement[] {
  if (!Array.isArray(raw)) return []
  const out: XmlElement[] = []
  for (const node of raw as Record<string, unknown>[]) {
    const name = Object.keys(node).find((k) => k !== ':@')
    if (name === undefined) continue
    if (name === '#text') {
      out.push({ name, attributes: {}, children: [], text: String(node[name]) })
      continue
    }
    const attrs: Record<string, string> = {}
    const given = node[':@'] as Record<string, unknown> | undefined
    if (given) for (const [k, v] of Object.entries(given)) attrs[k.replace(/^@_/u, '')] = String(v)
    out.push({ name, attributes: attrs, children: toElements(node[name]) })
  }
  return out
}

/** The first child element named `name`. */
export function child(e: XmlElement | undefined, name: string): XmlElement | undefined {
  return e?.children.find((c) => c.name === name)
}

export function childrenNamed(e: XmlElement | undefined, name: string): XmlElement[] {
  return e ? e.children.filter((c) => c.name === name) : []
}

/** The `val` attribute of the child `name` (`<w:pStyle w:val="Heading1"/>`). */
export function val(e: XmlElement | undefined, name: string): string | undefined {
  return child(e, name)?.attributes['val']
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
export function onOff(e: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(e, name)
  if (!c) return undefined
  const v = c.attributes['val']
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v)
}

/** The text content of an element's `#text` children. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => c.text ?? '').join('')
}
