/**
 * `validatePackage`: runs the validation layers in order (product.md §7) over one package and returns one report
 * with every finding, sorted with compareFindings. Layers are a readonly registry; formatters live in ./report.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { VERSION } from '../cli/version.js'
import { compareFindings, type Finding, type Severity } from '../model/index.js'
import { cachedLayer, type LayerCache } from './cache.js'
import { groupConsequences } from './consequences.js'
import { entrySize, LARGE_ENTRY_BYTES, type PackageContents, type ValidateContext, type ValidationLayer } from './layer.js'
import { collectGarbage, smallYoungGeneration } from './memory.js'
import { imowVersion } from './ow/imow-version.js'
import { checkRenvooi } from './renvooi.js'
import { packageVersions, unsupportedImow, unsupportedImowFinding, unsupportedVersionFindings, VERSIONED_LAYERS } from './versions.js'
import { disposeView, packageView, releaseRuleState } from './view.js'

export type { PackageContents, ValidateContext, ValidationLayer } from './layer.js'

/**
 * In report order: pakket, schematron (layer name 'stop'), xsd, lvbb, geo, ow. They run in that order except xsd,
 * which runs last (RUN_LAST): libxml2's WASM memory never shrinks, and the xsd layer grows it to ~4× the largest XML
 * file (a DOM of a 95 MB GML: ~420 MB), so every layer that runs after it adds its own working set on top of that;
 * before it, what the rule layers derived is let go (releaseRuleState). An in-process Schematron layer runs after geo
 * (runOrder). Findings are still collected in this order, so the run order does not show in the report.
 */
export const layers: readonly ValidationLayer[] = [
  lazy('pakket', async () => (await import('./pakket/index.js')).pakketLayer),
  lazy('stop', async () => (await import('./schematron/thread.js')).schematronLayer),
  lazy('xsd', async () => (await import('./xsd/index.js')).xsdLayer),
  lazy('lvbb', async () => (await import('./lvbb/index.js')).lvbbLayer),
  lazy('geo', async () => (await import('./geo/index.js')).geoLayer),
  lazy('ow', async () => (await import('./ow/index.js')).owLayer),
]

/**
 * A layer whose module is imported when it first runs: saxon-js, the libxml2 WASM and jsts load only for the layers
 * that use them (`--lagen pakket` loaded all three, ~0.9 s of a 1.3 s run).
 */
function lazy(name: ValidationLayer['name'], load: () => Promise<ValidationLayer>): ValidationLayer {
  return { name, run: async (pkg, ctx) => (await load()).run(pkg, ctx) }
}

export interface Report {
  readonly tool: 'visie'
  readonly versie: string
  /** The package as given (a .zip path or a folder). */
  readonly pakket: string
  readonly standaarden: Standaarden
  readonly findings: readonly Finding[]
  readonly samenvatting: Readonly<Record<Severity, number>>
  /** `visie build` only: whether the ZIP was written (`pakket` names it only then). */
  readonly geschreven?: boolean
  /** Layers that did not run: left out with --lagen, or xsd/stop without an installed schema set. */
  readonly overgeslagen?: readonly string[]
  /** When the run started (ISO 8601, UTC) and how long it took; set by the CLI, which may read the clock. */
  readonly tijd?: { readonly start: string; readonly ms: number }
  /** `visie build` only: what the reader understood of the source (counts per kind, the source file). */
  readonly gelezen?: { readonly bron: string } & Readonly<Record<string, string | number>>
}

/** The versions validated with; a declared version without installed schemas and rules is named in `nietOndersteund`. */
export interface Standaarden {
  readonly stop: string
  readonly lvbb: string
  readonly imow: string
  /** 'STOP' / 'LVBB' when the package declares a version that is not installed (VISIE-860); absent otherwise. */
  readonly nietOndersteund?: readonly string[]
}

export interface ValidateOptions {
  /** Run only these layers (names as in `layers`); default all. */
  readonly layers?: readonly string[]
  /** The previous version (`--vorige`): the package's RegelingMutatie is applied to it (renvooi.ts). */
  readonly vorige?: PackageContents
  /** `--cache DIR`: findings of the per-document layers kept by content hash (cache.ts). */
  readonly cache?: LayerCache
}

