/**
 * Outlines numbered per level instead of by decimal paths: roman chapters with sections `1.`, `2.` that start again
 * in each chapter and subsections `a.`, `b.` (`I. Zaanstad in 2040` | `1. Zaanstad groeit` | `a. Groei in …`), or
 * chapters `1.` with sections `a.`, `b.` (`2. Kernkwaliteiten` | `a. Het veenweidelandschap`). A printed number
 * then says only its place among its siblings; the level comes from the numbering style, as in legal texts: a style
 * seen first under another one is a level below it, and it starts again at 1 under each new parent.
 *
 * Read from the lines before the block reader, so that the whole document decides: such an outline is taken only
 * where a style below the first restarts under at least two parents and the text has no decimal section numbers
 * (`2.1 …`), whose outline the decimal reading (HeadingSequence) follows. A line takes part when it is a number of
 * one style and a short capitalised title without final punctuation that starts a block: not after a line that
 * runs on or ends in a colon (a list), and not directly followed by its next sibling (items of a list follow each
 * other; a section has its text).
 */
import { headingCandidate, romanValue, titleLike } from './headings.js'
import type { SourceLine } from './lines.js'

/** A heading of a per-level outline: its number as printed (`II`, `1`, `a`), its title and its depth (1 = top). */
export interface PlannedHeading {
  /** The chapter's label where its style is one (`Hoofdstuk`). */
  readonly label?: string
  readonly nummer: string
  readonly opschrift: string
  readonly level: number
  /** Lines the heading takes (a bare number above its title, a title that wraps); 1 when absent. */
  readonly span?: number
  /** The level is one below the heading before it (a lettered level under a decimal outline); `level` is unused. */
  readonly below?: boolean
}

/**
 * `II. Titel`, `1. Titel`, `a. Titel`, `A. Titel` (also with `)`); a roman or arabic number may stand without a full
 * stop.
 */
