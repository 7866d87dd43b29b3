/**
 * manifest.xml: every file of the package, itself included, with its content type (lvbb-transport.xsd `manifest`,
 * LVBB1009/1010/1016/1021). Computed from the files the writers returned, so it cannot drift from the ZIP.
 */
import { create } from 'xmlbuilder2'
import type { PackageFile } from '../model/index.js'
import { xmlBuilderOptions } from '../model/index.js'
import { LVBB_NS } from './opdracht.js'

export function writeManifest(files: readonly PackageFile[]): PackageFile {
  const entries = [
    { path: 'manifest.xml', contentType: 'application/xml' },
    ...files.map((f) => ({ path: f.path, contentType: f.contentType })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const root = create({ version: '1.0', encoding: 'UTF-8', ...xmlBuilderOptions }).ele(LVBB_NS, 'manifest')
  for (const e of entries) {
    root.ele('bestand').ele('bestandsnaam').txt(e.path).up().ele('contentType').txt(e.contentType).up().up()
  }
  return {
    path: 'manifest.xml',
    bytes: Buffer.from(`${root.end({ prettyPrint: true, indent: '  ' })}\n`, 'utf8'),
    contentType: 'application/xml',
  }
}
