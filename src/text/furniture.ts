/**
 * Drops PDF page furniture from source lines (product.md §5): running headers and footers, page numbers and
 * watermarks, found by repetition across pages, never by a list of strings.
 *
 * 1. Pages: from form feeds (pdftotext), or else from the document's own page numbers: bare numbers that go up
 *    one by one through the text (the Assen extraction has no form feeds).
 * 2. The edges of each page (the first and last few lines; an extractor may put a header at either end) are
 *    candidates. Their shape is the text with digits as `#`, lower case.
 * 3. A shape is furniture when it sits at the edges of at least two pages and either reads the same each time
 *    (`Omgevingsvisie Drenthe 2050`, `Concept (van 5-1-2026 13:49)`, `C`/`on`/`ce`/`pt`) or carries a number
 *    that follows the page (`Pagina 6 van 17`, `6`). A chapter number that happens to stand at the top of a page
 *    does not follow the page, so it stays.
 * 4. A page's edge is stripped from the outside in while lines are furniture, each shape once per edge: a chapter
 *    title repeated as running header is removed, the heading itself under it stays.
 * Every removed line is returned with the kind of furniture it is, for the structure summary.
 */
import { NUMBERED_CAPTION, besideTitle, headingCandidate, isDocumentLabel } from './headings.js'
import type { SourceLine } from './lines.js'
import { isLeaderOnly } from './toc.js'

export interface RemovedLine {
  readonly line: SourceLine
  /** The shape the line was recognised by (digits as `#`), shared by all lines of one kind of furniture. */
  readonly kind: string
}

export interface FurnitureResult {
  readonly lines: readonly SourceLine[]
  /** What was dropped, for reporting and tests. */
  readonly removed: readonly RemovedLine[]
}

/** How many lines at each end of a page may be furniture. */
const EDGE = 4
const NUMBERS = /\d+/g
const CHAPTER_LABEL = /^(?:hoofdstuk|deel|paragraaf|onderdeel|bijlage|chapter|part)\b/u
/** A chapter label, also letter-spaced (`h o o f d s t u k #`), or the document's own (`Ambitie #`, withHeadingLabels). */
function chapterLabel(text: string): boolean {
  const plain = unspaced(text)
  return CHAPTER_LABEL.test(plain) || isDocumentLabel(/^\p{L}+/u.exec(plain)?.[0] ?? '')
}
/** Letter-spaced words joined: `H O O F D S T U K 1` → `HOOFDSTUK 1`. */
function unspaced(text: string): string {
  return text.replace(/(?<!\p{L})(?:\p{L} ){3,}\p{L}(?!\p{L})/gu, (m) => m.replaceAll(' ', ''))
}

export function dropFurniture(lines: readonly SourceLine[]): FurnitureResult {
  const pages = splitPages(lines)
  if (pages.length < 2) return { lines, removed: [] }
  const furniture = furnitureShapes(pages)
  const headings = firstHeadingPages(pages)
  const starts = edgeStarts(pages)
  const ends = edgeStarts(pages, true)
  const drop = stamps(pages)
  pages.forEach((page, p) => {
    // A line already dropped (the running header itself) is not the heading a header line would repeat.
    const running = (l: SourceLine): string | undefined =>
      runningHeading(l, page.filter((m) => !drop.has(m))) ?? repeatedHeading(l, p, headings) ?? namedChapter(l, p, headings, starts, ends)
    stripEdge(page, p, furniture, drop, false, running)
    stripEdge(page, p, furniture, drop, true, running)
  })
  const margin = marginPageNumbers(pages, drop, furniture)
  const kept: SourceLine[] = []
  const removed: RemovedLine[] = []
  // The first line left on a page starts it, also when the header above it is gone.
  const firstOfPage = new Set(pages.map((page) => page.find((l) => !drop.has(l))))
  for (const l of lines) {
    const kind = drop.get(l)
    const rest = margin.get(l)
    if (kind !== undefined) removed.push({ line: l, kind })
    else if (rest !== undefined) {
      removed.push({ line: { ...l, text: rest.number }, kind: '#' })
      kept.push(rest.line)
    } else kept.push(firstOfPage.has(l) && !l.pageStart ? { ...l, pageStart: true } : l)
  }
  return { lines: kept, removed }
}

/** A letter alone on its line: one glyph of text set upright in a margin (`v`, `a`, `s`, …). */
const ONE_LETTER = /^\p{L}$/u
/** A stamp's word(s): letters only, at most three words (`vastgesteld`, `CONCEPT`, `Ter inzage`). */
const STAMP_TEXT = /^\p{L}{3,}(?: \p{L}+){0,2}$/u

/**
 * Text stamped in the margin beside the text, on many pages, not at their edges: a word set vertically (`vastgesteld`
 * up the left margin), which `pdftotext -raw` gives one letter per line and `-layout` as a line of its own left of the
 * text column. The same word on at least three pages (and at least four tenths of them) is furniture: as a run of
 * single-letter lines (four or more), or as a line of its own whose indent lies well left of its page's text column
 * (the indent most of its lines share). A word of the text column itself (a label repeated on every page) stays.
 */
