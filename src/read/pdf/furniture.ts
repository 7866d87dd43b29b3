/**
 * Page furniture by position and repetition: a line in the top or bottom margin zone of a page whose text (with its
 * numbers left out) and size come back on other pages is a running header or footer; a bare page number there
 * (`12`, `- 12 -`, `Pagina 3 van 9`, `blz. 4`) is one by its form alone. Such lines are dropped; each kind once
 * named in a finding. A chapter heading at the top of a page stays: its type is larger than the running header's.
 */
import { bareLabel, type Fragment, type PdfLine } from './layout.js'
import type { PdfPage } from './load.js'

/** The share of the page height at the top and at the bottom where headers and footers stand. */
const ZONE = 0.14
const BIJLAGE_MARKER = /^(?:Bijlage|BIJLAGE)\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\b.*\bbij\b/u
const IDENTIFIER = /\/(?:join|akn)\/id\//u
const PAGE_NUMBER = /^(?:(?:pagina|pag\.?|blz\.?|p\.|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|\/)\s*\d{1,4})?$/iu

export interface Furniture<L extends PdfLine> {
  readonly pages: L[][]
  /** One line of each kind that was dropped, with the number of pages it stood on. */
  readonly kinds: { readonly line: L; readonly pages: number }[]
  /**
   * The lines dropped only for a number among their parts that runs with the pages: the weakest evidence (a footnote
   * `2  Zie artikel …` on the page printed 2 has that form too); the caller may keep them.
   */
  readonly byParts: readonly L[]
}

