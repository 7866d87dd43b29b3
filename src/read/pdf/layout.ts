/**
 * Positioned text items → lines in reading order. Items on one baseline that stand close together form a fragment
 * (a run of words); fragments far apart on one baseline stay apart (table cells, a bullet and its text, two
 * columns). A page whose text stands in two columns (a clear gutter with full lines on both sides) is read left
 * column first, then right, band by band between lines that span both; a one-column page with a section in two
 * columns (a Word section break) has that band read in columns when the band alone shows a gutter. Short stretches in
 * columns under or between rows across the page (a magazine's chapter heading, a pull quote), with a figure or a table
 * in one column, are read in columns where their two sides keep their own left edges and baselines.
 */
import { documentLabels, sectionBetween, sectionPath as linePath } from '../../text/headings.js'
import type { PdfItem, PdfPage } from './load.js'

export interface Fragment {
  readonly text: string
  readonly x: number
  readonly right: number
  readonly y: number
  readonly size: number
  readonly bold: boolean
  /** The text items the fragment joins where a space stood between them, with their positions (table cells set close). */
  readonly runs: readonly Run[]
  /** Bold text followed by regular text (a term and its definition, a run-in lead): no line in bold, whatever the share. */
  readonly boldLead?: true
}

export interface Run {
  readonly text: string
  readonly x: number
  readonly right: number
}

export interface PdfLine {
  /** Page from 1. */
  readonly page: number
  readonly fragments: readonly Fragment[]
  readonly text: string
  readonly x: number
  readonly right: number
  /** Baseline, from the page top. */
  readonly y: number
  /** The size of most of the line's characters. */
  readonly size: number
  /** Whether most of the line's characters are bold. */
  readonly bold: boolean
  /** The text column the line stands in (the page's text area on a one-column page). */
  readonly column: { readonly left: number; readonly right: number }
}

/** Glyphs that only mark list items (Symbol/Wingdings private-use bullets included). */
export const BULLET_GLYPH = /^[•●▪■□◦○o·‣⁃◆◇►▶➢➤›»✓✔❖\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF0E0\uF06E\uF0A8\uF02D–—-]$/u

/** A numbered list item's marker standing alone in its text item (`3.`, `b)`, `(2)`, a beslispunt's `IV.`). */
export const LIST_MARKER = /^(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\)|[IVX]{1,5}\.)$/u

/** A heading's number or label on a line of its own, its title below it: `2`, `2.1`, `Hoofdstuk 2`, `Deel A`, `IV`. */
export const BARE_LABEL = /^(?:(?:Hoofdstuk|HOOFDSTUK|Deel|DEEL|Paragraaf|PARAGRAAF|Onderdeel|ONDERDEEL)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-H])\.?$/u

/**
 * BARE_LABEL, and also the document's own word for its chapters (`Ambitie 2`, `Thema 3`, `Koers 1`) standing alone:
 * a word that numbers at least three short lines 1, 2, 3 in the document (`documentLabels`), given its lines' texts.
 */
export function bareLabel(texts: readonly string[]): (text: string) => boolean {
  const own = new Set(documentLabels(texts).filter((w) => w.length > 1).map((w) => w.toLowerCase()))
  return (text) => BARE_LABEL.test(text) || (own.size > 0 && own.has(/^(\p{L}+) ?(?:\d{1,2}|[A-H])\.?$/u.exec(text)?.[1]?.toLowerCase() ?? ''))
}

/**
 * The lines of each page in reading order. A document set in two columns throughout shows its gutter on its full
 * pages; a short page (a chapter's last lines, both columns a few lines high) is too short to show it by itself, but
 * is read in the same columns where its lines keep to them.
 */
export function documentLines(pages: readonly PdfPage[]): PdfLine[][] {
  const gutters = pages.map((p) => ownGutter(p))
  const found = gutters.flatMap((g) => (g ? [g.right] : [])).sort((a, b) => a - b)
  const median = found[Math.floor(found.length / 2)]
  // Three pages or more whose right column starts at one x (within a few points), or two that agree; a short page
  // with a line across it (a one-column page) does not take it (shortPageGutter).
  const agree = found.filter((x) => median !== undefined && Math.abs(x - median) <= 6).length
  const shared = median !== undefined && ((found.length >= 3 && agree >= found.length * 0.8) || (found.length === 2 && agree === 2)) ? median : undefined
  return pages.map((p, k) => pageLines(p, gutters[k] === null ? shared : undefined, gutters[k] ?? null))
}

/**
 * The gutter findGutter finds on the page by itself, or null. Its right edge, where the right column starts, is what
 * pages share (its x differs between pages within the gap).
 */
function ownGutter(page: PdfPage): Gutter | null {
  const rows = smallCaps(baselineRows(page.items))
  if (rows.length === 0) return null
  const all = rows.flat()
  return findGutter(rows, { left: Math.min(...all.map((f) => f.x)), right: Math.max(...all.map((f) => f.x + f.width)) }) ?? null
}

/**
 * The lines of one page in reading order. `documentColumn`: where the right column of the document's two-column pages
 * starts, used for a page too short to show its gutter when no row of its text (its running header and footer aside)
 * crosses it and both sides hold text.
 */
export function pageLines(page: PdfPage, documentColumn?: number, own?: Gutter | null): PdfLine[] {
  const rows = smallCaps(baselineRows(page.items))
  if (rows.length === 0) return []
  const all = rows.flat()
  const area = { left: Math.min(...all.map((f) => f.x)), right: Math.max(...all.map((f) => f.x + f.width)) }
  const out: PdfLine[] = []
  const body = bodySize(page.items)
  // `own`: the page's gutter as documentLines found it already (null: none).
  const gutter = (own === undefined ? findGutter(rows, area) : (own ?? undefined)) ?? shortPageGutter(rows, page, documentColumn)
  const side = gutter === undefined ? sideColumn(rows, area) : undefined
  if (side !== undefined) {
    // What stands above the column across the page first; then the text column, then the notes in the margin beside
    // it (they stand beside the text, not before it).
    const band = rows.slice(side.from)
    readBand(page.number, rows.slice(0, side.from), area, undefined, body, out)
    readBand(page.number, band.map((r) => r.filter((f) => f.x >= side.x)).filter((r) => r.length > 0), { left: side.x, right: area.right }, undefined, body, out)
    readBand(page.number, band.map((r) => r.filter((f) => f.x < side.x)).filter((r) => r.length > 0), { left: area.left, right: side.x }, undefined, body, out)
    return out
  }
  if (gutter !== undefined) {
    readBand(page.number, rows, area, gutter, body, out)
    return out
  }
  // A page whose stretches in two columns stand between rows across the page (chapter headings, full-width text,
  // tables): the gutter they share, each stretch read in columns where it shows text on both sides.
  const shared = pageGutter(rows, area, body)
  if (shared !== undefined) {
    for (const s of stretches(rows, shared, body)) readBand(page.number, s.rows, area, s.two ? sideEdges(s.rows, shared) : undefined, body, out)
    return out
  }
  // Short stretches in columns between rows across the page (a chapter heading over the full width, a pull quote), too
  // short to show their gutter by full lines: each stretch that keeps to two columns of its own is read in them.
  const columns = columnBands(rows, area, body)
  for (const part of columns ?? [{ rows }]) {
    if (part.gutter !== undefined) readBand(page.number, part.rows, area, part.gutter, body, out)
    // A page in one column may hold a section in two (a Word section break): each band between full-width lines and
    // large headings is read in columns when it has a gutter of its own.
    else for (const band of bands(part.rows, area, body)) readBand(page.number, band, area, findGutter(band, area, true) ?? pairedGutter(band, area), body, out)
  }
  return out
}

