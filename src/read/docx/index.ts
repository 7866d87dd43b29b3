/** DOCX → lines with hints and origins (issue 13; OOXML). Not yet built: a DOCX is refused with a clear message. */
import { InputError } from '../../model/errors.js'
import type { FormatLines } from '../../text/lines.js'

export async function readDocxLines(_bytes: Uint8Array, file: string): Promise<FormatLines> {
  throw new InputError(`${file} is een Word-bestand (DOCX) of ZIP; dat leest visie nog niet zelf. Sla het op als tekst of exporteer het als PDF en haal de tekst eruit.`)
}
