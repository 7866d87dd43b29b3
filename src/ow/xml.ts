/**
 * One owBestand (IMOW_Deelbestand.xsd + standlevering-generiek.xsd) from OW objects (imow-ow.md §3.1), built with
 * xmlbuilder2. IMOW 3.0 (XSD v2.0.0) has no `schemaversie`; IMOW 3.1 (XSD v3.1.0) carries `schemaversie="v3.1.0"`.
 */
import type { XmlElement as XmlTreeElement } from '../package/xml-tree.js'
import { create } from 'xmlbuilder2'
import { xmlBuilderOptions } from '../model/index.js'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
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
function writeBeeindigd(parent: XMLBuilder, o: BeeindigdObject): void {
  writeElement(parent, o.element, PREFIX[o.element.name] ?? 'vt', true)
}

function writeElement(parent: XMLBuilder, el: XmlTreeElement, inherited: keyof typeof NS, first = false): void {
  const prefix = PREFIX[el.name] ?? inherited
  const e = parent.ele(NS[prefix], `${prefix}:${el.name}`)
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k === 'href') e.att(NS.xlink, 'xlink:href', v)
    else if (k !== 'schemaLocation' && k !== 'type') e.att(k, v)
  }
  if (first) {
    const status = el.name === 'Divisie' || el.name === 'Divisietekst' ? 'op' : 'ow'
    e.ele(NS[status], `${status}:status`).txt('beëindigen')
  }
  for (const c of el.children) {
    if (c.kind === 'text') {
      if (c.text.trim() !== '') e.txt(c.text.trim())
    } else if (!(first && c.name === 'status')) writeElement(e, c, prefix)
  }
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

export function serializeOwBestand(objects: readonly OwObject[], stand: StandBestand, beeindigd: readonly BeeindigdObject[] = []): Uint8Array {
  const attrs: Record<string, string> = {
    'xmlns:ow-dc': NS.owdc,
    'xmlns:sl': NS.sl,
    'xmlns:xlink': NS.xlink,
    'xmlns:xsi': NS.xsi,
    'xmlns:vt': NS.vt,
    'xmlns:l': NS.l,
    'xmlns:ga': NS.ga,
    'xmlns:rg': NS.rg,
    ...(beeindigd.length > 0 || stand.procedurestatus ? { 'xmlns:ow': NS.ow, 'xmlns:op': NS.op } : {}),
    'xsi:schemaLocation': `${NS.owdc} ${registerUrl(stand.versie, 'bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd')}`,
    ...(stand.versie === '3.1' ? { schemaversie: xsdVersie['3.1'] } : {}),
  }
  const doc = create({ version: '1.0', encoding: 'UTF-8', ...xmlBuilderOptions })
  const bestand = doc.ele(NS.owdc, 'ow-dc:owBestand', attrs).ele(NS.sl, 'sl:standBestand')
  bestand.ele(NS.sl, 'sl:dataset').txt(stand.dataset)
  const inhoud = bestand.ele(NS.sl, 'sl:inhoud')
  inhoud.ele(NS.sl, 'sl:gebied').txt(stand.gebied)
  inhoud.ele(NS.sl, 'sl:leveringsId').txt(stand.leveringsId)
  const typen = inhoud.ele(NS.sl, 'sl:objectTypen')
  for (const t of typesOf(objects, beeindigd)) typen.ele(NS.sl, 'sl:objectType').txt(t)
  for (const object of objects) writeObject(bestand.ele(NS.sl, 'sl:stand').ele(NS.owdc, 'ow-dc:owObject'), object, stand.procedurestatus)
  for (const object of beeindigd) writeBeeindigd(bestand.ele(NS.sl, 'sl:stand').ele(NS.owdc, 'ow-dc:owObject'), object)
  return Buffer.from(`${doc.end({ prettyPrint: true, indent: '  ' })}\n`, 'utf8')
}

/** The object types of a file: those written, then those ended that are not among them (document order). */
export function typesOf(objects: readonly OwObject[], beeindigd: readonly BeeindigdObject[]): string[] {
  const out: string[] = objectTypesOf(objects)
  for (const b of beeindigd) if (!out.includes(b.type)) out.push(b.type)
  return out
}

type Handler<T extends OwObject['type']> = (parent: XMLBuilder, o: Extract<OwObject, { type: T }>) => void
type Handlers = { readonly [T in OwObject['type']]: Handler<T> }

