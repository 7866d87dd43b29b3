/**
 * What the first bytes of an XML file say: its root element (rootInHead) and the role in a delivery package that root
 * gives it (roleOfRoot). Pure text work, no parser: the package view, the xsd layer and the preview ask it before (or
 * instead of) parsing a file.
 */

/** The role of a package file, from its root element (or its name: a GML). */
export type FileRole = 'opdracht' | 'manifest' | 'besluit' | 'io' | 'gml' | 'manifest-ow' | 'ow' | 'xml' | 'other'

const ROOTS: Readonly<Record<string, FileRole>> = {
  'http://www.overheid.nl/2017/lvbb publicatieOpdracht': 'opdracht',
  'http://www.overheid.nl/2017/lvbb validatieOpdracht': 'opdracht',
  'http://www.overheid.nl/2017/lvbb manifest': 'manifest',
  'https://standaarden.overheid.nl/lvbb/stop/aanlevering/ AanleveringBesluit': 'besluit',
  'https://standaarden.overheid.nl/lvbb/stop/aanlevering/ AanleveringInformatieObject': 'io',
  'http://www.geostandaarden.nl/bestanden-ow/manifest-ow Aanleveringen': 'manifest-ow',
  'http://www.geostandaarden.nl/imow/bestanden/deelbestand owBestand': 'ow',
}

/** The role a root element gives a file; undefined for a root that is not one of a delivery's own files (or none). */
export function roleOfRoot(root: { readonly namespaceUri: string; readonly name: string } | undefined): FileRole | undefined {
  return root === undefined ? undefined : ROOTS[`${root.namespaceUri} ${root.name}`]
}

const PROLOG = /(?:\s+|<\?[^]*?\?>|<!--[^]*?-->)*/y
const START_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*\/?>/y
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/**
 * The root element's namespace and local name from the first bytes of an XML file; undefined when they do not show it
 * (a DOCTYPE, a start tag that runs past them, a prefix bound nowhere in it, a reference in a namespace name).
 */
export function rootInHead(head: Uint8Array): { readonly namespaceUri: string; readonly name: string } | undefined {
  const text = new TextDecoder('utf-8').decode(head)
  PROLOG.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0
  PROLOG.exec(text)
  START_TAG.lastIndex = PROLOG.lastIndex
  const tag = START_TAG.exec(text)
  if (tag === null) return undefined
  const qname = tag[1] as string
  const colon = qname.indexOf(':')
  const prefix = colon < 0 ? '' : qname.slice(0, colon)
  const declares = prefix === '' ? 'xmlns' : `xmlns:${prefix}`
  let namespaceUri = prefix === '' ? '' : undefined
  for (const a of (tag[2] ?? '').matchAll(ATTRIBUTE)) if (a[1] === declares) namespaceUri = a[2] ?? a[3] ?? ''
  if (namespaceUri === undefined || namespaceUri.includes('&')) return undefined
  return { namespaceUri, name: colon < 0 ? qname : qname.slice(colon + 1) }
}
