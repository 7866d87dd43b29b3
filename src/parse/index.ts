/**
 * The text reader's entry points: `readText` (PDF-extracted text or the Markdown of `writeMarkdown`, detected),
 * `readSourceBytes` (a file's bytes: limits and encoding first), `writeOutline` and `writeMarkdown`.
 * Never throws on bad input: problems are findings (layer `bron`).
 */
import type { Document, Finding } from '../model/index.js'
import { readMarkdown } from './read-markdown.js'
import { readPdfText } from './read-text.js'

export { writeMarkdown } from './write-markdown.js'
export { writeOutline } from './write-outline.js'
export { parseRules } from './findings.js'
export { readSourceBytes, sourceLimits } from './read-source.js'
export { fillFigureSlots } from './figure-slots.js'

export interface ReadTextOptions {
  /** The path of the source as given (used in findings and `document.file`). */
  readonly file: string
}

export function readText(text: string, options: ReadTextOptions): { document: Document; findings: Finding[] } {
  return isMarkdown(text) ? readMarkdown(text, options.file) : readPdfText(text, options.file)
}

/** The Markdown of `writeMarkdown` starts with a `# ` heading and has a `# Bijlage A` heading; extracted text has neither. */
export function isMarkdown(text: string): boolean {
  const first = /^\uFEFF?\s*(\S[^\n]*)/u.exec(text)?.[1] ?? ''
  return first.startsWith('# ') && /^# Bijlage A\b/mu.test(text)
}
