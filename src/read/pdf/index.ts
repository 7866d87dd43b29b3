/**
 * PDF → lines with hints and origins (issue 13), read from the PDF itself with pdfjs-dist: text items with their
 * font, size, weight and position become lines in reading order (two-column pages left column first); page
 * furniture in the top and bottom margins that repeats across pages is dropped; typography tells headings (larger
 * than the body text; a bold body-size line is a run-in kop), vertical gaps tell paragraph ends, bullet glyphs and
 * their indent tell list items, the GIO overview table is read by its columns and other tables by their aligned
 * cells. From there `readLines` does the
 * rest, as for extracted text.
 *
 * A heading's level: the depth of its number when it is numbered (`2.1` → 2; one more below a `Deel`), else the rank
 * of its font size among the heading sizes. The numbering wins because house styles often print two levels in one
 * size, while a number's depth is what the outline means.
 */
import type { Finding, SourceOrigin } from '../../model/index.js'
import { finding } from '../../parse/findings.js'
import { buildVocabulary, joinPair } from '../../text/dehyphenate.js'
import { headingCandidate } from '../../text/headings.js'
import type { FormatLines, LineHints, SourceImage, SourceLine } from '../../text/lines.js'
import { superscriptDigits } from '../../parse/noten.js'
import { plainDigits } from '../../text/notes.js'
import { dropMarginFurniture } from './furniture.js'
import { BARE_LABEL, BULLET_GLYPH, bareLabel, documentLines, round, superscript, type Fragment, type PdfLine } from './layout.js'
import { decorativeImages } from './images.js'
import { loadPdf, type PdfFigure, type PdfPage } from './load.js'
import { encodePng } from './png.js'
import { bodyTables, type Cells } from './body-tables.js'
import { gioTables } from './tables.js'

export interface PdfReadOptions {
  /** Take raster figures with their caption into `images` (visie.json `illustraties`). */
  readonly illustraties?: boolean
}

export async function readPdfLines(bytes: Uint8Array, file: string, options: PdfReadOptions = {}): Promise<FormatLines> {
  const { pages, outline } = await loadPdf(bytes, file, { pixels: options.illustraties === true })
  return pdfLines(pages, file, options, outline)
}

