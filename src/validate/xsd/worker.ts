/**
 * The xsd layer's files in a worker thread of their own (thread.ts starts it right after the package is read): first
 * the files that need no geo survey, as written (workerData), then, when the main thread sends them, GMLs as the
 * survey reduced them (or nothing); the findings of each, and the thread ends (its WebAssembly memory with it).
 * Bundled as dist/chunks/xsd-worker.js (scripts/bundle.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Finding } from '../../model/index.js'
import { validateReducedXml, validateXml } from './index.js'
import type { XsdReply, XsdRequest } from './thread.js'

const port = parentPort
if (port === null) throw new Error('xsd-worker draait alleen als worker thread')

async function answer(request: XsdRequest, reduced: boolean): Promise<XsdReply> {
  try {
    const findings: (readonly Finding[] | null)[] = []
    for (const file of request.files) {
      const found = reduced
        ? await validateReducedXml(file.name, file.bytes, request.schemasDir, request.versies, request.imowNietOndersteund)
        : await validateXml(file.name, file.bytes, request.schemasDir, request.versies, request.imowNietOndersteund)
      findings.push(found ?? null)
    }
    return { findings }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

const first = workerData as XsdRequest
port.postMessage(await answer(first, false))
port.once('message', (second: Pick<XsdRequest, 'files'>) => {
  void answer({ ...first, files: second.files }, true).then((reply) => {
    port.postMessage(reply)
    port.close()
  })
})
