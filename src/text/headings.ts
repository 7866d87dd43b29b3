/**
 * Numbered headings and their outline (product.md §5). A line is a heading candidate by its form; it becomes a
 * heading when its number continues the document's outline (next sibling, first child, the next number of an
 * ancestor), so numbered list items ("1. Wij willen …" inside chapter 3) and sentences that begin with a number
 * stay text.
 *
 * Forms: `1 Inleiding`, `1. Inleiding`, `2.1. Titel`, `Hoofdstuk 2 – Titel`, `Hoofdstuk 2` with the title on the
 * next line, a bare `2` above its title, chapters from 0, roman chapters (`II Visie`), parts above the chapters
 * (`Deel A`, `Deel 1 – …`) and `Paragraaf 2.1 …`.
 */

export interface HeadingCandidate {
  /** The number as printed, without trailing dot and label: `2.1`, `II`, `A`. */
  readonly nummer: string
  readonly opschrift: string
  /** `Hoofdstuk`, `Deel`, `Paragraaf` when the source writes one. */
  readonly label?: string
  /** `deel`: a part above the chapters; `hoofdstuk`: the decimal outline. */
  readonly scheme: 'deel' | 'hoofdstuk'
  /** The number's parts as values (roman and letters counted): `2.1` → [2, 1], `II` → [2], `B` → [2]. */
  readonly path: readonly number[]
  /** Source lines the heading takes: 2 when its title stands on the line after a bare number or label. */
  readonly span: 1 | 2
  /** A form that only headings have (a label, a number on a line of its own): weaker evidence is enough. */
  readonly explicit: boolean
  /** Chapters numbered by letter (`A Over deze visie`, `A.1 …`, `A.1.1 …`), their sections below them. */
  readonly letter?: boolean
  /** A section numbered within its chapter after a paragraph sign (`§ 2 Economische vitaliteit` under `3. Thema's`). */
  readonly local?: boolean
  /** A section inserted after another of its number (`2.4a` between `2.4` and `2.5`): at that section's level. */
  readonly inserted?: boolean
}

/** A numbered caption without a colon (`Figuur 3.1 Zoekgebieden windenergie`): it does not run on into the next line. */
export const NUMBERED_CAPTION = /^(?:Figuur|Afbeelding|Kaart|Foto|Tabel)\s+\d{1,2}(?:[.-]\d{1,2})*[.:]?\s+\p{Lu}/u

