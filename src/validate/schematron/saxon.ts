/**
 * saxon-js behind a few calls: compile XSLT text to a SEF (JSON), cache it on disk by hash, and run a SEF on one
 * XML document or on several at once, returning the serialized result per document. Compiled stylesheets are kept
 * in memory for the process, parsed once (re-reading a SEF of 400 KB per run cost more than most runs).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire, Module } from 'node:module'
import { join } from 'node:path'

interface SaxonXPath {
  evaluate(expr: string, context: unknown, options: { params: Record<string, unknown> }): unknown
  sefToJSON: (...args: unknown[]) => unknown
}
interface Saxon {
  readonly XPath: SaxonXPath
  getProcessorInfo(): { readonly productVersion?: string; readonly version?: number }
  /** What SaxonJS.transform and fn:transform run after reading their options (exported by saxon-js 2.x). */
  readonly internalTransform?: (sef: SefNode, source: unknown, options: TransformOptions) => void
  readonly checkOptions?: (options: Record<string, unknown>) => TransformOptions
  serialize(node: unknown, options: Record<string, unknown>): string
}
interface TransformOptions {
  readonly principalResult?: unknown
}
/** A SEF tree as saxon-js runs it: every child knows its parent (not stored in the JSON). */
interface SefNode {
  readonly N?: unknown
  readonly C?: SefNode[]
  parentNode?: SefNode
}

const require = createRequire(import.meta.url)
let loaded: Saxon | undefined
/**
 * saxon-js, loaded on first use: a package whose every rule file has a TypeScript form (ports.ts) never loads it
 * (~0.7 s of CPU on two busy cores, issue 18).
 */
function saxonJs(): Saxon {
  loaded ??= loadSaxon()
  return loaded
}

/**
 * saxon-js without its HTTP client: it requires axios when it loads, only to fetch `http(s):` resources, which the
 * validator never may (offline; rule files and documents come from the package and the installed schema set).
 * Loading axios and what it pulls in cost ~30% of loading saxon-js (~200 of ~650 ms CPU, measured on 2 busy cores).
 * Its place in the module cache is taken by a client that refuses every request; when axios cannot be resolved
 * (or the cache already holds it) saxon-js loads as it is.
 */
function loadSaxon(): Saxon {
  try {
    const axios = createRequire(require.resolve('saxon-js')).resolve('axios')
    if (require.cache[axios] === undefined) {
      const refuse = (): Promise<never> => Promise.reject(new Error('visie haalt niets van het netwerk'))
      const stub = new Module(axios)
      stub.filename = axios
      stub.loaded = true
      stub.exports = Object.assign(refuse, { get: refuse, request: refuse, default: refuse })
      require.cache[axios] = stub
    }
  } catch {
    // Without axios to resolve there is nothing to leave out.
  }
  return require('saxon-js') as Saxon
}

/** A compiled stylesheet: SEF JSON text when saxon-js gave one, otherwise the XSLT text (compiled per run). */
export interface CompiledStylesheet {
  readonly kind: 'sef' | 'xslt'
  readonly text: string
}

const memory = new Map<string, CompiledStylesheet>()
/** The parsed SEF of each compiled stylesheet, built on its first run. */
const prepared = new WeakMap<CompiledStylesheet, SefNode>()

/** The cache key: SHA-256 of the XSLT and the saxon-js version (a new compiler or processor gives a new key). */
export function stylesheetKey(xslt: string): string {
  return createHash('sha256').update(`${processorId()}\n`).update(xslt).digest('hex')
}

let processor: string | undefined
/**
 * `<productVersion> <version>` of getProcessorInfo(), as the keys always had it (`2.7 3`), read from saxon-js's
 * package.json (major.minor; XSLT 3) so that finding a cached stylesheet does not load saxon-js; from saxon-js itself
 * when that file cannot be read.
 */
function processorId(): string {
  if (processor === undefined) {
    try {
      const { version } = JSON.parse(readFileSync(require.resolve('saxon-js/package.json'), 'utf8')) as { version?: unknown }
      const m = typeof version === 'string' ? /^(\d+)\.(\d+)\./.exec(version) : null
      if (m === null || m[1] !== '2') throw new Error('onbekende saxon-js-versie')
      processor = `${m[1]}.${m[2]} 3`
    } catch {
      const info = saxonJs().getProcessorInfo()
      processor = `${info.productVersion ?? ''} ${info.version ?? ''}`
    }
  }
  return processor
}

/**
 * Compiles once per process; with a cacheDir, reuses `<cacheDir>/<key>.sef.json` across processes.
 * Throws saxon-js's static error (with the XSLT line) when the stylesheet does not compile.
 */
export function compileXslt(xslt: string, cacheDir?: string): CompiledStylesheet {
  const key = stylesheetKey(xslt)
  const known = cachedStylesheet(key, cacheDir)
  if (known !== undefined) return known
  const compiled = compileNow(xslt)
  if (cacheDir !== undefined && compiled.kind === 'sef') writeAtomically(cacheDir, join(cacheDir, `${key}.sef.json`), compiled.text)
  memory.set(key, compiled)
  return compiled
}

