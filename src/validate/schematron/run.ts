/**
 * Runs the official rule files on the documents of a package: finds the files in the schema set, picks the
 * documents each applies to (by namespace and document element) and turns what the rules report into Findings.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding, Layer } from '../../model/index.js'
import { defaultRuleSet, type RuleSetVersions } from '../layer.js'
import { documentNames, mayMatch, type DocumentNames } from './candidates.js'
import { compilerDigest, compileSchematron, describeSchematron, SKIP_PARAM, type SchematronInfo } from './compile.js'
import { lineNumbers, xmlFacts, type XmlFacts } from './lines.js'
import { readReport, toFindings, type FindingContext } from './report.js'
import {
  cachedStylesheet,
  compileXslt,
  stylesheetKey,
  transform,
  transformEach,
  type CompiledStylesheet,
  type SourceDocument,
  type StylesheetParams,
} from './saxon.js'

/** Where the installed schema set keeps the rule files of one STOP/LVBB version (mirrors the official distribution). */
export function ruleDirs(versies: RuleSetVersions = defaultRuleSet): readonly { dir: string; pattern: RegExp; layer: Layer }[] {
  return [
    { dir: join('stop', 'schematron', `stop-${versies.stop}`), pattern: /^imop-.*\.sch$/, layer: 'stop' },
    { dir: join('stop', 'schematron', `lvbb-${versies.lvbb}`), pattern: /^lvbb-aanlevering.*\.sch$/, layer: 'lvbb' },
  ]
}

/** Documents the STOP rules look at: the LVBB aanlevering wrappers and STOP modules (GML: imop geo). */
const LVBBA_NS = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'
const STOP_NS_PREFIX = 'https://standaarden.overheid.nl/stop/'

/** Prefixes for namespaces a rule file may not declare itself (as the LVBB rule files write them). */
const KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  lvbba: LVBBA_NS,
  data: 'https://standaarden.overheid.nl/stop/imop/data/',
  tekst: 'https://standaarden.overheid.nl/stop/imop/tekst/',
  geo: 'https://standaarden.overheid.nl/stop/imop/geo/',
  gio: 'https://standaarden.overheid.nl/stop/imop/gio/',
}

/**
 * Files larger than this (in characters) are not given to saxon-js; VISIE-852 says so. Measured: a 96 MB GML
 * through imop-geo and imop-aknjoin peaks at ~415 MB RSS, so the cap sits above the chain's own 100 MB per file.
 */
export const MAX_SCHEMATRON_BYTES = 128 * 1024 * 1024

export interface RuleFile {
  /** File name, e.g. `imop-tekst.sch`. */
  readonly name: string
  readonly path: string
  readonly layer: Layer
  readonly info: SchematronInfo
  /** The compiled XSLT 3 text (our compiler, run on first access); saxon-js compiles it on first use (stylesheetOf). */
  readonly xslt: string
  /** stylesheetKey of `xslt`: where stylesheetOf finds the compiled stylesheet without compiling the XSLT. */
  readonly xsltKey: string
  /** namespace URI → prefix, for readable XPaths in findings. */
  readonly prefixes: ReadonlyMap<string, string>
}

export interface RunOptions {
  /** Where compiled stylesheets (SEF JSON) are cached; default: `<os tmp>/visie-schematron-<uid>`. */
  readonly cacheDir?: string
}

export function defaultCacheDir(): string {
  // Per user: a shared temp folder must not let one user hand another a stylesheet.
  return join(tmpdir(), `visie-schematron-${process.getuid?.() ?? 'gebruiker'}`)
}

const loaded = new Map<string, RuleFile>()

/**
 * Reads and translates one rule file (once per process). Translating all eleven costs ~300 ms, so with a cache
 * dir what the runner needs of a translation (SchematronInfo, the XSLT's key) is kept in `<key>.rule.json`, keyed
 * by the .sch text and the compiler's source; the XSLT itself is made only when its SEF is not cached.
 * Throws SchematronCompileError on what it cannot translate.
 */
