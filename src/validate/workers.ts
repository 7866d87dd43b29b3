/**
 * What the validator's worker threads share (the Schematron layer's, schematron/thread.ts; a whole validation's,
 * isolated.ts): where the bundled worker module is, and whether the layers use threads at all. Light on purpose:
 * `visie preview` loads it at start. (The PDF reader finds its worker the same way, in src/read/pdf/load.ts: the
 * readers do not import from the validator.)
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'

/**
 * The bundled worker `name` (`schematron-worker.js`) beside the chunk this code is in (dist/chunks/) or below the
 * entry (dist/visie.js); undefined when running from the sources (there is none).
 */
export function bundledWorker(name: string): URL | undefined {
  for (const rel of [`./${name}`, `./chunks/${name}`]) {
    const url = new URL(rel, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

/** Whether layers may run in worker threads: not with VISIE_WORKERS=0, nor on a single core. */
export function workerThreadsAllowed(): boolean {
  return process.env['VISIE_WORKERS'] !== '0' && availableParallelism() >= 2
}
