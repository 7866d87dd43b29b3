/**
 * The schematron validation layer (product.md §7.3): the official STOP 1.3.0 and LVBB 1.2.0 rule files, compiled
 * to XSLT 3 by our own compiler and run with saxon-js, reporting the rules' own codes (STOPxxxx, BHKVxxxx).
 */
import { compareFindings, type Finding } from '../../model/index.js'
import { collectGarbage } from '../memory.js'
import { defaultRuleSet, LARGE_ENTRY_BYTES, type PackageContents, type PackageEntry, type RuleSetVersions, type ValidateContext, type ValidationLayer } from '../layer.js'
import { xmlFacts } from './lines.js'
import { reduceCoordinates } from './reduce-gml.js'
import { dropStrayCoordinates, strayInvisibleTo } from './stray-gml.js'
import { GML_NS } from './text-scan.js'
import { parseXml, type SourceDocument } from './saxon.js'
import { MAX_FINDINGS_PER_CODE } from './ported.js'
import { forgetTree, forgetTrees, hasPort, portedFindings, readPort } from './ports.js'

export { MAX_FINDINGS_PER_CODE }
import { prunedOf, WITNESS_RULE_FILES } from './prune-gml.js'
import { BASISGEO_NS, skeletonGuard, skeletonOf, type SkeletonGuard } from './skeleton.js'
import {
  applies,
  listRuleFiles,
  loadRuleFile,
  MAX_SCHEMATRON_BYTES,
  runRuleFile,
  runRuleFileEach,
  stylesheetOf,
  type ParsedDocument,
  type RuleFile,
  type RunOptions,
} from './run.js'

export { compileSchematron, describeSchematron, SchematronCompileError } from './compile.js'
export { parseMessage, parseMessages, readableXPath, severityOf } from './report.js'
export { applies, listRuleFiles, loadRuleFile, runRuleFile, runRuleFileEach, stylesheetOf, defaultCacheDir } from './run.js'
export type { ParsedDocument, RuleFile, RunOptions } from './run.js'

export interface SchematronDocument {
  /** Entry name in the package, used in findings. */
  readonly name: string
  readonly text: string
  /**
   * What a scan of the file already established (a GIO reduced by the geo survey, reducedGml), so its reductions here
   * can be skipped: every coordinate text is reduced already, no coordinate element stands outside a geometry. Either
   * way the findings are the same; only the work differs.
   */
  readonly known?: KnownOfDocument
}

export interface KnownOfDocument {
  readonly allCoordinatesReduced?: boolean
  readonly noStrayCoordinates?: boolean
  /** At most one coordinate element per geometry (ReducedGml.witnessesOnly): imop-geo reads the GIO as it is, unpruned. */
  readonly witnessesOnly?: boolean
}

export interface SchematronRunOptions extends RunOptions {
  readonly schemasDir: string
  /** Only these rule files (by name, e.g. `imop-tekst.sch`); default all. */
  readonly only?: readonly string[]
  /** wId → source position (ValidateContext.trace): findings inside a traced element get `source`. */
  readonly trace?: ValidateContext['trace']
  /** The STOP/LVBB version whose rule files run (default STOP 1.3.0 / LVBB 1.2.0). */
  readonly versies?: RuleSetVersions
  /** Run every rule file itself (saxon-js), also where a TypeScript form would (ports.ts); for tests that compare both. */
  readonly officialOnly?: boolean
}

/**
 * Runs every applicable rule file of the schema set on each document. Problems of the run itself are findings,
 * it does not throw: VISIE-850 no rule files, VISIE-851 a rule file does not compile, VISIE-852 a document too
 * large, VISIE-853 a rule without code, VISIE-854 a rule file stopped on a document, VISIE-855 one check raised
 * a dynamic error, VISIE-856 more than MAX_FINDINGS_PER_CODE findings of one code in one file (the rest
 * counted). Documents with a DOCTYPE or not well-formed are skipped: the xsd layer reports them.
 * Each rule file runs once over all the documents it applies to (runRuleFileEach) where it can.
 */
