/**
 * GIO skeletons: a GML with the content of every basisgeo:geometrie, and then of every geo:Locatie, removed (line
 * breaks kept), for the rule files that cannot see inside a geometry. Whether a rule file can is decided from its own text (skeletonGuard), and a
 * geometry is only emptied when nothing in it could match what those rule files name (skeletonOf).
 */
import { readFileSync } from 'node:fs'
import { attr, descendants, parseSchemaOnce, type Element } from './schema.js'
import { BASISGEO_NS, countNewlines, escape, GML_NS, prefixesOf, qualified, rewriteContents, splitTopLevel } from './text-scan.js'

export { BASISGEO_NS } from './text-scan.js'

const GEO_NS = 'https://standaarden.overheid.nl/stop/imop/geo/'

/** What a rule file can see of a document: the local names its rule contexts end in, the attributes it reads. */
export interface SkeletonGuard {
  readonly elements: ReadonlySet<string>
  readonly attributes: ReadonlySet<string>
  /** The rule file names the GML or basisgeo namespace: it may read inside geometries (no skeleton for it). */
  readonly seesGeometry: boolean
}

/** An XML name without colon (any letter, as XML allows). */
const NAME = '[\\p{L}_][\\p{L}\\p{N}\\p{M}_.\\-]*'
/** The last step of a context alternative that matches elements by (local) name: `p:name` or `*:name`. */
const NAME_STEP = new RegExp(`^(?:(?:${NAME}|\\*):)?(${NAME})$`, 'u')
/** `*[@a]…` or `p:*[@a]…`: any element (of a namespace), but only with attribute a (guarded by the attribute names). */
const ATTRIBUTE_STEP = new RegExp(`^(?:${NAME}:)?\\*\\s*\\[\\s*@${NAME}\\s*\\]`, 'u')
/** An expression step that reaches any descendant or neighbour regardless of its name (`//*`, `descendant::node()`). */
const WILDCARD_REACH = /(\/\/|descendant(?:-or-self)?::|following::|preceding::)\s*(\*(?!\s*:)(?!\s*\[\s*@)|node\(\)|text\(\))/

const guards = new Map<string, SkeletonGuard | null>()

/**
 * The guard of a rule file (read from `path`, once per process), or undefined when the rule file may reach any node:
 * a rule context does not end in a name test or `*[@attr]`, an expression reaches nodes by wildcard (`//*`,
 * `descendant::node()`), or it reads any attribute (`@*`). `seesGeometry` when it names the GML or basisgeo namespace.
 */
export function skeletonGuard(path: string): SkeletonGuard | undefined {
  let guard = guards.get(path)
  if (guard === undefined) {
    guard = guardOf(readFileSync(path, 'utf8')) ?? null
    guards.set(path, guard)
  }
  return guard ?? undefined
}

export function guardOf(schText: string): SkeletonGuard | undefined {
  if (/@\s*\*/.test(schText)) return undefined
  const schema = parseSchemaOnce(schText)
  for (const rule of descendants(schema, 'rule')) {
    for (const alternative of splitTopLevel(attr(rule, 'context') ?? '', '|')) {
      const step = lastStep(alternative)
      if (!NAME_STEP.test(bare(step)) && !ATTRIBUTE_STEP.test(step)) return undefined
    }
  }
  const all = expressions(schema)
  if (all.some((expr) => WILDCARD_REACH.test(expr))) return undefined
  // Every name any expression or context mentions (functions and axes included: more than needed, never less). Words
  // inside string literals ('/join/id/', '^(id)$') name no element, unless the rule file compares names as strings
  // (name(), local-name(), node-name()): then they count too.
  const dynamicNames = /\b(?:local-name|node-name|name|QName)\s*\(/.test(schText)
  const elements = new Set<string>()
  for (const expr of all) {
    const names = dynamicNames ? expr : withoutLiterals(expr)
    for (const m of names.matchAll(new RegExp(`(?<![@\\p{L}\\p{N}\\p{M}_.$\\-])(?:(?:${NAME}|\\*):)?(${NAME})`, 'gu'))) elements.add(m[1] as string)
  }
  const attributes = new Set<string>()
  for (const m of schText.matchAll(new RegExp(`@(${NAME})(?!\\s*:)`, 'gu'))) attributes.add(m[1] as string)
  return { elements, attributes, seesGeometry: schText.includes(GML_NS) || schText.includes(BASISGEO_NS) }
}

/** An XPath expression with the text of its string literals ('…', "…", doubled quotes inside) left out. */
function withoutLiterals(expr: string): string {
  return expr.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "''")
}

/** Every XPath the rule file evaluates: context, test, value, select, … of any element. */
function expressions(el: Element): string[] {
  const out: string[] = []
  for (const name of ['context', 'test', 'value', 'select', 'match', 'path']) {
    const v = attr(el, name)
    if (v !== undefined) out.push(v)
  }
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 1) out.push(...expressions(child as Element))
  return out
}

/**
 * The text with the content of each basisgeo:geometrie replaced by its line breaks, unless that content has an
 * element whose local name is in `guard.elements`, an unprefixed attribute in `guard.attributes`, a comment, CDATA
 * or DOCTYPE part (`<!`), or a nested basisgeo:geometrie. Elsewhere the text is unchanged, so every line, and every
 * element outside the geometries with its position among its siblings, stays where it was.
 */
export function skeletonOf(xml: string, guard: SkeletonGuard): string {
  const names = qualified(prefixesOf(xml, BASISGEO_NS), ['geometrie'])
  const attributes = guard.attributes.size === 0 ? undefined : new RegExp(`\\s(?:${[...guard.attributes].map(escape).join('|')})\\s*=`)
  const emptied = rewriteContents(xml, names, (content) =>
    removable(content, names, guard.elements, attributes) ? '\n'.repeat(countNewlines(content)) : undefined,
  )
  // Then each geo:Locatie the same way (its naam, ids and the emptied geometry): a GIO of 20 000 Locaties is 20 000
  // empty elements for these rule files instead of 120 000 (issue 16 D10b). Not when the rule file names a Locatie or
  // their list (it could read a Locatie's children by a wildcard or its string value).
  if (guard.elements.has('Locatie') || guard.elements.has('locaties')) return emptied
  const locaties = qualified(prefixesOf(emptied, GEO_NS), ['Locatie'])
  return rewriteContents(emptied, locaties, (content) =>
    removable(content, [], guard.elements, attributes) ? '\n'.repeat(countNewlines(content)) : undefined,
  )
}

function removable(content: string, geometrie: readonly string[], elements: ReadonlySet<string>, attributes: RegExp | undefined): boolean {
  if (content.includes('<!')) return false
  if (attributes?.test(content) === true) return false
  const tag = /<([^\s/>!?]+)/g
  for (let m = tag.exec(content); m !== null; m = tag.exec(content)) {
    const qname = m[1] as string
    if (geometrie.includes(qname)) return false
    const colon = qname.indexOf(':')
    if (elements.has(colon < 0 ? qname : qname.slice(colon + 1))) return false
  }
  return true
}

/** The last step of a path pattern (after the last top-level `/`), predicates included, trimmed. */
function lastStep(path: string): string {
  const steps = splitTopLevel(path, '/')
  return (steps[steps.length - 1] ?? '').trim()
}

/** A step without its predicates. */
function bare(step: string): string {
  const predicate = step.indexOf('[')
  return (predicate < 0 ? step : step.slice(0, predicate)).trim()
}
