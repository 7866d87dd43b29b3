/**
 * readVorige: the previous version of the visie (`--wijzigt VORIGE`, `visie intrek VORIGE`, `visie diff VORIGE`):
 * a ZIP or folder delivered earlier (visie's own, or any LVBB delivery whose WijzigBijlage holds the whole
 * RegelingVrijetekst), or a folder in the shape of a DSO download (Regeling/, IO and OW subfolders, read
 * recursively). Out: the regeling as model (eId/wId as delivered), its identifiers, the GIO versions with their
 * GML, the images by file name, and the OW objects by identificatie. A wijzigingsbesluit package (RegelingMutatie only) is refused: it does
 * not hold the whole previous text.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { InputError, type RegelingVrijetekst } from '../model/index.js'
import { readPackage } from '../package/read.js'
import { type XmlElement, canonical, child, childText, elements, findFirst, isLargeOwFile, parseXml, readXmlParts, textOf } from '../package/xml-tree.js'
import { readRegelingVrijetekst } from '../parse/read-stop.js'
import { HEAD_BYTES } from '../validate/layer.js'

export interface VorigeGio {
  /** naamInformatieObject (or the work when the IO does not say). */
  readonly naam: string
  readonly work: string
  readonly expression: string
  readonly gmlBestand: string
  readonly gml: Uint8Array
}

export interface VorigeOwObject {
  readonly identificatie: string
  /** The object's element name (`Divisietekst`, `Gebied`, `Hoofdlijn`, …) and its namespace prefix in the file. */
  readonly type: string
  /** Canonical form for comparison: the element without whitespace between elements. */
  readonly canonical: string
  readonly element: XmlElement
  /** The owBestand it came from. */
  readonly bestand: string
}

export interface Vorige {
  /** As the user gave it. */
  readonly source: string
  readonly regeling: RegelingVrijetekst
  readonly componentnaam: string
  readonly regelingWork: string
  readonly regelingExpression: string
  readonly besluitWork?: string
  readonly doel?: string
  readonly gios: readonly VorigeGio[]
  readonly ow: readonly VorigeOwObject[]
  /** The delivered tekst:RegelingVrijetekst itself, for the renvooi. */
  readonly regelingXml: XmlElement
  /**
   * The images delivered with it, by file name: a wijziging that shows one of them (in a Verwijder, or on the old side
   * of a Vervang) delivers it again (LVBB4038).
   */
  readonly afbeeldingen: ReadonlyMap<string, Uint8Array>
}

interface Entry {
  readonly name: string
  readonly bytes: Uint8Array
}

export async function readVorige(path: string): Promise<Vorige> {
  const entries = await readEntries(path)
  // Every tree read here is an .xml file (besluit, IO, OW); a GIO's GML is used as bytes only (readGios): its tree, of
  // a 74 MB GML, held at once with the rest, brought `visie intrek` of a package of 90 000 Locaties to 1.56 GB.
  const trees = entries
    .filter((e) => /\.xml$/i.test(e.name))
    .map((e) => ({ entry: e, root: treeOf(e) }))
    .filter((t): t is { entry: Entry; root: XmlElement } => t.root !== undefined)
  const withRegeling = trees.map((t) => ({ ...t, regeling: findFirst(t.root, 'RegelingVrijetekst') })).find((t) => t.regeling)
  if (!withRegeling?.regeling) {
    const mutatie = trees.some((t) => findFirst(t.root, 'RegelingMutatie'))
    throw new InputError(mutatie
      ? `${path} is een wijzigingsbesluit (RegelingMutatie): dat bevat niet de hele vorige tekst. Geef het eerste besluit of een download van de geldende regeling uit het DSO.`
      : `In ${path} staat geen tekst:RegelingVrijetekst; verwacht het eerder aangeleverde pakket (ZIP of map) of een download van de regeling uit het DSO.`)
  }
  const r = withRegeling.regeling
  const versie = findFirst(withRegeling.root, 'RegelingVersieInformatie')
  const regelingExpression = r.attrs.wordt ?? childText(findFirst(versie ?? r, 'ExpressionIdentificatie'), 'FRBRExpression') ?? ''
  if (regelingExpression === '') throw new InputError(`In ${path} staat de expressie van de regeling niet (RegelingVrijetekst/@wordt).`)
  const besluit = findFirst(withRegeling.root, 'BesluitVersie')
  const besluitWork = childText(findFirst(besluit ?? r, 'ExpressionIdentificatie'), 'FRBRWork')
  const doel = besluit ? childText(findFirst(besluit, 'doelen'), 'doel') : undefined
  return {
    source: path,
    regeling: readRegelingVrijetekst(r),
    regelingXml: r,
    componentnaam: r.attrs.componentnaam ?? 'omgevingsvisie',
    regelingWork: regelingExpression.slice(0, regelingExpression.lastIndexOf('/')),
    regelingExpression,
    ...(besluit && besluitWork ? { besluitWork } : {}),
    ...(doel ? { doel } : {}),
    gios: readGios(trees, entries),
    ow: trees.flatMap((t) => (t.root.name === 'owBestand' ? owObjects(t.root, t.entry.name) : [])),
    afbeeldingen: new Map(entries.filter((e) => IMAGE.test(e.name)).map((e) => [baseName(e.name), e.bytes])),
  }
}

