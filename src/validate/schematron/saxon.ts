/**
 * saxon-js behind three calls: compile XSLT text to a SEF (JSON), cache it on disk by hash, and run a SEF on one
 * XML document, returning the serialized result. Compiled stylesheets are kept in memory for the process.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

interface SaxonXPath {
  evaluate(expr: string, context: unknown, options: { params: Record<string, unknown> }): unknown
  sefToJSON: (...args: unknown[]) => unknown
}
interface Saxon {
  readonly XPath: SaxonXPath
  getProcessorInfo(): { readonly productVersion?: string; readonly version?: number }
}

const require = createRequire(import.meta.url)
const saxon = require('saxon-js') as Saxon

/** A compiled stylesheet: SEF JSON text when saxon-js gave one, otherwise the XSLT text (compiled per run). */
export interface CompiledStylesheet {
  readonly kind: 'sef' | 'xslt'
  readonly text: string
}

const memory = new Map<string, CompiledStylesheet>()

/** The cache key: SHA-256 of the XSLT and the saxon-js version (a new compiler or processor gives a new key). */
export function stylesheetKey(xslt: string): string {
  const info = saxon.getProcessorInfo()
  return createHash('sha256')
    .update(`${info.productVersion ?? ''} ${info.version ?? ''}\n`)
    .update(xslt)
    .digest('hex')
}

/**
 * Compiles once per process; with a cacheDir, reuses `<cacheDir>/<key>.sef.json` across processes.
 * Throws saxon-js's static error (with the XSLT line) when the stylesheet does not compile.
 */
export function compileXslt(xslt: string, cacheDir?: string): CompiledStylesheet {
  const key = stylesheetKey(xslt)
  const known = memory.get(key)
  if (known !== undefined) return known
  const file = cacheDir === undefined ? undefined : join(cacheDir, `${key}.sef.json`)
  let compiled: CompiledStylesheet | undefined
  if (file !== undefined) {
    try {
      const text = readFileSync(file, 'utf8')
      // A truncated or foreign file is ignored (and overwritten) rather than failing every run.
      const sef = JSON.parse(text) as { N?: unknown }
      compiled = sef.N === 'package' ? { kind: 'sef', text } : undefined
    } catch {
      compiled = undefined
    }
  }
  if (compiled === undefined) {
    compiled = compileNow(xslt)
    if (file !== undefined && cacheDir !== undefined && compiled.kind === 'sef') writeAtomically(cacheDir, file, compiled.text)
  }
  memory.set(key, compiled)
  return compiled
}

/**
 * saxon-js compiles `stylesheet-text` with its built-in XSLT compiler but does not hand out the SEF; it passes
 * through `XPath.sefToJSON`, so we listen there for the duration of one compile. If that ever stops working, we
 * keep the XSLT text and let fn:transform compile it on every run (slower, same result).
 */
function compileNow(xslt: string): CompiledStylesheet {
  const original = saxon.XPath.sefToJSON
  let sef: string | undefined
  saxon.XPath.sefToJSON = function (this: unknown, ...args: unknown[]): unknown {
    const result = original.apply(this, args)
    sef = JSON.stringify(result, (k, v: unknown) => (k === 'parentNode' ? undefined : v))
    return result
  }
  try {
    transform({ kind: 'xslt', text: xslt }, '<compile/>')
  } finally {
    saxon.XPath.sefToJSON = original
  }
  return sef === undefined ? { kind: 'xslt', text: xslt } : { kind: 'sef', text: sef }
}

/** A document as saxon-js parsed it (opaque here). */
export interface SourceDocument {
  readonly node: unknown
}

/** Parses XML text with saxon-js; throws saxon-js's error (with line and column) when it is not well-formed. */
export function parseXml(xml: string): SourceDocument {
  return { node: saxon.XPath.evaluate('parse-xml($xml)', null, { params: { xml } }) }
}

/** Runs a compiled stylesheet on a document (text or parsed); returns the serialized principal result. */
export function transform(stylesheet: CompiledStylesheet, source: string | SourceDocument): string {
  const doc = typeof source === 'string' ? parseXml(source) : source
  const option = stylesheet.kind === 'sef' ? 'package-text' : 'stylesheet-text'
  const result = saxon.XPath.evaluate(
    `transform(map{'${option}': $stylesheet, 'initial-match-selection': $doc, 'global-context-item': $doc, 'delivery-format': 'serialized'})?output`,
    null,
    { params: { stylesheet: stylesheet.text, doc: doc.node } },
  )
  return typeof result === 'string' ? result : ''
}

function writeAtomically(dir: string, file: string, text: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, text)
    renameSync(tmp, file)
  } catch {
    // A cache we cannot write only costs time.
  }
}
