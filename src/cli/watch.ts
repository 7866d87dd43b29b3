/**
 * `--watch` (build, validate): a job run again whenever a file it reads changes, in the same process. A warm process rebuilds the Assen
 * project in ~0.2 s where a fresh one takes ~0.7 s (module loading, code that has not been optimised yet, schemas
 * compiled once per process: issue 18), so the report follows the text as it is edited.
 * Changes are collected until QUIET_MS pass without one (an editor's save is several events: a temporary file, a
 * rename); a change while a run is busy starts one more run after it, never two at once. The caller says which paths
 * do not count (the run's own output, an editor's hidden and backup files).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { join, relative } from 'node:path'
import { UsageError } from '../model/errors.js'
import { handleError, type UsageContext } from './errors.js'
import type { Io } from './io.js'

/** A folder to watch: its whole tree (`recursive`) or only its own entries. */
export interface WatchedFolder {
  readonly dir: string
  readonly recursive: boolean
}

export interface WatchOptions {
  readonly folders: readonly WatchedFolder[]
  /** Whether a change to this absolute path is left alone. */
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
 * Rejects when a folder cannot be watched or `run` throws (the caller catches what a run may fail on).
 */
export function watchAndRun(options: WatchOptions, run: (changed: readonly string[]) => Promise<void>): Promise<void> {
  const quiet = options.quietMs ?? QUIET_MS
  return new Promise((done, fail) => {
    const changed = new Set<string>()
    const watchers: FSWatcher[] = []
    let timer: NodeJS.Timeout | undefined
    let running = false
    let ended = false

    const end = (error?: unknown): void => {
      if (ended) return
      ended = true
      clearTimeout(timer)
      for (const w of watchers) w.close()
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
      run(list).then(
        () => {
          running = false
          if (options.stop?.aborted) end()
          else if (changed.size > 0) schedule()
        },
        (e: unknown) => end(e),
      )
    }

    try {
      for (const folder of options.folders) {
        const watcher = watch(folder.dir, { recursive: folder.recursive }, (_event, name) => {
          const path = name === null ? folder.dir : join(folder.dir, name.toString())
          if (ended || options.ignore(path)) return
          changed.add(path)
          // During a run the change waits for it (start() is called again when it ends).
          if (!running) schedule()
        })
        watcher.on('error', (e) => end(e))
        watchers.push(watcher)
      }
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

export interface Rounds {
  readonly folders: readonly WatchedFolder[]
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
