/**
 * Two-column pages in `pdftotext -layout` output: both columns share each output line, separated by a gutter of
 * spaces at the same position. Read as a person reads the page: the left column top to bottom, then the right.
 *
 * Per page, the gutter is a character position where many lines have a run of spaces with prose on both sides. A
 * region of the page is the stretch of lines that respect that gutter (text on either side or both, none across);
 * a line across the gutter (a title over both columns, a full-width paragraph) ends the region. A table of short
 * cells (the GIO overview: naam | identificatie) also has a gutter, but its left cells do not fill their column:
 * only prose columns, whose lines reach the gutter, are split.
 */
import { headingCandidate, sectionBetween, sectionPath } from './headings.js'
import type { SourceLine } from './lines.js'
import { findTables, type LaidTable } from './tables.js'

/** The fewest lines with text on both sides of a gutter that make a page two-column. */
const MIN_ROWS = 6
/** A list item's marker and the space after it. */
const LIST_MARKER = /^(?:[•·▪■◦○►✓–—*o-]|\d{1,2}[.)]|[a-z][.)])\s+/u
/** A heading's number before its title (`1.1.`, `§ 2.3`, `II.1`, `B.2`). */
const HEADING_NUMBER = /^(?:§\s*)?(?:\d{1,2}|[IVXLC]{1,6}|[A-H])(?:\.\d{1,2})*\.?\s+/u
/** A gutter is at least this many spaces wide. */
const MIN_GAP = 3

export function readColumns(lines: readonly SourceLine[]): SourceLine[] {
  // Text laid out by pdftotext -layout only: a PDF or DOCX reader orders columns itself (its lines carry hints).
  if (lines.some((l) => l.hints) || !lines.some((l) => / {3}/u.test(l.raw))) return lines.slice()
  const pages: SourceLine[][] = []
  let start = 0
  while (start < lines.length) {
    let end = start
    const page = (lines[start] as SourceLine).page
    while (end < lines.length && (lines[end] as SourceLine).page === page) end++
    pages.push(lines.slice(start, end))
    start = end
  }
  const read = pages.map((page) => readPage(page))
  // A page of the document with too few lines beside each other to show its gutter (a short section with a list
  // beside it) is read at the gutter its other pages are split at, where two of them or more are (the most common
  // one: pdftotext -layout puts it a few characters apart from page to page).
  const split = new Map<number, number>()
  for (const r of read) if (r.gutter !== undefined) split.set(r.gutter, (split.get(r.gutter) ?? 0) + 1)
  const document = [...split].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  const twoColumn = read.filter((r) => r.gutter !== undefined).length >= 2
  const out: SourceLine[] = []
  read.forEach((r, k) => {
    if (r.gutter === undefined && document !== undefined && twoColumn) out.push(...readPage(pages[k] as SourceLine[], [], document[0]).lines)
    else out.push(...r.lines)
  })
  return out
}

/**
 * One page read column by column (`gutter`: where it was split, if it was). `known`: the gutter of the document's
 * other pages, taken where this page has two lines or more with text starting near it and none of its own is found.
 */
