/**
 * Which elements a compiled pattern needs to visit: the name tests its rule contexts end in, with the attributes
 * they require. Visiting only those (instead of every node) gives the same failures in the same order, at a fraction
 * of saxon-js's dispatch cost; and a pattern none of whose elements a document holds can be left out (mayMatch).
 */

/** This module's URL: its source is part of the compiler's fingerprint (compilerFingerprint). */
export const CANDIDATES_MODULE = import.meta.url

import { splitTopLevel } from './text-scan.js'

/** A QName, `*:local` or `prefix:*`: a name test that matches elements by name only. */
const NAME_TEST = /^(?:(?:[A-Za-z_][\w.-]*|\*):)?[A-Za-z_][\w.-]*$|^[A-Za-z_][\w.-]*:\*$/

/**
 * What the rule contexts of a pattern can match, one test per alternative: the name test its last step ends in
 * (`tekst:Al`, `*:Kop`, `p:*`), with the attributes that step requires by a predicate of its own (`tekst:*[@wijzigactie]`,
 * also on a bare `*`: `*[@eId]`), sorted; undefined when some alternative has no such test (a bare `*` without
 * attribute predicate, an attribute, the document node, an axis or a function: then any node may match).
 */
export function candidateNames(contexts: readonly string[]): string[] | undefined {
  const names = new Set<string>()
  for (const context of contexts) {
    for (const alternative of splitTopLevel(context, '|')) {
      const step = lastStep(alternative)
      const predicate = step.indexOf('[')
      const name = (predicate < 0 ? step : step.slice(0, predicate)).trim()
      const required = predicate < 0 ? [] : predicatesOf(step.slice(predicate)).flatMap((p) => (ATTRIBUTE_TEST.test(p) ? [`[${p}]`] : []))
      if (!(NAME_TEST.test(name) || (name === '*' && required.length > 0))) return undefined
      names.add(name + required.join(''))
    }
  }
  return names.size === 0 ? undefined : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** A predicate that only asks for an attribute: `@wijzigactie`, `@xml:lang`. */
const ATTRIBUTE_TEST = /^@(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*$/

/** The top-level predicates of a step (`[@a][not(x[@b])]` → `@a`, `not(x[@b])`), trimmed; none when they do not close. */
function predicatesOf(predicates: string): string[] {
  const out: string[] = []
  let depth = 0
  let quote = ''
  let start = 0
  for (let i = 0; i < predicates.length; i++) {
    const c = predicates[i] as string
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[' || c === '(') {
      if (depth === 0) start = i + 1
      depth++
    } else if (c === ']' || c === ')') {
      depth--
      if (depth === 0) out.push(predicates.slice(start, i).trim())
    }
  }
  return depth === 0 ? out : []
}

/**
 * The elements the rule contexts of a pattern can match, as a path in document order (`//(tekst:Al | tekst:Kop)`),
 * when candidateNames has them; undefined otherwise (then every node is visited).
 */
export function candidateSelect(contexts: readonly string[]): string | undefined {
  const names = candidateNames(contexts)
  return names === undefined ? undefined : `//(${names.join(' | ')})`
}

/** The local names of the elements and of the attributes a text may hold (documentNames). */
export interface DocumentNames {
  readonly elements: ReadonlySet<string>
  readonly attributes: ReadonlySet<string>
}

/**
 * Whether a document may hold an element that one of these tests (candidateNames) matches, judged by local names
 * alone (documentNames): `p:*` by its attributes only. Never false when such an element exists.
 */
export function mayMatch(tests: readonly string[], names: DocumentNames): boolean {
  return tests.some((test) => {
    const predicate = test.indexOf('[')
    const name = predicate < 0 ? test : test.slice(0, predicate)
    const local = name.slice(name.indexOf(':') + 1)
    if (local !== '*' && !names.elements.has(local)) return false
    const required = predicate < 0 ? [] : predicatesOf(test.slice(predicate))
    return required.every((a) => names.attributes.has(a.slice(a.indexOf(':') + 1).replace(/^@/, '')))
  })
}

/**
 * The local names of every start tag (`<tekst:Al …>` → `Al`) and of every ` name="` / ` name='` (attributes) in an XML
 * text, also inside comments, CDATA or text: a superset is safe (a pattern runs that finds nothing), and a text
 * without DOCTYPE has no element or attribute that is not written so.
 */
export function documentNames(xml: string): DocumentNames {
  const elements = new Set<string>()
  for (const m of xml.matchAll(/<([^\s/>!?][^\s/>]*)/g)) {
    const name = m[1] as string
    elements.add(name.slice(name.indexOf(':') + 1))
  }
  const attributes = new Set<string>()
  // XML has white space before every attribute: trying only there keeps the scan of a large text fast.
  for (const m of xml.matchAll(/\s([^\s<>="'/]+)\s*=\s*["']/g)) {
    const name = m[1] as string
    attributes.add(name.slice(name.indexOf(':') + 1))
  }
  return { elements, attributes }
}

/** The last step of a path pattern (after the last top-level `/`), with its predicates. */
function lastStep(path: string): string {
  const steps = splitTopLevel(path, '/')
  return (steps[steps.length - 1] ?? '').trim()
}
