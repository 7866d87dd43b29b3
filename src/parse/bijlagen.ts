/**
 * The visie's bijlagen (`Bijlage I Overzicht Informatieobjecten` …): a bijlage of (naam, /join/id/…) pairs becomes
 * a Begrippenlijst with one ExtIoRef per GIO and feeds `document.informatieobjecten`; a bijlage without text (only
 * an image in the PDF) becomes a Figuur with a finding; any other bijlage is read like the lichaam.
 */
import {
  lineSpan,
  type Begrip,
  type Bijlage,
  type Finding,
  type InformatieobjectVermelding,
  type Kop,
  type Structuur,
} from '../model/index.js'
import { toBlocks } from '../text/blocks.js'
import { joinLines, joinWithOffsets, type Vocabulary } from '../text/dehyphenate.js'
import type { LineHints, SourceLine } from '../text/lines.js'
import { finding } from './findings.js'
import { buildStructure, maxEndLine } from './structure.js'

export interface BijlageHeading {
  readonly nummer: string
  readonly opschrift: string
  readonly line: number
}

export interface ReadBijlage {
  readonly bijlage: Bijlage
  readonly informatieobjecten: readonly InformatieobjectVermelding[]
}

const IDENTIFIER = /^\/join\/id\/\S+$/u
/** A bijlage whose title says it lists the informatieobjecten (GIO's, werkingsgebieden). */
const GIO_TITLE = /informatieobject|\bGIO|werkingsgebied/iu

export function readBijlage(
  heading: BijlageHeading,
  lines: readonly SourceLine[],
  context: { vocabulary: Vocabulary; lineWidth: number; file: string; findings: Finding[] },
): ReadBijlage {
  const kop: Kop = { label: 'Bijlage', ...(heading.nummer !== '' ? { nummer: heading.nummer } : {}), opschrift: heading.opschrift, position: lineSpan(heading.line) }
  if (lines.length === 0) {
    context.findings.push(finding('VISIE-105', context.file, heading.line, { nummer: heading.nummer, opschrift: heading.opschrift }))
    const figuur: Structuur = {
      type: 'divisietekst',
      children: [{ type: 'figuur', titel: heading.opschrift, position: lineSpan(heading.line) }],
      position: lineSpan(heading.line),
    }
    return { bijlage: { type: 'bijlage', kop, children: [figuur], position: lineSpan(heading.line) }, informatieobjecten: [] }
  }
  if (lines.some((l) => l.text.includes('/join/id/'))) return readInformatieobjecten(kop, heading.line, lines, context)
  if (GIO_TITLE.test(heading.opschrift)) {
    context.findings.push(finding('VISIE-113', context.file, heading.line, { nummer: heading.nummer, opschrift: heading.opschrift }))
  }
  const children = buildStructure(toBlocks(lines, { vocabulary: context.vocabulary, lineWidth: context.lineWidth, numbered: false }))
  const to = maxEndLine(heading.line, children)
  return { bijlage: { type: 'bijlage', kop, children, position: lineSpan(heading.line, to) }, informatieobjecten: [] }
}

/**
 * A table header above the GIO rows: a few words without digits or sentence punctuation whose column names end in
 * an identifier word: `Naam Identificatie`, `Naam informatieobject | JOIN-identificatie`, `Werkingsgebied GIO-identificatie`.
 */
