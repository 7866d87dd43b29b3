/**
 * The rules of STOP 1.3.0 imop-geo.sch in TypeScript (ported.ts says how a port is used and why it reports what the
 * official run reports; issue 16 D10b: saxon-js spent ~0.45 ms and ~30 kB of tree per Locatie, 20 000 Locaties cost
 * 11 s and 760 MB). Runs on the GIO as prune-gml.ts reduced it for this file, as the official run would.
 *
 * Why this gives the report the official run gives (same codes, messages, paths and lines, same order):
 * - Each rule context, test and value-of of the rule file is implemented as XPath defines it (comments below) on the
 *   same text the official run would read, in the order of the compiled stylesheet: pattern by pattern, context nodes
 *   in document order, asserts in rule order.
 * - Without geo:groepen, the patterns sch_geo_004 and sch_geo_005 have no context node, and STOP3001's lookup of
 *   `../../../geo:groepen` is empty: those are the only places where the Groep lists are read. A GIO with geo:groepen
 *   is left to the official file (STOP3003–STOP3005 are not ported).
 * The tests (test/validate/schematron/imop-geo.test.ts, ports.test.ts) run both on GIOs with each kind of defect, also
 * at Locatie 15 000 of 16 000, and on every GIO of the real packages.
 */
import { createHash } from 'node:crypto'
import { allElements, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { Failures, NotPorted, readMessages, type Message } from './ported.js'
import type { RawFailure } from './report.js'
import { BASISGEO, GEO, GML } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-geo.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_GEO = 'd9c08e0e40523f9122d686cab4e82521acde48baa17257062f89b50b0b065567'

const messagesByText = new Map<string, Map<string, Message> | null>()

/** The messages of the rule file by assert id, when it is the ported file; undefined otherwise. */
export function portedMessages(schText: string): Map<string, Message> | undefined {
  let known = messagesByText.get(schText)
  if (known === undefined) {
    known = createHash('sha256').update(schText).digest('hex') === PORTED_IMOP_GEO ? readMessages(schText) : null
    messagesByText.set(schText, known)
  }
  return known ?? undefined
}

const is = (el: XmlElement | undefined, ns: string, local: string): boolean => el !== undefined && el.ns === ns && el.local === local
const kids = (el: XmlElement, ns: string, local: string): XmlElement[] => el.children.filter((c) => is(c, ns, local))
/** How many children `kids` gives, without making the list (a GIO of 90 000 Locaties asks this of each). */
const count = (el: XmlElement, ns: string, local: string): number => {
  let n = 0
  for (const c of el.children) if (c.ns === ns && c.local === local) n++
  return n
}
const ancestors = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = []
  for (let a = el.parent; a !== undefined; a = a.parent) out.unshift(a)
  return out
}
/** XPath's whitespace (space, tab, CR, LF) only. */
const blank = (s: string): boolean => /^[ \t\r\n]*$/.test(s)

/** What the rules of imop-geo.sch report on a GIO; throws NotPorted (the official file runs) where the port gives up. */
export function geoFailures(tree: XmlTree, messages: ReadonlyMap<string, Message>): RawFailure[] {
  const failures = portedFailures(tree, messages)
  if (failures === undefined) throw new NotPorted('geo:groepen')
  return failures
}

/**
 * What the rules of imop-geo.sch report on a GIO, as the compiled stylesheet writes them; undefined when it has
 * geo:groepen, or the rule file asks for something unported. One pass over the elements: each pattern's failures go
 * to its own list, and the lists are joined in pattern order (the stylesheet's order: pattern by pattern, context nodes
 * in document order, asserts in rule order). A pass per pattern took ~0.8 s on a GIO of 90 000 Locaties.
 */
