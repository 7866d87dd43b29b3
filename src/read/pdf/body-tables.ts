/**
 * Tables in the body by alignment: lines whose runs stand apart in columns that start at the same x (or, for figures
 * set flush right, end at the same x) on three or more lines, close below each other, become one line that stands for the table (`LineHints.table`: its cells by row, a
 * bold first row as head). A row starts where the gap above a line is larger than the gap between the lines of one
 * cell (cell padding), or, when all gaps are alike, at a line with text in the first column. The GIO overview table
 * is the business of `gioTables` and stays out.
 */
import { isContentsTitle } from '../../text/toc.js'
import { BULLET_GLYPH, LIST_MARKER, type Fragment, type PdfLine, type Run } from './layout.js'

type Line = PdfLine & { readonly no: number; readonly table?: { readonly raw: string }; readonly cells?: Cells }

export interface Cells {
  readonly header: number
  readonly rows: readonly (readonly string[])[]
}

const LEADER = /(?:\. ?){4,}|…{2,}|_{4,}/u

/** How close (points) a run's start must be to a column's to stand in it. */
const ALIGN = 3

export function bodyTables<L extends Line>(lines: readonly L[]): L[] {
  const out: L[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as L
    const region = l.table || !apart(l) ? undefined : tableAt(lines, i)
    if (!region) {
      out.push(l)
      continue
    }
    i = region.end - 1
    // A table that goes on at the top of the next page under its repeated head is the same table.
    const before = out[out.length - 1]
    const head = before?.cells && before.cells.header > 0 ? before.cells.rows[0] : undefined
    if (before?.cells && head && before.page === l.page - 1 && region.cells.rows[0]?.join('|') === head.join('|')) {
      const rows = [...before.cells.rows, ...region.cells.rows.slice(1)]
      out[out.length - 1] = { ...before, text: rows.map((r) => r.join(' ')).join(' '), cells: { header: before.cells.header, rows } }
      continue
    }
    out.push({ ...l, text: region.cells.rows.map((r) => r.join(' ')).join(' '), cells: region.cells })
  }
  return out
}

/**
 * Runs standing apart on the line (more than one and a half character heights), not a bullet and its text, nor a
 * numbered item's marker and its text (`IV.` + a beslispunt in a hanging indent), nor a heading's number and its title.
 */
const SECTION_NUMBER = /^(?:§\s*\d{1,2}(?:\.\d{1,2}){0,3}|\d{1,2}(?:\.\d{1,2}){1,3})\.?$/u

function apart(l: PdfLine): boolean {
  if (l.fragments.length < 2 || BULLET_GLYPH.test((l.fragments[0] as Fragment).text)) return false
  if (l.fragments.length === 2 && LIST_MARKER.test((l.fragments[0] as Fragment).text)) return false
  // A heading's number hanging in the margin before its title (`1.2.` | `Hoe de visie tot stand kwam`, `§ 2.1` | …).
  if (l.fragments.length === 2 && SECTION_NUMBER.test((l.fragments[0] as Fragment).text)) return false
  return l.fragments.some((f, k) => k > 0 && f.x - (l.fragments[k - 1] as Fragment).right > 1.5 * f.size)
}

