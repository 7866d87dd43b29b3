/**
 * The one way the CLI writes a file: to `<target>.<pid>.tmp-visie` beside the target, renamed into place only
 * when complete. The temporary file is removed on every exit path — a failed write (full disk, --out a folder),
 * an exception, and SIGINT/SIGTERM/SIGHUP while writing — so neither a partial file nor a temp file survives.
 * A file-system failure becomes an InputError that names the target and the cause (exit 2).
 */
import { rmdirSync, rmSync } from 'node:fs'
import { type FileHandle, lstat, mkdir, open, rename, rm, rmdir, stat } from 'node:fs/promises'
import { constants } from 'node:os'
import { dirname, parse, sep } from 'node:path'
import { InputError } from '../model/errors.js'
import { describeFsError, isFsError } from './fs-errors.js'

/** Writes the content through the handle; bytes/strings are written whole. */
export type Content = string | Uint8Array | ((handle: FileHandle) => Promise<void>)

/** What a signal must remove: temporary files, and the output of a multi-file write that is not complete yet. */
const pending = new Map<string, 'file' | 'dir'>()
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

function onSignal(signal: NodeJS.Signals): void {
  removeNow([...pending])
  pending.clear()
  // Die as the signal says (130 for SIGINT, 143 for SIGTERM), as a shell expects.
  process.exit(128 + (constants.signals[signal] ?? 1))
}

/** Latest first: files, then the folders made for them (only when empty: never anything that was there). */
function removeNow(paths: readonly (readonly [string, 'file' | 'dir'])[]): void {
  for (const [path, kind] of [...paths].reverse()) {
    try {
      if (kind === 'file') rmSync(path, { force: true })
      else rmdirSync(path)
    } catch {
      // A folder someone else filled meanwhile stays.
    }
  }
}

function track(path: string, kind: 'file' | 'dir'): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal)
  pending.set(path, kind)
}

function untrack(path: string): void {
  pending.delete(path)
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal)
}

/** The temporary name for `target`: unique per process, recognisable as ours. */
export function tempName(target: string): string {
  return `${target}.${process.pid}.tmp-visie`
}

export async function writeAtomically(target: string, content: Content): Promise<void> {
  await writeAllAtomically([[target, content]])
}

/**
 * Several files as one output (`visie init`): each written atomically; when one fails, or a signal comes before all
 * are in place, the files already written and the folders made for them are removed again. Existing files are never
 * the targets here (init refuses them first), so removing a target never removes something the user had. Content
 * `'map'` makes an (empty) folder.
 */
export async function writeAllAtomically(files: readonly (readonly [string, Content | 'map'])[]): Promise<void> {
  const made: [string, 'file' | 'dir'][] = []
  const keep = (path: string, kind: 'file' | 'dir') => {
    made.push([path, kind])
    track(path, kind)
  }
  try {
    for (const [target, content] of files) {
      for (const dir of await makeDirectory(content === 'map' ? target : dirname(target))) keep(dir, 'dir')
      if (content === 'map') continue
      await writeOne(target, content)
      if (files.length > 1) keep(target, 'file')
    }
  } catch (e) {
    removeNow(made)
    throw e
  } finally {
    for (const [path] of made) untrack(path)
  }
}

async function writeOne(target: string, content: Content): Promise<void> {
  const tmp = tempName(target)
  try {
    track(tmp, 'file')
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

/**
 * `mkdir -p` one folder at a time, whose failure names the real cause. Node's recursive mkdir is not used: it reports
 * ENOENT on a read-only file system, ENOTDIR for a dangling symbolic link, and never returns below /proc. On failure
 * the path is walked from the root and the first part that cannot be a folder is named (EROFS, EACCES, ENOSPC from a
 * plain mkdir; a file; a link to nothing). Returns the folders it made, outermost first, so a failed write can remove
 * them again; on failure it removes them itself.
 */
export async function makeDirectory(dir: string): Promise<string[]> {
  const missing: string[] = []
  for (let d = dir; !(await lstat(d).catch(() => undefined)); d = dirname(d)) {
    missing.unshift(d)
    if (dirname(d) === d) break
  }
  if (missing.length === 0 && !(await stat(dir).catch(() => undefined))?.isDirectory()) {
    throw (await explainMkdir(dir)) ?? new InputError(describeFsError(Object.assign(new Error(), { code: 'ENOTDIR' }), dir, 'als map gebruiken'))
  }
  const made: string[] = []
  for (const d of missing) {
    try {
      await mkdir(d)
      made.push(d)
    } catch (e) {
      if (isFsError(e) && e.code === 'EEXIST' && (await stat(d).catch(() => undefined))?.isDirectory()) continue
      removeNow(made.map((m) => [m, 'dir'] as const))
      if (!isFsError(e)) throw e
      throw (await explainMkdir(dir)) ?? new InputError(describeFsError(e, d, 'als map aanmaken'))
    }
  }
  return made
}

/** The error for the first part of `dir` that is no folder and cannot be made one (undefined: none found). */
async function explainMkdir(dir: string): Promise<InputError | undefined> {
  const root = parse(dir).root
  let at = root
  for (const part of dir.slice(root.length).split(sep).filter((p) => p !== '')) {
    at = at === root ? `${root}${part}` : `${at}${sep}${part}`
    const link = await lstat(at).catch(() => undefined)
    const target = await stat(at).catch(() => undefined)
    if (link?.isSymbolicLink() && !target) {
      return new InputError(`Kan '${dir}' niet als map aanmaken: '${at}' is een symbolische link naar iets dat niet bestaat.`)
    }
    if (link && !target?.isDirectory()) {
      return new InputError(describeFsError(Object.assign(new Error(), { code: 'EEXIST' }), at, 'als map aanmaken'))
    }
    if (!link) {
      const e = await mkdir(at).then(() => undefined, (err: unknown) => err)
      if (e === undefined) await rmdir(at).catch(() => {})
      return isFsError(e) ? new InputError(describeFsError(e, at, 'als map aanmaken')) : undefined
    }
  }
  return undefined
}