/**
 * The tree of an XML file; a large OW file object by object (readXmlParts: the owObjects are all that is read of it),
 * which for an owLocaties.xml of 90 000 Locaties holds a third less than one tree of the whole file.
 */
function treeOf(e: Entry): XmlElement | undefined {
  if (!isLargeOwFile(e.bytes.length, e.bytes.subarray(0, HEAD_BYTES))) return parseXml(e.bytes)
  const { root, error } = readXmlParts(e.bytes, 'owBestand', 'owObject')
  return error === undefined ? root : undefined
}

/** The image formats a publication may hold (LVBB1017). */
const IMAGE = /\.(png|jpe?g)$/i

function readGios(trees: readonly { entry: Entry; root: XmlElement }[], entries: readonly Entry[]): VorigeGio[] {
  const byName = new Map(entries.map((e) => [baseName(e.name), e]))
  return trees.flatMap(({ root }) => {
    const versie = findFirst(root, 'InformatieObjectVersie')
    if (!versie) return []
    const id = findFirst(versie, 'ExpressionIdentificatie')
    const work = childText(id, 'FRBRWork') ?? ''
    const expression = childText(id, 'FRBRExpression') ?? ''
    const bestandsnaam = childText(findFirst(versie, 'Bestand'), 'bestandsnaam') ?? ''
    const gml = byName.get(baseName(bestandsnaam))
    if (!work.startsWith('/join/id/regdata/') || !gml) return []
    const naam = childText(findFirst(versie, 'InformatieObjectMetadata'), 'naamInformatieObject') ?? work
    return [{ naam, work, expression, gmlBestand: baseName(bestandsnaam), gml: gml.bytes }]
  })
}

/** The objects of an owBestand: each sl:stand's ow-dc:owObject child, keyed by its identificatie. */
function owObjects(root: XmlElement, bestand: string): VorigeOwObject[] {
  const out: VorigeOwObject[] = []
  for (const stand of findAllNamed(root, 'owObject')) {
    for (const o of elements(stand)) {
      const identificatie = textOf(child(o, 'identificatie'))
      if (identificatie === '') continue
      out.push({ identificatie, type: o.name, canonical: canonical(o), element: o, bestand: baseName(bestand) })
    }
  }
  return out
}

function findAllNamed(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(e)) {
    if (c.name === name) out.push(c)
    else findAllNamed(c, name, out)
  }
  return out
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}

/** A ZIP through the package reader (its safety checks); a folder recursively (a DSO download has subfolders). */
async function readEntries(path: string): Promise<Entry[]> {
  const s = await stat(path).catch(() => {
    throw new InputError(`De vorige versie '${path}' bestaat niet of is niet leesbaar.`)
  })
  if (!s.isDirectory()) {
    const pkg = await readPackage(path)
    if (pkg.entries.length === 0) throw new InputError(`De vorige versie '${path}' is geen leesbaar pakket.`)
    return [...pkg.entries]
  }
  const out: Entry[] = []
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 4) return
    const dirents = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const d of dirents) {
      const full = join(dir, d.name)
      if (d.isDirectory()) await walk(full, depth + 1)
      else if (d.isFile() && (/\.(xml|gml)$/i.test(d.name) || IMAGE.test(d.name))) out.push({ name: relative(path, full), bytes: await readFile(full) })
    }
  }
  await walk(path, 0)
  return out
}
