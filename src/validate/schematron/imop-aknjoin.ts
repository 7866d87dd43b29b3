/**
 * The rules of STOP 1.3.0 imop-aknjoin.sch (the form of AKN and JOIN identifiers) in TypeScript (ported.ts says how a
 * port is used and why it reports what the official run reports). It applies to every STOP document of a package (27
 * of the Assen package's 37 entries), so running it without saxon-js saves a transform of every document.
 * Each context, let, test and value-of below is the rule file's, evaluated as XPath defines it; the comments quote it.
 * Where XPath would raise an error (a let that tokenizes two FRBRWorks) the port gives up (NotPorted) and the official
 * file runs, so the error is reported as it always was.
 */
import type { RawFailure } from './report.js'
import {
  castableAsDate,
  castableAsGYear,
  compareCodepoints,
  Failures,
  fill,
  normalizeSpace,
  NotPorted,
  partsOf,
  ruleLet,
  tokenize,
  unported,
  type Message,
  type Parts,
} from './ported.js'
import { childElements, XSL_NS } from './schema.js'
import { allElements, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { CONS, DATA, GEO } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-aknjoin.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_AKNJOIN = '6669d665783eeb347b8624b591b29da7517af92fd7af136432f8ec8ee84e2452'

/** What the port reads of the rule file besides its messages: the six xsl:if parts of the let `resultaat` (STOP1038). */
export interface AknjoinRules {
  readonly messages: ReadonlyMap<string, Message>
  readonly doelParts: readonly Parts[]
}

export function readAknjoinRules(schText: string, messages: ReadonlyMap<string, Message>): AknjoinRules {
  const named = ruleLet(schText, 'resultaat')
  const ifs = childElements(named, XSL_NS, 'if')
  if (ifs.length !== 6) throw new NotPorted('resultaat')
  // White space alone between instructions is no text of the variable (XSLT strips it from the stylesheet).
  return { messages, doelParts: ifs.map((i) => partsOf(i).filter((p) => typeof p !== 'string' || !/^[ \t\r\n]*$/.test(p))) }
}

const named = (e: XmlElement, ...locals: string[]): boolean => locals.includes(e.local)
const is = (e: XmlElement | undefined, ns: string, local: string): boolean => e !== undefined && e.ns === ns && e.local === local
/** Child elements `*:local` (any namespace) or `ns:local`. */
const kids = (e: XmlElement, local: string, ns?: string): XmlElement[] => e.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns))
/** `$seq[n]` (from 1): undefined for the empty sequence. */
const at = (seq: readonly string[], n: number): string | undefined => seq[n - 1]
/** matches($s, $re) with $s a string or the empty sequence (read as ''). */
const matches = (s: string | undefined, re: RegExp): boolean => re.test(s ?? '')
/** Joined as xsl:value-of writes a sequence. */
const joined = (seq: readonly string[]): string => seq.join(' ')

const LAND = /^(nl|aw|cw|sx)$/u
const ID = /^(id)$/u
const OVERHEID = /^(mnre\p{Nd}{4}|mn\p{Nd}{3}|gm\p{Nd}{4}|ws\p{Nd}{4}|pv\p{Nd}{2})$/u
const CONSOLIDATIE_AKN = /^(land|provincie|gemeente|waterschap|consolidatie)$/u
const CONSOLIDATIE_JOIN = /^consolidatie$/u
const BLADCODE = /^(bgr|gmb|prb|stb|stcrt|trb|wsb)$/u
const TAAL = /^(nld|eng|fry|pap|mul|und)$/u
const COLLECTIE = /^(regdata|infodata|pubdata)$/u
const COMPONENT = /^![A-z0-9_/-/=]+$/u
const DOEL_OVERHEID = /^(mnre\p{Nd}{4}|mn\p{Nd}{3}|gm\p{Nd}{4}|ws\p{Nd}{4}|pv\p{Nd}{2})/u
const DOEL_NAAM = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/u

