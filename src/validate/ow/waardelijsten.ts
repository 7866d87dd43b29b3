/**
 * The IMOW waardelijsten (v4.3.0 JSON, installed with the schemas at `<schemasDir>/imow/waardelijsten/`), read at
 * run time and never copied into the repo: value URI → list title and deprecation. Cached per schemas dir.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const WAARDELIJSTEN_FILE = join('imow', 'waardelijsten', 'waardelijsten_IMOW_v4.3.0.json')

export interface Waarde {
  readonly uri: string
  readonly lijst: string
  readonly term: string
  readonly deprecated: boolean
}

export interface Waardelijsten {
  readonly versie: string
  readonly byUri: ReadonlyMap<string, Waarde>
  /** The same values by lower-cased URI, to tell a case-only difference from an unknown value. */
  readonly byLowerUri: ReadonlyMap<string, Waarde>
}

interface RawList {
  readonly titel: string
  readonly waarden?: { readonly waarde?: RawValue | readonly RawValue[] }
}
interface RawValue {
  readonly uri: string
  readonly term: string
  readonly deprecated?: string | boolean
}

const cache = new Map<string, Waardelijsten | undefined>()

/** The lists, or undefined when the file is not installed or unreadable (the ow layer then says so once). */
export function loadWaardelijsten(schemasDir: string): Waardelijsten | undefined {
  if (cache.has(schemasDir)) return cache.get(schemasDir)
  let result: Waardelijsten | undefined
  try {
    const json = JSON.parse(readFileSync(join(schemasDir, WAARDELIJSTEN_FILE), 'utf8')) as { waardelijsten: { versie: string; waardelijst: readonly RawList[] } }
    const byUri = new Map<string, Waarde>()
    const byLowerUri = new Map<string, Waarde>()
    for (const list of json.waardelijsten.waardelijst) {
      const raw = list.waarden?.waarde
      const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw as RawValue]
      for (const v of values) {
        const w = { uri: v.uri, lijst: list.titel, term: v.term, deprecated: v.deprecated === true || v.deprecated === 'true' }
        byUri.set(v.uri, w)
        if (!byLowerUri.has(v.uri.toLowerCase())) byLowerUri.set(v.uri.toLowerCase(), w)
      }
    }
    result = { versie: json.waardelijsten.versie, byUri, byLowerUri }
  } catch {
    result = undefined
  }
  cache.set(schemasDir, result)
  return result
}
