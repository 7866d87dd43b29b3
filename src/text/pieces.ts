/**
 * Pieces of one printed line that an extraction wrote as blocks of their own. `pdftotext` without `-raw` or
 * `-layout` (and copying from a PDF viewer) cuts a line where a wide gap is: a heading number set apart from its
 * title, a bullet in its hanging indent, the page number at the end of a contents line, each becomes a block
 * between blank lines (`1.1` | `` | `Waarom een omgevingsvisie`). Joined again here, before anything else reads the
 * lines, so the rest of the reader sees the line as printed (`1.1 Waarom een omgevingsvisie`).
 *
 * A piece is joined only where the blank lines say it stood alone: a block of one line, with the next block on the
 * same page. Text without blank lines (`pdftotext -raw`) has no pieces.
 */
import { BULLET_GLYPHS } from './bullets.js'
import { titleLike } from './headings.js'
import type { SourceLine } from './lines.js'

/** A heading number alone: `1`, `2.3.`, `§ 4.1`, `IV`, `II.2`, `A.1`. */
const NUMBER = /^(?:§\s*)?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5}(?:\.\d{1,2}){0,3}|[A-H](?:\.\d{1,2}){1,3})\.?$/u
/** A bullet glyph alone: one the block reader knows, or the dash of a list. */
const BULLET = new RegExp(`^(?:${BULLET_GLYPHS}|[–-])$`, 'u')
/** A contents entry without its page number: a title that runs out in dot leaders. */
const LEADERS = /(?:\.\s?){4,}$/u
const PAGE_NUMBER = /^\d{1,3}$/u
/** The share of lines followed by a blank line above which blank lines separate lines, not blocks. */
const BLANK_EVERYWHERE = 0.9
/** A title that is a heading or bijlage of its own, not the rest of a bare number. */
const OWN_HEADING = /^(?:Hoofdstuk|HOOFDSTUK|Deel|DEEL|Bijlage|BIJLAGE|Artikel|ARTIKEL)\b/u

export function joinPieces(lines: readonly SourceLine[]): { lines: SourceLine[]; joined: SourceLine[] } {
  // A blank line after (nearly) every line, as some extractions write (the Assen seed): blank lines say nothing.
  let gaps = 0
  for (let i = 1; i < lines.length; i++) if ((lines[i] as SourceLine).line > (lines[i - 1] as SourceLine).line + 1) gaps++
  if (gaps >= (lines.length - 1) * BLANK_EVERYWHERE) return { lines: lines.slice(), joined: [] }
  const out: SourceLine[] = []
  const joinedLines: SourceLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const numbers = numberBlock(lines, i)
    if (numbers > 1) {
      // A block of numbers beside a block of as many titles (`2` `2.1` | `Kernkwaliteiten` `Grensland met beken`):
      // the heading numbers of a page whose numbers hang in the margin, written column by column.
      for (let k = 0; k < numbers; k++) out.push(joined(lines[i + k] as SourceLine, lines[i + numbers + k] as SourceLine))
      joinedLines.push(lines[i] as SourceLine)
      i += 2 * numbers - 1
      continue
    }
    let l = lines[i] as SourceLine
    let next = lines[i + 1]
    if (next !== undefined && alone(lines, i) && samePage(l, next) && joins(l.text, next)) {
      joinedLines.push(l)
      l = joined(l, next)
      next = lines[++i + 1]
    }
    if (next !== undefined && LEADERS.test(l.text) && PAGE_NUMBER.test(next.text) && next.line > (lines[i] as SourceLine).line + 1 && samePage(l, next)) {
      l = joined(l, next)
      i++
    }
    out.push(l)
  }
  return { lines: out, joined: joinedLines }
}

/** The length of the block of two or more heading numbers at `i` followed by a block of as many titles, or 0. */
function numberBlock(lines: readonly SourceLine[], i: number): number {
  const first = lines[i] as SourceLine
  const prev = lines[i - 1]
  if (!(prev === undefined || first.pageStart || prev.line < first.line - 1)) return 0
  let k = 0
  while (i + k < lines.length && NUMBER.test((lines[i + k] as SourceLine).text) && (k === 0 || consecutive(lines, i + k))) k++
  if (k < 2) return 0
  const titles = lines.slice(i + k, i + 2 * k)
  if (titles.length < k || !samePage(first, titles[0] as SourceLine) || (titles[0] as SourceLine).line === (lines[i + k - 1] as SourceLine).line + 1) return 0
  if (!titles.every((t, j) => (j === 0 || consecutive(lines, i + k + j)) && joins('1', t))) return 0
  const after = lines[i + 2 * k]
  return after === undefined || after.line > (titles[k - 1] as SourceLine).line + 1 ? k : 0
}

function consecutive(lines: readonly SourceLine[], j: number): boolean {
  const l = lines[j] as SourceLine
  return !l.pageStart && (lines[j - 1] as SourceLine).line === l.line - 1
}

function samePage(l: SourceLine, next: SourceLine): boolean {
  return next.page === l.page && !next.pageStart
}

/** Whether line `i` is a block of one line: a blank line (or a page's start) before it and a blank line after it. */
function alone(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i] as SourceLine
  const prev = lines[i - 1]
  const next = lines[i + 1]
  const before = prev === undefined || l.pageStart || prev.line < l.line - 1
  return before && next !== undefined && next.line > l.line + 1
}

function joins(piece: string, next: SourceLine): boolean {
  if (NUMBER.test(piece)) return titleLike(next.text.replace(LEADERS, '').trim()) && !OWN_HEADING.test(next.text) && !NUMBER.test(next.text) && !/^\d/u.test(next.text)
  if (BULLET.test(piece)) return /^[\p{L}\d‘'"“(]/u.test(next.text)
  return false
}

function joined(l: SourceLine, next: SourceLine): SourceLine {
  return { ...l, text: `${l.text} ${next.text}`, raw: `${l.raw} ${next.raw.trimStart()}` }
}
