/**
 * The standard versions a package declares (issue 15 item 4): LVBB from `schemaversie` on the lvbba roots
 * (AanleveringBesluit, AanleveringInformatieObject), STOP from `schemaversie` on the STOP modules and the GIO GML root,
 * against the versions the installed schema set holds (`<schemas>/stop/schemas/stop-<v>`, `lvbb-<v>`). An installed
 * declared version is the one validated with. A declared version that is not installed is said plainly (VISIE-860) and
 * only the version-independent checks run: the chain judges the package by its own version's rules, so a verdict from
 * another version's rules is not the chain's (VERSIONED_LAYERS, and the xsd layer leaves STOP/LVBB files alone).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding, Layer } from '../model/index.js'
import { defaultRuleSet, entryHead, type RuleSetVersions } from './layer.js'
import { MANIFEST_OW } from './manifests.js'
import type { PackageView } from './view.js'
import { elements } from './xml.js'

export interface Declared {
  readonly version: string
  readonly file: string
  readonly line: number
}

export interface Versions {
  /** Versions the installed set holds, highest first. */
  readonly installed: { readonly stop: readonly string[]; readonly lvbb: readonly string[] }
  /** Declared versions the set does not hold, first place each. */
  readonly unsupported: { readonly stop: readonly Declared[]; readonly lvbb: readonly Declared[] }
  /** The versions the report names: the declared one (installed or not), else the installed default. */
  readonly used: { readonly stop: string; readonly lvbb: string }
  /** The schemas and rule files the version-dependent layers use; null when a declared version is not installed. */
  readonly ruleSet: RuleSetVersions | null
}

/**
 * Layers whose rules belong to one STOP/LVBB version: the Schematron files, the LVBB business rules and the OW rules of
 * the validatiematrix (released with the chain for STOP 1.3.0 / LVBB 1.2.0; many read the STOP files). The pakket and
 * geo layers (ZIP, manifest, geometry) and the OW files' own IMOW XSD do not depend on the STOP/LVBB version.
 */
export const VERSIONED_LAYERS: readonly Layer[] = ['stop', 'lvbb', 'ow']

const STOP_NS = 'https://standaarden.overheid.nl/stop/imop/'
const LVBBA_NS = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'

export function installedVersions(schemasDir: string): Versions['installed'] {
  const dir = join(schemasDir, 'stop', 'schemas')
  const names = schemasDir !== '' && existsSync(dir) ? readdirSync(dir).sort() : []
  const pick = (prefix: string) => names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)).sort(byVersion).reverse()
  return { stop: pick('stop-'), lvbb: pick('lvbb-') }
}

export function packageVersions(view: PackageView): Versions {
  const installed = installedVersions(view.ctx.schemasDir)
  const stop = new Map<string, Declared>()
  const lvbb = new Map<string, Declared>()
  for (const file of [...view.withRole('besluit'), ...view.withRole('io')]) {
    const doc = view.xml(file)
    if (!doc) continue
    const rootVersion = doc.root.attr('schemaversie')?.value
    if (rootVersion && doc.root.namespaceUri === LVBBA_NS && !lvbb.has(rootVersion)) lvbb.set(rootVersion, { version: rootVersion, file, line: doc.root.line })
    for (const el of elements(doc, '//*[@schemaversie]')) {
      if (!el.namespaceUri.startsWith(STOP_NS)) continue
      const v = el.attr('schemaversie')?.value
      if (v && !stop.has(v)) stop.set(v, { version: v, file, line: el.line })
    }
  }
  for (const file of view.withRole('gml')) {
    const v = gmlVersion(view, file)
    if (v && !stop.has(v.version)) stop.set(v.version, v)
  }
  const unsupported = (declared: Map<string, Declared>, have: readonly string[]) => (have.length === 0 ? [] : [...declared.values()].filter((d) => !have.includes(d.version)))
  const missing = { stop: unsupported(stop, installed.stop), lvbb: unsupported(lvbb, installed.lvbb) }
  const pick = (declared: Map<string, Declared>, have: readonly string[], fallback: string) =>
    [...declared.keys()].find((v) => have.includes(v)) ?? [...declared.keys()][0] ?? (have.includes(fallback) ? fallback : have[0]) ?? fallback
  const used = { stop: pick(stop, installed.stop, defaultRuleSet.stop), lvbb: pick(lvbb, installed.lvbb, defaultRuleSet.lvbb) }
  const supported = missing.stop.length === 0 && missing.lvbb.length === 0
  return { installed, unsupported: missing, used, ruleSet: supported ? used : null }
}

