/**
 * The Schematron layer off the main thread (issue 18): saxon-js and the rule evaluation are most of a validation's
 * CPU, so in the compiled CLI they run in one worker thread (worker.ts, dist/chunks/schematron-worker.js) while the
 * other layers run on the main thread; on a machine with two or more cores the layer's time largely disappears behind
 * theirs. `visie build` starts the worker before it reads the text (warmSchematron), so the rule files are read (and
 * saxon-js loaded for those without a TypeScript form, ports.ts) while the package is made. The findings are the ones runSchematron gives in process (the worker runs the same function).
 * In process instead: when there is no bundled worker (running from the sources), with VISIE_WORKERS=0, on a single
 * core, or for a package whose XML, as the rules read it (a GML with its coordinate texts reduced, schematronBytes),
 * is larger than IN_WORKER_BYTES (then the layers run one after the other, as before, so a large GIO is never held by
 * two layers at once: peak RSS stays that of the largest layer). 32 MB takes
 * a GIO of 20 000 Locaties (26 MB of XML: build 8.2 → 6.3–7.1 s beside a plain build of 1.5–1.9 s, 550 → 630 MB) and
 * keeps 40 000 (52 MB) in process (18 s, 790 MB; in the worker it went over 1 GB).
 * This module loads no saxon-js itself.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker, type WorkerOptions as WorkerThreadOptions } from 'node:worker_threads'
import type { Finding } from '../../model/index.js'
import type { DocumentBytes } from './index.js'
import { reducedGml, reducedGmlSize } from '../geo/survey.js'
import { entrySize, IN_WORKER_BYTES, type PackageContents, type PackageEntry, type RuleSetVersions, type ValidateContext, type ValidationLayer } from '../layer.js'
import { packageView, type PackageView } from '../view.js'
import { bundledWorker, workerThreadsAllowed } from '../workers.js'

/** Options of runSchematron that cross to the worker (plain data). */
export interface WorkerOptions {
  readonly schemasDir: string
  readonly trace?: ValidateContext['trace']
  readonly versies?: RuleSetVersions
}
/** A document for the worker: its bytes as the rules read them and what is known of them (SchematronDocument). */
export interface WorkerDocument extends DocumentBytes {
  readonly name: string
}
export type WorkerRequest =
  | { readonly kind: 'warm'; readonly id: number; readonly opts: WorkerOptions }
  | { readonly kind: 'run'; readonly id: number; readonly documents: readonly WorkerDocument[]; readonly opts: WorkerOptions }
export type WorkerReply = { readonly id: number; readonly findings: Finding[] } | { readonly id: number; readonly error: string }

const DOCUMENT = /\.(xml|gml)$/i

/** A worker thread that answers requests in order; started once per process, kept idle without holding the process. */
export class SchematronThread {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { ok: (findings: Finding[]) => void; fail: (e: Error) => void }>()
  private nextId = 1
  private failed: Error | undefined

  /** `file`: the worker module (or, with `options.eval`, code that imports it: how a test starts it from the sources). */
  constructor(file: URL | string, options: WorkerThreadOptions = {}) {
    this.worker = new Worker(file, options)
    this.worker.on('message', (reply: WorkerReply) => {
      const waiter = this.waiting.get(reply.id)
      if (waiter === undefined) return
      this.waiting.delete(reply.id)
      if (this.waiting.size === 0) this.worker.unref()
      if ('error' in reply) waiter.fail(new Error(reply.error))
      else waiter.ok(reply.findings)
    })
    const stop = (e: Error) => {
      this.failed ??= e
      for (const w of this.waiting.values()) w.fail(e)
      this.waiting.clear()
    }
    this.worker.on('error', stop)
    this.worker.on('exit', (code) => stop(new Error(`de Schematron-worker stopte (exit ${code})`)))
    // After the listeners: a 'message' listener refs the worker's port again, and an idle worker that was never asked
    // anything (every file from --cache) would then keep the process from ending.
    this.worker.unref()
  }

  /** Reads every rule file of the set (and compiles those without a TypeScript form), before any document arrives. */
  warm(opts: WorkerOptions): Promise<Finding[]> {
    // Does not hold the process: a build that stops before validating does not wait for saxon-js to load.
    return this.request((id) => ({ kind: 'warm', id, opts }), false)
  }