const TERMINAL = /[.!?:;]["”’')\]]*$/u

/**
 * The pages' text → the reader's lines (exported for tests that build pages by hand). `outline`: the titles of the
 * PDF's bookmarks, which spell a heading that its style prints in capitals.
 */
export function pdfLines(pages: readonly PdfPage[], file: string, options: PdfReadOptions = {}, outline: readonly string[] = []): FormatLines {
  const findings: Finding[] = []
  const origins: (SourceOrigin | undefined)[] = []
  const withText = pages.filter((p) => p.items.length > 0)
  const scanned = pages.filter((p) => p.items.length === 0 && p.images > 0).map((p) => p.number)
  if (withText.length === 0) {
    origins[1] = { page: 1, quote: '' }
    findings.push(finding('VISIE-172', file, 1, { paginas: pageList(scanned.length > 0 ? scanned : pages.map((p) => p.number)) }))
    return { lines: [], origins, findings, furniture: false }
  }
  let lineNo = 0
  const numbered = documentLines(pages).map((page) => page.map((l) => ({ ...l, no: ++lineNo })))
  // The document's own chapter labels (`Ambitie 2`), learned once for the margins and for the headings.
  const isLabel = bareLabel(numbered.flatMap((page) => page.map((l) => l.text)))
  let furniture = dropMarginFurniture(numbered, pages, new Set(), isLabel)
  const style = measure(furniture.pages.flat())
  // Footnotes at a page's foot are found among the lines the margins keep, and among those dropped only for a number
  // among their parts (a note's mark can equal the page's printed number): such a note is kept as a note.
  const notes = footnotes(
    furniture.pages.map((page, k) => [...page, ...furniture.byParts.filter((l) => l.page === k + 1)].sort((a, b) => a.no - b.no)),
    style,
  )
  const saved = furniture.byParts.filter((l) => notes.has(l.no))
  if (saved.length > 0) furniture = dropMarginFurniture(numbered, pages, new Set(saved), isLabel)
  for (const kind of furniture.kinds) {
    origins[kind.line.no] = { page: kind.line.page, quote: kind.line.text.slice(0, 80) }
    findings.push(finding('VISIE-170', file, kind.line.no, { voorbeeld: kind.line.text, paginas: kind.pages }))
  }
  const kept = furniture.pages.flat()
  if (scanned.length > 0) {
    const at = kept[0] as (typeof kept)[number]
    findings.push(finding('VISIE-173', file, at.no, { paginas: pageList(scanned) }))
  }
  // Logos and ornaments (small, or at one place on many pages) are neither figures nor worth a finding.
  const decoration = decorativeImages(pages)
  const figures = options.illustraties ? captionedFigures(pages, kept, style, decoration) : new Map<number, SourceImage>()
  const taken = new Set([...figures.values()].map((f) => f.page))
  // Pages whose images did not all become figures (no caption beside them, or not asked for).
  const shown = (p: PdfPage): number => (p.figures ? p.figures.filter((f) => !decoration.has(f)).length : p.images)
  const withImages = pages
    .filter((p) => shown(p) > 0 && p.items.length > 0 && !(taken.has(p.number) && shown(p) === [...figures.values()].filter((f) => f.page === p.number).length))
    .map((p) => p.number)
  if (withImages.length > 0) {
    const at = kept.find((l) => l.page === withImages[0]) ?? (kept[0] as (typeof kept)[number])
    findings.push(finding('VISIE-171', file, at.no, { paginas: pageList(withImages), illustraties: options.illustraties ? 'aan' : 'uit' }))
  }
  const read = toSourceLines(bodyTables(gioTables(kept)), style, outlineCase(outline), isLabel).map((l) => (figures.has(l.line) ? { ...l, hints: { ...l.hints, figure: true } } : l))
  const lines = placeNotes(attachNotes(read, notes), notes)
  for (const l of lines) origins[l.line] = { page: l.page + 1, quote: l.text.slice(0, 80) }
  const images = [...figures.values()].filter((f) => lines.some((l) => l.line === f.line && l.hints?.figure))
  return { lines, origins, findings, furniture: true, ...(options.illustraties ? { images } : {}) }
}

const NOTE_START = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2}(?=\s))\s*(?=\S)/u

/**
 * Footnotes: the lines at a page's foot in type smaller than the body (at most 0.85 of it), under a gap, whose first
 * line starts with a mark (`¹ Zie …`, `1 Zie …`). Their line numbers, each note's first line with its mark.
 */
function footnotes(pages: readonly (readonly Numbered[])[], style: Style): Map<number, boolean> {
  const out = new Map<number, boolean>()
  const small = (l: Numbered): boolean => l.size <= style.body * 0.85 && !l.cells && !gioRow(l)
  for (const page of pages) {
    let k = page.length
    while (k > 0 && small(page[k - 1] as Numbered)) k--
    const block = page.slice(k)
    const above = page[k - 1]
    if (block.length > 0 && block.length <= 12 && above && NOTE_START.test((block[0] as Numbered).text) && (block[0] as Numbered).y - above.y > style.spacing * 1.3) {
      for (const l of block) out.set(l.no, NOTE_START.test(l.text))
      continue
    }
    // A note set under its paragraph instead of at the page's foot: a block in small type between gaps, numbered by
    // a mark in superscript that a line above it on the page holds (`… ook naast een haven.²` | `2 Het haven- …`).
    for (let s = 1; s < page.length; s++) {
      const first = page[s] as Numbered
      const m = NOTE_START.exec(first.text)
      if (!m || !small(first) || small(page[s - 1] as Numbered) || first.y - (page[s - 1] as Numbered).y <= style.spacing * 1.3) continue
      const mark = superscriptDigits(plainDigits(m[0].trim()))
      if (!page.slice(0, s).some((l) => l.text.includes(mark))) continue
      let e = s
      while (e < page.length && small(page[e] as Numbered) && e - s < 6) e++
      const next = page[e]
      if (next !== undefined && next.y - (page[e - 1] as Numbered).y <= style.spacing * 1.3) continue
      for (const l of page.slice(s, e)) out.set(l.no, NOTE_START.test(l.text))
      s = e
    }
  }
  return out
}

