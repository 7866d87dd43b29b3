/**
 * Footnotes in extracted text. The extraction keeps a note's mark as digits glued to the word before
 * (`… de binnenstad.1`) and puts the notes at the page's foot, each number on its own line above its text
 * (`1` | `De opgaven sluiten aan bij …`). Left in, a note number reads as a bare chapter number above its title.
 *
 * A page's last lines are its notes when they start with a bare number whose mark stands glued in the page's text
 * above, and the numbers run on (1, 2 …, or on from the notes of earlier pages). The notes leave the text and go
 * with the line of their mark, which gets the mark in superscript (`binnenstad.¹`) so the note is placed there.
 */
import { headingCandidate } from './headings.js'
import type { SourceLine, SourceNote } from './lines.js'

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const BARE_NUMBER = /^(\d{1,3})$/u
/** A footnote longer than this is a page's text, not a note. */
const MAX_NOTE_LINES = 6
/** The most notes one page holds. */
const MAX_NOTES = 12
/** Lines above a page's notes where their marks are looked for. */
const MAX_PAGE_LINES = 400

export interface TextNotes {
  readonly lines: readonly SourceLine[]
  /** The notes by the line of their mark. */
  readonly notes: ReadonlyMap<number, readonly SourceNote[]>
}

export function textNotes(lines: readonly SourceLine[]): TextNotes {
  const byPage = new Map<number, number[]>()
  lines.forEach((l, i) => {
    const own = byPage.get(l.page)
    if (own) own.push(i)
    else byPage.set(l.page, [i])
  })
  const drop = new Set<number>()
  const marked = new Map<number, { text: string; notes: SourceNote[] }>()
  let last = 0
  for (const indices of [...byPage.values()]) {
    const found = pageNotes(lines, indices, last)
    if (found === undefined) continue
    for (const note of found) {
      for (const i of note.lines) drop.add(i)
      const mark = superscriptDigits(note.nummer)
      const own = marked.get(note.markAt) ?? { text: (lines[note.markAt] as SourceLine).text, notes: [] }
      own.text = own.text.slice(0, note.markOffset) + mark + own.text.slice(note.markOffset + note.nummer.length)
      own.notes.push({ mark, nummer: note.nummer, text: note.text })
      marked.set(note.markAt, own)
      last = Number(note.nummer)
    }
  }
  if (drop.size === 0) return { lines, notes: new Map() }
  const out: SourceLine[] = []
  const notes = new Map<number, readonly SourceNote[]>()
  lines.forEach((l, i) => {
    if (drop.has(i)) return
    const m = marked.get(i)
    if (m === undefined) return out.push(l)
    notes.set(l.line, m.notes)
    out.push({ ...l, text: m.text })
  })
  return { lines: out, notes }
}

interface FoundNote {
  readonly nummer: string
  readonly text: string
  /** Indices of the note's lines (its number and its text). */
  readonly lines: readonly number[]
  readonly markAt: number
  readonly markOffset: number
}

/** The notes at the foot of one page (indices of its lines, in order), numbered on from `last`. */
function pageNotes(lines: readonly SourceLine[], indices: readonly number[], last: number): FoundNote[] | undefined {
  // The first bare number from which the rest of the page is notes: numbers running on, each with text below. The
  // notes are the page's last lines, so only so many lines from its end are looked at (linear on any input).
  for (let s = Math.max(0, indices.length - MAX_NOTES * (MAX_NOTE_LINES + 1)); s < indices.length; s++) {
    const first = BARE_NUMBER.exec((lines[indices[s] as number] as SourceLine).text)
    if (!first) continue
    const start = Number(first[1])
    if (start !== last + 1 && start !== 1) continue
    // The rest of a word or identifier cut at its end (`…/nld@2027-06-24;` | `1`) is no note.
    const before = s > 0 ? (lines[indices[s - 1] as number] as SourceLine).text : ''
    if (/[;@/\-,]$/u.test(before)) continue
    const notes = notesFrom(lines, indices, s, start)
    if (notes !== undefined) return notes
  }
  return undefined
}

