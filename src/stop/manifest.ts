/**
 * manifest.xml: every file of the package, itself included, with its content type (lvbb-transport.xsd `manifest`,
 * LVBB1009/1010/1016/1021). Computed from the files the writers returned, so it cannot drift from the ZIP.
 */
import type { PackageFile } from '../model/index.js'
import { XmlLines } from '../model/index.js'
import { LVBB_NS } from './opdracht.js'

export function writeManifest(files: readonly PackageFile[]): PackageFile {
  const entries = [
    { path: 'manifest.xml', contentType: 'application/xml' },
    ...files.map((f) => ({ path: f.path, contentType: f.contentType })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const out = new XmlLines().start('manifest', [['xmlns', LVBB_NS]])
  for (const e of entries) out.start('bestand').text('bestandsnaam', e.path).text('contentType', e.contentType).end()
  return {
    path: 'manifest.xml',
    bytes: out.toBuffer(),
    contentType: 'application/xml',
  }
}