/**
 * A narrow column of margin notes or pull quotes beside the text (`Deze visie vervangt de` | `omgevingsvisie van …` in
 * the left quarter, the text column right of it): an x in the left 12–35 % of the text area that no item crosses, with
 * phrases of several words on its left on a few rows and two thirds of the text or more, in a column over half the area wide,
 * on its right. Where the left side holds a heading's number (`1.1` hanging before its title) or a bare label, it is
 * no column of its own. Undefined when the page has none.
 */
function sideColumn(rows: readonly PdfItem[][], area: { left: number; right: number }): { x: number; from: number } | undefined {
  const width = area.right - area.left
  const items = rows.flat()
  if (width <= 0 || rows.length < 10) return undefined
  // The page's first and last rows aside: a running header or footer may cross the column or start in the margin
  // (`3 | Omgevingsvisie …`).
  const edge = new Set([rows[0], rows[rows.length - 1]].flatMap((r) => r ?? []))
  let best: { x: number; from: number } | undefined
  for (let x = area.left + width * 0.12; x <= area.left + width * 0.35; x += 2) {
    // The column may begin below a heading or paragraph across the page: from the row after the last that crosses x.
    let from = 0
    rows.forEach((r, k) => {
      if (r.some((f) => !edge.has(f) && f.x < x && f.x + f.width > x)) from = k + 1
    })
    // (The last line of a paragraph across the page, short enough to end left of x, belongs above the column.)
    for (let above = rows[from - 1]; above !== undefined && from < rows.length; above = rows[from - 1]) {
      const next = rows[from] as PdfItem[]
      const [a, b] = [above[0] as PdfItem, next[0] as PdfItem]
      if (Math.abs(a.x - b.x) > 2 || b.y - a.y > 1.6 * a.size || Math.abs(a.size - b.size) > 0.5) break
      from++
    }
    const band = rows.slice(from)
    if (band.length < 10) continue
    const left = band.map((r) => r.filter((f) => f.x + f.width <= x)).filter((r) => r.length > 0)
    const right = band.map((r) => r.filter((f) => f.x >= x)).filter((r) => r.length > 0)
    if (left.length < 2 || right.length < 8) continue
    const start = Math.min(...right.flat().map((f) => f.x))
    const leftEdge = Math.max(...left.flat().map((f) => f.x + f.width))
    const texts = left.filter((r) => !r.every((f) => edge.has(f))).map((r) => r.map((f) => f.text).join(' ').trim())
    const chars = (list: readonly PdfItem[][]): number => list.flat().reduce((n, f) => n + f.text.length, 0)
    const phrases = texts.filter((t) => t.split(/\s+/u).length >= 2).length
    // A table's first column (a GIO table's names beside their identifiers, a row's label beside its cells) shares its
    // rows with cells apart on the right; a margin note stands beside lines of running text.
    const shared = band.filter((r) => r.some((f) => f.x + f.width <= x) && r.some((f) => f.x >= x))
    const apart = (r: readonly PdfItem[]): boolean => {
      const cells = r.filter((f) => f.x >= x).sort((a, b) => a.x - b.x)
      return cells.some((f, k) => k > 0 && f.x - ((cells[k - 1] as PdfItem).x + (cells[k - 1] as PdfItem).width) > 2 * f.size)
    }
    if (shared.some((r) => r.some((f) => f.text.includes('/join/'))) || shared.filter(apart).length >= Math.max(1, shared.length * 0.3)) continue
    if (texts.some((t) => /^(?:§\s*|[\p{L}]+ )?(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-H])\.?(?:\s|$)/u.test(t))) continue
    if (area.right - start < width * 0.55 || start - leftEdge < 12 || phrases < left.length * 0.5 || chars(right) < chars(left) * 2) continue
    // Of the x that show a column, the one whose column starts highest on the page.
    if (best === undefined || from < best.from) best = { x: (leftEdge + start) / 2, from }
  }
  return best
}

/**
 * The page's rows cut into stretches at rows that cross an x in the middle of the text area and at gaps across the
 * whole width, where at least one stretch stands in two columns (`columnGutter`): the x with the most rows in such
 * stretches (the middle of the run of such x). Undefined when no x has one.
 */
function columnBands(rows: readonly PdfItem[][], area: { left: number; right: number }, body: number): { rows: PdfItem[][]; gutter?: Gutter }[] | undefined {
  const width = area.right - area.left
  if (width <= 0) return undefined
  const crosses = (row: readonly PdfItem[], x: number): boolean => row.some((f) => f.x < x && f.x + f.width > x)
  const cut = (x: number): { rows: PdfItem[][]; gutter?: Gutter }[] => {
    const out: { rows: PdfItem[][]; gutter?: Gutter }[] = []
    let cur: PdfItem[][] = []
    const close = (): void => {
      for (const part of whiteCut(cur, body)) {
        const gutter = columnGutter(part, x, body)
        out.push(gutter ? { rows: part, gutter } : { rows: part })
      }
      cur = []
    }
    for (const row of rows) {
      if (!crosses(row, x)) {
        cur.push(row)
        continue
      }
      close()
      out.push({ rows: [row] })
    }
    close()
    return out
  }
  let best = 0
  let run: number[] = []
  // Only where four rows on end leave x clear can a stretch in columns stand (most pages' lines cross the middle).
  const clearRun = (x: number): boolean => {
    let n = 0
    for (const row of rows) if ((n = crosses(row, x) ? 0 : n + 1) >= 4) return true
    return false
  }
  for (let x = area.left + width * 0.35; x <= area.left + width * 0.65; x += 2) {
    const score = clearRun(x) ? cut(x).reduce((n, p) => n + (p.gutter ? p.rows.length : 0), 0) : 0
    if (score > best) {
      best = score
      run = [x]
    } else if (score === best && score > 0 && x - (run[run.length - 1] as number) <= 2.01) run.push(x)
  }
  const at = run[Math.floor(run.length / 2)]
  if (at === undefined) return undefined
  // Neighbouring parts read without columns go together again (the old band rules cut them as before).
  const out: { rows: PdfItem[][]; gutter?: Gutter }[] = []
  for (const p of cut(at)) {
    const last = out[out.length - 1]
    if (last && !last.gutter && !p.gutter) last.rows.push(...p.rows)
    else out.push({ rows: [...p.rows], ...(p.gutter ? { gutter: p.gutter } : {}) })
  }
  return out
}