export function loadRuleFile(path: string, name: string, layer: Layer, opts: RunOptions = {}): RuleFile {
  const known = loaded.get(path)
  if (known !== undefined) return known
  const text = readFileSync(path, 'utf8')
  const cacheDir = opts.cacheDir ?? defaultCacheDir()
  const fingerprint = compilerDigest()
  const indexFile = fingerprint === undefined ? undefined : join(cacheDir, `${stylesheetKey(`${fingerprint}\n${text}`)}.rule.json`)
  const indexed = indexFile === undefined ? undefined : readIndex(indexFile)
  let rule: RuleFile
  if (indexed !== undefined) {
    let xslt: string | undefined
    rule = {
      name,
      path,
      layer,
      info: indexed.info,
      get xslt() {
        xslt ??= compileSchematron(text)
        return xslt
      },
      xsltKey: indexed.xsltKey,
      prefixes: prefixesOf(indexed.info),
    }
  } else {
    const info = describeSchematron(text)
    const xslt = compileSchematron(text)
    rule = { name, path, layer, info, xslt, xsltKey: stylesheetKey(xslt), prefixes: prefixesOf(info) }
    if (indexFile !== undefined) writeIndex(cacheDir, indexFile, rule)
  }
  loaded.set(path, rule)
  return rule
}

function prefixesOf(info: SchematronInfo): Map<string, string> {
  const prefixes = new Map<string, string>()
  for (const [prefix, uri] of [...info.namespaces, ...Object.entries(KNOWN_PREFIXES)]) {
    if (!prefixes.has(uri)) prefixes.set(uri, prefix)
  }
  return prefixes
}

interface IndexEntry {
  readonly xslt: string
  readonly namespaces: [string, string][]
  readonly contextNamespaces: string[]
  readonly documentIndependent: boolean
  readonly patternNames: (string[] | null)[]
}

function readIndex(file: string): { info: SchematronInfo; xsltKey: string } | undefined {
  try {
    const e = JSON.parse(readFileSync(file, 'utf8')) as Partial<IndexEntry>
    const pairs = (v: unknown): v is [string, string][] => Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'))
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
    // A damaged or foreign file counts as absent: the rule file is translated again and the entry rewritten.
    const names = (v: unknown): v is (string[] | null)[] => Array.isArray(v) && v.every((x) => x === null || strings(x))
    if (typeof e.xslt !== 'string' || !pairs(e.namespaces) || !strings(e.contextNamespaces) || typeof e.documentIndependent !== 'boolean' || !names(e.patternNames)) {
      return undefined
    }
    const info = {
      namespaces: new Map(e.namespaces),
      contextNamespaces: new Set(e.contextNamespaces),
      documentIndependent: e.documentIndependent,
      patternNames: e.patternNames,
    }
    return { info, xsltKey: e.xslt }
  } catch {
    return undefined
  }
}

function writeIndex(dir: string, file: string, rule: RuleFile): void {
  const entry: IndexEntry = {
    xslt: rule.xsltKey,
    namespaces: [...rule.info.namespaces],
    contextNamespaces: [...rule.info.contextNamespaces].sort(byCodeUnit),
    documentIndependent: rule.info.documentIndependent,
    patternNames: rule.info.patternNames.map((n) => (n === null ? null : [...n])),
  }
  try {
    mkdirSync(dir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(entry))
    renameSync(tmp, file)
  } catch {
    // A cache we cannot write only costs time.
  }
}

/**
 * The saxon-js stylesheet of a rule file: from memory or the SEF cache, else compiled (seconds per file).
 * Throws saxon-js's static error when the XSLT does not compile.
 */
export function stylesheetOf(rule: RuleFile, opts: RunOptions = {}): CompiledStylesheet {
  const cacheDir = opts.cacheDir ?? defaultCacheDir()
  return cachedStylesheet(rule.xsltKey, cacheDir) ?? compileXslt(rule.xslt, cacheDir)
}

/** The rule files of a schema set, sorted by name (code units); a missing folder gives none (VISIE-850 upstream). */
export function listRuleFiles(schemasDir: string, versies?: RuleSetVersions): { path: string; name: string; layer: Layer }[] {
  const out: { path: string; name: string; layer: Layer }[] = []
  for (const { dir, pattern, layer } of ruleDirs(versies)) {
    let names: string[]
    try {
      names = readdirSync(join(schemasDir, dir))
    } catch {
      continue
    }
    for (const name of names.filter((n) => pattern.test(n)).sort(byCodeUnit)) out.push({ path: join(schemasDir, dir, name), name, layer })
  }
  return out
}

/**
 * Whether a rule file applies to a document: STOP rules to LVBB aanlevering and STOP documents that declare a
 * namespace the rules' contexts use; lvbb-aanlevering-io.sch only to AanleveringInformatieObject, the other
 * LVBB file to the other aanlevering documents (AanleveringBesluit, …).
 */
