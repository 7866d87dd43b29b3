/**
 * The GIO overview table (naam | identificatie) by its columns: the identifier column starts where the `/join/id/`
 * identifiers start; a row starts at a line whose identifier cell begins with `/join/`, and the lines below it that
 * stand close (a naam or identifier wrapped inside its cell) are the same row. Each row becomes one line: the naam's
 * lines joined with spaces, the identifier's without (a cell breaks an identifier anywhere), laid out in two columns
 * as the GIO table reader expects of `-layout` text. A header row above (`Naam  Identificatie`) stays one line.
 * A table that goes on over a page break is one table: the header row repeated at the top of the next page is no data
 * (it is left out), and a row broken by the page break (its identifier goes on on the next page) stays one row.
 */
import { descriptionBelow } from '../../text/cells.js'
import type { Fragment, PdfLine, Run } from './layout.js'

type Line = PdfLine & { readonly no: number; readonly table?: { readonly raw: string } }

const ID = /^\/join\/id\//u

/** An identifier that is whole: it ends in its expression's date and version (`…/nld@2026-03-18;1`). */
const WHOLE_ID = /@\d{4}-\d{2}-\d{2}(?:;[\p{L}\d.-]+)?$/u

interface Row<L> {
  /** Per line of the row, its fragments left of the identifier column. */
  readonly naam: Fragment[][]
  readonly id: string[]
  /** Per line of the row, its fragments right of the identifier cell (a `Toelichting` column). */
  readonly rest: Fragment[][]
  readonly first: L
}

