/**
 * A source file of any format → document model. The format is told by content, not by the name: a PDF starts with
 * `%PDF-`, a DOCX is a ZIP (`PK`), everything else is text (PDF-extracted text or the Markdown of `visie parse
 * --format md`). The PDF and DOCX readers give lines with hints and origins (`FormatLines`); from there every format
 * is read by the same `readLines`.
 */
import { InputError } from '../model/errors.js'
import type { Document, Finding } from '../model/index.js'
import { readSourceBytes } from '../parse/index.js'
import { readLines } from '../parse/read-text.js'
import type { FormatLines, SourceImage } from '../text/lines.js'
import { readDocxLines } from './docx/index.js'
import { readPdfLines } from './pdf/index.js'

export type SourceFormat = 'pdf' | 'docx' | 'ole' | 'tekst'

export interface ReadDocumentOptions {
  /** The path of the source as given (used in findings and `document.file`). */
  readonly file: string
  /** The file's size, when the caller did not read a file over the limit (then `bytes` may be empty). */
  readonly size?: number
  /** Take a PDF's or DOCX's raster figures with their caption (visie.json `illustraties`); they come back as `images`. */
  readonly illustraties?: boolean
}

export function sourceFormat(bytes: Uint8Array): SourceFormat {
  if (startsWith(bytes, '%PDF-', 1024)) return 'pdf'
  if (startsWith(bytes, 'PK\u0003\u0004', 0)) return 'docx'
  // An OLE compound file: a Word 97-2003 .doc (also when renamed to .docx), or a DOCX encrypted with a password.
  if (startsWith(bytes, '\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1', 0)) return 'ole'
  return 'tekst'
}

export interface ReadResult {
  readonly document: Document
  readonly findings: Finding[]
  /** The figures' images, keyed by their caption's line (a Figuur's `position.start.line`); only when asked for. */
  readonly images?: readonly SourceImage[]
}

export async function readDocument(bytes: Uint8Array, options: ReadDocumentOptions): Promise<ReadResult> {
  const format = sourceFormat(bytes)
  if (format === 'tekst') return readSourceBytes(bytes, options)
  if (format === 'ole') throw new InputError(oleMessage(bytes, options.file))
  const read: FormatLines =
    format === 'pdf'
      ? await readPdfLines(bytes, options.file, { illustraties: options.illustraties === true })
      : await readDocxLines(bytes, options.file, { illustraties: options.illustraties === true })
  const result = readLines(read.lines, options.file, { furniture: read.furniture, origins: read.origins, findings: read.findings })
  return read.images ? { ...result, images: read.images } : result
}

/** An encrypted DOCX is an OLE file with an `EncryptedPackage` stream (its name in UTF-16 in the directory). */
function oleMessage(bytes: Uint8Array, file: string): string {
  const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))
  return encrypted
    ? `${file} is een met een wachtwoord versleuteld Word-bestand; visie kan het niet lezen. Sla het in Word op zonder wachtwoord (Bestand > Info > Document beveiligen) en probeer het opnieuw.`
    : `${file} is een oud Word-bestand (Word 97-2003, .doc), geen .docx; visie leest alleen .docx. Open het in Word of LibreOffice en sla het op als Word-document (.docx).`
}

/** Whether `prefix` occurs in the first `within` + its length bytes (a PDF may have some bytes before `%PDF-`). */
function startsWith(bytes: Uint8Array, prefix: string, within: number): boolean {
  const head = Buffer.from(bytes.subarray(0, within + prefix.length)).toString('latin1')
  return within === 0 ? head.startsWith(prefix) : head.includes(prefix)
}