/** The GML root's schemaversie, read from the first bytes (GML files are never parsed whole here). */
function gmlVersion(view: PackageView, file: string): Declared | undefined {
  const entry = view.file(file)
  if (!entry) return undefined
  const head = new TextDecoder().decode(entryHead(entry, 4096))
  const m = /<(?:[\w-]+:)?GeoInformatieObjectVaststelling\b[^>]*\bschemaversie="([^"]*)"/.exec(head)
  if (!m?.[1]) return undefined
  return { version: m[1], file, line: head.slice(0, m.index).split('\n').length }
}

/** The IMOW versions visie has XSDs and rules for: 3.0 (XSD v2.0.0, also when manifest-ow names none) and 3.1 (v3.1.0). */
export const SUPPORTED_IMOW: readonly string[] = ['3.0', '3.1']

/**
 * The IMOWversie manifest-ow declares when visie has no XSD and rules for it (ow-IMOW A1-Changelog: ≥ 3.1 means "the
 * rules of that version"), with its place; undefined when it is absent, empty or supported.
 */
export function unsupportedImow(view: PackageView): Declared | undefined {
  const doc = view.xml(MANIFEST_OW)
  const el = doc ? elements(doc, '/mow:Aanleveringen/mow:IMOWversie')[0] : undefined
  const v = el?.content.trim()
  if (!el || !v) return undefined
  // Format x.y ("3.1.0" is 3.1). Up to 3.0 the rules of IMOW 3.0 apply (the Changelog's fallback; real packages write the
  // XSD version there, gm9920: 2.0.1); 3.1 has its own; anything later, or no version at all, is unknown to visie.
  const m = /^(\d+)\.(\d+)/.exec(v)
  const xy = m ? Number(m[1]) * 1000 + Number(m[2]) : undefined
  return xy !== undefined && xy <= 3001 ? undefined : { version: v, file: MANIFEST_OW, line: el.line }
}

/** VISIE-862: manifest-ow declares an IMOW version visie has no XSD and rules for; the OW checks did not run. */
export function unsupportedImowFinding(d: Declared): Finding {
  return {
    code: 'VISIE-862',
    severity: 'waarschuwing',
    layer: 'pakket',
    message:
      `${d.file}, regel ${d.line}: het pakket verklaart IMOW ${d.version} (IMOWversie); die versie wordt niet ondersteund (visie kent IMOW ${SUPPORTED_IMOW.join(' en ')}). ` +
      'De OW-bestanden zijn niet met de regels van een andere versie beoordeeld: de XSD van de OW-bestanden en de OW-regels zijn niet uitgevoerd.',
    data: { standaard: 'IMOW', verklaard: d.version, ondersteund: SUPPORTED_IMOW.join(',') },
    at: { file: d.file, line: d.line },
  }
}

/** VISIE-860: one finding per standard whose declared version the installed set does not hold. */
export function unsupportedVersionFindings(v: Versions): Finding[] {
  const out: Finding[] = []
  for (const standaard of ['lvbb', 'stop'] as const) {
    const d = v.unsupported[standaard][0]
    if (!d) continue
    const naam = standaard.toUpperCase()
    out.push({
      code: 'VISIE-860',
      severity: 'waarschuwing',
      layer: 'pakket',
      message:
        `${d.file}, regel ${d.line}: het pakket verklaart ${naam} ${d.version} (schemaversie); die versie wordt niet ondersteund: ` +
        `de geïnstalleerde schemaset heeft ${naam} ${v.installed[standaard].join(', ')}. Het pakket is niet met de regels van een andere versie beoordeeld: ` +
        `alleen de versie-onafhankelijke controles zijn uitgevoerd (pakket, geometrie, XSD van de OW-bestanden). Niet uitgevoerd: ` +
        `Schematron, XSD van de STOP/LVBB-bestanden, LVBB-bedrijfsregels en OW-regels. Voor een volledige controle hoort de officiële ` +
        `${naam} ${d.version}-set in stop/schemas/${standaard}-${d.version} en stop/schematron/${standaard}-${d.version} van de schemamap.`,
      data: { standaard: naam, verklaard: d.version, geinstalleerd: v.installed[standaard].join(',') },
      at: { file: d.file, line: d.line },
    })
  }
  return out
}

function byVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
