/**
 * Reading a Schematron schema: its DOM (sch-dom.ts), namespace bindings, the small helpers the
 * compiler walks it with, and what the runner needs to know of a schema (describeSchematron).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { candidateNames } from './candidates.js'
import { readSchDom } from './sch-dom.js'

/** The part of a DOM that the compiler and the ports read (sch-dom.ts builds it). */
export interface Node {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly childNodes: Iterable<Node>
}
export interface Attr {
  readonly namespaceURI: string | null
  readonly prefix: string | null
  readonly localName: string
  readonly name: string
  readonly value: string
}
export interface Element extends Node {
  readonly namespaceURI: string | null
  readonly prefix: string | null
  readonly localName: string
  readonly attributes: Iterable<Attr>
  hasAttribute(name: string): boolean
  getAttribute(name: string): string | null
  getElementsByTagNameNS(ns: string, localName: string): { readonly length: number }
}

export const SCH_NS = 'http://purl.oclc.org/dsdl/schematron'
export const XSL_NS = 'http://www.w3.org/1999/XSL/Transform'
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

/** Namespaces every compiled stylesheet binds, as XSLT 2 Schematron skeletons do (the rules use `xs:string()`). */
export const BUILTIN_NS: Readonly<Record<string, string>> = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  fn: 'http://www.w3.org/2005/xpath-functions',
  map: 'http://www.w3.org/2005/xpath-functions/map',
  array: 'http://www.w3.org/2005/xpath-functions/array',
  math: 'http://www.w3.org/2005/xpath-functions/math',
  err: 'http://www.w3.org/2005/xqt-errors',
}

/** This module's URL: its source is part of the compiler's fingerprint (compilerFingerprint). */
export const SCHEMA_MODULE = import.meta.url

/** The source text of a module of the compiler, by its `import.meta.url`; undefined when it cannot be read. */
export function moduleSource(url: string): string | undefined {
  try {
    return readFileSync(fileURLToPath(url), 'utf8')
  } catch {
    return undefined
  }
}

export class SchematronCompileError extends Error {
  override readonly name = 'SchematronCompileError'
}

/** What the runner needs to know of a schema: its prefixes and the namespaces its rule contexts name. */
export interface SchematronInfo {
  /** prefix → namespace URI, as bound in the compiled stylesheet. */
  readonly namespaces: ReadonlyMap<string, string>
  /** Namespace URIs of the prefixed names in rule contexts (`tekst:Lijst` → the tekst URI). */
  readonly contextNamespaces: ReadonlySet<string>
  /**
   * Whether the compiled stylesheet may run over several documents in one transform: its global variables (schema
   * lets, pattern lets with a name of their own, top-level xsl:variable/xsl:param) are all literals, so none is
   * evaluated against one document only.
   */
  readonly documentIndependent: boolean
  /**
   * Per pattern (in schema order, as the compiled stylesheet numbers them): the name tests its rule contexts end in,
   * when the pattern may be left out on a document without such elements (candidateNames, and no let of its own
   * that the pattern evaluates before visiting them); null when it always runs. See skippedPatterns (run.ts).
   */
  readonly patternNames: readonly (readonly string[] | null)[]
}

export function describeSchematron(schText: string): SchematronInfo {
  const schema = parseSchema(schText)
  const namespaces = collectNamespaces(schema)
  const contextNamespaces = new Set<string>()
  for (const pattern of childElements(schema, SCH_NS, 'pattern')) {
    for (const rule of childElements(pattern, SCH_NS, 'rule')) {
      for (const m of requiredAttr(rule, 'context').matchAll(/(?<![\w.-])([A-Za-z_][\w.-]*):(?=[A-Za-z_*])/g)) {
        const uri = namespaces.get(m[1] ?? '')
        if (uri !== undefined && uri !== XSL_NS && !Object.values(BUILTIN_NS).includes(uri)) contextNamespaces.add(uri)
      }
    }
  }
  return { namespaces, contextNamespaces, documentIndependent: globalsAreLiterals(schema), patternNames: patternNames(schema) }
}

/**
 * What describeSchematron says of each pattern (patternNames); the compiler guards exactly these patterns. A pattern
 * with a let of its own (a name two patterns use: tunnelled, evaluated before the visit) always runs, so a let that
 * raises an error raises it as before.
 */
export function patternNames(schema: Element): (string[] | null)[] {
  const patterns = childElements(schema, SCH_NS, 'pattern')
  const count = letCounts(schema)
  return patterns.map((p) => {
    if (attr(p, 'abstract') === 'true' || attr(p, 'is-a') !== undefined) return null
    if (childElements(p, SCH_NS, 'let').some((l) => count.get(requiredAttr(l, 'name')) !== 1)) return null
    const rules = childElements(p, SCH_NS, 'rule').filter((r) => attr(r, 'abstract') !== 'true')
    return candidateNames(rules.map((r) => requiredAttr(r, 'context'))) ?? null
  })
}

