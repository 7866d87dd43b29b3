/**
 * PDF-extracted text → document model (product.md §5): clean the lines, split at `Bijlage A` and the visie's
 * bijlagen, read the besluit, the lichaam and each bijlage, and report what the source lacks as findings.
 */
import { lineSpan, locateFinding, type Al, type Artikel, type Bijlage, type Document, type Finding, type InformatieobjectVermelding } from '../model/index.js'
import { titleKey, toBlocks, typicalLineWidth, type TextBlock } from '../text/blocks.js'
import { buildVocabulary, joinLines, repairIdentifierDate, type Vocabulary } from '../text/dehyphenate.js'
import { readColumns } from '../text/columns.js'
import { dropFurniture, type RemovedLine } from '../text/furniture.js'
import { looksBinary, toSourceLines, type SourceLine, type SourceNote } from '../text/lines.js'
import { letteredSubLevel, localOutline, type PlannedHeading } from '../text/local-outline.js'
import { documentLabels, headingCandidate, numberBesideTitle, romanValue, titleContinues, trailingChapterNumbers, withHeadingLabels } from '../text/headings.js'
import { wordCases } from '../text/case.js'
import { textNotes } from '../text/notes.js'
import { joinPieces } from '../text/pieces.js'
import { dropToc, isContentsTitle, tocCase, tocTitles } from '../text/toc.js'
import { tocPlan } from '../text/toc-headings.js'
import { madeOpschrift, readBesluit, signatureFooters } from './besluit.js'
import { GIO_TITLE, gioRows, readBijlage, reportDuplicates, TABLE_HEADER, type BijlageHeading } from './bijlagen.js'
import { emptyDocument } from './empty.js'
import { al } from './inline.js'
import { finding } from './findings.js'
import { notesByLine, placeNoten } from './noten.js'
import { buildStructure, reportEmptyDivisies } from './structure.js'

/** The besluit's bijlage that holds the visie: `Bijlage A`, `bijlage 1 bij het raadsbesluit`, `BIJLAGE I`. */
const WIJZIGBIJLAGE = /^(?:Bijlage|BIJLAGE|bijlage)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b[.:]?\s*(.*)$/u
/** `Bijlage bij het besluit …`, `Bijlage behorende bij …`: the bijlage without a number. */
const WIJZIGBIJLAGE_ZONDER_NUMMER = /^(?:Bijlage|BIJLAGE)\s+(?:bij|behorende bij|horende bij)\b\s*(.*)$/u
/** `Bijlage: Omgevingsvisie …`, `Bijlage – Rijswijk; gezonde …`: the bijlage without a number, its title after a colon or dash. */
const WIJZIGBIJLAGE_MET_TITEL = /^(?:Bijlage|BIJLAGE)\s*[:–—-]\s+(\p{Lu}.{3,150})$/u
/** A bijlage of the visie: `Bijlage I Overzicht informatieobjecten`, `Bijlage 2: Begrippen`, `BIJLAGE B`. */
const BIJLAGE = /^(?:Bijlage|BIJLAGE|bijlage(?=\s+\S+\s+\p{Lu}|\s+\S+\s*[–—:]\s+\p{L}))\s+([IVXLC]+|\d{1,2}[a-z]?|[A-H])\b[.:]?\s*(?:[–—·|-]\s*)?(.*)$/u
/**
 * A bijlage that says it belongs to the visie, its title after a colon: `Bijlage 1 bij de Omgevingsvisie Losser:
 * Werkingsgebieden`, `Bijlage bij de visie: Werkingsgebieden gemeente Tubbergen` (a `bij het besluit` is the visie itself).
 */
const OF_VISIE = /^(?:Bijlage|BIJLAGE)(?:\s+([IVXLC]+|\d{1,2}|[A-H]))?\s+bij\s+(?:de|deze)\s+(?:omgevings)?visie\b[^:—–]{0,80}?\s*(?::|\s[—–-])\s*(\S.{1,100})$/iu
/** A bijlage of the visie without a number: `Bijlage Geografische informatieobjecten`, `Bijlage – Begrippen`. */
const UNNUMBERED = /^(?:Bijlage|BIJLAGE)(?:\s*[:.–—·|-]\s+(\p{L}\p{Ll}.{2,100})|\s+(\p{Lu}\p{Ll}.{2,100}))$/u
/** `Bijlage informatieobject`: a title in lower case, a few words that start no phrase (`Bijlage bij …`, `Bijlage en …`). */
const UNNUMBERED_LOWER = /^(?:Bijlage|BIJLAGE)\s+(?!(?:bij|van|over|in|op|en|of|is|wordt|behorende|horende|staat|geeft|bevat|de|het|een)\b)(\p{Ll}[\p{L}-]{3,}(?: [\p{L}-]+){0,4})$/u
/** The title of an unnumbered bijlage heading, whichever form it has. */
function unnumberedTitle(text: string): string | undefined {
  const m = UNNUMBERED.exec(text) ?? UNNUMBERED_LOWER.exec(text)
  return m ? (m[1] ?? m[2]) : undefined
}
const SLUITING = /^(?:(?:Aldus|Zo|aldus) (?:vastgesteld|besloten)\b|(?:Vastgesteld|Besloten) (?:in|door|tijdens) de\b)/u
const AFKONDIGING = /^(?:Besluit|besluit|BESLUIT|Besluiten|besluiten|BESLUITEN)(?:\s*[:;,]|\s*$|\s+(?:vast te stellen|om|tot het vaststellen|het volgende)\b)/u
const SPACED = /^(?:\p{L} ){3,}\p{L}(?: \d{1,2})?\s?:?$/u