/** A row of the GIO table (an identifier in a cell after the naam's), which its small type does not make a note. */
function gioRow(l: Numbered): boolean {
  return l.fragments.some((f, k) => k > 0 && f.text.startsWith('/join/id/'))
}

/**
 * Footnote lines stay text, each note a paragraph of its own with its mark in superscript, and never split or join the
 * body's paragraph that runs on to the next page: a page's notes move to after the line that ends that paragraph.
 */
function placeNotes(lines: readonly SourceLine[], notes: ReadonlyMap<number, boolean>): SourceLine[] {
  if (notes.size === 0) return [...lines]
  const out: SourceLine[] = []
  let pending: SourceLine[] = []
  lines.forEach((line, k) => {
    const start = notes.get(line.line)
    let l = line
    if (start === undefined) {
      // The body line above the notes ended by the gap to them, not by its own sense: that is decided from its text.
      const after = lines[k + 1]
      if (after && notes.has(after.line) && l.hints?.paragraphEnd !== undefined && !l.hints.heading && !l.hints.table) {
        const hints: { -readonly [K in keyof LineHints]: LineHints[K] } = { ...l.hints }
        delete hints.paragraphEnd
        if (TERMINAL.test(l.text)) hints.paragraphEnd = true
        l = { ...l, hints }
      }
      out.push(l)
      const ends = l.hints?.paragraphEnd === true || l.hints?.heading !== undefined || l.hints?.table !== undefined
      if (pending.length > 0 && ends) {
        out.push(...pending)
        pending = []
      }
      return
    }
    const next = lines[k + 1]
    const last = next === undefined || notes.get(next.line) !== false
    const text = start ? l.text.replace(NOTE_START, (m) => `${superscriptMark(m.trim())} `) : l.text
    // A note starts where the body's paragraph ended already: it stays in place.
    const placed: SourceLine = { ...l, text, raw: text, indent: 0, hints: { paragraphEnd: last } }
    const before = out[out.length - 1]
    if (pending.length === 0 && (before === undefined || before.hints?.paragraphEnd === true || notes.has(before.line))) out.push(placed)
    else pending.push(placed)
  })
  out.push(...pending)
  return out
}

/**
 * A page's footnotes onto the body line that holds their mark (`… de binnenstad.²`): the note's lines leave the text
 * and ride on that line as `noten` (STOP Noot at the mark). A note whose mark no line above it on its page holds stays
 * text (see `placeNotes`).
 */
