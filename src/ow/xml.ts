/**
 * One owBestand (IMOW_Deelbestand.xsd + standlevering-generiek.xsd) from OW objects (imow-ow.md §3.1), built with
 * XmlLines (text, no DOM). IMOW 3.0 (XSD v2.0.0) has no `schemaversie`; IMOW 3.1 (XSD v3.1.0) carries `schemaversie="v3.1.0"`.
 */
import type { XmlElement as XmlTreeElement } from '../package/xml-tree.js'
import { XmlLines } from '../model/index.js'
import type { Divisieobject, Geometrielocatie, Locatiegroep, OwObject } from './objects.js'
import { objectTypesOf } from './objects.js'

export const NS = {
  owdc: 'http://www.geostandaarden.nl/imow/bestanden/deelbestand',
  sl: 'http://www.geostandaarden.nl/bestanden-ow/standlevering-generiek',
  xlink: 'http://www.w3.org/1999/xlink',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  vt: 'http://www.geostandaarden.nl/imow/vrijetekst',
  l: 'http://www.geostandaarden.nl/imow/locatie',
  ga: 'http://www.geostandaarden.nl/imow/gebiedsaanwijzing',
  rg: 'http://www.geostandaarden.nl/imow/regelingsgebied',
  ow: 'http://www.geostandaarden.nl/imow/owobject',
  op: 'http://www.geostandaarden.nl/imow/opobject',
} as const

/** An object of the previous version to end: its element as read (package/xml-tree: local names, no prefixes). */
export interface BeeindigdObject {
  readonly type: string
  readonly element: XmlTreeElement
}

/** Namespace prefix of each OW element visie writes or reads back (refs live in the namespace of what they point at). */
const PREFIX: Readonly<Record<string, keyof typeof NS>> = {
  Divisie: 'vt', Divisietekst: 'vt', Tekstdeel: 'vt', Hoofdlijn: 'vt', DivisieRef: 'vt', DivisietekstRef: 'vt', HoofdlijnRef: 'vt',
  Gebied: 'l', Gebiedengroep: 'l', Lijn: 'l', Lijnengroep: 'l', Punt: 'l', Puntengroep: 'l', Ambtsgebied: 'l',
  LocatieRef: 'l', GebiedRef: 'l', LijnRef: 'l', PuntRef: 'l', GeometrieRef: 'l',
  Gebiedsaanwijzing: 'ga', GebiedsaanwijzingRef: 'ga', Regelingsgebied: 'rg',
}

/**
 * An ended object (imow-ow.md §3.1): delivered again unchanged, with `status` beëindigen first (`op:status` for
 * Divisie/Divisietekst, else `ow:status`). Element namespaces come from PREFIX, else the parent's.
 */
function writeBeeindigd(out: XmlLines, o: BeeindigdObject): void {
  writeElement(out, o.element, PREFIX[o.element.name] ?? 'vt', true)
}

function writeElement(out: XmlLines, el: XmlTreeElement, inherited: keyof typeof NS, first = false): void {
  const prefix = PREFIX[el.name] ?? inherited
  const attrs: [string, string][] = []
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k === 'href') attrs.push(['xlink:href', v])
    else if (k !== 'schemaLocation' && k !== 'type') attrs.push([k, v])
  }
  const children = el.children.filter((c) => c.kind !== 'text' || c.text.trim() !== '').filter((c) => !(first && c.kind === 'element' && c.name === 'status'))
  const name = `${prefix}:${el.name}`
  if (!first && children.every((c) => c.kind === 'text')) {
    out.text(name, children.map((c) => (c.kind === 'text' ? c.text.trim() : '')), attrs)
    return
  }
  out.start(name, attrs)
  if (first) {
    const status = el.name === 'Divisie' || el.name === 'Divisietekst' ? 'op' : 'ow'
    out.text(`${status}:status`, 'beëindigen')
  }
  for (const c of children) {
    if (c.kind === 'text') out.line(c.text.trim())
    else writeElement(out, c, prefix)
  }
  out.end()
}

export type ImowVersie = '3.0' | '3.1'

/** The XSD set of an IMOW version (imow-ow.md §0). */
export const xsdVersie: Readonly<Record<ImowVersie, string>> = { '3.0': 'v2.0.0', '3.1': 'v3.1.0' }

