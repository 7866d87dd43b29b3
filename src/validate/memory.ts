/**
 * A full garbage collection where the phases of a large validation meet. V8 collects when its own heuristics say so,
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
