/**
 * What the preview needs from a package (anyone's, not only visie's): the besluit (via opdracht.xml `publicatie`
 * or by root element lvbba:AanleveringBesluit), the informatieobjecten with their GML geometry, the images, and
 * the OW files. Reading only; problems become "not shown" rather than exceptions.
 */
import { entryHead, entrySize, LARGE_ENTRY_BYTES, type PackageContents, type PackageEntry } from '../validate/layer.js'
import { rootInHead } from '../validate/xml-head.js'
import { type GioGml, hasShapes, readGioGml, readLargeGioGml } from './gml.js'
import { type XmlElement, childText, decodeUtf8, findAll, findFirst, isLargeOwFile, readXml, readXmlParts, textOf } from '../package/xml-tree.js'

export interface Informatieobject {
  /** Anchor of its section in the page: `gio-1`, `gio-2`, … in package order. */
  readonly anchor: string
  readonly naam: string
  readonly expression?: string
  readonly work?: string
  /** The IO XML (AanleveringInformatieObject), when present. */
  readonly ioFile?: string
  /** The data file (GML, PDF) the IO names. */
  readonly dataFile?: string
  readonly formaat?: string
  readonly gml?: GioGml
}

export interface PackageView {
  readonly source: string
  readonly besluitFile?: string
  readonly besluitText?: string
  readonly besluit?: XmlElement
  readonly opdracht?: { readonly soort: string; readonly fields: readonly (readonly [string, string])[] }
  readonly informatieobjecten: readonly Informatieobject[]
  /** Entry name → entry, for images and lookups (its bytes read on use: a large entry is not held). */
  readonly entries: ReadonlyMap<string, PackageEntry>
  /** OW files (root owBestand), parsed. */
  readonly owFiles: readonly { readonly name: string; readonly root: XmlElement }[]
  /** XML files that are not well-formed or too deep to read, with the reason (`regel 3: …`); shown as far as read. */
  readonly unreadable: readonly (readonly [string, string])[]
}

export function readPackageView(pkg: PackageContents): PackageView {
  const entries = new Map(pkg.entries.map((e) => [e.name, e]))
  const xmlRoots = new Map<string, XmlElement>()
  const largeGml = new Map<string, PackageEntry>()
  const unreadable: [string, string][] = []
  for (const e of pkg.entries) {
    if (!/\.(xml|gml)$/i.test(e.name)) continue
    // A large GIO is read by the geometry scanner, not into a tree (readLargeGioGml).
    if (entrySize(e) >= LARGE_ENTRY_BYTES && isGioHead(e)) {
      largeGml.set(e.name, e)
      continue
    }
    // A large OW file is read object by object (readXmlParts): the preview needs its OW objects only.
    const { root, error } = isLargeOwFile(entrySize(e), entryHead(e)) ? readXmlParts(e.bytes, 'owBestand', 'owObject') : readXml(e.bytes)
    if (root) xmlRoots.set(e.name, root)
    if (error) unreadable.push([e.name, error])
  }
  const opdracht = findOpdracht(xmlRoots)
  const besluitFile = pickBesluit(xmlRoots, opdracht?.publicatie)
  const besluitEntry = pkg.entries.find((e) => e.name === besluitFile)
  return {
    source: pkg.source,
    besluitFile,
    besluitText: besluitEntry ? decodeUtf8(besluitEntry.bytes) : undefined,
    besluit: besluitFile ? xmlRoots.get(besluitFile) : undefined,
    opdracht: opdracht && { soort: opdracht.soort, fields: opdracht.fields },
    informatieobjecten: readInformatieobjecten(pkg.entries, xmlRoots, largeGml),
    entries,
    owFiles: [...xmlRoots].filter(([, root]) => root.name === 'owBestand').map(([name, root]) => ({ name, root })),
    unreadable,
  }
}

function findOpdracht(roots: ReadonlyMap<string, XmlElement>) {
  const root = roots.get('opdracht.xml') ?? [...roots.values()].find((r) => /^(publicatie|validatie)Opdracht$/.test(r.name))
  if (!root || !/Opdracht$/.test(root.name)) return undefined
  const fields = root.children
    .filter((c): c is XmlElement => c.kind === 'element')
    .map((c) => [c.name, textOf(c)] as const)
  return { soort: root.name, publicatie: childText(root, 'publicatie'), fields }
}

function pickBesluit(roots: ReadonlyMap<string, XmlElement>, publicatie: string | undefined): string | undefined {
  if (publicatie && roots.get(publicatie)?.name === 'AanleveringBesluit') return publicatie
  for (const [name, root] of roots) if (root.name === 'AanleveringBesluit') return name
  return undefined
}

/** Whether an entry's start tag is a GIO's (geo:GeoInformatieObjectVaststelling), from its first bytes. */
function isGioHead(e: PackageEntry): boolean {
  const root = rootInHead(entryHead(e))
  return root?.namespaceUri === GEO_NS && root.name === 'GeoInformatieObjectVaststelling'
}

const GEO_NS = 'https://standaarden.overheid.nl/stop/imop/geo/'


function readInformatieobjecten(entries: readonly PackageEntry[], roots: ReadonlyMap<string, XmlElement>, largeGml: ReadonlyMap<string, PackageEntry>): Informatieobject[] {
  const out: Informatieobject[] = []
  const usedData = new Set<string>()
  const largeOf = (name: string | undefined) => {
    const entry = name === undefined ? undefined : largeGml.get(name)
    return entry && readLargeGioGml(entry)
  }
  for (const [name, root] of roots) {
    if (root.name !== 'AanleveringInformatieObject') continue
    const meta = findFirst(root, 'InformatieObjectMetadata')
    const dataFile = childText(findFirst(root, 'Bestand'), 'bestandsnaam')
    const gmlRoot = dataFile ? roots.get(dataFile) : undefined
    if (dataFile) usedData.add(dataFile)
    out.push({
      anchor: '',
      naam: childText(meta, 'naamInformatieObject') ?? childText(meta, 'officieleTitel') ?? name,
      expression: childText(findFirst(root, 'ExpressionIdentificatie'), 'FRBRExpression'),
      work: childText(findFirst(root, 'ExpressionIdentificatie'), 'FRBRWork'),
      ioFile: name,
      dataFile,
      formaat: childText(meta, 'formaatInformatieobject'),
      gml: gmlRoot && hasShapes(gmlRoot) ? readGioGml(gmlRoot) : largeOf(dataFile),
    })
  }
  // GML without an IO XML (incomplete packages) is still drawn.
  for (const e of entries) {
    const root = roots.get(e.name)
    if (usedData.has(e.name) || ((!root || root.name !== 'GeoInformatieObjectVaststelling') && !largeGml.has(e.name))) continue
    const gml = root ? readGioGml(root) : readLargeGioGml(e)
    out.push({ anchor: '', naam: e.name, expression: gml.expression, work: gml.work, dataFile: e.name, gml })
  }
  return out.map((io, i) => ({ ...io, anchor: `gio-${i + 1}` }))
}

/** All `ExtIoRef` targets in the besluit, by wId and eId: the IntIoRef@ref points at one of them. */
export function extIoRefTargets(besluit: XmlElement | undefined): Map<string, string> {
  const map = new Map<string, string>()
  if (!besluit) return map
  for (const ref of findAll(besluit, new Set(['ExtIoRef']))) {
    const target = ref.attrs.ref ?? textOf(ref)
    if (ref.attrs.wId) map.set(ref.attrs.wId, target)
    if (ref.attrs.eId && !map.has(ref.attrs.eId)) map.set(ref.attrs.eId, target)
  }
  return map
}