/** The failures imop-aknjoin.sch reports on the document; throws NotPorted where the official file must run. */
export function aknjoinFailures(tree: XmlTree, rules: AknjoinRules): RawFailure[] {
  const all = [...allElements(tree.root)]
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(rules.messages)

  // sch_data_001: *:FRBRWork | *:FRBRExpression | *:instrumentVersie | *:ExtIoRef | *:opvolgerVan | *:informatieobjectRef | *:instrument | *:heeftGeboorteregeling
  for (const e of all) {
    if (!named(e, 'FRBRWork', 'FRBRExpression', 'instrumentVersie', 'ExtIoRef', 'opvolgerVan', 'informatieobjectRef', 'instrument', 'heeftGeboorteregeling')) continue
    const s = str(e)
    out.check('STOP1000', e, s.includes('.'), (sel) => (sel === '.' ? s : unported(sel)))
  }

  // sch_data_002: *:ExpressionIdentificatie | geo:GeoInformatieObjectVersie
  for (const e of all) {
    if (!(e.local === 'ExpressionIdentificatie' || is(e, GEO, 'GeoInformatieObjectVersie'))) continue
    // normalize-space(*:FRBRWork): more than one is a type error.
    const work = normalizeSpace(single(kids(e, 'FRBRWork').map(str)) ?? '')
    const expression = normalizeSpace(single(kids(e, 'FRBRExpression').map(str)) ?? '')
    out.check('STOP1001', e, !expression.startsWith(`${work}/`), (sel) => (sel === '$Work' ? work : sel === '$Expression' ? expression : unported(sel)))
  }

  // sch_data_003: the same names but heeftGeboorteregeling.
  for (const e of all) {
    if (!named(e, 'FRBRWork', 'FRBRExpression', 'instrumentVersie', 'ExtIoRef', 'opvolgerVan', 'informatieobjectRef', 'instrument')) continue
    const identificatie = str(e)
    const deel2 = at(tokenize(identificatie, '/'), 3)
    const norm = normalizeSpace(identificatie)
    const values = (sel: string): string => (sel === '.' || sel === './string()' ? identificatie : sel === '$Identificatie_deel2' ? (deel2 ?? '') : unported(sel))
    out.check('STOP1014', e, !(norm.startsWith('/akn/') || norm.startsWith('/join/')), values)
    out.check('STOP1002', e, norm.startsWith('/akn/') && !matches(deel2, LAND), values)
    out.check('STOP1003', e, norm.startsWith('/join/') && !matches(deel2, ID), values)
  }

  // sch_data_005: *:ExpressionIdentificatie
  for (const e of all) if (e.local === 'ExpressionIdentificatie') expressionIdentificatie(e, str, out)

  // sch_data_058: data:ExpressionIdentificatie[data:soortWork = '/join/id/stop/work_021']
  for (const e of all) {
    if (!is(e, DATA, 'ExpressionIdentificatie') || !kids(e, 'soortWork', DATA).some((s) => str(s) === '/join/id/stop/work_021')) continue
    const works = kids(e, 'FRBRWork', DATA).map(str)
    out.check('STOP2058', e, kids(e, 'isTijdelijkDeelVan', DATA).length === 0, (sel) => (sel === 'data:FRBRWork' ? joined(works) : unported(sel)))
  }

  // sch_data_006: data:isTijdelijkDeelVan
  for (const e of all) {
    if (!is(e, DATA, 'isTijdelijkDeelVan')) continue
    const parent = is(e.parent, DATA, 'ExpressionIdentificatie') ? [e.parent as XmlElement] : []
    const soortTijdelijkdeel = parent.flatMap((p) => kids(p, 'soortWork', DATA)).map(str)
    // tokenize($workTijdelijkdeel, '/') of parent::…/data:FRBRWork/string(): more than one is a type error.
    single(parent.flatMap((p) => kids(p, 'FRBRWork', DATA)).map(str))
    const identificatie = kids(e, 'WorkIdentificatie', DATA)
    const soortVanRegeling = identificatie.flatMap((w) => kids(w, 'soortWork', DATA)).map(str)
    const workVanRegelingSeq = identificatie.flatMap((w) => kids(w, 'FRBRWork', DATA)).map(str)
    const documenttype = at(tokenize(single(workVanRegelingSeq), '/'), 4)
    const values = (sel: string): string => {
      if (sel === '$soortWorkTijdelijkdeel') return joined(soortTijdelijkdeel)
      if (sel === '$soortWorkVanRegeling') return joined(soortVanRegeling)
      if (sel === '$workVanRegeling') return joined(workVanRegelingSeq)
      return unported(sel)
    }
    out.check('STOP2004', e, !soortTijdelijkdeel.includes('/join/id/stop/work_021'), values)
    out.check('STOP2057', e, !soortVanRegeling.includes('/join/id/stop/work_019'), values)
    out.check('STOP2063', e, documenttype !== 'act', values)
  }

  // The last pattern (no id): cons:doel | data:doel
  for (const e of all) {
    if (!(is(e, CONS, 'doel') || is(e, DATA, 'doel'))) continue
    // substring-after(normalize-space(./string()), '/'): '' when there is no '/'.
    const norm = normalizeSpace(str(e))
    const slash = norm.indexOf('/')
    const delen = tokenize(slash < 0 ? '' : norm.slice(slash + 1), '/')
    const deel = (n: number): string | undefined => at(delen, n)
    const d5 = deel(5)
    const length5 = d5 === undefined ? 0 : [...d5].length
    const conditions = [
      deel(1) !== 'join',
      deel(2) !== 'id',
      deel(3) !== 'proces',
      !matches(deel(4), DOEL_OVERHEID),
      !(castableAsDate(d5) || castableAsGYear(d5)) || !(length5 === 4 || length5 === 10),
      !matches(deel(6), DOEL_NAAM),
    ]
    const resultaat = conditions
      .map((fires, i) => (fires ? fill(rules.doelParts[i] as Parts, (sel) => (sel === `$doelDelen[${i + 1}]` ? (deel(i + 1) ?? '') : unported(sel))) : ''))
      .join('')
    out.check('STOP1038', e, resultaat !== '', (sel) => (sel === 'normalize-space($resultaat)' ? normalizeSpace(resultaat) : unported(sel)))
  }
  return out.list
}

