/**
 * Source → document model. `readText` picks the reader (PDF-extracted text or the Markdown of `writeMarkdown`);
 * `readSourceBytes` first applies the limits (size, line length, findings per code), the encoding (UTF-8; UTF-16
 * with BOM; otherwise windows-1252 with a waarschuwing) and binary detection.
 */
import { type Document, type Finding, codePointName } from '../model/index.js'
import { type ControlCharacter, decodeSource, removeXmlIllegal } from '../text/decode.js'
import { emptyDocument } from './empty.js'
import { finding } from './findings.js'
import { readMarkdown } from './read-markdown.js'
import { readPdfText } from './read-text.js'

export interface ReadTextOptions {
  /** The path of the source as given (used in findings and `document.file`). */
  readonly file: string
}

export function readText(text: string, options: ReadTextOptions): { document: Document; findings: Finding[] } {
  return isMarkdown(text) ? readMarkdown(text, options.file) : readPdfText(text, options.file)
}

/** The Markdown of `writeMarkdown` starts with a `# ` heading and has a `# Bijlage …` heading (A, I, 1); extracted text has neither. */
export function isMarkdown(text: string): boolean {
  const first = /^\uFEFF?\s*(\S[^\n]*)/u.exec(text)?.[1] ?? ''
  return first.startsWith('# ') && /^# Bijlage\b/mu.test(text)
}

export const sourceLimits = {
  /** The text of an omgevingsvisie is some 100 kB to a few MB (Assen: 108 kB); 20 MB is no text export of a visie. */
  maxBytes: 20 * 1024 * 1024,
  /**
   * A PDF or DOCX (told by its first bytes) may be larger: photos and maps make an adopted visie 20-100 MB. 200 MB
   * is read whole into memory (pdfjs-dist keeps the file and one page's objects at a time); beyond it no visie.
   */
  maxBinaryBytes: 200 * 1024 * 1024,
  /** PDF extraction gives lines of ~100 characters; a 100 000-character line is no extracted text. */
  maxLineLength: 100_000,
  /** Findings of one code beyond this are summarised in one VISIE-153 (a flood says the same thing 100 000 times). */
  maxFindingsPerCode: 200,
} as const

export interface ReadSourceOptions extends ReadTextOptions {
  /** The file's size, when the caller did not read a file over `maxBytes` (then `bytes` may be empty). */
  readonly size?: number
}

/** Reads the source file's bytes; never throws on bad input: problems are findings (layer `bron`). */
export function readSourceBytes(bytes: Uint8Array, options: ReadSourceOptions): { document: Document; findings: Finding[] } {
  const file = options.file
  const size = Math.max(bytes.length, options.size ?? 0)
  if (size > sourceLimits.maxBytes) {
    return refused(file, finding('VISIE-151', file, 1, { bytes: size, maximum: sourceLimits.maxBytes }))
  }
  const decoded = decodeSource(bytes)
  if (decoded.encoding === 'binary') return refused(file, finding('VISIE-100', file, 1))
  const long = longLine(decoded.text)
  if (long) return refused(file, finding('VISIE-152', file, long.line, { lengte: long.length, maximum: sourceLimits.maxLineLength }))
  const clean = removeXmlIllegal(decoded.text)
  // NFC, so that a name written in decomposed form (a Mac's NFD) is the same name everywhere (GIOs, captions).
  const read = readText(clean.text.normalize('NFC'), { file })
  const findings = capFindings([...controlFindings(clean.removed, file), ...read.findings], file)
  if (decoded.encoding === 'windows-1252') findings.unshift(finding('VISIE-150', file, decoded.firstInvalidLine))
  return { document: read.document, findings }
}

/** VISIE-141 for Word's manual line break (read as a space), VISIE-140 for any other removed control character. */
function controlFindings(removed: readonly ControlCharacter[], file: string): Finding[] {
  return removed.map(({ line, char }) =>
    char === '\u000B' ? finding('VISIE-141', file, line) : finding('VISIE-140', file, line, { teken: codePointName(char) }),
  )
}

function refused(file: string, f: Finding): { document: Document; findings: Finding[] } {
  return { document: emptyDocument(file), findings: [f] }
}

/** The first line longer than the limit (line from 1), without splitting the text into an array of lines. */
function longLine(text: string): { line: number; length: number } | undefined {
  let line = 1
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10
    if (c !== 10 && c !== 13) continue
    if (i - start > sourceLimits.maxLineLength) return { line, length: i - start }
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    line++
    start = i + 1
  }
  return undefined
}

/** Keeps the first maxFindingsPerCode findings of each code; one VISIE-153 per code says how many more there were. */
function capFindings(findings: readonly Finding[], file: string): Finding[] {
  const counts = new Map<string, number>()
  const out: Finding[] = []
  const firstDropped = new Map<string, number>()
  for (const f of findings) {
    const n = (counts.get(f.code) ?? 0) + 1
    counts.set(f.code, n)
    if (n <= sourceLimits.maxFindingsPerCode) out.push(f)
    else if (!firstDropped.has(f.code)) firstDropped.set(f.code, f.source?.line ?? 1)
  }
  const maximum = sourceLimits.maxFindingsPerCode
  for (const [code, line] of firstDropped) {
    out.push(finding('VISIE-153', file, line, { code, weggelaten: (counts.get(code) as number) - maximum, maximum }))
  }
  return out
}
