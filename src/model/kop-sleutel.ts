/**
 * visie.json keys that name a heading of the Lichaam (`ow.annotaties`, and `afbeeldingen` for a heading left empty):
 * `"4.4.1"` (the number) or `"4.4.1 Binnenstad"` (number and title, as the text has them). Numbers change when a
 * wijziging adds, removes or moves sections; a key with its title then follows the heading to its new number. Out: the
 * heading a key names and how sure that is, and the finding that says so — never a silent change of place:
 * VISIE-918 (found by its title under another number), VISIE-919 (found by its number under another title),
 * VISIE-921 (the title names several headings).
 */
import type { Finding } from './finding.js'
import type { Kop } from './index.js'

export interface KopSleutel {
  readonly nummer: string
  readonly opschrift?: string
}

/** `4.4.1` or `4.4.1 Binnenstad`; anything else (a figure caption) is no heading key. */
export function parseKopSleutel(key: string): KopSleutel | undefined {
  const m = /^(\d+(?:\.\d+)*)(?:\s+(\S.*))?$/.exec(key.trim())
  if (!m?.[1]) return undefined
  return m[2] ? { nummer: m[1], opschrift: m[2] } : { nummer: m[1] }
}

export type KopMatch<T> =
  | { readonly soort: 'exact' | 'titel' | 'nummer'; readonly node: T }
  | { readonly soort: 'dubbel'; readonly nodes: readonly T[] }
  | { readonly soort: 'geen' }

const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * The node a key names among `nodes`: number and title both (exact); else the one node with that title (titel: it was
 * renumbered or moved); else the one node with that number (nummer: its title changed). A number alone matches by
 * number. Several candidates at a step: dubbel.
 */
export function matchKop<T extends { readonly kop?: Kop }>(key: KopSleutel, nodes: readonly T[]): KopMatch<T> {
  const byNummer = nodes.filter((n) => n.kop?.nummer === key.nummer)
  if (key.opschrift === undefined) return pick(byNummer, 'exact')
  const titel = norm(key.opschrift)
  const exact = byNummer.filter((n) => norm(n.kop?.opschrift) === titel)
  if (exact.length > 0) return pick(exact, 'exact')
  const byTitel = nodes.filter((n) => norm(n.kop?.opschrift) === titel)
  if (byTitel.length > 0) return pick(byTitel, 'titel')
  return pick(byNummer, 'nummer')
}

function pick<T>(nodes: readonly T[], soort: 'exact' | 'titel' | 'nummer'): KopMatch<T> {
  if (nodes.length === 0) return { soort: 'geen' }
  if (nodes.length > 1) return { soort: 'dubbel', nodes }
  return { soort, node: nodes[0] as T }
}

/** `4.4.1 Binnenstad` */
export function kopTekst(kop: Kop | undefined): string {
  return [kop?.nummer, kop?.opschrift].filter(Boolean).join(' ')
}

/**
 * The finding for an uncertain or ambiguous match (none for exact or geen: the caller owns "matches nothing").
 * `sleutel` is how the user finds the key: `ow.annotaties["3.2 Wonen"]`.
 */
export function kopMatchFinding<T extends { readonly kop?: Kop }>(
  match: KopMatch<T>, sleutel: string, file: string, lineOf: (n: T) => number | undefined,
): Finding | undefined {
  const at = (n: T) => {
    const line = lineOf(n)
    return line === undefined ? {} : { source: { file, line } }
  }
  if (match.soort === 'titel') {
    return {
      code: 'VISIE-918', severity: 'informatie', layer: 'bron', ...at(match.node),
      message: `${sleutel} is gekoppeld aan de kop "${kopTekst(match.node.kop)}": dezelfde titel onder een ander nummer. Werk het nummer in visie.json bij om deze melding weg te nemen.`,
      data: { sleutel, kop: kopTekst(match.node.kop) },
    }
  }
  if (match.soort === 'nummer') {
    return {
      code: 'VISIE-919', severity: 'waarschuwing', layer: 'bron', ...at(match.node),
      message: `${sleutel} is gekoppeld aan de kop "${kopTekst(match.node.kop)}": hetzelfde nummer, maar een andere titel. Controleer of dit de bedoelde paragraaf is en neem de titel over in visie.json.`,
      data: { sleutel, kop: kopTekst(match.node.kop) },
    }
  }
  if (match.soort === 'dubbel') {
    const first = match.nodes[0] as T
    return {
      code: 'VISIE-921', severity: 'blokkerend', layer: 'bron', ...at(first),
      message: `${sleutel} past op meer dan één kop (${match.nodes.map((n) => `"${kopTekst(n.kop)}"`).join(', ')}); noem nummer en titel zoals de tekst ze heeft.`,
      data: { sleutel, koppen: match.nodes.map((n) => kopTekst(n.kop)).join(' | ') },
    }
  }
  return undefined
}
