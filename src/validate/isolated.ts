/**
 * A package validated in a worker thread of its own, for a caller that needs only the report and then works on
 * (`visie preview` renders the page after it): when the thread ends, its JavaScript heap and libxml2's WebAssembly
 * memory, which never shrinks while it lives (~4× the largest XML file after the xsd layer), go with it. The preview of
 * a package with 90 000 Locaties peaked at 989 MB when the page was made beside what the validation had left.
 * In process instead when there is no bundled worker (running from the sources) or the thread fails to give a report
 * (the same report, only the memory differs).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { Report } from './index.js'
import { bundledWorker } from './workers.js'

/** What the worker needs: the package's path and how it is named in the report, and the schema set. */
export interface IsolatedRequest {
  readonly path: string
  readonly source: string
  readonly schemasDir: string
  /** Today's date for the date rules (LVBB1501), as `visie validate` passes it. */
  readonly vandaag?: string
}

/** How the thread is started: the worker module (or, with `options.eval`, code that imports it, as a test does). */
export interface IsolatedWorker {
  readonly file: URL | string
  readonly options?: WorkerOptions
}

/** The report of `visie validate` on the package at `request.path` (all layers), made in a thread of its own. */
export async function validateIsolated(request: IsolatedRequest, worker: IsolatedWorker | undefined = isolatedWorker()): Promise<Report> {
  if (worker !== undefined) {
    const report = await validateInThread(request, worker).catch(() => undefined)
    if (report !== undefined) return report
  }
  return validateHere(request)
}

/** The same run in this thread (the worker calls it too). */
export async function validateHere(request: IsolatedRequest): Promise<Report> {
  const { readPackage } = await import('../package/read.js')
  const { validatePackage } = await import('./index.js')
  const pkg = { ...(await readPackage(request.path)), source: request.source }
  return validatePackage(pkg, { schemasDir: request.schemasDir, ...(request.vandaag === undefined ? {} : { vandaag: request.vandaag }) })
}

/** The report from the thread `start` starts; rejects when the thread gives none. */
export function validateInThread(request: IsolatedRequest, start: IsolatedWorker): Promise<Report> {
  return new Promise((ok, fail) => {
    const worker = new Worker(start.file, { ...start.options, workerData: request })
    let report: Report | undefined
    worker.once('message', (m: { report?: Report; error?: string }) => {
      if (m.report !== undefined) report = m.report
      else fail(new Error(m.error ?? 'geen rapport'))
    })
    worker.once('error', fail)
    worker.once('exit', () => (report === undefined ? fail(new Error('de validatie-thread stopte zonder rapport')) : ok(report)))
  })
}

/** The bundled worker (workers.ts), undefined when running from the sources. */
function isolatedWorker(): IsolatedWorker | undefined {
  const file = bundledWorker('validate-worker.js')
  return file === undefined ? undefined : { file }
}