/** sch_data_005 on one *:ExpressionIdentificatie. */
function expressionIdentificatie(e: XmlElement, str: (e: XmlElement) => string, out: Failures): void {
  const soortWork = kids(e, 'soortWork').map(str)
  // tokenize($Expression, '/') and tokenize($Work, '/') of ./*:FRBRExpression/string(), ./*:FRBRWork/string().
  const expressionSeq = kids(e, 'FRBRExpression').map(str)
  const workSeq = kids(e, 'FRBRWork').map(str)
  const expressionReeks = tokenize(single(expressionSeq), '/')
  const workReeks = tokenize(single(workSeq), '/')
  const expressionDatumWork = at(expressionReeks, 6)
  const restdeelReeks = tokenize(at(expressionReeks, 8), '@')
  const taal = at(restdeelReeks, 1)
  const restdeelDeel2 = at(restdeelReeks, 2)
  const datumExpr = at(tokenize(restdeelDeel2, ';'), 1)
  const objecttype = at(workReeks, 3)
  const collectie = at(workReeks, 4)
  const documenttype = collectie
  const overheid = at(workReeks, 5)
  const datumWork = at(workReeks, 6)
  const componentdeel = at(expressionReeks, 9)
  const soort = (...works: string[]): boolean => soortWork.some((s) => works.includes(s))
  const besluit = soort('/join/id/stop/work_003')
  const kennisgeving = soort('/join/id/stop/work_023')
  const rectificatie = soort('/join/id/stop/work_018')
  const regeling = soort('/join/id/stop/work_019', '/join/id/stop/work_006', '/join/id/stop/work_021', '/join/id/stop/work_022')
  const publicatie = soort('/join/id/stop/work_015')
  const informatieobject = soort('/join/id/stop/work_010')
  const consInformatieobject = soort('/join/id/stop/work_005')
  const join = informatieobject
  const akn = besluit || publicatie || regeling || kennisgeving || rectificatie
  const values = (sel: string): string => {
    switch (sel) {
      case '$Work':
        return joined(workSeq)
      case '$Expression':
        return joined(expressionSeq)
      case '$Work_documenttype':
        return documenttype ?? ''
      case '$Work_overheid':
        return overheid ?? ''
      case '$Expression_taal':
        return taal ?? ''
      case '$soortWork':
        return joined(soortWork)
      case '$componentdeel':
        return componentdeel ?? ''
      case '$Expression_restdeel_deel2':
        return restdeelDeel2 ?? ''
      default:
        return unported(sel)
    }
  }
  const date = (s: string | undefined): boolean => castableAsDate(s) || castableAsGYear(s)
  // `$a >= $b` on two strings (or the empty sequence: false), by code point.
  const atLeast = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && compareCodepoints(a, b) >= 0
  out.check('STOP1011', e, publicatie && !matches(documenttype, /^officialGazette$/u), values)
  out.check('STOP1013', e, besluit && !matches(documenttype, /^bill$/u), values)
  out.check('STOP1012', e, regeling && !matches(documenttype, /^act$/u), values)
  out.check('STOP1004', e, join && !matches(collectie, COLLECTIE), values)
  out.check('STOP1006', e, (join || akn) && !date(datumWork), values)
  out.check('STOP1007', e, join && !date(datumExpr), values)
  out.check('STOP1008', e, join && !atLeast(datumExpr, expressionDatumWork), values)
  out.check('STOP1009', e, (join || akn) && !matches(taal, TAAL), values)
  const overheidOk = (consolidatie: RegExp): boolean => matches(overheid, OVERHEID) || matches(overheid, consolidatie)
  out.check('STOP1010', e, (akn && !publicatie && !overheidOk(CONSOLIDATIE_AKN)) || (join && !publicatie && !overheidOk(CONSOLIDATIE_JOIN)), values)
  out.check('STOP1017', e, publicatie && !matches(overheid, BLADCODE), values)
  out.check('STOP1037', e, kennisgeving && !matches(documenttype, /^doc$/u), values)
  out.check('STOP1044', e, rectificatie && !matches(documenttype, /^doc$/u), values)
  out.check('STOP2002', e, matches(documenttype, /^bill$/u) && !besluit, values)
  out.check('STOP2003', e, matches(documenttype, /^act$/u) && !regeling, values)
  out.check('STOP2052', e, matches(documenttype, /^doc$/u) && !(rectificatie || kennisgeving), values)
  out.check('STOP2024', e, matches(objecttype, /^id$/u) && !(informatieobject || consInformatieobject), values)
  out.check('STOP1071', e, !(componentdeel === undefined || matches(componentdeel, COMPONENT)), values)
  out.check('STOP1072', e, (restdeelDeel2 ?? '').includes('!'), values)
}

/** The one item of a sequence XPath needs as a single string (undefined for none); more than one is a type error. */
function single(seq: readonly string[]): string | undefined {
  if (seq.length > 1) throw new NotPorted('meer dan één waarde')
  return seq[0]
}