function readPage(page: readonly SourceLine[], tried: readonly number[] = [], known?: number): { lines: SourceLine[]; gutter?: number } {
  const found = findGutter(page, tried) ?? (known !== undefined && tried.length === 0 ? nearGutter(page, known) : undefined)
  if (found === undefined) return { lines: page.slice() }
  const gutter = columnStart(page, found)
  let splitAt: number | undefined
  const out: SourceLine[] = []
  // Lines left whole: a page may hold columns at another gutter too (two columns of text above a table whose
  // identifier column starts elsewhere), looked for in each stretch of them once this gutter is done.
  let whole: SourceLine[] = []
  const flush = (): void => {
    out.push(...(whole.length >= 4 && tried.length < 2 ? readPage(whole, [...tried, gutter]).lines : whole))
    whole = []
  }
  // A table over the page's width has a gap at the gutter too, but its rows are no column text: they end a stretch
  // of columns like a line across the gutter. Its rows have two or more cells of words left of the gutter (a table
  // inside the right column stands beside the left column's one line of prose).
  const wordCells = (text: string): number =>
    text.split(/\s{3,}/u).filter((c) => c.trim() !== '' && !LIST_MARKER.test(`${c.trim()} `) && !HEADING_NUMBER.test(`${c.trim()} `)).length
  const tableRows = new Set(
    findTables(page).flatMap((t) => {
      const rows = page.slice(t.start, t.end).filter((l) => wordCells(l.raw.slice(0, gutter)) >= 2 && l.raw.slice(gutter).trim() !== '')
      return rows.length >= 3 ? page.slice(t.start, t.end) : []
    }),
  )
  const respects = (l: SourceLine, at: number): boolean => !tableRows.has(l) && respectsGutter(l, at)
  let k = 0
  while (k < page.length) {
    if (!respects(page[k] as SourceLine, gutter)) {
      whole.push(page[k] as SourceLine)
      k++
      continue
    }
    let end = k
    while (end < page.length && respects(page[end] as SourceLine, gutter)) end++
    // Below the right column's last line the left column goes on only without a vertical gap (blank lines); after
    // one, a short line is the start of what follows the columns (a heading over the full width).
    let last = end - 1
    while (last > k && !hasRight(page[last] as SourceLine, gutter)) last--
    let cut = last + 1
    for (;;) {
      while (cut < end && (page[cut] as SourceLine).line - (page[cut - 1] as SourceLine).line <= 2) cut++
      // A section heading after the gap whose number comes between the left column's and the right column's
      // (`5.5 …` | `5.7 …` above, `5.6 …` below) is the left column going on.
      if (cut < end && between(page.slice(k, cut), page[cut] as SourceLine, gutter)) cut++
      // Text, not a short line, after the gap (pdftotext -layout spaced a short page's left column out) goes on too.
      else if (cut < end && leftText(page[cut] as SourceLine, page[cut + 1], gutter)) cut++
      else break
    }
    // Unless the left column runs on to the page's foot and the right column reads on from there: its first line
    // goes on in lower case, or the page's last line stops mid-sentence (`… Een` | `lager peil versnelt …`).
    if (end === page.length && cut < end && continuesRight(page.slice(k, end), gutter, page[cut - 1])) cut = end
    end = Math.max(cut, k + 1)
    for (const region of atSpanningHeadings(page.slice(k, end), gutter)) {
      if (proseColumns(region, gutter)) {
        flush()
        out.push(...split(region, gutter))
        splitAt = gutter
      } else whole.push(...region)
    }
    k = end
  }
  flush()
  return splitAt === undefined ? { lines: out } : { lines: out, gutter: splitAt }
}

/**
 * A column of list items is found where their text starts, after the markers (`•   een …`): the column itself starts
 * at the markers, a few characters to the left, where at least two lines set one after a gap.
 */
function beforeMarkers(page: readonly SourceLine[], at: number): number {
  // Per position a few characters left of `at`: the lines whose text after a gap starts there with a list marker.
  const markers = new Map<number, number>()
  for (const l of page) {
    for (const start of gapStarts(l.raw)) {
      if (start < at && start >= at - 4 && LIST_MARKER.test(l.raw.slice(start, start + 8))) markers.set(start, (markers.get(start) ?? 0) + 1)
    }
  }
  const starts = [...markers].filter(([, n]) => n >= 2).map(([start]) => start)
  return starts.length > 0 ? Math.min(...starts) : at
}

/**
 * The column starts where its leftmost line does: a box's title one or two characters left of its list markers
 * (`Wat vinden we belangrijk?` over `•   het dorpse karakter …`), where no line of the other column reaches.
 */
