/**
 * The xsd layer (product.md §7.2): every .xml/.gml file of a package against the official XSD chosen from its root
 * element, offline, with libxml2-wasm. Parsing never loads DTDs, external entities or anything from the network.
 */
import { XmlElement, type ErrorDetail, type XmlDocument } from 'libxml2-wasm'
import type { Finding } from '../../model/index.js'
import { openSchemaSet, type SchemaSet } from '../../schemas/index.js'
import type { PackageEntry, RuleSetVersions, ValidationLayer } from '../layer.js'
import { reducedGml } from '../geo/survey.js'
import { packageView } from '../view.js'
import { compiledSchema, SchemaCompileError } from './compile.js'
import { findDoctype } from './doctype.js'
import {
  doctype,
  maxErrorsPerFile,
  notWellFormed,
  parserWarning,
  schemaError,
  schemaUnavailable,
  tooManyErrors,
  unknownRoot,
} from './findings.js'
import { parseSafely } from './parse.js'
import { readablePath } from './path.js'
import { selectSchema, type RootInfo } from './select.js'
import { hasOffThread, offThreadFile, offThreadFindings } from './thread.js'

export { selectSchema, imowVersion, type RootInfo, type SchemaChoice } from './select.js'

const sets = new Map<string, Promise<SchemaSet>>()

function schemaSet(dir: string): Promise<SchemaSet> {
  let s = sets.get(dir)
  if (!s) {
    s = openSchemaSet(dir)
    sets.set(dir, s)
  }
  return s
}

/**
 * Validates one package file against the schema its root element calls for; problems are findings, never throws.
 * `versies`: the STOP/LVBB schema versions (null: not installed, STOP/LVBB files are only checked for well-formedness).
 * `bytes` may be a function that gives them (a large package entry, read again on each call), so that no copy of a
 * large file is held while its tree is built (parseSafely).
 */
export async function validateXml(
  name: string,
  bytes: Uint8Array | (() => Uint8Array),
  schemasDir: string,
  versies?: RuleSetVersions | null,
  imowNietOndersteund = false,
  reduced?: () => Uint8Array | undefined,
): Promise<Finding[]> {
  const findings: Finding[] = []
  const load = typeof bytes === 'function' ? bytes : () => bytes
  let parsed
  try {
    const inspect = (first: Uint8Array): void => {
      const dt = findDoctype(first)
      if (dt) findings.push(doctype(name, dt.line, dt.external))
    }
    parsed = parseSafely(name, load, inspect, reduced)
  } catch (e) {
    findings.push(notWellFormed(name, undefined, (e as Error).message))
    return findings
  }
  findings.push(...parsed.findings)
  const doc = parsed.doc
  if (!doc) return findings
  try {
    const set = await schemaSet(schemasDir).catch((e: Error) => e)
    if (set instanceof Error) findings.push(schemaUnavailable(name, 'schemas/manifest.json', set.message))
    else findings.push(...validateDoc(name, doc, set, versies, imowNietOndersteund))
  } finally {
    doc.dispose()
  }
  return findings
}

function validateDoc(name: string, doc: XmlDocument, set: SchemaSet, versies: RuleSetVersions | null | undefined, imowNietOndersteund: boolean): Finding[] {
  const root = doc.root
  const info = rootInfo(root)
  const choice = selectSchema(info, versies ?? undefined)
  if (!choice) return [unknownRoot(name, info.namespace, info.name, root.line)]
  // A declared version without installed schemas: the runner says so once (VISIE-860/862); no other version's XSD.
  if ((choice.familie === 'stop-lvbb' && versies === null) || (choice.familie === 'imow' && imowNietOndersteund)) return []
  let validator
  try {
    validator = compiledSchema(set, choice.schema)
  } catch (e) {
    if (e instanceof SchemaCompileError) return [schemaUnavailable(name, choice.schema, e.message, choice.ketencode)]
    throw e
  }
  try {
    validator.validate(doc)
    return []
  } catch (e) {
    const details = (e as { details?: ErrorDetail[] }).details
    if (!details) return [schemaUnavailable(name, choice.schema, (e as Error).message, choice.ketencode)]
    const out: Finding[] = []
    const errors = details.filter((d) => d.level >= 2)
    for (const d of details.filter((d) => d.level < 2)) out.push(parserWarning(name, d))
    for (const d of errors.slice(0, maxErrorsPerFile)) {
      const located = d.xpath === undefined ? d : { ...d, xpath: readablePath(doc, d.xpath) }
      out.push(schemaError(name, choice.schema, located, choice.ketencode))
    }
    if (errors.length > maxErrorsPerFile) out.push(tooManyErrors(name, choice.schema, errors.length - maxErrorsPerFile, choice.ketencode))
    return out
  }
}

function rootInfo(root: XmlElement): RootInfo {
  const childNames: string[] = []
  let imowVersie: string | undefined
  for (let c = root.firstChild; c; c = c.next) {
    if (!(c instanceof XmlElement)) continue
    childNames.push(c.name)
    if (c.name === 'IMOWversie') imowVersie = c.content
  }
  const schemaversie = root.attr('schemaversie')?.value
  const schemaLocation = root.attrs.find((a) => a.name === 'schemaLocation')?.value
  return {
    namespace: root.namespaceUri,
    name: root.name,
    childNames,
    ...(schemaversie !== undefined ? { schemaversie } : {}),
    ...(schemaLocation !== undefined ? { schemaLocation } : {}),
    ...(imowVersie !== undefined ? { imowVersie } : {}),
  }
}

/**
 * The xsd layer: validateXml over every .xml and .gml entry, in entry order; a GML with its coordinate texts reduced
 * as the geo survey planned them in its one pass over the file (reducedGml).
 */
export const xsdLayer: ValidationLayer = {
  name: 'xsd',
  run: async (pkg, ctx) => {
    const view = packageView(pkg, ctx)
    const validate = async (entry: PackageEntry): Promise<readonly Finding[]> => {
      const reduced = view.role(entry.name) === 'gml' ? () => reducedGml(view, entry.name)?.bytes : undefined
      return validateXml(entry.name, () => entry.bytes, ctx.schemasDir, ctx.versies, ctx.imowNietOndersteund, reduced)
    }
    const entries = pkg.entries.filter((e) => /\.(xml|gml)$/i.test(e.name))
    // The files a thread took (thread.ts) are awaited after the others are done here; in entry order in the report.
    const started = hasOffThread(pkg)
    const here = new Map<string, readonly Finding[]>()
    for (const entry of entries) if (!started || !offThreadFile(entry.name)) here.set(entry.name, await validate(entry))
    const elsewhere = started ? await offThreadFindings(pkg) : undefined
    const findings: Finding[] = []
    for (const entry of entries) findings.push(...(here.get(entry.name) ?? elsewhere?.get(entry.name) ?? (await validate(entry))))
    return findings
  },
}
