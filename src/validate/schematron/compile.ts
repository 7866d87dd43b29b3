/**
 * A compact Schematron (ISO, queryBinding xslt2/xslt3) → XSLT 3 compiler. Pure: text in, stylesheet text out.
 * Supports ns, let (@value or content), pattern, rule (first match per pattern), abstract rules/extends,
 * assert/report with message content (value-of, name, foreign XSLT), diagnostics and foreign top-level XSLT.
 */
import { createHash } from 'node:crypto'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import { CANDIDATES_MODULE, candidateSelect } from './candidates.js'
import { KEYS_MODULE, KeyIndex, stringVariables } from './keys.js'
import { TEXT_SCAN_MODULE } from './text-scan.js'
import {
  attr,
  childElements,
  collectNamespaces,
  descendants,
  isSch,
  parseSchema,
  patternNames,
  requiredAttr,
  moduleSource,
  SCH_NS,
  SCHEMA_MODULE,
  SchematronCompileError,
  XMLNS_NS,
  XSL_NS,
  type Element,
  type Node,
} from './schema.js'

export { describeSchematron, SchematronCompileError, type SchematronInfo } from './schema.js'

/** The namespace of the helper functions in compiled stylesheets. */
const OWN_NS = 'urn:visie:schematron'
const OWN_PREFIX = 'visie-sch'

/**
 * The stylesheet parameter naming the patterns to leave out on a document (` 3 7 `: indices with a space either
 * side; default none). Only patterns with patternNames are guarded by it (skippedPatterns in run.ts fills it).
 */
export const SKIP_PARAM = `Q{${OWN_NS}}skip`

/** Names of the report the compiled stylesheet writes (no namespace; read back by report.ts). */
export const REPORT = { root: 'schematron-output', failure: 'failed', text: 'text', diagnostic: 'diagnostic' } as const

/**
 * The source text of the compiler (this module, schema.ts, candidates.ts, text-scan.ts and keys.ts): the same .sch text compiled by the
 * same source gives the same XSLT, so the runner may cache by it without compiling. Undefined when a source cannot
 * be read (then nothing is cached by it). Read once per process, each file once (in the bundle the five are one chunk).
 */
export function compilerFingerprint(): string | undefined {
  if (fingerprint === undefined) {
    const sources = [...new Set([import.meta.url, SCHEMA_MODULE, CANDIDATES_MODULE, TEXT_SCAN_MODULE, KEYS_MODULE])].map(moduleSource)
    fingerprint = sources.every((s) => s !== undefined) ? sources.join('\n') : null
  }
  return fingerprint ?? undefined
}
let fingerprint: string | null | undefined

/**
 * SHA-256 of compilerFingerprint (once per process): what a translation's cache key is made of, so each rule file
 * hashes its own text and 64 characters instead of the compiler's ~85 kB of source again (11 files: ~4.7 MB hashed).
 */
export function compilerDigest(): string | undefined {
  if (digest === undefined) {
    const source = compilerFingerprint()
    digest = source === undefined ? null : createHash('sha256').update(source).digest('hex')
  }
  return digest ?? undefined
}
let digest: string | null | undefined

