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
  readonly findings: readonly Finding[]
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
  const acties = { VervangKop: 0, Vervang: 0, VoegToe: 0, Verwijder: 0 }
  for (const a of acts) acties[a.name as keyof typeof acties]++
  return {
    mutatie: el('RegelingMutatie', { componentnaam: ids.componentnaam, was: ids.was, wordt: ids.wordt }, acts),
    acties,
    findings,
  }
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

function vervang(o: El, n: El): El {
  return el('Vervang', { wat: wIdOf(n) }, renvooi(o, n) ?? n)
}

function verwijder(o: El): El {
  return el('Verwijder', { wat: wIdOf(o) }, o)
}