export function gioTables<L extends Line>(lines: readonly L[]): L[] {
  const out: L[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as L
    // The identifier cell: after the naam on its line, or alone on a line far right of the column's edge (the naam
    // stands on a line of its own when the table centres it in a taller row).
    // A naam that fills its cell may come so close to the identifier that both are one fragment: the identifier's
    // run inside it starts the column then.
    const idAt = l.fragments.findIndex((f, k) => {
      const x = idStart(f)
      return x !== undefined && (k > 0 || x > f.x || f.x - l.column.left > 6 * f.size)
    })
    if (idAt < 0) {
      // An identifier-first table (`Identificatie | Naam | Gebied`): the identifier starts the line at its column edge.
      const first = idFirstTable(lines, i)
      if (!first) {
        out.push(l)
        continue
      }
      if (first.header && out[out.length - 1] === lines[i - 1]) out[out.length - 1] = first.header
      out.push(...first.rows)
      i = first.end - 1
      continue
    }
    // A table on this page: its identifier column, its rows down to the first line that is no part of it. A column
    // needs a second identifier, or a header, that starts at the same x; one identifier after a tab is no table.
    let column = idStart(l.fragments[idAt] as Fragment) as number
    const at = (n: L | undefined): boolean => n !== undefined && n.page === l.page && headerCells(n).some((f, k) => k > 0 && Math.abs(f.x - column) <= 3)
    const others = lines.slice(i + 1, i + 40).filter((n) => n.page === l.page && n.fragments.some((f) => ID.test(f.text) && Math.abs(f.x - column) <= 3))
    const header = at(lines[i - 1]) ? (lines[i - 1] as L) : undefined
    // A list of `Naam: /join/…` lines puts each identifier after its naam: two may start at the same x by chance,
    // most do not. A column holds most of the identifiers below.
    const idLines = lines.slice(i + 1, i + 40).filter((n) => n.page === l.page && n.fragments.some((f) => idStart(f) !== undefined))
    if ((others.length === 0 && !header) || (!header && (others.length + 1) * 2 <= idLines.length + 1)) {
      out.push(l)
      continue
    }
    const rows: Row<L>[] = []
    let k = i
    let prev: L | undefined
    let left = l.column.left
    for (; k < lines.length; k++) {
      let n = lines[k] as L
      if (prev && n.page !== prev.page) {
        const next = goesOn(lines, k, header, column, rows[rows.length - 1])
        if (!next) break
        k = next.start
        n = lines[k] as L
        column = next.column
        left = n.column.left
      } else if (n.column.left !== left) break
      const cells = split(n, column)
      if (!cells) break
      const startsRow = cells.right.length > 0 && ID.test((cells.right[0] as Fragment).text)
      // A wrapped cell: close below the previous line of the table, within the columns (or first on the next page).
      // A table set with open leading keeps its wrapped cells further apart; such a line stays within the cells
      // (the rest of an identifier in its column, words left of it: no text runs across the column's edge, as the next
      // paragraph's would, and no words stand in the identifier's column, as a naam set above its identifier does).
      const inCells = n.fragments.every((f) => (f.x >= column - 3 ? /^[\w.@;:/-]+$/u.test(f.text) : f.right <= column + 3))
      // A line in larger bold type below the table (the next heading, `Colofon`) is no wrapped cell however close it
      // stands (a naam may be set larger than its identifier, but not as a heading).
      const heading = n.bold && n.size > Math.max(...rows.flatMap((r) => [r.first.size]), prev?.size ?? 0) * 1.1
      if (!startsRow && (!prev || (n.page === prev.page && (n.y - prev.y > n.size * (inCells ? 2.4 : 1.8) || heading)))) break
      if (startsRow || rows.length === 0) rows.push({ naam: [], id: [], rest: [], first: n })
      const row = rows[rows.length - 1] as Row<L>
      if (cells.left.length > 0) row.naam.push(cells.left)
      const { id, rest } = idCell(cells.right, column, header ? headerCells(header).find((f) => f.x > column + 3)?.x : undefined)
      if (id.length > 0) row.id.push(id.map((f) => f.text).join(''))
      if (rest.length > 0) row.rest.push(rest)
      prev = n
    }
    // A line of description below each name (set smaller in the naam cell): the row's toelichting, after its identifier.
    if (descriptionBelow(rows.map((r) => r.naam.map((line) => line.map((f) => f.text).join(' '))))) {
      for (const r of rows) if (r.naam.length > 1) r.rest.unshift(r.naam.pop() as Fragment[])
    }
    const laid = layRows(rows, header, column)
    // The header row in the same columns: the structurer finds a `Toelichting` column by the header's layout.
    if (header && laid.header && out[out.length - 1] === header) out[out.length - 1] = laid.header
    out.push(...laid.rows)
    i = k - 1
  }
  return out
}

/**
 * A table whose first column holds the identifiers (`Identificatie | Naam | Gebied`), from line `i` on: the columns
 * start where the header row's cells start (a header above whose first cell stands over the identifier and whose
 * other cells each start where a cell of the first row does), else where the first row's fragments start when a
 * second row starts its line with an identifier at the same x. A row starts at a line whose first cell begins with
 * `/join/`; the lines close below it with fragments only in the columns (an identifier's rest, a naam that wraps) are
 * the same row. Across a page break it goes on under its header row repeated (left out), or with a row of its own or
 * the rest of a broken identifier. Each row becomes one line laid out in columns, as `-layout` text lays it out, so
 * that the structurer tells a naam from the cells beside it. Undefined when line `i` starts no such table.
 */
