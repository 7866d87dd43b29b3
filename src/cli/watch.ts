/**
 * `--watch` (build, validate): a job run again whenever a file it reads changes, in the same process. A warm process
 * rebuilds the Assen project in ~0.15 s where a fresh one takes ~0.65 s (module loading, code that has not been
 * optimised yet, schemas compiled once per process: issue 18), so the report follows the text as it is edited.
 * Changes are collected until QUIET_MS pass without one (an editor's save is several events: a temporary file, a
 * rename); a change while a run is busy starts one more run after it, never two at once. The caller says which paths
 * do not count (the run's own output, an editor's hidden and backup files).
 */
import { existsSync, readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'
import { inside as within } from '../config/project-files.js'
import { InputError, UsageError } from '../model/errors.js'
import { handleError, type UsageContext } from './errors.js'
import type { Io } from './io.js'

/** A folder to watch: its whole tree (`recursive`: every folder in it that `ignore` lets through) or only its entries. */
export interface WatchedFolder {
  readonly dir: string
  readonly recursive: boolean
}

export interface WatchOptions {
  /** The folders, or a function that gives them again after each run (a run may learn of more, build.ts). */
  readonly folders: readonly WatchedFolder[] | (() => readonly WatchedFolder[])
  /** Whether a change to this path (under a watched folder as given) is left alone; an ignored folder is not watched. */
  readonly ignore: (path: string) => boolean
  /** Ends the watch (after a run in progress is done); without it the watch lasts as long as the process. */
  readonly stop?: AbortSignal
  /** How long no change must come before a run starts (default QUIET_MS). */
  readonly quietMs?: number
  /** A first run (with no changed paths) as soon as the folders are watched, so a change during it is not missed. */
  readonly runFirst?: boolean
}

export const QUIET_MS = 80

/**
 * Calls `run` with the changed paths (sorted) after each burst of changes, one run at a time, until `stop` aborts.
 * Each folder is watched on its own, not with fs.watch's `recursive` (Node 22 on Linux follows a file, not its name,
 * there: after an editor's save, a temporary file renamed over the text, later saves went unseen), so folders that
 * do not count (`.git`, the output) cost no watch at all; folders made later are picked up when seen or after a run.
 * Rejects when a folder cannot be watched (InputError, Dutch) or `run` throws (the caller catches what a run may fail on).
 */
export function watchAndRun(options: WatchOptions, run: (changed: readonly string[]) => Promise<void>): Promise<void> {
  const quiet = options.quietMs ?? QUIET_MS
  const folders = (): readonly WatchedFolder[] => (typeof options.folders === 'function' ? options.folders() : options.folders)
  return new Promise((done, fail) => {
    const changed = new Set<string>()
    const watchers = new Map<string, FSWatcher>()
    let timer: NodeJS.Timeout | undefined
    let running = false
    let ended = false
    /** A watcher's failure during a run: the watch ends when the run is done, not under it. */
    let failure: unknown

    const end = (error?: unknown): void => {
      if (ended) return
      ended = true
      clearTimeout(timer)
      for (const w of watchers.values()) w.close()
      if (error === undefined) done()
      else fail(error)
    }
    const schedule = (): void => {
      clearTimeout(timer)
      timer = setTimeout(start, quiet)
    }
    const start = (): void => {
      if (running || ended) return
      running = true
      const list = [...changed].sort()
      changed.clear()
      Promise.resolve()
        .then(() => run(list))
        .then(
          () => {
            running = false
            if (failure === undefined && !options.stop?.aborted) refresh()
            if (failure !== undefined) end(failure)
            else if (options.stop?.aborted) end()
            else if (changed.size > 0) schedule()
          },
          (e: unknown) => end(e),
        )
    }
    /** Watches `dir` (if not yet) and, `recursive`, every folder under it that counts; throws an InputError. */
    const watchTree = (dir: string, recursive: boolean): void => {
      if (ended) return
      if (!watchers.has(dir)) {
        let watcher: FSWatcher
        try {
          watcher = watch(dir, (_event, name) => {
            const path = name === null ? dir : join(dir, name.toString())
            if (ended || options.ignore(path)) return
            if (recursive && path !== dir && isFolder(path)) tryWatch(path)
            changed.add(path)
            // During a run the change waits for it (start() is called again when it ends).
            if (!running) schedule()
          })
        } catch (e) {
          throw notWatchable(dir, e)
        }
        watcher.on('error', (e) => {
          watcher.close()
          watchers.delete(dir)
          // A folder that went away is no failure: a run may make it again (refresh).
          if (existsSync(dir)) fault(notWatchable(dir, e))
        })
        watchers.set(dir, watcher)
      }
      if (!recursive) return
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const sub = join(dir, entry.name)
        if (entry.isDirectory() && !options.ignore(sub)) watchTree(sub, true)
      }
    }
    /** Ends the watch with `error`, or after the run in progress. */
    const fault = (error: unknown): void => {
      failure = error
      if (!running) end(error)
    }
    /** A folder seen or made while watching: one that is gone again is left; one that cannot be watched ends the watch. */
    const tryWatch = (dir: string): void => {
      try {
        watchTree(dir, true)
      } catch (e) {
        if (existsSync(dir)) fault(e)
      }
    }
    /** After a run: watches of folders that are gone closed, folders made meanwhile watched. */
    const refresh = (): void => {
      for (const [dir, watcher] of watchers) {
        if (!existsSync(dir)) {
          watcher.close()
          watchers.delete(dir)
        }
      }
      for (const folder of folders()) {
        if (!existsSync(folder.dir)) continue
        try {
          watchTree(folder.dir, folder.recursive)
        } catch (e) {
          fault(e)
        }
      }
    }

    try {
      for (const folder of folders()) watchTree(folder.dir, folder.recursive)
    } catch (e) {
      end(e)
      return
    }
    if (options.stop) {
      if (options.stop.aborted) end()
      options.stop.addEventListener('abort', () => {
        if (!running) end()
      })
    }
    if (options.runFirst) start()
  })
}

