/**
 * Corpus texts changed the way other house styles differ from them, for measuring a mechanism on documents nobody
 * wrote for it: `withoutChapterNumbers` takes the numbers of the chapter headings out of the body (as where a chapter's
 * number stands only in a graphic), leaving the table of contents as it is.
 */
import type { Truth } from './score.js'

/** The text with each body line `N Titel` / `N. Titel` of a numbered chapter (level 1) as `Titel`; and how many changed. */
export function withoutChapterNumbers(text: string, truth: Truth): { text: string; changed: number } {
  const chapters = truth.visie.koppen.filter((k) => k.niveau === 1 && /^\d{1,2}$/u.test(k.nummer))
  const patterns = chapters.map((k) => new RegExp(`^(\\s*)${k.nummer}\\.?\\s+(${k.opschrift.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})\\s*$`, 'u'))
  let changed = 0
  const lines = text.split('\n').map((line) => {
    for (const p of patterns) {
      // The heading in the body, not its entry in the contents (which ends in a page number).
      const m = p.exec(line)
      if (m) {
        changed++
        return `${m[1] as string}${m[2] as string}`
      }
    }
    return line
  })
  return { text: lines.join('\n'), changed }
}

/** Whether the text has a table of contents with dot leaders. */
export function hasContents(text: string): boolean {
  return /(?:\.\s?){4,}\s*\d+\s*$/mu.test(text)
}
