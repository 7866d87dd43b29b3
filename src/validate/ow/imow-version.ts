/**
 * The IMOW version a package declares: manifest-ow `IMOWversie` when present (IMOW 3.1+), else 3.0 — the
 * fallback rule of ow-IMOW A1-Changelog ("Als er geen waarde is ingevuld … regels van IMOW versie 3.0").
 */
import { MANIFEST_OW } from '../manifests.js'
import type { PackageView } from '../view.js'
import { text } from '../xml.js'

export function imowVersion(view: PackageView): string {
  const doc = view.xml(MANIFEST_OW)
  const declared = doc ? text(doc, '/mow:Aanleveringen/mow:IMOWversie') : undefined
  return declared && declared !== '' ? declared : '3.0'
}
