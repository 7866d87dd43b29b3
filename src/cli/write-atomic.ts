/**
 * The one way the CLI writes a file: to `<target>.<pid>.tmp-visie` beside the target, renamed into place only
 * when complete. The temporary file is removed on every exit path — a failed write (full disk, --out a folder),
 * an exception, and SIGINT/SIGTERM/SIGHUP while writing — so neither a partial file nor a temp file survives.
 * A file-system failure becomes an InputError that names the target and the cause (exit 2).
 */
import { rmSync } from 'node:fs'
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises'
import { constants } from 'node:os'
import { dirname } from 'node:path'
import { InputError } from '../model/errors.js'
import { describeFsError, isFsError } from './fs-errors.js'

/** Writes the content through the handle; bytes/strings are written whole. */
export type Content = string | Uint8Array | ((handle: FileHandle) => Promise<void>)

const pending = new Set<string>()
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true })
  pending.clear()
  // Die as the signal says (130 for SIGINT, 143 for SIGTERM), as a shell expects.
  process.exit(128 + (constants.signals[signal] ?? 1))
}

function track(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal)
  pending.add(tmp)
}

function untrack(tmp: string): void {
  pending.delete(tmp)
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal)
}

/** The temporary name for `target`: unique per process, recognisable as ours. */
export function tempName(target: string): string {
  return `${target}.${process.pid}.tmp-visie`
}

export async function writeAtomically(target: string, content: Content): Promise<void> {
  const tmp = tempName(target)
  await mkdir(dirname(target), { recursive: true }).catch((e: unknown) => {
    throw isFsError(e) ? new InputError(describeFsError(e, e.path ?? dirname(target), 'als map aanmaken')) : e
  })
  try {
    track(tmp)
    const handle = await open(tmp, 'wx')
    try {
      if (typeof content === 'function') await content(handle)
      else await handle.writeFile(content)
    } finally {
      await handle.close()
    }
    await rename(tmp, target)
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {})
    if (isFsError(e)) throw new InputError(describeFsError(e, target, 'schrijven'))
    throw e
  } finally {
    untrack(tmp)
  }
}
