/**
 * A readable element path for a finding, as product.md §2 shows it (`/AanleveringInformatieObject/…/hash`): local
 * names, with a position only where same-named siblings exist (libxml2's own path uses anonymous `*[n]` steps
 * for elements in a default namespace).
 */
import { XmlElement, type XmlDocument } from 'libxml2-wasm'
import { siblingPosition } from '../xml.js'

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

/** The local name, with the position among same-named siblings where it has any (siblingPosition: no walk per error). */
function step(el: XmlElement): string {
  const position = siblingPosition(el)
  return position === 0 ? el.name : `${el.name}[${position}]`
}
