/**
 * What the TypeScript forms of official rule files share (imop-geo.ts, imop-aknjoin.ts, ports.ts): a port is keyed by
 * the SHA-256 of the one rule file it implements, reads that file's messages (their text and value-of parts) from the
 * installed file, and reports what the compiled stylesheet would report: same codes, messages, paths (saxon-js
 * `path()`), nearest @wId, lines (the same lineNumbers scan), same order (pattern by pattern, context nodes in document
 * order, checks in rule order).
 * A port evaluates each rule's context, tests and value-ofs as XPath defines them on the text the official run would
 * read. Where XPath would raise an error or the rule file asks for a value the port does not compute, the port throws
 * NotPorted and the caller runs the official rule file (saxon-js) instead.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Finding } from '../../model/index.js'
import { lineNumbers } from './lines.js'
import { toFindings, type FindingContext, type RawFailure } from './report.js'
import { attr, childElements, parseSchemaOnce, requiredAttr, SCH_NS, XSL_NS, type Element } from './schema.js'
import { pathOf, type XmlElement } from '../text-tree.js'

/** A message or let content: literal text and value-of selects, in order. */
export type Parts = readonly (string | { readonly select: string })[]

/** The message of one assert/report. */
export interface Message {
  /** Its @id ('' when it has none, as the compiled stylesheet reports it). */
  readonly id: string
  /** The pattern's id, or its index (from 0) when it has none (as compile.ts names it). */
  readonly pattern: string
  readonly kind: 'assert' | 'report'
  readonly role: string
  readonly parts: Parts
}

/** Thrown when the document or the rule file asks for what a port does not compute exactly (the official file then runs). */
export class NotPorted extends Error {}

/** The one `sch:let` of the rule file with this name (in a rule); the port gives up where there is none or several. */
export function ruleLet(schText: string, name: string): Element {
  const lets = childElements(schemaOf(schText), SCH_NS, 'pattern')
    .flatMap((p) => childElements(p, SCH_NS, 'rule'))
    .flatMap((r) => childElements(r, SCH_NS, 'let'))
    .filter((l) => requiredAttr(l, 'name') === name)
  if (lets.length !== 1) throw new NotPorted(name)
  return lets[0] as Element
}

/** The rule file's DOM, parsed once per process for its messages, what its port reads besides them, its skeleton guard. */
export const schemaOf = parseSchemaOnce

/** The text and value-of (sch: or xsl:) and sch:name parts of an element's content. */
export function partsOf(el: Element): Parts {
  const parts: (string | { select: string })[] = []
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3 || n.nodeType === 4) parts.push(n.nodeValue ?? '')
    else if (n.nodeType === 1) {
      const e = n as Element
      // sch:name is name() (of its path), as compile.ts writes it.
      if (e.namespaceURI === SCH_NS && e.localName === 'name') parts.push({ select: attr(e, 'path') === undefined ? 'name()' : `name(${attr(e, 'path')})` })
      else if (e.localName === 'value-of' && (e.namespaceURI === SCH_NS || e.namespaceURI === XSL_NS)) parts.push({ select: requiredAttr(e, 'select') })
      else throw new NotPorted(`<${e.localName}> in een melding`)
    }
  }
  return parts
}

/**
 * The text an XSLT sequence constructor (the content of an xsl:if, xsl:when, sch:let) writes, as parts: comments
 * dropped, adjacent text joined, text of white space alone stripped (as XSLT reads a stylesheet), xsl:text kept as
 * it is, xsl:value-of as a select. Anything else is not ported.
 */