export function registerUrl(versie: ImowVersie, path: string): string {
  return `https://register.geostandaarden.nl/xmlschema/tpod/${xsdVersie[versie]}/${path}`
}

export interface StandBestand {
  /** sl:dataset, e.g. `Omgevingsvisie gemeente Assen`. */
  readonly dataset: string
  /** sl:gebied, e.g. `Gemeente Assen`. */
  readonly gebied: string
  readonly leveringsId: string
  readonly versie: ImowVersie
  /** 'ontwerp': every object carries `procedurestatus` ontwerp (the OW part of an ontwerpbesluit, imow-ow.md §2.2). */
  readonly procedurestatus?: 'ontwerp'
}

/**
 * The file as text (XmlLines: the bytes xmlbuilder2's pretty printer wrote before, without a DOM of every object —
 * 20 000 Locaties made a DOM of some 300 000 nodes, issue 16 D10b).
 */
export function serializeOwBestand(objects: readonly OwObject[], stand: StandBestand, beeindigd: readonly BeeindigdObject[] = []): Uint8Array {
  const attrs: [string, string][] = [
    ['xmlns:ow-dc', NS.owdc],
    ['xmlns:sl', NS.sl],
    ['xmlns:xlink', NS.xlink],
    ['xmlns:xsi', NS.xsi],
    ['xmlns:vt', NS.vt],
    ['xmlns:l', NS.l],
    ['xmlns:ga', NS.ga],
    ['xmlns:rg', NS.rg],
    ...(beeindigd.length > 0 || stand.procedurestatus ? ([['xmlns:ow', NS.ow], ['xmlns:op', NS.op]] as [string, string][]) : []),
    ['xsi:schemaLocation', `${NS.owdc} ${registerUrl(stand.versie, 'bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd')}`],
    ...(stand.versie === '3.1' ? ([['schemaversie', xsdVersie['3.1']]] as [string, string][]) : []),
  ]
  const out = new XmlLines().start('ow-dc:owBestand', attrs).start('sl:standBestand')
  out.text('sl:dataset', stand.dataset)
  out.start('sl:inhoud').text('sl:gebied', stand.gebied).text('sl:leveringsId', stand.leveringsId)
  out.start('sl:objectTypen')
  for (const t of typesOf(objects, beeindigd)) out.text('sl:objectType', t)
  out.end().end()
  for (const object of objects) {
    out.start('sl:stand').start('ow-dc:owObject')
    writeObject(out, object, stand.procedurestatus)
    out.end().end()
  }
  for (const object of beeindigd) {
    out.start('sl:stand').start('ow-dc:owObject')
    writeBeeindigd(out, object)
    out.end().end()
  }
  return out.toBuffer()
}

/** The object types of a file: those written, then those ended that are not among them (document order). */
export function typesOf(objects: readonly OwObject[], beeindigd: readonly BeeindigdObject[]): string[] {
  const out: string[] = objectTypesOf(objects)
  for (const b of beeindigd) if (!out.includes(b.type)) out.push(b.type)
  return out
}

type Handler<T extends OwObject['type']> = (out: XmlLines, o: Extract<OwObject, { type: T }>) => void
type Handlers = { readonly [T in OwObject['type']]: Handler<T> }

/**
 * One small writer per object type; element order follows the XSD sequences (imow-ow.md §2.2). Each writes the
 * object's content; writeObject opens and closes its element (with procedurestatus first when asked).
 */
