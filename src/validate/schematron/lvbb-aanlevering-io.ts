/**
 * The rules of LVBB 1.2.0 lvbb-aanlevering-io.sch (the AanleveringInformatieObject) in TypeScript (ported.ts says how
 * a port is used and why it reports what the official run reports). Each context, let, test and value-of is the rule
 * file's, evaluated as XPath defines it; where XPath would raise an error (normalize-space() of two nodes, also in the
 * predicate of BHKV1015's context) the port gives up and the official file runs.
 */
import type { RawFailure } from './report.js'
import { Failures, normalizeSpace, NotPorted, tokenize, unported, type Message } from './ported.js'
import { allElements, ancestorsOf, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { DATA, GIO, LVBBA, SE } from './namespaces.js'

/** SHA-256 of the LVBB 1.2.0 lvbb-aanlevering-io.sch this module implements (the official distribution's file). */
export const PORTED_LVBB_AANLEVERING_IO = 'f2482003e14172de306430711007eb858d0eb571f8db27a8849a0ee62be72c20'

const is = (e: XmlElement | undefined, ns: string, local: string): boolean => e !== undefined && e.ns === ns && e.local === local
const kids = (e: XmlElement | undefined, local: string, ns = DATA): XmlElement[] => (e === undefined ? [] : e.children.filter((c) => is(c, ns, local)))

function single<T>(seq: readonly T[]): T | undefined {
  if (seq.length > 1) throw new NotPorted('meer dan één waarde')
  return seq[0]
}

/** The failures lvbb-aanlevering-io.sch reports on the document; throws NotPorted where the official file must run. */
export function aanleveringIoFailures(tree: XmlTree, messages: ReadonlyMap<string, Message>): RawFailure[] {
  const all = [...allElements(tree.root)]
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(messages)
  const each = (match: (e: XmlElement) => boolean, body: (e: XmlElement) => void): void => {
    for (const e of all) if (match(e)) body(e)
  }
  const inAanlevering = (e: XmlElement): boolean => ancestorsOf(e).some((a) => is(a, LVBBA, 'AanleveringInformatieObject'))
  const everywhere = (local: string): XmlElement[] => all.filter((e) => is(e, DATA, local))

  // sch_lvbba_BHKV1014: lvbba:InformatieObjectVersie
  each(
    (e) => is(e, LVBBA, 'InformatieObjectVersie'),
    (e) => {
      const bestanden = kids(e, 'InformatieObjectVersieMetadata').flatMap((m) => kids(m, 'heeftBestanden')).flatMap((b) => kids(b, 'heeftBestand'))
      const expressies = kids(e, 'ExpressionIdentificatie').flatMap((x) => kids(x, 'FRBRExpression'))
      out.check('BHKV1014', e, bestanden.length !== 1, (sel) => (sel === '$Expression-ID' ? expressies.map(str).join(' ') : unported(sel)))
    },
  )
  // sch_lvbba_023: lvbba:AanleveringInformatieObject//lvbba:InformatieObjectVersie[normalize-space(//data:soortWork) = …work_010][normalize-space(//data:formaatInformatieobject) = …gio_002]
  each(
    (e) => is(e, LVBBA, 'InformatieObjectVersie') && inAanlevering(e),
    (e) => {
      const soort = normalizeSpace(single(everywhere('soortWork').map(str)) ?? '')
      if (soort !== '/join/id/stop/work_010') return
      const formaat = normalizeSpace(single(everywhere('formaatInformatieobject').map(str)) ?? '')
      if (formaat !== '/join/id/stop/gio_002') return
      out.check('BHKV1015', e, everywhere('heeftGeboorteregeling').length === 0, (sel) => (sel === '//data:FRBRExpression' ? everywhere('FRBRExpression').map(str).join(' ') : unported(sel)))
    },
  )
  // sch_lvbba_024: lvbba:AanleveringInformatieObject//lvbba:InformatieObjectVersie//data:ExpressionIdentificatie
  each(
    (e) => is(e, DATA, 'ExpressionIdentificatie') && inAanlevering(e) && ancestorsOf(e).some((a) => is(a, LVBBA, 'InformatieObjectVersie')),
    (e) => {
      const soort = kids(e, 'soortWork').map(str)
      const values = (sel: string): string => (sel === 'data:soortWork' ? soort.join(' ') : sel === 'data:FRBRExpression' ? kids(e, 'FRBRExpression').map(str).join(' ') : unported(sel))
      out.check('BHKV1016', e, normalizeSpace(single(soort) ?? '') !== '/join/id/stop/work_010', values)
    },
  )
  /** normalize-space(ancestor::lvbba:InformatieObjectVersie/data:ExpressionIdentificatie/data:FRBRWork) */
  const workOf = (e: XmlElement): string =>
    normalizeSpace(
      single(
        ancestorsOf(e)
          .reverse()
          .filter((a) => is(a, LVBBA, 'InformatieObjectVersie'))
          .flatMap((v) => kids(v, 'ExpressionIdentificatie'))
          .flatMap((x) => kids(x, 'FRBRWork'))
          .map(str),
      ) ?? '',
    )
  const inMetadata = (e: XmlElement): boolean => is(e.parent, DATA, 'InformatieObjectMetadata') && is(e.parent?.parent, LVBBA, 'InformatieObjectVersie')
  // sch_lvbba_025: lvbba:InformatieObjectVersie/data:InformatieObjectMetadata/data:officieleTitel
  each(
    (e) => is(e, DATA, 'officieleTitel') && inMetadata(e),
    (e) => {
      const titel = normalizeSpace(str(e))
      const work = workOf(e)
      out.check('BHKV1017', e, work !== titel, (sel) => (sel === '$work' ? work : sel === '$titel' ? titel : unported(sel)))
    },
  )
  // sch_lvbba_026: lvbba:InformatieObjectVersie/data:InformatieObjectMetadata/data:publicatieinstructie
  each(
    (e) => is(e, DATA, 'publicatieinstructie') && inMetadata(e),
    (e) => {
      const work = workOf(e)
      const collectie = tokenize(work, '/')[3]
      const s = str(e)
      const ok = (s === 'TeConsolideren' && collectie === 'regdata') || (s === 'AlleenBekendTeMaken' && collectie === 'pubdata') || (s === 'Informatief' && collectie === 'infodata')
      out.check('BHKV1018', e, !ok, (sel) => (sel === '$work' ? work : sel === './string()' ? s : unported(sel)))
    },
  )
  // sch_lvbba_027, sch_lvbba_028: lvbba:InformatieObjectVersie/se:FeatureTypeStyle[preceding-sibling::data:InformatieObjectMetadata], …/gio:JuridischeBorgingVan[…]
  for (const [ns, local, id] of [
    [SE, 'FeatureTypeStyle', 'BHKV1064'],
    [GIO, 'JuridischeBorgingVan', 'BHKV1065'],
  ] as const) {
    each(
      (e) => is(e, ns, local) && is(e.parent, LVBBA, 'InformatieObjectVersie'),
      (e) => {
        const before = (e.parent as XmlElement).children.slice(0, (e.parent as XmlElement).children.indexOf(e))
        const metadata = before.filter((s) => is(s, DATA, 'InformatieObjectMetadata'))
        if (metadata.length === 0) return
        const formaat = metadata.flatMap((m) => kids(m, 'formaatInformatieobject')).map(str)
        out.check(id, e, !formaat.includes('/join/id/stop/informatieobject/gio_002'), (sel) => {
          if (sel === 'normalize-space(preceding-sibling::data:ExpressionIdentificatie/data:FRBRExpression)') {
            return normalizeSpace(single(before.filter((s) => is(s, DATA, 'ExpressionIdentificatie')).flatMap((x) => kids(x, 'FRBRExpression')).map(str)) ?? '')
          }
          if (sel === 'node-name(.)') return e.qname
          if (sel === '$formaat') return formaat.join(' ')
          return unported(sel)
        })
      },
    )
  }
  return out.list
}
