/**
 * The rules of STOP 1.3.0 imop-tekstmutaties.sch (components, mutations, renvooi) in TypeScript (ported.ts says how a
 * port is used and why it reports what the official run reports). Each context, let, test and value-of is the rule
 * file's, evaluated as XPath and XSLT define it; the comments quote them. The lets that build a temporary tree
 * (`index`, `nootIndex`: sorted with xsl:sort, the default collation being Unicode code points) become sorted lists.
 */
import type { RawFailure } from './report.js'
import { compareCodepoints, Failures, fill, normalizeSpace, NotPorted, partsOf, ruleLet, unported, type Message, type Parts } from './ported.js'
import { childElements, XSL_NS } from './schema.js'
import { allElements, ancestorsOf, descendantsOf, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { TEKST } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-tekstmutaties.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_TEKSTMUTATIES = 'f337baf889a67b4aa1a614f1635286f2cb87c23ca3e2fd1c652766c159c604cc'

export interface TekstmutatiesRules {
  readonly messages: ReadonlyMap<string, Message>
  /** The content of the xsl:if of the let `attribuut` (sch_tekst_0086). */
  readonly attribuut: Parts
}

export function readTekstmutatiesRules(schText: string, messages: ReadonlyMap<string, Message>): TekstmutatiesRules {
  const named = ruleLet(schText, 'attribuut')
  const ifs = childElements(named, XSL_NS, 'if')
  if (ifs.length !== 1) throw new NotPorted('attribuut')
  return { messages, attribuut: partsOf(ifs[0]!) }
}

const tekst = (e: XmlElement | undefined, local?: string): boolean => e !== undefined && e.ns === TEKST && (local === undefined || e.local === local)
const att = (e: XmlElement | undefined, name: string): string | undefined => e?.attributes.get(name)
const ancestors = ancestorsOf
const hasAncestor = (e: XmlElement, local: string): boolean => ancestors(e).some((a) => tekst(a, local))
/** `ancestor::tekst:*[@eId][1]`: the nearest tekst ancestor with an eId. */
const eIdAncestor = (e: XmlElement): XmlElement | undefined => ancestors(e).find((a) => tekst(a) && att(a, 'eId') !== undefined)
/** substring-before($s, '@'): '' when there is no '@'. */
const before = (s: string, sep: string): string => {
  const i = s.indexOf(sep)
  return i < 0 ? '' : s.slice(0, i)
}

/** The failures imop-tekstmutaties.sch reports on the document. */
export function tekstmutatiesFailures(tree: XmlTree, rules: TekstmutatiesRules): RawFailure[] {
  const all = [...allElements(tree.root)]
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(rules.messages)
  const naamEnEId = (e: XmlElement) => {
    const a = eIdAncestor(e)
    return (sel: string): string => {
      if (sel === 'local-name(ancestor::tekst:*[@eId][1])') return a?.local ?? ''
      if (sel === 'ancestor::tekst:*[@eId][1]/@eId') return att(a, 'eId') ?? ''
      return unported(sel)
    }
  }

  // sch_tekst_024: tekst:BesluitKlassiek/tekst:RegelingKlassiek | tekst:WijzigBijlage/tekst:RegelingCompact | …/tekst:RegelingVrijetekst | …/tekst:RegelingTijdelijkdeel
  for (const e of all) {
    const initieel =
      (tekst(e, 'RegelingKlassiek') && tekst(e.parent, 'BesluitKlassiek')) ||
      (['RegelingCompact', 'RegelingVrijetekst', 'RegelingTijdelijkdeel'].some((l) => tekst(e, l)) && tekst(e.parent, 'WijzigBijlage'))
    if (!initieel) continue
    // string-join(child::tekst:RegelingOpschrift/*/normalize-space(), ''), else of tekst:*/tekst:RegelingOpschrift/*.
    const own = e.children.filter((c) => tekst(c, 'RegelingOpschrift'))
    const opschriften = own.length > 0 ? own : e.children.filter((c) => tekst(c)).flatMap((c) => c.children.filter((g) => tekst(g, 'RegelingOpschrift')))
    const regeling = opschriften.flatMap((o) => o.children).map((c) => normalizeSpace(str(c))).join('')
    const values = (sel: string): string => (sel === '$regeling' ? regeling : unported(sel))
    out.check('STOP0024', e, att(e, 'componentnaam') === undefined, values)
    out.check('STOP0025', e, att(e, 'wordt') === undefined, values)
  }

  // sch_tekst_031: tekst:*[@componentnaam], count(//tekst:*[@componentnaam = $mijnComponent]) = 1
  const counts = (name: string): Map<string, number> => {
    const n = new Map<string, number>()
    for (const e of all) {
      const v = tekst(e) ? att(e, name) : undefined
      if (v !== undefined) n.set(v, (n.get(v) ?? 0) + 1)
    }
    return n
  }
  const componenten = counts('componentnaam')
  for (const e of all) {
    const component = tekst(e) ? att(e, 'componentnaam') : undefined
    if (component === undefined) continue
    const eId = naamEnEId(e)
    out.check('STOP0026', e, componenten.get(component) !== 1, (sel) => (sel === '$mijnComponent' ? component : eId(sel)))
  }

  // sch_tekst_073: tekst:BesluitCompact//tekst:WijzigArtikel[not(ancestor::tekst:RegelingCompact)]
  for (const e of all) {
    if (!tekst(e, 'WijzigArtikel') || !hasAncestor(e, 'BesluitCompact') || hasAncestor(e, 'RegelingCompact')) continue
    out.check('STOP0073', e, e.children.some((c) => tekst(c, 'WijzigLid')), (sel) => (sel === '@eId' ? (att(e, 'eId') ?? '') : unported(sel)))
  }

  // sch_tekst_032: tekst:*[@wordt], count(//tekst:*[@wordt = $mijnWordt]) = 1
  const wordts = counts('wordt')
  for (const e of all) {
    const wordt = tekst(e) ? att(e, 'wordt') : undefined
    if (wordt === undefined) continue
    const eId = naamEnEId(e)
    out.check('STOP0074', e, wordts.get(wordt) !== 1, (sel) => (sel === '$mijnWordt' ? wordt : eId(sel)))
  }

  // sch_tekst_012: tekst:*[@componentnaam]; the eIds and wIds of the component (its nearest component ancestor), not
  // in or below a wijzigactie verwijder/verwijderContainer, sorted; each one equal to the one before it is a double.
  const inComponent = (e: XmlElement, component: string): boolean => {
    const nearest = ancestors(e).find((a) => tekst(a) && att(a, 'componentnaam') !== undefined)
    return nearest !== undefined && att(nearest, 'componentnaam') === component
  }
  const removed = (e: XmlElement): boolean => [e, ...ancestors(e)].some((a) => tekst(a) && (att(a, 'wijzigactie') === 'verwijder' || att(a, 'wijzigactie') === 'verwijderContainer'))
  // `e[preceding-sibling::e[1] = .]` (equal to the one before) and `n[preceding-sibling::n = .]` (equal to any before)
  // select the same on sorted values; xsl:for-each writes them with '; ' between.
  const doubles = (values: string[]): string => {
    const sorted = values.sort(compareCodepoints)
    return sorted.filter((v, i) => i > 0 && sorted[i - 1] === v).join('; ')
  }
  for (const e of all) {
    const component = tekst(e) ? att(e, 'componentnaam') : undefined
    if (component === undefined) continue
    const members = all.filter((m) => tekst(m) && att(m, 'eId') !== undefined && inComponent(m, component) && !removed(m))
    const eIdFout = doubles(members.map((m) => att(m, 'eId') as string))
    const wIdFout = doubles(members.map((m) => att(m, 'wId') ?? ''))
    const values = (sel: string): string => (sel === '$eId-fout' ? eIdFout : sel === '$wId-fout' ? wIdFout : sel === '$component' ? component : unported(sel))
    out.check('STOP0027', e, eIdFout !== '', values)
    out.check('STOP0028', e, wIdFout !== '', values)
  }

  // sch_tekst_018: tekst:WijzigArtikel//tekst:WijzigInstructies
  for (const e of all) {
    if (tekst(e, 'WijzigInstructies') && hasAncestor(e, 'WijzigArtikel')) out.check('STOP0039', e, !hasAncestor(e, 'RegelingKlassiek'), naamEnEId(e))
  }
  // sch_tekst_048: tekst:WijzigArtikel//tekst:OpmerkingVersie
  for (const e of all) {
    if (tekst(e, 'OpmerkingVersie') && hasAncestor(e, 'WijzigArtikel')) out.check('STOP0051', e, !(hasAncestor(e, 'RegelingKlassiek') || hasAncestor(e, 'Rectificatie')), naamEnEId(e))
  }
  // sch_tekst_019: tekst:WijzigArtikel//tekst:RegelingMutatie;
  // ancestor::tekst:Lichaam/parent::tekst:BesluitKlassiek | ancestor::tekst:Lichaam/parent::tekst:RegelingKlassiek
  for (const e of all) {
    if (!tekst(e, 'RegelingMutatie') || !hasAncestor(e, 'WijzigArtikel')) continue
    const klassiek = ancestors(e).some((a) => tekst(a, 'Lichaam') && (tekst(a.parent, 'BesluitKlassiek') || tekst(a.parent, 'RegelingKlassiek')))
    out.check('STOP0040', e, !klassiek, naamEnEId(e))
  }
  // sch_tekst_020: tekst:Wat, report tekst:VerwijderdeTekst | tekst:NieuweTekst
  for (const e of all) {
    if (tekst(e, 'Wat')) out.check('sch_tekst_020:0', e, e.children.some((c) => tekst(c, 'VerwijderdeTekst') || tekst(c, 'NieuweTekst')), naamEnEId(e))
  }
  // sch_tekst_021: tekst:Inhoud//tekst:*[@wijzigactie][local-name() != 'Groep']
  for (const e of all) {
    const actie = tekst(e) ? att(e, 'wijzigactie') : undefined
    if (actie === undefined || e.local === 'Groep' || !hasAncestor(e, 'Inhoud')) continue
    const self = [e, ...ancestors(e)].find((a) => tekst(a) && att(a, 'eId') !== undefined)
    out.check('sch_tekst_021:0', e, actie === 'nieuweContainer' || actie === 'verwijderContainer', (sel) => {
      if (sel === 'local-name(.)') return e.local
      if (sel === 'ancestor-or-self::tekst:*[@eId][1]/@eId') return att(self, 'eId') ?? ''
      return unported(sel)
    })
  }
  // sch_tekst_0045: tekst:Vervang//tekst:Inhoud[@wijzigactie];
  // parent::tekst:*/tekst:Gereserveerd | parent::tekst:*/tekst:Vervallen | parent::tekst:*/tekst:Lid
  for (const e of all) {
    if (!tekst(e, 'Inhoud') || att(e, 'wijzigactie') === undefined || !hasAncestor(e, 'Vervang')) continue
    const p = e.parent
    const ok = tekst(p) && (p as XmlElement).children.some((c) => tekst(c, 'Gereserveerd') || tekst(c, 'Vervallen') || tekst(c, 'Lid'))
    const vervang = ancestors(e).find((a) => tekst(a, 'Vervang') && att(a, 'wat') !== undefined)
    out.check('STOP0063', e, !ok, (sel) => {
      if (sel === 'local-name(ancestor::tekst:Vervang[@wat][1])') return vervang?.local ?? ''
      if (sel === 'ancestor::tekst:Vervang[@wat][1]/@wat') return att(vervang, 'wat') ?? ''
      return unported(sel)
    })
  }
  // sch_tekst_046: tekst:Sluiting[@wijzigactie]; ancestor::tekst:Vervang[1]/ancestor::tekst:BesluitMutatie
  for (const e of all) {
    if (!tekst(e, 'Sluiting') || att(e, 'wijzigactie') === undefined) continue
    const vervang = ancestors(e).find((a) => tekst(a, 'Vervang'))
    out.check('STOP0065', e, !(vervang !== undefined && hasAncestor(vervang, 'BesluitMutatie')), (sel) => (sel === 'local-name()' ? e.local : unported(sel)))
  }
  // sch_tekst_066: *[@wordt][@was]; substring-before(@was/./string(), '@') = substring-before(@wordt/./string(), '@')
  for (const e of all) {
    const was = att(e, 'was')
    const wordt = att(e, 'wordt')
    if (was === undefined || wordt === undefined) continue
    const wasWork = before(was, '@')
    const wordtWork = before(wordt, '@')
    out.check('STOP0066', e, wasWork !== wordtWork, (sel) => (sel === '$wasWork' ? wasWork : sel === '$wordtWork' ? wordtWork : unported(sel)))
  }
  // sch_tekst_068: tekst:*[@componentnaam]; the ids of the component's Noten, sorted, doubles.
  for (const e of all) {
    const component = tekst(e) ? att(e, 'componentnaam') : undefined
    if (component === undefined) continue
    const noten = all.filter((m) => tekst(m, 'Noot') && inComponent(m, component) && !removed(m))
    const fout = doubles(noten.map((n) => att(n, 'id') ?? ''))
    out.check('STOP0067', e, fout !== '', (sel) => (sel === '$nootId-fout' ? fout : sel === '$component' ? component : unported(sel)))
  }
  // sch_tekst_069: tekst:Tekstrevisie//tekst:Wat, report `.`
  for (const e of all) {
    if (!tekst(e, 'Wat') || !hasAncestor(e, 'Tekstrevisie')) continue
    const mutaties = ancestors(e)
      .filter((a) => tekst(a, 'RegelingMutatie'))
      .reverse()
      .flatMap((a) => (att(a, 'wordt') === undefined ? [] : [att(a, 'wordt') as string]))
    out.check('STOP1500', e, true, (sel) => {
      if (sel === 'ancestor::tekst:RegelingMutatie/@wordt/string()') return mutaties.join(' ')
      if (sel === 'node-name(../.)') return e.parent?.qname ?? ''
      if (sel === '../@wat/string()') return att(e.parent, 'wat') ?? ''
      if (sel === './string()') return str(e)
      return unported(sel)
    })
  }
  // sch_tekst_0077: tekst:Vervang; @wat = child::tekst:*[@wId][1]/@wId
  for (const e of all) {
    if (!tekst(e, 'Vervang')) continue
    const wat = att(e, 'wat')
    const wId = att(
      e.children.find((c) => tekst(c) && att(c, 'wId') !== undefined),
      'wId',
    )
    out.check('sch_tekst_0077:0', e, !(wat !== undefined && wId !== undefined && wat === wId), (sel) => (sel === '@wat' ? (wat ?? '') : sel === 'child::tekst:*[@wId][1]/@wId' ? (wId ?? '') : unported(sel)))
  }
  // sch_tekst_0080: tekst:WijzigArtikel[ancestor::tekst:RegelingMutatie]; ancestor::tekst:Rectificatie
  for (const e of all) {
    if (tekst(e, 'WijzigArtikel') && hasAncestor(e, 'RegelingMutatie')) {
      out.check('sch_tekst_0080:0', e, !hasAncestor(e, 'Rectificatie'), (sel) => (sel === '@eId' ? (att(e, 'eId') ?? '') : unported(sel)))
    }
  }
  // sch_tekst_0086: tekst:Vervang | tekst:VervangKop | tekst:BesluitMutatie/Vervang (the last without namespace)
  for (const e of all) {
    const match = tekst(e, 'Vervang') || tekst(e, 'VervangKop') || (e.ns === '' && e.local === 'Vervang' && tekst(e.parent, 'BesluitMutatie'))
    if (!match) continue
    // <xsl:if test="local-name(.) = 'Vervang'">…</xsl:if>
    const attribuut = e.local === 'Vervang' ? fill(rules.attribuut, unported) : ''
    const renvooi = descendantsOf(e).some((d) => tekst(d, 'NieuweTekst') || tekst(d, 'VerwijderdeTekst') || (tekst(d) && att(d, 'wijzigactie') !== undefined))
    out.check('sch_tekst_0086:0', e, !(att(e, 'revisie') === '1' || renvooi), (sel) => {
      if (sel === 'local-name(.)') return e.local
      if (sel === '@wat/string()') return att(e, 'wat') ?? ''
      if (sel === 'local-name(..)') return e.parent?.local ?? ''
      if (sel === '../@componentnaam/string()') return att(e.parent, 'componentnaam') ?? ''
      if (sel === '$attribuut') return attribuut
      return unported(sel)
    })
  }
  return out.list
}
