/**
 * The standard versions a package declares (issue 15 item 4): LVBB from `schemaversie` on the lvbba roots
 * (AanleveringBesluit, AanleveringInformatieObject), STOP from `schemaversie` on the STOP modules and the GIO GML root,
 * against the versions the installed schema set holds (`<schemas>/stop/schemas/stop-<v>`, `lvbb-<v>`). A declared
 * version that is not installed is said plainly (VISIE-860): the chain judges the package by its own version's rules,
 * so visie's verdict from another version's rules cannot be the chain's, and its blocking findings become warnings.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../model/index.js'
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
  /** The versions the report names: the declared one when installed, else the installed default. */
  readonly used: { readonly stop: string; readonly lvbb: string }
}

const STOP_NS = 'https://standaarden.overheid.nl/stop/imop/'
const LVBBA_NS = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'
export const defaultVersions = { stop: '1.3.0', lvbb: '1.2.0' } as const

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
  const used = (declared: Map<string, Declared>, have: readonly string[], fallback: string) => [...declared.keys()].find((v) => have.includes(v)) ?? have[0] ?? fallback
  return {
    installed,
    unsupported: { stop: unsupported(stop, installed.stop), lvbb: unsupported(lvbb, installed.lvbb) },
    used: { stop: used(stop, installed.stop, defaultVersions.stop), lvbb: used(lvbb, installed.lvbb, defaultVersions.lvbb) },
  }
}

/** The GML root's schemaversie, read from the first bytes (GML files are never parsed whole here). */
function gmlVersion(view: PackageView, file: string): Declared | undefined {
  const bytes = view.file(file)?.bytes
  if (!bytes) return undefined
  const head = new TextDecoder().decode(bytes.subarray(0, 4096))
  const m = /<(?:[\w-]+:)?GeoInformatieObjectVaststelling\b[^>]*\bschemaversie="([^"]*)"/.exec(head)
  if (!m?.[1]) return undefined
  return { version: m[1], file, line: head.slice(0, m.index).split('\n').length }
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
        `${d.file}, regel ${d.line}: het pakket verklaart ${naam} ${d.version}; die versie wordt niet ondersteund (geïnstalleerd: ${naam} ${v.installed[standaard].join(', ')}). ` +
        `visie heeft het pakket met ${naam} ${v.used[standaard]} gecontroleerd; de keten beoordeelt het naar ${naam} ${d.version}, dus blokkerende bevindingen zijn als waarschuwing gemeld.`,
      data: { standaard: naam, verklaard: d.version, gebruikt: v.used[standaard] },
      at: { file: d.file, line: d.line },
    })
  }
  return out
}

/** A blocking finding judged by another version's rules than the package declares: a warning that says so. */
export function underOtherVersion(f: Finding): Finding {
  if (f.severity !== 'blokkerend') return f
  return { ...f, severity: 'waarschuwing', data: { ...f.data, ernstInGebruikteVersie: 'blokkerend' } }
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