export interface ReadResult {
  readonly document: Document
  readonly findings: Finding[]
}

export function readPdfText(text: string, file: string): ReadResult {
  if (looksBinary(text)) return { document: emptyDocument(file), findings: [finding('VISIE-100', file, 1)] }
  return readLines(toSourceLines(text), file)
}

export interface ReadLinesOptions {
  /** Whether to look for page furniture by repetition (not for DOCX, whose headers and footers are apart). */
  readonly furniture?: boolean
  /** Where each line is in a PDF or DOCX (see `Document.origins`); findings are stamped with it. */
  readonly origins?: Document['origins']
  /** The format reader's own findings, reported before the structurer's. */
  readonly findings?: readonly Finding[]
}

/**
 * The lines of any source format → document model: what a PDF or DOCX reader produces (lines with hints, see
 * `LineHints`) is read here exactly like extracted text.
 */
export function readLines(source: readonly SourceLine[], file: string, options: ReadLinesOptions = {}): ReadResult {
  // The document's own chapter labels (`Thema 1`, `Opgave 2`, `H3`) are headings' labels throughout the reading.
  // In laid-out text a label may stand in a column beside the other column's text (`Voorwoord      AMBITIE 2`): each
  // cell of a line in columns counts as a line of its own too.
  const cells = (l: SourceLine): string[] => {
    const parts = l.raw.split(/ {3,}/u).map((c) => c.trim()).filter((c) => c !== '')
    return l.hints || parts.length < 2 ? [] : parts.map((c) => joinSpacedLetters({ ...l, text: c }).text)
  }
  const labels = documentLabels(source.flatMap((l) => [joinSpacedLetters(l).text, ...cells(l)]))
  return withHeadingLabels(labels, () => readLabelled(source, file, options))
}

function readLabelled(source: readonly SourceLine[], file: string, options: ReadLinesOptions): ReadResult {
  const formatted = source.some((l) => l.hints)
  // Extracted text may hold a printed line in pieces between blank lines; a PDF or DOCX reader gives whole lines, and
  // so does `pdftotext -layout`, whose blank lines are the page's vertical space (a page number in the margin four
  // lines above a map's title is no piece of it).
  const pieces = formatted || laidOut(source) ? { lines: source, joined: [] } : joinPieces(source)
  const furniture = options.furniture === false ? { lines: pieces.lines, removed: [] } : dropFurniture(pieces.lines)
  const columns = readColumns(furniture.lines)
  // A PDF or DOCX reader gives its notes with their lines; in extracted text they stand at the page's foot.
  const noted = formatted ? { lines: columns, notes: new Map<number, readonly SourceNote[]>() } : textNotes(columns)
  const read =
    source.length === 0 && options.findings?.length
      ? { document: emptyDocument(file), findings: [] }
      : readCleanLines(noted.lines, file, furniture.removed.map((r) => r.line))
  read.findings.unshift(...furnitureFindings(furniture.removed, file))
  // Many lines in pieces: an extraction in blocks (`pdftotext` without `-raw`/`-layout`), which loses more than that.
  const first = pieces.joined[0]
  if (first && pieces.joined.length >= MIN_PIECES && !laidOut(source)) read.findings.unshift(finding('VISIE-117', file, first.line, { aantal: pieces.joined.length, voorbeeld: first.text }))
  const findings = [...(options.findings ?? []), ...read.findings]
  const document = placeNoten(read.document, new Map([...notesByLine(source), ...noted.notes]))
  const origins = options.origins
  if (!origins) return { document, findings }
  return { document: { ...document, origins }, findings: findings.map((f) => locateFinding(f, origins)) }
}

/** So many lines in pieces say the whole text was extracted in blocks, not by chance. */
const MIN_PIECES = 3

/** Text laid out as on the page (`pdftotext -layout`): many lines indented or with wide gaps between columns. */
function laidOut(lines: readonly SourceLine[]): boolean {
  let gapped = 0
  for (const l of lines) if (l.indent > 0 || /\S {3,}\S/u.test(l.raw)) gapped++
  return gapped > lines.length * 0.1
}

/** Each kind of furniture once: how many lines, and the first as example (VISIE-110). */
function furnitureFindings(removed: readonly RemovedLine[], file: string): Finding[] {
  const byKind = new Map<string, RemovedLine[]>()
  for (const r of removed) {
    const own = byKind.get(r.kind)
    if (own) own.push(r)
    else byKind.set(r.kind, [r])
  }
  return [...byKind].map(([kind, lines]) => {
    const first = (lines[0] as RemovedLine).line
    const soort = kind === '#' || kind === 'paginanummer' ? 'paginanummer' : kind === 'kopregel' ? 'kopregel (een kop herhaald als paginakop)' : 'kop- of voettekst'
    return finding('VISIE-110', file, first.line, { aantal: lines.length, soort, voorbeeld: first.text })
  })
}

