/**
 * Memory settings for the validation of a large package. First, a full garbage collection where its phases meet. V8 collects when its own heuristics say so,
 * not when a phase lets go of its working set: after the Schematron layer was done with a GIO of 90 000 Locaties the
 * next phase built its own on top of ~300 MB of unreached trees, and whether a collection came in between swung the
 * peak RSS by 200 MB from run to run. The runner calls this only for packages with a large file, where one collection
 * (~0.1–0.4 s) is small beside the phases it separates.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null | undefined

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      // `gc` is only given to contexts made after the flag is set: a fresh one hands it over.
      setFlagsFromString('--expose-gc')
      const gc: unknown = runInNewContext('gc')
      collect = typeof gc === 'function' ? (gc as () => void) : null
    } catch {
      collect = null
    }
  }
  collect?.()
}

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
