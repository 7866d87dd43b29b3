/**
 * The TypeScript forms of official rule files (ported.ts) by the SHA-256 of the file each implements: the runner asks
 * here first and runs the official file (saxon-js) only where no port applies or a port gives up on a document.
 */
import type { Finding } from '../../model/index.js'
import type { ValidateContext } from '../layer.js'
import { geoFailures, PORTED_IMOP_GEO } from './imop-geo.js'
import { aknjoinFailures, PORTED_IMOP_AKNJOIN, readAknjoinRules } from './imop-aknjoin.js'
import { consolidatieFailures, PORTED_IMOP_CONSOLIDATIE } from './imop-consolidatie.js'
import { metadataFailures, PORTED_IMOP_METADATA } from './imop-metadata.js'
import { PORTED_IMOP_PROCEDURE, procedureFailures, readProcedureRules } from './imop-procedure.js'
import { PORTED_IMOP_TEKST, readTekstRules, tekstFailures } from './imop-tekst.js'
import { PORTED_IMOP_TEKSTMUTATIES, readTekstmutatiesRules, tekstmutatiesFailures } from './imop-tekstmutaties.js'
import { aanleveringFailures, PORTED_LVBB_AANLEVERING, readAanleveringRules } from './lvbb-aanlevering.js'
import { aanleveringIoFailures, PORTED_LVBB_AANLEVERING_IO } from './lvbb-aanlevering-io.js'
import { failuresToFindings, NotPorted, readMessages, ruleText } from './ported.js'
import type { RawFailure } from './report.js'
import type { RuleFile } from './run.js'
import { readXmlTree, type XmlTree } from '../text-tree.js'

interface Port<R> {
  /** What the port reads of the rule file (its messages and more), once per process. */
  readonly read: (schText: string) => R
  readonly failures: (tree: XmlTree, rules: R) => RawFailure[]
}

const port = <R>(p: Port<R>): Port<unknown> => p as Port<unknown>

/** The ports, by the SHA-256 of the rule file each implements. */
const PORTS: ReadonlyMap<string, Port<unknown>> = new Map([
  [PORTED_IMOP_AKNJOIN, port({ read: (text) => readAknjoinRules(text, readMessages(text)), failures: aknjoinFailures })],
  [PORTED_IMOP_CONSOLIDATIE, port({ read: readMessages, failures: consolidatieFailures })],
  [PORTED_IMOP_GEO, port({ read: readMessages, failures: geoFailures })],
  [PORTED_IMOP_METADATA, port({ read: readMessages, failures: metadataFailures })],
  [PORTED_IMOP_PROCEDURE, port({ read: (text) => readProcedureRules(text, readMessages(text)), failures: procedureFailures })],
  [PORTED_IMOP_TEKST, port({ read: (text) => readTekstRules(text, readMessages(text)), failures: tekstFailures })],
  [PORTED_LVBB_AANLEVERING, port({ read: (text) => readAanleveringRules(text, readMessages(text)), failures: aanleveringFailures })],
  [PORTED_LVBB_AANLEVERING_IO, port({ read: readMessages, failures: aanleveringIoFailures })],
  [PORTED_IMOP_TEKSTMUTATIES, port({ read: (text) => readTekstmutatiesRules(text, readMessages(text)), failures: tekstmutatiesFailures })],
])

/** Whether the installed rule file has a port (it is byte for byte a file a port implements). */
export function hasPort(rule: Pick<RuleFile, 'path'>): boolean {
  return PORTS.has(ruleText(rule.path).sha256)
}

const readRules = new Map<string, unknown>()

/** What the port of the rule file reads of it, read once per process (undefined: no port, or it gives up on the file). */
function rulesOf(p: Port<unknown>, schText: string, sha256: string): unknown {
  let rules = readRules.get(sha256)
  if (rules === undefined) {
    rules = p.read(schText)
    readRules.set(sha256, rules)
  }
  return rules
}

/** Reads what the rule file's port needs now (a worker's warm-up, before any document arrives); nothing without a port. */
export function readPort(rule: Pick<RuleFile, 'path'>): void {
  const { text, sha256 } = ruleText(rule.path)
  const p = PORTS.get(sha256)
  try {
    if (p !== undefined) rulesOf(p, text, sha256)
  } catch (e) {
    // The run that needs the file gives up on the port the same way and runs the official file.
    if (!(e instanceof NotPorted)) throw e
  }
}

/**
 * The findings of the rule file on `text` (the text the official run would read) from its port; undefined when it has
 * none, the text is not one the tree reader reads exactly, or the port gives up on it (the caller runs the official file).
 */
export function portedFindings(rule: RuleFile, file: string, text: string, trace?: ValidateContext['trace']): Finding[] | undefined {
  const { text: schText, sha256 } = ruleText(rule.path)
  const p = PORTS.get(sha256)
  if (p === undefined) return undefined
  try {
    const rules = rulesOf(p, schText, sha256)
    const tree = treeOf(text)
    if (tree === undefined) return undefined
    const failures = p.failures(tree, rules)
    return failuresToFindings(failures, text, { ruleFile: rule.name, layer: rule.layer, file, prefixes: rule.prefixes, ...(trace === undefined ? {} : { trace }) })
  } catch (e) {
    if (e instanceof NotPorted) return undefined
    throw e
  }
}

/** Lets go of the trees of the document just run (the runner calls it when the document's rule files are done). */
export function forgetTrees(): void {
  trees.clear()
}

/** Lets go of the tree of `text` (no later port reads it): a large GIO's trees are then held one at a time. */
export function forgetTree(text: string): void {
  trees.delete(text)
}

/** The trees of the last few texts: the rule files of one document mostly read the same text (or its skeleton). */
const trees = new Map<string, XmlTree | undefined>()
function treeOf(text: string): XmlTree | undefined {
  if (trees.has(text)) return trees.get(text)
  const tree = readXmlTree(text)
  if (trees.size >= 4) trees.delete(trees.keys().next().value as string)
  trees.set(text, tree)
  return tree
}
