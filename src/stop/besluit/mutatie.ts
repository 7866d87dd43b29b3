/**
 * tekst:RegelingMutatie from two versions of a RegelingVrijetekst as element trees (issue 17; imop-tekst.xsd 1.3.0):
 * in document order, `VervangKop` for a changed Kop of a Divisie or Bijlage (with `eId-wordt` when renumbered),
 * `Vervang` for a changed Divisietekst (renvooi inside, renvooi.ts), `VoegToe` (`positie` volgtOp/komtVoor with the
 * neighbour's wId as `context`) for a new Divisie/Divisietekst/Bijlage, `Verwijder` for a removed one. Unchanged
 * parts are not in the mutation. Where a place for a new element has no neighbour (an empty Divisie gets its first
 * text) the Divisie itself is replaced in renvooi. Not expressed: a changed RegelingOpschrift (VISIE-903) and eIds
 * that change below a renumbered Divisie without a change of their own.
 */
import type { Finding } from '../../model/index.js'
import { contentKey, lcs, renvooi } from './renvooi.js'
import { el, type El } from './xml.js'

const STRUCTUUR = new Set(['Divisie', 'Divisietekst', 'Bijlage'])

export interface MutatieResult {
  readonly mutatie: El
  /** How many of each action, for the report and `visie diff`. */
  readonly acties: Readonly<Record<'VervangKop' | 'Vervang' | 'VoegToe' | 'Verwijder', number>>
  /** Each action with what it is about, in document order (`visie diff`). */
  readonly wijzigingen: readonly Wijziging[]
  readonly findings: readonly Finding[]
}

export interface Wijziging {
  readonly actie: 'VervangKop' | 'Vervang' | 'VoegToe' | 'Verwijder'
  /** wId of the element (for VoegToe: of the element added). */
  readonly wId: string
  /** The Kop as the text shows it (`5.3 Samen plannen maken`), or the first words of a Divisietekst without Kop. */
  readonly kop: string
  /** For VervangKop: the Kop before. */
  readonly was?: string
  /** Al elements with a text change, added and removed inside a Vervang. */
  readonly alineas?: { readonly gewijzigd: number; readonly toegevoegd: number; readonly verwijderd: number }
}

export function writeRegelingMutatie(
  oud: El, nieuw: El, ids: { componentnaam: string; was: string; wordt: string },
): MutatieResult {
  const acts: El[] = []
  const findings: Finding[] = []
  if (textKey(childEl(oud, 'RegelingOpschrift')) !== textKey(childEl(nieuw, 'RegelingOpschrift'))) {
    findings.push({
      code: 'VISIE-903', severity: 'waarschuwing', layer: 'bron',
      message: 'De titel van de omgevingsvisie (RegelingOpschrift) is gewijzigd; een RegelingMutatie kan die niet vervangen, de titel blijft die van de vorige versie. Wijzig de citeertitel met een apart besluit als dat de bedoeling is.',
      data: {},
    })
  }
  const lo = childEl(oud, 'Lichaam')
  const ln = childEl(nieuw, 'Lichaam')
  const sc = scope(oud, nieuw)
  if (lo && ln && !container(lo, ln, acts, sc, keepEId)) acts.push(vervang(lo, ln))
  if (!container(oud, nieuw, acts, sc, keepEId)) {
    findings.push({
      code: 'VISIE-904', severity: 'blokkerend', layer: 'bron',
      message: 'De bijlagen van de omgevingsvisie zijn zo gewijzigd dat er geen plaats is om een nieuwe bijlage aan te hechten (alle bijlagen zijn vervangen); deel de wijziging op of behoud één bijlage.',
      data: {},
    })
  }
  acts.forEach(disambiguate)
  markRemoved(acts)
  const acties = { VervangKop: 0, Vervang: 0, VoegToe: 0, Verwijder: 0 }
  for (const a of acts) acties[a.name as keyof typeof acties]++
  return {
    mutatie: el('RegelingMutatie', { componentnaam: ids.componentnaam, was: ids.was, wordt: ids.wordt }, acts),
    acties,
    wijzigingen: acts.map(describe),
    findings,
  }
}

