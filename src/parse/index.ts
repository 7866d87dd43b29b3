/**
 * The text reader's entry points: `readText` (PDF-extracted text or the Markdown of `writeMarkdown`, detected),
 * `writeOutline` and `writeMarkdown`. Never throws on bad input: problems are findings (layer `bron`).
 */
import type { Document, Finding } from '../model/index.js'
import { readPdfText } from './read-text.js'

export { writeOutline } from './write-outline.js'
export { parseRules } from './findings.js'

export interface ReadTextOptions {
  /** The path of the source as given (used in findings and `document.file`). */
  readonly file: string
}

export function readText(text: string, options: ReadTextOptions): { document: Document; findings: Finding[] } {
  return readPdfText(text, options.file)
}
