/**
 * Page furniture by position and repetition: a line in the top or bottom margin zone of a page whose text (with its
 * numbers left out) and size come back on other pages is a running header or footer; a bare page number there
 * (`12`, `- 12 -`, `Pagina 3 van 9`, `blz. 4`) is one by its form alone. Such lines are dropped; each kind once
 * named in a finding. A chapter heading at the top of a page stays: its type is larger than the running header's.
 */
import { BARE_LABEL, type PdfLine } from './layout.js'
import type { PdfPage } from './load.js'

/** The share of the page height at the top and at the bottom where headers and footers stand. */
const ZONE = 0.14
const PAGE_NUMBER = /^(?:(?:pagina|pag\.?|blz\.?|p\.|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|\/)\s*\d{1,4})?$/iu

export interface Furniture<L extends PdfLine> {
  readonly pages: L[][]
  /** One line of each kind that was dropped, with the number of pages it stood on. */
  readonly kinds: { readonly line: L; readonly pages: number }[]
}

export function dropMarginFurniture<L extends PdfLine>(lines: readonly (readonly L[])[], pages: readonly PdfPage[]): Furniture<L> {
  const zoneOf = (l: L): 'top' | 'bottom' | undefined => {
    const h = pages[l.page - 1]?.height ?? 842
    if (l.y <= h * ZONE) return 'top'
    if (l.y >= h * (1 - ZONE)) return 'bottom'
    return undefined
  }
  const chars = new Map<number, number>()
  for (const page of lines) for (const l of page) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length)
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
  // Numbers vary in a running header or footer (page numbers, dates), so they are left out of its key; but a line in
  // type larger than the body (a chapter's `2` or `Hoofdstuk 2` at the top of each chapter's first page) repeats
  // only when its whole text does.
  const keyOf = (l: L, zone: string): string => {
    const text = l.text.toLowerCase().replace(/\s+/gu, ' ')
    return `${zone}|${Math.round(l.size)}|${l.size > body * 1.15 ? text : text.replace(/\d+/gu, '#')}`
  }
  /**
   * The keys a line is counted under: its whole text; for a line in smaller type than the body also its first and
   * its last two words (a running header that names the chapter: `Gemeente X – Omgevingsvisie 2 Wonen`).
   */
  const keysOf = (l: L, zone: string): string[] => {
    const key = keyOf(l, zone)
    const words = key.slice(key.lastIndexOf('|') + 1).split(' ')
    if (l.size > body * 0.92 || words.length < 3) return [key]
    return [key, `${zone}|begin|${words.slice(0, 2).join(' ')}`, `${zone}|eind|${words.slice(-2).join(' ')}`]
  }
  const seen = new Map<string, Set<number>>()
  for (const page of lines) {
    for (const l of page) {
      const zone = zoneOf(l)
      if (!zone) continue
      for (const key of keysOf(l, zone)) seen.set(key, (seen.get(key) ?? new Set<number>()).add(l.page))
    }
  }
  const minimum = Math.max(2, Math.ceil(lines.length * 0.2))
  // A bare number in large type at the top is a chapter's number, not a page number.
  // A header or footer line with a page number among its parts (`Titel      pag. 3`) is furniture as a whole.
  // A number among a line's parts (`Titel      pag. 3`) is its page number when it runs with the pages as the
  // document's page numbers do (the printed number minus the PDF page, most often found); a table row at a page's
  // foot (`West-Brabant   28.000   2/3`) is no footer.
  const offsets = new Map<number, number>()
  for (const page of lines) {
    for (const l of page) {
      if (!zoneOf(l)) continue
      for (const f of l.fragments.length > 1 ? l.fragments : [l]) {
        if (!PAGE_NUMBER.test(f.text)) continue
        const d = Number(/\d+/u.exec(f.text)?.[0]) - l.page
        offsets.set(d, (offsets.get(d) ?? 0) + 1)
      }
    }
  }
  const offset = [...offsets.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
  const runs = (f: { readonly text: string }, page: number): boolean =>
    PAGE_NUMBER.test(f.text) && (offset === undefined || Number(/\d+/u.exec(f.text)?.[0]) - page === offset)
  const pageNumber = (l: L): boolean => l.size <= body * 1.05 && (PAGE_NUMBER.test(l.text) || (l.fragments.length > 1 && l.fragments.some((f) => runs(f, l.page))))
  // A heading's label (`Hoofdstuk 3`, `Deel B`) at the top of a chapter's first page repeats in form only: its exact
  // text stands on one page. A running header that names its chapter repeats exactly on the chapter's pages.
  const exact = new Map<string, number>()
  for (const page of lines) for (const l of page) exact.set(l.text, (exact.get(l.text) ?? 0) + 1)
  const label = (l: L): boolean => l.size >= body * 0.95 && BARE_LABEL.test(l.text) && exact.get(l.text) === 1
  const isFurniture = (l: L): boolean => {
    const zone = zoneOf(l)
    if (!zone) return false
    if (pageNumber(l)) return true
    if (label(l)) return false
    return keysOf(l, zone).some((key) => (seen.get(key)?.size ?? 0) >= minimum)
  }
  const kinds = new Map<string, { line: L; pages: Set<number> }>()
  const kept = lines.map((page) =>
    page.filter((l) => {
      if (!isFurniture(l)) return true
      const key = pageNumber(l) ? `${zoneOf(l)}|paginanummer` : keyOf(l, zoneOf(l) as string)
      const kind = kinds.get(key) ?? { line: l, pages: new Set<number>() }
      kind.pages.add(l.page)
      kinds.set(key, kind)
      return false
    }),
  )
  return { pages: kept, kinds: [...kinds.values()].map((k) => ({ line: k.line, pages: k.pages.size })) }
}
