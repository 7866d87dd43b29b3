/**
 * An installed schema set as other layers see it: the install dir and a resolver from an official absolute URL
 * (as written in schemaLocation / Schematron includes) to the installed file. Never touches the network.
 */
import { join } from 'node:path'
import { loadManifest, type SchemaManifest } from './manifest.js'

export interface SchemaSet {
  /** The install dir (`--to` of `visie schemas install`). */
  readonly dir: string
  /** Absolute local path of an official URL in the manifest; undefined for any other URL. */
  readonly resolve: (absoluteUrl: string) => string | undefined
  /** Absolute local path of a manifest path such as `stop/schemas/lvbb-1.2.0/lvbb-transport.xsd`. */
  readonly path: (manifestPath: string) => string
  /** Official URL of a manifest path; undefined when the path is not in the manifest. */
  readonly urlOf: (manifestPath: string) => string | undefined
}

/** The schema set installed in `dir`, resolved through the committed manifest (or the one given). */
export async function openSchemaSet(dir: string, manifest?: SchemaManifest): Promise<SchemaSet> {
  return schemaSetFrom(dir, manifest ?? (await loadManifest()))
}

export function schemaSetFrom(dir: string, manifest: SchemaManifest): SchemaSet {
  const byUrl = new Map<string, string>()
  const byPath = new Map<string, string>()
  for (const f of manifest.files) {
    byUrl.set(f.url, f.path)
    byPath.set(f.path, f.url)
  }
  return {
    dir,
    resolve: (url) => {
      const u = normaliseUrl(url)
      const p = byUrl.get(u) ?? versionedPath(u)
      return p === undefined ? undefined : join(dir, p)
    },
    path: (p) => join(dir, p),
    urlOf: (p) => byPath.get(p) ?? versionedUrl(p),
  }
}

/**
 * Other STOP/LVBB versions than the manifest's (an older official set placed beside it in the installed layout) map
 * by the official layout: `https://standaarden.overheid.nl/stop/1.1.0/imop-tekst.xsd` ↔ `stop/schemas/stop-1.1.0/imop-tekst.xsd`,
 * `…/lvbb/1.1.0/lvbb-transport.xsd` ↔ `stop/schemas/lvbb-1.1.0/…`, `.sch` files under `stop/schematron/`.
 */
const OFFICIAL = /^https:\/\/standaarden\.overheid\.nl\/(stop|lvbb)\/(\d+\.\d+\.\d+)\/([A-Za-z0-9._-]+\.(xsd|sch))$/
const LAYOUT = /^stop\/(schemas|schematron)\/(stop|lvbb)-(\d+\.\d+\.\d+)\/([A-Za-z0-9._-]+\.(xsd|sch))$/

function versionedPath(url: string): string | undefined {
  const m = OFFICIAL.exec(url)
  if (!m) return undefined
  const [, standaard, versie, file, ext] = m
  return `stop/${ext === 'sch' ? 'schematron' : 'schemas'}/${standaard}-${versie}/${file}`
}

function versionedUrl(path: string): string | undefined {
  const m = LAYOUT.exec(path)
  if (!m) return undefined
  const [, kind, standaard, versie, file, ext] = m
  if ((kind === 'schematron') !== (ext === 'sch')) return undefined
  return `https://standaarden.overheid.nl/${standaard}/${versie}/${file}`
}

/** Removes `.` and `..` segments that relative includes leave in a URL (`…/gml/3.2.1/../x.xsd`). */
function normaliseUrl(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}