export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true
}

/** Why a folder cannot be watched, in Dutch: the system's watch limit (ENOSPC, EMFILE) or the error as it came. */
function notWatchable(dir: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EMFILE') {
    return new InputError(
      `Kan '${dir}' niet bewaken: het systeem bewaakt al zoveel bestanden als het toestaat (${code}). Verhoog de grens (op Linux fs.inotify.max_user_watches) of bewaak een kleinere map.`,
    )
  }
  return new InputError(`Kan '${dir}' niet bewaken: ${(e as Error)?.message ?? String(e)}`)
}

/**
 * A path as the watch reports it: with symbolic links resolved (of the part that exists; the rest as given), so that
 * `--out` spelled through a link or another case still names the folder the watcher sees.
 */
export function canonical(path: string): string {
  let head = path
  const rest: string[] = []
  for (;;) {
    try {
      return join(realpathSync.native(head), ...rest)
    } catch {
      const up = dirname(head)
      if (up === head) return path
      rest.unshift(basename(head))
      head = up
    }
  }
}

/** On the file systems that ignore case (Windows, macOS) paths are compared without it. */
const FOLD = process.platform === 'win32' || process.platform === 'darwin'
const folded = (path: string): string => (FOLD ? path.toLowerCase() : path)

/** Whether two canonical paths name the same file. */
export function samePath(a: string, b: string): boolean {
  return folded(a) === folded(b)
}

/** Whether `path` is `dir` or lies under it (canonical paths). */
export function inside(dir: string, path: string): boolean {
  return within(folded(dir), folded(path))
}

/** Hidden (a part starting with a dot), an editor's backup (`…~`) or a temporary file (`.tmp-visie`, `.tmp`). */
export function scratchPath(base: string, path: string): boolean {
  return /(~|\.tmp-visie|\.tmp)$/.test(path) || relative(base, path).split(sep).some((part) => part.startsWith('.'))
}

export interface Rounds {
  readonly folders: WatchOptions['folders']
  readonly ignore: (path: string) => boolean
  /** What is watched, for the messages (`/work/visie` or `pakket.zip`); changed paths are named relative to `base`. */
  readonly what: string
  readonly base: string
  /** What a round does, for the message after a change (`opnieuw bouwen`). */
  readonly again: string
  readonly io: Io
  /** How a failed round is reported: as the CLI reports an error (--debug, --format json). */
  readonly debug: boolean
  readonly context: UsageContext
}

/**
 * The command's `--watch`: `once` (a whole run that prints its own report and gives its exit code) as soon as the
 * folders are watched, then again after each burst of changes (watchAndRun), until `io.stop` aborts (a test; the CLI
 * runs until Ctrl-C). A round that throws is reported as the CLI reports an error (exit 2) and the watch goes on,
 * except for a usage error in the first round (a wrong option stays wrong: thrown). Gives the last round's exit code.
 */
export async function watchRounds(rounds: Rounds, once: () => Promise<number>): Promise<number> {
  const { io } = rounds
  let last = 0
  let first = true
  const watching = { folders: rounds.folders, ignore: rounds.ignore, runFirst: true, ...(io.stop ? { stop: io.stop } : {}) }
  await watchAndRun(watching, async (changed) => {
    if (!first) {
      // Named: what is there now (an editor's or sed's temporary file, renamed away, is not), else whatever changed.
      const present = changed.filter((p) => existsSync(p))
      const names = (present.length > 0 ? present : changed).map((p) => relative(rounds.base, p) || p)
      const more = names.length > 3 ? ` en ${names.length - 3} meer` : ''
      io.err(`\n${new Date().toLocaleTimeString('nl-NL')} gewijzigd: ${names.slice(0, 3).join(', ')}${more}; ${rounds.again}\n`)
    }
    try {
      last = await once()
    } catch (e) {
      if (first && e instanceof UsageError) throw e
      last = handleError(e, io, rounds.debug, rounds.context)
    }
    first = false
    io.err(`Wacht op wijzigingen in ${rounds.what} (Ctrl-C stopt).\n`)
  })
  return last
}
