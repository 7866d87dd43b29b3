/**
 * Test helpers: read an owBestand or manifest-ow back with fast-xml-parser, independently of the writer's own
 * object model.
 */
import { XMLParser } from 'fast-xml-parser'

export interface ReadObject {
  /** Element local name: `Tekstdeel`, `Gebied`, … */
  readonly type: string
  readonly id: string
  readonly wId?: string
  /** Every xlink:href inside the object, by the local name of the element that carries it. */
  readonly refs: readonly { readonly element: string; readonly href: string }[]
  /** Text of each direct or nested simple element, by local name (first occurrence). */
  readonly values: Readonly<Record<string, string[]>>
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true })

const local = (name: string) => name.slice(name.indexOf(':') + 1)
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

export function readOwBestand(bytes: Uint8Array): { root: Record<string, string>; objectTypen: string[]; objects: ReadObject[] } {
  const doc = parser.parse(Buffer.from(bytes).toString('utf8'))
  const root = doc['ow-dc:owBestand']
  const stand = root['sl:standBestand']
  const objectTypen = list<string>(stand['sl:inhoud']['sl:objectTypen']['sl:objectType'])
  const objects = list<Record<string, unknown>>(stand['sl:stand']).map((s) => {
    const owObject = s['ow-dc:owObject'] as Record<string, Record<string, unknown>>
    const [name, el] = Object.entries(owObject)[0] as [string, Record<string, unknown>]
    const refs: { element: string; href: string }[] = []
    const values: Record<string, string[]> = {}
    collect(el, refs, values)
    const idKey = Object.keys(el).find((k) => local(k) === 'identificatie') as string
    return { type: local(name), id: el[idKey] as string, ...(el['@wId'] ? { wId: el['@wId'] as string } : {}), refs, values }
  })
  const attrs = Object.fromEntries(Object.entries(root).filter(([k]) => k.startsWith('@')).map(([k, v]) => [k.slice(1), String(v)]))
  return { root: attrs, objectTypen, objects }
}

function collect(node: unknown, refs: { element: string; href: string }[], values: Record<string, string[]>): void {
  if (node === null || typeof node !== 'object') return
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.startsWith('@')) continue
    for (const item of list(value)) {
      if (typeof item === 'object' && item !== null && '@xlink:href' in item) {
        refs.push({ element: local(key), href: (item as Record<string, string>)['@xlink:href'] as string })
      } else if (typeof item === 'string') {
        ;(values[local(key)] ??= []).push(item)
      } else collect(item, refs, values)
    }
  }
}

export function readManifestOw(bytes: Uint8Array): { root: Record<string, unknown>; bestanden: { naam: string; objecttypen: string[] }[] } {
  const root = parser.parse(Buffer.from(bytes).toString('utf8')).Aanleveringen as Record<string, unknown>
  const aanlevering = root.Aanlevering as Record<string, unknown>
  const bestanden = list(aanlevering.Bestand as Record<string, unknown>[]).map((b) => ({
    naam: b.naam as string,
    objecttypen: list(b.objecttype as string | string[]),
  }))
  return { root, bestanden }
}
