/**
 * The ZIP of a DOCX → the bytes of the parts the reader asks for, read from memory through the shared ZIP reader
 * (src/package/zip-read.ts) with its guards and Word's numbers: entry count, unsafe or duplicate part names, the total
 * inflated size, and per part read its size, compression ratio and encryption. Media are listed, never inflated.
 */
import { InputError } from '../../model/errors.js'
import { openZipBuffer, ZipGuard, type ZipArchive, type ZipEntry, type ZipLimits, type ZipProblem } from '../../package/zip-read.js'

export const docxLimits: ZipLimits = {
  /** A Word document has some tens of parts plus its media; 10 000 entries is no Word document. */
  maxEntries: 10_000,
  /** document.xml of a 300-page visie is some 5 MB; 200 MB of XML in one part is no document anyone wrote. */
  maxEntryBytes: 200 * 1024 * 1024,
  /** All parts together, media included (the DOCX itself is capped at 250 MB and media hardly compress). */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** XML compresses some 10–20×; a part above 1 MB that inflates more than 200× is a bomb, not text. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Word's part names are tens of characters; 4 M characters of names is no Word document. */
  maxNameChars: 4 * 1024 * 1024,
}

export interface DocxZip {
  /** Every entry name, in the ZIP's order. */
  readonly names: readonly string[]
  /** The inflated bytes of a part, or undefined when the ZIP has no such entry. */
  read(name: string): Promise<Uint8Array | undefined>
  close(): void
}

export async function openDocxZip(bytes: Uint8Array, file: string): Promise<DocxZip> {
  const zip = await openZipBuffer(bytes).catch((err: Error) => {
    throw new InputError(`${file} begint als ZIP maar is geen leesbaar Word-bestand (${err.message}); het is beschadigd of onvolledig.`)
  })
  const guard = new ZipGuard(docxLimits)
  if (guard.tooManyEntries(zip.entryCount)) {
    zip.close()
    throw new InputError(`${file}: het Word-bestand heeft ${zip.entryCount} onderdelen (hooguit ${docxLimits.maxEntries}); het is vermoedelijk geen Word-document of een zip-bom en wordt niet gelezen.`)
  }
  const entries = new Map<string, { entry: ZipEntry; problems: ZipProblem[] }>()
  try {
    await listEntries(zip, guard, file, entries)
  } catch (e) {
    zip.close()
    throw e instanceof InputError ? e : new InputError(`${file}: het Word-bestand is beschadigd (${(e as Error).message}).`)
  }
  return {
    names: [...entries.keys()],
    read: async (name) => {
      const found = entries.get(name)
      if (!found) return undefined
      refuse(found.entry, found.problems, file)
      try {
        return await zip.read(found.entry)
      } catch (e) {
        throw new InputError(`${file}: het onderdeel ${name} van het Word-bestand is beschadigd (${(e as Error).message}).`)
      }
    },
    close: () => zip.close(),
  }
}

/** Every entry with its problems; names and the total are judged for the whole ZIP, size and ratio when a part is read. */
async function listEntries(zip: ZipArchive, guard: ZipGuard, file: string, out: Map<string, { entry: ZipEntry; problems: ZipProblem[] }>): Promise<void> {
  for (let entry = await zip.next(); entry; entry = await zip.next()) {
    const problems = guard.check(entry)
    for (const p of problems) {
      if (p.kind === 'names')
        throw new InputError(`${file}: de namen van de onderdelen van het Word-bestand zijn samen langer dan ${docxLimits.maxNameChars} tekens; dat is geen Word-document en het wordt niet gelezen.`)
      if (p.kind === 'total')
        throw new InputError(`${file}: de onderdelen van het Word-bestand pakken samen uit tot meer dan ${docxLimits.maxTotalBytes} bytes; dat is een zip-bom of geen Word-document en wordt niet gelezen.`)
      if (p.kind === 'unsafe') throw new InputError(`${file}: het Word-bestand heeft een onderdeel met een onveilige naam '${entry.name}' (${p.reason}); het wordt niet gelezen.`)
      if (p.kind === 'duplicate')
        throw new InputError(`${file}: het Word-bestand heeft het onderdeel '${entry.name}' twee keer (ook als '${p.earlier}'); het is beschadigd en wordt niet gelezen.`)
    }
    out.set(entry.name, { entry, problems })
  }
}

function refuse(entry: ZipEntry, problems: readonly ZipProblem[], file: string): void {
  if (problems.some((p) => p.kind === 'encrypted')) throw new InputError(`${file}: het Word-bestand is versleuteld; sla het op zonder wachtwoord en probeer het opnieuw.`)
  if (problems.some((p) => p.kind === 'tooLarge' || p.kind === 'bomb'))
    throw new InputError(
      `${file}: het onderdeel ${entry.name} pakt uit tot ${entry.size} bytes uit ${entry.compressedSize} bytes; dat is een zip-bom of geen Word-document en wordt niet gelezen.`,
    )
}