function columnStart(page: readonly SourceLine[], at: number): number {
  for (let p = Math.max(1, at - 4); p < at; p++) {
    // (Lines across the found gutter, a paragraph over the page's width, are no part of the columns.)
    const near = page.filter((l) => respectsGutter(l, at) || (l.raw[p] !== ' ' && / {3}$/u.test(l.raw.slice(0, p))))
    const starts = near.some((l) => l.raw.length > p && l.raw[p] !== ' ' && / {3}$/u.test(l.raw.slice(0, p)))
    const clear = near.every((l) => l.raw.length <= p || (l.raw[p - 1] === ' ' && (l.raw[p] === ' ' || / {3}$/u.test(l.raw.slice(0, p)))))
    if (starts && clear) return p
  }
  return at
}

/** The leftmost position within a few characters of `known` where two lines or more start text after a gap. */
function nearGutter(page: readonly SourceLine[], known: number): number | undefined {
  const counts = new Map<number, number>()
  for (const l of page) {
    for (const at of gapStarts(l.raw)) if (Math.abs(at - known) <= 4) counts.set(at, (counts.get(at) ?? 0) + 1)
  }
  // The leftmost: a column starts where its first glyphs do (a list's markers before the text after them).
  const starts = [...counts].filter(([, n]) => n >= 2).map(([at]) => at)
  if (starts.length > 0) return Math.min(...starts)
  // pdftotext -layout spaces each page on a grid of its own: on a short page the right column may start well away
  // from the document's gutter. Then a position in the middle of the page where two lines or more start text after
  // a gap (or at the line's start, indented that far), with no line of the page running across it.
  const width = Math.max(0, ...page.map((l) => l.raw.length))
  const indented = new Map<number, number>()
  for (const l of page) {
    const at = gapStarts(l.raw).find((g) => g >= width * 0.3 && g <= width * 0.7) ?? (/^ +\S/u.test(l.raw) ? l.raw.search(/\S/u) : -1)
    if (at >= width * 0.3 && at <= width * 0.7) indented.set(at, (indented.get(at) ?? 0) + 1)
  }
  // (The few positions most lines start at are tried, each against the page once: no quadratic work on a huge page.)
  const tried = [...indented].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4)
  const own = tried.filter(([at]) => page.every((l) => respectsGutter(l, at))).map(([at]) => at)
  return own.length > 0 ? Math.min(...own) : undefined
}

/** `l` is a section heading whose number falls between the last one of the left column and the first of the right. */
function between(region: readonly SourceLine[], l: SourceLine, gutter: number): boolean {
  if (hasRight(l, gutter)) return false
  const at = sectionPath(l.raw)
  const lefts = region.map((r) => sectionPath(r.raw.slice(0, gutter))).filter((p) => p !== undefined)
  const right = region.map((r) => sectionPath(r.raw.slice(gutter))).find((p) => p !== undefined)
  const left = lefts[lefts.length - 1]
  return at !== undefined && left !== undefined && right !== undefined && sectionBetween(at, left, right)
}

/**
 * A chapter heading set across both columns (a short line on the left, nothing on the right beside it or just above
 * it) after columns that already had text on the right: the columns above it end there and new ones begin below.
 * Read as one region, the left column's next chapter would come before the right column's rest of the last one.
 */
function atSpanningHeadings(region: readonly SourceLine[], gutter: number): SourceLine[][] {
  const out: SourceLine[][] = []
  let from = 0
  let rightSeen = false
  // The highest chapter number in the columns so far: a chapter heading with a lower one stands in the left column
  // beside a right column that is further on (`Hoofdstuk 2` on the left, `Hoofdstuk 3` above it on the right).
  let highest = 0
  for (let j = 0; j < region.length; j++) {
    const l = region[j] as SourceLine
    const prev = region[j - 1]
    const chapter = chapterHeading(l.text, region[j + 1]?.text)
    if (
      j > from &&
      rightSeen &&
      !hasRight(l, gutter) &&
      prev !== undefined &&
      (!hasRight(prev, gutter) || l.line - prev.line > 1) &&
      chapter !== undefined &&
      (chapter === 0 || chapter > highest)
    ) {
      out.push(region.slice(from, j))
      from = j
      rightSeen = false
      highest = 0
    }
    if (hasRight(l, gutter)) rightSeen = true
    for (const side of [l.raw.slice(0, gutter), l.raw.slice(gutter)]) {
      const text = side.replace(/\s+/gu, ' ').trim()
      const n = text === '' ? undefined : chapterHeading(text, undefined)
      if (n !== undefined && n > highest) highest = n
    }
  }
  out.push(region.slice(from))
  return out
}