export function constructorParts(el: Element): Parts {
  const raw: (string | { select: string } | { text: string })[] = []
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      const last = raw[raw.length - 1]
      if (typeof last === 'string') raw[raw.length - 1] = last + (n.nodeValue ?? '')
      else raw.push(n.nodeValue ?? '')
    } else if (n.nodeType === 1) {
      const e = n as Element
      if (e.namespaceURI === XSL_NS && e.localName === 'value-of') raw.push({ select: requiredAttr(e, 'select') })
      else if (e.namespaceURI === XSL_NS && e.localName === 'text') raw.push({ text: Array.from(e.childNodes).map((t) => t.nodeValue ?? '').join('') })
      else throw new NotPorted(`<${e.localName}> in een variabele`)
    }
  }
  const out: (string | { select: string })[] = []
  for (const p of raw) {
    if (typeof p === 'string') {
      if (!/^[ \t\r\n]*$/.test(p)) out.push(p)
    } else out.push('text' in p ? p.text : p)
  }
  return out
}

/**
 * The messages of a rule file by assert/report id; one without an id by `<pattern>:<n>`, its pattern's id (or index)
 * and its place (from 0) among the asserts and reports of that pattern.
 */
export function readMessages(schText: string): Map<string, Message> {
  const out = new Map<string, Message>()
  childElements(schemaOf(schText), SCH_NS, 'pattern').forEach((pattern, i) => {
    const patternId = attr(pattern, 'id') ?? String(i)
    let n = 0
    for (const rule of childElements(pattern, SCH_NS, 'rule')) {
      for (const check of childElements(rule, SCH_NS)) {
        if (check.localName !== 'assert' && check.localName !== 'report') continue
        const id = attr(check, 'id') ?? ''
        out.set(id !== '' ? id : `${patternId}:${n}`, { id, pattern: patternId, kind: check.localName, role: attr(check, 'role') ?? '', parts: partsOf(check) })
        n++
      }
    }
  })
  return out
}

/** The text of parts, each select's value given by `values` (which throws NotPorted for one it does not know). */
export function fill(parts: Parts, values: (select: string) => string): string {
  return parts.map((p) => (typeof p === 'string' ? p : values(p.select))).join('')
}

/** `select` unknown to a port: the official rule file runs. */
export function unported(select: string): never {
  throw new NotPorted(select)
}

let tally: Map<string, { fired: number; passed: number }> | undefined

/**
 * For the tests that compare ports with the official files: from now on count, per check key (readMessages), how often
 * a port evaluated it on a context node and it fired or passed; `false` stops counting. Returns the counts.
 */
export function tallyChecks(on: boolean): ReadonlyMap<string, { readonly fired: number; readonly passed: number }> {
  const out = tally ?? new Map<string, { fired: number; passed: number }>()
  tally = on ? out : undefined
  return out
}

/** At most this many findings per code per file; the rest is counted in one VISIE-856 finding per code (index.ts). */
export const MAX_FINDINGS_PER_CODE = 100

/**
 * The failures of a port, in the order the official run reports them. Beyond MAX_FINDINGS_PER_CODE failures of one
 * assert, a failure is kept without its place (location ''), which only the cap would drop: a GIO whose 90 000
 * geometries all name the CRS wrongly (STOP3020) built 90 000 paths and line numbers for 100 findings (+140 MB, +4 s).
 * Its text is still made, so the findings the cap counts are the ones the official run gives; and as an assert's
 * first MAX_FINDINGS_PER_CODE failures come first, every finding the cap keeps is a whole one.
 */
export class Failures {
  readonly list: RawFailure[] = []
  private readonly placed = new Map<string, number>()
  constructor(private readonly messages: ReadonlyMap<string, Message>) {}