/** Compiles a Schematron schema to an XSLT 3 stylesheet whose output is the report described by `REPORT`. */
export function compileSchematron(schText: string): string {
  const schema = parseSchema(schText)
  const namespaces = collectNamespaces(schema)
  const diagnostics = new Map<string, Element>()
  for (const d of childElements(schema, SCH_NS, 'diagnostics')) {
    for (const diag of childElements(d, SCH_NS, 'diagnostic')) diagnostics.set(attr(diag, 'id') ?? '', diag)
  }

  // Whole-document lookups by a string variable become key() calls (keys.ts): linear instead of quadratic.
  const keys = new KeyIndex(stringVariables(declaredVariables(schema)), OWN_PREFIX)

  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const sheet = doc.ele(XSL_NS, 'xsl:stylesheet').att('version', '3.0')
  for (const [prefix, uri] of namespaces) sheet.att(XMLNS_NS, `xmlns:${prefix}`, uri)
  sheet.att('exclude-result-prefixes', '#all')
  sheet.att(XMLNS_NS, `xmlns:${OWN_PREFIX}`, OWN_NS)
  sheet.ele(XSL_NS, 'xsl:output').att('method', 'xml').att('indent', 'no')
  sheet.ele(XSL_NS, 'xsl:param').att('name', `${OWN_PREFIX}:skip`).att('as', 'Q{http://www.w3.org/2001/XMLSchema}string').att('select', "''")
  helperFunctions(sheet)

  // Foreign top-level declarations (xsl:key, xsl:function, …) and schema-level lets are global.
  for (const child of childElements(schema)) {
    if (child.namespaceURI === XSL_NS) copyNode(sheet, child, keys)
    else if (isSch(child, 'let')) compileLet(sheet, child, keys)
  }

  // Pattern lets are evaluated with the document as context, like globals; make them global (rule contexts,
  // which are XSLT match patterns, may use them) unless two patterns use one name: those are tunnelled.
  const patterns = childElements(schema, SCH_NS, 'pattern')
  const letCount = new Map<string, number>()
  for (const l of [...childElements(schema, SCH_NS, 'let'), ...patterns.flatMap((p) => childElements(p, SCH_NS, 'let'))]) {
    const name = requiredAttr(l, 'name')
    letCount.set(name, (letCount.get(name) ?? 0) + 1)
  }
  const global = (l: Element): boolean => letCount.get(requiredAttr(l, 'name')) === 1
  for (const p of patterns) for (const l of childElements(p, SCH_NS, 'let')) if (global(l)) compileLet(sheet, l, keys)

  const main = sheet.ele(XSL_NS, 'xsl:template').att('match', '/')
  const out = main.ele(REPORT.root)
  const skippable = patternNames(schema)
  patterns.forEach((_, i) => {
    const parent = skippable[i] ? out.ele(XSL_NS, 'xsl:if').att('test', `not(contains($${OWN_PREFIX}:skip, ' ${i} '))`) : out
    parent.ele(XSL_NS, 'xsl:call-template').att('name', `pattern-${i}`)
  })

  // Abstract rules (in patterns or in sch:rules) are inlined where a rule says sch:extends.
  const abstracts = new Map<string, Element>()
  for (const r of descendants(schema, 'rule')) if (attr(r, 'abstract') === 'true') abstracts.set(requiredAttr(r, 'id'), r)
  patterns.forEach((pattern, i) => compilePattern(sheet, pattern, i, diagnostics, global, abstracts, keys))
  for (const k of keys.declarations()) sheet.ele(XSL_NS, 'xsl:key').att('name', k.name).att('match', k.match).att('use', k.use)
  return doc.end({ prettyPrint: false })
}

/** Every variable the schema declares (sch:let, xsl:variable, xsl:param) with its value expression, if any. */
function declaredVariables(schema: Element): { name: string; value: string | undefined }[] {
  const out: { name: string; value: string | undefined }[] = []
  const walk = (el: Element): void => {
    for (const c of childElements(el)) {
      if (isSch(c, 'let')) out.push({ name: requiredAttr(c, 'name'), value: attr(c, 'value') })
      else if (c.namespaceURI === XSL_NS && (c.localName === 'variable' || c.localName === 'param')) {
        // An xsl:param may be given any value by its caller: never a string for certain.
        out.push({ name: requiredAttr(c, 'name'), value: c.localName === 'param' ? 'unknown()' : attr(c, 'select') })
      }
      walk(c)
    }
  }
  walk(schema)
  return out
}

