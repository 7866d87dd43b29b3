/**
 * What the reader understood, in one Dutch sentence for `build` and `parse` (product.md §5: say what was read):
 * chapters, headings, lists, tables, figures, bijlagen, GIO's, and how many lines were left out as page furniture
 * or table of contents (each kind is a VISIE-110/111 finding with an example).
 */
import type { Document, Finding } from '../model/index.js'

export interface ReadSummary {
  readonly artikelen: number
  readonly hoofdstukken: number
  readonly koppen: number
  readonly lijsten: number
  readonly lijstitems: number
  readonly tabellen: number
  readonly figuren: number
  readonly bijlagen: number
  readonly gios: number
  /** Source lines left out as page furniture (VISIE-110) or table of contents (VISIE-111). */
  readonly weggelaten: number
}

export function summarize(document: Document, findings: readonly Finding[]): ReadSummary {
  const regeling = document.besluit.wijzigBijlage.regeling
  const counts = { hoofdstukken: 0, koppen: 0, lijsten: 0, lijstitems: 0, tabellen: 0, figuren: 0 }
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object') return
    const n = node as { type?: string; children?: unknown[] }
    if (n.type === 'divisie') {
      counts.koppen++
      if (depth === 0) counts.hoofdstukken++
    }
    if (n.type === 'lijst') counts.lijsten++
    if (n.type === 'li') counts.lijstitems++
    if (n.type === 'tabel') counts.tabellen++
    if (n.type === 'figuur') counts.figuren++
    for (const c of n.children ?? []) visit(c, n.type === 'divisie' ? depth + 1 : depth)
  }
  for (const c of regeling.lichaam) visit(c, 0)
  for (const b of regeling.bijlagen) for (const c of b.children) visit(c, 1)
  const weggelaten = findings
    .filter((f) => f.code === 'VISIE-110' || f.code === 'VISIE-111')
    .reduce((n, f) => n + Number(f.data.aantal ?? 0), 0)
  return {
    artikelen: document.besluit.artikelen.length,
    ...counts,
    bijlagen: regeling.bijlagen.length,
    gios: document.informatieobjecten.length,
    weggelaten,
  }
}

export function formatSummary(s: ReadSummary, file: string): string {
  const n = (count: number, one: string, more: string): string => `${count} ${count === 1 ? one : more}`
  const parts = [
    n(s.artikelen, 'artikel', 'artikelen'),
    n(s.hoofdstukken, 'hoofdstuk', 'hoofdstukken'),
    n(s.koppen, 'kop', 'koppen'),
    `${n(s.lijsten, 'lijst', 'lijsten')} (${n(s.lijstitems, 'item', 'items')})`,
    n(s.tabellen, 'tabel', 'tabellen'),
    ...(s.figuren > 0 ? [n(s.figuren, 'figuur', 'figuren')] : []),
    n(s.bijlagen, 'bijlage', 'bijlagen'),
    n(s.gios, 'GIO', "GIO's"),
  ]
  const left = s.weggelaten > 0 ? `; ${n(s.weggelaten, 'regel', 'regels')} paginameubilair en inhoudsopgave weggelaten` : ''
  return `Gelezen uit ${file}: ${parts.join(', ')}${left}.\n`
}
