/**
 * The GIO overview table (naam | identificatie) by its columns: the identifier column starts where the `/join/id/`
 * identifiers start; a row starts at a line whose identifier cell begins with `/join/`, and the lines below it that
 * stand close (a naam or identifier wrapped inside its cell) are the same row. Each row becomes one line: the naam's
 * lines joined with spaces, the identifier's without (a cell breaks an identifier anywhere), laid out in two columns
 * as the GIO table reader expects of `-layout` text. A header row above (`Naam  Identificatie`) stays one line.
 */
import type { Fragment, PdfLine } from './layout.js'

type Line = PdfLine & { readonly no: number; readonly table?: { readonly raw: string } }

const ID = /^\/join\/id\//u

export function gioTables<L extends Line>(lines: readonly L[]): L[] {
  const out: L[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as L
    // The identifier cell: after the naam on its line, or alone on a line far right of the column's edge (the naam
    // stands on a line of its own when the table centres it in a taller row).
    const idAt = l.fragments.findIndex((f, k) => ID.test(f.text) && (k > 0 || f.x - l.column.left > 6 * f.size))
    if (idAt < 0) {
      out.push(l)
      continue
    }
    // A table on this page: its identifier column, its rows down to the first line that is no part of it. A column
    // needs a second identifier, or a header, that starts at the same x; one identifier after a tab is no table.
    const column = (l.fragments[idAt] as Fragment).x
    const at = (n: L | undefined): boolean => n !== undefined && n.page === l.page && n.fragments.some((f, k) => k > 0 && Math.abs(f.x - column) <= 3)
    const others = lines.slice(i + 1, i + 40).filter((n) => n.page === l.page && n.fragments.some((f) => ID.test(f.text) && Math.abs(f.x - column) <= 3))
    if (others.length === 0 && !at(lines[i - 1])) {
      out.push(l)
      continue
    }
    const rows: { naam: string[]; id: string[]; first: L }[] = []
    let k = i
    let prev: L | undefined
    for (; k < lines.length; k++) {
      const n = lines[k] as L
      if (n.page !== l.page || n.column.left !== l.column.left) break
      const left = n.fragments.filter((f) => f.right <= column + 2)
      const right = n.fragments.filter((f) => f.x >= column - 2)
      if (left.length + right.length !== n.fragments.length) break
      const startsRow = right.length > 0 && ID.test((right[0] as Fragment).text)
      if (!startsRow) {
        // A wrapped cell: close below the previous line of the table, within the columns.
        if (!prev || n.y - prev.y > n.size * 1.8) break
      }
      if (startsRow || rows.length === 0) rows.push({ naam: [], id: [], first: n })
      const row = rows[rows.length - 1] as (typeof rows)[number]
      if (left.length > 0) row.naam.push(left.map((f) => f.text).join(' '))
      if (right.length > 0) row.id.push(right.map((f) => f.text).join(''))
      prev = n
    }
    const cells = rows.map((r) => ({ first: r.first, naam: joinNaam(r.naam), id: r.id.join('') }))
    const width = Math.max(...cells.map((c) => c.naam.length)) + 4
    for (const c of cells) {
      const raw = `${c.naam.padEnd(width)}${c.id}`
      out.push({ ...c.first, text: `${c.naam} ${c.id}`.trim(), table: { raw } })
    }
    i = k - 1
  }
  return out
}

/** A naam's lines: a line ending in a hyphen goes on without a space (`Noord-` + `Brabant`), else with one. */
function joinNaam(parts: readonly string[]): string {
  let out = ''
  for (const p of parts) out = out === '' ? p : /-$/u.test(out) ? out + p : `${out} ${p}`
  return out
}
