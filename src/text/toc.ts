/**
 * The table of contents (inhoudsopgave) of a PDF: heading titles followed by a page number, often with dot
 * leaders. It is a rendering of the structure, not text of the visie: STOP renders its own. Left in, its entries
 * would be read as the outline and the real headings after it as repeats, so it goes before structuring and is
 * reported like furniture.
 *
 * An entry is a line that ends in a page number (after dot leaders or a space); a contents is a run of at least
 * three entries whose page numbers never go down, optionally under a title `Inhoud`/`Inhoudsopgave`. Lines
 * without a page number inside the run (a chapter title whose entry wrapped) belong to it.
 */
import { sentenceCase, type WordCase } from './case.js'
import type { SourceLine } from './lines.js'

const ENTRY = /^(?:\S.{0,140}?)(?:\s*(?:\.\s?){3,}|\s*…+|\s)\s*(\d{1,3})$/u
const CONTENTS_WORD = String.raw`(?:Inhoud|INHOUD|Inhoudsopgave|INHOUDSOPGAVE|Inhoudstafel)\b`
// Also beside its name in a second language (`Ynhâld · Inhoud`, Frisian and Dutch).
const TITLE = new RegExp(String.raw`^(?:${CONTENTS_WORD}.{0,30}|\p{Lu}\p{Ll}{2,15}\s*[·/|–]\s*${CONTENTS_WORD})$`, 'u')

/** The title above a contents: `Inhoud`, `Inhoudsopgave`. */
export function isContentsTitle(text: string): boolean {
  return TITLE.test(text)
}

export interface TocResult {
  readonly lines: readonly SourceLine[]
  readonly removed: readonly SourceLine[]
}

export function dropToc(lines: readonly SourceLine[]): TocResult {
  const drop = new Set<SourceLine>()
  let i = 0
  let later: Set<string> | undefined
  while (i < lines.length) {
    const run = entryRun(lines, i)
    if (run.entries >= 3 && !isContents(lines, i, run.end, (later ??= titleKeys(lines)))) {
      i = run.end
      continue
    }
    if (run.entries >= 3) {
      for (let k = i; k < run.end; k++) drop.add(lines[k] as SourceLine)
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        if (TITLE.test((lines[k] as SourceLine).text)) {
          drop.add(lines[k] as SourceLine)
          break
        }
      }
      i = run.end
    } else i++
  }
  if (drop.size === 0) return { lines, removed: [] }
  return { lines: lines.filter((l) => !drop.has(l)), removed: lines.filter((l) => drop.has(l)) }
}

/** Entries from `start`: stops at a page number that goes down or after two lines without one. */
function entryRun(lines: readonly SourceLine[], start: number): { entries: number; end: number } {
  let entries = 0
  let last = -1
  let end = start
  let gap = 0
  for (let k = start; k < lines.length; k++) {
    const l = lines[k] as SourceLine
    const m = ENTRY.exec(l.text)
    const page = m ? Number(m[1]) : NaN
    // A leader alone with the page number ends the wrapped entry above it (`Hoofdstuk 3 Iedereen doet mee: …` | `…… 4`).
    if (m && page >= last && (isEntryText(l.text) || (gap > 0 && LEADER_ONLY.test(l.text)))) {
      entries++
      last = page
      end = k + 1
      gap = 0
    } else if (entries > 0 && gap < 1 && l.text.length < 90 && !/[.;:]$/u.test(l.text)) {
      gap++
    } else break
  }
  return { entries, end }
}

const LEADER_ONLY = /^(?:(?:\.\s?){3,}|…+)\s*\d{1,3}$/u

/** A contents entry's leader alone with its page number (`........ 4`), the end of an entry that wrapped. */
export function isLeaderOnly(text: string): boolean {
  return LEADER_ONLY.test(text)
}

/** An entry reads as a title: no sentence punctuation before the page number, not a plain figure in running text. */
function isEntryText(text: string): boolean {
  const body = text.replace(/(?:\s*(?:\.\s?){3,}|\s*…+|\s)\s*\d{1,3}$/u, '')
  return body.length >= 3 && /\p{L}/u.test(body) && !/[,;]$/u.test(body) && body.split(' ').length <= 16
}

/**
 * A run of entries is a contents when it says so: a title `Inhoud` above it, dot leaders, or titles that stand as
 * lines of the text after it. A table whose last column holds small numbers (`Klimaatverandering  wateroverlast …  3`)
 * has none of these and stays.
 */