/**
 * Rows cut where the page stands empty across its width over six body lines or more (a figure or a map across
 * both columns, a section's end): what stands above and below such a gap are stretches of their own. In columns the
 * rows stand empty on both sides at once only there; a figure in one column leaves the other column's rows beside it.
 */
function whiteCut(rows: readonly PdfItem[][], body: number): PdfItem[][][] {
  const out: PdfItem[][][] = []
  let bottom = -Infinity
  for (const row of rows) {
    const top = Math.min(...row.map((f) => f.y - f.size))
    if (out.length === 0 || top - bottom > 6 * body) out.push([])
    ;(out[out.length - 1] as PdfItem[][]).push(row)
    bottom = Math.max(bottom, ...row.map((f) => f.y))
  }
  return out
}

/**
 * Whether `rows` (none crossing `x`) stand in two columns at `x`, too few to show a gutter by full lines (CSS or Word
 * columns of a few paragraphs under a full-width chapter heading, a figure or a table taking part of one column):
 * the channel at `x` is at least the body size wide, the two sides stand beside each other, each starts its rows at
 * its own left edge, holds sentences, and keeps its own baselines (at most a third of the shorter side's rows share
 * a baseline with the other side, where a table's rows share theirs). Only text in the body's type or larger counts
 * there: a running footer shares its baseline across the page.
 */
function columnGutter(rows: readonly PdfItem[][], x: number, body: number): Gutter | undefined {
  if (rows.length < 4) return undefined
  const l = rows.map((r) => side(r, x, true)).filter((s) => s.length > 0)
  const r = rows.map((r) => side(r, x, false)).filter((s) => s.length > 0)
  if (l.length < 2 || r.length < 2) return undefined
  let leftEdge = -Infinity
  let rightStart = Infinity
  for (const items of l) for (const f of items) leftEdge = Math.max(leftEdge, f.x + f.width)
  for (const items of r) for (const f of items) rightStart = Math.min(rightStart, f.x)
  if (rightStart - leftEdge < body) return undefined
  const baselines = (s: PdfItem[][]): number[] =>
    s
      .map((items) => items.filter((f) => f.size > body * 0.85))
      .filter((b) => b.length > 0)
      .map((b) => Math.max(...b.map((f) => f.y)))
      .sort((a, b) => a - b)
  const ly = baselines(l)
  const ry = baselines(r)
  if (ly.length < 2 || ry.length < 2) return undefined
  // Both lists run top to bottom (rows are sorted by baseline): their ends bound them, one walk pairs them.
  const within = (a: number[], b: number[]): number => a.filter((y) => y >= (b[0] as number) - body && y <= (b[b.length - 1] as number) + body).length
  if (within(ly, ry) < 2 || within(ry, ly) < 2) return undefined
  let shared = 0
  for (let i = 0, j = 0; i < ly.length && j < ry.length; ) {
    const d = (ly[i] as number) - (ry[j] as number)
    if (Math.abs(d) <= 0.5) {
      shared++
      i++
      j++
    } else if (d < 0) i++
    else j++
  }
  if (shared * 3 > Math.min(ly.length, ry.length)) return undefined
  const words = (s: PdfItem[][]): number => median(s.map((items) => items.map((f) => f.text).join(' ').trim().split(/\s+/u).length))
  if (words(l) < 3 || words(r) < 3) return undefined
  const aligned = (s: PdfItem[][]): boolean => {
    const edge = s.reduce((m, items) => Math.min(m, (items[0] as PdfItem).x), Infinity)
    return s.filter((items) => (items[0] as PdfItem).x - edge <= 0.3 * body).length >= 0.6 * s.length
  }
  if (!aligned(l) || !aligned(r)) return undefined
  return { x, left: leftEdge, right: rightStart }
}

/** A heading's number, a bullet or a list marker: the wide gap after it is no gap between cells. */
const LEAD = (text: string): boolean => BULLET_GLYPH.test(text) || LIST_MARKER.test(text) || BARE_LABEL.test(text)

/** The items of a row on one side of `x`. */
const side = (row: readonly PdfItem[], x: number, left: boolean): PdfItem[] => row.filter((f) => (left ? f.x + f.width <= x : f.x >= x))

/** Items on one side of a row standing apart as a table's cells do (a gap of 1.5 times the type, not after a number or bullet). */
function cellsOn(items: readonly PdfItem[]): boolean {
  return items.some((f, k) => {
    const prev = items[k - 1]
    return prev !== undefined && f.x - (prev.x + prev.width) > 1.5 * f.size && !(k === 1 && LEAD(prev.text.trim()))
  })
}

interface Stretch {
  readonly rows: PdfItem[][]
  /** Whether the stretch is read in two columns. */
  readonly two: boolean
}

/**
 * The page's rows cut at `x` into stretches: a row that an item crosses `x` in, whose sides hold a table's cells, or
 * that is set wholly in small type (a running header, a footnote, a caption) stands alone; the rows between form a
 * stretch, read in two columns when both sides hold text on two rows or more beside each other, in the body's type
 * on both sides (a GIO table's identifiers are cells, not a column).
 */
function stretches(rows: readonly PdfItem[][], x: number, body: number): Stretch[] {
  const out: Stretch[] = []
  let cur: PdfItem[][] = []
  const close = (): void => {
    if (cur.length > 0) out.push({ rows: cur, two: twoSided(cur, x) >= 2 && !cur.flat().some((f) => f.text.trim().startsWith('/join/id/')) && !headedTable(cur, x, body) })
    cur = []
  }
  for (const row of rows) {
    const alone = row.some((f) => f.x < x && f.x + f.width > x) || cellsOn(side(row, x, true)) || cellsOn(side(row, x, false)) || Math.max(...row.map((f) => f.size)) <= body * 0.85
    // A table's header row starts a stretch of its own (the table), also right below text in columns.
    if (!alone && headerRow(row, x, body)) close()
    if (!alone) {
      cur.push(row)
      continue
    }
    close()
    out.push({ rows: [row], two: false })
  }
  close()
  return out
}

/**
 * A table of two columns without rules: every row with text on both sides shares one baseline, and the first such row
 * is a header (bold on both sides, in no larger type than the body, neither side a numbered heading). Text set in
 * two columns may share baselines too, but its columns start with text or with headings.
 */
