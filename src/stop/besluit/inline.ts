/**
 * Inline model nodes → STOP mixed content (Al, Opschrift, Wat, Term): Text as text (serialize escapes
 * it once, typography ‘ ’ “ ” € & kept), IntRef, ExtIoRef (text = @ref, no whitespace: STOP0012/LVBB3517)
 * IntIoRef and Noot (at its mark, with NootNummer and its Al). Adjacent text nodes are merged so the output has no needless splits.
 */
import type { Inline } from '../../model/index.js'
import { el, type XmlNode } from './xml.js'

export function inlineNodes(inlines: readonly Inline[]): XmlNode[] {
  const out: XmlNode[] = []
  for (const i of inlines) {
    const node = inlineNode(i)
    const last = out[out.length - 1]
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node
    else out.push(node)
  }
  return out
}

function inlineNode(i: Inline): XmlNode {
  switch (i.type) {
    case 'text':
      return i.value
    case 'intRef':
      // An unresolved IntRef is reported by the ids pass (STOP0010); its text stays, without a broken element.
      return i.ref === undefined ? i.value : el('IntRef', { ref: i.ref }, i.value)
    case 'extIoRef':
      return el('ExtIoRef', { eId: i.eId, wId: i.wId, ref: i.ref.trim() }, i.ref.trim())
    case 'intIoRef':
      return i.ref === undefined ? i.value : el('IntIoRef', { eId: i.eId, wId: i.wId, ref: i.ref }, i.value)
    case 'opmaak':
      return el(i.element, {}, inlineNodes(i.children))
    case 'noot':
      return el('Noot', { id: i.id, type: 'voet' }, el('NootNummer', {}, i.nummer), ...i.children.map((a) => el('Al', {}, inlineNodes(a.children))))
  }
}

/** Plain text of an inline run (for titles and checks). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'extIoRef' ? i.ref : i.type === 'opmaak' ? plainText(i.children) : i.type === 'noot' ? '' : i.value)).join('')
}