function attachNotes(lines: readonly SourceLine[], notes: ReadonlyMap<number, boolean>): SourceLine[] {
  if (notes.size === 0) return [...lines]
  const vocabulary = buildVocabulary(lines)
  const out = lines.map((l) => ({ ...l }))
  const gone = new Set<number>()
  for (let k = 0; k < out.length; k++) {
    const first = out[k] as SourceLine
    if (notes.get(first.line) !== true) continue
    const m = NOTE_START.exec(first.text)
    if (!m) continue
    let j = k + 1
    while (j < out.length && notes.get((out[j] as SourceLine).line) === false) j++
    const parts = out.slice(k, j).map((l) => l.text)
    parts[0] = first.text.slice(m[0].length)
    const nummer = plainDigits(m[0].trim())
    const mark = superscriptDigits(nummer)
    const holder = findHolder(out, k, first.page, mark, notes)
    if (holder < 0) continue
    const h = out[holder] as SourceLine
    const text = parts.slice(1).reduce((a, b) => joinPair(a, b, vocabulary), parts[0] as string)
    out[holder] = { ...h, hints: { ...h.hints, noten: [...(h.hints?.noten ?? []), { mark, nummer, text }] } }
    for (let n = k; n < j; n++) gone.add((out[n] as SourceLine).line)
    // The body line above the notes ended by the gap to them, not by its own sense: that is decided from its text.
    const above = out[k - 1]
    if (above && !notes.has(above.line) && above.hints?.paragraphEnd !== undefined && !above.hints.heading && !above.hints.table) {
      const hints: { -readonly [K in keyof LineHints]: LineHints[K] } = { ...above.hints }
      delete hints.paragraphEnd
      if (TERMINAL.test(above.text)) hints.paragraphEnd = true
      out[k - 1] = { ...above, hints }
    }
    k = j - 1
  }
  return out.filter((l) => !gone.has(l.line))
}

/** The body line above `k` on the same page whose text holds `mark` as a note's mark (not a unit's power: `m²`). */
function findHolder(lines: readonly SourceLine[], k: number, page: number, mark: string, notes: ReadonlyMap<number, boolean>): number {
  for (let n = k - 1; n >= 0; n--) {
    const l = lines[n] as SourceLine
    if (l.page !== page) return -1
    if (notes.has(l.line)) continue
    for (let at = l.text.indexOf(mark); at >= 0; at = l.text.indexOf(mark, at + 1)) {
      const before = l.text.slice(Math.max(0, at - 3), at)
      const after = l.text.charAt(at + mark.length)
      if (!/(?:^|[^\p{L}])[kcdm]?m$/u.test(before) && !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(after) && !/[⁰¹²³⁴⁵⁶⁷⁸⁹]$/u.test(before)) return n
    }
  }
  return -1
}

function superscriptMark(mark: string): string {
  return /^\d+$/u.test(mark) ? superscript(mark) : mark
}

/**
 * Raster figures with a caption: the line right below the image (within three lines' height) or right above it,
 * overlapping it sideways, short and not a heading or list item. Keyed by the caption's line; the image as PNG at the
 * resolution it is printed at.
 */
function captionedFigures(pages: readonly PdfPage[], lines: readonly Numbered[], style: Style, decoration: ReadonlySet<PdfFigure>): Map<number, SourceImage> {
  const out = new Map<number, SourceImage>()
  for (const p of pages) {
    for (const f of p.figures ?? []) {
      if (!f.pixels || decoration.has(f)) continue
      const beside = (l: Numbered): boolean => l.page === p.number && l.x < f.x + f.width && l.right > f.x && l.text.length <= 150 && !bullet(l)
      const bottom = f.y + f.height
      const below = lines.find((l) => beside(l) && l.y > bottom && l.y - bottom <= 3 * l.size)
      const above = [...lines].reverse().find((l) => beside(l) && l.y <= f.y && f.y - l.y <= 1.5 * l.size)
      const caption = below ?? above
      if (!caption || out.has(caption.no) || isHeadingSize(caption, style.body)) continue
      const dpi = Math.round(f.pixels.width / (f.width / 72))
      out.set(caption.no, { line: caption.no, page: p.number, bytes: encodePng(f.pixels.width, f.pixels.height, f.pixels.rgb, dpi), formaat: 'image/png' })
    }
  }
  return out
}

type Numbered = PdfLine & { readonly no: number; readonly table?: { readonly raw: string }; readonly cells?: Cells }