function headedTable(rows: readonly PdfItem[][], x: number, body: number): boolean {
  const both = rows.filter((r) => side(r, x, true).length > 0 && side(r, x, false).length > 0)
  if (both.length < 2) return false
  if (both.some((r) => !oneBaseline(r, x))) return false
  return headerRow(both[0] as PdfItem[], x, body)
}

/** Text on both sides of `x` on one baseline. */
function oneBaseline(row: readonly PdfItem[], x: number): boolean {
  const l = side(row, x, true)
  const r = side(row, x, false)
  return l.length > 0 && r.length > 0 && Math.abs(Math.max(...l.map((f) => f.y)) - Math.max(...r.map((f) => f.y))) <= 0.5
}

/** A table's header row: on one baseline, bold on both sides of `x`, in no larger type than the body, neither side a numbered heading. */
function headerRow(row: readonly PdfItem[], x: number, body: number): boolean {
  return (
    oneBaseline(row, x) &&
    [true, false].every((left) => {
      const items = side(row, x, left)
      return items.every((f) => f.bold && f.size <= body * 1.1) && sectionPath(textFrom(items, -Infinity)) === undefined
    })
  )
}

/** Rows on each side of `x` that stand within the height of the other side's rows (0 unless both sides have two rows). */
function twoSided(rows: readonly PdfItem[][], x: number): number {
  const ys = (left: boolean): number[] => rows.filter((r) => side(r, x, left).length > 0).map((r) => Math.max(...side(r, x, left).map((f) => f.y)))
  const l = ys(true)
  const r = ys(false)
  if (l.length < 2 || r.length < 2) return 0
  // A side of single words (a contents' page numbers without leaders) is no column of text.
  const words = (left: boolean): number => median(rows.map((r) => side(r, x, left)).filter((s) => s.length > 0).map((s) => s.map((f) => f.text).join(' ').trim().split(/\s+/u).length))
  if (words(true) < 2 || words(false) < 2) return 0
  const within = (a: number[], b: number[]): number => a.filter((y) => y >= Math.min(...b) - 2 && y <= Math.max(...b) + 2).length
  return Math.min(within(l, r), within(r, l))
}

/** A row with a section heading on each side of `x`, the right one numbered after the left one under the same parent. */
function siblingHeads(row: readonly PdfItem[], x: number): boolean {
  const left = sectionPath(textFrom(side(row, x, true), -Infinity))
  const right = sectionPath(textFrom(side(row, x, false), -Infinity))
  if (left === undefined || right === undefined || left.length !== right.length) return false
  return left.slice(0, -1).join('.') === right.slice(0, -1).join('.') && (right[right.length - 1] as number) > (left[left.length - 1] as number)
}

/** The middle value of `values` (the upper one of two). */
function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
}

/** The gutter of a stretch read in columns at `x`: where its left side ends and its right side starts. */
function sideEdges(rows: readonly PdfItem[][], x: number): Gutter {
  const items = rows.flat()
  return { x, left: Math.max(...items.filter((f) => f.x + f.width <= x).map((f) => f.x + f.width)), right: Math.min(...items.filter((f) => f.x >= x).map((f) => f.x)) }
}

/**
 * The gutter a page's two-column stretches share, where no stretch is long enough to show it alone: the x in the
 * middle of the text area with the most rows of text beside each other on its two sides (stretches of two rows or
 * more on each side, between rows that cross it), at least four, or two under sections side by side; the middle of the
 * widest such run of x.
 */
function pageGutter(rows: readonly PdfItem[][], area: { left: number; right: number }, body: number): number | undefined {
  const width = area.right - area.left
  if (width <= 0) return undefined
  let best = 0
  let run: number[] = []
  for (let x = area.left + width * 0.35; x <= area.left + width * 0.65; x += 2) {
    const evidence = stretches(rows, x, body)
      .filter((s) => s.two)
      .reduce((n, s) => n + twoSided(s.rows, x), 0)
    if (evidence > best) {
      best = evidence
      run = [x]
    } else if (evidence === best && evidence > 0 && run.length > 0 && x - (run[run.length - 1] as number) <= 2.01) run.push(x)
  }
  const at = run[Math.floor(run.length / 2)]
  if (at === undefined) return undefined
  // Two sections side by side on one row (`II.1 Hoog` | `II.2 Laag`) say so with fewer rows beside each other.
  if (best < 4 && !(best >= 2 && stretches(rows, at, body).some((s) => s.two && s.rows.some((r) => siblingHeads(r, at))))) return undefined
  return at
}

/** The section number a PDF row's text starts with, for a heading of at most 80 characters. */
const sectionPath = (text: string): readonly number[] | undefined => linePath(text, 80)

