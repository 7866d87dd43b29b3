/**
 * `visie build`: project folder → package files → validation → deterministic ZIP bytes (product.md §2, §4).
 * Each kind of besluit is a list of writers (steps.ts) with one signature (writer.ts); the runner adds opdracht,
 * manifest, validation and the ZIP. Nothing is written to disk here: the CLI renames the finished ZIP into place.
 */
import { resolve } from 'node:path'
import { loadConfig } from '../config/index.js'
import { checkProjectFiles } from '../config/project-files.js'
import { type Document, type Finding, type PackageFile, compareFindings, isBlocking, locateFinding } from '../model/index.js'
import { BESLUIT_BESTAND } from '../stop/besluit/index.js'
import { writeManifest } from '../stop/manifest.js'
import { writeOpdracht } from '../stop/opdracht.js'
import { validatePackage } from '../validate/index.js'
import { packageFromFiles } from '../package/read.js'
import { entryLimits } from '../package/read-limits.js'
import { type BuildContext, createContext } from './context.js'
import { zipPackage } from '../package/zip.js'
import { beeindigOw, bouwGios, identificeer, leesOntwerp, leesTekst, leesVorige, schrijfBesluit, schrijfIntrekking, schrijfOw } from './steps.js'
import type { BuildOptions, BuildState, BuildStep, Writer } from './writer.js'
import { schrijfKennisgeving } from './procedure.js'
import type { ReadSummary } from '../parse/summary.js'

export type { BuildOptions, BuildState, BuildStep, Writer } from './writer.js'

export interface BuildResult {
  readonly context: BuildContext
  /** Every file of the package, sorted by name, manifest.xml and opdracht.xml included. */
  readonly files: readonly PackageFile[]
  readonly findings: readonly Finding[]
  /** `<idLevering>.zip` */
  readonly zipName: string
  /** The ZIP bytes; absent when a step before zipping found blocking problems. */
  readonly zip?: Buffer
  readonly blocking: boolean
  /** What the reader understood of the source (printed after the report). */
  readonly gelezen?: ReadSummary
}

/**
 * The initial besluit: the whole visie in the WijzigBijlage, every GIO, every OW object.
 */
export const initieel: readonly Writer[] = [leesOntwerp, leesTekst, identificeer, bouwGios, schrijfBesluit, schrijfOw]

/**
 * The ontwerpbesluit (`fase: ontwerp`, `visie build --ontwerp`): the initial besluit's writers under the ontwerp's
 * context (own besluit work and dates, proceduretype_ontwerp, no Tijdstempels, OW objects of their own with
 * procedurestatus ontwerp). leesOntwerp stays silent for it.
 */
export const ontwerpbesluit: readonly Writer[] = initieel

/** A wijzigingsbesluit (`--wijzigt VORIGE`): the same writers, told what the previous version was. */
export const wijziging: readonly Writer[] = [leesVorige, leesTekst, identificeer, bouwGios, schrijfBesluit, schrijfOw]

/** An intrekking (`visie intrek VORIGE`): the previous version withdrawn, its OW objects ended; no text is read. */
export const intrekking: readonly Writer[] = [leesVorige, schrijfIntrekking, beeindigOw]

/**
 * A kennisgeving (`visie kennisgeving`: of the ontwerp's terinzagelegging, or of the vastgestelde besluit) and the
 * procedure steps afterwards (`visie procedure`): no text is read; one AanleveringKennisgeving with its
 * Procedureverloopmutatie, then opdracht, manifest, validation and ZIP as for a besluit.
 */
export const kennisgeving: readonly Writer[] = [schrijfKennisgeving]

export async function buildPackage(projectDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const config = await loadConfig(projectDir)
  if (options.levering) {
    const ctx = createContext(config, resolve(projectDir), { levering: options.levering, ...(options.omgeving ? { omgeving: options.omgeving } : {}) })
    return runWriters(kennisgeving, ctx, options)
  }
  checkProjectFiles(config, projectDir)
  const wijzigt = options.wijzigt ?? (config.wijzigt ? resolve(projectDir, config.wijzigt) : undefined)
  const ontwerp = options.ontwerp === true || (config.fase === 'ontwerp' && !wijzigt && !options.intrek)
  const ctx = createContext(config, resolve(projectDir), {
    levering: ontwerp ? 'ontwerp' : 'besluit',
    ...(options.omgeving ? { omgeving: options.omgeving } : {}),
  })
  const writers = options.intrek ? intrekking : wijzigt ? wijziging : ontwerp ? ontwerpbesluit : initieel
  return runWriters(writers, ctx, { ...options, ...(wijzigt ? { wijzigt } : {}) })
}

/** Runs the writers in order, merging what each adds; stops after a step that halts on blocking findings. */
export async function runSteps(
  writers: readonly Writer[], ctx: BuildContext, options: BuildOptions, step: (s: BuildStep) => void = () => {},
): Promise<{ state: BuildState; halted: boolean }> {
  let state: BuildState = { ctx, options, gios: [], files: [], findings: [] }
  for (const w of writers) {
    const out = await w.run(state)
    state = {
      ...state, ...out,
      files: [...state.files, ...(out.files ?? [])],
      findings: [...state.findings, ...(out.findings ?? [])],
    }
    step(w.step)
    const unread = !state.document || state.findings.some((f) => UNREAD.has(f.code))
    if (w.haltOnBlocking && state.findings.some(isBlocking) && (!options.force || unread)) return { state, halted: true }
  }
  return { state, halted: false }
}