export function applies(rule: Pick<RuleFile, 'name' | 'info'>, doc: XmlFacts): boolean {
  const stopDocument = doc.rootNs === LVBBA_NS || doc.rootNs.startsWith(STOP_NS_PREFIX)
  if (!stopDocument) return false
  if (rule.name.startsWith('lvbb-aanlevering')) {
    if (doc.rootNs !== LVBBA_NS) return false
    const io = doc.rootName === 'AanleveringInformatieObject'
    return rule.name === 'lvbb-aanlevering-io.sch' ? io : !io
  }
  for (const ns of rule.info.contextNamespaces) if (doc.declared.has(ns)) return true
  return false
}

/** Runs one rule file on one document (text, and parsed if the caller has it); `file` names it in the findings. */
export function runRuleFile(
  rule: RuleFile,
  file: string,
  xml: string,
  opts: RunOptions & { readonly parsed?: SourceDocument; readonly trace?: FindingContext['trace'] } = {},
): Finding[] {
  const { parsed, trace } = opts
  return reportFindings(rule, file, xml, transform(stylesheetOf(rule, opts), parsed ?? xml, skipParams(rule, xml, parsed)), trace)
}

/**
 * The patterns of a rule file that cannot fire on a document: every element their rule contexts can match is absent
 * from its text (patternNames, mayMatch). Leaving them out gives the same report; a pattern's pass over a document
 * costs saxon-js about as much as the checks of a typical pattern (measured on the Assen besluit: imop-tekstmutaties
 * 18 patterns, 10 without a matching element, ~160 → ~40 ms).
 */
export function skippedPatterns(info: Pick<SchematronInfo, 'patternNames'>, xml: string, known?: DocumentNames): number[] {
  if (!info.patternNames.some((n) => n !== null)) return []
  const names = known ?? documentNames(xml)
  return info.patternNames.flatMap((tests, i) => (tests !== null && !mayMatch(tests, names) ? [i] : []))
}

/** The names of a parsed document's text, read once for all rule files that run on it. */
const namesOf = new WeakMap<SourceDocument, DocumentNames>()

function skipParams(rule: RuleFile, xml: string, parsed?: SourceDocument): StylesheetParams {
  let names = parsed === undefined ? undefined : namesOf.get(parsed)
  if (names === undefined) {
    names = documentNames(xml)
    if (parsed !== undefined) namesOf.set(parsed, names)
  }
  const skipped = skippedPatterns(rule.info, xml, names)
  return skipped.length === 0 ? {} : { [SKIP_PARAM]: ` ${skipped.join(' ')} ` }
}

/** A parsed document with its entry name and text, for runRuleFileEach. */
export interface ParsedDocument {
  readonly file: string
  readonly xml: string
  readonly parsed: SourceDocument
}

/**
 * Runs one rule file over several documents in one saxon-js transform (the set-up of a transform costs about as
 * much as running a small document): the findings of each document, in order. Only for rule files whose info
 * says `documentIndependent`; throws when the transform stops on any of them (the caller runs them one by one).
 */
export function runRuleFileEach(
  rule: RuleFile,
  docs: readonly ParsedDocument[],
  opts: RunOptions & { readonly trace?: FindingContext['trace'] } = {},
): Finding[][] {
  if (!rule.info.documentIndependent) throw new Error(`${rule.name} heeft globale variabelen die van het document afhangen`)
  // One transform per set of patterns left out (documents of one kind share it: all GIOs, all GML).
  const stylesheet = stylesheetOf(rule, opts)
  const groups = new Map<string, { params: StylesheetParams; members: number[] }>()
  docs.forEach((d, i) => {
    const params = skipParams(rule, d.xml, d.parsed)
    const key = params[SKIP_PARAM] ?? ''
    const group = groups.get(key) ?? { params, members: [] }
    group.members.push(i)
    groups.set(key, group)
  })
  const reports: string[] = []
  for (const { params, members } of groups.values()) {
    const out = transformEach(stylesheet, members.map((i) => (docs[i] as ParsedDocument).parsed), params)
    members.forEach((m, k) => (reports[m] = out[k] ?? ''))
  }
  return docs.map((d, i) => reportFindings(rule, d.file, d.xml, reports[i] ?? '', opts.trace))
}

function reportFindings(rule: RuleFile, file: string, xml: string, report: string, trace: FindingContext['trace']): Finding[] {
  const failures = readReport(report)
  const lines = failures.length === 0 ? new Map<string, number>() : lineNumbers(xml, failures.map((f) => f.location))
  const ctx: FindingContext = { ruleFile: rule.name, layer: rule.layer, file, prefixes: rule.prefixes, lines }
  return failures.flatMap((f) => toFindings(f, trace === undefined ? ctx : { ...ctx, trace }))
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
