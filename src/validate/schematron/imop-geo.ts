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
import { allElements, stringValue, type XmlElement, type XmlTree } from './xml-tree.js'
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
 * geo:groepen, or the rule file asks for something unported.
 */
export function portedFailures(tree: XmlTree, messages: ReadonlyMap<string, Message>): RawFailure[] | undefined {
  const all = [...allElements(tree.root)]
  if (all.some((e) => is(e, GEO, 'groepen'))) return undefined
  const str = (e: XmlElement): string => stringValue(tree, e)
  const joined = (els: readonly XmlElement[]): string => els.map(str).join(' ')
  const failures = new Failures(messages)
  const report = (id: string, node: XmlElement, fires: boolean, values: (select: string) => string): void => failures.check(id, node, fires, values)
  const unported = (select: string): never => {
    throw new NotPorted(select)
  }
  try {
    // sch_geo_001, //(geo:Locatie | geo:kwalitatieveNormwaarde | geo:locaties), the first matching rule per node.
    for (const e of all) {
      if (is(e, GEO, 'locaties')) locatiesRule(e, report, str, unported)
      else if (is(e, GEO, 'Locatie') && is(e.parent, GEO, 'locaties')) {
        // <let name="ID" value="./geo:geometrie/basisgeo:Geometrie/basisgeo:id"/>
        const id = idsOf(e)
        const values = (s: string): string => (s === '$ID' ? joined(id) : unported(s))
        const kwant = kids(e, GEO, 'kwantitatieveNormwaarde').length
        const kwal = kids(e, GEO, 'kwalitatieveNormwaarde').length
        report('STOP3008', e, !(kwant + kwal <= 1), values)
        report('STOP3012', e, kids(e, GEO, 'groepID').length > 0 && kwal + kwant > 0, values)
      } else if (is(e, GEO, 'kwalitatieveNormwaarde') && is(e.parent, GEO, 'Locatie') && is(e.parent?.parent, GEO, 'locaties')) {
        const parent = e.parent as XmlElement
        report('STOP3010', e, blank(str(e)), (s) => (s === '../geo:geometrie/basisgeo:Geometrie/basisgeo:id' ? joined(idsOf(parent)) : unported(s)))
      }
    }
    // sch_geo_002, geo:Locatie/geo:groepID: without geo:groepen, count(../../../geo:groepen/geo:Groep[…]) is 0.
    for (const e of all) {
      if (is(e, GEO, 'groepID') && is(e.parent, GEO, 'Locatie')) report('STOP3001', e, true, (s) => (s === '$doelwit' ? str(e) : unported(s)))
    }
    // sch_geo_004 (geo:groepen) and sch_geo_005 (geo:groepen/geo:Groep/geo:groepID): no context node.
    // sch_geo_006, geo:GeoInformatieObjectVersie.
    for (const e of all) {
      if (!is(e, GEO, 'GeoInformatieObjectVersie')) continue
      const norm = ['normID', 'normlabel', 'eenheidID', 'eenheidlabel'].some((n) => kids(e, GEO, n).length > 0)
      const locaties = kids(e, GEO, 'locaties').flatMap((l) => kids(l, GEO, 'Locatie'))
      const waarden = locaties.reduce((n, l) => n + kids(l, GEO, 'kwantitatieveNormwaarde').length + kids(l, GEO, 'kwalitatieveNormwaarde').length, 0)
      report('STOP3016', e, norm && waarden === 0, (s) => (s === 'geo:FRBRWork' ? joined(kids(e, GEO, 'FRBRWork')) : unported(s)))
    }
    // sch_basisgeo_001, basisgeo:geometrie: a gml:pos/posList/coordinates below it, and a digit (\d: Unicode Nd) in their text.
    for (const e of all) {
      if (!is(e, BASISGEO, 'geometrie')) continue
      const coordinates = [...allElements(e)].filter((d) => d !== e && d.ns === GML && (d.local === 'pos' || d.local === 'posList' || d.local === 'coordinates'))
      const digit = coordinates.some((c) => /\p{Nd}/u.test(str(c)))
      report('STOP3019', e, !(coordinates.length > 0 && digit), (s) => {
        if (s === 'ancestor::geo:Locatie/geo:naam') return joined(ancestors(e).filter((a) => is(a, GEO, 'Locatie')).flatMap((a) => kids(a, GEO, 'naam')))
        if (s === 'preceding-sibling::basisgeo:id') return joined(precedingSiblings(e).filter((p) => is(p, BASISGEO, 'id')))
        return expressieOf(e, s, joined) ?? unported(s)
      })
    }
    // sch_gml_001, gml:*[@srsName].
    for (const e of all) {
      if (e.ns !== GML || e.srsName === undefined) continue
      const srs = e.srsName
      report('STOP3020', e, !(srs === 'urn:ogc:def:crs:EPSG::28992' || srs === 'urn:ogc:def:crs:EPSG::4258'), (s) =>
        s === '@srsName' ? srs : (expressieOf(e, s, joined) ?? unported(s)),
      )
    }
    // sch_gml_002, geo:locaties: count(distinct-values(//@srsName)) = 1 (over the whole document, in document order).
    const srsNames = [...new Set(all.flatMap((e) => (e.srsName === undefined ? [] : [e.srsName])))]
    for (const e of all) {
      if (!is(e, GEO, 'locaties')) continue
      report('STOP3021', e, srsNames.length !== 1, (s) => (s === 'distinct-values($srsName)' ? srsNames.join(' ') : (expressieOf(e, s, joined) ?? unported(s))))
    }
    // sch_gml_003, the optional GML elements: contains('GeoInformatieObjectVaststelling|GeoInformatieObjectVersie|Locatie', local-name(..)).
    const optional = new Set(['metaDataProperty', 'description', 'descriptionReference', 'identifier', 'name', 'boundedBy', 'location', 'PriorityLocation'])
    for (const e of all) {
      if (e.ns !== GML || !optional.has(e.local)) continue
      const parentName = e.parent?.local ?? ''
      report('STOP3090', e, 'GeoInformatieObjectVaststelling|GeoInformatieObjectVersie|Locatie'.includes(parentName), (s) => {
        if (s === 'string(node-name(.))') return e.qname
        if (s === 'string(node-name(..))') return e.parent?.qname ?? ''
        if (s === 'ancestor::geo:GeoInformatieObjectVaststelling/descendant::geo:FRBRExpression') {
          return joined(uniqueInOrder(ancestors(e).filter((a) => is(a, GEO, 'GeoInformatieObjectVaststelling')).flatMap((a) => [...allElements(a)].filter((d) => d !== a && is(d, GEO, 'FRBRExpression')))))
        }
        return unported(s)
      })
    }
  } catch (e) {
    if (e instanceof NotPorted) return undefined
    throw e
  }
  return failures.list
}

