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
/** The findings of each file of a request, in its order; null: the reduced form did not parse cleanly (see worker.ts). */
export type XsdReply = { readonly findings: readonly (readonly Finding[] | null)[] } | { readonly error: string }

/** Findings per file name of the files the thread validated (rejects when it gave none). */
type Found = Promise<ReadonlyMap<string, readonly Finding[] | null>>

/** The thread of a package: its answer on the files as written, and on the reduced GMLs once sent (sendReduced). */
interface OffThread {
  readonly worker: Worker
  /** Names of the files it was given. */
  readonly names: Set<string>
  readonly asWritten: Found
  reduced: Found | undefined
  /** Its second answer (on the reduced GMLs, or on none). */
  readonly second: Deferred<XsdReply>
}

const started = new WeakMap<PackageContents, OffThread>()

/** Whether a file goes to the thread at its start: XML that is not a GML (.gml: the survey reduces it first). */
function offThreadFile(name: string): boolean {
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
  let worker: Worker
  try {
    worker = new Worker(start.file, { ...start.options, workerData: request })
  } catch {
    return
  }
  // Its two answers come as two messages; an exit or error before an answer fails what is still awaited.
  const first = deferred<XsdReply>()
  const second = deferred<XsdReply>()
  let answers = 0
  worker.on('message', (m: XsdReply) => (answers++ === 0 ? first : second).ok(m))
  const stop = (e: Error) => {
    first.fail(e)
    second.fail(e)
  }
  worker.once('error', stop)
  worker.once('exit', () => stop(new Error('de xsd-thread stopte zonder bevindingen')))
  // The thread never keeps the process: an answer nobody waits for any more is not waited for.
  worker.unref()
  const thread: OffThread = { worker, names: new Set(request.files.map((f) => f.name)), asWritten: answered(first.promise, request.files), reduced: undefined, second }
  started.set(pkg, thread)
}

/**
 * Sends the thread of `pkg` (if it is still there) the GMLs as the geo survey reduced them, once; those the layer
 * does not send the thread validates nothing more and ends.
 */
export function sendReduced(pkg: PackageContents, files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): void {
  const thread = started.get(pkg)
  if (thread === undefined || thread.reduced !== undefined) return
  thread.reduced = answered(thread.second.promise, files)
  for (const f of files) thread.names.add(f.name)
  try {
    thread.worker.postMessage({ files })
  } catch (e) {
    thread.second.fail(e as Error)
  }
}

/** The findings of a reply by file name; rejects on an error or a reply of another length. */
function answered(reply: Promise<XsdReply>, files: readonly { readonly name: string }[]): Found {
  const found = findingsOf(reply, files)
  // Awaited later (offThreadFindings), or never: a failure until then is not an unhandled rejection.
  found.catch(() => undefined)
  return found
}

async function findingsOf(reply: Promise<XsdReply>, files: readonly { readonly name: string }[]): Found {
  const got = await reply
  if ('error' in got) throw new Error(got.error)
  if (got.findings.length !== files.length) throw new Error('de xsd-thread gaf niet voor elk bestand bevindingen')
  return new Map(files.map((f, i) => [f.name, got.findings[i] ?? null]))
}

interface Deferred<T> {
  readonly promise: Promise<T>
  readonly ok: (value: T) => void
  readonly fail: (e: Error) => void
}

function deferred<T>(): Deferred<T> {
  let ok: (value: T) => void = () => {}
  let fail: (e: Error) => void = () => {}
  const promise = new Promise<T>((resolve, reject) => {
    ok = resolve
    fail = reject
  })
  promise.catch(() => undefined)
  return { promise, ok, fail }
}

function bundled(): XsdWorker | undefined {
  const file = bundledWorker('xsd-worker.js')
  return file === undefined ? undefined : { file }
}

/** The names of the files a thread took of `pkg` (none without a thread). */
export function offThreadNames(pkg: PackageContents): ReadonlySet<string> {
  return started.get(pkg)?.names ?? new Set()
}

/**
 * The thread's findings for `pkg`: of the files as written, and of the reduced GMLs it was sent; null for a file the
 * layer must validate itself after all. Undefined when no thread took files, or it failed (the layer validates them).
 * Ends the thread once it has answered (sent no reduced GMLs, it has nothing more to do).
 */
export async function offThreadFindings(pkg: PackageContents): Promise<ReadonlyMap<string, readonly Finding[] | null> | undefined> {
  const thread = started.get(pkg)
  if (thread === undefined) return undefined
  sendReduced(pkg, [])
  try {
    const found = new Map(await thread.asWritten)
    for (const [name, f] of await (thread.reduced as Found)) found.set(name, f)
    return found
  } catch {
    return undefined
  } finally {
    void thread.worker.terminate()
  }
}

/** Resolves when the thread for `pkg`, if any, has answered and ended (its memory gone). */
export async function settled(pkg: PackageContents): Promise<void> {
  await offThreadFindings(pkg)
}