/** A row's text from `x` on, in reading order. */
function textFrom(row: readonly PdfItem[], from: number, to = Infinity): string {
  return row
    .filter((f) => f.x >= from && f.x + f.width <= to)
    .sort((a, b) => a.x - b.x)
    .map((f) => f.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Two section headings side by side on one row (`5.5 Mobiliteit` on the left, `5.7 Bodem en ondergrond` from the
 * middle): the band below them is two columns, also where it is too short to show a gutter by its lines alone.
 */
function pairedGutter(rows: readonly PdfItem[][], area: { left: number; right: number }): Gutter | undefined {
  const width = area.right - area.left
  for (const row of rows) {
    const sorted = [...row].sort((a, b) => a.x - b.x)
    const start = sorted.find((f) => f.x >= area.left + width * 0.35 && f.x <= area.left + width * 0.65)
    if (start === undefined) continue
    const left = sectionPath(textFrom(row, -Infinity, start.x))
    const right = sectionPath(textFrom(row, start.x))
    if (right === undefined) continue
    const items = rows.flat()
    if (items.some((f) => f.x < start.x - 1 && f.x + f.width > start.x)) continue
    if (left !== undefined) {
      if (left.slice(0, -1).join('.') !== right.slice(0, -1).join('.') || (right[right.length - 1] as number) <= (left[left.length - 1] as number)) continue
    } else {
      // A section heading alone from the middle (`3.3 Uitvoering` beside the left column's text): a column when both
      // sides hold text on a few rows and the section comes after the left side's own.
      const sides = (onLeft: boolean): number => rows.filter((r) => r.some((f) => (onLeft ? f.x + f.width <= start.x : f.x >= start.x))).length
      const lefts = rows.map((r) => sectionPath(textFrom(r, -Infinity, start.x))).filter((p) => p !== undefined)
      const last = lefts[lefts.length - 1]
      if (sides(true) < 3 || sides(false) < 3 || last === undefined || last.slice(0, -1).join('.') !== right.slice(0, -1).join('.')) continue
      if ((right[right.length - 1] as number) <= (last[last.length - 1] as number)) continue
    }
    const leftEdge = Math.max(...items.filter((f) => f.x + f.width <= start.x).map((f) => f.x + f.width))
    return { x: start.x - 1, left: leftEdge, right: start.x }
  }
  return undefined
}

/** The page's rows cut at rows that run across the text area or stand in large type (a chapter heading). */
function bands(rows: readonly PdfItem[][], area: { left: number; right: number }, body: number): PdfItem[][][] {
  const width = area.right - area.left
  const out: PdfItem[][][] = [[]]
  const large = (row: readonly PdfItem[]): boolean => Math.max(...row.map((f) => f.size)) >= body * 1.25
  const top = (row: readonly PdfItem[]): number => Math.min(...row.map((f) => f.y))
  // A heading in large type from the middle of the page heads a right column, and a left one beside it (set a little
  // higher or lower) heads the left column: neither cuts the columns they head.
  const rightHead = (row: readonly PdfItem[]): boolean => large(row) && row.filter((f) => f.size >= body * 1.25).every((f) => f.x >= area.left + width * 0.35)
  const besideRightHead = (row: readonly PdfItem[]): boolean =>
    row.every((f) => f.x + f.width <= area.left + width * 0.5) &&
    rows.some((o) => o !== row && rightHead(o) && Math.abs(top(o) - top(row)) <= 2 * Math.max(...row.map((f) => f.size)))
  // A left heading numbered between the left column's last section and the right column's first (`3.2` below `3.1`
  // with `3.3` heading the right column) goes on in the left column.
  const mid = area.left + width * 0.35
  const inLeftColumn = (row: readonly PdfItem[], band: readonly PdfItem[][]): boolean => {
    const at = row.every((f) => f.x < mid) ? sectionPath(textFrom(row, -Infinity)) : undefined
    if (at === undefined) return false
    const lefts = band.map((r) => sectionPath(textFrom(r, -Infinity, mid))).filter((p) => p !== undefined)
    const right = band.map((r) => sectionPath(textFrom(r, mid))).find((p) => p !== undefined)
    const left = lefts[lefts.length - 1]
    return left !== undefined && right !== undefined && sectionBetween(at, left, right)
  }
  for (const row of rows) {
    const cut =
      row.some((f) => f.width > width * 0.6) ||
      (large(row) && !rightHead(row) && !besideRightHead(row) && !inLeftColumn(row, out[out.length - 1] as PdfItem[][]))
    if (cut) out.push([row], [])
    else (out[out.length - 1] as PdfItem[][]).push(row)
  }
  return out.filter((b) => b.length > 0)
}

type Gutter = { x: number; left: number; right: number }

/** The document's gutter on a short page (see pageLines), when its text keeps to the two columns. */
function shortPageGutter(rows: readonly PdfItem[][], page: PdfPage, rightColumn: number | undefined): Gutter | undefined {
  if (rightColumn === undefined || rows.length >= 10) return undefined
  const x = rightColumn - 3
  // The running header and footer may run across the gutter: only the text between them counts.
  const text = rows.filter((r) => r.every((f) => f.y > page.height * 0.08 && f.y < page.height * 0.92))
  const items = text.flat()
  if (items.some((f) => f.x < x && f.x + f.width > x)) return undefined
  const left = items.filter((f) => f.x + f.width <= x)
  const right = items.filter((f) => f.x >= x)
  if (left.length < 2 || right.length < 2) return undefined
  return { x, left: Math.max(...left.map((f) => f.x + f.width)), right: Math.min(...right.map((f) => f.x)) }
}

/** Rows of one band → lines: top to bottom, or left column first when the band has a gutter. */
function readBand(pageNo: number, rows: readonly PdfItem[][], area: { left: number; right: number }, gutter: Gutter | undefined, body: number, out: PdfLine[]): void {
  const line = (items: readonly PdfItem[], column: { left: number; right: number }): void => {
    const fragments = toFragments(items)
    if (fragments.length > 0) out.push(toLine(pageNo, fragments, column))
  }
  if (gutter === undefined) {
    for (const row of rows) line(row, area)
    return
  }
  const leftCol = { left: area.left, right: gutter.left }
  const rightCol = { left: gutter.right, right: area.right }
  let left: PdfItem[][] = []
  let right: PdfItem[][] = []
  const flush = (): void => {
    // Left lines well below the right column's last line (a heading of the one-column text that follows) come after it.
    const bottom = Math.max(-Infinity, ...right.map((r) => Math.max(...r.map((f) => f.y))))
    const below = (r: PdfItem[]): boolean => right.length > 0 && Math.min(...r.map((f) => f.y)) > bottom + 2 * Math.max(...r.map((f) => f.size))
    // Only a heading starts what follows the columns; body text below is the left column going on.
    let after = left.findIndex((r) => below(r) && r.some((f) => f.bold || f.size >= body * 1.15))
    // Unless they go on with a section whose number comes between the left column's last and the right one's first
    // (`5.5 …` | `5.7 …` above, `5.6 …` below on the left): that is the left column's own.
    if (after >= 0 && betweenColumns(left.slice(0, after), right, left[after] as PdfItem[])) after = -1
    for (const r of after < 0 ? left : left.slice(0, after)) line(r, leftCol)
    for (const r of right) line(r, rightCol)
    if (after >= 0) for (const r of left.slice(after)) line(r, area)
    left = []
    right = []
  }
  // A heading of the one-column text between two-column regions may be short (`Hoofdstuk 4 – Water` over the left
  // column only): in large type, with the right column empty beside it, it cuts the page into bands all the same.
  const rightItems = rows.flat().filter((f) => f.x >= gutter.x)
  const leftItems = rows.flat().filter((f) => f.x + f.width <= gutter.x)
  // The right column goes on below such a heading where the left one does: a heading with a figure beside it (the
  // right column empty down to the figure's caption) is the left column's own.
  // Where the right column has ended, a heading over text that stays in the left column (`3.2 Energie` over `nodig:`,
  // the right column's list above it going on from there) is the left column's own; over text across the page it
  // heads what follows the columns.
  const across = rows.filter((r) => r.some((f) => f.x < gutter.x && f.x + f.width > gutter.x)).map((r) => Math.min(...r.map((f) => f.y)))
  const resumes = (y: number): boolean => {
    const firstRight = Math.min(...rightItems.filter((f) => f.y > y).map((f) => f.y))
    const firstLeft = Math.min(...leftItems.filter((f) => f.y > y).map((f) => f.y))
    if (firstRight === Infinity && firstLeft !== Infinity) return across.some((a) => a > y && a <= firstLeft)
    return firstRight === Infinity || firstLeft === Infinity || firstRight - firstLeft <= 3 * body
  }
  const cuts = (row: readonly PdfItem[]): boolean => {
    const size = Math.max(...row.map((f) => f.size))
    const y = Math.max(...row.map((f) => f.y))
    // Beside the right column's text: right lines from its own height to just below it (the right column's last line
    // further above, ended before a heading across the page, is no text beside it).
    const beside = rightItems.some((f) => f.y >= y - size && f.y < y + 1.4 * size)
    return size >= body * 1.25 && row.every((f) => f.x + f.width <= gutter.x) && !beside && resumes(y)
  }
  for (const row of rows) {
    if (row.some((f) => f.x < gutter.x && f.x + f.width > gutter.x) || cuts(row)) {
      flush()
      line(row, area)
      continue
    }
    const l = row.filter((f) => f.x + f.width <= gutter.x)
    const r = row.filter((f) => f.x + f.width > gutter.x)
    if (l.length > 0) left.push(l)
    if (r.length > 0) right.push(r)
  }
  flush()
}

/** `row` starts with a section heading numbered between the last one of `left` and the first one of `right`. */
function betweenColumns(left: readonly PdfItem[][], right: readonly PdfItem[][], row: readonly PdfItem[]): boolean {
  const path = (r: readonly PdfItem[]): readonly number[] | undefined => sectionPath(textFrom(r, -Infinity))
  const at = path(row)
  const l = left.map(path).filter((p) => p !== undefined).at(-1)
  const r = right.map(path).find((p) => p !== undefined)
  return at !== undefined && l !== undefined && r !== undefined && sectionBetween(at, l, r)
}

/** The size of most of the page's characters. */
function bodySize(items: readonly PdfItem[]): number {
  const chars = new Map<number, number>()
  for (const it of items) chars.set(round(it.size), (chars.get(round(it.size)) ?? 0) + it.text.length)
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10
}

/** Items grouped by baseline (a small tolerance for superscripts and rounding), top to bottom, each left to right. */
function baselineRows(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: { y: number; size: number; items: PdfItem[] }[] = []
  for (const it of sorted) {
    const row = rows[rows.length - 1]
    if (row && Math.abs(it.y - row.y) <= 0.35 * Math.min(row.size, it.size)) {
      row.items.push(it)
      if (it.text.trim().length > 1 && it.size > row.size) row.size = it.size
    } else rows.push({ y: it.y, size: it.size, items: [it] })
  }
  // A chapter's number set large beside its title (`01` in 60 pt left of `Inleiding` in 28 pt): its baseline lies
  // lower than the title's, its height spans it. It joins the title's row.
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as (typeof rows)[number]
    const it = row.items[0] as PdfItem
    if (row.items.length !== 1 || !/^\d{1,2}\.?$/u.test(it.text.trim())) continue
    const beside = [rows[k - 1], rows[k + 1]].find(
      (r) => r !== undefined && it.size >= 1.5 * r.size && r.y < it.y && r.y > it.y - 0.75 * it.size && r.items.every((o) => o.x >= it.x + it.width),
    )
    if (beside === undefined) continue
    beside.items.unshift(it)
    rows.splice(k, 1)
    k--
  }
  // A note mark set small and raised (`noot¹`) stands above its line's baseline: it joins the row below it.
  const merged: { y: number; size: number; items: PdfItem[] }[] = []
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as (typeof rows)[number]
    const next = rows[k + 1]
    // (A footnote's own number before its first word may be set nearly at the note's small size: `¹ De visie is …`.)
    const leading = (it: PdfItem): boolean => next !== undefined && raisedMark(it, next, 0.9) && it.x + it.width <= Math.min(...next.items.map((o) => o.x)) + 1
    if (next && row.items.every((it) => raisedMark(it, next) || leading(it))) next.items.push(...row.items)
    else merged.push(row)
  }
  return merged.map((r) => {
    const main = r.items.reduce((a, b) => (b.size > a.size ? b : a))
    // A mark is raised above the word it follows (or, a note's own number, the note's first word after it): the item
    // close before it (within two of the row's type sizes), else the one close after it; not the row's largest item,
    // which may stand in the other column a little lower (`AMBITIE 4` in the left column beside
    // `4.2 Klimaatadaptatie` in the right). A number with no word close by is no mark.
    const word = (it: PdfItem): PdfItem | undefined => {
      let before: PdfItem | undefined
      let after: PdfItem | undefined
      for (const o of r.items) {
        if (o === it) continue
        const gapBefore = it.x - (o.x + o.width)
        const gapAfter = o.x - (it.x + it.width)
        if (o.x < it.x && gapBefore >= -main.size && gapBefore <= 2 * main.size && (!before || o.x + o.width > before.x + before.width)) before = o
        if (o.x > it.x && gapAfter >= -main.size && gapAfter <= 2 * main.size && (!after || o.x < after.x)) after = o
      }
      return before ?? after
    }
    const mark = (it: PdfItem): boolean => {
      if (!raisedMark(it, main)) return false
      const w = word(it)
      return w !== undefined && raisedMark(it, w)
    }
    return r.items.map((it) => (mark(it) ? { ...it, text: superscript(it.text.trim()) } : it)).sort((a, b) => a.x - b.x)
  })
}