function compilePattern(
  sheet: XMLBuilder,
  pattern: Element,
  index: number,
  diagnostics: Map<string, Element>,
  global: (l: Element) => boolean,
  abstracts: Map<string, Element>,
  keys: KeyIndex,
): void {
  if (attr(pattern, 'abstract') === 'true' || attr(pattern, 'is-a') !== undefined) {
    throw new SchematronCompileError(`Abstracte patronen worden niet ondersteund (pattern ${attr(pattern, 'id') ?? index}).`)
  }
  const mode = `pattern-${index}`
  const patternId = attr(pattern, 'id') ?? String(index)
  const lets = childElements(pattern, SCH_NS, 'let').filter((l) => !global(l))
  const rules = childElements(pattern, SCH_NS, 'rule').filter((r) => attr(r, 'abstract') !== 'true')

  // Entry: pattern lets are evaluated once with the document as context and tunnelled to the rules. The nodes
  // are visited in one flat pass in document order (faster in saxon-js than a recursive descent).
  // When every rule names the element it matches, only those elements are visited (most patterns: a pass over a
  // document of 1400 elements costs saxon-js about as much as the checks of a typical pattern).
  const withAttributes = rules.some((r) => /(^|[/|(]\s*)(@|attribute::)/.test(requiredAttr(r, 'context').trim()))
  const entry = sheet.ele(XSL_NS, 'xsl:template').att('name', mode)
  for (const l of lets) compileLet(entry, l, keys)
  const apply = entry
    .ele(XSL_NS, 'xsl:apply-templates')
    .att('select', candidateSelect(rules.map((r) => requiredAttr(r, 'context'))) ?? (withAttributes ? '(., //*, //@*) except ()' : '(., //*)'))
    .att('mode', mode)
  for (const l of lets) {
    const name = requiredAttr(l, 'name')
    apply.ele(XSL_NS, 'xsl:with-param').att('name', name).att('select', `$${name}`).att('tunnel', 'yes')
  }

  rules.forEach((rule, j) => {
    // First match per pattern: earlier rules get higher priorities; a matched node is handled by one rule only.
    const t = sheet
      .ele(XSL_NS, 'xsl:template')
      .att('match', requiredAttr(rule, 'context'))
      .att('mode', mode)
      .att('priority', String(rules.length - j))
    for (const l of lets) t.ele(XSL_NS, 'xsl:param').att('name', requiredAttr(l, 'name')).att('tunnel', 'yes')
    for (const child of ruleBody(rule, abstracts, patternId)) {
      if (isSch(child, 'let')) compileLet(t, child, keys)
      else if (isSch(child, 'assert') || isSch(child, 'report')) compileCheck(t, child, patternId, diagnostics, keys)
    }
  })
  // Nodes no rule matches: nothing (not the built-in rule, which would copy text).
  sheet.ele(XSL_NS, 'xsl:template').att('match', withAttributes ? '/|*|@*' : '/|*').att('mode', mode).att('priority', '-10')
}

/** A rule's lets and checks in order, with sch:extends replaced by the abstract rule's own (recursively). */
function ruleBody(rule: Element, abstracts: Map<string, Element>, patternId: string, depth = 0): Element[] {
  if (depth > 20) throw new SchematronCompileError(`sch:extends is cyclisch (pattern ${patternId}).`)
  return childElements(rule).flatMap((child) => {
    if (!isSch(child, 'extends')) return [child]
    const target = abstracts.get(requiredAttr(child, 'rule'))
    if (target === undefined) {
      throw new SchematronCompileError(`sch:extends verwijst naar onbekende abstracte regel '${attr(child, 'rule') ?? ''}' (pattern ${patternId}).`)
    }
    return ruleBody(target, abstracts, patternId, depth + 1)
  })
}

function compileLet(parent: XMLBuilder, l: Element, keys: KeyIndex): void {
  const v = parent.ele(XSL_NS, 'xsl:variable').att('name', requiredAttr(l, 'name'))
  const as = attr(l, 'as')
  if (as !== undefined) v.att('as', as)
  const value = attr(l, 'value')
  if (value !== undefined) v.att('select', keys.rewrite(value))
  else for (const n of Array.from(l.childNodes)) copyContent(v, n, keys)
}

function compileCheck(t: XMLBuilder, check: Element, patternId: string, diagnostics: Map<string, Element>, keys: KeyIndex): void {
  const isAssert = check.localName === 'assert'
  const test = keys.rewrite(requiredAttr(check, 'test'))
  // A dynamic error in one test (e.g. a cast of bad data) is reported for that check; the others still run.
  const attempt = t.ele(XSL_NS, 'xsl:try')
  const iff = attempt.ele(XSL_NS, 'xsl:if').att('test', isAssert ? `not((${test}))` : `(${test})`)
  const f = failure(iff, isAssert ? 'assert' : 'report', check, patternId)
  const args = [attr(check, 'id') ?? '', attr(check, 'role') ?? '', patternId].map(literal).join(', ')
  attempt.ele(XSL_NS, 'xsl:catch').att('select', `${OWN_PREFIX}:error(${args}, ., $err:code, $err:description)`)
  const text = f.ele(REPORT.text)
  for (const n of Array.from(check.childNodes)) copyContent(text, n, keys, true)
  for (const ref of (attr(check, 'diagnostics') ?? '').split(/\s+/).filter((s) => s !== '')) {
    const diag = diagnostics.get(ref)
    if (diag === undefined) throw new SchematronCompileError(`Diagnostic '${ref}' bestaat niet (pattern ${patternId}).`)
    const d = f.ele(REPORT.diagnostic).att('id', ref)
    for (const n of Array.from(diag.childNodes)) copyContent(d, n, keys, true)
  }
}

function failure(parent: XMLBuilder, kind: 'assert' | 'report', check: Element, patternId: string): XMLBuilder {
  const f = parent.ele(REPORT.failure)
  f.att('kind', kind)
  f.att('id', attr(check, 'id') ?? '')
  f.att('role', attr(check, 'role') ?? '')
  f.att('pattern', patternId)
  f.ele(XSL_NS, 'xsl:sequence').att('select', `${OWN_PREFIX}:where(.)`)
  return f
}

/**
 * Two functions every compiled stylesheet has, to keep the per-check XSLT (and saxon-js's compile time) small:
 * `where` gives a failure its location and the nearest wId (for ValidateContext.trace); `error` reports a
 * dynamic error caught in one check.
 */
function helperFunctions(sheet: XMLBuilder): void {
  const where = sheet.ele(XSL_NS, 'xsl:function').att('name', `${OWN_PREFIX}:where`).att('as', 'attribute()*')
  where.ele(XSL_NS, 'xsl:param').att('name', 'node')
  where.ele(XSL_NS, 'xsl:attribute').att('name', 'location').att('select', 'path($node)')
  where.ele(XSL_NS, 'xsl:attribute').att('name', 'wid').att('select', 'string(($node/ancestor-or-self::*[@wId])[last()]/@wId)')

  const error = sheet.ele(XSL_NS, 'xsl:function').att('name', `${OWN_PREFIX}:error`).att('as', 'element()')
  for (const p of ['id', 'role', 'pattern', 'node', 'code', 'description']) error.ele(XSL_NS, 'xsl:param').att('name', p)
  const f = error.ele(REPORT.failure).att('kind', 'error').att('id', '{$id}').att('role', '{$role}').att('pattern', '{$pattern}')
  f.ele(XSL_NS, 'xsl:sequence').att('select', `${OWN_PREFIX}:where($node)`)
  f.ele(REPORT.text).ele(XSL_NS, 'xsl:value-of').att('select', "string($code) || ': ' || string-join($description)")
}

/** An XPath string literal. */
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`
}

/**
 * Copies message or let content: Schematron inline elements become XSLT, anything else is copied through.
 * In messages (`keepSpace`) text goes into xsl:text, so the space between two value-ofs survives.
 */
function copyContent(parent: XMLBuilder, node: Node, keys: KeyIndex, keepSpace = false): void {
  if (node.nodeType === 3 || node.nodeType === 4) {
    if (keepSpace) parent.ele(XSL_NS, 'xsl:text').txt(node.nodeValue ?? '')
    else parent.txt(node.nodeValue ?? '')
    return
  }
  if (node.nodeType !== 1) return
  const el = node as Element
  if (el.namespaceURI !== SCH_NS) {
    copyNode(parent, el, keys)
    return
  }
  switch (el.localName) {
    case 'value-of':
      parent.ele(XSL_NS, 'xsl:value-of').att('select', keys.rewrite(requiredAttr(el, 'select')))
      return
    case 'name': {
      const path = attr(el, 'path')
      parent.ele(XSL_NS, 'xsl:value-of').att('select', path === undefined ? 'name()' : `name(${path})`)
      return
    }
    case 'emph':
    case 'dir':
    case 'span':
      for (const n of Array.from(el.childNodes)) copyContent(parent, n, keys, keepSpace)
      return
    default:
      throw new SchematronCompileError(`Schematron-element sch:${el.localName} wordt hier niet ondersteund.`)
  }
}

/** Copies a foreign element (XSLT instruction or literal result element) with its attributes and content. */
function copyNode(parent: XMLBuilder, el: Element, keys: KeyIndex): void {
  const copy = parent.ele(el.namespaceURI, el.prefix === null ? el.localName : `${el.prefix}:${el.localName}`)
  // The expressions of XSLT instructions (xsl:when/@test, xsl:value-of/@select, …), not patterns (@match, @use).
  const expression = (name: string): boolean => el.namespaceURI === XSL_NS && el.localName !== 'key' && (name === 'test' || name === 'select')
  for (const a of Array.from(el.attributes)) {
    if (a.namespaceURI === XMLNS_NS) continue
    copy.att(a.namespaceURI, a.name, expression(a.name) && a.namespaceURI === null ? keys.rewrite(a.value) : a.value)
  }
  for (const n of Array.from(el.childNodes)) copyContent(copy, n, keys)
}