export function runSchematron(documents: readonly SchematronDocument[], opts: SchematronRunOptions): Finding[] {
  const findings: Finding[] = []
  const files = listRuleFiles(opts.schemasDir, opts.versies).filter((f) => opts.only === undefined || opts.only.includes(f.name))
  if (files.length === 0) return [noRuleFiles(opts.schemasDir, opts.versies)]
  const rules: RuleFile[] = []
  for (const f of files) {
    try {
      rules.push(loadRuleFile(f.path, f.name, f.layer, opts))
    } catch (e) {
      findings.push(notCompiled(f.name, f.layer, f.path, e))
    }
  }
  // saxon-js compiles a rule file only when a document needs it; one that fails is reported once and skipped.
  const broken = new Set<string>()
  // Documents are planned and run in batches of at most BATCH_CHARS of text (a large GIO alone), so the texts and trees
  // of one batch are let go before the next: memory is bounded by the largest document, not the package (issue 16 D11).
  // A package of ordinary files is one batch, run as before: each rule file once over all its documents.
  let plans: Plan[] = []
  let chars = 0
  for (const doc of documents) {
    const text = doc.text
    if (plans.length > 0 && chars + text.length > BATCH_CHARS) {
      findings.push(...runPlans(rules, plans, opts))
      plans = []
      // A batch of a large GIO leaves its texts and trees for the collector (memory.ts).
      if (chars >= LARGE_ENTRY_BYTES) collectGarbage()
      chars = 0
    }
    plans.push(planDocument(rules, { name: doc.name, text, ...(doc.known ? { known: doc.known } : {}) }, opts, broken))
    chars += text.length
  }
  findings.push(...runPlans(rules, plans, opts))
  return findings.sort(compareFindings)
}

/** How much document text one batch of runSchematron holds (characters). */
const BATCH_CHARS = 16 * 1024 * 1024

/** Runs each rule file once over the documents of `plans` that it applies to; their findings, capped per code and file. */
function runPlans(rules: readonly RuleFile[], plans: readonly Plan[], opts: SchematronRunOptions): Finding[] {
  const findings: Finding[] = []
  const results = new Map<Step, Finding[]>()
  for (const rule of rules) {
    const targets: { plan: Plan; step: Step }[] = []
    for (const plan of plans) for (const step of plan.steps) if (step.rule === rule && step.findings === undefined) targets.push({ plan, step })
    const found = runRule(rule, targets.map((t) => t.step.doc as ParsedDocument), opts)
    targets.forEach((t, i) => results.set(t.step, found[i] ?? []))
  }
  for (const plan of plans) {
    const out = plan.steps.flatMap((step) => step.findings ?? results.get(step) ?? [])
    findings.push(...(plan.file === undefined ? out : capPerCode(out, plan.file)))
  }
  return findings
}

/**
 * One applicable rule file of a document: to run on `doc` (the document, or its skeleton when the rule file cannot
 * see inside a geometry), or already settled (the rule file does not compile).
 */
interface Step {
  readonly rule: RuleFile
  readonly doc?: ParsedDocument
  readonly findings?: readonly Finding[]
}
interface Plan {
  /** The entry name; undefined when the document is not run (no rule file applies, DOCTYPE, too large, not well-formed). */
  readonly file?: string
  readonly steps: readonly Step[]
}