function isContents(lines: readonly SourceLine[], start: number, end: number, titles: ReadonlySet<string>): boolean {
  const run = lines.slice(start, end).filter((l) => ENTRY.test(l.text))
  if (lines.slice(Math.max(0, start - 2), start).some((l) => TITLE.test(l.text))) return true
  if (run.filter((l) => /(?:\.\s?){3,}|…/u.test(l.text)).length >= run.length / 2) return true
  const found = run.filter((l) => titles.has(titleKey(l.text.replace(/(?:\s*(?:\.\s?){3,}|\s*…+|\s)\s*\d{1,3}$/u, ''))))
  return found.length >= run.length / 2
}

/** The words of a title without its number or label (`Hoofdstuk 3 – Wonen` → `wonen`). */
function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:(?:hoofdstuk|deel|paragraaf|bijlage)\s+)?(?:[\divxlc]+(?:\s+[\d]+)*\s+)?/u, '')
}

function titleKeys(lines: readonly SourceLine[]): Set<string> {
  return new Set(lines.map((l) => titleKey(l.text)).filter((k) => k !== ''))
}

/** A contents entry: its number (`1`, `2.1.`, `II.1`, `B.2`, `Hoofdstuk 5`) and its title. */
const NUMBERED_ENTRY = /^(?:(?:Hoofdstuk|HOOFDSTUK|Paragraaf|PARAGRAAF)\s+)?(\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}(?:\.\d{1,2})*|[A-H](?:\.\d{1,2})+)\.?\s+(\S.*)$/u

/**
 * The titles the table of contents gives, by number (`1. Inleiding . . . 5` → `1` → `Inleiding`): a heading set in
 * capitals by its style (`1. INLEIDING`) is written in the case the contents keeps.
 */
export function tocTitles(toc: readonly SourceLine[], headers: readonly SourceLine[] = []): Map<string, string> {
  const out = new Map<string, string>()
  // An entry whose title wraps ends with its page number only on its last line.
  let pending = ''
  for (const l of toc) {
    const line = `${pending} ${l.text}`.trim()
    if (!/\d\s*$/u.test(l.text) && pending === '') {
      // The first line of a wrapped entry starts with its number; a line without one (`Inhoudsopgave`) is no entry.
      if (NUMBERED_ENTRY.test(l.text)) pending = line
      continue
    }
    pending = ''
    const text = line.replace(/(?:\s*[.·…_]){2,}\s*\d{1,3}\s*$/u, '').replace(/\s+\d{1,3}$/u, '').trim()
    const m = NUMBERED_ENTRY.exec(text)
    if (m && !out.has(m[1] as string)) out.set(m[1] as string, m[2] as string)
  }
  // A running header names the chapter too (`Omgevingsvisie X 2040 · 3. Ambities | 7`): a title the contents does
  // not give may be spelt there. The header's parts are split at its separators.
  for (const h of headers) {
    for (const part of h.text.split(/\s*[·|•–]\s*|\s{2,}/u)) {
      const m = /(?:^|\s)(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{Lu}[^\d]*\p{Ll}[^\d]*?)\s*$/u.exec(part)
      if (m && !out.has(m[1] as string)) out.set(m[1] as string, m[2] as string)
    }
  }
  return out
}

/**
 * The contents' own spelling of an all-capitals title of the same number: the whole title when the two differ only
 * in case; when the contents gives only the title's first words (`3. Ambities` for `3. AMBITIES: GEZOND, VEILIG …`),
 * those words, and the rest in the case the document writes them (`cases`). A contents in capitals, or none, says
 * nothing: the title stays as set (a document may spell its chapters in capitals).
 */
export function tocCase(nummer: string, opschrift: string, titles: ReadonlyMap<string, string>, cases: ReadonlyMap<string, WordCase> = new Map()): string {
  if (/\p{Ll}/u.test(opschrift)) return opschrift
  const raw = titles.get(nummer)
  if (raw === undefined || !/\p{Ll}/u.test(raw)) return opschrift
  const toc = raw.replace(/\s+/gu, ' ').trim()
  const title = opschrift.replace(/\s+/gu, ' ').trim()
  const upper = (a: string): string => a.toLocaleUpperCase('nl')
  if (upper(toc) === upper(title)) return toc
  // The contents' words are a prefix of the title, ending at a word boundary.
  if (!upper(title).startsWith(upper(toc)) || /[\p{L}\p{N}]/u.test(title.charAt(toc.length))) return opschrift
  return toc + sentenceCase(title, cases).slice(toc.length)
}
