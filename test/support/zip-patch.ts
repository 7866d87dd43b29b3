/**
 * ZIPs as hostile tools write them, for the ZIP reader's tests: yazl writes a clean ZIP, then a field of one entry's
 * central-directory record (what yauzl reads) is patched — the encryption flag, or the declared inflated size.
 */
import yazl from 'yazl'

export async function zipBytes(entries: Readonly<Record<string, string | Uint8Array>>, store = true): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name, { mtime: new Date(0) })
    else zip.addBuffer(Buffer.from(data), name, { mtime: new Date(0), compress: !store })
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** Offset of the central-directory record of `name` (signature PK\1\2, name at +46). */
function centralRecord(zip: Buffer, name: string): number {
  for (let i = zip.indexOf('PK\x01\x02', 0, 'latin1'); i >= 0; i = zip.indexOf('PK\x01\x02', i + 4, 'latin1')) {
    const length = zip.readUInt16LE(i + 28)
    if (zip.toString('latin1', i + 46, i + 46 + length) === name) return i
  }
  throw new Error(`${name} staat niet in de ZIP`)
}

export function setEncrypted(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip)
  const at = centralRecord(out, name)
  out.writeUInt16LE(out.readUInt16LE(at + 8) | 1, at + 8)
  return out
}

export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip)
  out.writeUInt32LE(size, centralRecord(out, name) + 24)
  return out
}