interface Style {
  /** The body text's size: the size of most characters. */
  readonly body: number
  /** Heading sizes (larger than the body), largest first: the rank is the level of an unnumbered heading. */
  readonly headingSizes: readonly number[]
  /** The usual distance between the baselines of two lines of a paragraph. */
  readonly spacing: number
  /** Bullet indents (from the column's left edge), smallest first: the rank is the item's depth. */
  readonly bulletIndents: readonly number[]
}

function measure(lines: readonly PdfLine[]): Style {
  const chars = new Map<number, number>()
  for (const l of lines) for (const f of l.fragments) chars.set(round(f.size), (chars.get(round(f.size)) ?? 0) + f.text.length)
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10
  const headingSizes = [...new Set(lines.filter((l) => isHeadingSize(l, body) && l.text.length <= 150).map((l) => l.size))].sort((a, b) => b - a)
  const gaps = new Map<number, number>()
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as PdfLine
    const b = lines[i] as PdfLine
    if (a.page !== b.page || a.size !== body || b.size !== body || b.y <= a.y) continue
    const g = round(b.y - a.y)
    gaps.set(g, (gaps.get(g) ?? 0) + 1)
  }
  const spacing = [...gaps.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? body * 1.2
  const indents: number[] = []
  for (const l of lines) {
    const b = bullet(l)
    if (b) indents.push(b.x - l.column.left)
  }
  indents.sort((a, b) => a - b)
  const bulletIndents: number[] = []
  for (const x of indents) if (bulletIndents.length === 0 || x - (bulletIndents[bulletIndents.length - 1] as number) > indentStep(body)) bulletIndents.push(x)
  return { body, headingSizes, spacing, bulletIndents }
}

/**
 * Two lines start at one x (a hanging indent, numbered points under each other) within a fifth of their type size:
 * 2 pt in 10 pt type, less in the small type of an A5 page, more in large type.
 */
const aligned = (size: number): number => 0.2 * size

/** Bullet indents closer than this (0.4 of the body size: 4 pt in 10 pt type) are one depth of a list. */
const indentStep = (body: number): number => 0.4 * body

/** Type that sets a heading apart: a tenth larger than the body, or larger at all (beyond rounding) and bold. */
function isHeadingSize(l: PdfLine, body: number): boolean {
  return l.size >= body * 1.1 || (l.bold && l.size >= body + 0.5)
}

/** The bullet glyph that starts a line, standing apart from the item's text. */
function bullet(l: PdfLine): Fragment | undefined {
  const first = l.fragments[0] as Fragment
  return l.fragments.length > 1 && BULLET_GLYPH.test(first.text) ? first : undefined
}

interface Kind {
  readonly heading?: number
  readonly item?: number
  /** A numbered item's marker (`1.`), cut from the line's text. */
  readonly marker?: string
}

