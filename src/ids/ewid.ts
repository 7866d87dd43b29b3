/**
 * eId/wId parts (stop-lvbb.md §3.2, STOP0022/0023): the AKN prefix per element, numbered parts
 * (`div_4`, `art_II`, `cmp_A`) and ordinal parts (`content_o_3`), and the wId prefix (`gm0106_1__`).
 */

/** The AKN prefix STOP0022 expects as the start of the last eId part, per STOP element name. */
export const aknPrefix = {
  Aanhef: 'formula_1',
  Sluiting: 'formula_2',
  Lichaam: 'body',
  RegelingOpschrift: 'longTitle',
  Artikel: 'art',
  WijzigArtikel: 'art',
  WijzigBijlage: 'cmp',
  Bijlage: 'cmp',
  Divisie: 'div',
  Divisietekst: 'content',
  Lijst: 'list',
  Begrippenlijst: 'list',
  Li: 'item',
  Begrip: 'item',
  Figuur: 'img',
  Tabel: 'table',
  ExtIoRef: 'ref',
  IntIoRef: 'ref',
} as const

export type AknPrefix = (typeof aknPrefix)[keyof typeof aknPrefix]

/**
 * A number as an eId part: characters outside [A-Za-z0-9] become `-`, runs collapse, no leading or
 * trailing `-` (never a dot: STOP0013/0043). `4.2` → `4-2`, `IV` → `IV`, `1:` → `1`.
 */
export function sanitizeNummer(nummer: string): string {
  return nummer
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The part of a nested number below its parent's number: `4.2.2` under `4.2` → `2`. A number that does
 * not extend its parent's (a reader mistake, or a Divisie without numbered parent) is kept whole.
 */
export function relativeNummer(nummer: string, parentNummer: string | undefined): string {
  const n = nummer.replace(/\.+$/, '')
  if (parentNummer === undefined) return n
  const p = parentNummer.replace(/\.+$/, '')
  return n.startsWith(`${p}.`) ? n.slice(p.length + 1) : n
}

/** `gm0106` → `gm0106_1__`: the wId of an element is this prefix + its eId (`gm0106_1__div_4__content_o_1`). */
export function wIdPrefix(bevoegdGezag: string): string {
  return `${bevoegdGezag}_1__`
}

/**
 * Allocates eId parts among the children of one eId-carrying parent: numbered parts from the number,
 * unnumbered ones `<prefix>_o_<n>` counted per prefix among the unnumbered siblings only, so a numbered
 * sibling never shifts an ordinal. A repeated number gets `-2`, `-3`… (and the caller reports it).
 */
export class PartAllocator {
  private readonly ordinals = new Map<string, number>()
  private readonly used = new Set<string>()

  constructor(readonly path: string) {}

  /** The full eId of the next child: `<path>__<part>` (or `<part>` at the top of a scope). */
  next(prefix: AknPrefix, nummer?: string): { eId: string; duplicate: boolean } {
    let part: string
    let duplicate = false
    const clean = nummer === undefined ? '' : sanitizeNummer(nummer)
    if (clean !== '') {
      part = `${prefix}_${clean}`
      for (let k = 2; this.used.has(part); k++) {
        part = `${prefix}_${clean}-${k}`
        duplicate = true
      }
    } else {
      const n = (this.ordinals.get(prefix) ?? 0) + 1
      this.ordinals.set(prefix, n)
      part = `${prefix}_o_${n}`
    }
    this.used.add(part)
    return { eId: this.path === '' ? part : `${this.path}__${part}`, duplicate }
  }
}