function idFirstTable<L extends Line>(lines: readonly L[], i: number): { rows: L[]; header?: L; end: number } | undefined {
  const l = lines[i] as L
  const lead = l.fragments[0] as Fragment
  if (l.table || l.fragments.length < 2 || !ID.test(lead.text) || lead.x - l.column.left > 3 * lead.size) return undefined
  const above = lines[i - 1]
  // The header's cells over the row below it: the first over its identifier, each other where one of its cells starts.
  const starts = (n: L | undefined, row: L | undefined): number[] | undefined => {
    if (!n || !row || n.page !== row.page || n.text.includes('/join/')) return undefined
    const cells = headerCells(n)
    const id = row.fragments[0] as Fragment
    if (cells.length < 2 || Math.abs((cells[0] as Run).x - id.x) > 3) return undefined
    return cells.slice(1).every((c) => row.fragments.some((f) => Math.abs(f.x - c.x) <= 3)) ? cells.map((c) => c.x) : undefined
  }
  const byHeader = starts(above, l)
  const rowAt = (n: L | undefined, x: number): boolean => n !== undefined && n.fragments.length >= 2 && ID.test((n.fragments[0] as Fragment).text) && Math.abs((n.fragments[0] as Fragment).x - x) <= 3
  if (!byHeader && !lines.slice(i + 1, i + 6).some((n) => n.page === l.page && rowAt(n, lead.x))) return undefined
  let columns = byHeader ?? l.fragments.map((f) => f.x)
  const header = byHeader ? above : undefined
  // A fragment's column: the last that starts at or before it; undefined when it reaches into the next column.
  const columnOf = (f: Fragment, xs: readonly number[]): number | undefined => {
    const c = xs.filter((x) => x <= f.x + 3).length - 1
    const next = xs[c + 1]
    return c < 0 || (next !== undefined && f.right > next + 2) ? undefined : c
  }
  const rows: { cells: string[][]; first: L }[] = []
  let prev: L | undefined
  let k = i
  for (; k < lines.length; k++) {
    let n = lines[k] as L
    if (prev && n.page !== prev.page) {
      const last = rows[rows.length - 1]
      const repeated = header !== undefined && n.text === header.text ? starts(n, lines[k + 1]) : undefined
      if (header && n.text === header.text && repeated && rowAt(lines[k + 1], repeated[0] as number)) {
        columns = repeated
        n = lines[++k] as L
      } else if (!rowAt(n, columns[0] as number)) {
        const broken = last !== undefined && !WHOLE_ID.test((last.cells[0] as string[]).join(''))
        if (!broken || n.fragments.length !== 1 || Math.abs((n.fragments[0] as Fragment).x - (columns[0] as number)) > 3) break
      }
    } else if (prev && n.column.left !== prev.column.left) break
    const placed = n.fragments.map((f) => columnOf(f, columns))
    if (placed.some((c) => c === undefined)) break
    const startsRow = placed[0] === 0 && ID.test((n.fragments[0] as Fragment).text)
    // A line below a row, close below (a cell that wraps): an identifier's rest in the first column holds no space;
    // words stand in the other columns.
    const close = prev !== undefined && (n.page !== prev.page || n.y - prev.y <= n.size * 2.4)
    if (!startsRow && (!close || n.fragments.some((f, j) => placed[j] === 0 && !/^[\w.@;:/-]+$/u.test(f.text)))) break
    if (startsRow) rows.push({ cells: columns.map(() => []), first: n })
    const row = rows[rows.length - 1] as (typeof rows)[number]
    n.fragments.forEach((f, j) => (row.cells[placed[j] as number] as string[]).push(f.text))
    prev = n
  }
  if (rows.length === 0) return undefined
  const table = rows.map((r) => r.cells.map((parts, c) => (c === 0 ? parts.join('') : joinNaam(parts))))
  const head = header ? headerCells(header).map((c) => c.text) : undefined
  const all = head ? [head, ...table] : table
  const widths = columns.map((_, c) => Math.max(...all.map((cells) => (cells[c] ?? '').length)) + 4)
  const lay = (cells: readonly string[]): string => cells.map((c, j) => (j < cells.length - 1 ? c.padEnd(widths[j] as number) : c)).join('').trimEnd()
  return {
    rows: rows.map((r, j) => ({ ...r.first, text: (table[j] as string[]).filter((c) => c !== '').join(' '), table: { raw: lay(table[j] as string[]) } })),
    ...(header && head ? { header: { ...header, table: { raw: lay(head) } } } : {}),
    end: k,
  }
}

/**
 * The right side of a table line → its identifier cell (the fragments from the identifier column on, each close after
 * the one before, left of the header's next column) and what stands beyond it: the cells of further columns
 * (`Toelichting`).
 */