const MARKED = /^(?:([IVX]{1,5})\.?|(\d{1,2})[.)]?|([a-h])[.)]|([A-H])[.)])\s+(\p{Lu}.*)$/u
/** A decimal section number, the sign of a decimal outline. */
const DECIMAL_SECTION = /^\d{1,2}\.\d{1,2}\.?\s+\p{Lu}/u
/** So many decimal sections say the document numbers by paths: its outline is not read per level. */
const MAX_DECIMAL_SECTIONS = 2
/** A title longer than this is a sentence in a list. */
const MAX_TITLE = 90
/** Line ends after which the next line starts a block. */
const ENDED = /[.!?]["”’')\]]*$/u

interface Marked {
  readonly index: number
  readonly style: string
  readonly value: number
  readonly nummer: string
  readonly opschrift: string
  readonly label?: string
}

/** A line's number of one style and its title, or undefined. Labelled chapters (`Hoofdstuk 2 Wonen`) count as a style. */
function marked(text: string): Omit<Marked, 'index'> | undefined {
  const m = MARKED.exec(text)
  if (m) {
    const opschrift = (m[5] as string).trim()
    if (opschrift.length > MAX_TITLE || !titleLike(opschrift) || /^\d/u.test(opschrift)) return undefined
    if (m[1] !== undefined) return { style: 'roman', value: romanValue(m[1]), nummer: m[1], opschrift }
    if (m[2] !== undefined) return { style: 'arabic', value: Number(m[2]), nummer: m[2], opschrift }
    if (m[3] !== undefined) return { style: 'letter', value: m[3].charCodeAt(0) - 96, nummer: m[3], opschrift }
    return { style: 'capital', value: (m[4] as string).charCodeAt(0) - 64, nummer: m[4] as string, opschrift }
  }
  const c = headingCandidate(text, undefined)
  if (c?.label !== undefined && c.span === 1 && c.path.length === 1) return { style: `label:${c.label}`, label: c.label, value: c.path[0] as number, nummer: c.nummer, opschrift: c.opschrift }
  return undefined
}

/**
 * The headings of a per-level outline by line index into `lines`, or undefined where the document does not number
 * that way (see the module comment). `lineWidth`: a full line's length, to tell a line that runs on.
 */
export function localOutline(lines: readonly SourceLine[], lineWidth: number): Map<number, PlannedHeading> | undefined {
  if (lines.filter((l) => DECIMAL_SECTION.test(l.text)).length > MAX_DECIMAL_SECTIONS) return undefined
  const found: Marked[] = []
  lines.forEach((l, index) => {
    const m = marked(l.text)
    if (m) found.push({ ...m, index })
  })
  const isMarked = new Set(found.map((m) => m.index))
  const heads = found.filter((m) => {
    if (!startsBlock(lines, m.index, isMarked, lineWidth)) return false
    // Items of a list follow each other; a section has its text (or its first subsection) before its next sibling.
    const next = marked(lines[m.index + 1]?.text ?? '')
    return !(next && next.style === m.style && next.value === m.value + 1)
  })
  const top = topStyle(heads)
  if (top === undefined) return undefined
  const stack: { style: string; value: number }[] = []
  const out = new Map<number, PlannedHeading>()
  /** Per style below the top, how often it started at 1. */
  const restarts = new Map<string, number>()
  for (const m of heads) {
    const at = stack.findIndex((s) => s.style === m.style)
    let depth: number
    if (at >= 0 && m.value === (stack[at] as { value: number }).value + 1) depth = at
    else if (m.style === top ? stack.length === 0 : at < 0 && stack.length > 0 && m.value === 1) depth = m.style === top ? 0 : stack.length
    else continue
    stack.splice(depth, stack.length - depth, { style: m.style, value: m.value })
    if (depth > 0 && m.value === 1) restarts.set(m.style, (restarts.get(m.style) ?? 0) + 1)
    out.set(m.index, { ...(m.label !== undefined ? { label: m.label } : {}), nummer: m.nummer, opschrift: m.opschrift, level: depth + 1 })
  }
  return [...restarts.values()].some((n) => n >= 2) ? out : undefined
}

/**
 * The style of the chapters: it runs on through the document (it starts at 0 or 1 once) and has at least two
 * numbers; of several such styles the one that comes first.
 */
function topStyle(heads: readonly Marked[]): string | undefined {
  const starts = new Map<string, number>()
  const counts = new Map<string, number>()
  for (const m of heads) {
    counts.set(m.style, (counts.get(m.style) ?? 0) + 1)
    if (m.value <= 1) starts.set(m.style, (starts.get(m.style) ?? 0) + 1)
  }
  return heads.find((m) => starts.get(m.style) === 1 && (counts.get(m.style) ?? 0) >= 2)?.style
}

/** Whether the line at `i` starts a block: the text before it ended, or is a heading of its own. */
function startsBlock(lines: readonly SourceLine[], i: number, isMarked: ReadonlySet<number>, lineWidth: number): boolean {
  const prev = lines[i - 1]
  // A table or a heading as the source format gives it ends a block too.
  if (prev === undefined || isMarked.has(i - 1) || prev.hints?.table !== undefined || prev.hints?.heading !== undefined) return true
  if (/[,:;]$/u.test(prev.text)) return false
  return ENDED.test(prev.text) || prev.text.length < lineWidth * 0.7
}

/**
 * A lettered level below a decimal outline (`3.1 De Brabantse energietransitie` | `A. Vergezicht 2050` | `B. Tussendoel
 * 2030`, again under 3.2): headings lettered `A.`/`a.` that start again under each decimal heading. Taken only where
 * such a run (A, then B …) follows at least two decimal headings, from lines that start a block and are not followed
 * by their next sibling; by index into `lines`, `below`: a level below the decimal heading they follow.
 */
export function letteredSubLevel(lines: readonly SourceLine[], lineWidth: number): Map<number, PlannedHeading> | undefined {
  if (lines.filter((l) => DECIMAL_SECTION.test(l.text)).length <= MAX_DECIMAL_SECTIONS) return undefined
  const isMarked = new Set<number>()
  const letters = new Map<number, Omit<Marked, 'index'>>()
  lines.forEach((l, k) => {
    const m = marked(l.text)
    if (m && (m.style === 'letter' || m.style === 'capital')) {
      letters.set(k, m)
      isMarked.add(k)
    }
  })
  if (letters.size === 0) return undefined
  const out = new Map<number, PlannedHeading>()
  let run: { style: string; value: number } | undefined
  let runs = 0
  lines.forEach((l, k) => {
    const c = headingCandidate(l.text, undefined)
    // A decimal heading starts a new run; a long numbered line (a footnote left in the text) does not.
    if (c && !c.letter && /^\d/u.test(c.nummer) && (c.path.length >= 2 || l.text.length < lineWidth * 0.7)) {
      run = { style: '', value: 0 }
      return
    }
    const m = letters.get(k)
    if (!m || run === undefined || !startsBlock(lines, k, isMarked, lineWidth)) return
    const next = letters.get(k + 1)
    if (next && next.style === m.style && next.value === m.value + 1) return
    if (run.value === 0 ? m.value !== 1 : m.style !== run.style || m.value !== run.value + 1) return
    if (m.value === 2) runs++
    run = { style: m.style, value: m.value }
    out.set(k, { nummer: m.nummer, opschrift: m.opschrift, level: 0, below: true })
  })
  return runs >= 2 ? out : undefined
}