function stamps(pages: readonly SourceLine[][]): Map<SourceLine, string> {
  const found = new Map<string, { pages: Set<number>; lines: SourceLine[] }>()
  const note = (word: string, p: number, lines: readonly SourceLine[]): void => {
    const entry = found.get(word) ?? { pages: new Set<number>(), lines: [] }
    entry.pages.add(p)
    entry.lines.push(...lines)
    found.set(word, entry)
  }
  pages.forEach((page, p) => {
    const column = textColumn(page)
    for (let i = 0; i < page.length; i++) {
      let j = i
      while (j < page.length && ONE_LETTER.test(page[j]!.text)) j++
      if (j - i >= 4) {
        note(`verticaal:${page.slice(i, j).map((l) => l.text).join('')}`, p, page.slice(i, j))
        i = j - 1
        continue
      }
      const l = page[i]!
      if (column !== undefined && l.indent + 4 < column && STAMP_TEXT.test(l.text)) note(`stempel:${l.text}`, p, [l])
    }
  })
  const drop = new Map<SourceLine, string>()
  for (const [kind, { pages: on, lines }] of found) {
    if (on.size < 3 || on.size < pages.length * 0.4) continue
    for (const l of lines) drop.set(l, kind)
  }
  return drop
}

/** The indent most non-blank lines of a laid-out page share (undefined without indented lines: `-raw` text). */
function textColumn(page: readonly SourceLine[]): number | undefined {
  const count = new Map<number, number>()
  for (const l of page) if (l.text !== '') count.set(l.indent, (count.get(l.indent) ?? 0) + 1)
  let best: number | undefined
  for (const [indent, n] of count) if (best === undefined || n > (count.get(best) ?? 0) || (n === count.get(best) && indent < best)) best = indent
  return best === undefined || best < 4 ? undefined : best
}

/** Kinds of dropped lines that are the page's number. */
const PAGE_NUMBER_KIND = (kind: string): boolean => kind === '#' || kind === 'paginanummer' || kind.startsWith('label:')

/** A page number beside the text, off the page's edges, in `-layout` output: `4` before a column, `… terreinen.   5`. */
interface MarginNumber {
  readonly page: number
  readonly line: SourceLine
  readonly number: string
  /** The line without the number (blanked, so the columns keep their place); absent when the number is the line. */
  readonly rest?: SourceLine
}

/**
 * Page numbers printed in the margin at the height of the text (halfway down the outer margin) are not at a page's
 * edge: a bare number line, or a number set apart by a wide gap at the start or end of a laid-out line. They are the
 * page number when the same offset to the page index recurs on several pages (or matches the numbers already found at
 * the edges), one per page that has no page number yet, and the line is no heading (`4   Economie`).
 */
function marginPageNumbers(pages: readonly SourceLine[][], drop: Map<SourceLine, string>, furniture: ReadonlyMap<string, FurnitureShape>): Map<SourceLine, { number: string; line: SourceLine }> {
  const numbered = new Set<number>()
  const offsets = new Map<number, Set<number>>()
  const count = (offset: number, p: number): void => {
    offsets.set(offset, (offsets.get(offset) ?? new Set<number>()).add(p))
  }
  pages.forEach((page, p) => {
    for (const l of page) {
      const kind = drop.get(l)
      // A header or footer whose number follows the page (`Pagina 3 van 10`, not `versie 1.0`) numbers its page.
      if (kind === undefined || !(PAGE_NUMBER_KIND(kind) || (furniture.get(kind)?.offsets.size ?? 0) > 0)) continue
      numbered.add(p)
      const n = /^\d{1,3}$/u.exec(l.text)?.[0] ?? /\s(\d{1,3})$/u.exec(l.text)?.[1]
      if (PAGE_NUMBER_KIND(kind) && n !== undefined) count(Number(n) - p, p)
    }
  })
  const candidates: MarginNumber[] = []
  pages.forEach((page, p) => {
    if (numbered.has(p)) return
    page.forEach((l, k) => {
      if (drop.has(l)) return
      // A chapter's number set beside its title's two lines is no page number (numberBesideTitle).
      if (besideTitle(page[k - 1], l, page[k + 1])) return
      const c = marginNumber(l, page[k + 1], p)
      if (c === undefined) return
      candidates.push(c)
      count(Number(c.number) - p, p)
    })
  })
  const known = Math.max(2, Math.ceil(pages.length * 0.3))
  const out = new Map<SourceLine, { number: string; line: SourceLine }>()
  const byPage = new Map<number, MarginNumber[]>()
  for (const c of candidates) {
    if ((offsets.get(Number(c.number) - c.page)?.size ?? 0) < known) continue
    const own = byPage.get(c.page)
    if (own) own.push(c)
    else byPage.set(c.page, [c])
  }
  for (const list of byPage.values()) {
    if (list.length !== 1) continue
    const c = list[0] as MarginNumber
    if (c.rest === undefined) drop.set(c.line, '#')
    else out.set(c.line, { number: c.number, line: c.rest })
  }
  return out
}