function idCell(right: readonly Fragment[], column: number, next: number | undefined): { id: Fragment[]; rest: Fragment[] } {
  const id: Fragment[] = []
  let k = 0
  for (; k < right.length; k++) {
    const f = right[k] as Fragment
    const before = id[id.length - 1]
    // The next column starts where the header names it; without a header, where a gap opens after the identifier.
    if (next !== undefined && f.x >= next - 3) break
    if (before ? f.x - before.right > 0.5 * f.size : Math.abs(f.x - column) > 3) break
    // An identifier holds no space: a run after a space in its fragment is the next column's cell set close after it
    // (`…/bijlmer-arena-amstel-` + `centrum van Zuidoost`).
    const [first, ...after] = f.runs
    if (first !== undefined && after.length > 0 && ID.test(first.text) && f.text.startsWith(`${first.text} `)) {
      id.push({ ...f, text: first.text, right: first.right, runs: [first] })
      const tail = after[0] as Run
      return { id, rest: [{ ...f, text: after.map((r) => r.text).join(' '), x: tail.x, runs: after }, ...right.slice(k + 1)] }
    }
    id.push(f)
  }
  return { id, rest: right.slice(k) }
}

/**
 * A table's rows → one line each, laid out as `-layout` text lays out the table: each column padded to its widest
 * cell. The columns are the header's where a header row names them (`Nr  Naam  Identificatie  Toelichting`), else the
 * naam's, the identifier's and one for what stands beyond it. A naam's lines join with spaces, the identifier's
 * without (a cell breaks an identifier anywhere).
 */
function layRows<L extends Line>(rows: readonly Row<L>[], header: L | undefined, column: number): { rows: L[]; header?: L } {
  const heads = header ? headerCells(header) : []
  const starts = heads.map((f) => f.x)
  const leftStarts = starts.filter((x) => x < column - 3)
  const rightStarts = starts.filter((x) => x > column + 3)
  // A fragment's column among `xs` (header cells' starts): the last that starts at or before it.
  const columnOf = (f: Run, xs: readonly number[]): number => Math.max(0, xs.filter((x) => x <= f.x + 3).length - 1)
  const byColumn = (lines: readonly Run[][], xs: readonly number[]): string[] => {
    const parts: string[][] = Array.from({ length: Math.max(1, xs.length) }, () => [])
    for (const line of lines) {
      const cells = new Map<number, string[]>()
      for (const f of line) cells.set(columnOf(f, xs), [...(cells.get(columnOf(f, xs)) ?? []), f.text])
      for (const [c, texts] of cells) (parts[c] as string[]).push(texts.join(' '))
    }
    return parts.map(joinNaam)
  }
  const table = rows.map((r) => [...byColumn(r.naam, leftStarts), r.id.join(''), ...(r.rest.length > 0 || rightStarts.length > 0 ? byColumn(r.rest, rightStarts) : [])])
  const head = header ? [...byColumn([heads.filter((f) => f.x < column - 3)], leftStarts), heads.filter((f) => Math.abs(f.x - column) <= 3).map((f) => f.text).join(' '), ...(rightStarts.length > 0 ? byColumn([heads.filter((f) => f.x > column + 3)], rightStarts) : [])] : undefined
  const all = head ? [head, ...table] : table
  const count = Math.max(...all.map((cells) => cells.length))
  const widths = Array.from({ length: count }, (_, c) => Math.max(...all.map((cells) => (cells[c] ?? '').length)) + 4)
  const lay = (cells: readonly string[]): string => cells.map((c, j) => (j < cells.length - 1 ? c.padEnd(widths[j] as number) : c)).join('').trimEnd()
  return {
    rows: rows.map((r, k) => ({ ...r.first, text: (table[k] as string[]).filter((c) => c !== '').join(' '), table: { raw: lay(table[k] as string[]) } })),
    ...(header && head ? { header: { ...header, table: { raw: lay(head) } } } : {}),
  }
}

