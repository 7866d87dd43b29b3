/**
 * A small element tree for the besluit writer and its serialisation through xmlbuilder2 (which escapes,
 * once). Indents only element-only content; mixed-content elements (Al, Opschrift, Wat, …) and any element
 * with a text child are written as is, so mixed content never gains whitespace.
 */
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { XmlElement as XmlTreeElement } from '../../package/xml-tree.js'
import { xmlBuilderOptions } from '../../model/index.js'

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
  const doc = create(xmlBuilderOptions)
  emit(doc, root, 0, undefined)
  // The declaration is a constant; xmlbuilder2 would put the root on the same line as it.
  return new TextEncoder().encode(`${XML_DECLARATION}\n${doc.end({ headless: true })}\n`)
}

function emit(parent: XMLBuilder, e: El, depth: number, parentNs: string | undefined): void {
  const ns = e.ns ?? parentNs
  const node = ns === undefined ? parent.ele(e.name, e.attrs) : parent.ele(ns, e.name, e.attrs)
  const mixed = MIXED.has(e.name) || e.children.some((c) => typeof c === 'string')
  for (const c of e.children) {
    if (typeof c === 'string') {
      if (c !== '') node.txt(c)
      continue
    }
    if (!mixed) node.txt(`\n${'  '.repeat(depth + 1)}`)
    emit(node, c, depth + 1, ns)
  }
  if (!mixed && e.children.length > 0) node.txt(`\n${'  '.repeat(depth)}`)
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