/**
 * A top-level heading: `Hoofdstuk 2 – …`, `Deel B`, `2 Titel` or `2. Titel` (not `2.1 …`), `Bijlage II: …`; its
 * chapter number, 0 for a bijlage or a number that is no chapter's. Undefined when the line is no such heading.
 */
function chapterHeading(text: string, next: string | undefined): number | undefined {
  if (/^(?:Bijlage|BIJLAGE)\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\b(?:\s*[:.–-])?\s*\S.{0,80}$/u.test(text)) return 0
  const c = headingCandidate(text, next)
  if (c === undefined || !(c.label !== undefined || c.path.length === 1) || text.length > 80) return undefined
  return c.scheme === 'hoofdstuk' && c.path.length === 1 ? (c.path[0] as number) : 0
}

/** The left halves of a region's lines, then the right halves, as lines of their own (same source line number). */
function split(region: readonly SourceLine[], gutter: number): SourceLine[] {
  const left: SourceLine[] = []
  const right: SourceLine[] = []
  for (const l of region) {
    const a = l.raw.slice(0, gutter).trimEnd()
    const b = l.raw.slice(gutter)
    if (a.trim() !== '') left.push(part(l, a, l.pageStart))
    if (b.trim() !== '') right.push(part(l, b, false))
  }
  return [...left, ...right]
}

function part(l: SourceLine, raw: string, pageStart: boolean): SourceLine {
  const indent = raw.length - raw.trimStart().length
  return { ...l, raw, indent, text: raw.replace(/\s+/gu, ' ').trim(), pageStart }
}

