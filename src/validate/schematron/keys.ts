/**
 * Whole-document lookups as keys: the official rules find a reference's target with `//tekst:*[@eId = $doelwit …]`,
 * which saxon-js evaluates as a walk over the whole document for every reference (1 000 IntRefs in the Assen besluit:
 * 110 s). `key()` builds one index per document on first use and answers each lookup from it, so the compiled
 * stylesheet gets an `xsl:key` per (element test, attribute) and the lookup becomes `key(…, $doelwit)[…]`.
 *
 * The rewrite keeps the meaning: both select the elements of the context node's document, in document order, whose
 * attribute equals one of the values of the variable. It applies only where that is certain:
 * - the `//` starts a path at the document root (not `ancestor::x//y`, not `$doc//y`);
 * - the first predicate begins with `@attr = $var` (`and` more conditions, kept as a predicate);
 * - `$var` is a string in every let of the schema that declares it (`@x`, `string(…)`, `normalize-space(…)`, a let
 *   with content), so `=` compares strings as the key does (a number would compare numerically);
 * - no later predicate of the step depends on position (`position()`, `last()`, a number): in `//x[1]` the position
 *   counts per parent, in `key()[1]` over the whole result.
 */
import { splitTopLevel } from './text-scan.js'

/** This module's URL: its source is part of the compiler's fingerprint (compilerFingerprint). */
export const KEYS_MODULE = import.meta.url

export interface KeyDeclaration {
  readonly name: string
  readonly match: string
  readonly use: string
}

/** An element test as `//` writes it: `prefix:name`, `prefix:*` or `*`. */
const STEP = /^\/\/((?:[A-Za-z_][\w.-]*:)?(?:[A-Za-z_][\w.-]*|\*))\[\s*@([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*\$([A-Za-z_][\w.-]*)\s*(\]|and\s)/

/** Words after which a new path may start (`and //x`, `return //x`). */
const BEFORE_PATH = /(?:^|[\s(,[|=<>!+])(?:and|or|return|then|else|in|satisfies)\s*$|(?:^|[(,[|=<>!+])\s*$/

/** Let values that are strings (or atomize to untyped text, which `=` compares as a string). */
const STRING_VALUE = /^(?:@[A-Za-z_][\w.:-]*|(?:normalize-space|string|xs:string|concat|substring-before|substring-after|lower-case|upper-case|local-name|name)\(.*\))$/s

export class KeyIndex {
  private readonly keys = new Map<string, KeyDeclaration>()

  /**
   * @param stringVariables names of the schema's variables that hold strings in every let that declares them
   * @param prefix the prefix of the compiler's own namespace, for the key names
   */
  constructor(
    private readonly stringVariables: ReadonlySet<string>,
    private readonly prefix: string,
  ) {}

  /** The declarations to put in the stylesheet, in the order they were first needed. */
  declarations(): KeyDeclaration[] {
    return [...this.keys.values()]
  }

  /** `expr` with every whole-document lookup that qualifies as a key() call; unchanged when none does. */
  rewrite(expr: string): string {
    if (!expr.includes('//')) return expr
    let out = ''
    let quote = ''
    let i = 0
    while (i < expr.length) {
      const c = expr[i] as string
      if (quote !== '') {
        if (c === quote) quote = ''
        out += c
        i++
        continue
      }
      if (c === "'" || c === '"') {
        quote = c
        out += c
        i++
        continue
      }
      if (c === '/' && expr[i + 1] === '/' && BEFORE_PATH.test(out)) {
        const replaced = this.lookup(expr, i)
        if (replaced !== undefined) {
          out += replaced.text
          i = replaced.end
          continue
        }
      }
      out += c
      i++
    }
    return out
  }

  /** The key() form of the lookup starting at `start` (`//…`), and where the original ends; undefined if it does not qualify. */
  private lookup(expr: string, start: number): { text: string; end: number } | undefined {
    const m = STEP.exec(expr.slice(start))
    if (m === null) return undefined
    const [whole, test, attribute, variable, after] = m as unknown as [string, string, string, string, string]
    if (!this.stringVariables.has(variable)) return undefined
    const open = start + whole.indexOf('[')
    const close = matching(expr, open)
    if (close < 0) return undefined
    // The rest of the first predicate (after `and`), then any further predicates of the same step.
    const rest = after === ']' ? '' : expr.slice(start + whole.length, close).trim()
    // `@a = $v and b or c` is `(@a = $v and b) or c`: not a lookup by @a.
    if (/\bor\b/.test(topLevel(rest))) return undefined
    let end = close + 1
    const predicates: string[] = rest === '' ? [] : [rest]
    while (expr[end] === '[') {
      const next = matching(expr, end)
      if (next < 0) return undefined
      predicates.push(expr.slice(end + 1, next))
      end = next + 1
    }
    if (predicates.some(positional)) return undefined
    // `//x[…]/y` and `//x[…]//y` go on as paths from the key's result, as from the step's.
    const name = this.keyFor(test, attribute)
    return { text: `key('${name}', $${variable})${predicates.map((p) => `[${p}]`).join('')}`, end }
  }

  private keyFor(test: string, attribute: string): string {
    const id = `${test}|${attribute}`
    let key = this.keys.get(id)
    if (key === undefined) {
      key = { name: `${this.prefix}:key-${this.keys.size + 1}`, match: `${test}[@${attribute}]`, use: `@${attribute}` }
      this.keys.set(id, key)
    }
    return key.name
  }
}

/**
 * The variables whose every let is a string: `lets` gives each let's name and its `value` attribute (undefined for
 * a let with content, which is a text node tree and atomizes to a string).
 */
export function stringVariables(lets: readonly { readonly name: string; readonly value: string | undefined }[]): Set<string> {
  const verdict = new Map<string, boolean>()
  for (const { name, value } of lets) {
    const isString = value === undefined || STRING_VALUE.test(value.trim())
    verdict.set(name, (verdict.get(name) ?? true) && isString)
  }
  return new Set([...verdict].filter(([, ok]) => ok).map(([name]) => name))
}

/** Whether a predicate may depend on the position of the node: position(), last(), or a number (`[1]`, `[$n]`). */
function positional(predicate: string): boolean {
  const p = predicate.trim()
  if (/\b(?:position|last)\s*\(/.test(p)) return true
  if (/^[\d$]/.test(p) || /^\(?\s*\d/.test(p)) return true
  // `[a or b]` and `[x and y]` are boolean; a bare path or comparison is too. Only numbers above are positional.
  return splitTopLevel(p, ',').length > 1
}

/** `expr` without what is inside parentheses, brackets and string literals. */
function topLevel(expr: string): string {
  let out = ''
  let depth = 0
  let quote = ''
  for (const c of expr) {
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[' || c === '(') depth++
    else if (c === ']' || c === ')') depth--
    else if (depth === 0) out += c
  }
  return out
}

/** The index of the `]` that closes the `[` at `open` (outside strings and nested brackets); -1 when there is none. */
function matching(expr: string, open: number): number {
  let depth = 0
  let quote = ''
  for (let i = open; i < expr.length; i++) {
    const c = expr[i] as string
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[' || c === '(') depth++
    else if (c === ']' || c === ')') {
      depth--
      if (depth === 0) return c === ']' ? i : -1
    }
  }
  return -1
}