function marginNumber(l: SourceLine, next: SourceLine | undefined, page: number): MarginNumber | undefined {
  if (/^\d{1,3}$/u.test(l.text)) {
    // A bare chapter number above its title (`5` / `Wonen en landschap`) is a heading, not the page number.
    // A labelled heading (`Hoofdstuk 0 – Leeswijzer`) has its own number: the bare one above it is the page's.
    const labelled = next !== undefined && /^(?:Hoofdstuk|HOOFDSTUK|Deel|DEEL|Bijlage|BIJLAGE)\s+\S/u.test(next.text)
    // A figure's caption below it (`Kaart 4 Focusgebieden`) is no title: the number is the page's.
    const caption = next !== undefined && NUMBERED_CAPTION.test(next.text)
    if (next !== undefined && !labelled && !caption && /^\p{Lu}/u.test(next.text) && next.text.split(' ').length <= 7 && !/[.;:,/@]/u.test(next.text)) return undefined
    return { page, line: l, number: l.text }
  }
  // In `-raw` output the margin number is glued to the line beside it: `4 Hoofdstuk 0 – Leeswijzer`.
  const glued = /^(\d{1,3}) (?=(?:Hoofdstuk|HOOFDSTUK|Deel|DEEL|Bijlage|BIJLAGE) )/u.exec(l.text)
  if (glued) return { page, line: l, number: glued[1] as string, rest: relaid(l, l.raw.replace(/^(\s*)\d{1,3}/u, (_, sp: string) => `${sp}${' '.repeat((glued[1] as string).length)}`)) }
  const lead = /^( *)(\d{1,3})( {3,})\S/u.exec(l.raw)
  // `4          Economie` is a heading set with a tab stop, however wide the gap.
  if (lead && !headingCandidate(l.text, undefined)) {
    const [, before = '', n = '', gap = ''] = lead
    const raw = `${before}${' '.repeat(n.length)}${gap}${l.raw.slice(lead[0].length - 1)}`
    return { page, line: l, number: n, rest: relaid(l, raw) }
  }
  const trail = /\S( {3,})(\d{1,3})$/u.exec(l.raw)
  if (trail) return { page, line: l, number: trail[2] as string, rest: relaid(l, l.raw.slice(0, trail.index + 1)) }
  return undefined
}

function relaid(l: SourceLine, raw: string): SourceLine {
  const trimmed = raw.replace(/ +$/u, '')
  return { ...l, raw: trimmed, text: trimmed.replace(/ +/gu, ' ').trim(), indent: trimmed.length - trimmed.trimStart().length }
}

/** Pages by form feed; without form feeds, pages end after each member of the page-number sequence. */
function splitPages(lines: readonly SourceLine[]): SourceLine[][] {
  const last = lines[lines.length - 1]
  // Form feeds mark pages when there are enough of them for pages (pdftotext writes one per page); a handful in
  // a long text is something else, and the page numbers tell the pages instead.
  if (last !== undefined && last.page > 0 && lines.length / (last.page + 1) <= 150) {
    const pages: SourceLine[][] = []
    for (const l of lines) (pages[l.page] ??= []).push(l)
    return pages.filter((p) => p !== undefined)
  }
  let numbers = pageNumberLines(lines)
  // No numbering that runs through the text (an extraction that kept only some page numbers): every bare number
  // may end a page; only what recurs around them is furniture.
  if (numbers.size < 3) numbers = new Set(lines.filter((l) => /^\d{1,3}$/u.test(l.text)))
  if (numbers.size < 2) return [lines.slice()]
  const pages: SourceLine[][] = [[]]
  for (const l of lines) {
    ;(pages[pages.length - 1] as SourceLine[]).push(l)
    if (numbers.has(l)) pages.push([])
  }
  return pages.filter((p) => p.length > 0)
}

/**
 * The longest run of bare-number lines whose values go up by one or two (a page without a number: a full-page
 * image, a chapter title page) in document order, with a page's worth of lines between them.
 */
function pageNumberLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const bare = lines.map((l, i) => ({ l, i, n: /^\d{1,3}$/.test(l.text) ? Number(l.text) : NaN })).filter((x) => !Number.isNaN(x.n))
  // best[k]: the longest chain ending at bare[k]; a chain only looks back at candidates a few pages back (linear).
  const best: { length: number; prev: number }[] = []
  for (let k = 0; k < bare.length; k++) {
    const cur = bare[k] as (typeof bare)[number]
    let b = { length: 1, prev: -1 }
    for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
      const before = bare[j] as (typeof bare)[number]
      const step = cur.n - before.n
      if ((step === 1 || step === 2) && cur.i - before.i >= 8 && (best[j] as { length: number }).length + 1 > b.length) {
        b = { length: (best[j] as { length: number }).length + 1, prev: j }
      }
    }
    best.push(b)
  }
  let end = -1
  best.forEach((b, k) => {
    if (end < 0 || b.length > (best[end] as { length: number }).length) end = k
  })
  const out = new Set<SourceLine>()
  for (let k = end; k >= 0; k = (best[k] as { prev: number }).prev) out.add((bare[k] as (typeof bare)[number]).l)
  return out
}

/** The first three words of a line of four or more, as a key distinct from any shape. */
function prefixKey(text: string): string | undefined {
  const words = text.split(' ')
  if (words.length < 4) return undefined
  return `prefix:${shape(words.slice(0, 3).join(' '))}`
}

/**
 * The first two words of a short title-like line (`Watervisie Zuiderzeeland Een uitnodiging`: the document's name and
 * the title of the page's chapter, which starts in capitals).
 */
function shortPrefixKey(text: string): string | undefined {
  const words = text.split(' ')
  // Two words of letters (not `Hoofdstuk 2`, whose number the shape would hide), a title after them.
  if (words.length < 3 || text.length > 80 || !/^\p{Lu}\p{L}* \p{L}+ \p{Lu}/u.test(text) || /[.,;:!?]$/u.test(text)) return undefined
  return `prefix2:${shape(words.slice(0, 2).join(' '))}`
}