/** Capitals only: a small-caps run holds no lower-case letter and at least one letter. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u

/**
 * Small capitals as browsers and word processors synthesise them (`font-variant: small-caps`): a word's capital in
 * the full size, its other letters as capitals at about 0.7 of it (`W` 12 pt + `AAROM` 8.2 pt). Such runs are lower
 * case in the text: they are read back as lower case in the full size (`Waarom deze omgevingsvisie`), so the line
 * keeps its heading type and its title its case. A run counts where it joins (without a word's gap) a full-size run
 * on its row, or another such run; a row wholly in the small size goes on a row just above it that had such runs
 * (a title that wraps before a word with a capital).
 */
function smallCaps(rows: readonly PdfItem[][]): PdfItem[][] {
  let previous: { y: number; small: number; full: number; bold: boolean } | undefined
  return rows.map((row) => {
    const full = Math.max(...row.filter((it) => /\p{L}/u.test(it.text)).map((it) => it.size))
    // Punctuation between small capitals (`K` `LIMAAT` `,`) is part of the run, whatever its size.
    const small = (it: PdfItem, size: number): boolean => (CAPITALS.test(it.text) && it.size >= size * 0.6 && it.size <= size * 0.8) || /^[\p{P}\s]+$/u.test(it.text)
    const lowered = new Set<number>()
    // Joined to a full-size run or to a lowered one, left or right, within a space's width of the full size.
    for (let changed = true; changed; ) {
      changed = false
      row.forEach((it, k) => {
        if (lowered.has(k) || !small(it, full)) return
        const touches = (j: number): boolean => {
          const o = row[j]
          if (!o || o.bold !== it.bold) return false
          const gap = j < k ? it.x - (o.x + o.width) : o.x - (it.x + it.width)
          return gap <= 0.45 * full && gap >= -0.3 * full && (lowered.has(j) || (Math.abs(o.size - full) < 0.01 && /[\p{L}\p{N}]/u.test(o.text)))
        }
        if (touches(k - 1) || touches(k + 1)) {
          lowered.add(k)
          changed = true
        }
      })
    }
    let out = row.map((it, k) => (lowered.has(k) ? { ...it, text: it.text.toLocaleLowerCase('nl'), size: full } : it))
    const wraps =
      lowered.size === 0 &&
      previous !== undefined &&
      row.every((it) => !/\p{L}/u.test(it.text) || (CAPITALS.test(it.text) && Math.abs(it.size - previous!.small) < 0.01 && it.bold === previous!.bold)) &&
      row.some((it) => /\p{L}/u.test(it.text)) &&
      Math.max(...row.map((it) => it.y)) - previous.y <= 1.8 * previous.full
    if (wraps) out = row.map((it) => (/\p{L}/u.test(it.text) ? { ...it, text: it.text.toLocaleLowerCase('nl'), size: previous!.full } : it))
    const first = row.find((_, k) => lowered.has(k))
    previous =
      first !== undefined
        ? { y: Math.max(...row.map((it) => it.y)), small: first.size, full, bold: first.bold }
        : wraps && previous
          ? { ...previous, y: Math.max(...row.map((it) => it.y)) }
          : undefined
    return out
  })
}