function notesFrom(lines: readonly SourceLine[], indices: readonly number[], s: number, start: number): FoundNote[] | undefined {
  const out: FoundNote[] = []
  let expect = start
  let k = s
  while (k < indices.length) {
    const at = indices[k] as number
    if ((lines[at] as SourceLine).text !== String(expect)) return undefined
    const body: number[] = []
    k++
    // A section heading below the note (`1.3 Leeswijzer`, where the extraction put the note before the page's last
    // lines) is the text going on, no part of the note.
    const goesOn = (text: string): boolean => (headingCandidate(text, undefined)?.path.length ?? 0) >= 2
    while (k < indices.length && body.length <= MAX_NOTE_LINES && (lines[indices[k] as number] as SourceLine).text !== String(expect + 1) && !(body.length > 0 && goesOn((lines[indices[k] as number] as SourceLine).text))) body.push(indices[k++] as number)
    // A note is a sentence or two below its number, never an identifier.
    if (body.length === 0 || body.length > MAX_NOTE_LINES || body.some((i) => (lines[i] as SourceLine).text.includes('/join/'))) return undefined
    // Marks stand in the page's text above its notes (a page holds a few hundred lines at most).
    const mark = findMark(lines, indices.slice(Math.max(0, s - MAX_PAGE_LINES), s), String(expect), out)
    if (mark === undefined) return undefined
    out.push({ nummer: String(expect), text: body.map((i) => (lines[i] as SourceLine).text).join(' '), lines: [at, ...body], ...mark })
    expect++
  }
  return out
}

/**
 * Where the mark of note `nummer` stands: digits glued to a lower-case word or after punctuation (`binnenstad.1`,
 * `intrekt.2`, `visie1`), not a unit's power (`m2`, `km2`) nor part of a code (`CO2`, `A1`). The first such place
 * after the previous note's mark; else the number set apart at the end of a heading.
 */
function findMark(lines: readonly SourceLine[], body: readonly number[], nummer: string, before: readonly FoundNote[]): { markAt: number; markOffset: number } | undefined {
  const prev = before[before.length - 1]
  const re = new RegExp(`(?<=[\\p{Ll}.,;:)”’"'])${nummer}(?=[\\s.,;:)]|$)`, 'gu')
  for (const i of body) {
    if (prev !== undefined && i < prev.markAt) continue
    const text = (lines[i] as SourceLine).text
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0
      if (prev !== undefined && i === prev.markAt && at <= prev.markOffset) continue
      if (/(?:^|[^\p{L}])[kcdmh]?m$|\d[.,]$/u.test(text.slice(Math.max(0, at - 3), at))) continue
      return { markAt: i, markOffset: at }
    }
  }
  // `pdftotext -layout` sets a superscript apart: the mark after a space at the end of a heading's title
  // (`1.1 Waarom een omgevingsvisie 1`), where no glued mark stands.
  const apart = new RegExp(`\\s${nummer}$`, 'u')
  for (const i of body) {
    if (prev !== undefined && i <= prev.markAt) continue
    const text = (lines[i] as SourceLine).text
    const c = apart.test(text) ? headingCandidate(text, undefined) : undefined
    if (c !== undefined && c.span === 1 && /\p{L}/u.test(c.opschrift.slice(0, -nummer.length))) return { markAt: i, markOffset: text.length - nummer.length }
  }
  return undefined
}

/** `12` → `¹²`: a note's mark as it stands in the text. */
export function superscriptDigits(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT[Number(d)] ?? d).join('')
}

/** `¹²` → `12`: the number of a mark written in superscript. */
export function plainDigits(mark: string): string {
  return [...mark].map((c) => { const i = SUPERSCRIPT.indexOf(c); return i < 0 ? c : String(i) }).join('')
}