export async function validatePackage(pkg: PackageContents, ctx: ValidateContext, options: ValidateOptions = {}): Promise<Report> {
  // Without any installed schema set the XSD and Schematron layers cannot run at all: one finding says so (and what to
  // run), instead of one per file; `build` and `validate` share this, so they give the same verdict.
  const missing = !schemaSetPresent(ctx.schemasDir)
  const wanted = options.layers ? layers.filter((l) => options.layers?.includes(l.name)) : layers
  const findings: Finding[] = []
  try {
    const view = packageView(pkg, ctx)
    const versions = packageVersions(view)
    // A declared STOP/LVBB version that is not installed: only the version-independent layers run (versions.ts).
    const unsupported = !missing && versions.ruleSet === null
    const imowDeclared = unsupportedImow(view)
    const skip = (l: ValidationLayer) =>
      (missing && SCHEMA_LAYERS.includes(l.name)) || (unsupported && VERSIONED_LAYERS.includes(l.name)) || (imowDeclared !== undefined && l.name === 'ow')
    const chosen = wanted.filter((l) => !skip(l))
    const cache = options.cache
    const runnable = (l: ValidationLayer): ValidationLayer => (cache === undefined ? l : cachedLayer(l, cache))
    const layerCtx: ValidateContext = {
      ...(missing ? ctx : { ...ctx, versies: versions.ruleSet }),
      ...(imowDeclared ? { imowNietOndersteund: true } : {}),
    }
    // The xsd layer's files that need no geo survey go to a thread of their own now, where that pays (xsd/thread.ts).
    if (chosen.some((l) => l.name === 'xsd') && cache === undefined) (await import('./xsd/thread.js')).startXsdOffThread(pkg, layerCtx)
    // A layer that runs in a worker thread (the Schematron layer of a package of ordinary size, thread.ts) is started
    // and awaited after the others, which run on the main thread meanwhile; the report order stays that of `layers`.
    const offThread = chosen.some((l) => l.name === 'stop') && (await import('./schematron/thread.js')).schematronOffThread(pkg, layerCtx)
    const found = new Map<ValidationLayer, Promise<readonly Finding[]>>()
    const large = pkg.entries.some((e) => entrySize(e) >= LARGE_ENTRY_BYTES)
    if (large) smallYoungGeneration()
    for (const layer of runOrder(chosen, offThread)) {
      if (RUN_LAST.includes(layer.name)) releaseRuleState(pkg)
      // Each layer starts on a collected heap where a large file makes the working sets large (memory.ts).
      if (large) collectGarbage()
      // An in-process Schematron layer is the largest working set: the xsd thread's memory is gone before it starts.
      if (layer.name === 'stop' && !offThread) await (await import('./xsd/thread.js')).settled(pkg)
      const running = runnable(layer).run(pkg, layerCtx)
      found.set(layer, running)
      if (!(offThread && layer.name === 'stop')) await running
    }
    for (const layer of chosen) findings.push(...((await found.get(layer)) ?? []))
    if (options.vorige) findings.push(...checkRenvooi(pkg, options.vorige))
    if (missing) {
      findings.splice(0, findings.length, ...findings.filter((f) => f.code !== 'VISIE-705'))
      findings.push(schemasMissing(wanted.filter((l) => SCHEMA_LAYERS.includes(l.name)).map((l) => l.name)))
    }
    const imow = imowVersion(view)
    const header = [...(missing ? [] : unsupportedVersionFindings(versions)), ...(imowDeclared ? [unsupportedImowFinding(imowDeclared)] : [])]
    const traced = [...header, ...groupConsequences(findings)].map((f) => traceFinding(f, ctx)).sort(compareFindings)
    const nietOndersteund = [
      ...(unsupported ? (['stop', 'lvbb'] as const).filter((s) => versions.unsupported[s].length > 0).map((s) => s.toUpperCase()) : []),
      ...(imowDeclared ? ['IMOW'] : []),
    ]
    return {
      tool: 'visie',
      versie: VERSION,
      pakket: pkg.source,
      standaarden: { stop: versions.used.stop, lvbb: versions.used.lvbb, imow, ...(nietOndersteund.length > 0 ? { nietOndersteund } : {}) },
      findings: traced,
      samenvatting: summarise(traced),
      overgeslagen: layers.filter((l) => !chosen.includes(l)).map((l) => l.name),
    }
  } finally {
    disposeView(pkg)
  }
}

const SCHEMA_LAYERS: readonly string[] = ['stop', 'xsd']

/** Layers that run after the others (see `layers`): the xsd layer, whose WASM memory stays at its peak. */
const RUN_LAST: readonly string[] = ['xsd']

/**
 * The run order: `layers`, with RUN_LAST at the end. A Schematron layer in process (a package too large for the worker)
 * runs after the geo layer, which lets go of the scanned geometries the survey holds for it (up to 128 MB), so the
 * two working sets do not add up; in the worker it starts first, to overlap with the others.
 */
function runOrder(chosen: readonly ValidationLayer[], stopOffThread: boolean): ValidationLayer[] {
  const ordered = chosen.filter((l) => !RUN_LAST.includes(l.name))
  const stop = ordered.findIndex((l) => l.name === 'stop')
  const geo = ordered.findIndex((l) => l.name === 'geo')
  if (!stopOffThread && stop >= 0 && geo > stop) ordered.splice(geo, 0, ...ordered.splice(stop, 1))
  return [...ordered, ...chosen.filter((l) => RUN_LAST.includes(l.name))]
}

/** Whether a schema set is installed at all (a partial set still runs, and names each missing file). */
export function schemaSetPresent(dir: string): boolean {
  return dir !== '' && (existsSync(join(dir, 'stop')) || existsSync(join(dir, 'imow')))
}

/** VISIE-001: no schema set installed; the XSD and Schematron layers (and the IMOW waardelijsten) were skipped. */
export function schemasMissing(skipped: readonly string[] = ['stop', 'xsd']): Finding {
  return {
    code: 'VISIE-001',
    severity: 'waarschuwing',
    layer: 'pakket',
    message:
      "De officiële schema's zijn niet geïnstalleerd: de XSD- en Schematron-controles en de IMOW-waardelijsten zijn overgeslagen. Installeer ze met 'visie schemas install'.",
    data: { overgeslagen: skipped.join(',') },
  }
}

function summarise(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { blokkerend: 0, waarschuwing: 0, informatie: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

/** Adds the source line for packages built by visie: via the wId / eId / OW identificatie a finding names. */
function traceFinding(f: Finding, ctx: ValidateContext): Finding {
  if (f.source || !ctx.trace) return f
  for (const key of ['wId', 'identificatie', 'eId'] as const) {
    const id = f.data[key]
    const source = typeof id === 'string' ? ctx.trace.get(id) : undefined
    if (source) return { ...f, source: { file: source.file, line: source.line } }
  }
  return f
}
