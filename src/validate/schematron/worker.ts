/**
 * The Schematron layer in a worker thread (thread.ts starts it): loads saxon-js and the rule files here, off the main
 * thread, and answers each run with the findings runSchematron gives in process. Bundled as
 * dist/chunks/schematron-worker.js (scripts/bundle.ts).
 */
import { parentPort } from 'node:worker_threads'
import type { Finding } from '../../model/index.js'
import type { WorkerReply, WorkerRequest } from './thread.js'

const port = parentPort
if (port === null) throw new Error('schematron-worker draait alleen als worker thread')

// Imported on the first message: a warm-up request reads the rule files (and loads saxon-js for those without a
// TypeScript form) while the main thread works.
let module: Promise<typeof import('./index.js')> | undefined
const load = () => (module ??= import('./index.js'))

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => port.postMessage(reply))
})

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const { precompileSchematron, runSchematron } = await load()
    if (request.kind === 'warm') {
      // Its findings (a rule file that does not compile) come again from the run that needs the file.
      precompileSchematron(request.opts, true)
      return { id: request.id, findings: [] }
    }
    const decoder = new TextDecoder('utf-8')
    const documents = request.documents.map((d) => ({ name: d.name, text: decoder.decode(d.bytes), ...(d.known ? { known: d.known } : {}) }))
    const findings: Finding[] = runSchematron(documents, request.opts)
    return { id: request.id, findings }
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) }
  }
}