/** `keep`: lines that are no furniture whatever their place and form (footnotes found by the caller). */
/** `isLabel`: bareLabel of the document's lines, when the caller has it already. */
export function dropMarginFurniture<L extends PdfLine>(
  lines: readonly (readonly L[])[],
  pages: readonly PdfPage[],
  keep: ReadonlySet<L> = new Set(),
  isLabel: (text: string) => boolean = bareLabel(lines.flatMap((page) => page.map((l) => l.text))),
): Furniture<L> {
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
  // A running header stands in one place: its start, its end or its middle where it stands on the other pages, or
  // mirrored (flush left on even pages, flush right on odd ones). Per key, the pages by such a place, in 4 pt steps:
  // the same text at another place (`AMBITIE 2` atop the right column of one page, `AMBITIE 4` atop the left column
  // of the next) is no running header.
  const STEP = 4
  const places = (l: L): string[] => {
    const w = pages[l.page - 1]?.width ?? 595
    return [`s${Math.round(Math.min(l.x, w - l.right) / STEP)}`, `e${Math.round(Math.max(l.right, w - l.x) / STEP)}`, `m${Math.round(Math.abs((l.x + l.right) / 2 - w / 2) / STEP)}`]
  }
  const seen = new Map<string, Map<string, Set<number>>>()
  for (const page of lines) {
    for (const l of page) {
      const zone = zoneOf(l)
      if (!zone) continue
      for (const key of keysOf(l, zone)) {
        const byPlace = seen.get(key) ?? new Map<string, Set<number>>()
        seen.set(key, byPlace)
        for (const place of places(l)) byPlace.set(place, (byPlace.get(place) ?? new Set<number>()).add(l.page))
      }
    }
  }
  /** The pages a key's line stands on at the place of `l` (a step either side for rounding). */
  const pagesAt = (key: string, l: L): number => {
    const byPlace = seen.get(key)
    if (!byPlace) return 0
    const out = new Set<number>()
    for (const place of places(l)) {
      const n = Number(place.slice(1))
      for (const near of [n - 1, n, n + 1]) for (const p of byPlace.get(`${place[0]}${near}`) ?? []) out.add(p)
    }
    return out.size
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
  // One number is no evidence of how the pages are numbered: the offset must come back on several pages.
  const best = [...offsets.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  const offset = best !== undefined && best[1] >= minimum ? best[0] : undefined
  const runs = (f: { readonly text: string }, page: number): boolean =>
    PAGE_NUMBER.test(f.text) && offset !== undefined && Number(/\d+/u.exec(f.text)?.[0]) - page === offset
  const byParts = (l: L): boolean => l.size <= body * 1.05 && !PAGE_NUMBER.test(l.text) && l.fragments.length > 1 && l.fragments.some((f) => runs(f, l.page))
  const pageNumber = (l: L): boolean => (l.size <= body * 1.05 && PAGE_NUMBER.test(l.text)) || byParts(l)
  // A heading's label (`Hoofdstuk 3`, `Deel B`) at the top of a chapter's first page repeats in form only: its exact
  // text stands on one page. A running header that names its chapter repeats exactly on the chapter's pages.
  const exact = new Map<string, number>()
  for (const page of lines) for (const l of page) exact.set(l.text, (exact.get(l.text) ?? 0) + 1)
  // Also in smaller type when bold (`HOOFDSTUK 3` in 9 pt bold over a body of 9.5 pt). Also the document's own word
  // for its chapters (`Ambitie 2`, `Thema 3`: documentLabels), which starts a page when each chapter does.
  const label = (l: L): boolean => (l.size >= body * 0.95 || l.bold) && isLabel(l.text) && exact.get(l.text) === 1
  const margin = marginNumbers(lines, minimum)
  const repeats = (l: L, zone: string): boolean => keysOf(l, zone).some((key) => pagesAt(key, l) >= minimum)
  // Where the running header or footer stands: its baseline and size. A header that alternates (the document's title
  // on even pages, the chapter's number and title on odd ones) repeats on the odd pages only per chapter, but stands
  // in the same place in the same type as the title does.
  const slot = (l: L, zone: string): string => `${zone}|${Math.round(l.y)}|${Math.round(l.size * 2)}`
  const slots = new Set<string>()
  for (const page of lines) {
    for (const l of page) {
      const zone = zoneOf(l)
      if (zone && !keep.has(l) && l.size < body * 0.95 && repeats(l, zone)) slots.add(slot(l, zone))
    }
  }
  const isFurniture = (l: L): boolean => {
    // A line that names an informatieobject (`Gemeente X — /join/id/regdata/…`) is text of the bijlage wherever it stands.
    if (keep.has(l) || IDENTIFIER.test(l.text)) return false
    // `Bijlage 1 bij het raadsbesluit van …` above the visie on its first page stands where a header would, in a
    // header's type: it is furniture only where its words come back on other pages.
    if (BIJLAGE_MARKER.test(l.text) && exact.get(l.text) === 1) return false
    if (margin.lines.has(l)) return true
    const zone = zoneOf(l)
    if (!zone) return false
    // `Bijlage 1 bij het raadsbesluit van …` above the visie on its first page stands where a header would, in a
    // header's type: it is furniture only where it comes back on other pages.
    if (pageNumber(l)) return true
    if (label(l)) return false
    return repeats(l, zone) || (l.size < body * 0.95 && slots.has(slot(l, zone)))
  }
  const kinds = new Map<string, { line: L; pages: Set<number> }>()
  const count = (key: string, l: L): void => {
    const kind = kinds.get(key) ?? { line: l, pages: new Set<number>() }
    kind.pages.add(l.page)
    kinds.set(key, kind)
  }
  const kept = lines.map((page) =>
    page.flatMap((l) => {
      const number = margin.fragments.get(l)
      // In the header or footer zone, the text beside the page number is the running header's too (`Bijlage 2   10`
      // where each page's foot names its chapter).
      if (number && !keep.has(l) && !(zoneOf(l) && byParts(l))) {
        // The line without the page number beside it.
        const rest = l.fragments.filter((f) => f !== number)
        count('marge|paginanummer', { ...l, fragments: [number], text: number.text, x: number.x, right: number.right })
        return [{ ...l, fragments: rest, text: rest.map((f) => f.text).join(' '), x: (rest[0] as Fragment).x, right: Math.max(...rest.map((f) => f.right)) }]
      }
      if (!isFurniture(l)) return [l]
      count(margin.lines.has(l) ? 'marge|paginanummer' : pageNumber(l) ? `${zoneOf(l)}|paginanummer` : keyOf(l, zoneOf(l) as string), l)
      return []
    }),
  )
  const weak = lines.flat().filter((l) => isFurniture(l) && !margin.lines.has(l) && byParts(l) && !keysOf(l, zoneOf(l) as string).some((key) => pagesAt(key, l) >= minimum))
  return { pages: kept, kinds: [...kinds.values()].map((k) => ({ line: k.line, pages: k.pages.size })), byParts: weak }
}

/**
 * Page numbers in the outer margin at any height (halfway down the page, alternating sides): a bare number beside
 * the text, left of every other line of its page or right of them all, whose printed number runs with the pages (the
 * same offset to the PDF page) on several pages. Such a number on the baseline of a line of text is that line's
 * first or last fragment; `lines`: a line that is nothing but the number, `fragments`: the lines it ends or begins.
 */
function marginNumbers<L extends PdfLine>(lines: readonly (readonly L[])[], minimum: number): { lines: Set<L>; fragments: Map<L, Fragment> } {
  const found: { line: L; fragment: Fragment }[] = []
  for (const page of lines) {
    for (const l of page) {
      const ends = l.fragments.length === 1 ? [l.fragments[0] as Fragment] : [l.fragments[0] as Fragment, l.fragments[l.fragments.length - 1] as Fragment]
      for (const f of ends) {
        if (!/^\d{1,4}$/u.test(f.text)) continue
        const rest = page.flatMap((o) => (o === l ? l.fragments.filter((g) => g !== f) : o.fragments))
        if (rest.length === 0) continue
        if (rest.every((g) => g.x >= f.right + f.size) || rest.every((g) => g.right <= f.x - f.size)) found.push({ line: l, fragment: f })
      }
    }
  }
  const offset = (f: Fragment, l: L): number => Number(f.text) - l.page
  const offsets = new Map<number, number>()
  for (const { line, fragment } of found) offsets.set(offset(fragment, line), (offsets.get(offset(fragment, line)) ?? 0) + 1)
  const best = [...offsets.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  const out = { lines: new Set<L>(), fragments: new Map<L, Fragment>() }
  if (best === undefined || best[1] < minimum) return out
  for (const { line, fragment } of found) {
    if (offset(fragment, line) !== best[0]) continue
    if (line.fragments.length === 1) out.lines.add(line)
    else out.fragments.set(line, fragment)
  }
  return out
}
