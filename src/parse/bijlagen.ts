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
import { BULLET, BULLET_GLYPHS } from '../text/bullets.js'
import { descriptionBelow } from '../text/cells.js'
import { joinLines, joinWithOffsets, repairIdentifierDate, type Vocabulary } from '../text/dehyphenate.js'
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
/** A bijlage title that announces the GIO overview. */
export const GIO_TITLE = /informatieobject|\bGIO|werkingsgebied/iu

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
/** The header row of the GIO table: a column named Identificatie (or Id, JOIN-id, Verwijzing, …). */
export const TABLE_HEADER = /^[\p{L}\s|/().#№'’-]{0,60}\b(?:identificatie|identifier|id|join(?:-id)?|verwijzing|expressie|link)\b[\p{L}\s|()-]{0,20}$/iu
const SENTENCE = /[.!?:;]["”’')\]]*$/u
/** The column that names the GIO: `Naam`, `Naam informatieobject`, `Werkingsgebied`, `Gebied`, `Titel`, `Omschrijving`. */
const NAAM_HEADER = /^(?:naam|titel|benaming|omschrijving|gebied|werkingsgebied|informatieobject|geo-?informatieobject|gio)\b/iu
/** A cell or leading token that numbers the row: `1`, `2.`, `3)`, `A`. */
const ROW_NUMBER = /^(?:\d{1,3}|[A-Z])[.)]?$/u
/** The identifier word of a table header, for where the identifier column stands among the header's columns. */
const ID_WORD = /\b(?:identificatie|identifier|id|join(?:-id)?|verwijzing|expressie|link)\b/giu

/**
 * What the header row says about the columns beside the identifier: a number column before the naam (`Nr Naam
 * Identificatie`), a column after the identifier (`Naam Identificatie Toelichting`) and, in `-layout` output, how
 * far right of the identifier column that column begins.
 */
interface HeaderColumns {
  readonly numbered: boolean
  readonly trailing: boolean
  /** The identifier column comes first and the naam after it (`Identificatie Naam`). */
  readonly idFirst?: boolean
  /** Offset of the column after the identifier from the identifier column's start (`-layout` only). */
  readonly trailingOffset?: number
  /** With the identifier first: where the column after the naam starts in the line (`-layout` only). */
  readonly afterNaamAt?: number
  /** With the identifier first: the header names a column after the naam (`Identificatie Naam Kern`). */
  readonly afterNaam?: boolean
}

function headerColumns(header: SourceLine | undefined): HeaderColumns {
  if (header === undefined) return { numbered: false, trailing: false }
  const numbered = /^(?:nr|nummer|no|#|№)\.?\s/iu.test(header.text)
  const ids = [...header.text.matchAll(ID_WORD)]
  const last = ids[ids.length - 1]
  const after = last === undefined ? '' : header.text.slice((last.index ?? 0) + last[0].length).replace(/\([^)]*\)/gu, '').replace(/[|\s-]+/gu, ' ').trim()
  const idFirst = NAAM_HEADER.test(after) && !new RegExp(ID_WORD.source, 'iu').test(header.text.slice(0, ids[0]?.index ?? 0))
  const trailing = /\p{L}{3,}/u.test(after)
  if (!trailing) return { numbered, trailing }
  if (idFirst) {
    const textAfterNaam = /\p{L}{3,}/u.test(after.replace(NAAM_HEADER, ''))
    // `Identificatie   Naam   Gebied`: in laid-out text the column after the naam starts where its header word does.
    const segments = [...header.raw.matchAll(/\S+(?: \S+)*/gu)]
    const naamSegment = segments.findIndex((m) => NAAM_HEADER.test(m[0]))
    const column = naamSegment >= 0 ? segments[naamSegment + 1] : undefined
    return { numbered, trailing: false, idFirst, ...(textAfterNaam ? { afterNaam: true } : {}), ...(column?.index !== undefined && segments.length > 2 ? { afterNaamAt: column.index } : {}) }
  }
  // In laid-out text the columns are segments apart by two or more spaces: the identifier's segment and the next.
  const segments = [...header.raw.matchAll(/\S+(?: \S+)*/gu)]
  const idSegment = segments.findIndex((m) => new RegExp(ID_WORD.source, 'iu').test(m[0]))
  const next = idSegment >= 0 ? segments[idSegment + 1] : undefined
  const trailingOffset = idSegment >= 0 && next !== undefined && segments.length > 1 ? (next.index ?? 0) - ((segments[idSegment] as RegExpMatchArray).index ?? 0) : undefined
  return { numbered, trailing, ...(trailingOffset !== undefined ? { trailingOffset } : {}) }
}

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
  const { intro, tail, rowLines, rows } = table ?? textRows(lines.map(unbracketed), context)
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
    const repaired = repairIdentifierDate(row.identificatie)
    if (repaired) context.findings.push(finding('VISIE-116', context.file, row.from, { naam: row.naam, gelezen: row.identificatie, hersteld: repaired }))
    const expression = repaired ?? row.identificatie
    const work = expression.replace(/\/[a-z]{3}@.*$/u, '')
    vermeldingen.push({ naam: row.naam, expression, work, position })
    // A column beside the identifier (`Toelichting`) is text of the row: it follows the reference in the definitie.
    const toelichting = row.toelichting ? [{ type: 'al' as const, children: [{ type: 'text' as const, value: row.toelichting, position }], position }] : []
    begrippen.push({
      type: 'begrip',
      term: [{ type: 'text', value: row.naam, position }],
      definitie: [{ type: 'al', children: [{ type: 'extIoRef', ref: expression, position }], position }, ...toelichting],
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

/** A cell that is only a bullet or a list item's number (`•`, `–`, `1.`): a list, not a naam column. */
const ONLY_BULLET = new RegExp(`^(?:${BULLET_GLYPHS}|[-–—*]|\\d{1,2}[.)])$`, 'u')

/** Words that name a column of a GIO table beside the naam and the identifier. */
const COLUMN_NAME = /^(?:nr\.?|nummer|no\.?|#|№|naam|titel|benaming|omschrijving|gebied|werkingsgebied|informatieobject|gio|toelichting|opmerkingen?|beschrijving|kaart|paragraaf|hoofdstuk|thema|ambitie|opgave|schaal|versie|datum|status|type|bron|kern)$/iu

/**
 * The header row of a table whose cells the extraction gave one by one, blank lines between (`pdftotext` without
 * `-raw`/`-layout`: `Naam` | `Identificatie` | `Toelichting`): the run of column names around a line that is only the
 * identifier's column name, as one header line (`Naam Identificatie Toelichting`) in place of those lines.
 */
function splitHeader(lines: readonly SourceLine[], firstId: number): { from: number; to: number; header: SourceLine } | undefined {
  const at = lines.slice(0, Math.max(0, firstId)).findIndex((l) => /^\S+$/u.test(l.text) && TABLE_HEADER.test(l.text))
  if (at < 0) return undefined
  const apart = (k: number): boolean => k > 0 && (lines[k] as SourceLine).line - (lines[k - 1] as SourceLine).line > 1
  let from = at
  while (from > 0 && COLUMN_NAME.test((lines[from - 1] as SourceLine).text) && apart(from)) from--
  let to = at + 1
  while (to < firstId && COLUMN_NAME.test((lines[to] as SourceLine).text) && apart(to)) to++
  if (to - from < 2 || (lines[from] as SourceLine).hints !== undefined) return undefined
  const text = lines.slice(from, to).map((l) => l.text).join(' ')
  return { from, to, header: { ...(lines[to - 1] as SourceLine), text, raw: text, indent: 0 } }
}

/** The lines just above a table header that are names of its upper header row: one to three words, no sentence. */
function headerRowAbove(lines: readonly SourceLine[]): SourceLine[] {
  let k = lines.length
  while (k > 0 && /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}$/u.test((lines[k - 1] as SourceLine).text)) k--
  return lines.slice(k)
}

/**
 * A column the upper header row names and the lower one does not (`Opgave`, spanning both rows) stands after the
 * identifier when nothing stands before the first row's naam (`firstRowInline`): the rows have a trailing cell.
 */
function withMergedHeader(columns: HeaderColumns, above: readonly SourceLine[], firstRowInline: boolean): HeaderColumns {
  if (columns.trailing || columns.idFirst || !firstRowInline) return columns
  const extra = above.filter((l) => !NAAM_HEADER.test(l.text) && !TABLE_HEADER.test(l.text))
  return extra.length === 0 ? columns : { ...columns, trailing: true }
}

/**
 * The GIO rows among `lines` (a table or text), with the lines before and after them: for a GIO list that stands
 * elsewhere than in a bijlage (in an artikel of the besluit). Rows without naam or identifier are left out.
 */
export function gioRows(
  lines: readonly SourceLine[],
  context: { vocabulary: Vocabulary; lineWidth: number },
): { intro: readonly SourceLine[]; tail: readonly SourceLine[]; rows: readonly { naam: string; identificatie: string; from: number; to: number }[] } {
  const { intro, tail, rows } = tableRows(lines) ?? textRows(lines.map(unbracketed), context)
  return { intro, tail, rows: rows.filter((r) => r.naam !== '' && r.identificatie !== '') }
}

interface GioTable {
  readonly intro: readonly SourceLine[]
  readonly tail: readonly SourceLine[]
  readonly rowLines: readonly SourceLine[]
  readonly rows: readonly GioRow[]
}

/**
 * A line with the brackets or quotes around an identifier blanked (`’t Zoet (/join/…/nld@2027-10-28;1)`, also where
 * the identifier breaks over lines): a row is a naam and an identifier whatever encloses it. Blanked, not removed,
 * so that laid-out columns keep their places.
 */
function unbracketed(l: SourceLine): SourceLine {
  if (!/[(\[<“"‘'](?=\/join\/)|;[0-9A-Za-z-]+[)\]>”"’']/u.test(l.raw)) return l
  const raw = l.raw.replace(/[(\[<“"‘'](?=\/join\/)/gu, ' ').replace(/(@\d{4}-?\d{2}-?\d{2};[0-9A-Za-z-]+|^\s*\S*;[0-9A-Za-z-]+)[)\]>”"’']/gu, '$1 ')
  return { ...l, raw, text: raw.replace(/ +/gu, ' ').trim() }
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
  const head = table.rows.slice(0, table.header).find((cells) => cells.some((c) => TABLE_HEADER.test(c.trim())))
  const naamColumn = head?.findIndex((c) => NAAM_HEADER.test(c.trim()) && !TABLE_HEADER.test(c.trim())) ?? -1
  table.rows.forEach((cells, k) => {
    const id = cells.find((c) => IDENTIFIER.test(c.replace(/\s+/gu, '')))
    if (id === undefined) {
      if (k >= table.header && cells.some((c) => c.trim() !== '')) rows.push({ naam: cells.join(' ').trim(), identificatie: '', from: l.line, to: l.line })
      return
    }
    // The naam is the cell under a naam header, else the first other cell that is not the row's number.
    const others = cells.filter((c) => c !== id && c.trim() !== '')
    const byHeader = naamColumn >= 0 ? cells[naamColumn]?.trim() : undefined
    const naam = byHeader || (others.find((c) => !ROW_NUMBER.test(c.trim())) ?? others[0] ?? '')
    const toelichting = others.filter((c) => c !== naam && !ROW_NUMBER.test(c.trim())).map((c) => c.trim()).join(' ')
    rows.push({ naam: cleanNaam(naam.trim()), identificatie: id.replace(/\s+/gu, ''), from: l.line, to: l.line, ...(toelichting ? { toelichting } : {}) })
  })
  return { intro: lines.slice(0, at), tail: lines.slice(at + 1), rowLines: [l], rows }
}

/** The GIO overview in extracted text: rows from columns (`-layout`) or from the re-joined stream. */
function textRows(lines: readonly SourceLine[], context: { vocabulary: Vocabulary; lineWidth: number }): GioTable {
  return sideBySide(lines, context) ?? oneTable(lines, context)
}

/**
 * A GIO table set twice side by side (`Naam  Identificatie  Naam  Identificatie` in `-layout` text): the lines cut
 * where the second naam column starts, the left table read before the right one.
 */
function sideBySide(lines: readonly SourceLine[], context: { vocabulary: Vocabulary; lineWidth: number }): GioTable | undefined {
  const firstId = lines.findIndex((l) => l.text.includes('/join/id/'))
  const header = lines.slice(0, Math.max(0, firstId)).findIndex((l) => TABLE_HEADER.test(l.text))
  if (header < 0) return undefined
  const raw = (lines[header] as SourceLine).raw
  const names = [...raw.matchAll(/(?:^|\s{2,})(\S+)/gu)].filter((m) => NAAM_HEADER.test(m[1] as string))
  const second = names[1]
  if (names.length !== 2 || second === undefined) return undefined
  const cut = (second.index ?? 0) + (second[0] as string).length - (second[1] as string).length
  if ([...raw.slice(0, cut).matchAll(ID_WORD)].length !== 1 || [...raw.slice(cut).matchAll(ID_WORD)].length !== 1) return undefined
  const half = (from: number, to?: number): SourceLine[] =>
    lines.slice(header).flatMap((l) => {
      const part = l.raw.slice(from, to).replace(/ +$/u, '')
      return part.trim() === '' ? [] : [{ ...l, raw: part, text: part.replace(/ +/gu, ' ').trim(), indent: part.length - part.trimStart().length }]
    })
  const left = oneTable(half(0, cut), context)
  const right = oneTable(half(cut), context)
  if (left.rows.length === 0 || right.rows.length === 0) return undefined
  // An identifier holds no space: a gap inside one is where the cut line's fragments met.
  const rows = [...left.rows, ...right.rows].map((r) => ({ ...r, identificatie: r.identificatie.replace(/\s+/gu, '') }))
  return { intro: lines.slice(0, header), tail: [...left.tail, ...right.tail], rowLines: lines.slice(header + 1), rows }
}

function oneTable(source: readonly SourceLine[], context: { vocabulary: Vocabulary; lineWidth: number }): GioTable {
  const split = splitHeader(source, source.findIndex((l) => l.text.includes('/join/id/')))
  const lines = split ? [...source.slice(0, split.from), split.header, ...source.slice(split.to)] : source
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
  else {
    // A naam set as a label above its identifier (`Gemeente Rozendaal:` | `/join/…`) ends in a colon, a sentence does not stop it.
    // Only where the identifier's line has no naam of its own.
    const bare = (lines[firstId] as SourceLine).text.trimStart().startsWith('/join/')
    const label = (t: string): boolean => bare && /^[^.;:!?]{2,60}:$/u.test(t)
    while (rowStart > 0 && (!SENTENCE.test((lines[rowStart - 1] as SourceLine).text) || (rowStart === firstId && label((lines[rowStart - 1] as SourceLine).text))) && firstId - rowStart < 3) rowStart--
  }
  // A header over two rows (merged cells: `Werkingsgebied` over `Naam Identificatie`, `Opgave` beside both) leaves
  // the upper row's names on short lines above the header: they are the table's, not text of the bijlage.
  const mergedAbove = header > 0 ? headerRowAbove(lines.slice(Math.max(0, header - 2), header)) : []
  const intro = lines.slice(0, header >= 0 ? header - mergedAbove.length : rowStart)
  // After the last row, text starts at the first sentence (or full line), or after a blank line (extracted text
  // counts its blank lines in the line numbers: a `Colofon` below the table) or at a heading (PDF, DOCX); a naam that
  // wraps below its identifier is still the row's.
  // An extraction with a blank line after (nearly) every line (the Assen seed) says nothing by its blank lines.
  const apart = (k: number): boolean => (lines[k] as SourceLine).line - (lines[k - 1] as SourceLine).line > 1
  const blankEverywhere = lines.length > 1 && lines.filter((_, k) => k > 0 && apart(k)).length > (lines.length - 1) * 0.8
  let tailStart = lastId + 1
  while (tailStart < lines.length) {
    const l = lines[tailStart] as SourceLine
    if (SENTENCE.test(l.text) || l.text.length > context.lineWidth * 0.6) break
    if (l.hints === undefined ? !blankEverywhere && apart(tailStart) : l.hints.heading !== undefined) break
    tailStart++
  }
  const tail = lines.slice(tailStart)
  // A table that goes on over a page break repeats its header row on the new page: that line is the table's head
  // again, no part of a row (a row split by the break joins up across it).
  const head = header >= 0 ? (lines[header] as SourceLine).text : undefined
  const rowLines = lines.slice(rowStart, tailStart).filter((l, k, all) =>
    l.text.includes('/join/') || !TABLE_HEADER.test(l.text) || (l.text !== head && k > 0 && (all[k - 1] as SourceLine).page === l.page))
  // The first row starts right below the header with its naam on its identifier's line: no cell stands before the naam.
  const firstRowInline = header >= 0 && firstId === header + 1 && !(lines[firstId] as SourceLine).text.trimStart().startsWith('/join/')
  const columns = withMergedHeader(headerColumns(header >= 0 ? (lines[header] as SourceLine) : undefined), mergedAbove, firstRowInline)
  const read =
    columns.idFirst || idLeads(rowLines)
      ? (idFirstColumnRows(rowLines, context.vocabulary, columns.afterNaamAt) ?? bySlug(idFirstStreamRows(rowLines, context.vocabulary), columns.afterNaam === true))
      : (columnRows(rowLines, context.vocabulary, columns) ?? streamRows(rowLines, context, columns))
  const numbered = columns.numbered || read.length > 1 && read.every((r, k) => new RegExp(`^${k + 1}[.)]? `, 'u').test(r.naam))
  const codes = codeColumns(head, columns, numbered)
  const rows = withoutWordColumn(
    (numbered ? read.map((r) => ({ ...r, naam: r.naam.replace(/^\d{1,3}[.)]?\s+/u, '') })) : read).map((r) => ({ ...r, naam: withoutCodeCells(r.naam, codes) })),
    codes.end,
  )
  return { intro, tail, rowLines, rows }
}

/**
 * A cell of a short code column (`Kaart 2`, `Ambitie –`, `Nr 3`, `Paragraaf 2.2.1`): a number (a section number
 * too), a roman number, one capital or a dash.
 */
const CODE = String.raw`(?:\d{1,3}(?:[.,]\d{1,2}){0,3}[.)]?|[IVX]{1,4}|[A-Z]|[–—-])`

/** A code cell that may repeat its column's name before the code (`kaart 1`, `Kaart 1` under `Kaart`). */
function codeCell(names: readonly string[]): string {
  // As the header spells it or in lower case (`Kaart 1`, `kaart 1` under `Kaart`).
  const words = names.map((n) => n.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((n) => n.length >= 2)
  const either = (w: string): string => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`
  return words.length === 0 ? CODE : `(?:(?:${words.map(either).join('|')})\\.? )?${CODE}`
}

/**
 * How many code columns stand before (`lead`) and after (`end`) the naam in a row read from the stream: columns the
 * header names before the naam (`Ambitie Naam Identificatie`) or between naam and identifier (`Naam Kaart
 * Identificatie`); with the identifier first (`Nr Identificatie Naam`), the next row's number ends up after a naam.
 */
function codeColumns(header: string | undefined, columns: HeaderColumns, numbered: boolean): { lead: number; end: number; names: string[] } {
  if (header === undefined) return { lead: 0, end: 0, names: [] }
  const words = header.split(/[\s|]+/u).filter((w) => w !== '')
  const id = words.findIndex((w) => new RegExp(`^${ID_WORD.source}$`, 'iu').test(w))
  if (id < 0) return { lead: 0, end: 0, names: [] }
  if (columns.idFirst) return { lead: 0, end: id > 0 ? 1 : 0, names: words.slice(0, id) }
  const naam = words.findIndex((w, k) => k < id && NAAM_HEADER.test(w))
  if (naam < 0) return { lead: 0, end: 0, names: [] }
  const between = words.slice(naam + 1, id).filter((w) => /^\p{Lu}/u.test(w))
  return { lead: Math.max(0, naam - (numbered ? 1 : 0)), end: between.length, names: [...words.slice(0, naam), ...between] }
}

/**
 * The naam part of a laid-out row without the cells of code columns beside it (`Kernen Baambrugge, Waverveen,      2`,
 * `–      Gemeente Noordenveld`): segments two or more spaces apart that are a code, where the naam has a segment too.
 */
function withoutCodeSegments(left: string): string {
  const segments = left.split(/ {2,}/u)
  if (segments.length < 2) return left
  const code = new RegExp(`^${CODE}$`, 'u')
  const kept = segments.filter((seg) => !code.test(seg))
  return kept.length > 0 ? kept.join(' ') : left
}

/** The naam without the cells of code columns the stream put before or after it. */
function withoutCodeCells(naam: string, codes: { lead: number; end: number; names: readonly string[] }): string {
  const cell = codeCell(codes.names)
  let out = naam
  for (let k = 0; k < codes.lead; k++) out = out.replace(new RegExp(`^${cell}\\s+(?=\\S)`, 'u'), '')
  for (let k = 0; k < codes.end; k++) out = out.replace(new RegExp(`(?<=\\S)\\s+${cell}$`, 'u'), '')
  return out
}

/**
 * A column between naam and identifier that holds a word, not a code (`Werkingsgebied Type Identificatie` with `gebied`,
 * `landschap`): where the header has such a column (`end`) and every row's naam ends in one word in lower case after
 * a capitalised start, that word is the column's cell.
 */
function withoutWordColumn<R extends { naam: string }>(rows: readonly R[], end: number): R[] {
  const cell = /^(\p{Lu}.*?)\s+\p{Ll}[\p{Ll}-]{2,}$/u
  if (end === 0 || rows.length < 2 || !rows.every((r) => cell.test(r.naam))) return rows.slice()
  return rows.map((r) => ({ ...r, naam: (cell.exec(r.naam) as RegExpExecArray)[1] as string }))
}

interface GioRow {
  naam: string
  identificatie: string
  readonly from: number
  to: number
  /** The text of a column beside the identifier (`Toelichting`). */
  toelichting?: string
}

/**
 * Rows from a table whose identifier column stands apart (`-layout`): the column starts where the identifiers
 * start; a row starts at a line whose identifier cell begins with `/join/`. Undefined when there is no such column.
 */
function columnRows(lines: readonly SourceLine[], vocabulary: Vocabulary, columns: HeaderColumns): GioRow[] | undefined {
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
  // A bulleted list whose items' text stands where their identifiers do (`•   Gemeente X:` | `    /join/…`): the
  // bullets are no naam column.
  if (aligned.some((l) => ONLY_BULLET.test(l.raw.slice(0, colOf(l)).trim()))) return undefined
  const rows: GioRow[] = []
  const naam: string[][] = []
  const ids: string[][] = []
  const extra: string[][] = []
  // Where a row's identifier starts left of the column, its next lines (the rest of the identifier) start there too.
  let rowCut: number | undefined
  for (const l of lines) {
    const col = colOf(l)
    const id = l.raw.indexOf('/join/')
    // Also below a naam that wraps (`Kern Schin op /join/…nld@2028-` | `Geul          02-17;1`): the identifier's rest
    // is one word that starts where the identifier did.
    const continued =
      id < 0 &&
      rowCut !== undefined &&
      l.raw[rowCut] !== ' ' &&
      l.raw[rowCut] !== undefined &&
      (l.raw.slice(0, rowCut).trim() === '' || (/ {2}$/u.test(l.raw.slice(0, rowCut)) && /^[\w@;:./-]+$/u.test(l.raw.slice(rowCut, col + 1).trim())))
    const cut = id > 0 && id < col && l.raw[id - 1] === ' ' ? id : continued ? (rowCut as number) : col
    if (id > 0) rowCut = cut < col ? cut : undefined
    // A column after the identifier's (`Toelichting`) starts where the header puts it; the identifier cell ends there.
    // The identifier is one word: where the next column's text comes closer than the header says (`…2027- open …`), or
    // the identifier runs under it, the cell ends with that word.
    // Without such a header (a column whose header stands on a line of its own above, `Ambitie` over a merged
    // `Werkingsgebied`), text after the identifier beyond a gap is still another column's.
    const word = /^\s*\S+/u.exec(l.raw.slice(cut))
    const gapAfter = word !== null && /^ {2,}\S/u.test(l.raw.slice(cut + word[0].length))
    const end =
      columns.trailingOffset === undefined
        ? word && gapAfter && /[/;@-]/u.test(word[0]) ? cut + word[0].length : Infinity
        : word && /[/;@-]/u.test(word[0]) ? cut + word[0].length : Math.max(cut + 1, col + columns.trailingOffset)
    const left = withoutCodeSegments(l.raw.slice(0, cut).trim())
    const right = l.raw.length > cut ? l.raw.slice(cut, end).trim() : ''
    const beyond = l.raw.length > end ? l.raw.slice(end).trim() : ''
    if (right.startsWith('/join/') || rows.length === 0) {
      rows.push({ naam: '', identificatie: '', from: l.line, to: l.line })
      naam.push([])
      ids.push([])
      extra.push([])
    }
    const k = rows.length - 1
    if (left !== '') (naam[k] as string[]).push(left)
    if (right !== '') (ids[k] as string[]).push(right)
    if (beyond !== '') (extra[k] as string[]).push(beyond)
    ;(rows[k] as GioRow).to = l.line
  }
  const described = descriptionBelow(naam)
  return rows.map((r, k) => {
    const own = naam[k] as string[]
    const lines = described ? own.slice(0, -1) : own
    const toelichting = joinLines([...(described ? own.slice(-1) : []), ...(extra[k] as string[])], vocabulary)
    return { ...r, naam: cleanNaam(joinLines(lines, vocabulary)), identificatie: (ids[k] as string[]).join(''), ...(toelichting ? { toelichting } : {}) }
  })
}


/**
 * Whether the identifier comes first in each row (`/join/… Beheergebied Brabantse Delta`), also where no header says
 * so: every identifier starts its line, and most have the naam's words after them on that line.
 */
function idLeads(lines: readonly SourceLine[]): boolean {
  const ids = lines.filter((l) => l.text.includes('/join/'))
  if (ids.length < 2 || !ids.every((l) => l.text.startsWith('/join/'))) return false
  return ids.filter((l) => /\s.*\p{L}{2}/u.test(l.text.replace(/^\S+/u, ''))).length * 2 >= ids.length
}

/**
 * Rows of an identifier-first table whose columns the extraction kept (`-layout`): the naam column starts where the
 * naam beside most identifiers starts; an identifier that wraps goes on below, left of that column.
 */
function idFirstColumnRows(lines: readonly SourceLine[], vocabulary: Vocabulary, afterNaamAt?: number): GioRow[] | undefined {
  const naamStarts = lines.flatMap((l) => {
    const m = /^(\s*\/join\/\S+)( {2,})\S/u.exec(l.raw)
    return m ? [(m[1] as string).length + (m[2] as string).length] : []
  })
  if (naamStarts.length === 0) return undefined
  const col = mostCommon(naamStarts)
  const rows: GioRow[] = []
  const naam: string[][] = []
  const after: string[][] = []
  for (const l of lines) {
    // The identifier is one word: its cell ends with that word, also where it fills the column (one space to the naam)
    // or where its rest on the next line stands left of the naam column's usual start.
    const word = /^\s*\S+/u.exec(l.raw)?.[0] ?? ''
    const idPart = l.raw.trimStart().startsWith('/join/') || (!/^\s/u.test(l.raw) && /^[\w/@;.:-]+$/u.test(word) && /^\S+(?: {2,}|$)/u.test(l.raw))
    const cut = idPart ? word.length : col
    const left = l.raw.slice(0, cut).trim()
    // A column after the naam (`Gebied`): the naam cell is the first of the cells apart by two or more spaces.
    const cells = l.raw.slice(cut).trim().split(/ {2,}/u)
    const right = afterNaamAt === undefined ? cells.join(' ') : (cells[0] as string)
    const rest = afterNaamAt === undefined ? '' : cells.slice(1).join(' ')
    if (left.startsWith('/join/') || rows.length === 0) {
      rows.push({ naam: '', identificatie: '', from: l.line, to: l.line })
      naam.push([])
      after.push([])
    }
    const row = rows[rows.length - 1] as GioRow
    if (left !== '') row.identificatie += left.replace(/\s+/gu, '')
    if (right !== '') (naam[naam.length - 1] as string[]).push(right)
    if (rest !== '') (after[after.length - 1] as string[]).push(rest)
    row.to = l.line
  }
  return rows.map((r, k) => {
    const toelichting = joinLines(after[k] as string[], vocabulary)
    return { ...r, naam: cleanNaam(joinLines(naam[k] as string[], vocabulary)), ...(toelichting !== '' ? { toelichting } : {}) }
  })
}

/** Rows of an identifier-first table from the re-joined stream: the words after an identifier are its naam. */
function idFirstStreamRows(lines: readonly SourceLine[], vocabulary: Vocabulary): GioRow[] {
  const joined = joinWithOffsets(lines.map((l) => l.text), vocabulary)
  const lineAt = (offset: number): number => lineOf(joined.starts, lines, offset)
  const rows: GioRow[] = []
  const naam: string[][] = []
  const re = /\S+/gu
  for (let m = re.exec(joined.text); m; m = re.exec(joined.text)) {
    const token = m[0]
    const row = rows[rows.length - 1]
    if (IDENTIFIER.test(token)) {
      rows.push({ naam: '', identificatie: token, from: lineAt(m.index), to: lineAt(m.index + token.length - 1) })
      naam.push([])
    } else if (row && !/;\d+$/u.test(row.identificatie) && /^[\w.@/-]+;\d+$/u.test(token)) {
      // The rest of an identifier the extraction broke off (`…/nld@2027-04-` | `14;1`).
      row.identificatie += token
    } else if (row) {
      ;(naam[naam.length - 1] as string[]).push(token)
      row.to = lineAt(m.index)
    } else {
      rows.push({ naam: '', identificatie: '', from: lineAt(m.index), to: lineAt(m.index) })
      naam.push([token])
    }
  }
  return rows.map((r, k) => ({ ...r, naam: cleanNaam((naam[k] as string[]).join(' ')) }))
}

/**
 * With the identifier first and a text column after the naam read from the stream (`Identificatie Naam Kern` in
 * `-raw`), naam and cell run together on one line (`Gemeente Zeist alle kernen`). The identifier's work name is the
 * naam in words (`…/2027/gemeente-zeist/nld@…`): the naam ends at the word that matches its last word, its words
 * matched in order (a word of the naam, or its initials: `wa` for `Willem Arntsz`); the rest is the cell. A work name
 * that is a code (hexadecimal, digits) says nothing, and the row stays as read.
 */
function bySlug(rows: GioRow[], afterNaam: boolean): GioRow[] {
  if (!afterNaam) return rows
  const norm = (w: string): string => w.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '')
  return rows.map((r) => {
    const slug = /\/\d{4}\/([a-z0-9-]+)\/[a-z]{3}@/u.exec(r.identificatie)?.[1]
    if (slug === undefined || /^[0-9a-f-]{12,}$/u.test(slug) || !/[g-z]/u.test(slug)) return r
    const words = r.naam.split(' ')
    let j = 0
    // What is left of the word at j after the tokens matched in it (`’s-Hertogenbosch` holds `s` and `hertogenbosch`).
    let rest = ''
    for (const token of slug.split('-')) {
      if (rest !== '') {
        if (!rest.startsWith(token)) return r
        rest = rest.slice(token.length)
        if (rest === '') j++
        continue
      }
      while (j < words.length && !norm(words[j] as string).startsWith(token)) {
        // Initials: `wa` for `Willem Arntsz`.
        const initials = words.slice(j, j + token.length).map((w) => norm(w).charAt(0)).join('')
        if (token.length >= 2 && token.length <= 3 && initials === token) break
        j++
      }
      if (j >= words.length) return r
      const word = norm(words[j] as string)
      if (word.startsWith(token)) {
        rest = word.slice(token.length)
        if (rest === '') j++
      } else j += token.length
    }
    if (rest !== '') j++
    const naam = words.slice(0, j).join(' ')
    const cell = words.slice(j).join(' ')
    return cell === '' ? r : { ...r, naam: cleanNaam(naam), toelichting: cell }
  })
}

/** The value that occurs most often (the smallest of equals). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0
}

/** A naam without the separator the table or list put before the identifier (`Beheergebied —`, `Naam |`, `Naam:`) or field names. */
function cleanNaam(naam: string): string {
  // Rows written as fields (`Naam: Kern Doorn` | `Identificatie: /join/…`): the field names are no part of the naam.
  const fields = naam.replace(/^(?:naam|titel|benaming|werkingsgebied|gebied|informatieobject|gio)\s*:\s*/iu, '').replace(/(?:^|\s+)(?:identificatie|identifier|id|join-id|verwijzing|link)\s*:$/iu, '')
  // A GIO list set as bullets (`• Kern Doorn (/join/…)`): the bullet is no part of the naam either.
  return fields.replace(BULLET, '').replace(/^[\s|:–—-]+|[\s|:–—-]+$/gu, '')
}

/** Rows from the re-joined stream: every token that is not an identifier belongs to the next identifier's naam. */
function streamRows(lines: readonly SourceLine[], context: { vocabulary: Vocabulary }, columns: HeaderColumns): GioRow[] {
  if (lines.length === 0) return []
  if (columns.trailing) return trailingStreamRows(lines, context)
  const joined = joinWithOffsets(lines.map((l) => l.text), context.vocabulary)
  const stream = joined.text
  const lineAt = (offset: number): number => lineOf(joined.starts, lines, offset)
  const tokens = [...stream.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: m.index }))
  const rows: GioRow[] = []
  let naam: string[] = []
  let naamStart = 0
  // Per row, its naam's words per source line (for descriptionBelow).
  const naamLines: string[][] = []
  let lineWords = new Map<number, string[]>()
  for (let i = 0; i < tokens.length; i++) {
    const { text: token, at } = tokens[i] as { text: string; at: number }
    if (!IDENTIFIER.test(token)) {
      if (naam.length === 0) naamStart = at
      naam.push(token)
      const k = lineAt(at)
      const own = lineWords.get(k)
      if (own) own.push(token)
      else lineWords.set(k, [token])
      continue
    }
    naamLines.push([...lineWords.values()].map((w) => w.join(' ')))
    lineWords = new Map()
    // A table written cell by cell, both cells wrapped (`Nationaal Landschap` | `/join/…/nld@2025-` | `Zuidelijke
    // Friese Wouden` | `12-08;1`): the identifier's rest comes after the naam's second line, which is this row's.
    const rest = incompleteIdentifier(token) ? tokens.findIndex((t, j) => j > i && j <= i + MAX_NAAM_WORDS && identifierRest(token, t.text)) : -1
    const between = rest < 0 ? [] : tokens.slice(i + 1, rest).map((t) => t.text)
    const end = rest < 0 ? at + token.length - 1 : (tokens[rest] as { text: string; at: number }).at + (tokens[rest] as { text: string }).text.length - 1
    const from = lineAt(naam.length > 0 ? naamStart : at)
    rows.push({ naam: cleanNaam([...naam, ...between].join(' ')), identificatie: rest < 0 ? token : token + (tokens[rest] as { text: string }).text, from, to: lineAt(end) })
    if (rest >= 0) i = rest
    naam = []
  }
  if (naam.length > 0) rows.push({ naam: naam.join(' '), identificatie: '', from: lineAt(naamStart), to: lineAt(stream.length - 1) })
  // A line of description below each name: the row's toelichting.
  if (!descriptionBelow(naamLines)) return rows
  return rows.map((r, k) => {
    const own = naamLines[k]
    if (own === undefined || own.length < 2) return r
    return { ...r, naam: cleanNaam(own.slice(0, -1).join(' ')), toelichting: own[own.length - 1] as string }
  })
}

/** At most so many words of a wrapped naam stand between an identifier and its rest. */
const MAX_NAAM_WORDS = 12

/** An identifier that stops inside its expression (`…/nld@2025-`): no version yet. */
function incompleteIdentifier(id: string): boolean {
  return /@[\d-]*$/u.test(id)
}

/** Whether `token` is the rest of the identifier `id`: together they end in a date and version. */
function identifierRest(id: string, token: string): boolean {
  return /^[\d-]+;[0-9A-Za-z-]+$/u.test(token) && /@\d{4}-?\d{2}-?\d{2};[0-9A-Za-z-]+$/u.test(id + token)
}

interface LineWords {
  /** Index of the line in the table's lines. */
  readonly k: number
  readonly words: string[]
}

/**
 * Rows from the re-joined stream of a table with a column after the identifier (`Naam Identificatie Toelichting`):
 * the extraction gives each row's cells in turn, so the words between two identifiers are the first row's
 * toelichting and then the next row's naam. A naam on the line where its identifier starts is the whole naam;
 * otherwise the naam begins at the first later line that starts with a capital or digit (not the rest of a word
 * broken at the line before), the lines above it being the toelichting.
 */
function trailingStreamRows(lines: readonly SourceLine[], context: { vocabulary: Vocabulary }): GioRow[] {
  const joined = joinWithOffsets(lines.map((l) => l.text), context.vocabulary)
  const stream = joined.text
  const indexAt = (offset: number): number => lineIndexOf(joined.starts, offset)
  const line = (k: number): number => (lines[k] as SourceLine).line
  const rows: GioRow[] = []
  // Words since the last identifier, per line index.
  let pending: LineWords[] = []
  const add = (k: number, word: string): void => {
    const last = pending[pending.length - 1]
    if (last && last.k === k) last.words.push(word)
    else pending.push({ k, words: [word] })
  }
  const settle = (idLine: number): { naam: string; from: number } => {
    const prev = rows[rows.length - 1]
    const inline = pending.length > 0 && (pending[pending.length - 1] as LineWords).k === idLine ? (pending.pop() as LineWords) : undefined
    let split = pending.length
    // Cells given one by one with blank lines between (`hele provincie` | `Veenweidegebied`): the naam is the last.
    const gap = pending.findLastIndex((p, j) => j > 0 && line(p.k) - line((pending[j - 1] as LineWords).k) > 1)
    if (inline === undefined && prev !== undefined && gap > 0) split = gap
    else if (inline === undefined) {
      // Not after a line that ends in a comma or hyphen: the toelichting goes on (`Scheveningen, Segbroek,` | `Loosduinen`).
      const first = prev === undefined ? 0 : pending.findIndex((p, j) => j > 0 && /^[\p{Lu}\d]/u.test(p.words[0] as string) && !/[-,]$/u.test((pending[j - 1] as LineWords).words.at(-1) as string))
      // No later line starts the naam: a naam that starts in capitals and goes on after a comma (`Vaarweg Lemmer–Delfzijl,`
      // | `Flevolands deel`) is whole, its row's toelichting having gone with the previous row.
      split = first >= 0 ? first : prev !== undefined && /^[\p{Lu}\d]/u.test(pending[0]?.words[0] ?? '') ? 0 : Math.max(0, pending.length - 1)
    }
    const toelichting = pending.slice(0, split).flatMap((p) => p.words).join(' ')
    if (prev && toelichting) prev.toelichting = toelichting
    if (prev && split > 0) prev.to = Math.max(prev.to, line((pending[split - 1] as LineWords).k))
    const naamParts = [...pending.slice(split), ...(inline ? [inline] : [])]
    const from = naamParts.length > 0 ? line((naamParts[0] as LineWords).k) : line(idLine)
    pending = []
    return { naam: naamParts.flatMap((p) => p.words).join(' '), from }
  }
  // An identifier that stops before its version (`…-2027-` at a page's foot) goes on in the next word that ends
  // with one (`zoekgebieden-windenergie/nld@2027-06-09;1` below the repeated header), past its toelichting.
  let open: GioRow | undefined
  const re = /\S+/gu
  for (let m = re.exec(stream); m; m = re.exec(stream)) {
    const token = m[0]
    if (!IDENTIFIER.test(token)) {
      if (open && /^[\w.@/-]+;\d+$/u.test(token)) {
        open.identificatie += token
        open.to = Math.max(open.to, line(indexAt(m.index)))
        open = undefined
      } else add(indexAt(m.index), token)
      continue
    }
    const { naam, from } = settle(indexAt(m.index))
    const row: GioRow = { naam: cleanNaam(naam), identificatie: token, from, to: line(indexAt(m.index + token.length - 1)) }
    rows.push(row)
    open = /;\d+$/u.test(token) ? undefined : row
  }
  // After the last identifier: its row's toelichting.
  const prev = rows[rows.length - 1]
  if (prev && pending.length > 0) {
    prev.toelichting = pending.flatMap((p) => p.words).join(' ')
    prev.to = Math.max(prev.to, line((pending[pending.length - 1] as LineWords).k))
  } else if (pending.length > 0) rows.push({ naam: pending.flatMap((p) => p.words).join(' '), identificatie: '', from: line((pending[0] as LineWords).k), to: line((pending[pending.length - 1] as LineWords).k) })
  return rows
}

/** The source line of the stream offset: the last line starting at or before it (binary search, starts ascending). */
function lineOf(starts: readonly number[], lines: readonly SourceLine[], offset: number): number {
  return (lines[lineIndexOf(starts, offset)] as SourceLine).line
}

/** The index of the line the stream offset falls in: the last start at or before it (binary search, starts ascending). */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
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