function toSourceLines(lines: readonly Numbered[], style: Style, spelled: ReadonlyMap<string, string>, isLabel: (text: string) => boolean): SourceLine[] {
  const vocabulary = buildVocabulary(lines)
  const kinds = labelsAbove(lines, numberedRuns(lines, lines.map((l) => classify(l, style))), isLabel)
  // Headings: a numbered line below a `Deel` is one level deeper.
  let deel = false
  const out: SourceLine[] = []
  let prevPage = 0
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Numbered
    let kind = kinds[i] as Kind
    let text = l.text
    let last = l
    const start = i
    if (kind.heading !== undefined) {
      // A heading that wraps: the next lines in the same type, close below, that do not start a heading of their own.
      // A bare number or label (`2`, `Hoofdstuk 2`, `Deel A`) takes the title below it, whatever the title's type.
      for (let k = i + 1; k < lines.length; k++) {
        const n = lines[k] as Numbered
        const bare = isLabel(text)
        // A bare number's own full stop (`1.` above `Inleiding`) ends no title.
        if (n.page !== last.page || n.y - last.y > Math.max(n.size, last.size) * (bare ? 2.6 : 1.7) || (!bare && TERMINAL.test(text))) break
        if (!bare && (n.size !== last.size || n.bold !== last.bold)) break
        // A bare number's title stands under it, not across the page (a page number in the outer margin above a
        // chapter's `HOOFDSTUK 5`), and is no label of its own.
        if (bare && (isLabel(n.text) || n.x > last.right + 2 * last.size || n.right < last.x - 2 * last.size)) break
        // The title's next line in the same type goes on, also in lower case (`1.2 Van structuurvisie naar` +
        // `omgevingsvisie`); a bare label's title is a heading line of its own.
        const wraps = !bare && n.text.length <= 150 && kinds[k]?.item === undefined && !n.table && !n.cells
        if ((kinds[k]?.heading === undefined && !wraps) || headingCandidate(n.text, undefined)) break
        text = joinPair(text, n.text, vocabulary)
        last = n
        i = k
      }
      // Sentences in heading type (a lead paragraph set larger than the body) are text: its lines are read as such.
      if (prose(text)) {
        for (let n = start; n <= i; n++) kinds[n] = {}
        kind = {}
        text = l.text
        last = l
        i = start
      }
    }
    const b = kind.item !== undefined ? bullet(l) : undefined
    if (b) text = l.fragments.slice(1).map((f) => f.text).join(' ')
    if (kind.marker) text = text.slice(kind.marker.length).trimStart()
    const hints: { -readonly [K in keyof LineHints]: LineHints[K] } = {}
    if (kind.heading !== undefined) {
      text = spelledAs(text, spelled)
      const c = headingCandidate(text, undefined)
      if (c?.scheme === 'deel') deel = true
      if (kind.heading === 0 && !c) hints.heading = { level: 0 }
      else if (c && c.span === 1) hints.heading = { level: c.scheme === 'deel' ? 1 : c.path.length + (deel ? 1 : 0) }
      else if (kind.heading > 0) hints.heading = { level: kind.heading }
    }
    if (kind.item !== undefined) hints.listItem = kind.marker ? { depth: kind.item, marker: kind.marker } : { depth: kind.item }
    if (l.cells) hints.table = l.cells
    if (!hints.heading) {
      const end = paragraphEnd(last, lines[i + 1], kinds[i + 1], style)
      if (end !== undefined) hints.paragraphEnd = end
    }
    const raw = l.table?.raw ?? layoutText(l, style)
    const page = l.page - 1
    out.push({ line: l.no, text: text.replace(/\s+/gu, ' ').trim(), pageStart: out.length > 0 && page !== prevPage, page, raw, indent: raw.length - raw.trimStart().length, hints })
    prevPage = page
  }
  return out
}

/** A title's letters and digits, in capitals, with one space between their runs: the key a bookmark and a heading share. */
const letterKey = (text: string): string => text.toLocaleUpperCase('nl').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** The outline's titles by their key; a key that two titles spell differently says nothing. */
function outlineCase(outline: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  const ambiguous = new Set<string>()
  for (const title of outline) {
    const key = letterKey(title)
    if (!/\p{Ll}/u.test(title) || key === '') continue
    if (out.has(key) && out.get(key) !== title) ambiguous.add(key)
    else out.set(key, title)
  }
  for (const key of ambiguous) out.delete(key)
  return out
}

/**
 * A heading printed wholly in capitals by its style (`HOOFDSTUK 1 INLEIDING`) takes the case of the bookmark with the
 * same letters (`Hoofdstuk 1 Inleiding`): the printed characters stay, only their case changes. Without such a
 * bookmark the printed case stays.
 */
