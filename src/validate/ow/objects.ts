/**
 * What the ow rules read: every OW object (ow-dc:owBestand/sl:stand/ow-dc:owObject/*) with its type, identificatie,
 * references (xlink:href) and place; each file's sl:objectTypen; the STOP wIds the OW Divisie(tekst)en may point
 * at; the regeling's soortRegeling. Computed once per view.
 *
 * An OW file of TEXT_FROM_BYTES or more is read from its text (objects-text.ts) where that reads it exactly as libxml2
 * does, and otherwise through libxml2 as every other file (readParsed).
 */
import { XmlElement } from 'libxml2-wasm'
import { entrySize } from '../layer.js'
import { perView, type PackageView } from '../view.js'
import { compiled, elements, ns, placeOf as place, text, type Place } from '../xml.js'
import { readText } from './objects-text.js'
import { ValueList, type Places } from './values.js'

export type { Place } from '../xml.js'

export interface OwRef {
  /** Local name of the referring element: LocatieRef, GebiedRef, DivisietekstRef, GeometrieRef, … */
  readonly kind: string
  /** Local name of the element that holds the ref list: locatieaanduiding, gebiedsaanwijzing, groepselement, … */
  readonly via: string
  readonly href: string
  readonly at: Place
}

export interface OwObject {
  /** Local name: Gebied, Gebiedengroep, Tekstdeel, Regelingsgebied, … */
  readonly type: string
  readonly identificatie: string
  readonly wId?: string
  readonly refs: readonly OwRef[]
  /** Child element texts by local name (thema may repeat). */
  readonly values: OwValues
  readonly at: Place
}

/** An object's child element texts by local name, each with its place. */
export interface OwValues {
  get(name: string): readonly { readonly value: string; readonly at: Place }[] | undefined
  has(name: string): boolean
  /** The names that have a value, in document order, each once. */
  names(): readonly string[]
}

export interface OwFile {
  readonly file: string
  readonly objectTypen: readonly string[]
  readonly at: Place
}

export interface StopText {
  /** wId → 'Divisie' | 'Divisietekst' and whether it lies in a Bijlage/Toelichting rather than the Lichaam. */
  readonly wIds: ReadonlyMap<string, { readonly type: string; readonly inLichaam: boolean }>
  readonly soortRegeling?: string
}

export interface OwSide {
  readonly files: readonly OwFile[]
  readonly objects: readonly OwObject[]
  readonly byId: ReadonlyMap<string, OwObject>
  readonly stop: StopText
}

export const owSide: (view: PackageView) => OwSide = perView(read)

/** An object delivered to be ended (`status` beëindigen, imow-ow.md §3.1): it refers to what the previous version had. */
export function isBeeindigd(o: OwObject): boolean {
  return o.values.get('status')?.[0]?.value === 'beëindigen'
}

/**
 * Whether the package's besluit changes an existing regeling (a RegelingMutatie): its OW part then delivers only what
 * changes, and refs may name objects delivered earlier.
 */
export const isMutatie: (view: PackageView) => boolean = perView((view) =>
  view.withRole('besluit').some((b) => (view.xml(b)?.root.find('//*[local-name()="RegelingMutatie"]').length ?? 0) > 0),
)

function read(view: PackageView): OwSide {
  const files: OwFile[] = []
  const objects: OwObject[] = []
  for (const file of view.withRole('ow')) {
    const entry = view.file(file)
    const fromText = entry !== undefined && entrySize(entry) >= TEXT_FROM_BYTES ? readText(view, file, objects) : undefined
    const owFile = fromText ?? readParsed(view, file, objects)
    if (owFile) files.push(owFile)
  }
  const byId = new Map<string, OwObject>()
  for (const o of objects) if (!byId.has(o.identificatie)) byId.set(o.identificatie, o)
  return { files, objects, byId, stop: readStop(view) }
}

