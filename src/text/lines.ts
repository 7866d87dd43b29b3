/**
 * Text → source lines: strips a BOM, accepts LF/CRLF/CR and form feeds, keeps every line's original number,
 * collapses runs of spaces and notes which lines start a new PDF page (one leading space or a form feed).
 */

import type { Finding, SourceOrigin } from '../model/index.js'

/** One non-blank line of the source, with the number it has in the file as given (from 1). */
export interface SourceLine {
  readonly line: number
  /** The line's text, trimmed, with runs of spaces and tabs collapsed to one space. */
  readonly text: string
  /** True when the extraction marks this line as the first of a new PDF page. */
  readonly pageStart: boolean
  /** The page the line is on (from 0), counted by form feeds; 0 throughout when the text has none. */
  readonly page: number
  /**
   * The line as laid out (tabs expanded, glyphs normalised, trailing space removed), for reading columns and
   * tables of `pdftotext -layout` output; `indent` is its count of leading spaces.
   */
  readonly raw: string
  readonly indent: number
  /** What a PDF or DOCX reader knows of the line beyond its text (typography, styles, numbering); absent for text. */
  readonly hints?: LineHints
}

/**
 * What a PDF or DOCX reader gives the one structurer (`readLines`): its lines in reading order (numbered from 1 in the
 * reader's own count), where each line is for a person (`origins[line]`), findings of its own, and whether page
 * furniture still has to be found by repetition (PDF) or is apart by construction (DOCX headers and footers).
 */
export interface FormatLines {
  readonly lines: readonly SourceLine[]
  readonly origins: readonly (SourceOrigin | undefined)[]
  readonly findings: readonly Finding[]
  readonly furniture: boolean
  /** The source's figures with their image, when the reader was asked for them (their caption lines hint `figure`). */
  readonly images?: readonly SourceImage[]
}

/** A raster figure of the source: its caption's line (in the reader's count) and the image (PNG or JPEG bytes). */
export interface SourceImage {
  readonly line: number
  /** The PDF page it stands on, from 1 (its file name in the package says `p<page>`). */
  readonly page?: number
  /** The DOCX paragraph (alinea) it stands in, from 1 (its file name says `a<alinea>`). */
  readonly alinea?: number
  readonly bytes: Uint8Array
  readonly formaat: 'image/png' | 'image/jpeg'
  /** The width it is drawn at, in inches, when the source says so apart from the file (a DOCX drawing's extent). */
  readonly inches?: number
}

/**
 * What a source format says about a line itself, so that the one block builder (`toBlocks`) trusts it over its
 * guesses from text alone. A reader sets only what its format really tells.
 */
export interface LineHints {
  /**
   * `true`: the line ends its paragraph (a DOCX paragraph; a PDF line followed by paragraph spacing); `false`: the
   * paragraph goes on with the next line. Absent: decided from punctuation and line length as for text.
   */
  readonly paragraphEnd?: boolean
  /**
   * The line is a heading by the source's own means (heading style or outline level, typography): `level` its depth
   * from 1; 0 for a kop without a place in the outline (a bold body-size line: a run-in heading). A numbered
   * heading's number is in the line's text (`2.1 Titel`, also when the source computed it, as Word does).
   */
  readonly heading?: { readonly level: number }
  /**
   * The line starts a list item by the source's own means (DOCX numbering, a PDF bullet glyph): `depth` from 0 and
   * the marker of a numbered list (`1.`, `a)`), absent for bullets. The line's text does not contain the marker.
   */
  readonly listItem?: { readonly depth: number; readonly marker?: string }
  /** The line is the caption of a figure whose image the reader took from the source (`FormatLines.images`). */
  readonly figure?: boolean
  /** The line stands for a table of the source (DOCX `w:tbl`): its cells, `header` leading rows form the head. */
  readonly table?: { readonly header: number; readonly rows: readonly (readonly string[])[] }
  /** Footnotes whose mark stands in this line's text (a PDF's page foot, DOCX footnotes.xml): they become STOP Noot. */
  readonly noten?: readonly SourceNote[]
}

/** A footnote of the source: its mark as it stands in the text (`²`), the number it prints, its text. */
export interface SourceNote {
  readonly mark: string
  readonly nummer: string
  readonly text: string
}

/** Splits `text` into its non-blank lines. Blank lines carry no meaning (extractors differ in how many they emit). */
export function toSourceLines(text: string): SourceLine[] {
  const raw = text.startsWith('\uFEFF') ? text.slice(1) : text
  const out: SourceLine[] = []
  const parts = raw.split(/\r\n|\r|\n/)
  let page = 0
  let pendingBreak = false
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    const formFeeds = countFormFeeds(part)
    const plain = part.replace(/\f/g, '')
    const laid = normalizeGlyphs(expandTabs(plain))
    const collapsed = laid.replace(/[ \u00A0]+/g, ' ').trim()
    // A form feed ends a page: pdftotext writes it before the first line of the next page.
    if (formFeeds > 0) {
      page += formFeeds
      pendingBreak = true
    }
    if (collapsed === '') continue
    const indent = laid.length - laid.trimStart().length
    out.push({ line: i + 1, text: collapsed, pageStart: pendingBreak || /^ \S/.test(plain), page, raw: laid.replace(/\u00A0/g, ' '), indent })
    pendingBreak = false
  }
  return out
}

function countFormFeeds(s: string): number {
  let n = 0
  for (let i = s.indexOf('\f'); i >= 0; i = s.indexOf('\f', i + 1)) n++
  return n
}

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s
  let out = ''
  for (const c of s) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c
  return out
}

const LIGATURES: Readonly<Record<string, string>> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' }

/**
 * Undoes what PDF extraction adds to the glyphs: ligatures become their letters; a soft hyphen inside a line is
 * invisible and goes, one at the end of a line becomes `\u00AD` marker kept for the joiner (see dehyphenate.ts).
 */
function normalizeGlyphs(line: string): string {
  const trimmed = line.trimEnd()
  const softEnd = trimmed.endsWith('\u00AD')
  const plain = trimmed
    .replace(/\u00AD/gu, '')
    .replace(/[\uFB00-\uFB06]/gu, (c) => LIGATURES[c] ?? c)
    .replace(SPLIT_INITIAL, '$1$2$3')
  return softEnd ? `${plain}\u00AD` : plain
}

/** A chapter label whose first letter the layout set apart (a larger or spaced initial): `D eel A`, `H oofdstuk 2`. */
const SPLIT_INITIAL = /^(\s*)([DHBPO]) (eel|oofdstuk|ijlage|aragraaf|nderdeel)(?=\s|:|$)/u

/** True when the content is not text: NUL bytes, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 65536)
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) bad++
  }
  return sample.length > 0 && bad / sample.length > 0.01
}