const MAX_TITLE = 120
/** A title the source marks as a heading (a heading style) or that runs on over two lines may be this long. */
const MAX_LONG_TITLE = 200
/** `2.1 Titel`, `2.1. Titel`, and with a separator between number and title: `1 | Titel`, `1 — Titel`, `1 - Titel`, `3: Titel`, `1 · Titel`. */
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)(?:\s+|\s*[|–—:·-]\s+)(?![|–—:·-]\s)(\S.*)$/u
/** A section lettered after its chapter or section number: `1a Titel`, `2.1.a Titel`. */
const DECIMAL_LETTER = /^(\d{1,2}(?:\.\d{1,2}){0,2})(\.?)([a-h])[.)]?\s+(\p{Lu}.*)$/u
const LETTERED = /^([A-H])((?:\.\d{1,2}){0,3}|[1-9]\d?(?:\.\d{1,2}){0,2})\.?\s+(\S.*)$/u
const BARE_DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$/u
const BARE_ROMAN = /^([IVX]{1,5})\.?$/u
const ROMAN_CHAPTER = /^([IVX]{1,5})[.:]?\s+(\p{Lu}.*)$/u
/** A section under a roman chapter: `III.1 Natuur`, `II.1.1 De vestingsteden`. */
const ROMAN_SECTION = /^([IVX]{1,5})((?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/u
const LABEL_WORDS = 'Hoofdstuk|HOOFDSTUK|Deel|DEEL|Paragraaf|PARAGRAAF|Onderdeel|ONDERDEEL'
const LABEL_REST = String.raw`(\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5}|[A-H])\b\.?\s*(?:[:.–—·|/-]\s*)?(.*)$`
/** `Hoofdstuk 2 Titel`: a label word before the number (group 1), or a capital glued to it (`H2`, group 2). */
function labelPattern(words: readonly string[], letters: readonly string[]): RegExp {
  const glued = letters.length > 0 ? letters.join('|') : '(?!)'
  return new RegExp(`^(?:(${[LABEL_WORDS, ...words].join('|')})\\s+|(${glued})(?=\\d))${LABEL_REST}`, 'u')
}
const LABELLED = labelPattern([], [])
const LOWER_LABELLED = labelPattern(['hoofdstuk', 'deel', 'paragraaf', 'onderdeel'], [])
/** The labels of the document being read (`withHeadingLabels`): the fixed ones and those it uses itself. */
let labelled = LABELLED

/**
 * Reads with the document's own chapter labels (`Thema 1 Waterveiligheid`, `Opgave 2 …`, `AMBITIE 3`, `H4 Wonen`, see
 * `documentLabels`) recognised as `Hoofdstuk` is. Reading is synchronous; the labels hold for `read` only.
 */
export function withHeadingLabels<T>(labels: readonly string[], read: () => T): T {
  if (labels.length === 0) return read()
  const before = { labelled, learned }
  labelled = labelPattern(
    labels.filter((w) => w.length > 1).flatMap((w) => [w, w.toUpperCase()]),
    labels.filter((w) => w.length === 1),
  )
  learned = new Set(labels.filter((w) => w.length > 1).map((w) => w.toLowerCase()))
  try {
    return read()
  } finally {
    ;({ labelled, learned } = before)
  }
}

let learned: ReadonlySet<string> = new Set()

/** Whether a word is one the document numbers its chapters with (`Ambitie`, `Thema`; see withHeadingLabels), in any case. */
export function isDocumentLabel(word: string): boolean {
  return learned.has(word.toLowerCase())
}

/** Words that number things other than the document's chapters. */
const NOT_LABELS = new Set(['Artikel', 'Bijlage', 'Figuur', 'Afbeelding', 'Kaart', 'Foto', 'Tabel', 'Pagina', 'Blad', 'Bladzijde', 'Versie', 'Nummer', 'Nr', 'Bron', 'Noot', 'Stap', 'Fase', 'Kader', 'Box', 'Hoofdstuk', 'Deel', 'Paragraaf', 'Onderdeel', 'Gebied', 'Kern', 'Zone', 'Lid', 'Sub', 'Week', 'Dag', 'Jaar', 'Cluster', 'Route'])
const LABEL_LINE = /^(\p{Lu}(?:\p{Ll}{2,14}|\p{Lu}{2,14})|\p{Lu})( ?)(\d{1,2}|[A-H](?=\s|$))(?:\s*[:.|–—/-]?\s+(\S.*))?$/u

/**
 * The words a document numbers its chapters with, besides `Hoofdstuk` and `Deel`: a word (or one capital glued to the
 * number, `H1`) that starts at least three short lines numbered 1, 2, 3 (or 0, 1, 2, or A, B, C) — `Thema 1 Waterveiligheid`,
 * `Opgave 2 Ongedeeld Breda`, `AMBITIE 3` above its title — and is none of the words that number other things.
 */
export function documentLabels(lines: readonly string[]): string[] {
  const seen = new Map<string, Set<number>>()
  for (const text of lines) {
    const m = LABEL_LINE.exec(text)
    if (!m) continue
    const word = m[1] as string
    const glued = (m[2] as string) === ''
    if (glued !== (word.length === 1)) continue
    // A code with a leading zero (`A01 Wonen uitwerken …`, a table's row) is no chapter label.
    if (glued && /^0/u.test(m[3] as string)) continue
    const title = m[4]
    if (title !== undefined && !titleLike(title.replace(/(?:\.\s?){4,}\s*\d*$/u, '').trim())) continue
    const key = word.length === 1 ? word : word.charAt(0) + word.slice(1).toLowerCase()
    if (NOT_LABELS.has(key)) continue
    // A part lettered A, B, C (`Opgave A`) counts as 1, 2, 3; a capital glued to a letter is no label.
    const n = /^\d/u.test(m[3] as string) ? Number(m[3]) : glued ? Number.NaN : (m[3] as string).charCodeAt(0) - 64
    if (Number.isNaN(n)) continue
    const own = seen.get(key)
    if (own) own.add(n)
    else seen.set(key, new Set([n]))
  }
  const labels = [...seen].filter(([, ns]) => (ns.has(1) && ns.has(2) && ns.has(3)) || (ns.has(0) && ns.has(1) && ns.has(2))).map(([w]) => w)
  // One capital glued to the numbers is a label (`H1` … `H6`); several, or one that also heads a chapter of its own
  // (`A Het fundament` above `A1`, `A2`), are lettered chapters' sections.
  const letters = labels.filter((w) => w.length === 1)
  const chapter = (letter: string): boolean => lines.some((t) => new RegExp(`^${letter}\\.?\\s+\\p{Lu}`, 'u').test(t))
  return letters.length > 1 || letters.some(chapter) ? labels.filter((w) => w.length > 1) : labels
}
const FUNCTION_WORD = /\b(?:en|of|van|de|het|een|voor|in|op|met|naar|door|tot|om|bij|aan|als|tussen|over|onder|uit|tegen|binnen|buiten|langs|rond|via|zonder|na|per|te|der|den|&|-|–)$/iu

/**
 * Whether `text` can be a heading title: short, no sentence end, not starting in lower case. `long`: the source says
 * the line is a heading (a heading style, the rest of a heading's title), so a long title is one too.
 */
export function titleLike(text: string, allowLower = false, long = false): boolean {
  if (text.length === 0 || text.length > (long ? MAX_LONG_TITLE : MAX_TITLE)) return false
  if (/[.,;:]["”’)]?$/u.test(text) && !/\.\.\.$|…$/u.test(text)) return false
  if (!allowLower && /^\p{Ll}/u.test(text)) return false
  return long || text.split(' ').length <= 18
}

/**
 * The heading candidate at `line` (with `next` for a title on the following line), or undefined. Only the form is
 * judged here; whether the number fits the outline is the sequence's business.
 */
export function headingCandidate(line: string, next: string | undefined, styled = false): HeadingCandidate | undefined {
  // `§ 3.1 Titel`: a paragraph sign before a section number says the line is a heading, of that number.
  const paragraaf = /^§\s*(\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S.*)$/u.exec(line)
  if (paragraaf) {
    const c = headingCandidate(paragraaf[1] as string, next)
    if (!c || c.label !== undefined || c.span !== 1) return undefined
    return { ...c, explicit: true, ...(c.path.length === 1 && /^\d+$/u.test(c.nummer) ? { local: true } : {}) }
  }
  // `(1) Inleiding`: a chapter's number in brackets (a list item in brackets is a sentence, which no title is).
  const bracketed = /^\((\d{1,2}(?:\.\d{1,2}){0,3})\)\s+(\p{Lu}.*)$/u.exec(line)
  if (bracketed) {
    const c = headingCandidate(`${bracketed[1] as string} ${bracketed[2] as string}`, next)
    return c !== undefined && c.label === undefined && c.span === 1 ? c : undefined
  }
  // A heading style may number `hoofdstuk %1` in lower case; in running text `hoofdstuk 2 beschrijft …` is a sentence.
  const m = labelled.exec(line) ?? (styled ? LOWER_LABELLED.exec(line) : null)
  if (m) {
    const word = (m[1] ?? m[2]) as string
    const label = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
    const nummer = m[3] as string
    const rest = (m[4] as string).trim()
    const scheme = label === 'Deel' || label === 'Onderdeel' ? 'deel' : 'hoofdstuk'
    const path = numberPath(nummer)
    if (!path) return undefined
    if (rest === '') {
      if (next === undefined || !titleLike(next) || headingCandidate(next, undefined)) return undefined
      return { nummer, opschrift: next, label, scheme, path, span: 2, explicit: true }
    }
    // A line that names a second part or chapter (`Deel A Zeeuws-Vlaanderen · Deel B`) lists them: a subtitle.
    // A heading style says it is a heading also where the title is typed in lower case (`Hoofdstuk 0 leeswijzer`).
    if (!titleLike(rest, styled, styled) || new RegExp(`(?:^|[\\s·|,–-])${word}\\s+(?:\\d|[IVXLC]+\\b|[A-Z]\\b)`, 'iu').test(rest)) return undefined
    return { nummer, opschrift: rest, label, scheme, path, span: 1, explicit: true }
  }
  const bare = BARE_DECIMAL.exec(line)
  if (bare) {
    // A short title may wrap after a comma (`4` | `Veelzijdig buitengebied: landbouw, natuur,` | `landschap …`).
    const title = next !== undefined && next.length <= 60 ? next.replace(/,$/u, '') : next
    if (next === undefined || title === undefined || !titleLike(title) || /^\d/u.test(next) || labelled.test(next)) return undefined
    const nummer = bare[1] as string
    return { nummer, opschrift: next, scheme: 'hoofdstuk', path: decimalPath(nummer), span: 2, explicit: true }
  }
  // A roman chapter number on its own line above its title (`II` | `Stad aan de Maas`).
  const bareRoman = BARE_ROMAN.exec(line)
  if (bareRoman) {
    const path = numberPath(bareRoman[1] as string)
    if (!path || next === undefined || !titleLike(next) || headingCandidate(next, undefined)) return undefined
    return { nummer: bareRoman[1] as string, opschrift: next, scheme: 'hoofdstuk', path, span: 2, explicit: true }
  }
  const decimalLetter = DECIMAL_LETTER.exec(line)
  if (decimalLetter && titleLike((decimalLetter[4] as string).trim())) {
    const base = decimalLetter[1] as string
    const letter = decimalLetter[3] as string
    // The letter glued to a section number (`2.4a`, no dot) inserts a section after that one, as a law inserts an
    // article; after a dot (`3.1.a`) it numbers a level below.
    if (decimalLetter[2] === '' && base.includes('.')) {
      return { nummer: `${base}${letter}`, opschrift: (decimalLetter[4] as string).trim(), scheme: 'hoofdstuk', path: decimalPath(base), span: 1, explicit: false, inserted: true }
    }
    return {
      nummer: `${base}${decimalLetter[2] as string}${letter}`,
      opschrift: (decimalLetter[4] as string).trim(),
      scheme: 'hoofdstuk',
      path: [...decimalPath(base), letter.charCodeAt(0) - 96],
      span: 1,
      explicit: false,
    }
  }
  const decimal = DECIMAL.exec(line)
  if (decimal) {
    const nummer = decimal[1] as string
    const opschrift = (decimal[3] as string).trim()
    // A title that wraps after a comma (`3.2 Groeien in Waalsprong, Waalfront, centrum,` | `Kanaalzone en Heyendaal`),
    // a section's title that ends in a colon (`4.4 Randen van de polder:`).
    const wraps = /,$/u.test(opschrift) && next !== undefined && next.length <= 60 && titleLike(next, true, true)
    const colon = /:$/u.test(opschrift) && nummer.includes('.') && opschrift.length <= 60
    if (!titleLike(wraps || colon ? opschrift.slice(0, -1) : opschrift, true, styled)) return undefined
    // `1.000 woningen`, `2040 Assen`: a number that reads as a quantity is no heading number; a title that starts
    // with such a word in capitals (`2.2 Woningen voor Texelaars`) is one, unless the number has thousands.
    // Not where a heading style says so: its title may start with a figure (`1.2 10x focus in de Omgevingsvisie`);
    // nor a year with its colon or a compound of a number (`3.4 2040: klimaatneutraal`, `3.2 15-minutenstad`).
    const figure = /^\d/u.test(opschrift) && !/^(?:\d{4}:\s|\d{1,3}-\p{L})/u.test(opschrift)
    if (!styled && (figure || /^(?:procent|%|km|ha|m|jaar|woningen|euro)\b/u.test(opschrift))) return undefined
    if (/^\d{1,3}\.\d{3}$/u.test(nummer) && /^(?:procent|km|ha|jaar|woningen|euro)\b/iu.test(opschrift)) return undefined
    return { nummer, opschrift, scheme: 'hoofdstuk', path: decimalPath(nummer), span: 1, explicit: false }
  }
  const lettered = LETTERED.exec(line)
  if (lettered) {
    const sub = lettered[2] as string
    const opschrift = (lettered[3] as string).trim()
    // The letter glued to the section number (`A1 Oss in vogelvlucht`, `B1.1 De polder`): a title in capitals, as a
    // road (`A1 richting Amersfoort`) has none.
    const glued = /^\d/u.test(sub)
    // `A Over deze visie` (a chapter title starts in capitals), `A.1 wat …`; not `A 28 richting Assen`.
    if (!titleLike(opschrift, sub !== '' && !glued) || /^\d/u.test(opschrift)) return undefined
    const nummer = `${lettered[1] as string}${sub}`
    const path = [(lettered[1] as string).charCodeAt(0) - 64, ...sub.replace(/^\./u, '').split('.').filter((n) => n !== '').map(Number)]
    return { nummer, opschrift, scheme: 'hoofdstuk', path, span: 1, explicit: false, letter: true }
  }
  const section = ROMAN_SECTION.exec(line)
  if (section && titleLike((section[3] as string).trim(), true) && !/^\d/u.test(section[3] as string)) {
    const chapter = numberPath(section[1] as string)
    const sub = section[2] as string
    if (chapter) return { nummer: `${section[1] as string}${sub}`, opschrift: (section[3] as string).trim(), scheme: 'hoofdstuk', path: [...chapter, ...sub.split('.').slice(1).map(Number)], span: 1, explicit: false }
  }
  // (A title in lower case after a roman number only where the source's style says the line is a heading: `I.
  // inleiding` set in capitals by a Word heading style.)
  const roman = ROMAN_CHAPTER.exec(line) ?? (styled ? /^([IVX]{1,5})[.:]?\s+(\p{Ll}.*)$/u.exec(line) : null)
  if (roman && titleLike(roman[2] as string, styled)) {
    const path = numberPath(roman[1] as string)
    if (path) return { nummer: roman[1] as string, opschrift: (roman[2] as string).trim(), scheme: 'hoofdstuk', path, span: 1, explicit: false }
  }
  return undefined
}

/** A decimal heading number's place in the outline; a chapter numbered `3.0` (as some house styles do) is chapter 3. */
function decimalPath(nummer: string): number[] {
  const path = nummer.split('.').map(Number)
  return path.length === 2 && path[1] === 0 && (path[0] as number) > 0 ? [path[0] as number] : path
}

/** Whether a heading title goes on on the next line (it ends in a function word, or the next line starts in lower case). */
export function titleContinues(title: string, next: string | undefined, lineWidth = 0): boolean {
  // A second line of a title is short; a long title's second line may be longer, but no full line of text.
  const short = next !== undefined && (next.length <= 60 || (next.length < lineWidth * 0.75 && title.length + next.length <= MAX_LONG_TITLE))
  if (next === undefined || !short || !titleLike(next, true, true)) return false
  // Also a title in capitals whose next line is in capitals too (`7. EEN LEEFBARE EN TOEKOMSTBESTENDIGE` | `OMGEVING`):
  // text under a heading is not set in capitals; and a next line that starts with `&`.
  return FUNCTION_WORD.test(title) || /,$/u.test(title) || /^\p{Ll}/u.test(next) || /^&\s/u.test(next) || (capitals(title) && capitals(next))
}

/** Text in capitals: letters, none of them lower case. */
function capitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text)
}

function numberPath(nummer: string): number[] | undefined {
  if (/^\d/u.test(nummer)) return nummer.split('.').map(Number)
  if (/^[IVX]+$/u.test(nummer) && nummer.length > 1) return [romanValue(nummer)]
  if (/^[A-H]$/u.test(nummer)) return [nummer.charCodeAt(0) - 64]
  if (nummer === 'I' || nummer === 'V' || nummer === 'X') return [romanValue(nummer)]
  return undefined
}

export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i] as string] ?? 0
    const nxt = v[s[i + 1] as string] ?? 0
    total += cur < nxt ? -cur : cur
  }
  return total
}