/** A footnote's mark: one to three digits in type at most 0.8 of the line's, raised above its baseline. */
function raisedMark(it: PdfItem, line: { readonly y: number; readonly size: number }, smaller = 0.85): boolean {
  return /^\d{1,3}$/u.test(it.text.trim()) && it.size <= smaller * line.size && it.y < line.y - 0.15 * line.size && line.y - it.y <= 0.7 * line.size
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** `12` → `¹²`: the mark keeps its place in the text, readable and never glued to the word as a plain number. */
export function superscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT[Number(d)] ?? d).join('')
}

/** A row's items → fragments: close items join (with a space where the gap is one); a bullet glyph stands alone. */
function toFragments(row: readonly PdfItem[]): Fragment[] {
  const out: Fragment[] = []
  let cur: { text: string; x: number; right: number; y: number; size: number; bold: number; chars: number; runs: Run[]; lead: boolean } | undefined
  const push = (): void => {
    if (!cur) return
    const runs = cur.runs.map((r) => ({ ...r, text: r.text.replace(/\s+/gu, ' ').trim() })).filter((r) => r.text !== '')
    out.push({ text: unspaceLabel(cur.text.replace(/\s+/gu, ' ').trim()), x: cur.x, right: cur.right, y: cur.y, size: cur.size, bold: cur.bold * 2 > cur.chars, runs, ...(cur.lead ? { boldLead: true as const } : {}) })
    cur = undefined
  }
  row.forEach((it, k) => {
    const text = it.text
    const chars = text.replace(/\s/gu, '').length
    if (!cur || it.x - cur.right > 0.9 * Math.min(cur.size, it.size)) {
      push()
      cur = { text, x: it.x, right: it.x + it.width, y: it.y, size: it.size, bold: it.bold ? chars : 0, chars, runs: [{ text, x: it.x, right: it.x + it.width }], lead: false }
      // A bullet glyph or a list marker (`3.`, `b)`, `(2)`) at the start of a row is a fragment of its own, however
      // close its text follows: the lines below it start under the text, not under the marker.
      if (k === 0 && row.length > 1 && (BULLET_GLYPH.test(text.trim()) || LIST_MARKER.test(text.trim()))) push()
      return
    }
    const c = cur as NonNullable<typeof cur>
    // A note mark (superscript after `superscript`) follows its word without a space unless it stands well apart.
    const gap = /^[⁰¹²³⁴-⁹]+$/u.test(text) ? 0.3 * c.size : 0.15 * it.size
    const space = it.x - c.right > gap && !/\s$/u.test(c.text) && !/^\s/u.test(text) ? ' ' : ''
    c.text += space + text
    const run = c.runs[c.runs.length - 1] as Run
    if (space === '') c.runs[c.runs.length - 1] = { ...run, text: run.text + text, right: Math.max(run.right, it.x + it.width) }
    else c.runs.push({ text, x: it.x, right: it.x + it.width })
    c.right = Math.max(c.right, it.x + it.width)
    if (chars > c.chars) c.size = it.size
    // Regular words after bold ones that hold all the fragment's characters so far.
    if (!it.bold && /\p{L}/u.test(text) && c.bold === c.chars && c.bold > 0) c.lead = true
    c.bold += it.bold ? chars : 0
    c.chars += chars
  })
  push()
  return out.filter((f) => f.text !== '')
}

const LETTER_SPACED = /^(?:\S ){3,}\S$/u
const SPACED_LABEL = /^(hoofdstuk|deel|paragraaf|onderdeel|bijlage)(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-H])\.?$/iu

/**
 * A heading label in letter-spaced type (`D E E L A`): pdfjs puts a space between every two letters, so the gap
 * between the words is lost; the letters are joined and the label keeps one space before its number (`DEEL A`).
 * Other letter-spaced text stays as read (the structurer joins `b e s l u i t :` itself).
 */
function unspaceLabel(text: string): string {
  if (!LETTER_SPACED.test(text)) return text
  const m = SPACED_LABEL.exec(text.replace(/ /gu, ''))
  return m ? `${m[1] as string} ${m[2] as string}` : text
}

function toLine(page: number, fragments: readonly Fragment[], column: { left: number; right: number }): PdfLine {
  const chars = (f: Fragment): number => f.text.length
  const total = fragments.reduce((n, f) => n + chars(f), 0)
  const bySize = new Map<number, number>()
  for (const f of fragments) bySize.set(round(f.size), (bySize.get(round(f.size)) ?? 0) + chars(f))
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0
  const bold = fragments.filter((f) => f.bold).reduce((n, f) => n + chars(f), 0) * 2 > total
  const first = fragments[0] as Fragment
  return {
    page,
    fragments,
    text: fragments.map((f) => f.text).join(' '),
    x: first.x,
    right: Math.max(...fragments.map((f) => f.right)),
    y: Math.max(...fragments.map((f) => f.y)),
    size,
    bold,
    column,
  }
}

export function round(size: number): number {
  return Math.round(size * 2) / 2
}

/**
 * The gutter of a two-column page: an x in the middle third that few items cross, with many rows that have text on
 * both sides and lines that fill their column on both sides (text columns, not a table's ragged cells). Undefined
 * for a one-column page.
 */
