/**
 * The text reader's entry points: `readText` (PDF-extracted text or the Markdown of `writeMarkdown`, detected),
 * `readSourceBytes` (a file's bytes: limits and encoding first), `writeOutline` and `writeMarkdown`.
 * Never throws on bad input: problems are findings (layer `bron`).
 */
export { readText, isMarkdown, readSourceBytes, sourceLimits, type ReadTextOptions, type ReadSourceOptions } from './read-source.js'
export { readSourceFile } from './read-file.js'
export { writeMarkdown } from './write-markdown.js'
export { writeOutline } from './write-outline.js'
export { parseRules } from './findings.js'
export { fillFigureSlots } from './figure-slots.js'
export { summarize, formatSummary, type ReadSummary } from './summary.js'