/**
 * Where the outline stands. Chapters and their sections follow the decimal numbers; parts (`Deel`) sit above the
 * chapters, whose numbering may restart in each part or run on.
 */
export class HeadingSequence {
  private path: number[] = []
  private deel = 0
  private letters = false
  private started = false

  /** The numbers that may come next, for findings. */
  expected(): string[] {
    const p = this.path
    if (p.length === 0) return this.deel > 0 ? ['1'] : ['0', '1']
    const out: string[] = []
    if (p.length < 4) out.push([...p, 1].join('.'))
    for (let depth = p.length; depth >= 1; depth--) out.push([...p.slice(0, depth - 1), (p[depth - 1] as number) + 1].join('.'))
    return out
  }

  /**
   * Sections numbered with their part's letter (`Deel B` with `B.1`, `B.4.1`): within the part, `B.1` is its first
   * chapter, so the sequence reads the number without the letter.
   */
  private inner(c: HeadingCandidate): HeadingCandidate {
    // `§ 2` numbers a section within the chapter it stands in (the numbers start again in each chapter).
    if (c.local && c.path.length === 1 && this.path.length >= 1) return { ...c, path: [this.path[0] as number, c.path[0] as number] }
    // `2.0` is chapter 2 where chapters are numbered so, but right under chapter 2 itself it is that chapter's first
    // section (`1 Inleiding` with `1.0 Inleiding`, then `1.1`).
    if (/^\d{1,2}\.0$/u.test(c.nummer) && c.path.length === 1 && this.path.length === 1 && this.path[0] === c.path[0]) return { ...c, path: [c.path[0] as number, 0] }
    if (!c.letter || !this.deelLetter || c.path.length < 2 || c.path[0] !== this.deel) return c
    return { ...c, path: c.path.slice(1), letter: false }
  }

