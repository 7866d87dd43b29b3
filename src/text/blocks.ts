/**
 * Source lines → text blocks: numbered headings, run-in headings, paragraphs, bullet items and figure captions,
 * each with its joined (de-hyphenated) text and the original lines it came from. Paragraph ends are decided from
 * punctuation, line length and what follows, never from blank lines (product.md §5).
 */
import type { Inline } from '../model/index.js'
import { joinLines, type Vocabulary } from './dehyphenate.js'
import { HeadingSequence, numberedCandidate } from './headings.js'
import type { SourceLine } from './lines.js'

interface Lines {
  readonly from: number
  readonly to: number
}

export type TextBlock =
  | (Lines & {
      readonly kind: 'heading'
      readonly nummer: string
      readonly opschrift: string
      /** Nesting depth when it is not the number's (Markdown headings). */
      readonly level?: number
      /** The numbers the sequence allowed here, when this heading's number was not one of them. */
      readonly expected?: readonly string[]
    })
  | (Lines & { readonly kind: 'runin'; readonly nummer?: string; readonly opschrift: string })
  /** `inline`: the paragraph's content when it holds more than text (Markdown). */
  | (Lines & { readonly kind: 'paragraph' | 'caption'; readonly text: string; readonly inline?: readonly Inline[] })
  /**
   * A list item. `depth` is its nesting (0 = top level, from indentation or the marker's kind); `marker` the source's
   * own marker of a numbered list (`1.`, `a)`, `iii.`), absent for bullets.
   */
  | (Lines & {
      readonly kind: 'bullet'
      readonly text: string
      readonly inline?: readonly Inline[]
      readonly depth?: number
      readonly marker?: string
    })
  /** A table: `header` leading rows are the header (thead); every row has the same number of cells. */
  | (Lines & { readonly kind: 'table'; readonly header: number; readonly rows: readonly (readonly TableCell[])[] })
  /** An explicit end of the current Divisietekst (Markdown `***`). */
  | (Lines & { readonly kind: 'break' })

export interface TableCell {
  readonly text: string
  readonly inline?: readonly Inline[]
}

export interface BlockOptions {
  readonly vocabulary: Vocabulary
  /** Typical length of a full line in this extraction (characters). */
  readonly lineWidth: number
  /** Whether numbered headings are recognised (the visie's lichaam) or not (bijlagen). */
  readonly numbered: boolean
}

