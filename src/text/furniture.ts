/**
 * Drops PDF page furniture from source lines (product.md §5): running footers with their page number, bare page
 * numbers (also at the top of bijlagen) and the vertical watermark, which extracts as 1–2 letter lines (C/on/ce/pt).
 */
import type { SourceLine } from './lines.js'

export interface FurnitureResult {
  readonly lines: readonly SourceLine[]
  /** What was dropped, for reporting and tests. */
  readonly removed: readonly SourceLine[]
}

const PAGE_NUMBER = /^\d{1,3}$/
const WATERMARK = /^[A-Za-z]{1,2}$/

/**
 * A footer is a line that is followed by a bare page number and, with its digits ignored, occurs at least twice
 * in the document that way (the text of the footer does not matter: `Concept (van 5-1-2026 13:49)` or any other).
 */
export function dropFurniture(lines: readonly SourceLine[]): FurnitureResult {
  const footers = footerShapes(lines)
  const kept: SourceLine[] = []
  const removed: SourceLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine
    const next = lines[i + 1]
    const isFooter = next !== undefined && PAGE_NUMBER.test(next.text) && footers.has(shape(l.text))
    if (isFooter || PAGE_NUMBER.test(l.text) || WATERMARK.test(l.text)) removed.push(l)
    else kept.push(l)
  }
  return { lines: kept, removed }
}

function footerShapes(lines: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as SourceLine
    if (PAGE_NUMBER.test(l.text) || !PAGE_NUMBER.test((lines[i + 1] as SourceLine).text)) continue
    const s = shape(l.text)
    counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([s]) => s))
}

function shape(text: string): string {
  return text.replace(/\d+/g, '#')
}
