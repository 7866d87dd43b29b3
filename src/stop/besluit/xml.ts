/**
 * A small element tree for the besluit writer and its serialisation as text, escaped once by the writers' one
 * escaping function (xmlText/xmlAttribute: xmlbuilder2's escaping byte for byte, which wrote these files before and
 * took ~70 ms of a build for the Assen besluit, issue 18). Indents only element-only content; mixed-content elements
 * (Al, Opschrift, Wat, …) and any element with a text child are written as is, so mixed content never gains
 * whitespace. A default namespace is declared (`xmlns="…"`, before the attributes) where it changes.
 */
import type { XmlElement as XmlTreeElement } from '../../package/xml-tree.js'
import { xmlAttribute, xmlText } from '../../model/index.js'

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** STOP elements with mixed content, and the inline Noot: never indented inside, even when they hold only elements (`<Al><ExtIoRef/></Al>`). */
const MIXED = new Set(['Al', 'Wat', 'Term', 'Tussenkop', 'Titel', 'Opschrift', 'Label', 'Nummer', 'Bijschrift', 'Subtitel', 'LiNummer', 'Noot', 'NootNummer'])

export interface El {
  readonly name: string
  /** Namespace URI; absent = the parent's. */
  readonly ns?: string
  readonly attrs?: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}

export type XmlNode = El | string

/** `el('Al', {}, 'tekst')`; attributes whose value is undefined are left out. */
export function el(
  name: string, attrs: Readonly<Record<string, string | undefined>> = {}, ...children: readonly (XmlNode | readonly XmlNode[])[]
): El {
  const a: Record<string, string> = {}
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) a[k] = v
  return { name, attrs: a, children: children.flat() }
}

/** The same element in namespace `ns` (declared as default namespace where it changes). */
export function inNs(ns: string, e: El): El {
  return { ...e, ns }
}

export function serialize(root: El): Uint8Array {
  const out: string[] = [XML_DECLARATION, '\n']
  write(out, root, 0, undefined)
  out.push('\n')
  return Buffer.from(out.join(''), 'utf8')
}

function write(out: string[], e: El, depth: number, parentNs: string | undefined): void {
  const ns = e.ns ?? parentNs
  out.push('<', e.name)
  if (ns !== undefined && ns !== parentNs) out.push(' xmlns="', xmlAttribute(ns), '"')
  for (const [k, v] of Object.entries(e.attrs ?? {})) out.push(' ', k, '="', xmlAttribute(v), '"')
  // An empty text is no content: an element with nothing else is written empty.
  if (!e.children.some((c) => typeof c !== 'string' || c !== '')) {
    out.push('/>')
    return
  }
  out.push('>')
  const mixed = MIXED.has(e.name) || e.children.some((c) => typeof c === 'string')
  for (const c of e.children) {
    if (typeof c === 'string') {
      out.push(xmlText(c))
      continue
    }
    if (!mixed) out.push('\n', '  '.repeat(depth + 1))
    write(out, c, depth + 1, ns)
  }
  if (!mixed) out.push('\n', '  '.repeat(depth))
  out.push('</', e.name, '>')
}

/** An element read from a package (package/xml-tree) as an El: layout whitespace between elements dropped. */
export function fromXmlTree(e: XmlTreeElement): El {
  const mixed = MIXED.has(e.name) || e.children.some((c) => c.kind === 'text' && c.text.trim() !== '')
  const children: XmlNode[] = []
  for (const c of e.children) {
    if (c.kind === 'element') children.push(fromXmlTree(c))
    else if (mixed) children.push(c.text)
  }
  return { name: e.name, attrs: { ...e.attrs }, children }
}
