/**
 * Small text-level helpers shared by the GIO reductions (reduce-gml, skeleton, prune-gml) and the XPath pattern
 * readers (candidates, skeleton): namespace prefixes from xmlns declarations, qualified names, newline counts,
 * regex escaping, and splitting an XPath expression at a top-level separator.
 */

/** This module's URL: its source is part of the compiler's fingerprint (compilerFingerprint), as splitTopLevel shapes
 * the generated XSLT through candidates.ts. */
export const TEXT_SCAN_MODULE = import.meta.url

export const GML_NS = 'http://www.opengis.net/gml/3.2'
export const BASISGEO_NS = 'http://www.geostandaarden.nl/basisgeometrie/1.0'

/** The GML elements whose text holds coordinates. */
export const COORDINATE_ELEMENTS: readonly string[] = ['posList', 'pos', 'coordinates']

/** The prefixes bound to `ns` anywhere in the document (`''` for a default namespace declaration), sorted. */
export function prefixesOf(xml: string, ns: string): string[] {
  const found = new Set<string>()
  const decl = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/g
  for (let m = decl.exec(xml); m !== null; m = decl.exec(xml)) if (m[3] === ns) found.add(m[1] ?? '')
  return [...found].sort()
}

/** `local` under each prefix: `['', 'gml']` × `pos` → `['pos', 'gml:pos']`. */
export function qualified(prefixes: readonly string[], locals: readonly string[]): string[] {
  return prefixes.flatMap((p) => locals.map((n) => (p === '' ? n : `${p}:${n}`)))
}

export function countNewlines(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++
  return n
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Splits an expression at `separator` outside brackets, parentheses and string literals. */
export function splitTopLevel(expr: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote = ''
  let start = 0
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i] as string
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[' || c === '(') depth++
    else if (c === ']' || c === ')') depth--
    else if (c === separator && depth === 0) {
      parts.push(expr.slice(start, i))
      start = i + 1
    }
  }
  parts.push(expr.slice(start))
  return parts
}

/**
 * `xml` with the content of every element named in `names` (qualified, as written) replaced by what `rewrite` returns
 * for it; where `rewrite` returns undefined, or the element is empty-tagged or never closed, the text stays as it is.
 * The scan goes on after a rewritten element's content, so nested elements of the same name are never visited twice.
 */
export function rewriteContents(xml: string, names: readonly string[], rewrite: (content: string) => string | undefined): string {
  if (names.length === 0) return xml
  const open = new RegExp(`<(${names.map(escape).join('|')})(?=[\\s>/])[^>]*>`, 'g')
  const out = new Pieces()
  let last = 0
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    if (m[0].endsWith('/>')) continue
    const start = m.index + m[0].length
    const end = xml.indexOf(`</${m[1]}>`, start)
    if (end < 0) continue
    const replacement = rewrite(xml.slice(start, end))
    if (replacement === undefined) continue
    out.push(xml.slice(last, start))
    out.push(replacement)
    last = end
    open.lastIndex = end
  }
  if (last === 0) return xml // nothing rewritten
  out.push(xml.slice(last))
  return out.join()
}

/**
 * A string built from many pieces, joined every few thousand: a million rewritten elements of a large GIO would
 * otherwise hold two million slices (some 60 MB) until the end.
 */
export class Pieces {
  private parts: string[] = []
  private readonly chunks: string[] = []

  push(piece: string): void {
    if (piece === '') return
    this.parts.push(piece)
    if (this.parts.length >= 4096) {
      this.chunks.push(this.parts.join(''))
      this.parts = []
    }
  }

  join(): string {
    return this.chunks.join('') + this.parts.join('')
  }
}
