/**
 * The thread of validateIsolated (isolated.ts): validates the package it is given and posts the report; its memory
 * goes when it ends. Bundled as dist/chunks/validate-worker.js (scripts/bundle.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { validateHere, type IsolatedRequest } from './isolated.js'

const port = parentPort
if (port === null) throw new Error('validate-worker draait alleen als worker thread')
try {
  port.postMessage({ report: await validateHere(workerData as IsolatedRequest) })
} catch (e) {
  port.postMessage({ error: e instanceof Error ? e.message : String(e) })
}