/**
 * The stylesheet under a cache key (stylesheetKey) from memory or `<cacheDir>/<key>.sef.json`, without the XSLT
 * text; undefined when neither has it. A truncated or foreign file counts as absent (and is overwritten later).
 */
export function cachedStylesheet(key: string, cacheDir?: string): CompiledStylesheet | undefined {
  const known = memory.get(key)
  if (known !== undefined || cacheDir === undefined) return known
  let sef: SefNode
  try {
    const text = readFileSync(join(cacheDir, `${key}.sef.json`), 'utf8')
    sef = JSON.parse(text) as SefNode
    if (sef.N !== 'package') return undefined
    const compiled: CompiledStylesheet = { kind: 'sef', text }
    // The parse above is the one the runs use: link it now instead of parsing the text again.
    prepared.set(compiled, linkParents(sef))
    memory.set(key, compiled)
    return compiled
  } catch {
    return undefined
  }
}

/**
 * saxon-js compiles `stylesheet-text` with its built-in XSLT compiler but does not hand out the SEF; it passes
 * through `XPath.sefToJSON`, so we listen there for the duration of one compile. If that ever stops working, we
 * keep the XSLT text and let fn:transform compile it on every run (slower, same result).
 */
function compileNow(xslt: string): CompiledStylesheet {
  const saxon = saxonJs()
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
  return { node: saxonJs().XPath.evaluate('parse-xml($xml)', null, { params: { xml } }) }
}

/** Stylesheet parameters by EQName (`Q{uri}local`), as strings. */
export type StylesheetParams = Readonly<Record<string, string>>

/**
 * Runs a compiled stylesheet on a document (text or parsed); returns the serialized principal result. `params` are
 * given to a SEF only: parameters must not change the result of a stylesheet (the XSLT-text fallback runs without).
 */
export function transform(stylesheet: CompiledStylesheet, source: string | SourceDocument, params: StylesheetParams = {}): string {
  const doc = typeof source === 'string' ? parseXml(source) : source
  const sef = sefOf(stylesheet)
  if (sef === undefined) {
    const result = saxonJs().XPath.evaluate(
      `transform(map{'stylesheet-text': $stylesheet, 'initial-match-selection': $doc, 'global-context-item': $doc, 'delivery-format': 'serialized'})?output`,
      null,
      { params: { stylesheet: stylesheet.text, doc: doc.node } },
    )
    return typeof result === 'string' ? result : ''
  }
  const result = run(sef, { initialSelection: doc.node, globalContextItem: doc.node, destination: 'serialized', stylesheetParams: params }, doc.node)
  return typeof result === 'string' ? result : ''
}

/**
 * Runs a compiled stylesheet once over several documents (its initial match selection), without a global context
 * item: only for stylesheets whose global variables do not depend on the document. Returns the serialized result
 * of each document, in order; throws when the stylesheet does not give exactly one result element per document.
 */
export function transformEach(stylesheet: CompiledStylesheet, sources: readonly SourceDocument[], params: StylesheetParams = {}): string[] {
  const sef = sefOf(stylesheet)
  if (sef === undefined || sources.length <= 1) return sources.map((d) => transform(stylesheet, d, params))
  const result = run(sef, { initialSelection: sources.map((d) => d.node), destination: 'raw', stylesheetParams: params }, null)
  const items = Array.isArray(result) ? (result as unknown[]) : [result]
  if (items.length !== sources.length || !items.every(isElement)) {
    throw new Error(`het Schematron-rapport had ${items.length} delen voor ${sources.length} documenten`)
  }
  return items.map((e) => saxonJs().serialize(e, { method: 'xml', indent: false }))
}

/** The SEF tree saxon-js runs (parsed and linked once per stylesheet); undefined for XSLT text. */
function sefOf(stylesheet: CompiledStylesheet): SefNode | undefined {
  const saxon = saxonJs()
  if (stylesheet.kind !== 'sef' || saxon.internalTransform === undefined || saxon.checkOptions === undefined) return undefined
  let sef = prepared.get(stylesheet)
  if (sef === undefined) {
    sef = linkParents(JSON.parse(stylesheet.text) as SefNode)
    prepared.set(stylesheet, sef)
  }
  return sef
}

/**
 * SaxonJS.transform insists on a checksum that the SEF we capture has no room for (it is the compiler's own
 * output, see compileNow); like fn:transform, we hand the linked tree to internalTransform directly.
 */
function run(sef: SefNode, options: Record<string, unknown>, source: unknown): unknown {
  const saxon = saxonJs()
  const checkOptions = saxon.checkOptions as NonNullable<Saxon['checkOptions']>
  const internalTransform = saxon.internalTransform as NonNullable<Saxon['internalTransform']>
  const checked = checkOptions({ stylesheetInternal: sef, ...options })
  internalTransform(sef, source, checked)
  return checked.principalResult
}

function linkParents(node: SefNode): SefNode {
  for (const child of node.C ?? []) {
    child.parentNode = node
    linkParents(child)
  }
  return node
}

function isElement(item: unknown): boolean {
  return item !== null && typeof item === 'object' && (item as { nodeType?: unknown }).nodeType === 1
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