function plain(n: El | string, keep: 'was' | 'wordt'): string {
  if (typeof n === 'string') return n
  if (n.name === (keep === 'wordt' ? 'VerwijderdeTekst' : 'NieuweTekst')) return ''
  return n.children.map((c) => plain(c, keep)).join('')
}

function kopText(kop: El | undefined, keep: 'was' | 'wordt'): string {
  if (!kop) return ''
  return ['Label', 'Nummer', 'Opschrift'].map((n) => plain(childEl(kop, n) ?? '', keep).trim()).filter((t) => t !== '').join(' ')
}

function describe(a: El): Wijziging {
  const target = a.children.find((c): c is El => typeof c !== 'string')
  const actie = a.name as Wijziging['actie']
  if (!target) return { actie, wId: a.attrs?.wat ?? '', kop: '' }
  if (actie === 'VervangKop') return { actie, wId: a.attrs?.wat ?? '', kop: kopText(target, 'wordt'), was: kopText(target, 'was') }
  const kop = kopText(childEl(target, 'Kop'), 'wordt') || plain(target, 'wordt').replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ')
  const base = { actie, wId: wIdOf(target), kop }
  if (actie !== 'Vervang') return base
  const alineas = { gewijzigd: 0, toegevoegd: 0, verwijderd: 0 }
  const count = (e: El): void => {
    if (e.name === 'Al') {
      if (e.attrs?.wijzigactie === 'voegtoe') alineas.toegevoegd++
      else if (e.attrs?.wijzigactie === 'verwijder') alineas.verwijderd++
      else if (e.children.some((c) => typeof c !== 'string' && (c.name === 'NieuweTekst' || c.name === 'VerwijderdeTekst'))) alineas.gewijzigd++
      return
    }
    for (const c of e.children) if (typeof c !== 'string') count(c)
  }
  count(target)
  return { ...base, alineas }
}

function childEl(e: El, name: string): El | undefined {
  return e.children.find((c): c is El => typeof c !== 'string' && c.name === name)
}

function textKey(e: El | undefined): string {
  return e ? contentKey(e) : ''
}

function structuur(e: El): El[] {
  return e.children.filter((c): c is El => typeof c !== 'string' && STRUCTUUR.has(c.name))
}

const wIdOf = (e: El): string => e.attrs?.wId ?? ''

/**
 * Where each structure element sits in the old and the new version, by wId: a wId on both sides at another place (other
 * parent, or out of order among its siblings) is a move.
 */
interface Scope {
  readonly oud: ReadonlyMap<string, El>
  readonly nieuw: ReadonlySet<string>
}

function scope(oud: El, nieuw: El): Scope {
  const o = new Map<string, El>()
  const n = new Set<string>()
  const walk = (e: El, visit: (x: El) => void): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue
      if (STRUCTUUR.has(c.name) && c.attrs?.wId) visit(c)
      walk(c, visit)
    }
  }
  walk(oud, (x) => o.set(wIdOf(x), x))
  walk(nieuw, (x) => n.add(wIdOf(x)))
  return { oud: o, nieuw: n }
}

/**
 * The actions for the structure children of one container (Lichaam, Divisie, Bijlage, or the regeling's bijlagen).
 * Children that keep their order (longest common subsequence of wIds) are compared in place; a child whose wId the
 * old version has elsewhere is moved there with `Vervang` + positie/context (it keeps its wId; no Verwijder at the old
 * place); a child with a new wId is added with `VoegToe`; an old child whose wId the new version no longer has is
 * removed with `Verwijder`. False when a new child has no place to attach to: the caller replaces the container.
 */