function findGutter(allRows: readonly PdfItem[][], area: { left: number; right: number }, band = false): Gutter | undefined {
  const width = area.right - area.left
  // Rows of full-width text (a page with one column above or below the two) are no evidence either way.
  const rows = allRows.filter((r) => !r.some((f) => f.width > width * 0.6))
  const items = rows.flat()
  if (rows.length < 10 || width <= 0) return undefined
  let best: { x: number; crossing: number } | undefined
  for (let x = area.left + width * 0.35; x <= area.left + width * 0.65; x += 2) {
    const crossing = items.filter((f) => f.x < x && f.x + f.width > x).length
    if (!best || crossing < best.crossing) best = { x, crossing }
  }
  // A running header or a heading across both columns crosses the gutter: two such lines on a short page are allowed.
  if (!best || best.crossing > Math.max(2, rows.length * 0.15)) return undefined
  const x = best.x
  const both = rows.filter((r) => r.some((f) => f.x + f.width <= x) && r.some((f) => f.x >= x))
  // Rows of a GIO table (an identifier on the left and a toelichting on the right, or a naam on the left and the
  // identifier on the right) are cells of one table, not columns.
  if (both.filter((r) => r.some((f) => /^\/join\/id\//u.test(f.text.trim()))).length >= 2) return undefined
  // Short columns whose baselines do not meet (text in one column set at another line height than in the other)
  // stand side by side without sharing rows: lines on one side within the height of the other side's lines.
  const ys = (side: 'left' | 'right'): number[] => rows.filter((r) => r.some((f) => (side === 'left' ? f.x + f.width <= x : f.x >= x))).map((r) => (r[0] as PdfItem).y)
  const within = (a: number[], b: number[]): number => a.filter((y) => y >= Math.min(...b) && y <= Math.max(...b)).length
  const sideBySide = Math.min(within(ys('left'), ys('right')), within(ys('right'), ys('left')))
  // That is weaker evidence than shared rows: it needs sentences on both sides (table cells hold a few words).
  const words = (side: 'left' | 'right'): number => {
    const counts = rows
      .map((r) => r.filter((f) => (side === 'left' ? f.x + f.width <= x : f.x >= x)))
      .filter((r) => r.length > 0)
      .map((r) => r.map((f) => f.text).join(' ').trim().split(/\s+/u).length)
      .sort((a, b) => a - b)
    return counts[Math.floor(counts.length / 2)] ?? 0
  }
  const sentences = words('left') >= 4 && words('right') >= 4
  // A side of single words (the page numbers of a contents without leaders) is no column of text.
  if (words('left') < 2 || words('right') < 2) return undefined
  if (both.length < 6 && (sideBySide < 5 || !sentences)) return undefined
  const leftEdge = Math.max(...items.filter((f) => f.x + f.width <= x).map((f) => f.x + f.width))
  const rightStart = Math.min(...items.filter((f) => f.x >= x).map((f) => f.x))
  // How far each row's text reaches across its column, on each side: prose fills its column, table cells do not.
  const fills = (side: 'left' | 'right'): number[] =>
    rows
      .map((r) => r.filter((f) => (side === 'left' ? f.x + f.width <= x : f.x >= x)))
      .filter((r) => r.length > 0)
      .map((r) => {
        const from = side === 'left' ? area.left : rightStart
        const to = side === 'left' ? leftEdge : area.right
        return (Math.max(...r.map((f) => f.x + f.width)) - Math.min(from, ...r.map((f) => f.x))) / (to - from)
      })
      .sort((a, b) => a - b)
  const median = (v: number[]): number => v[Math.floor(v.length / 2)] ?? 0
  // A column of lists or short paragraphs fills less often: enough when the other column is full prose.
  const left = fills('left')
  const right = fills('right')
  const fullShare = (v: number[]): number => v.filter((f) => f >= 0.85).length / v.length
  const prose = (a: number[], b: number[]): boolean => median(a) >= 0.85 && (median(b) >= 0.85 || (median(a) >= 0.95 && fullShare(b) >= 0.4))
  // Ragged columns whose lines do not keep step with each other: text set in two columns, not a table's rows.
  // Also when rows were grouped across the gutter: their baselines on the two sides differ (a table row shares one).
  const shifted = both.filter((r) => {
    const l = r.filter((f) => f.x + f.width <= x)
    const rt = r.filter((f) => f.x >= x)
    return Math.abs(Math.max(...l.map((f) => f.y)) - Math.max(...rt.map((f) => f.y))) > 1
  }).length
  const offStep = (both.length < Math.min(left.length, right.length) * 0.7 || shifted >= both.length * 0.5) && median(left) >= 0.6 && median(right) >= 0.6
  // Sentences side by side over some height, in ragged columns that fill half their width or more (lists, short
  // paragraphs): text in two columns too.
  // A table's side of the gutter holds cells apart on one row; a column of text one run (after a bullet).
  const sides = rows.flatMap((r) => [r.filter((f) => f.x + f.width <= x), r.filter((f) => f.x >= x)]).filter((side) => side.length > 0)
  const cells = sides.filter((side) => side.some((f, k) => k > 0 && f.x - ((side[k - 1] as PdfItem).x + (side[k - 1] as PdfItem).width) > 1.5 * f.size && !(k === 1 && BULLET_GLYPH.test((side[0] as PdfItem).text.trim())))).length
  // A band of a one-column page is read in columns only when no side of its rows holds cells: a table continued
  // from the page before (its header row not repeated) is no two-column text.
  if (band && cells > 0) return undefined
  const ragged = sideBySide >= 8 && sentences && cells < sides.length * 0.1 && median(left) >= 0.5 && median(right) >= 0.5
  // Short paragraphs under many headings (neither side fills its width): two columns when each side's rows start at
  // one edge (its lines flush left, a table inset a little) and the two sides seldom share a baseline (a table's rows
  // do; rows grouped across the gutter with baselines apart do not count).
  const flush = (side: 'left' | 'right'): number => {
    const starts = rows.map((r) => r.filter((f) => (side === 'left' ? f.x + f.width <= x : f.x >= x))).filter((r) => r.length > 0).map((r) => Math.min(...r.map((f) => f.x)))
    const edge = Math.min(...starts)
    const size = median(items.map((f) => f.size).sort((a, b) => a - b))
    return starts.filter((s) => s - edge <= size).length / starts.length
  }
  const edges = sideBySide >= 8 && sentences && both.length - shifted <= Math.min(left.length, right.length) * 0.3 && flush('left') >= 0.8 && flush('right') >= 0.8
  if (!prose(left, right) && !prose(right, left) && !offStep && !ragged && !edges) return undefined
  return { x, left: leftEdge, right: rightStart }
}