function tableAt<L extends Line>(lines: readonly L[], start: number): { end: number; cells: Cells } | undefined {
  const first = lines[start] as L
  // The columns: where the runs of the first lines start (a head cell may lack its neighbour's gap).
  const head = [first]
  for (let k = start + 1; k < Math.min(lines.length, start + 4); k++) {
    const n = lines[k] as L
    const prev = head[head.length - 1] as L
    if (n.page !== first.page || n.y <= prev.y || n.y - prev.y > 3.2 * Math.max(n.size, prev.size) || !apart(n)) break
    head.push(n)
  }
  // A column of figures is set flush right (`± 180.000 m²` under `± 65.000 m²`): cells on two or more of the first
  // lines that end at one x but start at different ones stand in one column, which starts where the widest starts.
  const headCells = head.flatMap((l) => l.fragments.map((f) => ({ f, line: l })))
  const flushRight: { right: number; x: number }[] = []
  for (const { f, line } of headCells) {
    const same = headCells.filter((o) => o.line !== line && Math.abs(o.f.right - f.right) <= ALIGN && Math.abs(o.f.x - f.x) > ALIGN)
    if (same.length > 0 && !flushRight.some((r) => Math.abs(r.right - f.right) <= ALIGN)) flushRight.push({ right: f.right, x: Math.min(f.x, ...same.map((o) => o.f.x)) })
  }
  const anchor = (f: Run): number => flushRight.find((r) => Math.abs(r.right - f.right) <= ALIGN && f.x >= r.x - ALIGN)?.x ?? f.x
  const columns: number[] = []
  for (const x of head.flatMap((l) => l.fragments.map(anchor)).sort((a, b) => a - b)) {
    if (columns.length === 0 || x - (columns[columns.length - 1] as number) > ALIGN) columns.push(x)
  }
  const column = (f: Run): number => columns.findIndex((x) => Math.abs(anchor(f) - x) <= ALIGN)
  const cellsOf = (l: L): Run[] => l.fragments.flatMap((f) => pieces(f, columns))
  let end = start + 1
  let size = Math.max(...head.map((l) => l.size))
  for (; end < lines.length; end++) {
    const n = lines[end] as L
    const prev = lines[end - 1] as L
    if (n.page !== first.page || n.table || n.y <= prev.y || n.y - prev.y > 3.2 * Math.max(n.size, prev.size)) break
    // A line in larger type than the table's (a heading below it, `3.2 Recreatie en toerisme` under the last row) is
    // no row, also where it starts in the first column.
    if (n.size >= 1.1 * size) break
    size = Math.max(size, n.size)
    // Every run in a column, none reaching into the next column (prose under a table runs across).
    const fits = cellsOf(n).every((f) => {
      const c = column(f)
      return c >= 0 && (c + 1 >= columns.length || f.right <= (columns[c + 1] as number) + ALIGN)
    })
    if (!fits) break
  }
  const region = lines.slice(start, end)
  // A contents without leaders under its title (`Inhoud`): each line ends in a page number, and they never go down.
  if (contents(lines, start, region)) return undefined
  // A table of contents (`Titel . . . . 4`) is no table: the structurer drops it as such.
  // Two rows suffice at a page's foot when the next page starts with the same head (the table goes on there).
  const after = lines[end]
  const goesOn = after !== undefined && after.page === first.page + 1 && after.text === first.text
  if (region.filter(apart).length < (goesOn ? 2 : 3) || columns.length < 2 || region.some((l) => l.text.includes('/join/id/') || LEADER.test(l.text))) return undefined
  const gaps = region.slice(1).map((l, k) => l.y - (region[k] as L).y)
  const least = Math.min(...gaps)
  const padded = gaps.some((g) => g > least * 1.25 + 1)
  const rows: string[][][] = []
  region.forEach((l, k) => {
    const newRow = k === 0 || (padded ? (gaps[k - 1] as number) > least * 1.25 + 1 : l.fragments.some((f) => column(f) === 0))
    if (newRow) rows.push(columns.map(() => []))
    const row = rows[rows.length - 1] as string[][]
    for (const f of cellsOf(l)) row[column(f)]?.push(f.text)
  })
  const header = first.fragments.every((f) => f.bold) && !(lines[start + 1] as L | undefined)?.bold ? 1 : 0
  return { end, cells: { header, rows: rows.map((r) => r.map((cell) => joinCell(cell))) } }
}

function contents(lines: readonly Line[], start: number, region: readonly Line[]): boolean {
  const page = (l: Line): number | undefined => {
    const m = /^\d{1,3}$/u.exec((l.fragments[l.fragments.length - 1] as Fragment).text)
    return m && l.fragments.length > 1 ? Number(m[0]) : undefined
  }
  // The title stands above the table, or above entries in another form (a chapter's line set apart).
  let k = start - 1
  while (k >= 0 && (lines[k] as Line).page === (region[0] as Line).page && page(lines[k] as Line) !== undefined) k--
  const above = lines[k]
  if (!above || above.page !== (region[0] as Line).page || !isContentsTitle(above.text)) return false
  const pages = region.map(page)
  return pages.every((p, j) => p !== undefined && (j === 0 || p >= (pages[j - 1] as number)))
}

/** A fragment cut where one of its runs starts at a column (cells set closer than a word space apart stay one fragment). */
function pieces(f: Fragment, columns: readonly number[]): Run[] {
  const out: Run[] = []
  for (const r of f.runs.length > 0 ? f.runs : [{ text: f.text, x: f.x, right: f.right }]) {
    const last = out[out.length - 1]
    if (last && !columns.some((x) => Math.abs(r.x - x) <= ALIGN)) out[out.length - 1] = { text: `${last.text} ${r.text}`, x: last.x, right: r.right }
    else out.push(r)
  }
  return out
}

/** A cell's lines: a line ending in a hyphen goes on without a space (`Noord-` + `Brabant`), else with one. */
function joinCell(parts: readonly string[]): string {
  let out = ''
  for (const p of parts) out = out === '' ? p : /-$/u.test(out) ? out + p : `${out} ${p}`
  return out
}
