/**
 * Reads a source file for `readSourceBytes`, never more than the size limit (+1 MB): a regular file over the limit
 * is not read at all. Only regular files are read: a device or FIFO (/dev/zero, a named pipe) is refused at once,
 * opened non-blocking so that a FIFO without a writer cannot hang the read.
 * The limit is `maxBytes` for text and `maxBinaryBytes` for a file that starts as a PDF, ZIP (DOCX) or OLE file.
 */
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { NotRegularFile } from '../config/project-files.js'
import { sourceLimits } from './read-source.js'

const CHUNK = 1 << 20

/** The file's bytes and size; `bytes` is empty when `size` is over the limit. Errors (ENOENT, EISDIR) are the caller's. */
export async function readSourceFile(path: string): Promise<{ bytes: Uint8Array; size: number }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) throw new NotRegularFile('het is een map, geen bestand')
    if (!stat.isFile()) throw new NotRegularFile('het is geen gewoon bestand (een apparaat, pipe of socket)')
    const { size } = stat
    // A PDF or a ZIP (DOCX) has its own, larger limit; the text limit stays for everything else.
    const head = Buffer.alloc(1029)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const start = head.subarray(0, bytesRead).toString('latin1')
    const limit = start.includes('%PDF-') || start.startsWith('PK\u0003\u0004') ? sourceLimits.maxBinaryBytes : sourceLimits.maxBytes
    if (size > limit) return { bytes: new Uint8Array(0), size }
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.alloc(CHUNK)
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) return { bytes: new Uint8Array(0), size: total }
    }
    return { bytes: Buffer.concat(chunks, total), size: total }
  } finally {
    await handle.close()
  }
}

/** A PDF (`%PDF-` within the first KB), a ZIP or an OLE compound file: formats whose images count in their size. */
function binary(head: Buffer): boolean {
  return head.includes('%PDF-') || head.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1')) || head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
}
