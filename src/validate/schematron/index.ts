/**
 * The schematron validation layer (product.md §7.3): the official STOP 1.3.0 and LVBB 1.2.0 rule files, compiled
 * to XSLT 3 by our own compiler and run with saxon-js, reporting the rules' own codes (STOPxxxx, BHKVxxxx).
 */
import { compareFindings, type Finding } from '../../model/index.js'
import type { ValidateContext, ValidationLayer } from '../layer.js'
import { xmlFacts } from './lines.js'
import { parseXml, type SourceDocument } from './saxon.js'
import {
  applies,
  listRuleFiles,
  loadRuleFile,
  MAX_SCHEMATRON_BYTES,
  runRuleFile,
  stylesheetOf,
  type RuleFile,
  type RunOptions,
} from './run.js'

export { compileSchematron, describeSchematron, SchematronCompileError } from './compile.js'
export { parseMessage, parseMessages, readableXPath, severityOf } from './report.js'
export { applies, listRuleFiles, loadRuleFile, runRuleFile, stylesheetOf, defaultCacheDir } from './run.js'
export type { RuleFile, RunOptions } from './run.js'

export interface SchematronDocument {
  /** Entry name in the package, used in findings. */
  readonly name: string
  readonly text: string
}

export interface SchematronRunOptions extends RunOptions {
  readonly schemasDir: string
  /** Only these rule files (by name, e.g. `imop-tekst.sch`); default all. */
  readonly only?: readonly string[]
  /** wId → source position (ValidateContext.trace): findings inside a traced element get `source`. */
  readonly trace?: ValidateContext['trace']
}

/**
 * Runs every applicable rule file of the schema set on each document. Problems of the run itself are findings,
 * it does not throw: VISIE-850 no rule files, VISIE-851 a rule file does not compile, VISIE-852 a document too
 * large, VISIE-853 a rule without code, VISIE-854 a rule file stopped on a document, VISIE-855 one check raised
 * a dynamic error, VISIE-856 more than MAX_FINDINGS_PER_CODE findings of one code in one file (the rest
 * counted). Documents with a DOCTYPE or not well-formed are skipped: the xsd layer reports them.
 */
export function runSchematron(documents: readonly SchematronDocument[], opts: SchematronRunOptions): Finding[] {
  const findings: Finding[] = []
  const files = listRuleFiles(opts.schemasDir).filter((f) => opts.only === undefined || opts.only.includes(f.name))
  if (files.length === 0) return [noRuleFiles(opts.schemasDir)]
  const rules: RuleFile[] = []
  for (const f of files) {
    try {
      rules.push(loadRuleFile(f.path, f.name, f.layer))
    } catch (e) {
      findings.push(notCompiled(f.name, f.layer, f.path, e))
    }
  }
  // saxon-js compiles a rule file only when a document needs it; one that fails is reported once and skipped.
  const broken = new Set<string>()
  for (const doc of documents) findings.push(...runOnDocument(rules, doc, opts, broken))
  return findings.sort(compareFindings)
}

/**
 * Compiles every rule file of the schema set into the SEF cache, so the first validation does not pay for it
 * (for `visie schemas install`). Returns the VISIE-850/851 findings of files that are missing or do not compile.
 */
export function precompileSchematron(opts: SchematronRunOptions): Finding[] {
  const files = listRuleFiles(opts.schemasDir)
  if (files.length === 0) return [noRuleFiles(opts.schemasDir)]
  return files.flatMap((f) => {
    try {
      stylesheetOf(loadRuleFile(f.path, f.name, f.layer), opts)
      return []
    } catch (e) {
      return [notCompiled(f.name, f.layer, f.path, e)]
    }
  })
}

function noRuleFiles(schemasDir: string): Finding {
  return {
    code: 'VISIE-850',
    severity: 'blokkerend',
    layer: 'stop',
    message: `Geen Schematron-bestanden gevonden in ${schemasDir} (stop/schematron/stop-1.3.0, lvbb-1.2.0): de STOP- en LVBB-regels zijn niet uitgevoerd. Installeer de schemaset met 'visie schemas install'.`,
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

function runOnDocument(
  rules: readonly RuleFile[],
  doc: SchematronDocument,
  opts: SchematronRunOptions,
  broken: Set<string>,
): Finding[] {
  const facts = xmlFacts(doc.text)
  const applicable = rules.filter((r) => !broken.has(r.name) && applies(r, facts))
  if (applicable.length === 0) return []
  // A DOCTYPE or XML that is not well-formed is the xsd layer's finding (VISIE-800/801): one cause, one finding.
  // We do not hand such a file to saxon-js (no entity expansion) and report nothing more.
  if (facts.hasDoctype) return []
  if (doc.text.length > MAX_SCHEMATRON_BYTES) {
    return [notRun(doc, `het bestand is groter dan ${MAX_SCHEMATRON_BYTES / 1024 / 1024} MB`, 'waarschuwing')]
  }
  let parsed: SourceDocument
  try {
    parsed = parseXml(doc.text)
  } catch {
    return []
  }
  const out: Finding[] = []
  for (const rule of applicable) {
    try {
      stylesheetOf(rule, opts)
    } catch (e) {
      broken.add(rule.name)
      out.push(notCompiled(rule.name, rule.layer, rule.path, e))
      continue
    }
    try {
      const runOpts = opts.trace === undefined ? { ...opts, parsed } : { ...opts, parsed, trace: opts.trace }
      out.push(...runRuleFile(rule, doc.name, doc.text, runOpts))
    } catch (e) {
      const text = errorText(e)
      out.push({
        code: 'VISIE-854',
        severity: 'waarschuwing',
        layer: rule.layer,
        message: `Schematron-bestand ${rule.name} stopte met een fout op ${doc.name}; niet alle regels zijn uitgevoerd: ${text}`,
        data: { regelbestand: rule.name },
        at: { file: doc.name },
      })
    }
  }
  return capPerCode(out, doc.name)
}

/** At most this many findings per code per file; the rest is counted in one VISIE-856 finding per code. */
export const MAX_FINDINGS_PER_CODE = 100

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
  run: (pkg, ctx) => {
    try {
      const documents = pkg.entries
        .filter((e) => /\.(xml|gml)$/i.test(e.name))
        .map((e) => ({ name: e.name, text: decoder.decode(e.bytes) }))
      const opts = ctx.trace === undefined ? { schemasDir: ctx.schemasDir } : { schemasDir: ctx.schemasDir, trace: ctx.trace }
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
  },
}
