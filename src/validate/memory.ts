/**
 * Memory settings for the validation of a large package. First, a full garbage collection where its phases meet. V8 collects when its own heuristics say so,
 * not when a phase lets go of its working set: after the Schematron layer was done with a GIO of 90 000 Locaties the
 * next phase built its own on top of ~300 MB of unreached trees, and whether a collection came in between swung the
 * peak RSS by 200 MB from run to run. The runner calls this only for packages with a large file, where one collection
 * (~0.1–0.4 s) is small beside the phases it separates, and it collects only where the heap grew by GROWN_BYTES
 * since its last collection (the GIO of 16 000 Locaties: −0.13 s, +0–140 MB). Where the collection leaves much of
 * V8's heap empty, a second one as under memory pressure hands those pages back (the `flavor` option of V8's gc(),
 * Node 22 and later; older versions ignore it): the build of 90 000 Locaties peaks 80–100 MB lower.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: ((options?: object) => void) | null | undefined

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      // `gc` is only given to contexts made after the flag is set: a fresh one hands it over.
      setFlagsFromString('--expose-gc')
      const gc: unknown = runInNewContext('gc')
      collect = typeof gc === 'function' ? (gc as (options?: object) => void) : null
    } catch {
      collect = null
    }
  }
  if (!collect) return
  // A full collection marks the whole heap (~15–90 ms with a large GIO's survey and OW objects alive): only where the
  // heap grew by GROWN_BYTES since the last one, which is where a phase left its working set behind.
  if (process.memoryUsage().heapUsed < collected + GROWN_BYTES) return
  collect({ type: 'major', execution: 'sync' })
  // A full collection leaves V8's heap at its size: the pages the phase's garbage took stay with the process (a build
  // of 90 000 Locaties started its validation with 160 MB of empty heap). Only where that much is left does a
  // collection as under memory pressure follow, which compacts and gives the empty pages back (~0.2 s).
  const { heapTotal, heapUsed } = process.memoryUsage()
  if (heapTotal - heapUsed > SLACK_BYTES) collect({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  collected = process.memoryUsage().heapUsed
}

/** The heap in use after the last collection here, and the growth after which the next one is made. */
let collected = 0
const GROWN_BYTES = 48 * 1024 * 1024

/** Empty V8 heap worth giving back after a collection. */
const SLACK_BYTES = 64 * 1024 * 1024

/**
 * Caps V8's young generation (semi-space 4 MB) for the rest of the process, for a package with a large file: a large
 * GIO is read through many short-lived chunks and strings, and with the default (a semi-space that grows to tens of
 * MB) the validation of ten 95 MB GMLs peaked at ~585 MB in most runs instead of ~410 MB; the time stayed the same
 * (the 99 MB GML package: 3.0–3.6 s either way). A V8 flag set after start, which Node documents may also do nothing:
 * what it does is measured by `npm run bench -- memory` (the D11 row), not assumed.
 */
export function smallYoungGeneration(): void {
  try {
    setFlagsFromString('--max-semi-space-size=4')
  } catch {
    // Without it only the peak is higher.
  }
}