/** What runs on one document, decided in document order (which rule files turned out broken so far). */
function planDocument(rules: readonly RuleFile[], doc: SchematronDocument, opts: SchematronRunOptions, broken: Set<string>): Plan {
  const facts = xmlFacts(doc.text)
  const applicable = rules.filter((r) => !broken.has(r.name) && applies(r, facts))
  if (applicable.length === 0) return { steps: [] }
  // A DOCTYPE or XML that is not well-formed is the xsd layer's finding (VISIE-800/801): one cause, one finding.
  // We do not hand such a file to saxon-js (no entity expansion) and report nothing more.
  if (facts.hasDoctype) return { steps: [] }
  // Coordinates shrunk to what the rules read of them (reduce-gml.ts): a 100 MB GIO costs saxon-js kilobytes.
  let text = doc.known?.allCoordinatesReduced === true ? doc.text : reduceCoordinates(doc.text)
  if (text.length > MAX_SCHEMATRON_BYTES) {
    const why = `het bestand is groter dan ${MAX_SCHEMATRON_BYTES / 1024 / 1024} MB`
    return { steps: [{ rule: applicable[0] as RuleFile, findings: [notRun(doc, why, 'waarschuwing')] }] }
  }
  const runnable: RuleFile[] = []
  const steps = new Map<RuleFile, Step>()
  // A rule file with a TypeScript form (ports.ts) is compiled only when its port gives up on the document (below).
  const portable = (rule: RuleFile): boolean => opts.officialOnly !== true && hasPort(rule)
  const compiles = (rule: RuleFile): boolean => {
    try {
      stylesheetOf(rule, opts)
      return true
    } catch (e) {
      broken.add(rule.name)
      steps.set(rule, { rule, findings: [notCompiled(rule.name, rule.layer, rule.path, e)] })
      return false
    }
  }
  for (const rule of applicable) if (portable(rule) || compiles(rule)) runnable.push(rule)
  // Coordinate elements outside any geometry, when none of the rule files can see them (stray-gml.ts).
  if (doc.known?.noStrayCoordinates !== true && text.includes(GML_NS) && runnable.every((rule) => strayInvisibleTo(rule.path, WITNESS_RULE_FILES.has(rule.name)))) text = dropStrayCoordinates(text)
  // Rule files that cannot see inside a geometry run on the skeleton (skeleton.ts), imop-geo on the geometries pruned
  // to what it reads (prune-gml.ts): same findings, a fraction of the tree.
  // (Only for documents with geometries: reading the guards costs ~40 ms per process.)
  const geometries = text.includes(BASISGEO_NS)
  const guarded = runnable.map((rule) => ({ rule, guard: geometries ? skeletonGuard(rule.path) : undefined }))
  const blind = guarded.flatMap((g) => (g.guard !== undefined && !g.guard.seesGeometry ? [g.guard] : []))
  const skeleton = blind.length === 0 ? text : skeletonOf(text, union(blind))
  // Pruning leaves one coordinate witness per geometry: where each has one already (ReducedGml.witnessesOnly) the port of
  // imop-geo reads the GIO unpruned (pruning took out only the whitespace inside the geometries, 0.6 s for a GIO of
  // 90 000 squares, and the port's tree has no text nodes); the official run still reads it pruned (below).
  const unpruned = (rule: RuleFile, guard: SkeletonGuard | undefined): guard is SkeletonGuard =>
    guard !== undefined && guard.seesGeometry && WITNESS_RULE_FILES.has(rule.name) && doc.known?.witnessesOnly === true
  const texts = guarded.map(({ rule, guard }) => {
    if (guard === undefined) return text
    if (!guard.seesGeometry) return skeleton
    return WITNESS_RULE_FILES.has(rule.name) && !unpruned(rule, guard) ? prunedOf(text, guard) : text
  })
  // Not well-formed: the xsd layer's finding (VISIE-800), and no Schematron findings. The full text is parsed only
  // when a rule file runs on it or a reduced form does not parse; otherwise the reduced forms decide. (So a GIO that
  // is malformed only inside a geometry the reductions removed still gets the findings on the rest: a 100 MB tree
  // parsed just to learn that would cost seconds and hundreds of MB.)
  let fullTree: SourceDocument | undefined
  const full = (): SourceDocument => (fullTree ??= parseXml(text))
  const parsed = new Map<string, ParsedDocument>()
  const parsedOf = (xml: string): ParsedDocument => {
    const known = parsed.get(xml)
    if (known !== undefined) return known
    let tree: SourceDocument
    try {
      tree = xml === text ? full() : parseXml(xml)
    } catch (e) {
      if (xml === text) throw e
      return parsedOf(text) // a reduced form that does not parse: the full text decides
    }
    const made: ParsedDocument = { file: doc.name, xml, parsed: tree }
    parsed.set(xml, made)
    return made
  }
  // Rule files with a TypeScript form (ports.ts), on the text the official run would read. A port that gives up on
  // the document leaves its rule file to saxon-js.
  const ported = new Map<RuleFile, Finding[]>()
  const official = guarded.filter(({ rule }, i) => {
    if (opts.officialOnly === true) return true
    const found = portedFindings(rule, doc.name, texts[i] as string, opts.trace)
    if (found !== undefined) ported.set(rule, found)
    // One large tree at a time: for a GIO of 100 000 Locaties the pruned text's tree alone is ~190 MB; collected
    // before the next is built (memory.ts).
    const read = texts[i] as string
    if (!texts.slice(i + 1).includes(read)) {
      forgetTree(read)
      if (read.length >= LARGE_ENTRY_BYTES) collectGarbage()
    }
    return found === undefined && (!portable(rule) || compiles(rule))
  })
  forgetTrees()
  guarded.forEach(({ rule, guard }, i) => {
    if (unpruned(rule, guard) && official.includes(guarded[i] as (typeof guarded)[number])) texts[i] = prunedOf(text, guard)
  })
  try {
    texts.forEach((t, i) => {
      if (official.includes(guarded[i] as (typeof guarded)[number])) parsedOf(t)
    })
  } catch {
    return { steps: [] }
  }
  guarded.forEach(({ rule }, i) => {
    const found = ported.get(rule)
    if (found !== undefined) steps.set(rule, { rule, findings: found })
    else if (!steps.has(rule)) steps.set(rule, { rule, doc: parsed.get(texts[i] as string) ?? parsedOf(text) })
  })
  return { file: doc.name, steps: applicable.map((rule) => steps.get(rule) as Step) }
}