/** Runs the writers in order, then opdracht + manifest, the validator (as `visie validate`) and the ZIP. */
export async function runWriters(writers: readonly Writer[], ctx: BuildContext, options: BuildOptions): Promise<BuildResult> {
  const step = timer(options.onStep)
  const written = await writeFiles(writers, ctx, options, step)
  if ('halted' in written) return written.halted
  const { files, findings, document, gelezen } = written

  // Re-read what we produced, as the LVBB will: the same layers `visie validate` runs on anyone's package.
  const { config } = written.ctx
  const pkg = packageFromFiles(`${config.idLevering}.zip`, files.map((f) => ({ name: f.path, bytes: f.bytes })))
  const report = await validatePackage(
    pkg,
    {
      schemasDir: options.schemasDir ?? '',
      trace: sourceTrace(files, written.ctx.sourceFile),
      ...(options.vandaag ? { vandaag: options.vandaag } : {}),
    },
    options.cache ? { cache: { dir: options.cache } } : {},
  )
  findings.push(...report.findings)
  step('valideren')

  const zipped = findings.some(isBlocking) && !options.force ? undefined : await zipPackage(files)
  const tooLarge = zipped ? zipSizeFinding(`${config.idLevering}.zip`, zipped.length) : undefined
  if (tooLarge) findings.push(tooLarge)
  const zip = tooLarge ? undefined : zipped
  const blocking = findings.some(isBlocking)
  step('zip')
  return {
    context: written.ctx,
    files,
    findings: located(findings, document).sort(compareFindings),
    zipName: `${config.idLevering}.zip`,
    ...(zip ? { zip } : {}),
    blocking,
    ...(gelezen ? { gelezen } : {}),
  }
}

/** What the rest of a build needs once the files are written. */
interface Written {
  readonly ctx: BuildContext
  readonly files: PackageFile[]
  readonly findings: Finding[]
  readonly document?: Document
  readonly gelezen?: ReadSummary
}

/**
 * The writers, then opdracht and manifest: the package files and what the rest of the build needs of the state. The
 * state itself (with every GIO's features and geometries) is let go here, before the validator reads the package: for
 * 90 000 features that is ~100 MB less under the validator's peak.
 */
async function writeFiles(
  writers: readonly Writer[], ctx: BuildContext, options: BuildOptions, step: (s: BuildStep) => void,
): Promise<Written | { readonly halted: BuildResult }> {
  const { state, halted } = await runSteps(writers, ctx, options, step)
  if (halted) return { halted: halt(state, located(state.findings, state.document)) }
  const findings = [...state.findings]
  if (findings.some(isBlocking) && !options.force) return { halted: halt(state, located(findings, state.document)) }
  const besluitFile = state.files.find((f) => f.path === BESLUIT_BESTAND) ?? state.files.find((f) => f.path.endsWith('.xml'))
  const opdracht = writeOpdracht(state.ctx, options.opdracht ?? 'validatie', besluitFile?.path ?? BESLUIT_BESTAND)
  const withOpdracht = [...state.files, opdracht]
  const files = sortFiles([...withOpdracht, writeManifest(withOpdracht)])
  step('pakket')
  return { ctx: state.ctx, files, findings, ...(state.document ? { document: state.document } : {}), ...(state.gelezen ? { gelezen: state.gelezen } : {}) }
}

/** Codes for a source that was not read at all (binary, too large, a line too long, empty): nothing to build from. */
const UNREAD: ReadonlySet<string> = new Set(['VISIE-100', 'VISIE-101', 'VISIE-151', 'VISIE-152'])

/** LVBB1040: the LVBB accepts a ZIP of at most 1 GB; a larger one is not written (each file's 100 MB is the pakket layer's). */
export function zipSizeFinding(name: string, bytes: number): Finding | undefined {
  if (bytes <= entryLimits.maxPackageBytes) return undefined
  return {
    code: 'LVBB1040',
    severity: 'blokkerend',
    layer: 'pakket',
    message: `Het pakket ${name} wordt ${bytes} bytes; de LVBB neemt hooguit ${entryLimits.maxPackageBytes} bytes (1 GB) aan. Verklein de geometrie (minder punten) of verdeel de GIO's over meer besluiten.`,
    data: { grootte: bytes, maximum: entryLimits.maxPackageBytes },
    at: { file: name },
  }
}

/** Without duplicates, each finding that points into a PDF or DOCX source stamped with its page or paragraph. */
function located(findings: readonly Finding[], document: Document | undefined): Finding[] {
  return document ? dedupe(findings).map((f) => locateFinding(f, document.origins)) : dedupe(findings)
}

function halt(state: BuildState, findings: Finding[]): BuildResult {
  return {
    context: state.ctx,
    files: sortFiles(state.files),
    findings: dedupe(findings).sort(compareFindings),
    zipName: `${state.ctx.config.idLevering}.zip`,
    blocking: true,
    ...(state.gelezen ? { gelezen: state.gelezen } : {}),
  }
}

function sortFiles(files: readonly PackageFile[]): PackageFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** wId / OW identificatie → source line, from the writers' traces. */
function sourceTrace(files: readonly PackageFile[], sourceFile: string): Map<string, { file: string; line: number }> {
  const trace = new Map<string, { file: string; line: number }>()
  for (const f of files) for (const [id, span] of f.trace ?? []) trace.set(id, { file: sourceFile, line: span.start.line })
  return trace
}

/** One cause, one finding: the writers' own checks and the validator may see the same problem. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.code}|${f.at?.file ?? ''}|${f.at?.xpath ?? ''}|${f.source?.line ?? ''}|${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function timer(onStep: BuildOptions['onStep']): (step: BuildStep) => void {
  let last = performance.now()
  return (step) => {
    const now = performance.now()
    onStep?.(step, now - last)
    last = now
  }
}