/** How many schema and pattern lets use each name (a name used once is a global variable in the compiled stylesheet). */
export function letCounts(schema: Element): Map<string, number> {
  const lets = [...childElements(schema, SCH_NS, 'let'), ...childElements(schema, SCH_NS, 'pattern').flatMap((p) => childElements(p, SCH_NS, 'let'))]
  const count = new Map<string, number>()
  for (const l of lets) count.set(requiredAttr(l, 'name'), (count.get(requiredAttr(l, 'name')) ?? 0) + 1)
  return count
}

/** A string or number literal, or a comma-separated sequence of them (`'a', 'b'`), optionally in parentheses. */
const LITERALS = /^\s*\(?\s*(?:'[^']*'|"[^"]*"|\d+(?:\.\d+)?)(?:\s*,\s*(?:'[^']*'|"[^"]*"|\d+(?:\.\d+)?))*\s*\)?\s*$/

function globalsAreLiterals(schema: Element): boolean {
  if (childElements(schema, XSL_NS).some((e) => e.localName === 'variable' || e.localName === 'param')) return false
  // The same split as the compiler's: a pattern let whose name is used once becomes a global variable.
  const lets = [...childElements(schema, SCH_NS, 'let'), ...childElements(schema, SCH_NS, 'pattern').flatMap((p) => childElements(p, SCH_NS, 'let'))]
  const count = new Map<string, number>()
  for (const l of lets) count.set(requiredAttr(l, 'name'), (count.get(requiredAttr(l, 'name')) ?? 0) + 1)
  const schemaLets = new Set(childElements(schema, SCH_NS, 'let'))
  return lets.every((l) => (!schemaLets.has(l) && count.get(requiredAttr(l, 'name')) !== 1) || LITERALS.test(attr(l, 'value') ?? ''))
}


export function parseSchema(schText: string): Element {
  const root = readSchDom(schText)
  if (root.namespaceURI !== SCH_NS || root.localName !== 'schema') {
    throw new SchematronCompileError('Het hoofdelement is geen sch:schema.')
  }
  const binding = attr(root, 'queryBinding') ?? 'xslt'
  if (!['xslt', 'xslt2', 'xslt3', 'xpath2', 'xpath3', 'xpath31'].includes(binding.toLowerCase())) {
    throw new SchematronCompileError(`queryBinding '${binding}' wordt niet ondersteund.`)
  }
  if (root.getElementsByTagNameNS(SCH_NS, 'include').length > 0) {
    throw new SchematronCompileError('sch:include wordt niet ondersteund.')
  }
  return root
}

const parsedOnce = new Map<string, Element>()
/** parseSchema once per text per process, for readers that do not change the DOM (skeleton guards, ports). */
export function parseSchemaOnce(schText: string): Element {
  let schema = parsedOnce.get(schText)
  if (schema === undefined) {
    schema = parseSchema(schText)
    parsedOnce.set(schText, schema)
  }
  return schema
}

/** sch:ns declarations plus namespaces declared on the root (foreign XSLT may use them), sorted by prefix. */
export function collectNamespaces(schema: Element): Map<string, string> {
  const found = new Map<string, string>(Object.entries(BUILTIN_NS))
  for (const a of Array.from(schema.attributes)) {
    if (a.namespaceURI === XMLNS_NS && a.prefix === 'xmlns' && a.localName !== 'sch') found.set(a.localName, a.value)
  }
  for (const ns of childElements(schema, SCH_NS, 'ns')) found.set(requiredAttr(ns, 'prefix'), requiredAttr(ns, 'uri'))
  found.set('xsl', XSL_NS)
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export function childElements(parent: Element, ns?: string, localName?: string): Element[] {
  const out: Element[] = []
  for (const n of Array.from(parent.childNodes)) {
    if (n.nodeType !== 1) continue
    const el = n as Element
    if (ns !== undefined && el.namespaceURI !== ns) continue
    if (localName !== undefined && el.localName !== localName) continue
    out.push(el)
  }
  return out
}

export function descendants(parent: Element, localName: string): Element[] {
  return childElements(parent).flatMap((c) => [...(isSch(c, localName) ? [c] : []), ...descendants(c, localName)])
}

export function isSch(el: Element, localName: string): boolean {
  return el.namespaceURI === SCH_NS && el.localName === localName
}

export function attr(el: Element, name: string): string | undefined {
  return el.hasAttribute(name) ? (el.getAttribute(name) ?? undefined) : undefined
}

export function requiredAttr(el: Element, name: string): string {
  const v = attr(el, name)
  if (v === undefined) throw new SchematronCompileError(`sch:${el.localName} mist het attribuut @${name}.`)
  return v
}