const BULLET = /^[•●▪◦·]\s*/u
const CAPTION = /^(?:Ruimtelijke schets|Figuur|Afbeelding|Kaart)\b[^:]{0,40}:\s*\S/u
const COLON_HEADING = /^(\d{1,2}): (\p{Lu}[^.;]*)$/u
const TERMINAL = /[.!?:;]["”’')\]]*$/u

/** Cuts a region of source lines into blocks. */
export function toBlocks(lines: readonly SourceLine[], options: BlockOptions): TextBlock[] {
  const blocks: TextBlock[] = []
  const sequence = new HeadingSequence()
  let open: { kind: 'paragraph' | 'bullet'; lines: SourceLine[] } | undefined
  const close = (): void => {
    if (!open) return
    const texts = open.lines.map((l) => l.text)
    if (open.kind === 'bullet') texts[0] = (texts[0] as string).replace(BULLET, '')
    const from = (open.lines[0] as SourceLine).line
    const to = (open.lines[open.lines.length - 1] as SourceLine).line
    blocks.push({ kind: open.kind, text: joinLines(texts, options.vocabulary), from, to })
    open = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine
    const prev = open?.lines[open.lines.length - 1]
    const next = lines[i + 1]
    const startsBlock =
      prev === undefined ||
      ended(prev.text, l.text, options.lineWidth) ||
      (TERMINAL.test(prev.text) && (isRunIn(l, next, options) || CAPTION.test(l.text)))
    const heading = options.numbered ? numberedCandidate(l.text) : undefined
    if (BULLET.test(l.text)) {
      close()
      open = { kind: 'bullet', lines: [l] }
    } else if (heading && !midSentence(prev, options.lineWidth) && (sequence.isExpected(heading.nummer) || (startsBlock && l.text.length < 70))) {
      close()
      const expected = sequence.isExpected(heading.nummer) ? undefined : sequence.expected()
      sequence.accept(heading.nummer)
      blocks.push({ kind: 'heading', ...heading, from: l.line, to: l.line, ...(expected ? { expected } : {}) })
    } else if (CAPTION.test(l.text) && startsBlock && !TERMINAL.test(l.text)) {
      close()
      blocks.push({ kind: 'caption', text: l.text, from: l.line, to: l.line })
    } else if (!startsBlock && open) {
      open.lines.push(l)
    } else if (COLON_HEADING.test(l.text) && l.text.length < 70) {
      close()
      const m = COLON_HEADING.exec(l.text) as RegExpExecArray
      blocks.push({ kind: 'runin', nummer: m[1] as string, opschrift: (m[2] as string).trim(), from: l.line, to: l.line })
    } else if (isRunIn(l, next, options)) {
      close()
      blocks.push({ kind: 'runin', opschrift: l.text, from: l.line, to: l.line })
    } else {
      close()
      open = { kind: 'paragraph', lines: [l] }
    }
  }
  close()
  return mergeSandwichedParagraphs(blocks, options.vocabulary)
}

/**
 * A paragraph between two bullet items is the rest of the first item: its last line looked like an end only
 * because bullet text is indented (narrower) in the PDF. A paragraph ending in `:` introduces a new list instead.
 */
function mergeSandwichedParagraphs(blocks: readonly TextBlock[], vocabulary: Vocabulary): TextBlock[] {
  const out: TextBlock[] = []
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock
    const before = out[out.length - 1]
    const after = blocks[i + 1]
    if (b.kind === 'paragraph' && before?.kind === 'bullet' && after?.kind === 'bullet' && !/:$/u.test(b.text)) {
      out[out.length - 1] = { ...before, text: joinLines([before.text, b.text], vocabulary), to: b.to }
    } else {
      out.push(b)
    }
  }
  return out
}

/**
 * A block ends at a line with final punctuation whose free space would have held the next line's first word:
 * a line that ends a sentence but is full continues the paragraph on the next line, and so does a next line in lower case.
 */
export function ended(line: string, next: string, lineWidth: number): boolean {
  if (!TERMINAL.test(line) || /^\p{Ll}/u.test(next)) return false
  const firstWord = next.split(' ')[0] ?? ''
  return line.length + 1 + firstWord.length <= lineWidth
}

/** The previous line is full and has no final punctuation: the sentence goes on, so a number here is not a heading. */
function midSentence(prev: SourceLine | undefined, lineWidth: number): boolean {
  return prev !== undefined && prev.text.length >= lineWidth * 0.9 && !TERMINAL.test(prev.text)
}

/** A short line without final punctuation, followed by a line that starts a sentence. */
function isRunIn(l: SourceLine, next: SourceLine | undefined, options: BlockOptions): boolean {
  if (next === undefined || l.text.length > options.lineWidth * 0.7) return false
  if (/[.,;:\-–]$/u.test(l.text) || !/^[\p{Lu}‘'"“(]/u.test(l.text)) return false
  if (/^Bijlage\s/u.test(next.text)) return false
  if (options.numbered && numberedCandidate(next.text)) return false
  return /^[\p{Lu}•‘'"“(]/u.test(next.text) || BULLET.test(next.text)
}

/** The width of a full line: the median length of the longest quarter of the lines. */
export function typicalLineWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => b - a)
  const top = lengths.slice(0, Math.max(1, Math.floor(lengths.length / 4)))
  return top[Math.floor(top.length / 2)] ?? 80
}
