/**
 * Which elements a compiled pattern needs to visit: the name tests its rule contexts end in. Visiting only those
 * (instead of every node) gives the same failures in the same order, at a fraction of saxon-js's dispatch cost.
 */

/** This module's URL: its source is part of the compiler's fingerprint (compilerFingerprint). */
export const CANDIDATES_MODULE = import.meta.url

import { splitTopLevel } from './text-scan.js'

/** A QName, `*:local` or `prefix:*`: a name test that matches elements by name only. */
const NAME_TEST = /^(?:(?:[A-Za-z_][\w.-]*|\*):)?[A-Za-z_][\w.-]*$|^[A-Za-z_][\w.-]*:\*$/

/**
 * The elements the rule contexts of a pattern can match, as a path in document order (`//(tekst:Al | tekst:Kop)`),
 * when every alternative of every context ends in a step with a name test; undefined otherwise (a bare `*`, an
 * attribute, the document node, an axis or a function: then every node is visited).
 */
export function candidateSelect(contexts: readonly string[]): string | undefined {
  const names = new Set<string>()
  for (const context of contexts) {
    for (const alternative of splitTopLevel(context, '|')) {
      const step = lastStep(alternative)
      if (!NAME_TEST.test(step)) return undefined
      names.add(step)
    }
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted.length === 0 ? undefined : `//(${sorted.join(' | ')})`
}

/** The node test of the last step of a path pattern: after the last `/`, without its predicates. */
function lastStep(path: string): string {
  const steps = splitTopLevel(path, '/')
  const step = (steps[steps.length - 1] ?? '').trim()
  const predicate = step.indexOf('[')
  return (predicate < 0 ? step : step.slice(0, predicate)).trim()
}
