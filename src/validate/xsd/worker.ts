/**
 * The xsd layer's files that do not wait for the geo survey, validated in a worker thread (thread.ts starts it right
 * after the package is read): one request, the findings of each file, and the thread ends (its WebAssembly memory with
 * it). Bundled as dist/chunks/xsd-worker.js (scripts/bundle.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { validateXml } from './index.js'
import type { XsdRequest, XsdReply } from './thread.js'

const port = parentPort
if (port === null) throw new Error('xsd-worker draait alleen als worker thread')

async function answer(request: XsdRequest): Promise<XsdReply> {
  try {
    const findings = []
    for (const file of request.files) {
      findings.push(await validateXml(file.name, file.bytes, request.schemasDir, request.versies, request.imowNietOndersteund))
    }
    return { findings }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

port.postMessage(await answer(workerData as XsdRequest))