const handlers: Handlers = {
  Regelingsgebied: (out, o) => {
    out.text('rg:identificatie', o.id)
    refs(out, 'rg:locatieaanduiding', 'l:LocatieRef', [o.locatie])
  },
  Ambtsgebied: (out, o) => {
    out.text('l:identificatie', o.id).text('l:noemer', o.noemer)
    out.start('l:bestuurlijkeGrenzenVerwijzing').start('l:BestuurlijkeGrenzenVerwijzing')
    out.text('l:bestuurlijkeGrenzenID', o.code).text('l:domein', 'NL.BI.BestuurlijkGebied').text('l:geldigOp', o.geldigOp)
    out.end().end()
  },
  Gebied: (out, o) => geometrielocatie(out, o),
  Lijn: (out, o) => geometrielocatie(out, o),
  Punt: (out, o) => geometrielocatie(out, o),
  Gebiedengroep: (out, o) => locatiegroep(out, o, 'l:GebiedRef'),
  Lijnengroep: (out, o) => locatiegroep(out, o, 'l:LijnRef'),
  Puntengroep: (out, o) => locatiegroep(out, o, 'l:PuntRef'),
  Divisie: (out, o) => divisie(out, o),
  Divisietekst: (out, o) => divisie(out, o),
  Tekstdeel: (out, o) => {
    out.text('vt:identificatie', o.id)
    if (o.idealisatie) out.text('vt:idealisatie', o.idealisatie)
    for (const thema of o.themas) out.text('vt:thema', thema)
    refs(out, 'vt:divisieaanduiding', `vt:${o.divisie.type}Ref`, [o.divisie.id])
    if (o.hoofdlijnen.length > 0) refs(out, 'vt:hoofdlijnaanduiding', 'vt:HoofdlijnRef', o.hoofdlijnen)
    if (o.locaties.length > 0) refs(out, 'vt:locatieaanduiding', 'l:LocatieRef', o.locaties)
    if (o.gebiedsaanwijzingen.length > 0) refs(out, 'vt:gebiedsaanwijzing', 'ga:GebiedsaanwijzingRef', o.gebiedsaanwijzingen)
  },
  Hoofdlijn: (out, o) => {
    out.text('vt:identificatie', o.id).text('vt:soort', o.soort).text('vt:naam', o.naam)
    if (o.gerelateerd.length > 0) refs(out, 'vt:gerelateerdeHoofdlijn', 'vt:HoofdlijnRef', o.gerelateerd)
  },
  Gebiedsaanwijzing: (out, o) => {
    out.text('ga:identificatie', o.id).text('ga:type', o.soort).text('ga:naam', o.naam).text('ga:groep', o.groep)
    refs(out, 'ga:locatieaanduiding', 'l:LocatieRef', o.locaties)
  },
}

/** The element of each object type, with its namespace prefix. */
const ELEMENT: { readonly [T in OwObject['type']]: string } = {
  Regelingsgebied: 'rg:Regelingsgebied', Ambtsgebied: 'l:Ambtsgebied', Gebied: 'l:Gebied', Lijn: 'l:Lijn', Punt: 'l:Punt',
  Gebiedengroep: 'l:Gebiedengroep', Lijnengroep: 'l:Lijnengroep', Puntengroep: 'l:Puntengroep', Divisie: 'vt:Divisie',
  Divisietekst: 'vt:Divisietekst', Tekstdeel: 'vt:Tekstdeel', Hoofdlijn: 'vt:Hoofdlijn', Gebiedsaanwijzing: 'ga:Gebiedsaanwijzing',
}

function writeObject(out: XmlLines, o: OwObject, procedurestatus?: 'ontwerp'): void {
  out.start(ELEMENT[o.type], o.type === 'Divisie' || o.type === 'Divisietekst' ? [['wId', o.wId]] : [])
  // procedurestatus is the first child (after an absent status): ow:OWobject / op:OPobject sequence.
  if (procedurestatus) out.text(`${o.type === 'Divisie' || o.type === 'Divisietekst' ? 'op' : 'ow'}:procedurestatus`, procedurestatus)
  ;(handlers[o.type] as Handler<OwObject['type']>)(out, o as never)
  out.end()
}

function geometrielocatie(out: XmlLines, o: Geometrielocatie): void {
  out.text('l:identificatie', o.id).text('l:noemer', o.noemer)
  out.start('l:geometrie').empty('l:GeometrieRef', [['xlink:href', o.geometrie]]).end()
}

function locatiegroep(out: XmlLines, o: Locatiegroep, ref: string): void {
  out.text('l:identificatie', o.id).text('l:noemer', o.noemer)
  refs(out, 'l:groepselement', ref, o.leden)
}

function divisie(out: XmlLines, o: Divisieobject): void {
  out.text('vt:identificatie', o.id)
}

/** `<container>` with one `<name xlink:href="…"/>` per target (`<container/>` when there are none). */
function refs(out: XmlLines, container: string, name: string, targets: readonly string[]): void {
  out.start(container)
  for (const target of targets) out.empty(name, [['xlink:href', target]])
  out.end()
}
