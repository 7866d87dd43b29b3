/**
 * Reads a source file for `readSourceBytes`, never more than the size limit (+1 MB): a regular file over the limit
 * is not read at all, and a device or pipe without a size (/dev/zero, /dev/stdin) is read only up to the limit.
 */
import { open } from 'node:fs/promises'
import { sourceLimits } from './read-source.js'

const CHUNK = 1 << 20

/** The file's bytes and size; `bytes` is empty when `size` is over the limit. Errors (ENOENT, EISDIR) are the caller's. */
export async function readSourceFile(path: string): Promise<{ bytes: Uint8Array; size: number }> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size > sourceLimits.maxBytes) return { bytes: new Uint8Array(0), size }
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.alloc(CHUNK)
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > sourceLimits.maxBytes) return { bytes: new Uint8Array(0), size: total }
    }
    return { bytes: Buffer.concat(chunks, total), size: total }
  } finally {
    await handle.close()
  }
}