function spelledAs(text: string, spelled: ReadonlyMap<string, string>): string {
  if (spelled.size === 0 || /\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return text
  const title = spelled.get(letterKey(text))
  if (title === undefined) return text
  const letters = [...title].filter((c) => /[\p{L}\p{N}]/u.test(c))
  const printed = [...text]
  // A letter that changes its length with its case (`ß`, `SS`) leaves the two out of step: keep the print.
  if (letters.length !== printed.filter((c) => /[\p{L}\p{N}]/u.test(c)).length) return text
  let k = 0
  return printed.map((c) => (/[\p{L}\p{N}]/u.test(c) ? (letters[k++] as string) : c)).join('')
}

/**
 * Unnumbered text in heading type that holds a sentence's end before another sentence and ends as a sentence does
 * (`De groei … in acht ontwikkelzones. Kaart 2 toont de belangrijkste.`): a lead paragraph, no heading.
 */
function prose(text: string): boolean {
  return !BARE_LABEL.test(text) && headingCandidate(text, undefined) === undefined && /\p{Ll}[.!?]\s+\p{Lu}/u.test(text) && TERMINAL.test(text)
}

const ITEM_NUMBER = /^(\d{1,2})([.)])\s/u

/**
 * Lines in heading type numbered `1.`, `2.`, `3.` … one right below the other, at one indent and with no text between
 * them, are a numbered list set in bold (a heading always has text under it): list items, not headings.
 */
function numberedRuns(lines: readonly Numbered[], kinds: readonly Kind[]): Kind[] {
  const out = [...kinds]
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as Numbered
    const m = ITEM_NUMBER.exec(first.text)
    if (kinds[i]?.heading === undefined || !m || m[1] !== '1') continue
    let j = i + 1
    for (; j < lines.length; j++) {
      const n = lines[j] as Numbered
      const prev = lines[j - 1] as Numbered
      const mj = ITEM_NUMBER.exec(n.text)
      if (kinds[j]?.heading === undefined || !mj || Number(mj[1]) !== j - i + 1 || mj[2] !== m[2]) break
      if (n.page !== first.page || Math.abs(n.x - first.x) > aligned(first.size) || n.y - prev.y > 2 * Math.max(n.size, prev.size)) break
    }
    if (j - i < 2) continue
    for (let k = i; k < j; k++) out[k] = { item: 0, marker: ITEM_NUMBER.exec((lines[k] as Numbered).text)?.slice(1, 3).join('') as string }
    i = j - 1
  }
  return out
}

/**
 * A bare label (`HOOFDSTUK 1`, `Deel II`, `3`, the document's own `Ambitie 2`) right above a line in heading type is that heading's number, whatever
 * its own type: house styles set it small above a large title (`HOOFDSTUK 1` in 8.5 pt bold over `Inleiding` in 18 pt).
 */
function labelsAbove(lines: readonly Numbered[], kinds: readonly Kind[], isLabel: (text: string) => boolean): Kind[] {
  const out = [...kinds]
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as Numbered
    const n = lines[i + 1] as Numbered
    const below = kinds[i + 1]?.heading
    // A label in bold body type reads as a run-in kop by itself (`Ambitie 1` over its title in 18 pt): still the label.
    const own = kinds[i]?.heading
    if ((own !== undefined && own !== 0) || kinds[i]?.item !== undefined || below === undefined || below === 0 || !isLabel(l.text)) continue
    if (n.page !== l.page || n.y - l.y > Math.max(n.size, l.size) * 2.6 || n.x > l.right + 2 * l.size || n.right < l.x - 2 * l.size) continue
    out[i] = { heading: below }
  }
  return out
}

/** What the line's type and form say it is: a heading (its size rank; 0 for a run-in kop) or a bullet item (depth). */
function classify(l: Numbered, style: Style): Kind {
  if (l.table || l.cells) return {}
  const b = bullet(l)
  if (b) {
    const at = b.x - l.column.left
    const depth = style.bulletIndents.findIndex((x) => Math.abs(x - at) <= indentStep(style.body))
    return { item: Math.max(0, depth) }
  }
  // A line that starts in lower case goes on a sentence, save a letter that numbers the title after it (`a) Landschap`).
  if (l.text.length > 150 || (/^[\p{Ll}(,;]/u.test(l.text) && !/^[a-z][.)]\s+\p{Lu}/u.test(l.text))) return {}
  if (isHeadingSize(l, style.body)) return { heading: style.headingSizes.indexOf(l.size) + 1 }
  if (l.bold && !l.fragments.some((f) => f.boldLead) && Math.abs(l.size - style.body) <= 0.5 && l.text.length <= 100 && !/[.;,]$/u.test(l.text)) return { heading: 0 }
  return {}
}