function readCleanLines(kept: readonly SourceLine[], file: string, furniture: readonly SourceLine[] = []): ReadResult {
  const { lines: withoutToc, removed: toc } = dropToc(kept)
  const tocFindings = toc.length === 0 ? [] : [finding('VISIE-111', file, (toc[0] as SourceLine).line, { aantal: toc.length, tot: (toc[toc.length - 1] as SourceLine).line })]
  const lines = withoutToc.map(joinSpacedLetters)
  if (lines.length === 0) return { document: emptyDocument(file), findings: [finding('VISIE-101', file, 1)] }
  const findings: Finding[] = [...tocFindings]
  const lineWidth = typicalLineWidth(lines)
  const vocabulary = buildVocabulary(lines)
  const split = findVisie(lines, lineWidth)
  if (split.marker < 0 && split.start >= lines.length) findings.push(finding('VISIE-102', file, (lines[lines.length - 1] as SourceLine).line))
  const besluitLines = lines.slice(0, Math.min(split.marker < 0 || split.start < split.marker ? split.start : split.marker, lines.length))
  const footers = signatureFooters(besluitLines)
  if (footers.size > 0) {
    const first = [...footers][0] as SourceLine
    findings.push(finding('VISIE-110', file, first.line, { aantal: footers.size, soort: 'voettekst', reden: 'onderaan de pagina van het besluit, onder de ondertekening', voorbeeld: first.text }))
  }
  const parts = readBesluit(besluitLines.filter((l) => !footers.has(l)), { lineWidth, file, bijlage: split.nummer }, findings)
  // A marker below the title on the visie's title page is no line of the visie.
  const visie = lines.slice(split.start).filter((_, k) => split.start + k !== split.marker)
  const bijlageAt = bijlageHeadings(visie, lineWidth, split.marker < 0 ? undefined : split.nummer)
  const lichaamLines = visie.slice(0, bijlageAt[0] ?? visie.length)
  const besluitText = besluitLines.map((l) => l.text).join(' ')
  const titel = visieTitle(lichaamLines, besluitText)
  // No title of its own before the first heading (a title page whose title is also every page's header, gone with the
  // furniture): the name the besluit adopts is the opschrift, and no line of the text is taken for it.
  const titelLines = titel < 0 ? [] : titleLines(lichaamLines, titel, lineWidth, besluitText)
  const opschriftLine = titel < 0 ? undefined : lichaamLines[titel]
  const opschrift = titel < 0 ? adoptedName(besluitText) : joinLines(titelLines.map((l) => l.text), vocabulary)
  // A contents title whose entries are gone (a contents page the extraction left empty) opens no text of the visie.
  let skip = Math.max(0, titel) + titelLines.length
  while (skip < lichaamLines.length && isContentsTitle((lichaamLines[skip] as SourceLine).text)) skip++
  const body = trailingChapterNumbers(numberBesideTitle(lichaamLines.slice(skip)))
  const titles = tocTitles(toc, furniture)
  const cases = wordCases(body)
  // The running headers' parts (`Samen naar een toekomstbestendige Bommelerwaard · Omgevingsvisie …`): titles spelt whole.
  const headerTitles = new Set(furniture.flatMap((l) => l.text.split(/\s+[·|•–—]\s+/u)).filter((t) => t.split(' ').length >= 2).map(titleKey))
  const blocks = lichaamBlocks(body, tocTitles(toc), { vocabulary, lineWidth, file, findings, titles: headerTitles }).map((b) =>
    b.kind === 'heading' && b.nummer !== '' ? { ...b, opschrift: tocCase(b.nummer, b.opschrift, titles, cases) } : b,
  )
  reportHeadings(blocks, file, findings)
  // A visie of some length without any heading is a reading gone wrong (or a source without structure): say so.
  if (body.length >= MIN_LINES_FOR_HEADINGS && !blocks.some((b) => b.kind === 'heading')) {
    findings.push(finding('VISIE-112', file, (body[0] as SourceLine).line, { regels: body.length }))
  }
  const lichaam = buildStructure(blocks)
  reportEmptyDivisies(lichaam, file, findings)
  const bijlagen: Bijlage[] = []
  const informatieobjecten: InformatieobjectVermelding[] = []
  bijlageAt.forEach((start, k) => {
    const headingLine = visie[start] as SourceLine
    const ofVisie = OF_VISIE.exec(headingLine.text)
    const m = ofVisie
      ? // The title after `Bijlage bij de visie:` is a title of its own: `werkingsgebieden` → `Werkingsgebieden`.
        (['', ofVisie[1] ?? '', (ofVisie[2] as string).replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('nl'))] as unknown as RegExpExecArray)
      : // A bijlage found by its GIO table (`gioTableTitle`) has its title line as it stands.
        (BIJLAGE.exec(headingLine.text) ?? (['', '', unnumberedTitle(headingLine.text) ?? headingLine.text] as unknown as RegExpExecArray))
    let opschrift = (m[2] as string).trim()
    let bodyStart = start + 1
    const next = visie[bodyStart]
    if (opschrift === '' && next && next.text.length < lineWidth * 0.8 && !TERMINAL_PUNCT.test(next.text)) {
      opschrift = next.text
      bodyStart++
    } else if (opschrift !== '' && next && titleContinues(opschrift, next.text, lineWidth) && !next.text.includes('/join/')) {
      // A title that wraps (`Bijlage A. Werkingsgebieden van de` | `omgevingsvisie`).
      opschrift = joinLines([opschrift, next.text], vocabulary)
      bodyStart++
    }
    const heading: BijlageHeading = { nummer: m[1] as string, opschrift, line: headingLine.line }

    const body = visie.slice(bodyStart, bijlageAt[k + 1] ?? visie.length)
    const read = readBijlage(heading, body, { vocabulary, lineWidth, file, findings })
    bijlagen.push(read.bijlage)
    informatieobjecten.push(...read.informatieobjecten)
  })
  // Without a GIO bijlage, an artikel of the besluit may list the GIOs itself (`Gemeente Elburg: /join/id/…`).
  let artikelen = parts.artikelen
  if (informatieobjecten.length === 0) {
    artikelen = artikelGios(parts.artikelen, besluitLines, { vocabulary, lineWidth }, informatieobjecten)
    reportDuplicates(informatieobjecten, file, findings)
  }
  // A besluit headed only by its kind or a subject line gets an opschrift made of its maker and the visie's name.
  const besluitOpschrift = parts.opschriftGeneric === true && parts.maker !== undefined && opschrift !== '' ? madeOpschrift(parts.maker, opschrift) : parts.opschrift
  if (besluitOpschrift !== parts.opschrift) findings.push(finding('VISIE-118', file, parts.opschriftLine, { tekst: parts.opschrift, opschrift: besluitOpschrift }))
  const aLine = split.marker < 0 ? undefined : (lines[split.marker] as SourceLine)
  const lastLine = (lines[lines.length - 1] as SourceLine).line
  const aKop = split.kop
  const document: Document = {
    type: 'document',
    file,
    besluit: {
      type: 'besluit',
      opschrift: besluitOpschrift,
      aanhef: parts.aanhef,
      artikelen,
      ...(parts.sluiting ? { sluiting: parts.sluiting } : {}),
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: split.nummer, ...(aKop ? { opschrift: aKop } : {}), ...(aLine ? { position: lineSpan(aLine.line) } : {}) },
        regeling: {
          type: 'regelingVrijetekst',
          opschrift,
          lichaam,
          bijlagen,
          ...(opschriftLine ? { position: lineSpan(opschriftLine.line, lastLine) } : {}),
        },
        ...(aLine ? { position: lineSpan(aLine.line, lastLine) } : {}),
      },
      position: lineSpan(parts.opschriftLine, lastLine),
    },
    informatieobjecten,
    position: lineSpan((lines[0] as SourceLine).line, lastLine),
  }
  return { document, findings }
}

