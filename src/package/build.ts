/**
 * `visie build`: project folder → package files → validation → deterministic ZIP bytes (product.md §2, §4).
 * One chain of steps (parse, ids, GIOs, besluit, OW, opdracht/manifest, validate, zip); each step is one folder's
 * entry function. Nothing is written to disk here: the CLI renames the finished ZIP into place.
 */
import { resolve } from 'node:path'
import { loadConfig } from '../config/index.js'
import { buildGios } from '../gio/index.js'
import { assignIds } from '../ids/index.js'
import { type Document, type Finding, type PackageFile, InputError, compareFindings, isBlocking, locateFinding } from '../model/index.js'
import { writeOwBestanden } from '../ow/index.js'
import { fillFigureSlots, readSourceFile } from '../parse/index.js'
import { readDocument } from '../read/index.js'
import { writeAanleveringBesluit } from '../stop/besluit/index.js'
import { writeManifest } from '../stop/manifest.js'
import { type OpdrachtSoort, writeOpdracht } from '../stop/opdracht.js'
import { validatePackage } from '../validate/index.js'
import { packageFromFiles } from './read.js'
import { entryLimits } from './read-limits.js'
import { type BuildContext, createContext } from './context.js'
import { zipPackage } from './zip.js'

export type BuildStep = 'lezen' | 'tekst' | 'identificaties' | "GIO's" | 'besluit' | 'OW' | 'pakket' | 'valideren' | 'zip'

export interface BuildOptions {
  /** Geometry override (`--geo FILE`), relative to the working directory. */
  readonly geo?: string
  readonly opdracht?: OpdrachtSoort
  /** Installed schema set; when absent the xsd and schematron layers are skipped (with a waarschuwing). */
  readonly schemasDir?: string
  /** Progress per step, with its duration in ms; `detail` for sub-progress (GIO i of n). */
  readonly onStep?: (step: BuildStep, ms: number, detail?: string) => void
  /** Zip the package even with blocking findings from validation (`--force`); a build that stopped early has none. */
  readonly force?: boolean
  /** Today (JJJJ-MM-DD) for the date rules, exactly as `visie validate` gets it; absent: only their format is checked. */
  readonly vandaag?: string
}

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
}

export async function buildPackage(projectDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const step = timer(options.onStep)
  const config = await loadConfig(projectDir)
  const ctx = createContext(config, resolve(projectDir))
  const source = await readSource(resolve(projectDir, config.tekst))
  step('lezen')

  const parsed = await readDocument(source.bytes, { file: config.tekst, size: source.size })
  const findings: Finding[] = []
  findings.push(...parsed.findings)
  step('tekst')
  if (parsed.findings.some(isBlocking)) return halt(ctx, located(findings, parsed.document), [])

  const identified = assignIds(fillFigureSlots(parsed.document, config.afbeeldingen), ctx)
  findings.push(...identified.findings)
  settleFilledSlots(findings, config.afbeeldingen)
  step('identificaties')

  const gio = await buildGios(identified.document, ctx, {
    ...(options.geo ? { geoOverride: options.geo } : {}),
    // The GIO builder counts bytes of geometry source read.
    onProgress: (done, total) => options.onStep?.("GIO's", 0, total > 0 ? `${Math.floor((done / total) * 100)}%` : ''),
  })
  findings.push(...gio.findings)
  step("GIO's")

  const besluit = writeAanleveringBesluit(identified.document, ctx, gio.gios)
  findings.push(...besluit.findings)
  step('besluit')

  const ow = writeOwBestanden(identified.document, gio.gios, ctx)
  findings.push(...ow.findings)
  step('OW')
  if (findings.some(isBlocking)) return halt(ctx, located(findings, parsed.document), [...besluit.files, ...gio.files, ...ow.files])

  const besluitFile = besluit.files.find((f) => f.path.endsWith('.xml'))
  const content = [...besluit.files, ...gio.files, ...ow.files]
  const opdracht = writeOpdracht(ctx, options.opdracht ?? 'validatie', besluitFile?.path ?? 'besluit.xml')
  const withOpdracht = [...content, opdracht]
  const files = sortFiles([...withOpdracht, writeManifest(withOpdracht)])
  step('pakket')

  // Re-read what we produced, as the LVBB will: the same layers `visie validate` runs on anyone's package.
  const pkg = packageFromFiles(`${config.idLevering}.zip`, files.map((f) => ({ name: f.path, bytes: f.bytes })))
  const report = await validatePackage(pkg, {
    schemasDir: options.schemasDir ?? '',
    trace: sourceTrace(files, config.tekst),
    ...(options.vandaag ? { vandaag: options.vandaag } : {}),
  })
  findings.push(...report.findings)
  step('valideren')

  const zipped = findings.some(isBlocking) && !options.force ? undefined : await zipPackage(files)
  const tooLarge = zipped ? zipSizeFinding(`${config.idLevering}.zip`, zipped.length) : undefined
  if (tooLarge) findings.push(tooLarge)
  const zip = tooLarge ? undefined : zipped
  const blocking = findings.some(isBlocking)
  step('zip')
  return {
    context: ctx,
    files,
    findings: located(findings, parsed.document).sort(compareFindings),
    zipName: `${config.idLevering}.zip`,
    ...(zip ? { zip } : {}),
    blocking,
  }
}

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

/**
 * A heading without text (VISIE-104) or a bijlage that is only an image (VISIE-105) whose place visie.json fills with
 * an image is no longer a problem to fix: it stays in the report as information, so the reader still learns that
 * this part of the text came from an image.
 */
function settleFilledSlots(findings: Finding[], afbeeldingen: Readonly<Record<string, string>>): void {
  const keyOf: Readonly<Record<string, (f: Finding) => string>> = {
    'VISIE-104': (f) => `${f.data.nummer} ${f.data.opschrift}`,
    'VISIE-105': (f) => String(f.data.opschrift),
  }
  findings.forEach((f, i) => {
    const key = keyOf[f.code]?.(f)
    const file = key === undefined ? undefined : afbeeldingen[key]
    if (key === undefined || file === undefined) return
    const wat = f.code === 'VISIE-104' ? `Onder kop "${key}" staat` : `In bijlage ${f.data.nummer} "${key}" staat`
    findings[i] = { ...f, severity: 'informatie', message: `${wat} in de bron geen tekst; visie.json vult die plaats met de afbeelding ${file}.` }
  })
}

/** The text's bytes, never more than the size limit (readSourceBytes reports a larger file from its size). */
async function readSource(path: string): Promise<{ bytes: Uint8Array; size: number }> {
  try {
    return await readSourceFile(path)
  } catch {
    throw new InputError(`Kan de tekst ${path} niet lezen (visie.json "tekst").`)
  }
}

/** Without duplicates, each finding that points into a PDF or DOCX source stamped with its page or paragraph. */
function located(findings: readonly Finding[], document: Document): Finding[] {
  return dedupe(findings).map((f) => locateFinding(f, document.origins))
}

function halt(ctx: BuildContext, findings: Finding[], files: readonly PackageFile[]): BuildResult {
  return {
    context: ctx,
    files: sortFiles(files),
    findings: dedupe(findings).sort(compareFindings),
    zipName: `${ctx.config.idLevering}.zip`,
    blocking: true,
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