function runOptions(opts: SchematronRunOptions): RunOptions & { readonly trace?: ValidateContext['trace'] } {
  return { ...(opts.cacheDir === undefined ? {} : { cacheDir: opts.cacheDir }), ...(opts.trace === undefined ? {} : { trace: opts.trace }) }
}

function union(guards: readonly SkeletonGuard[]): SkeletonGuard {
  return {
    seesGeometry: guards.some((g) => g.seesGeometry),
    elements: new Set(guards.flatMap((g) => [...g.elements])),
    attributes: new Set(guards.flatMap((g) => [...g.attributes])),
  }
}

/** One rule file on its documents: in one transform if it can, else (or when that stops) one by one. */
function runRule(rule: RuleFile, docs: readonly ParsedDocument[], opts: SchematronRunOptions): Finding[][] {
  if (docs.length === 0) return []
  const runOpts = runOptions(opts)
  if (docs.length > 1 && rule.info.documentIndependent) {
    try {
      return runRuleFileEach(rule, docs, runOpts)
    } catch {
      // Some document stopped the transform: run them one by one so the others still get their findings.
    }
  }
  return docs.map((d) => {
    try {
      return runRuleFile(rule, d.file, d.xml, { ...runOpts, parsed: d.parsed })
    } catch (e) {
      return [
        {
          code: 'VISIE-854',
          severity: 'waarschuwing',
          layer: rule.layer,
          message: `Schematron-bestand ${rule.name} stopte met een fout op ${d.file}; niet alle regels zijn uitgevoerd: ${errorText(e)}`,
          data: { regelbestand: rule.name },
          at: { file: d.file },
        },
      ]
    }
  })
}

/**
 * Compiles every rule file of the schema set into the SEF cache, so the first validation does not pay for it
 * (for `visie schemas install`). Returns the VISIE-850/851 findings of files that are missing or do not compile.
 * `exceptPorted`: not the rule files with a TypeScript form (ports.ts), which a run compiles only for a document
 * their port gives up on; of those the port's rules and the skeleton guard are read instead (the worker's warm-up:
 * then saxon-js is not loaded for an ordinary package, and the run starts with its rule files read).
 */
export function precompileSchematron(opts: SchematronRunOptions, exceptPorted = false): Finding[] {
  const files = listRuleFiles(opts.schemasDir, opts.versies)
  if (files.length === 0) return [noRuleFiles(opts.schemasDir, opts.versies)]
  return files.flatMap((f) => {
    try {
      const rule = loadRuleFile(f.path, f.name, f.layer, opts)
      if (!exceptPorted || !hasPort(rule)) stylesheetOf(rule, opts)
      else {
        // The warm-up reads now what a run of the port would read first: its rules and messages, and the skeleton guard.
        readPort(rule)
        skeletonGuard(rule.path)
      }
      return []
    } catch (e) {
      return [notCompiled(f.name, f.layer, f.path, e)]
    }
  })
}