const TERMINAL_PUNCT = /[.!?:;,]["”’')\]]*$/u
/** A visie body this long has headings; a shorter one (a test text, a one-page visie) may not. */
const MIN_LINES_FOR_HEADINGS = 60

/** The previous line is full and unpunctuated, so `l` goes on with its sentence (unless the source ends the paragraph). */
function runsOn(prev: SourceLine | undefined, l: SourceLine, lineWidth: number): boolean {
  return prev !== undefined && !l.pageStart && prev.hints?.paragraphEnd !== true && prev.text.length >= lineWidth * 0.85 && !TERMINAL_PUNCT.test(prev.text)
}

/** `b e s l u i t :` → `besluit:` (letter-spaced words in besluiten). */
function joinSpacedLetters(l: SourceLine): SourceLine {
  if (!SPACED.test(l.text)) return l
  // `D E E L A` is a label and its number: `DEEL A`, not `DEELA`.
  // `A M B I T I E 1` likewise: `AMBITIE 1`.
  const joined = l.text
    .replace(/ /gu, '')
    .replace(/^(DEEL|Deel|HOOFDSTUK|Hoofdstuk|BIJLAGE|Bijlage|ONDERDEEL|Onderdeel)([A-H]|[IVX]{1,5}|\d{1,2})$/u, '$1 $2')
    .replace(/^(\p{L}{2,})(\d{1,2})$/u, '$1 $2')
  return { ...l, text: joined }
}

interface VisieSplit {
  /** Index of the line that introduces the visie as bijlage of the besluit, or -1. */
  readonly marker: number
  /** Index of the visie's first line: after the marker, or the top of the title page the marker stands on. */
  readonly start: number
  /** The bijlage's nummer (`A` when the source has none). */
  readonly nummer: string
  /** The rest of the marker line (`Bijlage bij artikel I`). */
  readonly kop?: string
}

/**
 * Where the besluit ends and the visie begins: the besluit's bijlage (`Bijlage A`, `bijlage 1 bij het besluit`) after
 * the besluit has decided (`besluit:` or an Artikel), at the start of a block; else the first page after the
 * besluit's closing (`Aldus vastgesteld …` and the signatures); else the first line that names a visie after it.
 */
function findVisie(lines: readonly SourceLine[], lineWidth: number): VisieSplit {
  const decided = lines.findIndex((l) => AFKONDIGING.test(l.text) || ARTIKEL.test(l.text))
  // The marker stands right after the besluit: at the latest on the page after its closing words (a `Bijlage 1`
  // further on is the visie's own bijlage).
  const closing = lines.findIndex((l, i) => i > decided && SLUITING.test(l.text))
  const nextPage = closing < 0 ? -1 : lines.findIndex((l, i) => i > closing && l.pageStart)
  const firstChapter = lines.findIndex((l, i) => i > decided && isFirstChapter(l.text, lines[i + 1]?.text))
  // The page after the closing may be the visie's title page with the marker below the title (`Omgevingsvisie X` |
  // `Bijlage 1 bij het besluit van …`): its first lines are looked at too.
  const titlePageEnd = nextPage < 0 ? -1 : lines.findIndex((l, i) => i > nextPage && l.pageStart)
  const limit =
    closing < 0
      ? firstChapter < 0 ? lines.length : firstChapter
      : Math.min(lines.length, nextPage < 0 ? closing + 15 : Math.max(nextPage + 3, Math.min(nextPage + TITLE_PAGE_LINES, titlePageEnd < 0 ? lines.length : titlePageEnd)))
  for (let i = Math.max(0, decided); i < limit; i++) {
    const l = lines[i] as SourceLine
    const prev = lines[i - 1]
    if (l.text.length > 200 || /[,;]$/u.test(l.text)) continue
    if (runsOn(prev, l, lineWidth)) continue
    const numbered = WIJZIGBIJLAGE.exec(l.text)
    // (In lower case after the marker only what ties it to the besluit: `bij het raadsbesluit …`, `artikel I`.)
    if (numbered && !/^\p{Ll}/u.test(numbered[2] as string) || (numbered && /^(?:bij|behorende|horende|artikel|als bedoeld)\b/u.test(numbered[2] as string))) {
      const rest = (numbered[2] as string).trim()
      const kop = rest ? { kop: rest } : {}
      // Below a title on the title page: the visie starts at the page's top, its title above the marker.
      const top = nextPage >= 0 && i > nextPage && i < (titlePageEnd < 0 ? lines.length : titlePageEnd) ? nextPage : -1
      if (top >= 0 && lines.slice(top, i).some((t) => /visie/iu.test(t.text))) return { marker: i, start: top, nummer: numbered[1] as string, ...kop }
      return { marker: i, start: i + 1, nummer: numbered[1] as string, ...kop }
    }
    const plain = WIJZIGBIJLAGE_ZONDER_NUMMER.exec(l.text)
    if (plain) return { marker: i, start: i + 1, nummer: 'A', kop: l.text.replace(/^\S+\s+/u, '') }
    // `Bijlage: Omgevingsvisie gemeente Staphorst 2.0`: the bijlage without a number, named after the visie it holds.
    // (Also a title without the word that the besluit names: `Bijlage: Rijswijk; gezonde buitenplaats in de metropool`.)
    const named = WIJZIGBIJLAGE_MET_TITEL.exec(l.text)
    if (named && (/visie/iu.test(named[1] as string) || comparable(lines.slice(0, i).map((b) => b.text).join(' ')).includes(comparable(named[1] as string)))) {
      return { marker: i, start: i + 1, nummer: 'A', kop: named[1] as string }
    }
    // `Bijlage` on a line of its own (also letter-spaced, `B i j l a g e`) after the besluit.
    if (/^(?:Bijlage|BIJLAGE)[:.]?$/u.test(l.text)) return { marker: i, start: i + 1, nummer: 'A' }
  }
  const sluiting = lines.findIndex((l, i) => i > decided && SLUITING.test(l.text))
  if (decided >= 0 && sluiting >= 0) {
    const page = lines.findIndex((l, i) => i > sluiting && l.pageStart)
    if (page >= 0) return { marker: -1, start: page, nummer: 'A' }
    const named = lines.findIndex((l, i) => i > sluiting && /visie/iu.test(l.text) && l.text.length < lineWidth * 0.8)
    if (named >= 0) return { marker: -1, start: named, nummer: 'A' }
  }
  // No marker and no closing words: the besluit ends after its last artikel, the visie begins on a page of its own
  // (a title page) before its first chapter.
  if (decided >= 0 && firstChapter > decided) {
    const start = visieStartBefore(lines, decided, firstChapter, lineWidth)
    return { marker: -1, start, nummer: 'A' }
  }
  return { marker: -1, start: lines.length, nummer: 'A' }
}

/**
 * The visie's first line when the besluit has no bijlage line and no closing words: after the besluit's last
 * artikel, the first page that begins with the visie's title (a short line naming a visie), else the first page
 * after the signatures, else the title line itself; the first chapter when nothing precedes it.
 */
function visieStartBefore(lines: readonly SourceLine[], decided: number, firstChapter: number, lineWidth: number): number {
  let lastArtikel = decided
  for (let i = decided; i < firstChapter; i++) if (ARTIKEL.test((lines[i] as SourceLine).text)) lastArtikel = i
  const isTitle = (l: SourceLine): boolean => /visie/iu.test(l.text) && l.text.length < lineWidth * 0.8 && !/[.;,:]$/u.test(l.text)
  const pages: number[] = []
  for (let i = lastArtikel + 1; i <= firstChapter; i++) if ((lines[i] as SourceLine).pageStart) pages.push(i)
  const titled = pages.find((p) => lines.slice(p, Math.min(p + 4, firstChapter)).some(isTitle))
  if (titled !== undefined) return titled
  if (pages.length > 0) return pages[0] as number
  for (let i = lastArtikel + 1; i < firstChapter; i++) if (isTitle(lines[i] as SourceLine) && !runsOn(lines[i - 1], lines[i] as SourceLine, lineWidth)) return i
  return firstChapter
}

/** How far into the visie's title page the marker of the besluit's bijlage is looked for. */
const TITLE_PAGE_LINES = 8

const ARTIKEL = /^(?:(?:Artikel|ARTIKEL)\s+(?:[IVX]+|\d+)|(?:Enig|ENIG)\s+(?:artikel|ARTIKEL))\b/u

/** `1 Inleiding`, `Hoofdstuk 1 …`, `0. Leeswijzer` on one line: where a visie's body begins. */
function isFirstChapter(text: string, next: string | undefined): boolean {
  const c = headingCandidate(text, next)
  return c !== undefined && (c.span === 1 || c.label !== undefined) && c.path.length === 1 && (c.path[0] === 0 || c.path[0] === 1) && c.scheme === 'hoofdstuk'
}

/**
 * The line of the visie's title: where its first lines give the name the besluit adopts (`Nijmegen` | `stad in
 * beweging` for the `Omgevingsvisie Nijmegen stad in beweging`), else the first of them that names a visie, else
 * its first line.
 */
function visieTitle(lines: readonly SourceLine[], besluit = ''): number {
  const named = adoptedNames(besluit)
  const first = lines.slice(0, 6)
  for (let k = 0; k < first.length; k++) {
    for (let m = 1; m <= 3 && k + m <= first.length; m++) {
      const run = comparable(first.slice(k, k + m).map((l) => l.text).join(' '))
      if (run.split(' ').length >= 2 && named.some((n) => n.endsWith(run))) return k
    }
  }
  // (Not a numbered heading that names the word: `§ 1.1 Waarom een omgevingsvisie?`.)
  const numberedHeading = (l: SourceLine, j: number): boolean => {
    const c = headingCandidate(l.text, first[j + 1]?.text)
    return c !== undefined && (/^[\d§]/u.test(l.text) || c.label === 'Hoofdstuk')
  }
  const k = first.findIndex((l, j) => /visie/iu.test(l.text) && l.text.length <= 120 && !/[.;,]$/u.test(l.text) && !numberedHeading(l, j))
  // A numbered heading before it (or before any line with the word): the text starts with its first chapter, after at
  // most a subtitle; the line found is text, not a title.
  const heading = first.findIndex(numberedHeading)
  // (Also a line with the word after a chapter heading: a sentence of its text, `Met de omgevingsvisie … geven we`.)
  if (heading >= 0 && (heading <= 1 || (k >= 0 && heading < k)) && (k < 0 || heading < k) && adoptedName(besluit) !== '') return -1
  return Math.max(0, k)
}

/** The name a besluit quotes after the word: `de omgevingsvisie "De vergezichten van Berg en Dal"`. */
const QUOTED_AFTER = /\b[Oo]mgevingsvisie\s+["“„]([^"“”]{3,120})["”]/gu

/** The name the besluit gives the visie it adopts, as written (`Omgevingsvisie Hoogeveen 2040`): its shortest form, or ''. */
function adoptedName(besluit: string): string {
  // A name the besluit quotes (`De "Omgevingsvisie gemeente Rijssen-Holten", met …`) is the name.
  // (Its subtitle after a colon aside: `“Omgevingsvisie Kerkrade 2050: Verrassend Kerkrade”`.)
  const quoted = /["“„]((?:[Oo]mgevingsvisie)\b[^"“”:]{3,120})[:"”]/u.exec(besluit)?.[1]?.trim()
  if (quoted !== undefined && quoted.split(' ').length >= 2) return quoted.replace(/^o/u, 'O')
  // The name quoted after the word: `de omgevingsvisie "De vergezichten van Berg en Dal"`.
  const after = [...besluit.matchAll(QUOTED_AFTER)][0]?.[1]?.trim()
  if (after !== undefined && after.split(' ').length >= 2) return after
  // (Not the draft's, `de ontwerp-omgevingsvisie van 6 juli …`, nor a date's: `de omgevingsvisie van 16 november …`.)
  const names = [...besluit.matchAll(/(?<!-)\b[Oo]mgevingsvisie\b[^,.;:()“”"]{3,120}/gu)]
    .map((m) => m[0].replace(/\s+(?:zoals|vast|als|met|die|welke|en de|te|opgenomen|wordt|worden|is|De|Het|gelet|gelezen)\b.*$/u, '').trim())
    .filter((n) => n.split(' ').length >= 2 && !/^\S+ van \d/u.test(n))
    .sort((a, b) => a.length - b.length)
  return (names[0] ?? '').replace(/^o/u, 'O')
}

/**
 * The names the besluit gives the visie it adopts, with a word before it (`Strategische Omgevingsvisie Dijk en
 * Waard`, `De Omgevingsvisie Nijmegen stad in beweging`), as comparable text.
 */
function adoptedNames(besluit: string): string[] {
  // (And the name it quotes after the word: `de omgevingsvisie "De vergezichten van Berg en Dal"`.)
  // (Its title before a colon too: `"Delfland 2050: waterbewust leven in een stedelijke delta"`.)
  const quoted = [...besluit.matchAll(QUOTED_AFTER)].flatMap((m) => [m[1] as string, (m[1] as string).split(':')[0] as string]).map(comparable)
  return [...besluit.matchAll(/(?:\p{Lu}\p{Ll}+ )?\b[Oo]mgevingsvisie\b[^,.;:()“”"]{3,120}/gu)]
    .map((m) => comparable(m[0].replace(/\s+(?:zoals|vast|als|met|die|welke|en de|te)\b.*$/u, '')))
    .concat(quoted)
    .filter((n) => n.split(' ').length >= 2)
}

/**
 * The title over its lines on a title page: `Omgevingsvisie` | `Bunnik 2040`, `Omgevingsvisie Edam-` | `Volendam`:
 * short lines of names and numbers go on with it, a subtitle in words (`Groen, verbonden en dorps`) does not, nor
 * the kop of the text below (`Voorwoord`). Where the besluit names the visie, that name decides: `Omgevingsvisie` |
 * `provincie Groningen 2040` is one title when the besluit adopts the `Omgevingsvisie provincie Groningen 2040`, and
 * `Omgevingsvisie Venlo 2040` | `Grensstad aan de Maas` is a title and its subtitle when it adopts the first alone.
 */
function titleLines(lines: readonly SourceLine[], at: number, lineWidth: number, besluit = ''): SourceLine[] {
  const out: SourceLine[] = []
  const first = lines[at]
  if (first === undefined) return out
  out.push(first)
  const named = comparable(besluit)
  const says = (parts: readonly SourceLine[]): boolean => named.includes(comparable(parts.map((p) => p.text.replace(/-$/u, '')).join(parts.some((p) => /-$/u.test(p.text)) ? '' : ' ')))
  for (let k = at + 1; k < lines.length && out.length < 3; k++) {
    const l = lines[k] as SourceLine
    const prev = out[out.length - 1] as SourceLine
    if (l.pageStart || headingCandidate(l.text, lines[k + 1]?.text)) break
    if (says([...out, l])) {
      out.push(l)
      continue
    }
    if (says(out) && !/-$/u.test(prev.text)) break
    // A PDF or DOCX that sets the next line in smaller type (a subtitle) or as text says it is no part of the title.
    if (prev.hints?.heading && smallerType(prev.hints.heading.level, l.hints?.heading?.level)) break
    if (!/-$/u.test(prev.text) && !NAME_LINE.test(l.text)) break
    // A short line above a paragraph is the paragraph's kop (`Voorwoord`), not the rest of the title.
    if (!/-$/u.test(prev.text) && /^\p{L}+$/u.test(l.text) && (lines[k + 1]?.text.length ?? 0) > lineWidth * 0.7) break
    out.push(l)
  }
  return out
}

/** Text to compare names in: lower case, one space (a subtitle the besluit quotes, `Vlieland “langzaam meebewegen”`, stays apart). */
function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim()
}

/**
 * Whether the next line (its heading level: 0 a kop in body type, absent no heading) is set in smaller type than a
 * title line of heading level `level`: plain text under a title (a subtitle in a paragraph style) is, too.
 */
function smallerType(level: number, next: number | undefined): boolean {
  if (next === undefined) return true
  return next === 0 ? level !== 0 : level !== 0 && next > level
}

/** A line of names and numbers: `Bunnik 2040`, `Aa en Maas 2050`, `NH2050`, `Rivierenland 2050`. */
const NAME_LINE = /^[\p{Lu}\d][\p{L}\d’'-]*(?: (?:[\p{Lu}\d&][\p{L}\d’'-]*|en|aan|de|van|op|der|den|'s)){0,4}$/u

/**
 * The visie's bijlagen: `Bijlage` lines at the start of a block whose numbers run in sequence from the first
 * (I, 1 or A, or the number after the besluit's own bijlage). A sentence that mentions `Bijlage I bij het Besluit bouwwerken leefomgeving` is no heading.
 */
function bijlageHeadings(visie: readonly SourceLine[], lineWidth: number, besluitBijlage: string | undefined): number[] {
  const out: number[] = []
  // Numbered from I, 1 or A; or on from the besluit's bijlage that holds the visie (`Bijlage I` the visie, `Bijlage II` its first).
  let expected: string[] = ['I', '1', 'A', ...(besluitBijlage ? [nextNummer(besluitBijlage)] : [])]
  for (let i = 0; i < visie.length; i++) {
    const l = visie[i] as SourceLine
    const ofVisie = OF_VISIE.exec(l.text)
    if (ofVisie && !/[.,;:]$/u.test(l.text) && expected.includes(ofVisie[1] ?? (expected.includes('I') ? 'I' : ''))) {
      out.push(i)
      expected = [ofVisie[1] === undefined ? '' : nextNummer(ofVisie[1])]
      continue
    }
    const lower = UNNUMBERED_LOWER.exec(l.text)
    const loose = UNNUMBERED.exec(l.text) ?? lower
    if (!BIJLAGE.exec(l.text) && loose && (expected.includes('I') || expected.includes('')) && !/[.,;:]$/u.test(l.text)) {
      const prev = visie[i - 1]
      if (runsOn(prev, l, lineWidth)) continue
      // A title in lower case only where a line of its own stands: at a page's top or after a finished sentence.
      if (lower && !UNNUMBERED.test(l.text) && !(l.pageStart || prev === undefined || TERMINAL_PUNCT.test(prev.text))) continue
      // The same line again further on: this one is its entry in a table of contents (a PDF keeps those lines).
      const same = (t: string): string => t.replace(/\s+\d{1,3}$/u, '')
      if (visie.slice(i + 1).some((o) => same(o.text) === same(l.text))) continue
      out.push(i)
      expected = ['']
      continue
    }
    const m = BIJLAGE.exec(l.text)
    if (!m || l.text.length > lineWidth || /[.,;:]$/u.test(l.text) && (m[2] as string) !== '') continue
    const rest = (m[2] as string).trim()
    if (/^(?:bij|van|over|in|op|en)\b/u.test(rest)) continue
    const prev = visie[i - 1]
    if (runsOn(prev, l, lineWidth)) continue
    const nummer = m[1] as string
    // A first bijlage set as a heading by the source (a heading style, heading type) may number on from another
    // document (`Bijlage 3 Kaarten` in the second part of a programme).
    // So may a first bijlage of text at a page's top or after a finished sentence that lists the GIOs (`Bijlage II
    // Overzicht Informatieobjecten`, the visie's other bijlage being a map that is no part of this text).
    const listsGios = (): boolean => (l.pageStart === true || prev === undefined || TERMINAL_PUNCT.test(prev.text)) && visie.slice(i + 1, i + 13).some((o) => /\/join\/id\/regdata\//u.test(o.text))
    if (!expected.includes(nummer) && !(out.length === 0 && /^\p{Lu}/u.test(rest) && (l.hints?.heading !== undefined || listsGios()))) continue
    out.push(i)
    expected = [nextNummer(nummer)]
  }
  const implicit = gioTableTitle(visie, out[out.length - 1] ?? 0, lineWidth)
  return implicit === undefined ? out : [...out, implicit]
}

/** A GIO table's header is at most so many lines below the title of its bijlage. */
const MAX_TITLE_DISTANCE = 12

/**
 * The title line of a bijlage that holds the GIO table but has no `Bijlage` in its heading (`Werkingsgebieden bij de
 * omgevingsvisie` above a few lines of introduction and `Naam Kaart Identificatie`), after the last bijlage found
 * (`from`) unless that one announces the GIO overview itself: the last short line without final punctuation above the
 * table's header, at a page's top or after a finished sentence, that is no numbered heading. Index into `visie`, or
 * undefined.
 */
function gioTableTitle(visie: readonly SourceLine[], from: number, lineWidth: number): number | undefined {
  // The last bijlage found announces the GIO overview (`Bijlage 2. Geometrische informatieobjecten`): the table is its.
  if (from > 0 && GIO_TITLE.test((visie[from] as SourceLine).text)) return undefined
  const first = visie.findIndex((l, k) => k >= from && l.text.includes('/join/id/regdata/'))
  if (first < 0) return undefined
  let header = -1
  for (let k = first - 1; k >= Math.max(from, first - 3); k--) if (TABLE_HEADER.test((visie[k] as SourceLine).text)) header = k
  if (header < 0) return undefined
  for (let k = header - 1; k > Math.max(from, header - MAX_TITLE_DISTANCE); k--) {
    const l = visie[k] as SourceLine
    const prev = visie[k - 1]
    if (l.text.length > lineWidth * 0.8 || TERMINAL_PUNCT.test(l.text) || /^\p{Ll}/u.test(l.text)) continue
    if (!(l.pageStart || prev === undefined || TERMINAL_PUNCT.test(prev.text))) continue
    return headingCandidate(l.text, visie[k + 1]?.text) ? undefined : k
  }
  return undefined
}

function nextNummer(n: string): string {
  if (/^\d+$/u.test(n)) return String(Number(n) + 1)
  if (/^[IVXLC]+$/u.test(n) && (n.length > 1 || n === 'I' || n === 'V' || n === 'X')) return toRoman(romanValue(n) + 1)
  return String.fromCharCode(n.charCodeAt(0) + 1)
}

function reportHeadings(blocks: readonly TextBlock[], file: string, findings: Finding[]): void {
  for (const b of blocks) {
    if (b.kind !== 'heading' || !b.expected) continue
    findings.push(finding('VISIE-103', file, b.from, { nummer: b.nummer, opschrift: b.opschrift, verwacht: b.expected.join(' of ') }))
  }
}

const ROMAN: readonly [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

function toRoman(n: number): string {
  let out = ''
  let rest = n
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters
      rest -= value
    }
  }
  return out
}

/**
 * The visie's lichaam as blocks: its headings by an outline numbered per level (`I.` | `1.` | `a.`) where the visie is
 * numbered so; else as the lines give them (with a lettered level below the decimal outline where it has one), read
 * a second time with the headings the table of contents (`contents`) lists and the first reading missed. VISIE-114 is
 * told of the lines of the last reading.
 */
function lichaamBlocks(
  body: readonly SourceLine[],
  contents: ReadonlyMap<string, string>,
  context: { vocabulary: Vocabulary; lineWidth: number; file: string; findings: Finding[]; titles?: ReadonlySet<string> },
): TextBlock[] {
  let notTaken: Finding[] = []
  const read = (plan: { planned?: ReadonlyMap<number, PlannedHeading>; exclusive?: boolean }): TextBlock[] => {
    notTaken = []
    return toBlocks(body, {
      vocabulary: context.vocabulary,
      lineWidth: context.lineWidth,
      numbered: true,
      ...(context.titles ? { titles: context.titles } : {}),
      ...plan,
      onNotTaken: (l, c, verwacht) => notTaken.push(finding('VISIE-114', context.file, l.line, { tekst: l.text, nummer: c.nummer, verwacht: verwacht.join(' of ') })),
    })
  }
  const local = localOutline(body, context.lineWidth)
  if (local) {
    const blocks = read({ planned: local, exclusive: true })
    context.findings.push(...notTaken)
    return blocks
  }
  const lettered = letteredSubLevel(body, context.lineWidth) ?? new Map<number, PlannedHeading>()
  let blocks = read({ planned: lettered })
  const fromContents = tocPlan(body, contents, blocks)
  if (fromContents) blocks = read({ planned: new Map([...lettered, ...fromContents]) })
  context.findings.push(...notTaken)
  return blocks
}

/**
 * Artikelen whose text lists GIOs (`Gemeente Elburg: /join/id/regdata/…`), each row as a paragraph of its naam and a
 * reference to the informatieobject, read by the bijlage's GIO reader from the artikel's lines; the GIOs are added to
 * `informatieobjecten`. Other artikelen as they are.
 */
function artikelGios(
  artikelen: readonly Artikel[],
  besluitLines: readonly SourceLine[],
  context: { vocabulary: Vocabulary; lineWidth: number },
  informatieobjecten: InformatieobjectVermelding[],
): Artikel[] {
  return artikelen.map((a) => {
    const span = a.position
    if (!span || !a.children.some((c) => JSON.stringify(c).includes('/join/id/'))) return a
    const own = besluitLines.filter((l) => l.line > span.start.line && l.line <= span.end.line)
    const { intro, tail, rows } = gioRows(own, context)
    if (rows.length === 0) return a
    const text = (part: readonly SourceLine[]): Al[] =>
      part.length === 0 ? [] : [al(joinLines(part.map((l) => l.text), context.vocabulary), (part[0] as SourceLine).line, (part[part.length - 1] as SourceLine).line)]
    const listed = rows.map((r): Al => {
      const position = lineSpan(r.from, r.to)
      const expression = repairIdentifierDate(r.identificatie) ?? r.identificatie
      informatieobjecten.push({ naam: r.naam, expression, work: expression.replace(/\/[a-z]{3}@.*$/u, ''), position })
      return { type: 'al', children: [{ type: 'text', value: `${r.naam}: `, position }, { type: 'extIoRef', ref: expression, position }], position }
    })
    return { ...a, children: [...text(intro), ...listed, ...text(tail)] }
  })
}
