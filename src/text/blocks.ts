/**
 * Source lines → text blocks: numbered headings, run-in headings, paragraphs, bullet items and figure captions,
 * each with its joined (de-hyphenated) text and the original lines it came from. Paragraph ends are decided from
 * punctuation, line length and what follows, never from blank lines (product.md §5).
 */
import type { Inline } from '../model/index.js'
import { joinLines, type Vocabulary } from './dehyphenate.js'
import { HeadingSequence, NUMBERED_CAPTION, headingCandidate, romanValue, titleContinues, type HeadingCandidate } from './headings.js'

import { BULLET } from './bullets.js'
import type { LineHints, SourceLine } from './lines.js'
import type { PlannedHeading } from './local-outline.js'
import { findTables } from './tables.js'

/** The last word of a phrase that goes on: an article, a preposition or a conjunction. */
const OPEN_END = /\s(?:de|het|een|van|in|op|aan|met|voor|naar|tot|en|of|dat|die|om|door|bij|uit|over)$/u

interface Lines {
  readonly from: number
  readonly to: number
}

export type TextBlock =
  | (Lines & {
      readonly kind: 'heading'
      readonly nummer: string
      readonly opschrift: string
      /** `Hoofdstuk`, `Deel` when the source writes one before the number. */
      readonly label?: string
      /** Depth in the outline (1 = top) when it is not the number's (parts above chapters, Markdown headings). */
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
  /** Told of each line in a heading's form (a label, a bare number, a decimal number) whose number did not fit. */
  readonly onNotTaken?: (line: SourceLine, candidate: HeadingCandidate, expected: readonly string[]) => void
  /**
   * Headings known before the lines are read, by index into the lines: those of an outline numbered per level
   * (`localOutline`, `exclusive`: these are all the numbered headings, no number is read as a decimal path), or those
   * the table of contents gives where a first reading missed them (`tocPlan`: next to the headings found as usual).
   */
  readonly planned?: ReadonlyMap<number, PlannedHeading>
  readonly exclusive?: boolean
  /**
   * Titles the document spells whole elsewhere (the parts of its running headers, `titleKey`): a heading's title that
   * goes on over its next line into one of them is read over both (`Samen naar een toekomstbestendige` |
   * `Bommelerwaard` under the header `Samen naar een toekomstbestendige Bommelerwaard · Omgevingsvisie …`).
   */
  readonly titles?: ReadonlySet<string>
}

/** A title to compare: lower case letters and digits, one space. */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** A line that starts with a number and runs on as text: `12 De binnenstad met de Walburgiskerk … is een beschermd`. */
const NUMBERED_LINE = /^(\d{1,3})\.?\s+\S/u
/** So many numbered paragraphs in one run make a document's paragraph numbering (randnummers), not a chance. */
const MIN_NUMBERED_PARAGRAPHS = 6

/**
 * Paragraphs numbered through the whole document in the margin (`1 Zutphen is een van de oudste steden …`, `2 Deze
 * omgevingsvisie …`, on to the last chapter): full lines whose numbers run 1, 2, 3 … across the headings. Such a
 * number starts a paragraph; read as a heading number it would tear the outline apart. Indices into `lines`.
 */
function paragraphNumbers(lines: readonly SourceLine[], lineWidth: number): Set<number> {
  const chain: number[] = []
  lines.forEach((l, i) => {
    const m = NUMBERED_LINE.exec(l.text)
    if (m && Number(m[1]) === chain.length + 1 && l.text.length >= lineWidth * 0.6) chain.push(i)
  })
  return new Set([...(chain.length >= MIN_NUMBERED_PARAGRAPHS ? chain : []), ...sectionParagraphs(lines, lineWidth), ...noteParagraphs(lines), ...numberedRows(lines)])
}

/**
 * Rows of a table or list set as numbered lines one after the other (`6 Wonen gebiedsvisie opstellen 2028` | `7 Groen
 * participatietraject 2029` | …): three or more lines in a row whose numbers go up by one, no text between them. A
 * chapter is followed by its text, not by the next chapter.
 */
function numberedRows(lines: readonly SourceLine[]): number[] {
  const out: number[] = []
  let run: number[] = []
  let last = -1
  const close = (): void => {
    if (run.length >= 3) out.push(...run)
    run = []
  }
  lines.forEach((l, i) => {
    const m = /^(\d{1,2})\.?\s+\S/u.exec(l.text)
    const n = m ? Number(m[1]) : undefined
    if (n === undefined || l.hints?.heading !== undefined || headingCandidate(l.text, undefined) === undefined) {
      close()
      return
    }
    if (run.length > 0 && n !== last + 1) close()
    run.push(i)
    last = n
  })
  close()
  return out
}

/**
 * A note set below its paragraph (`2` on a line of its own, then `Het haven- en industrieterrein … is in de` |
 * `Nationale Omgevingsvisie aangeduid als mainport-` | `gerelateerd.`): a bare number whose next lines run on into a
 * sentence that ends within a few lines. A chapter's bare number has a title that ends without a full stop.
 */
function noteParagraphs(lines: readonly SourceLine[]): number[] {
  const out: number[] = []
  lines.forEach((l, i) => {
    if (!/^\d{1,2}$/u.test(l.text) || l.hints?.heading !== undefined) return
    let last: string | undefined
    for (let k = i + 1; k <= i + 4 && k < lines.length; k++) {
      const next = lines[k] as SourceLine
      if (next.hints?.heading !== undefined) return
      const goesOn = last === undefined ? /^\p{Lu}/u.test(next.text) : /^[\p{Ll}\d]/u.test(next.text) || /[,\-]$/u.test(last) || FUNCTION_END.test(last)
      if (!goesOn) return
      if (/[.!?]["”’')\]]*$/u.test(next.text)) {
        if (last !== undefined) out.push(i)
        return
      }
      last = next.text
    }
  })
  return out
}

/** A paragraph numbered within its section: `2.1.1 Zoeterwoude is een Groene Hart-gemeente. Het open …`. */
const SECTION_PARAGRAPH = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\p{Lu}/u

/**
 * Paragraphs numbered as sections are (`2.1.1`, `2.1.2` under `2.1`): a full line that runs on in the next lines,
 * which go on in lower case (or after a comma or a word that cannot end a title) and end a sentence within a few
 * lines. A title that wraps ends without a full stop.
 */
function sectionParagraphs(lines: readonly SourceLine[], lineWidth: number): number[] {
  const out: number[] = []
  lines.forEach((l, i) => {
    if (!SECTION_PARAGRAPH.test(l.text) || l.text.length < lineWidth * 0.6 || TERMINAL.test(l.text)) return
    let last = l.text
    for (let k = i + 1; k <= i + 4 && k < lines.length; k++) {
      const next = lines[k] as SourceLine
      const goesOn = /^\p{Ll}/u.test(next.text) || /[,]$/u.test(last) || FUNCTION_END.test(last)
      if (!goesOn || headingCandidate(next.text, undefined) !== undefined) return
      if (/[.!?]["”’')\]]*$/u.test(next.text)) {
        out.push(i)
        return
      }
      last = next.text
    }
  })
  return out
}
/** A line that cannot end a title: it ends in an article, preposition or conjunction. */
const FUNCTION_END = /\b(?:de|het|een|van|voor|met|in|op|aan|tot|door|naar|bij|om|en|of|die|dat|der|den)$/u

/** Characters that mark list items only where the text around them is a list (a dash may open a parenthesis). */
const WEAK_BULLET = /^([-–—*o])\s+(?=\S)/u
/** `1.` `1)` `a.` `a)` `(a)` `iv.` `ii.)`, the ordinal `1°` */
const ORDERED = /^(\(?(\d{1,2}|[a-z]|(?:i{1,3}|iv|vi{0,3}|ix|x))(?:\.\)|[.)])|(\d{1,2})°)\s+(?=\S)/u
const CAPTION = /^(?:Ruimtelijke schets|Figuur|Afbeelding|Kaart|Foto|Tabel)\b[^:]{0,40}:\s*\S/u
const COLON_HEADING = /^(\d{1,2}): (\p{Lu}[^.;]*)$/u
const TERMINAL = /[.!?:;]["”’')\]]*$/u

interface Marker {
  readonly kind: string
  readonly marker?: string
  /** The value of a numbered marker (1, 2 …; a = 1; i = 1) for telling a list's next item from a restart. */
  readonly value?: number
  readonly length: number
  readonly weak: boolean
  /** `i.`, `v.`, `x.` read as letters (the ninth, 22nd, 24th) where a letter list is open; the marker is roman first. */
  readonly letter?: Marker
}

function listMarker(text: string): Marker | undefined {
  let m = BULLET.exec(text)
  if (m) return { kind: m[1] === '\uF0B7' || m[1] === '●' ? '•' : (m[1] as string), length: m[0].length, weak: false }
  m = ORDERED.exec(text)
  if (m) {
    const v = (m[2] ?? m[3]) as string
    const close = (m[1] as string).slice(-1)
    const [kind, value] = /^\d/u.test(v) ? ['1', Number(v)] : /^[ivx]+$/u.test(v) ? ['i', romanValue(v.toUpperCase())] : ['a', v.charCodeAt(0) - 96]
    const marker = m[1] as string
    const letter = /^[ivx]$/u.test(v) ? { kind: `a${close}`, marker, value: v.charCodeAt(0) - 96, length: m[0].length, weak: false } : undefined
    return { kind: `${kind}${close}`, marker, value: value as number, length: m[0].length, weak: false, ...(letter ? { letter } : {}) }
  }
  m = WEAK_BULLET.exec(text)
  if (m) return { kind: (m[1] as string) === '—' ? '–' : (m[1] as string), length: m[0].length, weak: true }
  return undefined
}

/** Cuts a region of source lines into blocks. */
export function toBlocks(lines: readonly SourceLine[], options: BlockOptions): TextBlock[] {
  const blocks: TextBlock[] = []
  const sequence = new HeadingSequence()
  const markers = lines.map((l) => listMarker(l.text))
  for (const i of unmarkedItems(lines, markers, options.lineWidth)) markers[i] = { kind: 'ongemarkeerd', length: 0, weak: false }
  const indents = lines.map((l) => l.indent)
  const layout = indents.some((n) => n > 0)
  const tables = new Map(findTables(lines).map((t) => [t.start, t]))
  const numberedParagraphs = paragraphNumbers(lines, options.lineWidth)
  let open: { kind: 'paragraph' | 'bullet'; lines: SourceLine[]; depth: number; marker?: Marker } | undefined
  /** The open list's levels, outermost first: the marker kind and indentation of each. */
  let levels: { kind: string; indent: number; value?: number }[] = []
  const close = (): void => {
    if (!open) return
    const texts = open.lines.map((l) => l.text)
    if (open.kind === 'bullet') texts[0] = (texts[0] as string).slice(open.marker?.length ?? 0)
    const from = (open.lines[0] as SourceLine).line
    const to = (open.lines[open.lines.length - 1] as SourceLine).line
    const text = joinLines(texts, options.vocabulary)
    if (open.kind === 'bullet') {
      const marker = open.marker?.marker
      blocks.push({ kind: 'bullet', text, from, to, depth: open.depth, ...(marker !== undefined ? { marker } : {}) })
    } else blocks.push({ kind: 'paragraph', text, from, to })
    open = undefined
  }
  const endList = (): void => {
    levels = []
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine
    const prev = open?.lines[open.lines.length - 1] ?? lines[i - 1]
    const next = lines[i + 1]
    const planned = options.planned?.get(i)
    if (planned) {
      close()
      endList()
      const span = planned.span ?? 1
      const to = (lines[i + span - 1] as SourceLine).line
      const level = planned.below ? outlineLevel() + 1 : planned.level
      blocks.push({ kind: 'heading', ...(planned.label !== undefined ? { label: planned.label } : {}), nummer: planned.nummer, opschrift: planned.opschrift, level, from: l.line, to })
      // The outline goes on from it: the sections below it fit.
      const c = options.exclusive || planned.below ? undefined : headingCandidate(`${planned.nummer} ${planned.opschrift}`, undefined, true)
      if (c) sequence.accept(c)
      i += span - 1
      continue
    }
    if (l.hints && hinted(l, l.hints)) continue
    const table = tables.get(i)
    if (table) {
      close()
      endList()
      const rows = table.rows.map((r) => r.map((text) => ({ text: joinLines([text], options.vocabulary) })))
      blocks.push({ kind: 'table', header: table.header, rows, from: l.line, to: (lines[table.end - 1] as SourceLine).line })
      i = table.end - 1
      continue
    }
    const told = open?.lines[open.lines.length - 1]?.hints?.paragraphEnd
    const startsBlock =
      open === undefined ||
      numberedParagraphs.has(i) ||
      (told !== undefined
        ? told
        : ended(open.lines[open.lines.length - 1] as SourceLine, l, options.lineWidth) ||
          (TERMINAL.test((open.lines[open.lines.length - 1] as SourceLine).text) && (isRunIn(l, next, options) || CAPTION.test(l.text))))
    const marker = markers[i]
    const item = marker ? acceptItem(marker, i) : undefined
    const heading = options.numbered && !options.exclusive && !(item && continuesList(item)) ? headingAt(i, startsBlock, item !== undefined && /:$/u.test(prev?.text ?? '')) : undefined
    if (heading) {
      close()
      endList()
      const expected = heading.fits ? undefined : sequence.expected()
      sequence.accept(heading.c)
      let opschrift = heading.c.opschrift
      let span: number = heading.c.span
      // A long title may take two more lines (`2.2 Sportstad … van het` | `gebied rond … en het` | `Sportstrand`).
      for (let more = 0; more < 2; more++) {
        const after = lines[i + span]
        // Not into a list item or a heading known beforehand (`2.1 Water en landschap` | `a. Rivieren`).
        if (markers[i + span] !== undefined || options.planned?.has(i + span)) break
        const spelt = after !== undefined && options.titles?.has(titleKey(`${opschrift} ${after.text}`)) === true
        if ((!spelt && !titleContinues(opschrift, after?.text, options.lineWidth)) || headingCandidate(after?.text ?? '', lines[i + span + 1]?.text)) break
        // Nor into a line of another column of laid-out text, which ends left of where the heading begins (a margin
        // note beside it: `leefomgeving` under `5.1 Klimaatadaptatie`).
        if ((after as SourceLine).indent + (after as SourceLine).text.length < l.indent) break
        opschrift = joinLines([opschrift, (after as SourceLine).text], options.vocabulary)
        span++
      }
      const last = lines[i + span - 1] as SourceLine
      blocks.push({
        kind: 'heading',
        nummer: heading.c.nummer,
        opschrift,
        level: sequence.level(heading.c),
        ...(heading.c.label !== undefined ? { label: heading.c.label } : {}),
        from: l.line,
        to: last.line,
        ...(expected ? { expected } : {}),
      })
      i += span - 1
    } else if (item) {
      close()
      open = { kind: 'bullet', lines: [l], depth: nestItem(item, l.indent), marker: item }
    } else if (l.hints?.figure === true || (CAPTION.test(l.text) && startsBlock && !TERMINAL.test(l.text))) {
      close()
      endList()
      blocks.push({ kind: 'caption', text: l.text, from: l.line, to: l.line })
    } else if (!startsBlock && open) {
      open.lines.push(l)
    } else if (COLON_HEADING.test(l.text) && l.text.length < 70 && !l.hints) {
      close()
      endList()
      const m = COLON_HEADING.exec(l.text) as RegExpExecArray
      blocks.push({ kind: 'runin', nummer: m[1] as string, opschrift: (m[2] as string).trim(), from: l.line, to: l.line })
    } else if (isRunIn(l, next, options) && (prev === undefined || TERMINAL.test(prev.text) || prev.text.length < options.lineWidth * 0.7)) {
      close()
      endList()
      blocks.push({ kind: 'runin', opschrift: l.text, from: l.line, to: l.line })
    } else {
      close()
      // A line between two items of one list is the rest of the first (mergeSandwichedParagraphs): the list goes on.
      const nextKind = markers[i + 1]?.kind
      if (nextKind === undefined || !levels.some((v) => v.kind === nextKind)) endList()
      open = { kind: 'paragraph', lines: [l], depth: 0 }
    }
  }
  close()
  return mergeSandwichedParagraphs(blocks, options.vocabulary)

  /** A line whose source format says what it is (LineHints): a table, a heading, a list item. False: read as text. */
  function hinted(l: SourceLine, h: LineHints): boolean {
    if (h.table) {
      close()
      endList()
      const rows = h.table.rows.map((r) => r.map((text) => ({ text })))
      blocks.push({ kind: 'table', header: h.table.header, rows, from: l.line, to: l.line })
      return true
    }
    if (h.heading) {
      close()
      endList()
      if (h.heading.level === 0) {
        blocks.push({ kind: 'runin', opschrift: l.text, from: l.line, to: l.line })
        return true
      }
      // The style says this is a heading: a long title is one too.
      const c = options.numbered && !options.exclusive ? headingCandidate(l.text, undefined, true) : undefined
      if (c && c.span === 1) {
        const expected = sequence.fits(c, true) ? undefined : sequence.expected()
        sequence.accept(c)
        // A number that continues the outline says the level (a chapter under `Deel A` is one deeper, whatever its
        // type size); a number out of the outline keeps the level its typography or style gives.
        blocks.push({
          kind: 'heading',
          nummer: c.nummer,
          opschrift: c.opschrift,
          level: expected === undefined ? sequence.level(c) : h.heading.level,
          ...(c.label !== undefined ? { label: c.label } : {}),
          from: l.line,
          to: l.line,
          ...(expected ? { expected } : {}),
        })
      } else {
        // A styled heading numbered as a list is (`a) Landschap en erfgoed` under 2.1): that letter is its number.
        const lettered = options.numbered ? /^([a-z]|[ivx]{1,4})[.)]\s+(\p{Lu}.*)$/u.exec(l.text) : null
        const [nummer, opschrift] = lettered ? [lettered[1] as string, lettered[2] as string] : ['', l.text]
        blocks.push({ kind: 'heading', nummer, opschrift, level: h.heading.level, from: l.line, to: l.line })
      }
      return true
    }
    if (h.listItem) {
      close()
      const marker = h.listItem.marker
      open = { kind: 'bullet', lines: [l], depth: h.listItem.depth, marker: { kind: 'bron', ...(marker !== undefined ? { marker } : {}), length: 0, weak: false } }
      return true
    }
    return false
  }

  /** A numbered heading here: its number continues the outline, or it misses it narrowly in a heading's form. */
  function headingAt(i: number, startsBlock: boolean, listAfterColon: boolean): { c: HeadingCandidate; fits: boolean } | undefined {
    const l = lines[i] as SourceLine
    const c = numberedParagraphs.has(i) ? undefined : headingCandidate(l.text, lines[i + 1]?.text)
    if (!c) return undefined
    const prev = lines[i - 1]
    if (prev && midSentence(prev, options.lineWidth) && !l.pageStart && !headingCandidate(prev.text, undefined) && !NUMBERED_CAPTION.test(prev.text) && !standsApart(c, lines[i + 1])) return undefined
    // `… vier kernopgaven:` | `1. Centrum …` | `2. Woningen …`: items that follow each other after a colon are a list,
    // also where their numbers would fit the outline (a heading is followed by its text, not by the next number).
    const marker = markers[i]
    const following = markers[i + 1]
    if (listAfterColon && !c.explicit && marker?.value === 1 && following?.kind === marker.kind && following.value === 2) return undefined
    if (sequence.fits(c)) {
      // A lower-case title or a long line only counts where a heading is expected and a block starts.
      if (/^\p{Ll}/u.test(c.opschrift) && !startsBlock) return undefined
      return { c, fits: true }
    }
    // `1. Veiligheid gaat voor` after `… vier hoofdkeuzes:` starts a list; it is no heading out of the outline.
    if (listAfterColon && !c.explicit) return undefined
    // (A title that stops on an article or a preposition, `1` | `De resultaten van de enquête staan in het`, runs on:
    // a sentence after a number, such as a footnote set under its paragraph, not a heading out of the outline.)
    if (OPEN_END.test(c.opschrift)) return undefined
    if ((c.explicit || (startsBlock && l.text.length < 70)) && sequence.nearMiss(c)) return { c, fits: false }
    if (c.explicit || c.path.length >= 2) options.onNotTaken?.(l, c, sequence.expected())
    return undefined
  }

  /**
   * A section number that is exactly the next one in the outline, with a short capitalised title and a sentence
   * below it, stands on its own even after a full unpunctuated line (the last row of a table set as text): a
   * sentence that runs on into `3.3` would carry on in lower case.
   */
  function standsApart(c: HeadingCandidate, next: SourceLine | undefined): boolean {
    if (c.path.length < 2 || !sequence.fits(c) || c.opschrift.length > 60 || !/^\p{Lu}/u.test(c.opschrift)) return false
    return next !== undefined && /^\p{Lu}/u.test(next.text) && !TERMINAL.test(c.opschrift)
  }

  /** The level of the last heading of the outline (not one of a lettered level below it); 0 before the first. */
  function outlineLevel(): number {
    for (let k = blocks.length - 1; k >= 0; k--) {
      const b = blocks[k] as TextBlock
      if (b.kind === 'heading' && b.nummer !== '' && !/^[A-Ha-h]$/u.test(b.nummer)) return b.level ?? b.nummer.split('.').length
    }
    return 0
  }

  /** Whether a marker starts a list item here (weak markers and numbers need a list around them). */
  function acceptItem(found: Marker, i: number): Marker | undefined {
    // `i.` after `h.` in an open letter list is its ninth item, elsewhere the first roman one.
    const letterLevel = found.letter && levels.find((v) => v.kind === found.letter?.kind)
    const m = found.letter && letterLevel && letterLevel.value === (found.letter.value as number) - 1 ? found.letter : found
    const inList = levels.some((v) => v.kind === m.kind)
    if (m.value !== undefined) {
      const level = levels.find((v) => v.kind === m.kind)
      if (level && level.value !== undefined && m.value === level.value + 1) return m
      if (m.value === 1) return m
      const prevText = lines[i - 1]?.text ?? ''
      return /:$/u.test(prevText) ? m : undefined
    }
    if (!m.weak) return m
    if (inList || levels.length > 0) return m
    if (/:$/u.test(lines[i - 1]?.text ?? '')) return m
    for (let k = i + 1; k < Math.min(lines.length, i + 8); k++) if (markers[k]?.kind === m.kind) return m
    return undefined
  }

  function continuesList(m: Marker): boolean {
    const level = levels.find((v) => v.kind === m.kind)
    return m.value !== undefined && level !== undefined && level.value !== undefined && m.value === level.value + 1
  }

  /** The item's depth: by indentation where the extraction keeps it, else by the marker kinds seen in this list. */
  function nestItem(m: Marker, indent: number): number {
    if (layout && levels.length > 0) {
      let k = levels.findIndex((v) => Math.abs(v.indent - indent) <= 1)
      if (k < 0) k = indent > (levels[levels.length - 1] as { indent: number }).indent ? levels.length : levels.findIndex((v) => v.indent > indent)
      if (k < 0) k = levels.length
      levels = [...levels.slice(0, k), { kind: m.kind, indent, ...(m.value !== undefined ? { value: m.value } : {}) }]
      return k
    }
    const k = levels.findIndex((v) => v.kind === m.kind)
    if (k >= 0) {
      levels = [...levels.slice(0, k), { kind: m.kind, indent, ...(m.value !== undefined ? { value: m.value } : {}) }]
      return k
    }
    levels = [...levels, { kind: m.kind, indent, ...(m.value !== undefined ? { value: m.value } : {}) }]
    return levels.length - 1
  }
}

/** An item's last line: `…;`, `…; en`, `…, of`. */
const ITEM_END = /(?:;|[;,] (?:en|of))$/u

/**
 * Items of a list whose markers the extraction lost (a bullet in a symbol font): after a line ending in `:`, lines
 * in lower case that end in `;` (or `; en`), the last in `.` or followed by a nested list, an item's line that is
 * full going on to the next. At least two items end in `;`: a sentence after a colon is not a list.
 */
function unmarkedItems(lines: readonly SourceLine[], markers: readonly (Marker | undefined)[], lineWidth: number): number[] {
  const out: number[] = []
  for (let i = 1; i < lines.length; i++) {
    if (!/:$/u.test((lines[i - 1] as SourceLine).text) || markers[i] || lines[i]?.hints) continue
    const items: number[] = []
    let semicolons = 0
    let j = i
    while (j < lines.length && !markers[j] && /^\p{Ll}/u.test((lines[j] as SourceLine).text) && !(lines[j] as SourceLine).hints) {
      let k = j
      while (k + 1 < lines.length && !/[.;:]$/u.test((lines[k] as SourceLine).text) && !ITEM_END.test((lines[k] as SourceLine).text) && (lines[k] as SourceLine).text.length >= lineWidth * 0.85 && !markers[k + 1]) k++
      const end = (lines[k] as SourceLine).text
      items.push(j)
      if (ITEM_END.test(end)) {
        semicolons++
        j = k + 1
        continue
      }
      // The last item: a full stop, or a nested list follows (its text goes on in the items below it).
      if (!/\.$/u.test(end) && !markers[k + 1]) items.pop()
      break
    }
    if (semicolons >= 2 && items.length >= 2) out.push(...items)
    if (items.length > 0) i = (items[items.length - 1] as number)
  }
  return out
}

/**
 * A paragraph between two bullet items is the rest of the first item: its last line looked like an end only
 * because bullet text is indented (narrower) in the PDF. A paragraph ending in `:` introduces a new list instead.
 * Two tables in a row with the same head are one table broken by a page.
 */
function mergeSandwichedParagraphs(blocks: readonly TextBlock[], vocabulary: Vocabulary): TextBlock[] {
  const out: TextBlock[] = []
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock
    const before = out[out.length - 1]
    const after = blocks[i + 1]
    if (b.kind === 'table' && before?.kind === 'table' && sameHead(before, b)) {
      // A table that goes on after a page break repeats its head: one table.
      out[out.length - 1] = { ...before, rows: [...before.rows, ...b.rows.slice(b.header)], to: b.to }
    } else if (b.kind === 'paragraph' && before?.kind === 'bullet' && after?.kind === 'bullet' && !/:$/u.test(b.text)) {
      out[out.length - 1] = { ...before, text: joinLines([before.text, b.text], vocabulary), to: b.to }
    } else {
      out.push(b)
    }
  }
  return out
}

function sameHead(a: Extract<TextBlock, { kind: 'table' }>, b: Extract<TextBlock, { kind: 'table' }>): boolean {
  const text = (t: typeof a): string => JSON.stringify(t.rows.slice(0, t.header).map((r) => r.map((c) => c.text)))
  return a.header > 0 && a.header === b.header && text(a) === text(b)
}

/**
 * A block ends at a line with final punctuation whose free space would have held the next line's first word:
 * a line that ends a sentence but is full continues the paragraph on the next line, and so does a next line in lower case.
 */
export function ended(line: SourceLine, next: SourceLine, lineWidth: number): boolean {
  if (next.page !== line.page && !TERMINAL.test(line.text)) return false
  if (!TERMINAL.test(line.text) || /^\p{Ll}/u.test(next.text)) return false
  const firstWord = next.text.split(' ')[0] ?? ''
  return line.text.length + 1 + firstWord.length <= lineWidth
}

/** The previous line is full and has no final punctuation: the sentence goes on, so a number here is not a heading. */
function midSentence(prev: SourceLine | undefined, lineWidth: number): boolean {
  // A note mark after the sentence's end (`… hergebruiken.2`, `… hergebruiken.²`) does not carry the sentence on.
  return prev !== undefined && prev.text.length >= lineWidth * 0.9 && !TERMINAL.test(prev.text.replace(NOTE_MARK_AT_END, ''))
}

/** A footnote mark right after a sentence's final punctuation, at the end of a line. */
const NOTE_MARK_AT_END = /(?<=[.!?]["”’')\]]?)(?:\d{1,2}|[⁰¹²³⁴-⁹]{1,2})$/u

/** A short line without final punctuation, followed by a line that starts a sentence (text without hints only). */
function isRunIn(l: SourceLine, next: SourceLine | undefined, options: BlockOptions): boolean {
  // A format that knows typography says itself which lines are koppen (hints.heading); the rest is not guessed.
  if (l.hints) return false
  if (next === undefined || l.text.length > options.lineWidth * 0.7) return false
  if (/[.,;:\-–]$/u.test(l.text) || !/^[\p{Lu}‘'"“(]/u.test(l.text)) return false
  if (/^Bijlage\s/u.test(next.text)) return false
  if (options.numbered && headingCandidate(next.text, undefined)) return false
  return /^[\p{Lu}•‘'"“(]/u.test(next.text) || BULLET.test(next.text)
}

/** The width of a full line: the median length of the longest quarter of the lines. */
export function typicalLineWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => b - a)
  const top = lengths.slice(0, Math.max(1, Math.floor(lengths.length / 4)))
  return top[Math.floor(top.length / 2)] ?? 80
}
