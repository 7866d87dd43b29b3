/**
 * `validatePackage`: runs the validation layers in order (product.md §7) over one package and returns one report
 * with every finding, sorted with compareFindings. Layers are a readonly registry; formatters live in ./report.
 */
import { VERSION } from '../cli/version.js'
import { compareFindings, type Finding, type Severity } from '../model/index.js'
import { geoLayer, geoRules } from './geo/index.js'
import type { PackageContents, ValidateContext, ValidationLayer } from './layer.js'
import { lvbbLayer, lvbbRules } from './lvbb/index.js'
import { imowVersion } from './ow/imow-version.js'
import { owLayer, owRules } from './ow/index.js'
import { pakketLayer, pakketRules } from './pakket/index.js'
import type { Rule } from './rule.js'
import { schematronLayer } from './schematron/index.js'
import { disposeView, packageView } from './view.js'
import { xsdLayer } from './xsd/index.js'

export type { PackageContents, ValidateContext, ValidationLayer } from './layer.js'

/**
 * In execution order: pakket, schematron (layer name 'stop'), xsd, lvbb, geo, ow. Schematron runs before xsd on
 * purpose: libxml2's WASM memory never shrinks, so xsd-then-saxon peaked at 1.16 GB on a 100 MB GML and
 * saxon-then-xsd at 0.98 GB (bench/validate.ts). Reports are sorted, so the order does not show in them.
 */
export const layers: readonly ValidationLayer[] = [pakketLayer, schematronLayer, xsdLayer, lvbbLayer, geoLayer, owLayer]

/** Every TypeScript rule of the pakket/lvbb/geo/ow layers, for `visie validate --regels`. */
export const rules: readonly Rule[] = [...pakketRules, ...lvbbRules, ...geoRules, ...owRules]

export interface Report {
  readonly tool: 'visie'
  readonly versie: string
  /** The package as given (a .zip path or a folder). */
  readonly pakket: string
  readonly standaarden: { readonly stop: string; readonly lvbb: string; readonly imow: string }
  readonly findings: readonly Finding[]
  readonly samenvatting: Readonly<Record<Severity, number>>
}

export interface ValidateOptions {
  /** Run only these layers (names as in `layers`); default all. */
  readonly layers?: readonly string[]
}

export async function validatePackage(pkg: PackageContents, ctx: ValidateContext, options: ValidateOptions = {}): Promise<Report> {
  const chosen = options.layers ? layers.filter((l) => options.layers?.includes(l.name)) : layers
  const findings: Finding[] = []
  try {
    for (const layer of chosen) findings.push(...(await layer.run(pkg, ctx)))
    const imow = imowVersion(packageView(pkg, ctx))
    const traced = findings.map((f) => traceFinding(f, ctx)).sort(compareFindings)
    return {
      tool: 'visie',
      versie: VERSION,
      pakket: pkg.source,
      standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow },
      findings: traced,
      samenvatting: summarise(traced),
    }
  } finally {
    disposeView(pkg)
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