function container(o: El, n: El, acts: El[], sc: Scope, rename: Rename): boolean {
  const ok = structuur(o)
  const nk = structuur(n)
  const stable = new Map(lcs(ok.map(wIdOf), nk.map(wIdOf)).map(([i, j]) => [j, i]))
  const local: El[] = []
  let oi = 0
  let prev: string | undefined
  const removeUpTo = (end: number): void => {
    for (; oi < end; oi++) if (!sc.nieuw.has(wIdOf(ok[oi] as El))) local.push(verwijder(ok[oi] as El))
  }
  for (const [j, kid] of nk.entries()) {
    const at = stable.get(j)
    if (at !== undefined) {
      removeUpTo(at)
      oi = at + 1
      node(ok[at] as El, kid, local, sc, rename)
      prev = wIdOf(kid)
      continue
    }
    const next = nk.slice(j + 1).find((_, k) => stable.has(j + 1 + k))
    const gone = ok.slice(oi).find((x) => !sc.nieuw.has(wIdOf(x)))
    const anchor = prev !== undefined
      ? { positie: 'volgtOp', context: prev }
      : next ? { positie: 'komtVoor', context: wIdOf(next) } : gone ? { positie: 'komtVoor', context: wIdOf(gone) } : undefined
    if (!anchor) return false
    const was = sc.oud.get(wIdOf(kid))
    local.push(was ? verplaats(was, kid, anchor) : el('VoegToe', anchor, kid))
    prev = wIdOf(kid)
  }
  removeUpTo(ok.length)
  acts.push(...local)
  return true
}

/**
 * How eIds change by the actions already taken above an element: a VervangKop with eId-wordt renames the element's
 * eId and, as eIds are built from their parents' (AKN naming), the same prefix of every eId below it.
 */
type Rename = (eId: string) => string

const keepEId: Rename = (eId) => eId

function renamed(rename: Rename, was: string, wordt: string): Rename {
  return (eId) => {
    const r = rename(eId)
    return r === was ? wordt : r.startsWith(`${was}__`) ? wordt + r.slice(was.length) : r
  }
}

function node(o: El, n: El, acts: El[], sc: Scope, rename: Rename): void {
  const eIdWas = rename(o.attrs?.eId ?? '')
  const eIdWordt = n.attrs?.eId ?? ''
  const renumbered = eIdWas !== eIdWordt && eIdWordt !== ''
  if (contentKey(o) === contentKey(n) && !renumbered) return
  if (n.name === 'Divisietekst') {
    acts.push(contentKey(o) === contentKey(n) ? revisie(n) : vervang(o, n))
    return
  }
  const ko = childEl(o, 'Kop')
  const kn = childEl(n, 'Kop')
  const kopChanged = ko !== undefined && kn !== undefined && contentKey(ko) !== contentKey(kn)
  if (renumbered && !kopChanged) {
    // An eId that changes while the text does not (an ordinal that shifts): only a whole Vervang can carry it, as a
    // revision (no renvooi to show, STOP0086 allows revisie="1" for a change that is not juridical).
    acts.push(contentKey(o) === contentKey(n) ? revisie(n) : vervang(o, n))
    return
  }
  const below = renumbered ? renamed(rename, eIdWas, eIdWordt) : rename
  const inner: El[] = []
  if (!container(o, n, inner, sc, below)) {
    acts.push(vervang(o, n))
    return
  }
  if (kopChanged) acts.push(el('VervangKop', { wat: wIdOf(n), 'eId-wordt': renumbered ? eIdWordt : undefined }, renvooi(ko, kn) ?? kn))
  acts.push(...inner)
}

/**
 * Inside one action the old side (VerwijderdeTekst, wijzigactie="verwijder") may hold an element with the eId or wId
 * of its replacement on the new side (an ExtIoRef whose GIO got a new version): the old one gets `-was` appended, so
 * the mutation's ids stay unique (STOP0027/0028) and the new one keeps the ids the consolidation refers to.
 */