/** One small writer per object type; element order follows the XSD sequences (imow-ow.md §2.2). */
const handlers: Handlers = {
  Regelingsgebied: (parent, o) => {
    const e = parent.ele(NS.rg, 'rg:Regelingsgebied')
    e.ele(NS.rg, 'rg:identificatie').txt(o.id)
    refs(e.ele(NS.rg, 'rg:locatieaanduiding'), NS.l, 'l:LocatieRef', [o.locatie])
  },
  Ambtsgebied: (parent, o) => {
    const e = parent.ele(NS.l, 'l:Ambtsgebied')
    e.ele(NS.l, 'l:identificatie').txt(o.id)
    e.ele(NS.l, 'l:noemer').txt(o.noemer)
    const v = e.ele(NS.l, 'l:bestuurlijkeGrenzenVerwijzing').ele(NS.l, 'l:BestuurlijkeGrenzenVerwijzing')
    v.ele(NS.l, 'l:bestuurlijkeGrenzenID').txt(o.code)
    v.ele(NS.l, 'l:domein').txt('NL.BI.BestuurlijkGebied')
    v.ele(NS.l, 'l:geldigOp').txt(o.geldigOp)
  },
  Gebied: (parent, o) => geometrielocatie(parent, o),
  Lijn: (parent, o) => geometrielocatie(parent, o),
  Punt: (parent, o) => geometrielocatie(parent, o),
  Gebiedengroep: (parent, o) => locatiegroep(parent, o, 'l:GebiedRef'),
  Lijnengroep: (parent, o) => locatiegroep(parent, o, 'l:LijnRef'),
  Puntengroep: (parent, o) => locatiegroep(parent, o, 'l:PuntRef'),
  Divisie: (parent, o) => divisie(parent, o),
  Divisietekst: (parent, o) => divisie(parent, o),
  Tekstdeel: (parent, o) => {
    const e = parent.ele(NS.vt, 'vt:Tekstdeel')
    e.ele(NS.vt, 'vt:identificatie').txt(o.id)
    if (o.idealisatie) e.ele(NS.vt, 'vt:idealisatie').txt(o.idealisatie)
    for (const thema of o.themas) e.ele(NS.vt, 'vt:thema').txt(thema)
    refs(e.ele(NS.vt, 'vt:divisieaanduiding'), NS.vt, `vt:${o.divisie.type}Ref`, [o.divisie.id])
    if (o.hoofdlijnen.length > 0) refs(e.ele(NS.vt, 'vt:hoofdlijnaanduiding'), NS.vt, 'vt:HoofdlijnRef', o.hoofdlijnen)
    if (o.locaties.length > 0) refs(e.ele(NS.vt, 'vt:locatieaanduiding'), NS.l, 'l:LocatieRef', o.locaties)
    if (o.gebiedsaanwijzingen.length > 0) {
      refs(e.ele(NS.vt, 'vt:gebiedsaanwijzing'), NS.ga, 'ga:GebiedsaanwijzingRef', o.gebiedsaanwijzingen)
    }
  },
  Hoofdlijn: (parent, o) => {
    const e = parent.ele(NS.vt, 'vt:Hoofdlijn')
    e.ele(NS.vt, 'vt:identificatie').txt(o.id)
    e.ele(NS.vt, 'vt:soort').txt(o.soort)
    e.ele(NS.vt, 'vt:naam').txt(o.naam)
    if (o.gerelateerd.length > 0) refs(e.ele(NS.vt, 'vt:gerelateerdeHoofdlijn'), NS.vt, 'vt:HoofdlijnRef', o.gerelateerd)
  },
  Gebiedsaanwijzing: (parent, o) => {
    const e = parent.ele(NS.ga, 'ga:Gebiedsaanwijzing')
    e.ele(NS.ga, 'ga:identificatie').txt(o.id)
    e.ele(NS.ga, 'ga:type').txt(o.soort)
    e.ele(NS.ga, 'ga:naam').txt(o.naam)
    e.ele(NS.ga, 'ga:groep').txt(o.groep)
    refs(e.ele(NS.ga, 'ga:locatieaanduiding'), NS.l, 'l:LocatieRef', o.locaties)
  },
}

function writeObject(parent: XMLBuilder, o: OwObject, procedurestatus?: 'ontwerp'): void {
  ;(handlers[o.type] as Handler<OwObject['type']>)(parent, o as never)
  if (!procedurestatus) return
  // procedurestatus is the first child (after an absent status): ow:OWobject / op:OPobject sequence.
  const object = parent.first()
  const prefix = o.type === 'Divisie' || o.type === 'Divisietekst' ? 'op' : 'ow'
  const status = object.ele(NS[prefix], `${prefix}:procedurestatus`).txt(procedurestatus)
  object.node.insertBefore(status.node, object.node.firstChild)
}

function geometrielocatie(parent: XMLBuilder, o: Geometrielocatie): void {
  const e = parent.ele(NS.l, `l:${o.type}`)
  e.ele(NS.l, 'l:identificatie').txt(o.id)
  e.ele(NS.l, 'l:noemer').txt(o.noemer)
  e.ele(NS.l, 'l:geometrie').ele(NS.l, 'l:GeometrieRef').att(NS.xlink, 'xlink:href', o.geometrie)
}

function locatiegroep(parent: XMLBuilder, o: Locatiegroep, ref: string): void {
  const e = parent.ele(NS.l, `l:${o.type}`)
  e.ele(NS.l, 'l:identificatie').txt(o.id)
  e.ele(NS.l, 'l:noemer').txt(o.noemer)
  refs(e.ele(NS.l, 'l:groepselement'), NS.l, ref, o.leden)
}

function divisie(parent: XMLBuilder, o: Divisieobject): void {
  parent.ele(NS.vt, `vt:${o.type}`, { wId: o.wId }).ele(NS.vt, 'vt:identificatie').txt(o.id)
}

function refs(parent: XMLBuilder, ns: string, name: string, targets: readonly string[]): void {
  for (const target of targets) parent.ele(ns, name).att(NS.xlink, 'xlink:href', target)
}
