/**
 * Tables in `pdftotext -layout` output: runs of lines whose text stands in the same columns, cells separated by
 * gaps of several spaces. The first line gives the columns; a later line belongs to the table when each of its cells
 * starts at one of them. A line without a first cell continues the row above (a cell that wrapped). Prose columns
 * are read apart before (columns.ts), and the GIO overview has its own reader (parse/bijlagen.ts), so what is left
 * aligned in several columns is a table.
 */
import { BULLET, BULLET_GLYPHS } from './bullets.js'
import type { SourceLine } from './lines.js'

export interface LaidTable {
  /** Index of the first and one past the last line of the table in the lines given. */
  readonly start: number
  readonly end: number
  /** Leading rows that form the head. */
  readonly header: number
  readonly rows: readonly (readonly string[])[]
}

const MARKER = new RegExp(String.raw`^(?:\d{1,2}(?:\.\d{1,2})*[.)°]?|[a-z][.)]|[ivx]{1,4}[.)]|[IVX]{1,4}\.?|${BULLET_GLYPHS}|[–—*o-])$`, 'u')
/** Rows a table has at least (head included). */
const MIN_ROWS = 3

/** The tables among `lines`, in order, not overlapping. */
export function findTables(lines: readonly SourceLine[]): LaidTable[] {
  if (!lines.some((l) => / {3}\S/u.test(l.raw.trimStart()))) return []
  const out: LaidTable[] = []
  let i = 0
  while (i < lines.length) {
    const table = tableAt(lines, i)
    if (table) {
      out.push(table)
      i = table.end
    } else i++
  }
  return out
}

function tableAt(lines: readonly SourceLine[], start: number): LaidTable | undefined {
  const first = lines[start] as SourceLine
  const columns = cells(first.raw).map((c) => c.at)
  if (columns.length < 2 || first.raw.includes('/join/')) return undefined
  const rows: string[][] = [cells(first.raw).map((c) => c.text)]
  let end = start + 1
  for (; end < lines.length; end++) {
    const l = lines[end] as SourceLine
    const prev = lines[end - 1] as SourceLine
    // Rows set with padding (a table printed from HTML) stand two blank lines apart; a full row may, a wrapped rest not.
    const gap = l.line - prev.line
    if (gap > 3 || l.raw.includes('/join/')) break
    const found = cells(l.raw)
    const slots = found.map((c) => columns.findIndex((at) => Math.abs(at - c.at) <= 2))
    if (slots.some((s) => s < 0) || new Set(slots).size !== slots.length) break
    if (gap === 3 && (found.length < 2 || slots[0] !== 0)) break
    if (slots[0] !== 0) {
      // No first cell: the rest of cells that wrapped in the row above.
      const row = rows[rows.length - 1] as string[]
      found.forEach((c, k) => {
        const slot = slots[k] as number
        row[slot] = row[slot] ? `${row[slot]} ${c.text}` : c.text
      })
      continue
    }
    const above = (rows[rows.length - 1] as string[])[0] as string
    if (found.length === 1 && rows.length > 1 && (/^\p{Ll}/u.test((found[0] as { text: string }).text) || /\p{L}[-–—,]$/u.test(above))) {
      // Only a first cell, in lower case or after a break at a dash: the first cell of the row above wrapped
      // (`… verbeteren met` / `provincie`, `Duinen Hoek van Holland–` / `Scheveningen`).
      const row = rows[rows.length - 1] as string[]
      row[0] = /[-–—]$/u.test(above) ? `${above}${(found[0] as { text: string }).text}` : `${above} ${(found[0] as { text: string }).text}`
      continue
    }
    if (found.length < 2) break
    const row: string[] = columns.map(() => '')
    found.forEach((c, k) => {
      row[slots[k] as number] = c.text
    })
    rows.push(row)
  }
  if (rows.length < MIN_ROWS) return undefined
  // Headings and list items with a hanging indent (`3.1        Wonen`, `a)   tekst`) stand in columns too: when every
  // first cell is a number or marker, it is an outline or a list, not a table.
  if (rows.every((r) => MARKER.test(r[0] as string))) return undefined
  // A list set in columns (`○ Hoe behouden we …      ○ Waar kunnen we …`): its cells start with a bullet, in every
  // row or (items over two lines) every other one.
  if (rows.filter((r) => r.some((c) => BULLET.test(c))).length * 3 >= rows.length) return undefined
  // Prose that merely has wide spaces has sentences in its first column; a table's first column holds labels.
  if (rows.filter((r) => /[.;:]$/u.test(r[0] as string)).length > rows.length / 2) return undefined
  const head = rows[0] as string[]
  const header = head.every((c) => c.length <= 40 && !/[.;:,]$/u.test(c)) ? 1 : 0
  return { start, end, header, rows }
}

/** The cells of a laid-out line: runs of text separated by at least three spaces, with the column each starts at. */
function cells(raw: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = []
  for (const m of raw.matchAll(/\S+(?:(?: | {2})\S+)*/gu)) out.push({ at: m.index, text: m[0].replace(/\s+/gu, ' ') })
  return out
}
