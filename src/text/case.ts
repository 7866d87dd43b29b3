/**
 * The case a document writes its words in, learnt from its own running text: a title set in capitals by its style
 * (`3. AMBITIES: GEZOND, VEILIG … OVER DE GRENS`) is written back in the document's own spelling only where the
 * document itself shows that spelling (`Sittard-Geleen`, `NOVI`, `regio`).
 *
 * A word counts only where its case says something: not at the start of a sentence or a line, and not inside a
 * line set entirely in capitals (a heading, a running header).
 */
import type { SourceLine } from './lines.js'

export type WordCase = 'lower' | 'capital' | 'upper'

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu

export function wordCases(lines: readonly Pick<SourceLine, 'text'>[]): ReadonlyMap<string, WordCase> {
  const counts = new Map<string, Record<WordCase, number>>()
  for (const l of lines) {
    if (!/\p{Ll}/u.test(l.text)) continue
    for (const m of l.text.matchAll(WORD)) {
      const word = m[0]
      // The first word of a line or a sentence is capitalised by position, not by spelling. (Looking back over the
      // spaces before the word only keeps this linear on a line of megabytes.)
      let j = (m.index ?? 0) - 1
      while (j >= 0 && /\s/u.test(l.text[j] as string)) j--
      if (j < 0 || /[.!?:;•–]/u.test(l.text[j] as string)) continue
      const kind = caseOf(word)
      if (kind === undefined) continue
      const key = word.toLocaleLowerCase('nl')
      const c = counts.get(key) ?? { lower: 0, capital: 0, upper: 0 }
      c[kind] += 1
      counts.set(key, c)
    }
  }
  const out = new Map<string, WordCase>()
  for (const [key, c] of counts) {
    const best = (['lower', 'capital', 'upper'] as const).reduce((a, b) => (c[b] > c[a] ? b : a))
    out.set(key, best)
  }
  return out
}

function caseOf(word: string): WordCase | undefined {
  if (!/\p{Lu}/u.test(word)) return 'lower'
  if (!/\p{Ll}/u.test(word)) return word.length >= 2 ? 'upper' : undefined
  return /^\p{Lu}/u.test(word) ? 'capital' : undefined
}

/**
 * A title in capitals written in sentence case: the first word capitalised, each other word as the document writes
 * it (lower case when it never occurs in the running text). Roman numerals and words with digits stay as they are.
 */
export function sentenceCase(title: string, cases: ReadonlyMap<string, WordCase>): string {
  let first = true
  return title.replace(WORD, (word) => {
    const atStart = first
    first = false
    if (/^[IVXLC]+$/u.test(word) && word.length <= 6 && !cases.has(word.toLocaleLowerCase('nl'))) return word
    const lower = word.toLocaleLowerCase('nl')
    const kind = cases.get(lower)
    if (kind === 'upper') return word
    // A hyphenated name takes its spelling whole (`Sittard-Geleen`), a compound its parts (`SOCIAAL-ECONOMISCH`).
    const capital = (w: string): string => w.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('nl'))
    if (kind === 'capital') return capital(lower)
    return atStart ? lower.charAt(0).toLocaleUpperCase('nl') + lower.slice(1) : lower
  })
}
