/**
 * A worker thread of the PDF reader (load.ts starts one per range of pages of a long document): opens its own copy
 * of the PDF, reads its pages as the main thread reads its own, answers once and is ended. Bundled as
 * dist/chunks/pdf-worker.js (scripts/bundle.ts).
 */
import { parentPort } from 'node:worker_threads'
import { loadPdf, type PdfWorkerReply, type PdfWorkerRequest } from './load.js'

const port = parentPort
if (port === null) throw new Error('pdf-worker draait alleen als worker thread')

port.once('message', (request: PdfWorkerRequest) => {
  void loadPdf(request.bytes, request.file, { pixels: request.pixels, threads: null, range: [request.from, request.to] })
    .then((doc): PdfWorkerReply => ({ pages: doc.pages }))
    .catch((e: unknown): PdfWorkerReply => ({ error: e instanceof Error ? e.message : String(e) }))
    .then((reply) => port.postMessage(reply))
})
