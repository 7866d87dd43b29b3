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
import { contentKey, renvooi } from './renvooi.js'
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
  if (lo && ln && !container(lo, ln, acts)) acts.push(vervang(lo, ln))
  if (!container(oud, nieuw, acts)) {
    findings.push({
      code: 'VISIE-904', severity: 'blokkerend', layer: 'bron',
      message: 'De bijlagen van de omgevingsvisie zijn zo gewijzigd dat er geen plaats is om een nieuwe bijlage aan te hechten (alle bijlagen zijn vervangen); deel de wijziging op of behoud één bijlage.',
      data: {},
    })
  }
  acts.forEach(disambiguate)
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
 * The actions for the structure children of one container (Lichaam, Divisie, Bijlage, or the regeling's bijlagen).
 * False when a new child has no place to attach to: the caller replaces the container.
 */
function container(o: El, n: El, acts: El[]): boolean {
  const ok = structuur(o)
  const nk = structuur(n)
  const oldAt = new Map(ok.map((e, i) => [wIdOf(e), i]))
  const local: El[] = []
  let oi = 0
  let prev: string | undefined
  for (const [j, kid] of nk.entries()) {
    const at = oldAt.get(wIdOf(kid))
    if (at !== undefined && at >= oi) {
      for (; oi < at; oi++) local.push(verwijder(ok[oi] as El))
      oi = at + 1
      node(ok[at] as El, kid, local)
      prev = wIdOf(kid)
      continue
    }
    if (at !== undefined) return false // out of order: the ids pass never keeps a moved element's wId
    const next = nk.slice(j + 1).find((x) => {
      const k = oldAt.get(wIdOf(x))
      return k !== undefined && k >= oi
    })
    const anchor = prev !== undefined
      ? { positie: 'volgtOp', context: prev }
      : next ? { positie: 'komtVoor', context: wIdOf(next) } : ok[oi] ? { positie: 'komtVoor', context: wIdOf(ok[oi] as El) } : undefined
    if (!anchor) return false
    local.push(el('VoegToe', anchor, kid))
    prev = wIdOf(kid)
  }
  for (; oi < ok.length; oi++) local.push(verwijder(ok[oi] as El))
  acts.push(...local)
  return true
}

function node(o: El, n: El, acts: El[]): void {
  if (contentKey(o) === contentKey(n)) return
  if (n.name === 'Divisietekst') {
    acts.push(vervang(o, n))
    return
  }
  const inner: El[] = []
  if (!container(o, n, inner)) {
    acts.push(vervang(o, n))
    return
  }
  const ko = childEl(o, 'Kop')
  const kn = childEl(n, 'Kop')
  if (ko && kn && contentKey(ko) !== contentKey(kn)) {
    const eIdWordt = o.attrs?.eId !== n.attrs?.eId ? n.attrs?.eId : undefined
    acts.push(el('VervangKop', { wat: wIdOf(n), 'eId-wordt': eIdWordt }, renvooi(ko, kn) ?? kn))
  }
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

function vervang(o: El, n: El): El {
  return el('Vervang', { wat: wIdOf(n) }, renvooi(o, n) ?? n)
}

function verwijder(o: El): El {
  return el('Verwijder', { wat: wIdOf(o) }, o)
}
