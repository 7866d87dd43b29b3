/**
 * The ZIP of a DOCX → the bytes of the parts the reader asks for, read from memory (yauzl), with guards against a ZIP
 * bomb: the number of entries, the declared size of each part read and its compression ratio (yauzl checks the
 * declared size against the inflated bytes). Media are listed, never inflated.
 */
import yauzl from 'yauzl'
import { InputError } from '../../model/errors.js'

export const docxLimits = {
  /** A Word document has some tens of parts plus its media; 10 000 entries is no Word document. */
  maxEntries: 10_000,
  /** document.xml of a 300-page visie is some 5 MB; 200 MB of XML in one part is no document anyone wrote. */
  maxPartBytes: 200 * 1024 * 1024,
  /** XML compresses some 10–20×; a part above 1 MB that inflates more than 200× is a bomb, not text. */
  maxRatio: 200,
} as const

export interface DocxZip {
  /** Every entry name, in the ZIP's order. */
  readonly names: readonly string[]
  /** The inflated bytes of a part, or undefined when the ZIP has no such entry. */
  read(name: string): Promise<Uint8Array | undefined>
  close(): void
}

export async function openDocxZip(bytes: Uint8Array, file: string): Promise<DocxZip> {
  const zip = await fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file)
  if (zip.entryCount > docxLimits.maxEntries) {
    zip.close()
    throw new InputError(`${file}: het Word-bestand heeft ${zip.entryCount} onderdelen (hooguit ${docxLimits.maxEntries}); het is vermoedelijk geen Word-document of een zip-bom en wordt niet gelezen.`)
  }
  const entries = new Map<string, yauzl.Entry>()
  try {
    for (let e = await nextEntry(zip); e; e = await nextEntry(zip)) entries.set(e.fileName, e)
  } catch (e) {
    zip.close()
    throw new InputError(`${file}: het Word-bestand is beschadigd (${(e as Error).message}).`)
  }
  return {
    names: [...entries.keys()],
    read: async (name) => {
      const entry = entries.get(name)
      if (!entry) return undefined
      guard(entry, file)
      try {
        return await readEntry(zip, entry)
      } catch (e) {
        throw new InputError(`${file}: het onderdeel ${name} van het Word-bestand is beschadigd (${(e as Error).message}).`)
      }
    },
    close: () => zip.close(),
  }
}

function guard(entry: yauzl.Entry, file: string): void {
  if (entry.isEncrypted()) throw new InputError(`${file}: het Word-bestand is versleuteld; sla het op zonder wachtwoord en probeer het opnieuw.`)
  const size = entry.uncompressedSize
  if (size > docxLimits.maxPartBytes || (size > 1024 * 1024 && size / Math.max(1, entry.compressedSize) > docxLimits.maxRatio)) {
    throw new InputError(
      `${file}: het onderdeel ${entry.fileName} pakt uit tot ${size} bytes uit ${entry.compressedSize} bytes; dat is een zip-bom of geen Word-document en wordt niet gelezen.`,
    )
  }
}

function fromBuffer(buffer: Buffer, file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(new InputError(`${file} begint als ZIP maar is geen leesbaar Word-bestand (${err?.message ?? 'onleesbaar'}); het is beschadigd of onvolledig.`)) : resolve(zip),
    )
  })
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry): void => done(() => resolve(e))
    const onEnd = (): void => done(() => resolve(undefined))
    const onError = (err: Error): void => done(() => reject(err))
    const done = (f: () => void): void => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError)
      f()
    }
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError)
    zip.readEntry()
  })
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('onleesbaar'))
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('error', reject)
      stream.on('end', () => resolve(Buffer.concat(chunks)))
    })
  })
}