  private deelLetter = false

  /** `styled`: a heading style (DOCX) or typography (PDF) says the line is a heading; then the first chapter may have
   * any number (a visie in two volumes, the second numbered on from chapter 5 by Word's numbering). */
  fits(candidate: HeadingCandidate, styled = false): boolean {
    const c = this.inner(candidate)
    // The chapter's first section numbered 0 (see inner).
    if (c !== candidate && c.path.length === 2 && c.path[1] === 0) return true
    if (c.scheme === 'deel') return c.path[0] === this.deel + 1 || (!this.started && c.path[0] === 1)
    if (c.inserted) return c.path.join('.') === this.path.join('.')
    const p = c.path
    // A letter chapter (`B Kernkwaliteiten`) only where the chapters are lettered: the first one, or after another;
    // a section with its letter glued to it (`B1`) only below such a chapter.
    if (c.letter && p.length === 1 && this.path.length > 0 && !this.letters) return false
    if (c.letter && p.length > 1 && /^[A-H]\d/u.test(c.nummer) && !this.letters) return false
    if (this.opensDeel(c)) return true
    if (this.path.length === 0) return p.length === 1 && (p[0] === 0 || p[0] === 1 || (styled && !this.started && !c.letter))
    if (this.deel > 0 && p.length === 1 && p[0] === 1 && this.justStartedDeel) return true
    return this.expected().includes(p.join('.'))
  }