/**
 * A header row's cells: its runs, those a word space apart joined (`Geografisch informatieobject`). A header sets its
 * cells closer than the columns of the rows below (`Werkingsgebied Identificatie` in one fragment), so its runs tell
 * the columns where its fragments do not.
 */
function headerCells(l: PdfLine): Run[] {
  const out: Run[] = []
  for (const f of l.fragments) {
    for (const r of f.runs.length > 0 ? f.runs : [{ text: f.text, x: f.x, right: f.right }]) {
      const last = out[out.length - 1]
      if (last && r.x - last.right < 0.4 * f.size) out[out.length - 1] = { text: `${last.text} ${r.text}`, x: last.x, right: r.right }
      else out.push(r)
    }
  }
  return out
}

/**
 * A line's fragments on either side of the identifier column; undefined when one reaches across it (prose). A naam
 * that comes closer to the identifier than a word space is one fragment with it: it is cut where its run starts at
 * the column.
 */
/** Where an identifier starts in a fragment: at its start, or at one of its later runs. */
function idStart(f: Fragment): number | undefined {
  return ID.test(f.text) ? f.x : f.runs.find((r, k) => k > 0 && ID.test(r.text))?.x
}

function split(n: PdfLine, column: number): { left: Fragment[]; right: Fragment[] } | undefined {
  const fragments = n.fragments.flatMap((f) => cut(f, column))
  const left = fragments.filter((f) => f.right <= column + 2)
  const right = fragments.filter((f) => f.x >= column - 2)
  return left.length + right.length === fragments.length ? { left, right } : undefined
}

function cut(f: Fragment, column: number): Fragment[] {
  if (f.x >= column - 2 || f.right <= column + 2) return [f]
  const at = f.runs.findIndex((r, k) => k > 0 && Math.abs(r.x - column) <= 3)
  if (at < 0) return [f]
  const part = (runs: readonly Run[]): Fragment => ({
    ...f,
    text: runs.map((r) => r.text).join(' '),
    x: (runs[0] as Run).x,
    right: Math.max(...runs.map((r) => r.right)),
    runs,
  })
  return [part(f.runs.slice(0, at)), part(f.runs.slice(at))]
}

/**
 * Where the table goes on after a page break (the index of its next line there, and the identifier column on that
 * page), or undefined when the next page does not go on with it. It goes on under its header row repeated, or
 * without one with a row of its own or with the rest of a broken identifier in the same column.
 */
function goesOn<L extends Line>(lines: readonly L[], k: number, header: L | undefined, column: number, last: Row<L> | undefined): { start: number; column: number } | undefined {
  const first = lines[k] as L
  if (header && first.text === header.text) {
    // The header's fragment over the identifier column, on this page.
    const at = headerCells(header).findIndex((f) => Math.abs(f.x - column) <= 3)
    const moved = headerCells(first)[at]
    const next = lines[k + 1]
    if (!moved || !next || next.page !== first.page) return undefined
    return split(next, moved.x) ? { start: k + 1, column: moved.x } : undefined
  }
  const row = first.fragments.findIndex((f, j) => ID.test(f.text) && j > 0)
  if (row > 0) return { start: k, column: (first.fragments[row] as Fragment).x }
  const broken = last !== undefined && !WHOLE_ID.test(last.id.join(''))
  const rest = first.fragments.length === 1 && Math.abs((first.fragments[0] as Fragment).x - column) <= 3
  return broken && rest ? { start: k, column } : undefined
}

/** A naam's lines: a line ending in a hyphen or dash goes on without a space (`Noord-` + `Brabant`, `Koehool–` + `Lauwersmeer`), else with one. */
function joinNaam(parts: readonly string[]): string {
  let out = ''
  for (const p of parts) out = out === '' ? p : /\S[-–]$/u.test(out) ? out + p : `${out} ${p}`
  return out
}