  /** runSchematron over the documents, in the worker. */
  run(documents: readonly WorkerDocument[], opts: WorkerOptions): Promise<Finding[]> {
    return this.request((id) => ({ kind: 'run', id, documents, opts }))
  }

  /** Ends the thread (a test's clean-up; the CLI leaves an idle worker to end with the process). */
  terminate(): Promise<number> {
    return this.worker.terminate()
  }

  private request(make: (id: number) => WorkerRequest, hold = true): Promise<Finding[]> {
    if (this.failed !== undefined) return Promise.reject(this.failed)
    const id = this.nextId++
    return new Promise((ok, fail) => {
      this.waiting.set(id, { ok, fail })
      if (hold) this.worker.ref()
      this.worker.postMessage(make(id))
    })
  }
}

let shared: SchematronThread | undefined | null

/** The process's worker, or null when the layer runs in process (no bundled worker, VISIE_WORKERS=0, one core). */
function thread(): SchematronThread | null {
  if (shared !== undefined) return shared
  const file = workerThreadsAllowed() ? bundledWorker('schematron-worker.js') : undefined
  try {
    shared = file === undefined ? null : new SchematronThread(file)
  } catch {
    shared = null
  }
  return shared
}

/** Starts the worker and has it load saxon-js and the rule files now (no-op when the layer runs in process). */
export function warmSchematron(schemasDir: string): void {
  if (schemasDir === '' || !existsSync(join(schemasDir, 'stop'))) return
  thread()?.warm({ schemasDir }).catch(() => undefined)
}

/**
 * Whether the layer runs off the main thread for this package (so the runner need not wait for it before the next):
 * by the size of what the rules read (schematronBytes: a GML as the geo survey reduces it).
 */
export function schematronOffThread(pkg: PackageContents, ctx: ValidateContext): boolean {
  if (thread() === null) return false
  const view = packageView(pkg, ctx)
  let bytes = 0
  for (const e of pkg.entries) if (DOCUMENT.test(e.name)) bytes += reducedGmlSize(view, e.name) ?? entrySize(e)
  return bytes <= IN_WORKER_BYTES
}

/**
 * What the rules read of a package file: a GML with its plain coordinate texts replaced by `0` as the geo survey
 * planned them in its one pass over the file (reducedGml; the same findings, as of all rules only STOP3019 reads
 * coordinate text, and only for a digit), so a 100 MB GIO is neither read whole nor decoded whole; any other file as
 * written.
 */
function schematronBytes(view: PackageView, entry: PackageEntry, keep: boolean): DocumentBytes {
  const reduced = reducedGml(view, entry.name, keep)
  if (reduced === undefined) return { bytes: entry.bytes }
  return { bytes: reduced.bytes, known: { allCoordinatesReduced: reduced.allCoordinates, noStrayCoordinates: reduced.noStray, witnessesOnly: reduced.witnessesOnly } }
}

/** The layer: in the worker when schematronOffThread, else (or when the worker failed) in process as before. */
export const schematronLayer: ValidationLayer = {
  name: 'stop',
  run: async (pkg, ctx) => {
    const view = packageView(pkg, ctx)
    // In process the bytes are decoded at once, one document at a time: nothing to keep for the xsd layer.
    const inProcess = async () => (await import('./index.js')).runLayer(pkg, ctx, (e) => schematronBytes(view, e, false))
    const worker = thread()
    const offThread = worker !== null && schematronOffThread(pkg, ctx)
    if (worker !== null && !offThread) {
      // Warmed for a package that turned out too large for it (build warms before the GIOs are made): ended before
      // the layer loads saxon-js and the rule files in process, so the two copies are not held at once.
      shared = undefined
      void worker.terminate()
    }
    if (worker === null || ctx.versies === null || !offThread) return inProcess()
    const documents = pkg.entries.filter((e) => DOCUMENT.test(e.name)).map((e): WorkerDocument => ({ name: e.name, ...schematronBytes(view, e, true) }))
    const opts: WorkerOptions = {
      schemasDir: ctx.schemasDir,
      ...(ctx.trace === undefined ? {} : { trace: ctx.trace }),
      ...(ctx.versies === undefined ? {} : { versies: ctx.versies }),
    }
    try {
      return await worker.run(documents, opts)
    } catch {
      // A worker that could not start or stopped: the same layer in process (same findings, only slower).
      return inProcess()
    }
  },
}