  /**
   * A number that skips ahead within its level (`1, 2, 4`) or repeats (`2.3` twice): an outline fault to report,
   * not a list item, when the form is clearly a heading.
   */
  nearMiss(candidate: HeadingCandidate): boolean {
    const c = this.inner(candidate)
    if (c.scheme === 'deel') return false
    if (c.letter && c.path.length === 1 && !this.letters && this.path.length > 0) return false
    if (c.letter && c.path.length > 1 && /^[A-H]\d/u.test(c.nummer) && !this.letters) return false
    // Before the first heading any numbered heading is a fault of the outline (it should start at 0 or 1).
    if (this.path.length === 0) return true
    const p = c.path
    if (p.length > this.path.length + 1) return false
    const parent = p.slice(0, -1).join('.')
    const ownParent = this.path.slice(0, p.length - 1).join('.')
    if (parent !== ownParent) return false
    const current = this.path[p.length - 1] ?? 0
    const last = p[p.length - 1] as number
    return last >= current && last <= current + 3
  }

  private justStartedDeel = false
  /** The parts are the chapters (`Deel 1 Hengeloos Buiten` with sections `1.1`, `1.2`): no level between them. */
  private deelIsChapter = false

  /** `1.1` right after `Deel 1`: the part is numbered as a chapter, this is its first section. */
  private opensDeel(c: HeadingCandidate): boolean {
    return this.justStartedDeel && c.scheme !== 'deel' && c.path.length === 2 && c.path[0] === this.deel && c.path[1] === 1 && !c.letter
  }

