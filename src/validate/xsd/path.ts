/**
 * A readable element path for a finding, as product.md §2 shows it (`/AanleveringInformatieObject/…/hash`): local
 * names, with a position only where same-named siblings exist (libxml2's own path uses anonymous `*[n]` steps
 * for elements in a default namespace).
 */
import { XmlElement, type XmlDocument } from 'libxml2-wasm'

export function readablePath(doc: XmlDocument, libxmlPath: string): string {
  let node
  try {
    node = doc.get(libxmlPath, doc.root.namespaces)
  } catch {
    return libxmlPath
  }
  if (!(node instanceof XmlElement)) return libxmlPath
  const steps: string[] = []
  for (let el: XmlElement | null = node; el; el = el.parent) steps.unshift(step(el))
  return `/${steps.join('/')}`
}

function step(el: XmlElement): string {
  let before = 0
  let after = 0
  for (let s = el.prev; s; s = s.prev) if (same(s, el)) before++
  for (let s = el.next; s; s = s.next) if (same(s, el)) after++
  return before + after === 0 ? el.name : `${el.name}[${before + 1}]`
}

function same(a: unknown, b: XmlElement): boolean {
  return a instanceof XmlElement && a.name === b.name && a.namespaceUri === b.namespaceUri
}
