/**
 * The xsd layer of the files that do not wait for the geo survey (all but the GMLs, whose reduced form the survey
 * makes) in a worker thread of their own (worker.ts), started as soon as the package is read: on a machine with two
 * or more cores their parse and validation (an owLocaties.xml of 16 000 Locaties: ~0.2 s; of 90 000: ~0.9 s) runs
 * beside the survey and the rule layers instead of after them. Only where one of those files is large
 * (LARGE_ENTRY_BYTES): starting a thread and a second libxml2 costs ~0.1 s of CPU, more than the small files of an
 * ordinary package take. Not inside a thread (the isolated validation of `visie preview`, whose thread is there to keep
 * its memory apart), not with VISIE_WORKERS=0, one core, or without the bundled worker (running from the sources):
 * then, or when the thread fails, the layer validates those files itself, with the same findings.
 * The thread holds libxml2's memory for the largest of its files (~4× its size) until it ends; a Schematron layer that
 * runs in process (a package too large for its worker) waits for it first (settled), so the two never add up.
 */
import { isMainThread, Worker, type WorkerOptions } from 'node:worker_threads'
import type { Finding } from '../../model/index.js'
import { entrySize, LARGE_ENTRY_BYTES, type PackageContents, type RuleSetVersions, type ValidateContext } from '../layer.js'
import { bundledWorker, workerThreadsAllowed } from '../workers.js'

export interface XsdRequest {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[]
  readonly schemasDir: string
  readonly versies?: RuleSetVersions | null
  readonly imowNietOndersteund?: boolean
}
export type XsdReply = { readonly findings: readonly (readonly Finding[])[] } | { readonly error: string }

/** The findings per file name of the files the thread validated; rejects when it gave none. */
type OffThread = Promise<ReadonlyMap<string, readonly Finding[]>>

const started = new WeakMap<PackageContents, OffThread>()

/** Whether a file is left to the thread: XML that is not a GML (.gml: the survey reduces it first). */
export function offThreadFile(name: string): boolean {
  return /\.xml$/i.test(name)
}

/** How the thread is started: the worker module (or, with `options.eval`, code that imports it, as a test does). */
export interface XsdWorker {
  readonly file: URL | string
  readonly options?: WorkerOptions
}

/** Starts the thread for `pkg` where it pays (see above); the xsd layer takes its findings (offThreadFindings). */
export function startXsdOffThread(pkg: PackageContents, ctx: ValidateContext, start: XsdWorker | undefined = bundled()): void {
  const entries = pkg.entries.filter((e) => offThreadFile(e.name))
  if (start === undefined || !entries.some((e) => entrySize(e) >= LARGE_ENTRY_BYTES) || !isMainThread || !workerThreadsAllowed()) return
  // Copies: the package keeps its bytes for the rule layers.
  const request: XsdRequest = {
    files: entries.map((e) => ({ name: e.name, bytes: e.bytes })),
    schemasDir: ctx.schemasDir,
    ...(ctx.versies === undefined ? {} : { versies: ctx.versies }),
    ...(ctx.imowNietOndersteund === true ? { imowNietOndersteund: true } : {}),
  }
  const names = request.files.map((f) => f.name)
  const result: OffThread = new Promise((ok, fail) => {
    let worker: Worker
    try {
      worker = new Worker(start.file, { ...start.options, workerData: request })
    } catch (e) {
      fail(e as Error)
      return
    }
    let reply: XsdReply | undefined
    worker.once('message', (m: XsdReply) => {
      reply = m
    })
    worker.once('error', fail)
    worker.once('exit', () => {
      const got = reply
      if (got !== undefined && !('error' in got) && got.findings.length === names.length) ok(new Map(names.map((name, i) => [name, got.findings[i] ?? []])))
      else fail(new Error(got !== undefined && 'error' in got ? got.error : 'de xsd-thread stopte zonder bevindingen'))
    })
  })
  // Settled by whoever asks first; an unasked failure is not an unhandled rejection.
  result.catch(() => undefined)
  started.set(pkg, result)
}

function bundled(): XsdWorker | undefined {
  const file = bundledWorker('xsd-worker.js')
  return file === undefined ? undefined : { file }
}

/** Whether a thread took files of `pkg` (startXsdOffThread). */
export function hasOffThread(pkg: PackageContents): boolean {
  return started.has(pkg)
}

/** The thread's findings for `pkg` (undefined: not started, or it failed: the layer validates those files itself). */
export async function offThreadFindings(pkg: PackageContents): Promise<ReadonlyMap<string, readonly Finding[]> | undefined> {
  return started.get(pkg)?.catch(() => undefined)
}

/** Resolves when the thread for `pkg`, if any, has ended. */
export async function settled(pkg: PackageContents): Promise<void> {
  await offThreadFindings(pkg)
}