  /** Check `key` (readMessages) on `node`: a failure when `fires` (an assert whose test is false, a report whose test is true). */
  check(key: string, node: XmlElement, fires: boolean, values: (select: string) => string): void {
    const m = this.messages.get(key)
    if (m === undefined) throw new NotPorted(key)
    if (tally !== undefined) {
      const n = tally.get(key) ?? { fired: 0, passed: 0 }
      if (fires) n.fired++
      else n.passed++
      tally.set(key, n)
    }
    if (!fires) return
    const placed = this.placed.get(key) ?? 0
    if (placed >= MAX_FINDINGS_PER_CODE) {
      this.list.push({ kind: m.kind, id: m.id, role: m.role, pattern: m.pattern, location: '', wId: '', text: fill(m.parts, values), diagnostics: [] })
      return
    }
    this.placed.set(key, placed + 1)
    this.list.push({ kind: m.kind, id: m.id, role: m.role, pattern: m.pattern, location: pathOf(node), wId: widOf(node), text: fill(m.parts, values), diagnostics: [] })
  }
}

/** The nearest @wId on the node or an ancestor ('' when none), as visie-sch:where writes it. */
export function widOf(e: XmlElement): string {
  for (let a: XmlElement | undefined = e; a !== undefined; a = a.parent) if (a.wId !== undefined) return a.wId
  return ''
}

/** Findings of failures on `text`, as run.ts turns the official report into findings (lines from the same scan). */
export function failuresToFindings(failures: readonly RawFailure[], text: string, ctx: Omit<FindingContext, 'lines'>): Finding[] {
  // Only the placed failures (Failures: those past the cap have no location).
  const lines = failures.length === 0 ? new Map<string, number>() : lineNumbers(text, failures.flatMap((f) => (f.location === '' ? [] : [f.location])))
  return failures.flatMap((f) => toFindings(f, { ...ctx, lines }))
}

const ruleTexts = new Map<string, { text: string; sha256: string }>()

/** The installed rule file's text and SHA-256 (read once per process). */
export function ruleText(path: string): { text: string; sha256: string } {
  let known = ruleTexts.get(path)
  if (known === undefined) {
    const text = readFileSync(path, 'utf8')
    known = { text, sha256: createHash('sha256').update(text).digest('hex') }
    ruleTexts.set(path, known)
  }
  return known
}

/** XPath's white space (space, tab, CR, LF). */
export const XML_SPACE = /[ \t\r\n]/

/** normalize-space(): XPath white space collapsed to single spaces, none at either end. */
export function normalizeSpace(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '')
}

/**
 * tokenize($s, $separator) for a separator without regex meaning: the empty string gives the empty sequence, otherwise
 * every piece, also empty ones at either end (as JavaScript's split gives them).
 */
export function tokenize(s: string | undefined, separator: string): string[] {
  return s === undefined || s === '' ? [] : s.split(separator)
}

/** Compares strings by Unicode code point (XPath's default collation), not UTF-16 code unit. */
export function compareCodepoints(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!
    if (d !== 0) return d
  }
  return x.length - y.length
}

const TIMEZONE = '(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?'
const DATE = new RegExp(`^([0-9]{4})-([0-9]{2})-([0-9]{2})${TIMEZONE}$`)
const GYEAR = new RegExp(`^([0-9]{4})${TIMEZONE}$`)

/**
 * `$s castable as xs:date` for a string (the empty sequence: false). Years 0001–9999 are decided here; a value that
 * might be another lexical form (a sign, five or more year digits, year 0000, white space the cast would strip) is
 * left to the official rule file (NotPorted).
 */
export function castableAsDate(s: string | undefined): boolean {
  if (s === undefined) return false
  unusualYear(s)
  const m = DATE.exec(s)
  if (m === null) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year === 0) throw new NotPorted(s)
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number
  return day <= days
}

/** `$s castable as xs:gYear`, as castableAsDate. */
export function castableAsGYear(s: string | undefined): boolean {
  if (s === undefined) return false
  unusualYear(s)
  const m = GYEAR.exec(s)
  if (m === null) return false
  if (Number(m[1]) === 0) throw new NotPorted(s)
  return true
}

function unusualYear(s: string): void {
  if (XML_SPACE.test(s) || /^-?[0-9]{5}/.test(s) || s.startsWith('-')) throw new NotPorted(s)
}