function disambiguate(act: El, at: number, acts: El[]): void {
  const nieuw = new Set<string>()
  const collect = (e: El, old: boolean): void => {
    const gone = old || e.name === 'VerwijderdeTekst' || e.attrs?.wijzigactie === 'verwijder'
    if (!gone) for (const k of ['eId', 'wId']) if (e.attrs?.[k]) nieuw.add(`${k}=${e.attrs[k]}`)
    for (const c of e.children) if (typeof c !== 'string') collect(c, gone)
  }
  const rename = (e: El, old: boolean): El => {
    const gone = old || e.name === 'VerwijderdeTekst' || e.attrs?.wijzigactie === 'verwijder'
    const attrs = { ...(e.attrs ?? {}) }
    if (gone) for (const k of ['eId', 'wId']) if (attrs[k] && nieuw.has(`${k}=${attrs[k]}`)) attrs[k] = `${attrs[k]}-was`
    return { ...e, attrs, children: e.children.map((c) => (typeof c === 'string' ? c : rename(c, gone))) }
  }
  if (act.name !== 'Vervang' && act.name !== 'VervangKop') return
  collect(act, false)
  acts[at] = rename(act, false)
}

/**
 * STOP0027/0028 count every eId and wId in the mutation except inside elements marked wijzigactie="verwijder". A
 * removed element whose eId another element now has (a section removed where a moved or renumbered one comes) is
 * therefore marked as removed inside its Verwijder: the same renvooi a reader sees, and the ids stay unique.
 */
function markRemoved(acts: El[]): void {
  const live = new Set<string>()
  const collect = (e: El): void => {
    if (e.name === 'VerwijderdeTekst' || e.attrs?.wijzigactie === 'verwijder') return
    for (const k of ['eId', 'wId']) if (e.attrs?.[k]) live.add(`${k}=${e.attrs[k]}`)
    for (const c of e.children) if (typeof c !== 'string') collect(c)
  }
  for (const a of acts) if (a.name !== 'Verwijder') collect(a)
  const clash = (e: El): boolean =>
    ['eId', 'wId'].some((k) => e.attrs?.[k] !== undefined && live.has(`${k}=${e.attrs[k]}`)) || e.children.some((c) => typeof c !== 'string' && clash(c))
  acts.forEach((a, i) => {
    const target = a.children.find((c): c is El => typeof c !== 'string')
    if (a.name !== 'Verwijder' || !target || !clash(target)) return
    acts[i] = { ...a, children: a.children.map((c) => (c === target ? { ...target, attrs: { ...(target.attrs ?? {}), wijzigactie: 'verwijder' } } : c)) }
  })
}

function vervang(o: El, n: El): El {
  return el('Vervang', { wat: wIdOf(n) }, renvooi(o, n) ?? n)
}

/** A whole element whose only change is its eId (revisie="1": no juridical change, so no renvooi). */
function revisie(n: El): El {
  return el('Vervang', { wat: wIdOf(n), revisie: '1' }, n)
}

/**
 * A moved element (same wId, another place): Vervang with positie/context (imop-tekst.xsd agVerplaatsing) holding the
 * element in renvooi; unchanged, it is marked as added at its new place (the renvooi a reader sees: it appears there).
 */
function verplaats(o: El, n: El, anchor: { positie: string; context: string }): El {
  const r = renvooi(o, n)
  const marks = r !== undefined && hasMarks(r)
  return el('Vervang', { wat: wIdOf(n), ...anchor }, marks ? r : { ...n, attrs: { ...(n.attrs ?? {}), wijzigactie: 'voegtoe' } })
}

function hasMarks(e: El): boolean {
  if (e.attrs?.wijzigactie) return true
  return e.children.some((c) => typeof c !== 'string' && (c.name === 'NieuweTekst' || c.name === 'VerwijderdeTekst' || hasMarks(c)))
}

function verwijder(o: El): El {
  return el('Verwijder', { wat: wIdOf(o) }, o)
}