/**
 * Whether the paragraph ends after `l`: a gap larger than the line spacing, a next line indented (first-line indent)
 * or outdented (after a list item), a heading or item next; it goes on when the next line follows at the usual
 * spacing. Undefined (decided from the text) across a page or column break.
 */
function paragraphEnd(l: Numbered, next: Numbered | undefined, nextKind: Kind | undefined, style: Style): boolean | undefined {
  if (l.table || l.cells) return true
  if (!next || next.page !== l.page || next.column.left !== l.column.left || next.y <= l.y) return undefined
  if (next.table || next.cells || nextKind?.heading !== undefined || nextKind?.item !== undefined) return true
  // An artikel's label on a line of its own (`Artikel 1`, `Enig artikel`) in body type: its text starts below it.
  if (ARTIKEL_LABEL.test(l.text)) return true
  const gap = next.y - l.y
  if (gap > style.spacing * 1.3 + 0.5) return true
  // A hanging indent goes on: the next line starts under the text after this line's marker (`3.  Wij willen …`).
  const hanging = l.fragments.length > 1 && Math.abs((l.fragments[1] as Fragment).x - next.x) <= aligned(l.size) && (l.fragments[0] as Fragment).text.length <= 5
  if (!hanging && (next.x > l.x + 0.8 * l.size || next.x < l.x - 0.8 * l.size)) return true
  if (TERMINAL.test(l.text) && l.right < l.column.right - 4 * l.size) return true
  // A full line that ends a sentence, and the next numbered point below it (`2. … in te trekken.` | `3. Te bepalen …`).
  if (TERMINAL.test(l.text) && nextPoint(l, next)) return true
  return false
}

/**
 * `next` starts a numbered point (`3. Te bepalen …`, `c) …`) where this line starts: the number after this line's own
 * when it has one (`2.` then `3.`).
 */
function nextPoint(l: PdfLine, next: PdfLine): boolean {
  const a = POINT.exec(l.text)
  const b = POINT.exec(next.text)
  if (!b || Math.abs(l.x - next.x) > aligned(l.size)) return false
  if (!a) return true
  const n = (m: string): number => (/^\d+$/u.test(m) ? Number(m) : m.charCodeAt(0))
  return a[2] === b[2] && n(b[1] as string) === n(a[1] as string) + 1
}

const ARTIKEL_LABEL = /^(?:(?:Artikel|ARTIKEL)\s+(?:\d{1,3}[a-z]?|[IVX]{1,6})|Enig artikel|ENIG ARTIKEL)\.?$/u

const POINT = /^(\d{1,2}|[a-z])([.)])\s/u

/** The line for the text reader's layout checks: its indent (by a character width of half the body size) and text. */
function layoutText(l: PdfLine, style: Style): string {
  const indent = Math.max(0, Math.round(((l.fragments[0] as Fragment).x - l.column.left) / (style.body * 0.5)))
  return ' '.repeat(indent) + l.text
}

/** `3`, `3 en 5`, `3, 5 en 7-9`: pages for a message. */
function pageList(pages: readonly number[]): string {
  const runs: string[] = []
  for (let i = 0; i < pages.length; ) {
    let j = i
    while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++
    runs.push(j > i ? `${pages[i]}-${pages[j]}` : `${pages[i]}`)
    i = j + 1
  }
  return runs.length <= 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} en ${runs[runs.length - 1]}`
}