export function portedFailures(tree: XmlTree, messages: ReadonlyMap<string, Message>): RawFailure[] | undefined {
  const str = (e: XmlElement): string => stringValue(tree, e)
  const joined = (els: readonly XmlElement[]): string => els.map(str).join(' ')
  const patterns = {
    geo001: new Failures(messages),
    geo002: new Failures(messages),
    geo006: new Failures(messages),
    basisgeo001: new Failures(messages),
    gml001: new Failures(messages),
    gml002: new Failures(messages),
    gml003: new Failures(messages),
  }
  const reporter =
    (failures: Failures): Report =>
    (id, node, fires, values) =>
      failures.check(id, node, fires, values)
  const geo001 = reporter(patterns.geo001)
  const geo002 = reporter(patterns.geo002)
  const geo006 = reporter(patterns.geo006)
  const basisgeo001 = reporter(patterns.basisgeo001)
  const unported = (select: string): never => {
    throw new NotPorted(select)
  }
  // sch_gml_002 compares the distinct srsNames of the whole document: its contexts are judged after the pass.
  const srsNames = new Set<string>()
  const locatiesLists: XmlElement[] = []
  try {
    for (const e of allElements(tree.root)) {
      if (e.srsName !== undefined) srsNames.add(e.srsName)
      if (e.ns === GEO) {
        if (e.local === 'groepen') return undefined
        geoElement(e, geo001, geo002, geo006, str, joined, unported)
        if (e.local === 'locaties') locatiesLists.push(e)
      } else if (e.ns === BASISGEO) {
        // sch_basisgeo_001, basisgeo:geometrie: a gml:pos/posList/coordinates below it, and a digit (\d: Unicode Nd) in their text.
        if (e.local === 'geometrie') basisgeoGeometrie(e, basisgeo001, str, joined, unported)
      } else if (e.ns === GML) {
        // sch_gml_001, gml:*[@srsName].
        if (e.srsName !== undefined) {
          const srs = e.srsName
          patterns.gml001.check('STOP3020', e, !(srs === 'urn:ogc:def:crs:EPSG::28992' || srs === 'urn:ogc:def:crs:EPSG::4258'), (s) =>
            s === '@srsName' ? srs : (expressieOf(e, s, joined) ?? unported(s)),
          )
        }
        // sch_gml_003, the optional GML elements: contains('GeoInformatieObjectVaststelling|GeoInformatieObjectVersie|Locatie', local-name(..)).
        if (OPTIONAL_GML.has(e.local)) {
          const parentName = e.parent?.local ?? ''
          patterns.gml003.check('STOP3090', e, 'GeoInformatieObjectVaststelling|GeoInformatieObjectVersie|Locatie'.includes(parentName), (s) => {
            if (s === 'string(node-name(.))') return e.qname
            if (s === 'string(node-name(..))') return e.parent?.qname ?? ''
            if (s === 'ancestor::geo:GeoInformatieObjectVaststelling/descendant::geo:FRBRExpression') {
              return joined(uniqueInOrder(ancestors(e).filter((a) => is(a, GEO, 'GeoInformatieObjectVaststelling')).flatMap((a) => [...allElements(a)].filter((d) => d !== a && is(d, GEO, 'FRBRExpression')))))
            }
            return unported(s)
          })
        }
      }
    }
    // sch_gml_002, geo:locaties: count(distinct-values(//@srsName)) = 1 (over the whole document, in document order).
    const distinct = [...srsNames]
    for (const e of locatiesLists) {
      patterns.gml002.check('STOP3021', e, distinct.length !== 1, (s) => (s === 'distinct-values($srsName)' ? distinct.join(' ') : (expressieOf(e, s, joined) ?? unported(s))))
    }
  } catch (e) {
    if (e instanceof NotPorted) return undefined
    throw e
  }
  return Object.values(patterns).flatMap((f) => f.list)
}

/** The optional GML elements of sch_gml_003. */
const OPTIONAL_GML: ReadonlySet<string> = new Set(['metaDataProperty', 'description', 'descriptionReference', 'identifier', 'name', 'boundedBy', 'location', 'PriorityLocation'])

/** The patterns whose contexts are geo: elements: sch_geo_001 (the first matching rule per node), sch_geo_002, sch_geo_006. */
function geoElement(
  e: XmlElement,
  geo001: Report,
  geo002: Report,
  geo006: Report,
  str: (e: XmlElement) => string,
  joined: (els: readonly XmlElement[]) => string,
  unported: (s: string) => never,
): void {
  // sch_geo_001, //(geo:Locatie | geo:kwalitatieveNormwaarde | geo:locaties).
  if (e.local === 'locaties') locatiesRule(e, geo001, str, unported)
  else if (e.local === 'Locatie' && is(e.parent, GEO, 'locaties')) {
    // <let name="ID" value="./geo:geometrie/basisgeo:Geometrie/basisgeo:id"/>, read only for a message.
    const values = (s: string): string => (s === '$ID' ? joined(idsOf(e)) : unported(s))
    const kwant = count(e, GEO, 'kwantitatieveNormwaarde')
    const kwal = count(e, GEO, 'kwalitatieveNormwaarde')
    geo001('STOP3008', e, !(kwant + kwal <= 1), values)
    geo001('STOP3012', e, count(e, GEO, 'groepID') > 0 && kwal + kwant > 0, values)
  } else if (e.local === 'kwalitatieveNormwaarde' && is(e.parent, GEO, 'Locatie') && is(e.parent?.parent, GEO, 'locaties')) {
    const parent = e.parent as XmlElement
    geo001('STOP3010', e, blank(str(e)), (s) => (s === '../geo:geometrie/basisgeo:Geometrie/basisgeo:id' ? joined(idsOf(parent)) : unported(s)))
  }
  // sch_geo_002, geo:Locatie/geo:groepID: without geo:groepen, count(../../../geo:groepen/geo:Groep[…]) is 0.
  if (e.local === 'groepID' && is(e.parent, GEO, 'Locatie')) geo002('STOP3001', e, true, (s) => (s === '$doelwit' ? str(e) : unported(s)))
  // sch_geo_004 (geo:groepen) and sch_geo_005 (geo:groepen/geo:Groep/geo:groepID): no context node.
  // sch_geo_006, geo:GeoInformatieObjectVersie.
  if (e.local === 'GeoInformatieObjectVersie') {
    const norm = ['normID', 'normlabel', 'eenheidID', 'eenheidlabel'].some((n) => kids(e, GEO, n).length > 0)
    const locaties = kids(e, GEO, 'locaties').flatMap((l) => kids(l, GEO, 'Locatie'))
    const waarden = locaties.reduce((n, l) => n + kids(l, GEO, 'kwantitatieveNormwaarde').length + kids(l, GEO, 'kwalitatieveNormwaarde').length, 0)
    geo006('STOP3016', e, norm && waarden === 0, (s) => (s === 'geo:FRBRWork' ? joined(kids(e, GEO, 'FRBRWork')) : unported(s)))
  }
}