  /** The candidate last accepted, as the sequence read it (its level is asked after it moved the sequence on). */
  private accepted: { readonly candidate: HeadingCandidate; readonly read: HeadingCandidate } | undefined

  accept(candidate: HeadingCandidate): void {
    const c = this.inner(candidate)
    this.accepted = { candidate, read: c }
    this.started = true
    if (c.scheme === 'deel') {
      this.deel = c.path[0] as number
      this.deelLetter = /^[A-H]$/u.test(c.nummer)
      this.justStartedDeel = true
      return
    }
    if (this.opensDeel(c)) this.deelIsChapter = true
    this.justStartedDeel = false
    if (c.path.length === 1) this.letters = c.letter === true
    this.path = c.path.slice()
  }

  /** Depth in the outline (1 = top) of an accepted candidate. */
  level(candidate: HeadingCandidate): number {
    const c = this.accepted?.candidate === candidate ? this.accepted.read : this.inner(candidate)
    if (c.scheme === 'deel') return 1
    return c.path.length + (this.deel > 0 && !this.deelIsChapter ? 1 : 0)
  }

  get depth(): number {
    return this.path.length
  }
}

/** Kept for the Markdown reader and tests: the line's number and title when it has the form `1.2 Titel`. */
export function numberedCandidate(text: string): { nummer: string; opschrift: string } | undefined {
  const c = headingCandidate(text, undefined)
  return c && c.span === 1 && c.label === undefined && c.scheme === 'hoofdstuk' && /^\d/u.test(c.nummer) ? { nummer: c.nummer, opschrift: c.opschrift } : undefined
}

