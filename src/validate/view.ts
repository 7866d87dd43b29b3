/**
 * A read-only view of a package shared by the rule layers (pakket, lvbb, geo, ow): entries by name, lazily parsed
 * XML (cached, disposed by the runner), and each file's role from its root element. Rules never change it.
 */
import type { XmlDocument } from 'libxml2-wasm'
import { entryHead, entrySize, LARGE_ENTRY_BYTES, type PackageContents, type PackageEntry, type ValidateContext } from './layer.js'
import { parseXml, type ParsedXml } from './xml.js'
import { roleOfRoot, rootInHead, type FileRole } from './xml-head.js'

export { rootInHead } from './xml-head.js'

export type { FileRole } from './xml-head.js'

export interface PackageView {
  readonly pkg: PackageContents
  readonly ctx: ValidateContext
  /** Entry names in code-unit order. */
  readonly names: readonly string[]
  file(name: string): PackageEntry | undefined
  /** True when the package holds `name`, read or skipped for a reported reason. */
  has(name: string): boolean
  /** The parsed document, or undefined when the file is absent, not XML or not well-formed (pakket reports that). */
  xml(name: string): XmlDocument | undefined
  parsed(name: string): ParsedXml | undefined
  role(name: string): FileRole
  /** Entry names with the given role, in code-unit order. */
  withRole(role: FileRole): readonly string[]
  dispose(): void
}


const views = new WeakMap<PackageContents, PackageView>()

/** The view of `pkg`, created once per package and shared by all layers of one validation run. */
export function packageView(pkg: PackageContents, ctx: ValidateContext): PackageView {
  let view = views.get(pkg)
  if (!view) {
    view = createView(pkg, ctx)
    views.set(pkg, view)
  }
  return view
}

/**
 * `pkg` with only `entries` (a layer run on part of its files: the files `--cache` does not hold, cache.ts), read
 * through the view of `pkg` itself, so that what that view derived — the geo survey of a 100 MB GIO and its reduction
 * plans — is not derived again for each such run (a cold cache validated the 99 MB bench GIO in 2.7 s against 1.5 s
 * without the cache: the survey ran again for the Schematron and for the xsd layer).
 */
export function partOf(pkg: PackageContents, entries: readonly PackageEntry[], ctx: ValidateContext): PackageContents {
  const part: PackageContents = { ...pkg, entries }
  views.set(part, packageView(pkg, ctx))
  return part
}

/** Frees the parsed documents of `pkg` (libxml2 memory lives outside the JS heap). */
export function disposeView(pkg: PackageContents): void {
  views.get(pkg)?.dispose()
  views.delete(pkg)
}

/** Treat as XML: `.xml` files and anything that starts like XML, except GML (scanned by the geo layer). */
export function isXmlName(name: string): boolean {
  return /\.xml$/i.test(name)
}

function createView(pkg: PackageContents, ctx: ValidateContext): PackageView {
  const byName = new Map(pkg.entries.map((e) => [e.name, e]))
  const skipped = new Set(pkg.skipped ?? [])
  const parsedCache = new Map<string, ParsedXml>()
  const roleCache = new Map<string, FileRole>()
  const names = pkg.entries.map((e) => e.name)

  const parsed = (name: string): ParsedXml | undefined => {
    const entry = byName.get(name)
    if (!entry || !isXmlName(name) || entrySize(entry) === 0) return undefined
    let p = parsedCache.get(name)
    if (!p) {
      // An OW file, known by its start tag, has element-only content (parseXml `elementOnly`).
      p = parseXml(entry.bytes, { elementOnly: roleOfRoot(rootInHead(entryHead(entry))) === 'ow' })
      parsedCache.set(name, p)
    }
    return p
  }
  const xml = (name: string): XmlDocument | undefined => {
    const p = parsed(name)
    return p?.ok ? p.doc : undefined
  }
  const role = (name: string): FileRole => {
    let r = roleCache.get(name)
    if (r) return r
    if (/\.gml$/i.test(name)) r = 'gml'
    else {
      // A large file (LARGE_ENTRY_BYTES or more) is not parsed just to learn its root element: its tree would keep
      // WebAssembly memory that never shrinks (an owLocaties.xml of 100 000 Locaties: 260 MB) from here on, under
      // every layer. Its start tag decides; if that file is not well-formed, the xsd layer says so and the rules,
      // which read the parsed document, pass it by.
      const entry = byName.get(name)
      const large = entry !== undefined && entrySize(entry) >= LARGE_ENTRY_BYTES
      const root = (large ? rootInHead(entryHead(entry)) : undefined) ?? xml(name)?.root
      r = roleOfRoot(root) ?? (root ? 'xml' : 'other')
    }
    roleCache.set(name, r)
    return r
  }
  return {
    pkg,
    ctx,
    names,
    file: (name) => byName.get(name),
    has: (name) => byName.has(name) || skipped.has(name),
    xml,
    parsed,
    role,
    withRole: (wanted) => names.filter((n) => role(n) === wanted),
    dispose: () => {
      for (const p of parsedCache.values()) if (p.ok) p.doc.dispose()
      parsedCache.clear()
    },
  }
}

/**
 * `compute` once per package view: what several rules read of a package (its OW side, its images, …) is derived once.
 * The value lives until the rule layers are done (releaseRuleState), or with `wholeRun` until the view goes.
 */
export function perView<T>(compute: (view: PackageView) => T, options: { readonly wholeRun?: boolean } = {}): (view: PackageView) => T {
  const cache = new WeakMap<PackageView, { value: T }>()
  if (options.wholeRun !== true) ruleCaches.push(cache)
  return (view) => {
    let hit = cache.get(view)
    if (!hit) {
      hit = { value: compute(view) }
      cache.set(view, hit)
    }
    return hit.value
  }
}

const ruleCaches: WeakMap<PackageView, unknown>[] = []

/**
 * Lets go of what the rule layers derived from `pkg` (the perView values without `wholeRun`, the parsed documents)
 * before the layers that read the files themselves run (xsd): with 100 000 Locaties the OW objects alone are ~260 MB.
 * A later call of a rule helper derives its value again.
 */
export function releaseRuleState(pkg: PackageContents): void {
  const view = views.get(pkg)
  if (view === undefined) return
  for (const cache of ruleCaches) cache.delete(view)
  view.dispose()
}