type Report = (id: string, node: XmlElement, fires: boolean, values: (select: string) => string) => void

/** The geo:locaties rule of sch_geo_001: counts over its Locaties, uniqueness of their basisgeo:id. */
function locatiesRule(e: XmlElement, report: Report, str: (e: XmlElement) => string, unported: (s: string) => never): void {
  const joined = (els: readonly XmlElement[]): string => els.map(str).join(' ')
  const locaties = kids(e, GEO, 'Locatie')
  const n = locaties.length
  const count = (local: string): number => locaties.reduce((k, l) => k + kids(l, GEO, local).length, 0)
  const groep = count('groepID')
  const kwant = count('kwantitatieveNormwaarde')
  const kwal = count('kwalitatieveNormwaarde')
  const sibling = (local: string): boolean => e.parent !== undefined && kids(e.parent, GEO, local).length > 0
  const values = (s: string): string => (s === '../geo:FRBRWork' && e.parent !== undefined ? joined(kids(e.parent, GEO, 'FRBRWork')) : unported(s))
  report('STOP3000', e, !(groep === 0 || groep === n), values)
  report('STOP3006', e, !(kwant === 0 || kwant === n), values)
  report('STOP3007', e, !(kwal === 0 || kwal === n), values)
  report('STOP3009', e, kwant > 0 && (!sibling('eenheidlabel') || !sibling('eenheidID')), values)
  report('STOP3015', e, kwal > 0 && (sibling('eenheidlabel') || sibling('eenheidID')), values)
  report('STOP3011', e, kwant + kwal > 0 && (!sibling('normlabel') || !sibling('normID')), values)
  const ids = locaties.flatMap(idsOf).map(str)
  report('STOP3013', e, ids.length !== new Set(ids).size, values)
}

/** ./geo:geometrie/basisgeo:Geometrie/basisgeo:id of a Locatie. */
function idsOf(locatie: XmlElement): XmlElement[] {
  return kids(locatie, GEO, 'geometrie').flatMap((g) => kids(g, BASISGEO, 'Geometrie')).flatMap((g) => kids(g, BASISGEO, 'id'))
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