/** sch_basisgeo_001 on one basisgeo:geometrie. */
function basisgeoGeometrie(e: XmlElement, report: Report, str: (e: XmlElement) => string, joined: (els: readonly XmlElement[]) => string, unported: (s: string) => never): void {
  let coordinates = 0
  let digit = false
  for (const d of allElements(e)) {
    if (d === e || d.ns !== GML || (d.local !== 'pos' && d.local !== 'posList' && d.local !== 'coordinates')) continue
    coordinates++
    if (!digit && /\p{Nd}/u.test(str(d))) digit = true
  }
  report('STOP3019', e, !(coordinates > 0 && digit), (s) => {
    if (s === 'ancestor::geo:Locatie/geo:naam') return joined(ancestors(e).filter((a) => is(a, GEO, 'Locatie')).flatMap((a) => kids(a, GEO, 'naam')))
    if (s === 'preceding-sibling::basisgeo:id') return joined(precedingSiblings(e).filter((p) => is(p, BASISGEO, 'id')))
    return expressieOf(e, s, joined) ?? unported(s)
  })
}

type Report = (id: string, node: XmlElement, fires: boolean, values: (select: string) => string) => void

/** The geo:locaties rule of sch_geo_001: counts over its Locaties, uniqueness of their basisgeo:id. */
function locatiesRule(e: XmlElement, report: Report, str: (e: XmlElement) => string, unported: (s: string) => never): void {
  const joined = (els: readonly XmlElement[]): string => els.map(str).join(' ')
  const locaties = kids(e, GEO, 'Locatie')
  const n = locaties.length
  let groep = 0
  let kwant = 0
  let kwal = 0
  for (const l of locaties) {
    groep += count(l, GEO, 'groepID')
    kwant += count(l, GEO, 'kwantitatieveNormwaarde')
    kwal += count(l, GEO, 'kwalitatieveNormwaarde')
  }
  const sibling = (local: string): boolean => e.parent !== undefined && count(e.parent, GEO, local) > 0
  const values = (s: string): string => (s === '../geo:FRBRWork' && e.parent !== undefined ? joined(kids(e.parent, GEO, 'FRBRWork')) : unported(s))
  report('STOP3000', e, !(groep === 0 || groep === n), values)
  report('STOP3006', e, !(kwant === 0 || kwant === n), values)
  report('STOP3007', e, !(kwal === 0 || kwal === n), values)
  report('STOP3009', e, kwant > 0 && (!sibling('eenheidlabel') || !sibling('eenheidID')), values)
  report('STOP3015', e, kwal > 0 && (sibling('eenheidlabel') || sibling('eenheidID')), values)
  report('STOP3011', e, kwant + kwal > 0 && (!sibling('normlabel') || !sibling('normID')), values)
  const ids = new Set<string>()
  let duplicate = false
  for (const l of locaties) {
    for (const id of idsOf(l)) {
      const value = str(id)
      if (ids.has(value)) duplicate = true
      else ids.add(value)
    }
  }
  report('STOP3013', e, duplicate, values)
}

/** ./geo:geometrie/basisgeo:Geometrie/basisgeo:id of a Locatie. */
function idsOf(locatie: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  for (const g of locatie.children) {
    if (g.ns !== GEO || g.local !== 'geometrie') continue
    for (const b of g.children) {
      if (b.ns !== BASISGEO || b.local !== 'Geometrie') continue
      for (const id of b.children) if (id.ns === BASISGEO && id.local === 'id') out.push(id)
    }
  }
  return out
}

function precedingSiblings(e: XmlElement): XmlElement[] {
  const siblings = e.parent?.children ?? []
  return siblings.slice(0, siblings.indexOf(e))
}

/** `ancestor::geo:GeoInformatieObjectVersie/geo:FRBRExpression`; undefined for any other select. */
function expressieOf(e: XmlElement, select: string, joined: (els: readonly XmlElement[]) => string): string | undefined {
  if (select !== 'ancestor::geo:GeoInformatieObjectVersie/geo:FRBRExpression') return undefined
  return joined(ancestors(e).filter((a) => is(a, GEO, 'GeoInformatieObjectVersie')).flatMap((a) => kids(a, GEO, 'FRBRExpression')))
}

function uniqueInOrder(els: readonly XmlElement[]): XmlElement[] {
  return [...new Set(els)].sort((a, b) => a.start - b.start)
}