/**
 * The section number a line starts with (`5.6 Energie` → [5, 6]), when the line is a section heading (two levels or
 * more, its title on the same line) of at most `maxLength` characters.
 */
export function sectionPath(text: string, maxLength = Infinity): readonly number[] | undefined {
  const line = text.replace(/\s+/gu, ' ').trim()
  const c = headingCandidate(line, undefined)
  return c !== undefined && c.path.length >= 2 && c.span === 1 && line.length <= maxLength ? c.path : undefined
}

/**
 * `at` is numbered between `left` and `right`: under the same parent (`5.6` between `5.5` and `5.7`), or as the
 * heading that follows `left` in the outline and comes before `right` (`2.1.2` between `2.1.1` and `2.2`).
 */
export function sectionBetween(at: readonly number[], left: readonly number[], right: readonly number[]): boolean {
  const parent = (p: readonly number[]): string => p.slice(0, -1).join('.')
  const n = (p: readonly number[]): number => p[p.length - 1] as number
  if (parent(at) === parent(left) && parent(at) === parent(right) && n(left) < n(at) && n(at) < n(right)) return true
  return follows(left, at) && outlineOrder(at, right) < 0
}

/** `b` may be the heading right after `a`: its next sibling, its first child, or the next sibling of an ancestor. */
function follows(a: readonly number[], b: readonly number[]): boolean {
  if (b.length === a.length + 1 && a.every((x, k) => b[k] === x)) return (b[b.length - 1] as number) <= 1
  if (b.length > a.length || b.length === 0) return false
  return b.slice(0, -1).every((x, k) => a[k] === x) && (b[b.length - 1] as number) === (a[b.length - 1] as number) + 1
}

