/** PDF → lines with hints and origins (issue 13; pdfjs-dist). Not yet built: a PDF is refused with a clear message. */
import { InputError } from '../../model/errors.js'
import type { FormatLines } from '../../text/lines.js'

export async function readPdfLines(_bytes: Uint8Array, file: string): Promise<FormatLines> {
  throw new InputError(`${file} is een PDF; die leest visie nog niet zelf. Haal de tekst eruit met 'pdftotext -layout ${file}' en geef het .txt-bestand op.`)
}