/**
 * Below this size libxml2's parse and walk of an OW file (a few hundred objects) cost less than the first, not yet
 * optimised run of the text reader: the OW files of the Assen package took 14 ms through libxml2 against 19 ms from
 * the text (medians of eight); from 256 kB on the text reader is faster (1 MB: 41 against 77–120 ms).
 */
const TEXT_FROM_BYTES = 256 * 1024

/**
 * An OW file through libxml2 (view.xml); undefined when it is not well-formed (the xsd layer says why). Exported for
 * the test that holds it against readText (objects-text.ts).
 */
export function readParsed(view: PackageView, file: string, objects: OwObject[]): OwFile | undefined {
  const doc = view.xml(file)
  if (!doc) return undefined
  const typen = elements(doc, '//sl:inhoud/sl:objectTypen')[0]
  const places: Places<XmlElement> = { placeOf: (el) => place(file, el) }
  for (const el of elements(doc, '//owdc:owObject/*')) objects.push(readObject(file, places, el))
  return { file, objectTypen: typen ? elements(typen, 'sl:objectType').map((t) => t.content.trim()) : [], at: place(file, typen ?? doc.root) }
}

function readObject(file: string, places: Places<XmlElement>, el: XmlElement): OwObject {
  const flat: (string | XmlElement)[] = []
  for (let c = el.firstChild; c; c = c.next) {
    if (!(c instanceof XmlElement) || c.firstChild instanceof XmlElement) continue
    flat.push(interned(c.name), c.content.trim(), c)
  }
  const values = new ValueList(places, flat)
  const refs: OwRef[] = []
  for (const r of descendants(el)) {
    // What `@xlink:href` selects: href in the XLink namespace, under whatever prefix.
    const href = r.attrs.find((a) => a.name === 'href' && a.namespaceUri === ns.xlink)
    if (href !== undefined) refs.push({ kind: interned(r.name), via: interned(r.parent?.name ?? ''), href: href.value, at: place(file, r) })
  }
  const wId = el.attr('wId')?.value
  return {
    type: interned(el.name),
    identificatie: values.first('identificatie') ?? '',
    ...(wId !== undefined ? { wId } : {}),
    refs,
    values,
    at: place(file, el),
  }
}

/**
 * One string per element name: every read of a name decodes a new string from libxml2's memory, and 150 000 objects
 * each kept their type, value keys and ref names.
 */
const names = new Map<string, string>()
/** IMOW has a few hundred element names; a package of made-up names does not grow the table past this. */
const MAX_NAMES = 10_000
function interned(name: string): string {
  const known = names.get(name)
  if (known !== undefined) return known
  if (names.size < MAX_NAMES) names.set(name, name)
  return name
}

/**
 * The descendant elements of `el` in document order (what `.//*` selects): a walk, not an XPath per object, which was
 * most of reading 100 000 OW objects.
 */
function* descendants(el: XmlElement): Generator<XmlElement> {
  for (let c = el.firstChild; c; c = c.next) {
    if (!(c instanceof XmlElement)) continue
    yield c
    yield* descendants(c)
  }
}

function readStop(view: PackageView): StopText {
  const wIds = new Map<string, { type: string; inLichaam: boolean }>()
  let soortRegeling: string | undefined
  for (const file of view.withRole('besluit')) {
    const doc = view.xml(file)
    if (!doc) continue
    soortRegeling ??= text(doc, '//data:RegelingMetadata/data:soortRegeling')
    for (const el of elements(doc, '//tekst:WijzigBijlage//tekst:Divisie | //tekst:WijzigBijlage//tekst:Divisietekst')) {
      const wId = el.attr('wId')?.value
      if (!wId) continue
      const inLichaam = el.find(compiled('ancestor::tekst:Bijlage | ancestor::tekst:Toelichting | ancestor::tekst:ArtikelgewijzeToelichting')).length === 0
      wIds.set(wId, { type: el.name, inLichaam })
    }
  }
  return { wIds, ...(soortRegeling ? { soortRegeling } : {}) }
}