/** Outline order of two section numbers: `2.1.2` before `2.2`, `2.2` before `2.2.1`. */
function outlineOrder(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number)
  return a.length - b.length
}

/** A chapter title with its number printed after it: `Onze gemeente 2`, `Ambities (2)`, `Wonen | 3`. */
const TRAILING_NUMBER = /^(\p{Lu}.{1,100}?)\s+(?:\((\d{1,2})\)|(?:[–—|·]\s*)?(\d{1,2}))$/u
/** A section number at a line's start: `2.1 Ontstaan uit het veen`. */
const SECTION_START = /^(\d{1,2})\.\d{1,2}\.?\s+\p{L}/u

/**
 * Chapter titles whose number stands after them (`Voorwoord en inleiding 1` … `Uitvoering 5`, `Ambities (2)`), written as the
 * structurer reads a chapter (`1 Voorwoord en inleiding`): a short title line ending in a number where the first
 * section below it carries that number (`1.1 Waarom een omgevingsvisie`; a chapter without sections once the run has
 * begun), the numbers going up by one from 0 or 1,
 * at least two such chapters. Other lines as they are.
 */
export function trailingChapterNumbers<T extends { readonly text: string }>(lines: readonly T[]): T[] {
  const found: { k: number; n: number; title: string }[] = []
  let expected: number[] = [0, 1]
  for (let k = 0; k < lines.length; k++) {
    const m = TRAILING_NUMBER.exec((lines[k] as T).text)
    // `Hoofdstuk 2` is a label and its number, not a title `Hoofdstuk` numbered 2.
    if (!m || !titleLike(m[1] as string) || labelled.test((lines[k] as T).text)) continue
    const n = Number(m[2] ?? m[3])
    if (!expected.includes(n)) continue
    const section = lines.slice(k + 1, k + 40).find((l) => SECTION_START.test(l.text))
    // A last chapter without sections (`Uitvoering 5`) counts once the sequence has begun.
    if (section === undefined ? found.length === 0 : Number(SECTION_START.exec(section.text)?.[1]) !== n) continue
    found.push({ k, n, title: m[1] as string })
    expected = [n + 1]
  }
  if (found.length < 2) return lines.slice()
  const out = lines.slice()
  for (const f of found) out[f.k] = { ...(lines[f.k] as T), text: `${f.n} ${f.title}` }
  return out
}

interface PlacedLine {
  readonly text: string
  readonly raw: string
  readonly indent: number
}

/** Whether `own` is a bare number set left of a title of two lines, `above` and `below` it (see numberBesideTitle). */
export function besideTitle(above: PlacedLine | undefined, own: PlacedLine, below: PlacedLine | undefined): above is PlacedLine {
  return above !== undefined && below !== undefined && BARE_DECIMAL.test(own.text) &&
    above.indent >= own.indent + 3 && Math.abs(above.indent - below.indent) <= 1 &&
    above.text.length <= 80 && !headingCandidate(above.text, undefined) && titleContinues(above.text, below.text) &&
    titleLike(`${above.text} ${below.text}`)
}

/**
 * A chapter number set beside a title of two lines, centred on them (a number in a circle or a margin), comes out of
 * a laid-out extraction between the title's lines: `   Veelzijdig buitengebied: landbouw, natuur,` | `4` |
 * `   landschap en erfgoed in samenhang`. Such a number, left of two lines that start in one column further right and
 * read as one title, is put before them on one line (`4 Veelzijdig … in samenhang`), with the first line's place and
 * hints. Other lines as they are.
 */
export function numberBesideTitle<T extends PlacedLine>(lines: readonly T[]): T[] {
  const out: T[] = []
  for (let k = 0; k < lines.length; k++) {
    const [above, own, below] = [out[out.length - 1], lines[k] as T, lines[k + 1]]
    if (below === undefined || !besideTitle(above, own, below)) {
      out.push(own)
      continue
    }
    const nummer = own.text.replace(/\.$/u, '')
    const text = `${nummer} ${above.text} ${below.text}`
    out[out.length - 1] = { ...above, text, raw: `${' '.repeat(own.indent)}${text}`, indent: own.indent }
    k++
  }
  return out
}
