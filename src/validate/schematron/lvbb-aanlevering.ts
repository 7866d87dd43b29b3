/**
 * The rules of LVBB 1.2.0 lvbb-aanlevering.sch (AanleveringBesluit, -Kennisgeving, -Rectificatie) in TypeScript
 * (ported.ts says how a port is used and why it reports what the official run reports). Each context, let, test and
 * value-of is the rule file's, evaluated as XPath and XSLT define them; the comments quote them. Where XPath would
 * raise an error (a function that takes one item given two elements) the port gives up and the official file runs.
 */
import type { RawFailure } from './report.js'
import { Failures, normalizeSpace, NotPorted, ruleLet, unported, type Message } from './ported.js'
import { childElements, XSL_NS } from './schema.js'
import { allElements, ancestorsOf, descendantsOf, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { DATA, LVBBA, TEKST } from './namespaces.js'

/** SHA-256 of the LVBB 1.2.0 lvbb-aanlevering.sch this module implements (the official distribution's file). */
export const PORTED_LVBB_AANLEVERING = '17346fad786e201127cf71c45438914863bbddad9a687547b0514376d0571f3a'

export interface AanleveringRules {
  readonly messages: ReadonlyMap<string, Message>
  /** The text of the xsl:when of the let `melding` (BHKV1044). */
  readonly vakerDanEens: string
}

export function readAanleveringRules(schText: string, messages: ReadonlyMap<string, Message>): AanleveringRules {
  const named = ruleLet(schText, 'melding')
  const whens = childElements(named, XSL_NS, 'choose').flatMap((c) => childElements(c, XSL_NS, 'when'))
  if (whens.length !== 1) throw new NotPorted('melding')
  return { messages, vakerDanEens: Array.from(whens[0]!.childNodes).map((n) => (n.nodeType === 3 ? (n.nodeValue ?? '') : '')).join('') }
}

const is = (e: XmlElement | undefined, ns: string, ...locals: string[]): boolean => e !== undefined && e.ns === ns && locals.includes(e.local)
const kids = (e: XmlElement | undefined, ns: string, local: string): XmlElement[] => (e === undefined ? [] : e.children.filter((c) => is(c, ns, local)))
const att = (e: XmlElement | undefined, name: string): string | undefined => e?.attributes.get(name)
const before = (s: string, sep: string): string => (s.includes(sep) ? s.slice(0, s.indexOf(sep)) : '')
const after = (s: string, sep: string): string => (s.includes(sep) ? s.slice(s.indexOf(sep) + sep.length) : '')

function single<T>(seq: readonly T[]): T | undefined {
  if (seq.length > 1) throw new NotPorted('meer dan één waarde')
  return seq[0]
}

/** The failures lvbb-aanlevering.sch reports on the document; throws NotPorted where the official file must run. */
export function aanleveringFailures(tree: XmlTree, rules: AanleveringRules): RawFailure[] {
  const all = [...allElements(tree.root)]
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(rules.messages)
  const each = (match: (e: XmlElement) => boolean, body: (e: XmlElement) => void): void => {
    for (const e of all) if (match(e)) body(e)
  }
  /** normalize-space(<one of els>/string()): '' for none; more than one is a type error. */
  const one = (els: readonly XmlElement[]): string => normalizeSpace(single(els.map(str)) ?? '')
  const up = (e: XmlElement, ns: string, local: string): XmlElement[] => ancestorsOf(e).filter((a) => is(a, ns, local))
  const tekstDown = (roots: readonly XmlElement[], local: string): XmlElement[] => [...new Set(roots.flatMap((r) => descendantsOf(r).filter((d) => is(d, TEKST, local))))]
  /** ancestor::tekst:*[@componentnaam][1]/@componentnaam */
  const nearestComponent = (e: XmlElement): string | undefined => att(ancestorsOf(e).find((a) => a.ns === TEKST && att(a, 'componentnaam') !== undefined), 'componentnaam')
  const hasAncestorIn = (e: XmlElement, ns: string, local: string, pred: (a: XmlElement) => boolean = () => true): boolean => ancestorsOf(e).some((a) => is(a, ns, local) && pred(a))

  // sch_lvbba_003, the pattern's let verzamelXioRefs:
  // /lvbba:AanleveringBesluit/lvbba:BesluitVersie[//data:BeoogdInformatieobject]//tekst:ExtIoRef[not(ancestor-or-self::tekst:*[@wijzigactie = 'verwijder'])][not(ancestor::tekst:Verwijder)]
  const beoogdIo = all.some((e) => is(e, DATA, 'BeoogdInformatieobject'))
  const versies = is(tree.root, LVBBA, 'AanleveringBesluit') && beoogdIo ? kids(tree.root, LVBBA, 'BesluitVersie') : []
  const sets = tekstDown(versies, 'ExtIoRef')
    .filter((x) => ![x, ...ancestorsOf(x)].some((a) => a.ns === TEKST && att(a, 'wijzigactie') === 'verwijder') && !hasAncestorIn(x, TEKST, 'Verwijder'))
    .map((x) => {
      const component = nearestComponent(x)
      return { id: `${component === undefined ? '' : `!${component}#`}${att(x, 'eId') ?? ''}`, join: att(x, 'ref') ?? '' }
    })
  // lvbba:AanleveringBesluit//data:BeoogdInformatieobject
  each(
    (e) => is(e, DATA, 'BeoogdInformatieobject') && hasAncestorIn(e, LVBBA, 'AanleveringBesluit'),
    (e) => {
      const joinID = one(kids(e, DATA, 'instrumentVersie'))
      const dataEId = one(kids(e, DATA, 'eId'))
      const matching = sets.filter((s) => s.id === dataEId)
      out.check('BHKV1036', e, !(matching.length > 0 && matching.some((s) => s.join === joinID)), (sel) => (sel === '$data-eId' ? dataEId : sel === '$joinID' ? joinID : unported(sel)))
    },
  )
  // sch_lvbba_004: data:BesluitMetadata/data:soortProcedure[normalize-space(./string()) = '/join/id/stop/proceduretype_ontwerp']
  each(
    (e) => is(e, DATA, 'soortProcedure') && is(e.parent, DATA, 'BesluitMetadata') && normalizeSpace(str(e)) === '/join/id/stop/proceduretype_ontwerp',
    (e) => {
      const tijdstempels = up(e, LVBBA, 'AanleveringBesluit').some((b) => descendantsOf(b).some((c) => is(c, DATA, 'ConsolidatieInformatie') && kids(c, DATA, 'Tijdstempels').length > 0))
      out.check('BHKV1004', e, tijdstempels, unported)
    },
  )
  // sch_lvbba_005: lvbba:AanleveringBesluit/lvbba:BesluitVersie
  each(
    (e) => is(e, LVBBA, 'BesluitVersie') && is(e.parent, LVBBA, 'AanleveringBesluit'),
    (e) => {
      const soortWork = one(kids(e, DATA, 'ExpressionIdentificatie').flatMap((x) => kids(x, DATA, 'soortWork')))
      out.check('BHKV1005', e, soortWork !== '/join/id/stop/work_003', (sel) => (sel === '$soortWork' ? soortWork : unported(sel)))
    },
  )
  // sch_lvbba_006: tekst:RegelingCompact | tekst:RegelingKlassiek | tekst:RegelingVrijetekst
  each(
    (e) => is(e, TEKST, 'RegelingCompact', 'RegelingKlassiek', 'RegelingVrijetekst'),
    (e) => {
      const wordt = normalizeSpace(att(e, 'wordt') ?? '')
      const controle = up(e, LVBBA, 'AanleveringBesluit')
        .reverse()
        .flatMap((b) => kids(b, LVBBA, 'RegelingVersieInformatie'))
        .map((v) => {
          const ids = kids(v, DATA, 'ExpressionIdentificatie')
          const soort = one(ids.flatMap((x) => kids(x, DATA, 'soortWork')))
          const expressie = one(ids.flatMap((x) => kids(x, DATA, 'FRBRExpression')))
          return soort === '/join/id/stop/work_019' && expressie === wordt ? '|GOED|' : `${soort} `
        })
        .join('')
      out.check('BHKV1006', e, !controle.includes('|GOED|'), (sel) => (sel === "normalize-space(replace($controle, ' /', ', /'))" ? normalizeSpace(controle.replaceAll(' /', ', /')) : unported(sel)))
    },
  )
  /** The Artikelen (and WijzigArtikelen) the BHKV1009/1010/1011 tests look in for $matchId in $component. */
  const artikelFound = (e: XmlElement, matchId: string, component: string, wijzig: boolean): boolean => {
    const locals = wijzig ? ['Artikel', 'WijzigArtikel'] : ['Artikel']
    const besluitVersies = up(e, LVBBA, 'BesluitVersie')
    // ancestor::lvbba:BesluitVersie/tekst:BesluitCompact//tekst:Artikel[@eId = $matchId][not(ancestor::tekst:WijzigBijlage)]
    const compact = besluitVersies
      .flatMap((v) => kids(v, TEKST, 'BesluitCompact'))
      .some((c) => descendantsOf(c).some((d) => is(d, TEKST, ...locals) && att(d, 'eId') === matchId && !hasAncestorIn(d, TEKST, 'WijzigBijlage')))
    // ancestor::lvbba:BesluitVersie//tekst:RegelingKlassiek/tekst:Lichaam//tekst:Artikel[@eId = $matchId][ancestor::tekst:RegelingKlassiek[@componentnaam = $component]]
    const klassiek = tekstDown(besluitVersies, 'RegelingKlassiek')
      .flatMap((r) => kids(r, TEKST, 'Lichaam'))
      .some((l) => descendantsOf(l).some((d) => is(d, TEKST, ...locals) && att(d, 'eId') === matchId && hasAncestorIn(d, TEKST, 'RegelingKlassiek', (a) => att(a, 'componentnaam') === component)))
    // ancestor::lvbba:AanleverenRectificatie//tekst:BesluitMutatie[@componentnaam = $component]//tekst:*[@eId = $matchId]
    const rectificatie = tekstDown(up(e, LVBBA, 'AanleverenRectificatie'), 'BesluitMutatie')
      .filter((m) => att(m, 'componentnaam') === component)
      .some((m) => descendantsOf(m).some((d) => d.ns === TEKST && att(d, 'eId') === matchId))
    return compact || klassiek || rectificatie
  }
  // sch_lvbba_009: data:BeoogdeRegeling
  each(
    (e) => is(e, DATA, 'BeoogdeRegeling'),
    (e) => {
      const eId = one(kids(e, DATA, 'eId'))
      const bang = eId.startsWith('!')
      const matchId = bang ? after(eId.replaceAll('!', ''), '#') : eId
      const component = bang ? before(eId.replaceAll('!', ''), '#') : '[geen_component]'
      out.check('BHKV1009', e, !artikelFound(e, matchId, component, true), (sel) =>
        sel === '$eId' ? eId : sel === 'data:instrumentVersie' ? kids(e, DATA, 'instrumentVersie').map(str).join(' ') : unported(sel),
      )
    },
  )
  /** $refID, $matchID and $component of sch_lvbba_010, 011 and 063 (`hash`: the 063 form, '!' and '#' both needed). */
  const reference = (e: XmlElement, hash: boolean) => {
    const refID = one(kids(e, DATA, 'eId'))
    const bang = refID.startsWith('!') && (!hash || refID.includes('#'))
    const nearest = nearestComponent(e)
    return {
      refID,
      matchID: bang ? after(refID, '#') : refID,
      component: bang ? before(refID.replaceAll('!', ''), '#') : (nearest ?? '[is_geen_component]'),
    }
  }
  // sch_lvbba_010: data:ConsolidatieInformatie/data:Tijdstempels/data:Tijdstempel[data:eId]
  each(
    (e) => is(e, DATA, 'Tijdstempel') && kids(e, DATA, 'eId').length > 0 && is(e.parent, DATA, 'Tijdstempels') && is(e.parent?.parent, DATA, 'ConsolidatieInformatie'),
    (e) => {
      const r = reference(e, false)
      out.check('BHKV1010', e, !artikelFound(e, r.matchID, r.component, false), (sel) => (sel === '$refID' ? r.refID : unported(sel)))
    },
  )
  /** data:ConsolidatieInformatie/data:Intrekkingen/data:Intrekking[starts-with(xs:string(data:instrument), prefix)] */
  const intrekking = (e: XmlElement, prefix: string): boolean =>
    is(e, DATA, 'Intrekking') && is(e.parent, DATA, 'Intrekkingen') && is(e.parent?.parent, DATA, 'ConsolidatieInformatie') && (single(kids(e, DATA, 'instrument').map(str)) ?? '').startsWith(prefix)
  const instrument = (e: XmlElement, r: { refID: string }) => (sel: string): string =>
    sel === '$refID' ? r.refID : sel === 'data:instrument' ? kids(e, DATA, 'instrument').map(str).join(' ') : unported(sel)
  // sch_lvbba_011
  each(
    (e) => intrekking(e, '/akn/'),
    (e) => {
      const r = reference(e, false)
      out.check('BHKV1011', e, !artikelFound(e, r.matchID, r.component, true), instrument(e, r))
    },
  )
  // sch_lvbba_021: tekst:RegelingTijdelijkdeel
  each(
    (e) => is(e, TEKST, 'RegelingTijdelijkdeel'),
    (e) => {
      const wordt = att(e, 'wordt')
      const found =
        wordt !== undefined &&
        up(e, LVBBA, 'AanleveringBesluit').some((b) =>
          descendantsOf(b).some(
            (x) =>
              is(x, DATA, 'ExpressionIdentificatie') &&
              normalizeSpace(single(kids(x, DATA, 'soortWork').map(str)) ?? '') === '/join/id/stop/work_021' &&
              normalizeSpace(single(kids(x, DATA, 'FRBRExpression').map(str)) ?? '') === wordt,
          ),
        )
      out.check('BHKV1028', e, !found, (sel) => (sel === '$wordt' ? (wordt ?? '') : unported(sel)))
    },
  )
  // sch_lvbba_044: lvbba:AanleveringBesluit//tekst:*[@componentnaam]
  each(
    (e) => e.ns === TEKST && att(e, 'componentnaam') !== undefined && hasAncestorIn(e, LVBBA, 'AanleveringBesluit'),
    (e) => {
      const wordt = normalizeSpace(att(e, 'wordt') ?? '')
      const besluiten = up(e, LVBBA, 'AanleveringBesluit')
      const worden = [...new Set(besluiten.flatMap((b) => descendantsOf(b).filter((v) => is(v, LVBBA, 'RegelingVersieInformatie'))))].filter((v) =>
        kids(v, DATA, 'ExpressionIdentificatie').some((x) => kids(x, DATA, 'FRBRExpression').some((f) => str(f) === wordt)),
      ).length
      // The let FRBRexpression: normalize-space(data:ExpressionIdentificatie/xs:string(data:FRBRExpression)) per RegelingVersieInformatie.
      for (const v of besluiten.flatMap((b) => kids(b, LVBBA, 'RegelingVersieInformatie'))) single(kids(v, DATA, 'ExpressionIdentificatie').flatMap((x) => kids(x, DATA, 'FRBRExpression')))
      const melding = worden > 1 ? rules.vakerDanEens : ''
      out.check('BHKV1044', e, worden !== 1, (sel) => {
        if (sel === 'normalize-space($wordt)') return wordt
        if (sel === '@componentnaam') return att(e, 'componentnaam') ?? ''
        if (sel === '$melding') return melding
        return unported(sel)
      })
    },
  )
  /** lvbba:AanleveringBesluit/lvbba:BesluitVersie/data:Procedureverloop/data:procedurestappen */
  const procedurestappen = (e: XmlElement): boolean =>
    is(e, DATA, 'procedurestappen') && is(e.parent, DATA, 'Procedureverloop') && is(e.parent?.parent, LVBBA, 'BesluitVersie') && is(e.parent?.parent?.parent, LVBBA, 'AanleveringBesluit')
  // sch_lvbba_046
  each(procedurestappen, (e) =>
    out.check(
      'BHKV1046',
      e,
      kids(e, DATA, 'Procedurestap').some((p) => kids(p, DATA, 'soortStap').some((s) => str(s) === '/join/id/stop/procedure/stap_004')),
      unported,
    ),
  )
  /** normalize-space(ancestor::lvbba:BesluitVersie/data:BesluitMetadata/data:soortProcedure/./string()) */
  const soortProcedure = (e: XmlElement): string =>
    one(
      up(e, LVBBA, 'BesluitVersie')
        .reverse()
        .flatMap((v) => kids(v, DATA, 'BesluitMetadata'))
        .flatMap((m) => kids(m, DATA, 'soortProcedure')),
    )
  /** The let stappen of sch_lvbba_047 and 049: every soortStap but stap_002 and stap_003, each followed by ', '. */
  const andereStappen = (e: XmlElement): string =>
    kids(e, DATA, 'Procedurestap')
      .flatMap((p) => kids(p, DATA, 'soortStap'))
      .map((s) => normalizeSpace(str(s)))
      .filter((s) => s !== '/join/id/stop/procedure/stap_002' && s !== '/join/id/stop/procedure/stap_003')
      .map((s) => `${s}, `)
      .join('')
  // sch_lvbba_047: … [soortProcedure definitief]
  each(
    (e) => procedurestappen(e) && soortProcedure(e) === '/join/id/stop/proceduretype_definitief',
    (e) => {
      const stappen = andereStappen(e)
      const values = (sel: string): string => (sel === 'normalize-space($stappen)' ? normalizeSpace(stappen) : unported(sel))
      out.check('BHKV1047', e, stappen !== '', values)
      const ondertekend = kids(e, DATA, 'Procedurestap').some((p) => one(kids(p, DATA, 'soortStap')) === '/join/id/stop/procedure/stap_003')
      out.check('BHKV1048', e, !ondertekend, values)
    },
  )
  // sch_lvbba_049: … [soortProcedure ontwerp]
  each(
    (e) => procedurestappen(e) && soortProcedure(e) === '/join/id/stop/proceduretype_ontwerp',
    (e) => {
      const stappen = andereStappen(e)
      out.check('BHKV1049', e, stappen !== '', (sel) => (sel === 'normalize-space($stappen)' ? normalizeSpace(stappen) : unported(sel)))
    },
  )
  // sch_lvbba_057: lvbba:AanleveringKennisgeving//data:Procedureverloop/data:procedurestappen/data:Procedurestap/data:soortStap
  each(
    (e) =>
      is(e, DATA, 'soortStap') &&
      is(e.parent, DATA, 'Procedurestap') &&
      is(e.parent?.parent, DATA, 'procedurestappen') &&
      is(e.parent?.parent?.parent, DATA, 'Procedureverloop') &&
      hasAncestorIn(e.parent?.parent?.parent as XmlElement, LVBBA, 'AanleveringKennisgeving'),
    (e) => {
      // normalize-space(./text()): one text node (no child element, comment or CDATA section splitting it) or none.
      if (tree.text.slice(e.contentStart, e.contentEnd).includes('<')) throw new NotPorted('soortStap met meer dan tekst')
      const stap = normalizeSpace(str(e))
      out.check('BHKV1057', e, !/\/join\/id\/stop\/procedure\/stap_005|\/join\/id\/stop\/procedure\/stap_014|\/join\/id\/stop\/procedure\/stap_016|\/join\/id\/stop\/procedure\/stap_015/u.test(stap), (sel) =>
        sel === 'normalize-space(./text())' ? stap : unported(sel),
      )
    },
  )
  // sch_lvbba_058: lvbba:AanleveringBesluit/lvbba:RegelingVersieInformatie/data:ExpressionIdentificatie | lvbba:AanleveringRectificatie/…
  each(
    (e) => is(e, DATA, 'ExpressionIdentificatie') && is(e.parent, LVBBA, 'RegelingVersieInformatie') && is(e.parent?.parent, LVBBA, 'AanleveringBesluit', 'AanleveringRectificatie'),
    (e) => {
      const expressie = one(kids(e, DATA, 'FRBRExpression'))
      // ancestor::lvbba:<root>//tekst:<local>[xs:string(@wordt) = $FRBRexpression]
      const wordtIn = (root: string, local: string): boolean => tekstDown(up(e, LVBBA, root), local).some((r) => att(r, 'wordt') === expressie)
      const goed =
        wordtIn('AanleveringBesluit', 'RegelingMutatie') ||
        wordtIn('AanleveringRectificatie', 'RegelingMutatie') ||
        ['RegelingKlassiek', 'RegelingCompact', 'RegelingVrijetekst', 'RegelingTijdelijkdeel'].some((l) => wordtIn('AanleveringBesluit', l))
      out.check('BHKV1058', e, !goed, (sel) => (sel === '$FRBRexpression' ? expressie : unported(sel)))
    },
  )
  // sch_lvbba_063: data:ConsolidatieInformatie/data:Intrekkingen/data:Intrekking[starts-with(xs:string(data:instrument), '/join/id/')]
  each(
    (e) => intrekking(e, '/join/id/'),
    (e) => {
      const r = reference(e, true)
      const verwijderd = (x: XmlElement): boolean =>
        ancestorsOf(x).some((a) => a.ns === TEKST && (a.local === 'Verwijder' || a.local === 'VerwijderdeTekst' || att(a, 'wijzigactie') === 'verwijder'))
      const inMutaties = (mutaties: readonly XmlElement[]): boolean =>
        mutaties.filter((m) => att(m, 'componentnaam') === r.component).some((m) => descendantsOf(m).some((x) => is(x, TEKST, 'ExtIoRef') && att(x, 'eId') === r.matchID && verwijderd(x)))
      const versies = up(e, LVBBA, 'BesluitVersie')
      // ancestor::lvbba:BesluitVersie/tekst:BesluitCompact/tekst:WijzigBijlage//tekst:RegelingMutatie[…]//tekst:ExtIoRef[…]
      const compact = tekstDown(
        versies.flatMap((v) => kids(v, TEKST, 'BesluitCompact')).flatMap((c) => kids(c, TEKST, 'WijzigBijlage')),
        'RegelingMutatie',
      )
      // ancestor::lvbba:BesluitVersie//tekst:RegelingKlassiek/tekst:Lichaam//tekst:RegelingMutatie[…]//tekst:ExtIoRef[…]
      const klassiek = tekstDown(tekstDown(versies, 'RegelingKlassiek').flatMap((k) => kids(k, TEKST, 'Lichaam')), 'RegelingMutatie')
      out.check('bhkv1063', e, !(inMutaties(compact) || inMutaties(klassiek)), instrument(e, r))
    },
  )
  // sch_lvbba_066: data:BesluitMetadata[data:soortProcedure = '/join/id/stop/proceduretype_definitief']
  each(
    (e) => is(e, DATA, 'BesluitMetadata') && kids(e, DATA, 'soortProcedure').some((s) => str(s) === '/join/id/stop/proceduretype_definitief'),
    (e) => {
      const versies = up(e, LVBBA, 'BesluitVersie').reverse()
      out.check('BHKV1066', e, !versies.some((v) => kids(v, DATA, 'Procedureverloop').length > 0), (sel) =>
        sel === 'ancestor::lvbba:BesluitVersie/data:ExpressionIdentificatie/data:FRBRExpression'
          ? versies
              .flatMap((v) => kids(v, DATA, 'ExpressionIdentificatie'))
              .flatMap((x) => kids(x, DATA, 'FRBRExpression'))
              .map(str)
              .join(' ')
          : unported(sel),
      )
    },
  )
  // sch_lvbba_067: data:KennisgevingMetadata
  each(
    (e) => is(e, DATA, 'KennisgevingMetadata'),
    (e) => {
      const soort = kids(e, DATA, 'soortKennisgeving').map(str)
      const termijnen = soort.includes('KennisgevingBesluittermijnen') || soort.length === 0
      const ok = (termijnen && kids(e.parent, DATA, 'Procedureverloopmutatie').length > 0 && kids(e, DATA, 'mededelingOver').length > 0) || !termijnen
      out.check('BHKV1067', e, !ok, (sel) =>
        sel === '../data:ExpressionIdentificatie/data:FRBRExpression'
          ? kids(e.parent, DATA, 'ExpressionIdentificatie')
              .flatMap((x) => kids(x, DATA, 'FRBRExpression'))
              .map(str)
              .join(' ')
          : unported(sel),
      )
    },
  )
  return out.list
}