/**
 * A line that is a running header's constant start alone, as the key of its prefix family: the header of a page
 * before the first chapter, where the chapter's title it adds is still empty (`Omgevingsvisie Delfland` above the
 * contents, `Omgevingsvisie Delfland Katern 1 Leven met water` above the pages after it). Only where the family's
 * lines differ in words after their start (a header that names the chapter; where they are one text, the start alone
 * is the visie's title) and only as a page's outermost line (below the header, the same words are the title).
 */
function headerStart(text: string): string | undefined {
  const words = text.split(' ')
  return words.length === 2 ? `prefix2:${shape(text)}` : words.length === 3 ? `prefix:${shape(text)}` : undefined
}

/** Each number of a line with the word or sign before it (`pag. 3` → `label:pag.#`); chapter labels and `§` excepted. */
function labelledNumbers(text: string): { key: string; number: number }[] {
  const out: { key: string; number: number }[] = []
  const tokens = unspaced(text).split(' ')
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string
    if (!/^\d{1,3}$/u.test(t)) continue
    const label = shape(tokens[i - 1] as string)
    // A chapter label or a section sign (`§ 6`) numbers the text, not the pages.
    if (chapterLabel(label) || /^[\d#]/u.test(label) || label === '§') continue
    out.push({ key: `label:${label}#`, number: Number(t) })
  }
  return out
}

/** The text with digits as `#`, lower case, without the spaces an extractor may or may not put around signs (`- 10 -`, `-9-`). */
function shape(text: string): string {
  return text.toLowerCase().replace(NUMBERS, '#').replace(/\s*([^\p{L}\s])\s*/gu, '$1')
}

interface Occurrence {
  readonly page: number
  readonly text: string
  readonly numbers: readonly number[]
  /** `top` or `foot`: the line is the page's first or last. */
  readonly end?: 'top' | 'foot'
}

/** Per furniture shape: how to tell its lines (same text everywhere, or a number that follows the page). */
interface FurnitureShape {
  readonly constant?: string
  /** Lines that start with this key (`prefixKey`) are furniture, whatever follows. */
  readonly prefix?: boolean
  /** A prefix family's lines (their shapes) and how often each stands at an edge. */
  readonly texts?: ReadonlyMap<string, number>
  /** A prefix family's lines (their shapes): the first page (index) each stands on, and how many lines that page has. */
  readonly first?: ReadonlyMap<string, { readonly page: number; readonly lines: number }>
  /** A prefix family whose lines differ in words after the key (the chapter’s title): the key alone is its header too. */
  readonly varied?: boolean
  /** `number - page` values that several occurrences share: the page numbering (it may restart once or twice). */
  readonly offsets: ReadonlySet<number>
  /** Whether the page numbers are written with a leading zero (`07`), most of them. */
  readonly padded?: boolean
}

/** The bare number at `k` stands above a chapter title, and a section of that number (`N.1 …`) follows on the page. */
function chapterNumber(page: readonly SourceLine[], k: number): boolean {
  const n = (page[k] as SourceLine).text.replace(/\.$/u, '')
  const c = headingCandidate((page[k] as SourceLine).text, page[k + 1]?.text)
  if (c === undefined || c.span !== 2) return false
  const section = new RegExp(`^${n}\\.\\d{1,2}\\.?\\s+\\p{Lu}`, 'u')
  return page.slice(k + 2).some((l) => section.test(l.text))
}

function edgeLines(page: readonly SourceLine[]): SourceLine[] {
  if (page.length <= EDGE * 2) return page.slice()
  return [...page.slice(0, EDGE), ...page.slice(-EDGE)]
}

function furnitureShapes(pages: readonly SourceLine[][]): Map<string, FurnitureShape> {
  const byShape = new Map<string, Occurrence[]>()
  pages.forEach((page, p) => {
    // One occurrence per shape and page; a bare number's has the numbers of all bare numbers there (a chapter's
    // `1` at the top of a page whose foot has `4`: the page numbering is told by both).
    const seen = new Map<string, Occurrence>()
    for (const l of edgeLines(page)) {
      const s = shape(l.text)
      // A chapter's number above its title, its sections numbered after it further down the page, tells nothing of
      // the page numbering (where the page numbers stand halfway down the margin, it is the only number at an edge).
      if ((s === '#' || s === '#.') && chapterNumber(page, page.indexOf(l))) continue
      const numbers = (l.text.match(NUMBERS) ?? []).map(Number)
      const known = seen.get(s)
      if (known) {
        if (s === '#' || s === '#.') (known.numbers as number[]).push(...numbers)
        continue
      }
      const list = byShape.get(s) ?? []
      const end = l === page[0] ? 'top' : l === page[page.length - 1] ? 'foot' : undefined
      const o: Occurrence = { page: p, text: l.text, numbers, ...(end ? { end } : {}) }
      seen.set(s, o)
      list.push(o)
      byShape.set(s, list)
    }
  })
  const out = new Map<string, FurnitureShape>()
  // A running header with a constant start and the chapter after it (`Omgevingsvisie Overijssel Hoofdstuk 2 …`):
  // the same first three words at the edge of most pages.
  const byPrefix = new Map<string, { pages: Set<number>; texts: Map<string, number>; first: Map<string, { page: number; lines: number }> }>()
  pages.forEach((page, p) => {
    for (const l of edgeLines(page)) {
      // A chapter heading at the top of each chapter's page is no running header.
      if (headingCandidate(l.text, undefined)) continue
      for (const key of [prefixKey(l.text), shortPrefixKey(l.text)]) {
        if (key === undefined) continue
        const family = byPrefix.get(key) ?? { pages: new Set<number>(), texts: new Map<string, number>(), first: new Map<string, { page: number; lines: number }>() }
        family.pages.add(p)
        family.texts.set(shape(l.text), (family.texts.get(shape(l.text)) ?? 0) + 1)
        if (!family.first.has(shape(l.text))) family.first.set(shape(l.text), { page: p, lines: page.filter((x) => x.text.trim() !== '').length })
        byPrefix.set(key, family)
      }
    }
  })
  for (const [key, family] of byPrefix) {
    if (family.pages.size >= Math.max(3, pages.length * 0.4)) out.set(key, { prefix: true, offsets: new Set(), texts: family.texts, first: family.first, ...(family.texts.size > 1 ? { varied: true } : {}) })
  }
  // A page number with its label somewhere in a header that differs per page (`Groei in de stad pag. 3`, `pag. 4
  // Omgevingsvisie Groningen`): the label and a number that follows the page, at the edge of most pages.
  const byLabel = new Map<string, Map<number, Set<number>>>()
  pages.forEach((page, p) => {
    for (const l of edgeLines(page)) {
      for (const { key, number } of labelledNumbers(l.text)) {
        const offsets = byLabel.get(key) ?? new Map<number, Set<number>>()
        const on = offsets.get(number - p) ?? new Set<number>()
        on.add(p)
        offsets.set(number - p, on)
        byLabel.set(key, offsets)
      }
    }
  })
  for (const [key, offsets] of byLabel) {
    const kept = new Set([...offsets].filter(([, on]) => on.size >= Math.max(3, pages.length * 0.4)).map(([o]) => o))
    if (kept.size > 0) out.set(key, { offsets: kept })
  }
  for (const [s, occ] of byShape) {
    if (occ.length < 2) continue
    const texts = new Map<string, number>()
    for (const o of occ) texts.set(o.text, (texts.get(o.text) ?? 0) + 1)
    const [topText, topCount] = [...texts].sort((a, b) => b[1] - a[1])[0] as [string, number]
    const offsetCounts = new Map<number, number>()
    for (const o of occ) for (const n of new Set(o.numbers.map((n) => n - o.page))) offsetCounts.set(n, (offsetCounts.get(n) ?? 0) + 1)
    // `Hoofdstuk 3` at the top of the page where chapter 3 starts follows the page when every chapter takes one
    // page, but a chapter label never numbers pages.
    const offsets = chapterLabel(s) ? new Set<number>() : pageNumbering(occ, [...offsetCounts].filter(([, c]) => c >= 2 && c >= occ.length * 0.25).map(([o]) => o))
    // Text that reads the same must recur on three pages, and not read as a sentence: a run-in heading or a
    // paragraph written twice may stand at the edge of two pages by chance.
    const sentence = /[.;:]$/u.test(topText) && topText.length > 40
    // Headers that alternate between even and odd pages recur on every other page only: in a short document twice,
    // each time the very first (or last) line of a page two, four … pages on.
    const same = occ.filter((o) => o.text === topText)
    const alternating = topCount === 2 && pages.length >= 4 && same.every((o) => o.end !== undefined && o.end === same[0]?.end) &&
      ((same[1] as Occurrence).page - (same[0] as Occurrence).page) % 2 === 0 && !headingCandidate(topText, undefined) && topText.split(' ').length >= 3
    const constant = (topCount >= 3 || alternating) && !sentence ? topText : undefined
    if (constant === undefined && offsets.size === 0) continue
    const padded = occ.filter((o) => /^0\d/u.test(o.text)).length * 2 > occ.length
    out.set(s, { ...(constant !== undefined ? { constant } : {}), offsets, ...(padded ? { padded } : {}) })
  }
  // Where a footer or header prints the page number in words (`Omgevingsvisie Bunnik 3`, `Pagina 3 van 8`), a bare
  // number that counts differently is no page number: a chapter number above its title when every chapter has a page.
  // The same for a bare number with a full stop (`1.` above `Inleiding`), which has a shape of its own.
  const BARE = ['#', '#.']
  // A header that reads the same on every page (`… versie 2.0 · 7 april 2027`) numbers no page, whatever its digits.
  const numbering = new Set([...out].filter(([key, f]) => !BARE.includes(key) && !key.startsWith('prefix') && f.constant === undefined).flatMap(([, f]) => [...f.offsets]))
  for (const key of BARE) {
    const bare = out.get(key)
    if (!bare || numbering.size === 0) continue
    const offsets = new Set([...bare.offsets].filter((o) => numbering.has(o)))
    if (offsets.size === 0 && bare.constant === undefined) out.delete(key)
    else out.set(key, { ...bare, offsets })
  }
  return out
}

/**
 * The offsets (`number - page`) that number pages. A page has one number: where a second offset recurs on the same
 * pages as the main one (a chapter number `1`, `2`, `3` at the top of pages whose foot has `4`, `5`, `6` when each
 * chapter starts a page), it counts something else. Offsets on pages of their own are the numbering restarting.
 */
function pageNumbering(occ: readonly Occurrence[], candidates: readonly number[]): Set<number> {
  if (candidates.length < 2) return new Set(candidates)
  const pagesOf = (o: number): Set<number> => new Set(occ.filter((x) => x.numbers.some((n) => n - x.page === o)).map((x) => x.page))
  const byPages = candidates.map((o) => ({ o, pages: pagesOf(o) })).sort((a, b) => b.pages.size - a.pages.size || a.o - b.o)
  const main = byPages[0] as { o: number; pages: Set<number> }
  return new Set(byPages.filter((c) => c === main || [...c.pages].filter((p) => main.pages.has(p)).length < c.pages.size / 2).map((c) => c.o))
}

/** `outermost`: the line is the very first or last of its page, where a header's start alone may stand (headerStart). */
function isFurniture(l: SourceLine, page: number, furniture: ReadonlyMap<string, FurnitureShape>, outermost = false): string | undefined {
  for (const key of [prefixKey(l.text), shortPrefixKey(l.text)]) {
    const f = key === undefined ? undefined : furniture.get(key)
    if (key !== undefined && f?.prefix && !headersTitle(l.text, f)) return key
  }
  const start = outermost ? headerStart(l.text) : undefined
  if (start !== undefined && furniture.get(start)?.varied) return start
  for (const { key, number } of labelledNumbers(l.text)) if (furniture.get(key)?.offsets.has(number - page)) return key
  const s = shape(l.text)
  const numbers = (l.text.match(NUMBERS) ?? []).map(Number)
  const f = furniture.get(s)
  if (!f) return mirrored(l.text, numbers, page, furniture)
  if (f.constant === l.text) return s
  // A number with a leading zero (`05` above `Samen verder`) where the pages are numbered without: a chapter's, even
  // on page 5.
  if (/^0\d/u.test(l.text) && !f.padded) return undefined
  if (numbers.some((n) => f.offsets.has(n - page))) return s
  // The page-number line in its own form (`1/12`, `Pagina 1 van 2`) at a page's edge where its number counts
  // otherwise (the besluit's page before a visie that counts from 1 again): still the page number. Not a bare number,
  // which may be a chapter's.
  return f.offsets.size > 0 && f.constant === undefined && s !== '#' && s !== '#.' && /\p{P}|\p{L}/u.test(s) ? s : undefined
}

/** A title page's lines at most: the title, a subtitle, a date or a maker. */
const TITLE_PAGE_LINES = 6

/**
 * The document's title, once, where every header of its family repeats it before a separator (`Stadsvisie Capelle aan
 * den IJssel` on the title page, `Stadsvisie Capelle aan den IJssel · vastgesteld 29 mei 2028` on every other page):
 * the title, not a header.
 */
function headersTitle(text: string, f: FurnitureShape): boolean {
  const own = shape(text)
  if (f.texts === undefined || (f.texts.get(own) ?? 0) > 1) return false
  const others = [...f.texts.keys()].filter((t) => t !== own)
  if (others.length === 0 || !others.every((t) => t.startsWith(own))) return false
  if (others.every((t) => /^\s*[·|•–—:,-]/u.test(t.slice(own.length)))) return true
  // Without a separator (`Omgevingsvisie gemeente Goirle Goed toeven in Goirle en Riel`, the header's two parts on one
  // line): the title when it stands on a title page (a few lines) before any of the headers, not on a page of text.
  const at = f.first?.get(own)
  return at !== undefined && at.lines <= TITLE_PAGE_LINES && others.every((t) => / /u.test(t.charAt(own.length)) && (f.first?.get(t)?.page ?? -1) > at.page)
}

/**
 * A page-number line with its parts the other way round on facing pages (`3 | Omgevingsvisie Texel 2050` on odd
 * pages, `Omgevingsvisie Texel 2050 | 4` on even ones): the same words as a furniture shape whose number follows the
 * page, and this page's number. A page that shows the mirrored form once is known by its twin.
 */
function mirrored(text: string, numbers: readonly number[], page: number, furniture: ReadonlyMap<string, FurnitureShape>): string | undefined {
  const own = letters(text)
  if (!/\p{L}{3,}/u.test(own) || numbers.length === 0) return undefined
  for (const [key, f] of furniture) {
    if (f.offsets.size === 0 || key.startsWith('label:') || key.startsWith('prefix') || chapterLabel(key) || letters(key) !== own) continue
    // The number on the other side (not the visie's title `Omgevingsvisie Kampen 2.0` against its footer
    // `Omgevingsvisie Kampen 2.0 1`, whose number stands after it as well).
    if (/^#/u.test(key) === /^\d/u.test(text) && /#$/u.test(key) === /\d$/u.test(text)) continue
    if (numbers.some((n) => f.offsets.has(n - page))) return key
  }
  return undefined
}

/** The words of a text without its digits and signs: the part of a header that reads the same on every page. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()
}

/**
 * Removes furniture from one end of a page, outside in, each shape at most once. A bare number on the way is the
 * page number when furniture lies beyond it (`Concept (van …)` above `9` at the foot of a page).
 */
function stripEdge(
  page: readonly SourceLine[],
  p: number,
  furniture: ReadonlyMap<string, FurnitureShape>,
  drop: Map<SourceLine, string>,
  fromEnd: boolean,
  running: (l: SourceLine) => string | undefined,
): void {
  const seen = new Set<string>()
  const n = Math.min(EDGE, page.length)
  outerOfNumber(page, p, furniture, drop, fromEnd)
  let pending: SourceLine | undefined
  for (let k = 0; k < n; k++) {
    const l = page[fromEnd ? page.length - 1 - k : k] as SourceLine
    if (drop.has(l)) continue
    // A line that names an informatieobject (a GIO table's last row at a page's foot) is text of the bijlage.
    if (l.text.includes('/join/id/')) return
    const kind = isFurniture(l, p, furniture, k === 0) ?? running(l) ?? (fromEnd && k === 0 ? lonePageNumber(l, p, furniture) : undefined)
    // Lines that only begin alike (`Omgevingsvisie X · versie 1.0` above `Omgevingsvisie X · Wonen`) are two lines
    // of one header zone; the same text twice on one edge is not.
    const once = kind?.startsWith('prefix') ? `${kind}\u0000${l.text}` : kind
    if (kind === undefined || once === undefined || seen.has(once)) {
      if (pending === undefined && /^\d{1,3}$/u.test(l.text)) {
        pending = l
        continue
      }
      return
    }
    seen.add(once)
    drop.set(l, kind)
    if (pending) drop.set(pending, '#')
    pending = undefined
  }
}

/**
 * The line outside a page's number line (above it at the top, below it at the foot) is in the header or footer zone
 * too, also when its text recurs on no other page (a header on even pages only, seen once in a short document): a
 * short line without sentence end that is no heading. Only the one line directly outside the number is taken.
 */
function outerOfNumber(page: readonly SourceLine[], p: number, furniture: ReadonlyMap<string, FurnitureShape>, drop: Map<SourceLine, string>, fromEnd: boolean): void {
  if (page.length < 6) return
  const at = (k: number): SourceLine => page[fromEnd ? page.length - 1 - k : k] as SourceLine
  const outer = at(0)
  const number = at(1)
  if (drop.has(outer) || drop.has(number)) return
  const kind = isFurniture(number, p, furniture)
  const numbers = kind !== undefined && (PAGE_NUMBER_KIND(kind) || (furniture.get(kind)?.offsets.size ?? 0) > 0)
  if (!numbers || isFurniture(outer, p, furniture) !== undefined) return
  // Set apart from the number by blank lines (laid-out text), the line is no part of its zone: a besluit's signatures
  // at the foot of its page, the number in the margin above them.
  if (Math.abs(outer.line - number.line) > 2) return
  if (outer.text.length > 60 || /[.;:,!?]$/u.test(outer.text) || headingCandidate(outer.text, at(2).text) || /^\d/u.test(outer.text)) return
  drop.set(outer, 'kopregel buiten paginanummer')
}

/**
 * A running header that repeats a heading of its own page with a number or separator added (`2 | Bunnik in de
 * regio` above the heading `2` / `Bunnik in de regio`, `Hoofdstuk 1 · Inleiding` above `Hoofdstuk 1` / `Inleiding`):
 * its words are those of a line (or a bare number or labelled one and the line after it) further down the same page.
 * Only the copy at the edge goes; the heading stays.
 */
function runningHeading(l: SourceLine, page: readonly SourceLine[]): string | undefined {
  const own = numberedInWords(words(l.text))
  if (!/\p{L}{3,}/u.test(own) || !own.includes(' ') || /[/@;]/u.test(l.text) || !/[\d|–—:·•]/u.test(l.text)) return undefined
  const at = page.indexOf(l)
  const pageNumbered = /^\D.*\s\d{1,3}$/u.test(l.text)
  const bare = letters(l.text)
  for (let k = 0; k < page.length; k++) {
    const m = page[k] as SourceLine
    if (k === at) continue
    const before = page[k - 1]
    if (words(m.text) === own || words(m.text) === unlabelled(own) || (before && k - 1 !== at && unlabelled(words(`${before.text} ${m.text}`)) === unlabelled(own))) return 'kopregel'
    // A footer that names its chapter beside the page number (`Brede welvaart in elke regio   2` under the heading
    // `2 Brede welvaart in elke regio`): the same words, its number at the end where the heading has it in front.
    if (pageNumbered && /^\d/u.test(m.text) && letters(m.text) === bare && headingCandidate(m.text, undefined) !== undefined) return 'kopregel'
  }
  return undefined
}

const NUMBER_WORDS = ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf']
/** A chapter label with its number in words (`hoofdstuk drie buitengebied`) as with its figure (`hoofdstuk 3 …`). */
function numberedInWords(text: string): string {
  return text.replace(/^(hoofdstuk|deel) (\p{L}+)(?= )/u, (m, label: string, word: string) => {
    const k = NUMBER_WORDS.indexOf(word === 'een' ? 'één' : word)
    return k < 0 ? m : `${label} ${k + 1}`
  })
}

/** Words without a leading chapter label: the heading `HOOFDSTUK 1` / `Inleiding` as its header prints it, `1 Inleiding`. */
function unlabelled(text: string): string {
  return text.replace(/^(?:hoofdstuk|deel|paragraaf|onderdeel|bijlage) (?=\S+ \S)/u, '')
}

/**
 * The page's last line carries its page number though no other page has that form (the besluit's single page with a
 * footer of its own, `Statenbesluit PS-2026-12 1`; a `1` where the visie's pages count again from 1): a bare number
 * where bare numbers are the page numbers, or a line without sentence end whose last number is this page's.
 */
function lonePageNumber(l: SourceLine, p: number, furniture: ReadonlyMap<string, FurnitureShape>): string | undefined {
  const bare = /^\d{1,3}$/u.test(l.text)
  if (bare) return furniture.has('#') && Number(l.text) <= p + 1 ? '#' : undefined
  const last = /\s(\d{1,3})$/u.exec(l.text)?.[1]
  if (last === undefined || Number(last) !== p + 1 || headingCandidate(l.text, undefined)) return undefined
  return 'paginanummer'
}

/**
 * A numbered heading printed again at the edge of a later page (`3 Economie` at the top of each page of chapter 3):
 * a number heads one part of the outline only once, so the repeat is a running header.
 */
function repeatedHeading(l: SourceLine, p: number, headings: ReadonlyMap<string, number>): string | undefined {
  const first = headings.get(words(l.text)) ?? headings.get(`titel:${words(l.text)}`)
  return first !== undefined && first < p ? 'kopregel' : undefined
}

/** Per start (or `fromEnd`, end) of an edge line, its first (last) one to three words, the pages where an edge line starts (ends) so. */
function edgeStarts(pages: readonly SourceLine[][], fromEnd = false): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  pages.forEach((page, p) => {
    for (const l of edgeLines(page)) {
      const w = l.text.split(' ')
      // (A line's end may be the whole line: the title page's `Omgevingsvisie Barneveld 2040` under its headers.)
      for (let j = 1; j <= 3 && j <= (fromEnd ? w.length : w.length - 1); j++) {
        const key = (fromEnd ? w.slice(-j) : w.slice(0, j)).join(' ')
        const own = out.get(key)
        if (own) own.add(p)
        else out.set(key, new Set([p]))
      }
    }
  })
  return out
}

/**
 * A running header of a fixed start and the chapter's title (`Schouwen-Duiveland Landbouw en visserij` on each page of
 * chapter 3 `Landbouw en visserij`): the start begins an edge line on three pages or more, the rest is the title of a
 * chapter that began on this page or before.
 */
function namedChapter(
  l: SourceLine,
  p: number,
  headings: ReadonlyMap<string, number>,
  starts: ReadonlyMap<string, ReadonlySet<number>>,
  ends: ReadonlyMap<string, ReadonlySet<number>>,
): string | undefined {
  const w = l.text.split(' ')
  for (let j = 1; j <= 3 && j < w.length; j++) {
    if ((starts.get(w.slice(0, j).join(' '))?.size ?? 0) < 3) break
    const first = headings.get(`titel:${words(w.slice(j).join(' '))}`)
    // The heading itself (`Deel 1 · Wie wij zijn` where its part begins) is no header of its own page.
    if (first !== undefined && (first < p || (first === p && headingCandidate(l.text, undefined) === undefined))) return 'kopregel'
  }
  // The chapter first, the fixed part after it (`1 Inleiding   Omgevingsvisie Barneveld 2040` on the odd pages,
  // `Kernthema’s · Omgevingsvisie Bommelerwaard`): the rest is a numbered heading, or a chapter's title, that stands
  // on a line of its own on this page or an earlier one.
  for (let j = 1; j <= 3 && j < w.length; j++) {
    // (A fixed part of words: not the last letters of a letter-spaced `D E E L I I`.)
    const end = w.slice(-j).join(' ')
    if ((ends.get(end)?.size ?? 0) < 3) break
    if (!/\p{L}{3,}/u.test(end)) continue
    const rest = words(w.slice(0, -j).join(' '))
    const first = headings.get(rest) ?? headings.get(`kop:${rest}`)
    if (first !== undefined && first <= p) return 'kopregel'
  }
  return undefined
}

/** Per numbered heading on one line (by its words), the first page it is on. */
function firstHeadingPages(pages: readonly SourceLine[][]): Map<string, number> {
  const out = new Map<string, number>()
  pages.forEach((page, p) => {
    page.forEach((l, k) => {
      // An entry of a contents whose page number stands on the next line, after its leader (`…   welvaart` |
      // `........ 4`), is not the heading: the heading on its own page later is no repeat of it.
      if (isLeaderOnly(page[k + 1]?.text ?? '')) return
      // A chapter's title by itself, with its number on the line above (`2` | `Kernthema’s`, a title over one line or
      // two) or before it: what a header of the chapter title and a fixed part repeats (namedChapter).
      const bare = /^\d{1,2}\.?$/u.test(l.text) ? headingCandidate(l.text, page[k + 1]?.text) : undefined
      if (bare !== undefined && bare.span === 2) {
        for (const title of [bare.opschrift, `${bare.opschrift} ${page[k + 2]?.text ?? ''}`]) if (!out.has(`kop:${words(title)}`)) out.set(`kop:${words(title)}`, p)
      }
      const c = headingCandidate(l.text, undefined)
      if (c === undefined || c.span !== 1 || !/\d/u.test(c.nummer)) return
      if (c.path.length === 1 && !out.has(`kop:${words(c.opschrift)}`)) out.set(`kop:${words(c.opschrift)}`, p)
      const key = words(l.text)
      if (!out.has(key)) out.set(key, p)
      // A chapter's title alone (`Kwaliteiten van Delft` for `2 Kwaliteiten van Delft`) is the header of its later pages.
      const title = `titel:${words(c.opschrift)}`
      if (c.path.length === 1 && c.opschrift.split(' ').length >= 2 && !out.has(title)) out.set(title, p)
    })
  })
  return out
}

/** The letters and digits of a text, lower case, one space between words (separators and punctuation dropped). */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