const TABLE_HEADER = /^[\p{L}\s|/()'’-]{0,60}\b(?:identificatie|identifier|id|join(?:-id)?|verwijzing|expressie|link)\b[\p{L}\s|()-]{0,20}$/iu
const SENTENCE = /[.!?:;]["”’')\]]*$/u

/**
 * The GIO overview: intro sentences and a table header above the rows stay text / are consumed; each row is a naam
 * and an identifier. When the extraction keeps the table's columns (`pdftotext -layout`), the identifier column is
 * read apart from the naam column, so a naam that wraps beside a wrapping identifier stays whole; otherwise the lines
 * are re-joined into one stream (identifier breaks undone) and cut into naam + identifier pairs. Sentences after
 * the last row stay text of the bijlage.
 */
function readInformatieobjecten(
  kop: Kop,
  headingLine: number,
  lines: readonly SourceLine[],
  context: { vocabulary: Vocabulary; lineWidth: number; file: string; findings: Finding[] },
): ReadBijlage {
  const table = tableRows(lines)
  const { intro, tail, rowLines, rows } = table ?? textRows(lines, context)
  const vermeldingen: InformatieobjectVermelding[] = []
  const begrippen: Begrip[] = []
  // Lines that make no GIO row stay text of the bijlage (before or after the table): legal text never disappears.
  const notRows: { before: SourceLine[]; after: SourceLine[] } = { before: [], after: [] }
  for (const row of rows) {
    if (row.naam === '' || row.identificatie === '') {
      context.findings.push(finding('VISIE-106', context.file, row.from, { tekst: row.naam || row.identificatie }))
      const own = rowLines.filter((l) => l.line >= row.from && l.line <= row.to)
      ;(vermeldingen.length === 0 ? notRows.before : notRows.after).push(...own)
      continue
    }
    const position = lineSpan(row.from, row.to)
    const expression = row.identificatie
    const work = expression.replace(/\/[a-z]{3}@.*$/u, '')
    vermeldingen.push({ naam: row.naam, expression, work, position })
    begrippen.push({
      type: 'begrip',
      term: [{ type: 'text', value: row.naam, position }],
      definitie: [{ type: 'al', children: [{ type: 'extIoRef', ref: expression, position }], position }],
      position,
    })
  }
  reportDuplicates(vermeldingen, context.file, context.findings)
  const notTable = new Set([...notRows.before, ...notRows.after])
  const tableLines = rowLines.filter((l) => !notTable.has(l))
  const first = (tableLines[0] ?? rowLines[0] ?? lines[0]) as SourceLine
  const last = (tableLines[tableLines.length - 1] ?? rowLines[rowLines.length - 1] ?? lines[lines.length - 1]) as SourceLine
  const text = (part: readonly SourceLine[]): Structuur[] =>
    part.length === 0 ? [] : buildStructure(toBlocks(part, { vocabulary: context.vocabulary, lineWidth: context.lineWidth, numbered: false }))
  const tabel: Structuur = {
    type: 'divisietekst',
    children: [{ type: 'begrippenlijst', children: begrippen, position: lineSpan(first.line, last.line) }],
    position: lineSpan(first.line, last.line),
  }
  const children = [...text([...intro, ...notRows.before]), tabel, ...text([...notRows.after, ...tail])]
  const end = (lines[lines.length - 1] as SourceLine).line
  return { bijlage: { type: 'bijlage', kop, children, position: lineSpan(headingLine, end) }, informatieobjecten: vermeldingen }
}

interface GioTable {
  readonly intro: readonly SourceLine[]
  readonly tail: readonly SourceLine[]
  readonly rowLines: readonly SourceLine[]
  readonly rows: readonly GioRow[]
}

/**
 * The GIO overview as a table of the source (LineHints.table, a DOCX w:tbl): each row below the header with an
 * identifier cell is a naam (the row's first other cell) and that identifier; lines before and after stay text.
 */
function tableRows(lines: readonly SourceLine[]): GioTable | undefined {
  const at = lines.findIndex((l) => l.hints?.table && l.text.includes('/join/id/'))
  if (at < 0) return undefined
  const l = lines[at] as SourceLine
  const table = l.hints?.table as NonNullable<LineHints['table']>
  const rows: GioRow[] = []
  table.rows.forEach((cells, k) => {
    const id = cells.find((c) => IDENTIFIER.test(c.replace(/\s+/gu, '')))
    if (id === undefined) {
      if (k >= table.header && cells.some((c) => c.trim() !== '')) rows.push({ naam: cells.join(' ').trim(), identificatie: '', from: l.line, to: l.line })
      return
    }
    const naam = cells.find((c) => c !== id && c.trim() !== '') ?? ''
    rows.push({ naam: cleanNaam(naam.trim()), identificatie: id.replace(/\s+/gu, ''), from: l.line, to: l.line })
  })
  return { intro: lines.slice(0, at), tail: lines.slice(at + 1), rowLines: [l], rows }
}

/** The GIO overview in extracted text: rows from columns (`-layout`) or from the re-joined stream. */
function textRows(lines: readonly SourceLine[], context: { vocabulary: Vocabulary; lineWidth: number }): GioTable {
  const firstId = lines.findIndex((l) => l.text.includes('/join/id/'))
  let lastId = lines.length - 1
  for (let k = lines.length - 1; k >= firstId; k--) {
    if (/\/join\/|;\s*\d+$|@\d{4}|^[0-9a-f]{6,}/u.test((lines[k] as SourceLine).text)) {
      lastId = k
      break
    }
  }
  // Sentences before the header or the first row, and after the last row, are text of the bijlage.
  let rowStart = firstId
  const header = lines.slice(0, firstId).findIndex((l) => TABLE_HEADER.test(l.text))
  if (header >= 0) rowStart = header + 1
  else while (rowStart > 0 && !SENTENCE.test((lines[rowStart - 1] as SourceLine).text) && firstId - rowStart < 3) rowStart--
  const intro = lines.slice(0, header >= 0 ? header : rowStart)
  // After the last row, text starts at the first sentence (or full line); a naam that wraps below its identifier
  // is still the row's.
  let tailStart = lastId + 1
  while (tailStart < lines.length) {
    const t = (lines[tailStart] as SourceLine).text
    if (SENTENCE.test(t) || t.length > context.lineWidth * 0.6) break
    tailStart++
  }
  const tail = lines.slice(tailStart)
  // A table that goes on over a page break repeats its header row on the new page: that line is the table's head
  // again, no part of a row (a row split by the break joins up across it).
  const head = header >= 0 ? (lines[header] as SourceLine).text : undefined
  const rowLines = lines.slice(rowStart, tailStart).filter((l, k, all) =>
    l.text.includes('/join/') || !TABLE_HEADER.test(l.text) || (l.text !== head && k > 0 && (all[k - 1] as SourceLine).page === l.page))
  const rows = columnRows(rowLines, context.vocabulary) ?? streamRows(rowLines, context)
  return { intro, tail, rowLines, rows }
}

interface GioRow {
  naam: string
  identificatie: string
  readonly from: number
  to: number
}

/**
 * Rows from a table whose identifier column stands apart (`-layout`): the column starts where the identifiers
 * start; a row starts at a line whose identifier cell begins with `/join/`. Undefined when there is no such column.
 */
function columnRows(lines: readonly SourceLine[], vocabulary: Vocabulary): GioRow[] | undefined {
  const all = lines.map((l) => l.raw.indexOf('/join/')).filter((c) => c >= 0)
  const starts = all.filter((c) => c > 0)
  // An identifier at the left margin: no naam column beside it (a table the extraction did not keep in columns).
  if (starts.length < 1 || starts.length < all.length) return undefined
  // The column is where most identifiers start; a naam that fills its cell pushes one row's identifier a little
  // to the left (`Natuurnetwerk Nederland Noord- /join/…`), and that row is cut where its identifier starts.
  // Each page lays the table out anew: after a page break its identifier column may stand elsewhere.
  const pageStarts = new Map<number, number[]>()
  for (const l of lines) {
    const c = l.raw.indexOf('/join/')
    if (c <= 0) continue
    const own = pageStarts.get(l.page)
    if (own) own.push(c)
    else pageStarts.set(l.page, [c])
  }
  const overall = mostCommon(starts)
  const pageCols = new Map([...pageStarts].map(([page, own]) => [page, mostCommon(own)]))
  const colOf = (l: SourceLine): number => pageCols.get(l.page) ?? overall
  const aligned = lines.filter((l) => {
    const col = colOf(l)
    return l.raw.length > col && /\s{2}$/u.test(l.raw.slice(0, col)) && l.raw.slice(0, col).trim() !== ''
  })
  const atColumn = lines.filter((l) => {
    const c = l.raw.indexOf('/join/')
    return c > 0 && Math.abs(c - colOf(l)) <= 2
  }).length
  if (aligned.length === 0 || atColumn < Math.max(1, starts.length * 0.6)) return undefined
  const rows: GioRow[] = []
  const naam: string[][] = []
  const ids: string[][] = []
  for (const l of lines) {
    const col = colOf(l)
    const id = l.raw.indexOf('/join/')
    const cut = id > 0 && id < col && l.raw[id - 1] === ' ' ? id : col
    const left = l.raw.slice(0, cut).trim()
    const right = l.raw.length > cut ? l.raw.slice(cut).trim() : ''
    if (right.startsWith('/join/') || rows.length === 0) {
      rows.push({ naam: '', identificatie: '', from: l.line, to: l.line })
      naam.push([])
      ids.push([])
    }
    const k = rows.length - 1
    if (left !== '') (naam[k] as string[]).push(left)
    if (right !== '') (ids[k] as string[]).push(right)
    ;(rows[k] as GioRow).to = l.line
  }
  return rows.map((r, k) => ({ ...r, naam: cleanNaam(joinLines(naam[k] as string[], vocabulary)), identificatie: (ids[k] as string[]).join('') }))
}

/** The value that occurs most often (the smallest of equals). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0
}

/** A naam without the separator the table or list put before the identifier (`Beheergebied —`, `Naam |`, `Naam:`). */
function cleanNaam(naam: string): string {
  return naam.replace(/^[\s|:–—-]+|[\s|:–—-]+$/gu, '')
}

/** Rows from the re-joined stream: every token that is not an identifier belongs to the next identifier's naam. */
function streamRows(lines: readonly SourceLine[], context: { vocabulary: Vocabulary }): GioRow[] {
  if (lines.length === 0) return []
  const joined = joinWithOffsets(lines.map((l) => l.text), context.vocabulary)
  const stream = joined.text
  const lineAt = (offset: number): number => lineOf(joined.starts, lines, offset)
  const rows: GioRow[] = []
  let naam: string[] = []
  let naamStart = 0
  const re = /\S+/gu
  for (let m = re.exec(stream); m; m = re.exec(stream)) {
    const token = m[0]
    if (!IDENTIFIER.test(token)) {
      if (naam.length === 0) naamStart = m.index
      naam.push(token)
      continue
    }
    const from = lineAt(naam.length > 0 ? naamStart : m.index)
    rows.push({ naam: cleanNaam(naam.join(' ')), identificatie: token, from, to: lineAt(m.index + token.length - 1) })
    naam = []
  }
  if (naam.length > 0) rows.push({ naam: naam.join(' '), identificatie: '', from: lineAt(naamStart), to: lineAt(stream.length - 1) })
  return rows
}

/** The source line of the stream offset: the last line starting at or before it (binary search, starts ascending). */
function lineOf(starts: readonly number[], lines: readonly SourceLine[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return (lines[lo] as SourceLine).line
}

/**
 * One GIO per identification and per naam: a second would be a second informatieobject with the same work, or an
 * ambiguous name for the geometry. The first keeps its place; each later one is reported at its own line.
 */
export function reportDuplicates(vermeldingen: readonly InformatieobjectVermelding[], file: string, findings: Finding[]): void {
  const byWork = new Map<string, InformatieobjectVermelding>()
  const byNaam = new Map<string, InformatieobjectVermelding>()
  for (const v of vermeldingen) {
    const line = v.position?.start.line ?? 0
    const sameWork = byWork.get(v.work)
    if (sameWork) {
      const eerderRegel = sameWork.position?.start.line ?? 0
      findings.push(finding('VISIE-154', file, line, { identificatie: v.work, naam: v.naam, eerder: sameWork.naam, eerderRegel }))
    } else byWork.set(v.work, v)
    const sameNaam = byNaam.get(v.naam)
    if (sameNaam) findings.push(finding('VISIE-155', file, line, { naam: v.naam, eerderRegel: sameNaam.position?.start.line ?? 0 }))
    else byNaam.set(v.naam, v)
  }
}
