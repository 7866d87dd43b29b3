/**
 * Reads manifest.xml (lvbb:manifest/bestand) and manifest-ow.xml (Aanleveringen/Aanlevering/Bestand) from the view:
 * the listed names with their place, for the pakket and ow layers. Absent or malformed manifests give [].
 */
import { perView, type PackageView } from './view.js'
import { elements, placeOf, text } from './xml.js'

export interface Listed {
  readonly name: string
  readonly contentType?: string
  readonly objecttypen?: readonly string[]
  readonly file: string
  readonly xpath: string
  readonly line: number
}

export const MANIFEST = 'manifest.xml'
export const MANIFEST_OW = 'manifest-ow.xml'
export const OPDRACHT = 'opdracht.xml'

/** Read once per package view (a dozen rules ask). */
export const manifestEntries: (view: PackageView) => readonly Listed[] = perView(readManifest)
export const manifestOwEntries: (view: PackageView) => readonly Listed[] = perView(readManifestOw)

function readManifest(view: PackageView): readonly Listed[] {
  const doc = view.xml(MANIFEST)
  if (!doc || view.role(MANIFEST) !== 'manifest') return []
  return elements(doc, '/lvbb:manifest/lvbb:bestand').map((b) => {
    const naam = elements(b, 'lvbb:bestandsnaam')[0] ?? b
    const at = placeOf(MANIFEST, naam)
    return {
      name: naam.content.trim(),
      contentType: text(b, 'lvbb:contentType'),
      file: at.file,
      get xpath() {
        return at.xpath
      },
      line: at.line,
    }
  })
}

function readManifestOw(view: PackageView): readonly Listed[] {
  const doc = view.xml(MANIFEST_OW)
  if (!doc || view.role(MANIFEST_OW) !== 'manifest-ow') return []
  return elements(doc, '/mow:Aanleveringen/mow:Aanlevering/mow:Bestand').map((b) => {
    const naam = elements(b, 'mow:naam')[0] ?? b
    const at = placeOf(MANIFEST_OW, naam)
    return {
      name: naam.content.trim(),
      objecttypen: elements(b, 'mow:objecttype').map((o) => o.content.trim()),
      file: at.file,
      get xpath() {
        return at.xpath
      },
      line: at.line,
    }
  })
}
