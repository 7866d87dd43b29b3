/**
 * The deterministic ZIP: flat, entries sorted by name (code units), fixed timestamp and mode, fixed compression,
 * so the same files always give the same bytes, whatever the machine's clock, TZ or locale (style.md "Determinism").
 */
import yazl from 'yazl'
import type { PackageFile } from '../model/index.js'

/** 1980-01-01 00:00 local DOS time; yazl writes local time, so we build the Date from local components. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0)
const FILE_MODE = 0o100644

export function zipPackage(files: readonly PackageFile[]): Promise<Buffer> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const zip = new yazl.ZipFile()
  for (const f of sorted) {
    zip.addBuffer(Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), f.path, {
      mtime: FIXED_MTIME,
      mode: FILE_MODE,
      compress: true,
      forceZip64Format: false,
      // Without this yazl adds an extended-timestamp field in UTC, which differs per TZ.
      forceDosTimestamp: true,
    })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}