/** The right column of a region starts in the middle of a sentence that the left column's last line leaves open. */
function continuesRight(region: readonly SourceLine[], gutter: number, atCut: SourceLine | undefined): boolean {
  const first = region.find((l) => hasRight(l, gutter))
  const last = region[region.length - 1]
  if (first === undefined || last === undefined || hasRight(last, gutter)) return false
  const ends = (text: string): boolean => /[.!?:;]["”’')\]]*$/u.test(text)
  if (!ends(last.text)) return true
  // The right column's first words in lower case go on from where the left column stops mid-sentence: at the page's
  // foot, or above the gap where the columns end (then the text below the gap is no part of them).
  return /^\p{Ll}/u.test(first.raw.slice(gutter).trim()) && (atCut === undefined || ends(atCut.raw.slice(0, gutter).trim()))
}

/** A line of the left column's text: on the left only, as long as most of the column, no heading. */
function leftText(l: SourceLine, next: SourceLine | undefined, gutter: number): boolean {
  const text = l.raw.trimEnd()
  return !hasRight(l, gutter) && !/^\s/u.test(l.raw) && text.length >= gutter * 0.6 && headingCandidate(l.text, next?.text) === undefined
}

function hasRight(l: SourceLine, gutter: number): boolean {
  return l.raw.slice(gutter).trim() !== ''
}

/** Text on both sides of the gutter with at least MIN_GAP spaces around it. */
function bothSides(l: SourceLine, gutter: number): boolean {
  const raw = l.raw
  if (raw.length <= gutter) return false
  return raw.slice(0, gutter).trim() !== '' && raw.slice(gutter).trim() !== '' && / {3}$/u.test(raw.slice(0, gutter)) && raw[gutter] !== undefined
}

/** The line leaves the gutter free: its text ends before it, starts after it, or both with spaces between. */
function respectsGutter(l: SourceLine, gutter: number): boolean {
  const raw = l.raw
  if (raw.length <= gutter - 1) return true
  return / {2}$/u.test(raw.slice(0, gutter)) || raw.slice(0, gutter).trim() === ''
}

/**
 * The gutter of a two-column page: the position in the middle part of the page where most lines have a run of at
 * least MIN_GAP spaces ending just before text; undefined when too few lines have one.
 */
function findGutter(page: readonly SourceLine[], tried: readonly number[]): number | undefined {
  const width = Math.max(0, ...page.map((l) => l.raw.length))
  if (width < 60) return undefined
  // Where the right column starts on each line that has one: the first text after a gap in the middle of the line.
  const counts = new Map<number, number>()
  for (const l of page) {
    for (const at of gapStarts(l.raw)) {
      if (at < width * 0.3 || at > width * 0.8 || tried.some((t) => Math.abs(t - at) <= 1)) continue
      counts.set(at, (counts.get(at) ?? 0) + 1)
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  if (best === undefined) return undefined
  if (best[1] >= MIN_ROWS) return beforeMarkers(page, best[0])
  // A short stretch of columns whose lines do not share baselines (a right column set a little higher than the left,
  // every output line holding one side only) is no table, whose cells share their rows: four lines tell it.
  const at = best[0]
  const right = page.filter((l) => l.raw.length > at && l.raw.slice(0, at).trim() === '' && l.raw[at] !== ' ')
  const both = page.filter((l) => bothSides(l, at))
  if (best[1] >= 4 && right.length >= 4 && right.length > both.length) return at
  // A short page in two columns (a besluit: its considerations on the left, its last points and the signatures on
  // the right): four lines with text on both sides of the gap, no line across it from the first of them on, and
  // lines of the left column alone that wrap close before it (the column's edge). Whether the columns are prose is
  // proseColumns' business.
  const from = page.findIndex((l) => bothSides(l, at))
  const below = page.slice(Math.max(0, from))
  const alone = below.filter((l) => l.raw.trim() !== '' && l.raw.trimEnd().length <= at)
  if (both.length >= 4 && below.every((l) => respectsGutter(l, at)) && alone.length >= 2 && alone.some((l) => l.raw.trimEnd().length >= at - 6)) return at
  // A right column of list items starts its lines a little apart (`► wij …`, its continuation two further in, `■ …`
  // nested): where the lines start within a few characters of one position, the column starts there.
  const near = [...counts].map(([pos]): [number, number] => [pos, [...counts].reduce((n, [q, c]) => (q >= pos && q <= pos + 4 ? n + c : n), 0)])
  const ragged = near.sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  if (ragged !== undefined && ragged[1] >= MIN_ROWS + 2) return ragged[0]
  // A section heading set after a wide gap (`3.3 Uitvoering` beside the left column's text, `1.1 Waarom …   1.2 Hoe …`
  // over two columns) opens a column there, also in a stretch too short to count: a table's cell rarely starts with
  // a section number and its title. Whether the lines around it are prose is proseColumns' business.
  const headed = [...counts].filter(([pos, n]) => n >= 3 && page.some((l) => sectionAt(l, pos)))
  const sectioned = headed.sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
  if (sectioned !== undefined) return sectioned
  // A kader beside the text (`Kader: groennorm` | `Iedere inwoner heeft binnen 300` | …, `Onze dorpen` | its list of
  // names): four lines or more in a row whose text starts at one position in the right half, wrapped like running
  // text, with no line across that position beside them.
  const candidates = [...counts].filter(([pos, n]) => n >= 4 && pos >= width * 0.45).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4)
  return candidates.find(([pos]) => sidebar(page, pos))?.[0]
}

/** The page's text at `pos` is one block of consecutive lines that reads as wrapped text: it ends a sentence once, at its end. */
function sidebar(page: readonly SourceLine[], pos: number): boolean {
  const starts = (l: SourceLine): boolean => l.raw.length > pos && l.raw[pos] !== ' ' && (pos === 0 || l.raw[pos - 1] === ' ')
  const first = page.findIndex(starts)
  const last = page.findLastIndex(starts)
  const block = first < 0 ? [] : page.slice(first, last + 1).filter(starts)
  if (block.length < 4) return false
  // Consecutive: every line between its first and last that has text on the right is part of it, none runs across.
  if (page.slice(first, last + 1).some((l) => (hasRight(l, pos) && !starts(l)) || !respectsGutter(l, pos))) return false
  if ((block[block.length - 1] as SourceLine).line - (block[0] as SourceLine).line > block.length * 2 + 2) return false
  const texts = block.map((l) => l.raw.slice(pos).trim())
  const ends = texts.filter((t) => /[.!?]["”’')]?$/u.test(t)).length
  return ends >= 1 && ends <= Math.max(1, Math.floor(texts.length / 3)) && /[.!?]["”’')]?$/u.test(texts[texts.length - 1] as string)
}

/** A section heading (`2.1 Titel`, `II.2 Titel`) starts the line's text at `pos`, after a gap (or at the line's start). */
function sectionAt(l: SourceLine, pos: number, to?: number): boolean {
  if (pos > 0 && (l.raw.length <= pos || !/ {3}$/u.test(l.raw.slice(0, pos)) || l.raw[pos] === ' ')) return false
  const text = l.raw.slice(pos, to).replace(/\s+/gu, ' ').trim()
  const c = headingCandidate(text, undefined)
  return c !== undefined && c.path.length >= 2 && c.span === 1 && text.length <= 60 && /^\p{Lu}/u.test(c.opschrift)
}

/**
 * Prose columns: on each side at least a few lines, of several words, that mostly fill their column (a table's
 * cells are short and ragged). Both sides' lines count, also where the other side is empty beside them: columns
 * with different line spacing rarely share an output line.
 */
function proseColumns(region: readonly SourceLine[], gutter: number): boolean {
  const words = (parts: readonly string[]): number => quantile(parts.map((p) => p.split(/\s+/u).length), 0.5)
  // Numbered headings between the paragraphs (`3.1 De Brabantse energietransitie`, `A. Vergezicht 2050`) are short
  // lines of any column: the text between them may be prose where all lines together do not look it.
  const heading = (p: string): boolean => HEADING_NUMBER.test(`${p} `) && p.split(/\s+/u).length <= 6 && !/[.;:,]$/u.test(p)
  const prose = (parts: readonly string[]): boolean => proseLines(parts) || proseLines(parts.filter((p) => !heading(p)))
  const proseLines = (parts: readonly string[]): boolean => {
    if (parts.length < MIN_ROWS / 2) return false
    const words = quantile(parts.map((p) => p.split(/\s+/u).length), 0.5)
    // Lines that fill their column, or (lists and short paragraphs make them ragged) sentences of several words.
    return words >= 5 || (words >= 4 && quantile(parts.map((p) => p.length), 0.5) >= 0.7 * quantile(parts.map((p) => p.length), 0.9))
  }
  // What stands above the columns' first line on the right (a heading over them) is not part of the columns.
  const top = Math.max(0, region.findIndex((l) => hasRight(l, gutter)))
  const left = region.slice(top).map((l) => l.raw.slice(0, gutter).trim()).filter((t) => t !== '')
  const right = region.map((l) => l.raw.slice(gutter).trim()).filter((t) => t !== '')
  // One side prose, the other at least text (a list of short items), not a column of labels or identifiers.
  const text = (parts: readonly string[]): boolean => parts.length >= MIN_ROWS / 2 && words(parts) >= 3
  // A left side whose lines hold wide gaps of their own (after a list marker's) is the first columns of a table of
  // three or more (`Kern   Karakter | Opgave tot 2040`): the table reader takes the whole lines. So is a gapped right
  // side beside labels; beside prose it is a table set in the right column.
  // Neither a heading's number set apart by a tab (`1.1.       Een visie`) nor a justified line (`gesproken    tijdens
  // de    Doarpetoer;`: single words between its gaps) is a row of cells.
  const justified = (p: string): boolean => p.split(/ {2,}/u).filter((w) => !w.includes(' ')).length >= 4
  const gappedLine = (p: string): boolean => {
    const rest = p.replace(LIST_MARKER, '').replace(HEADING_NUMBER, '')
    return / {3,}\S/u.test(rest) && !justified(rest)
  }
  const gapped = (parts: readonly string[]): boolean => parts.filter(gappedLine).length > parts.length * 0.3
  // (Only left sides with text beside them on the right count: a table inside the left column, nothing beside most
  // of its rows, is text of that column.)
  const besideRight = region.slice(top).filter((l) => hasRight(l, gutter)).map((l) => l.raw.slice(0, gutter).trim())
  if (besideRight.filter(gappedLine).length > left.length * 0.3 || (gapped(right) && !prose(left))) return false
  // A section heading on the left with the right column's text beside it (`2.1 Een historische stad   met de
  // Oosterschelde.`): a heading holds no wide gap of its own, so the line is two columns, however short the stretch.
  const headed = region.some((l) => hasRight(l, gutter) && sectionAt(l, 0, gutter) && /^\p{Ll}/u.test(l.raw.slice(gutter).trim()))
  if (headed && prose(left) && right.length >= 1) return true
  // A section on the left and the next one of the same parent heading the right column (`5.1 Programma's …` at the
  // left edge, `5.2 Monitoring …` after the gap): two columns, however short the stretch.
  const lefts = region.map((l) => sectionPath(l.raw.slice(0, gutter))).filter((p) => p !== undefined)
  const firstRight = region.map((l) => (sectionAt(l, gutter) ? sectionPath(l.raw.slice(gutter)) : undefined)).find((p) => p !== undefined)
  const lastLeft = lefts[lefts.length - 1]
  if (lastLeft !== undefined && firstRight !== undefined && right.length >= 2 && left.length >= 2 && nextSibling(lastLeft, firstRight)) return true
  // A section heading on the left and list items beside and below it on both sides (`2.3 Zorgen   – Schalkwijk;` |
  // `• de woningnood …   – de Amsterdamse wijk.`): one list set in two columns, however short the stretch.
  const item = (t: string): boolean => LIST_MARKER.test(t) || /^\p{Ll}/u.test(t)
  const besideHeading = region.some((l) => hasRight(l, gutter) && sectionAt(l, 0, gutter))
  if (besideHeading && right.length >= 2 && right.every(item) && left.every((t) => item(t) || HEADING_NUMBER.test(t))) return true
  // Whole lines that read as the rows of a table of three or more columns, its rows full, are that table, not two
  // columns of text (two columns of prose with their headings set with tab stops have empty cells).
  const full = (t: LaidTable): boolean => t.rows.filter((r) => r.every((c) => c !== '')).length >= t.rows.length * 0.7
  const tables = findTables(region).filter((t) => (t.rows[0]?.length ?? 0) >= 3 && full(t))
  if (tables.reduce((n, t) => n + t.end - t.start, 0) >= region.length / 2) return false
  // (A kader of names beside prose, wrapped like running text, is a column too: `Onze dorpen` | `Augustinusga, …`.)
  return region.some((l) => hasRight(l, gutter)) && ((prose(left) && (text(right) || sidebar(region, gutter))) || (text(left) && prose(right)))
}

/** Where a line's text starts again after a gap of MIN_GAP spaces or more (the starts of its columns but the first). */
function gapStarts(raw: string): number[] {
  const out: number[] = []
  const re = new RegExp(` {${MIN_GAP},}(?=\\S)`, 'gu')
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push(m.index + m[0].length)
  return out
}

/** `b` is the section after `a` under the same parent (`5.2` after `5.1`). */
function nextSibling(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.') && (b[b.length - 1] as number) === (a[a.length - 1] as number) + 1
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0
}