function noRuleFiles(schemasDir: string, versies: RuleSetVersions = defaultRuleSet): Finding {
  return {
    code: 'VISIE-850',
    severity: 'blokkerend',
    layer: 'stop',
    message: `Geen Schematron-bestanden gevonden in ${schemasDir} (stop/schematron/stop-${versies.stop}, lvbb-${versies.lvbb}): de STOP- en LVBB-regels zijn niet uitgevoerd. Installeer de schemaset met 'visie schemas install'.`,
    data: { schemasDir },
  }
}

function notCompiled(name: string, layer: Finding['layer'], path: string, e: unknown): Finding {
  return {
    code: 'VISIE-851',
    severity: 'blokkerend',
    layer,
    message: `Schematron-bestand ${name} kon niet worden vertaald of gecompileerd; de regels ervan zijn niet uitgevoerd: ${errorText(e)}`,
    data: { regelbestand: name },
    at: { file: path },
  }
}


function capPerCode(findings: readonly Finding[], file: string): Finding[] {
  const seen = new Map<string, number>()
  const out: Finding[] = []
  for (const f of findings) {
    const n = (seen.get(f.code) ?? 0) + 1
    seen.set(f.code, n)
    if (n <= MAX_FINDINGS_PER_CODE) out.push(f)
  }
  for (const [code, n] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n <= MAX_FINDINGS_PER_CODE) continue
    const first = findings.find((f) => f.code === code)
    out.push({
      code: 'VISIE-856',
      severity: 'informatie',
      layer: first?.layer ?? 'stop',
      message: `${code} kwam ${n} keer voor in ${file}; de eerste ${MAX_FINDINGS_PER_CODE} staan in het rapport, de overige ${n - MAX_FINDINGS_PER_CODE} zijn weggelaten.`,
      data: { regel: code, aantal: n, weggelaten: n - MAX_FINDINGS_PER_CODE },
      at: { file },
    })
  }
  return out
}

function notRun(doc: SchematronDocument, why: string, severity: Finding['severity']): Finding {
  return {
    code: 'VISIE-852',
    severity,
    layer: 'stop',
    message: `De Schematron-regels zijn niet uitgevoerd op ${doc.name}: ${why}.`,
    data: { reden: why },
    at: { file: doc.name },
  }
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e)
  return text.replace(/\s+/g, ' ').slice(0, 500)
}

const decoder = new TextDecoder('utf-8')

/** The layer: every .xml/.gml entry of the package through the applicable STOP and LVBB rule files. */
export const schematronLayer: ValidationLayer = {
  name: 'stop',
  run: (pkg, ctx) => runLayer(pkg, ctx, (e) => ({ bytes: e.bytes })),
}

/** A document's bytes as the rules read them, with what is known of them. */
export interface DocumentBytes {
  readonly bytes: Uint8Array
  readonly known?: KnownOfDocument
}

/**
 * The layer's run, with `read` giving what the rules read of an entry and what is known of it (thread.ts: a GML
 * reduced by the geo survey).
 */
export function runLayer(pkg: PackageContents, ctx: ValidateContext, read: (entry: PackageEntry) => DocumentBytes): Promise<Finding[]> {
  // A declared STOP/LVBB version without installed rules: the runner says so (VISIE-860); no other version's rules run.
  if (ctx.versies === null) return Promise.resolve([])
  try {
    // Decoded when runSchematron reaches it, so no more than one batch of texts is held (a large entry is read
    // from the package file only then, see PackageEntry).
    const documents = pkg.entries
      .filter((e) => /\.(xml|gml)$/i.test(e.name))
      .map((e) => {
        let known: KnownOfDocument | undefined
        return {
          name: e.name,
          get text(): string {
            const got = read(e)
            known = got.known
            return decoder.decode(got.bytes)
          },
          // Set when the text is read (runSchematron reads a document's text first).
          get known(): KnownOfDocument | undefined {
            return known
          },
        }
      })
    const opts: SchematronRunOptions = {
      schemasDir: ctx.schemasDir,
      ...(ctx.trace === undefined ? {} : { trace: ctx.trace }),
      ...(ctx.versies === undefined ? {} : { versies: ctx.versies }),
    }
    return Promise.resolve(runSchematron(documents, opts))
  } catch (e) {
    return Promise.resolve([
      {
        code: 'VISIE-851',
        severity: 'blokkerend',
        layer: 'stop',
        message: `De Schematron-laag kon niet worden uitgevoerd: ${errorText(e)}`,
        data: {},
      },
    ])
  }
}
