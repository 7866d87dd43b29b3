/** XPath over a written besluit for the tests (libxml2-wasm), with the lvbba/data/tekst prefixes bound. */
import { XmlDocument } from 'libxml2-wasm'

export const ns = {
  a: 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/',
  d: 'https://standaarden.overheid.nl/stop/imop/data/',
  t: 'https://standaarden.overheid.nl/stop/imop/tekst/',
}

export interface Query {
  /** The string values of the nodes the path selects (element content or attribute value). */
  all(path: string): string[]
  one(path: string): string | undefined
  count(path: string): number
  dispose(): void
}

export function query(bytes: Uint8Array): Query {
  const doc = XmlDocument.fromBuffer(bytes)
  return {
    all: (path) => doc.find(path, ns).map((n) => n.content),
    one: (path) => doc.get(path, ns)?.content,
    count: (path) => doc.find(path, ns).length,
    dispose: () => doc.dispose(),
  }
}
