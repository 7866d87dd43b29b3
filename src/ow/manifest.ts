/**
 * manifest-ow.xml (manifest-ow.xsd, imow-ow.md §3.2) derived from the OW files' own declarations
 * (`PackageFile.ow.objecttypen`), so file list and objecttypen cannot drift (style.md §1.4).
 * IMOW 3.0: DoelID; IMOW 3.1: schemaversie, IMOWversie and ExpressionIDRegeling (TPOD2150/2151).
 */
import type { PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { XmlLines } from '../model/index.js'
import { type ImowVersie, NS, registerUrl, xsdVersie } from './xml.js'

export const MANIFEST_OW_NS = 'http://www.geostandaarden.nl/bestanden-ow/manifest-ow'

export function writeManifestOw(files: readonly PackageFile[], ctx: BuildContext): PackageFile {
  const versie: ImowVersie = ctx.config.standaarden.imow
  const out = new XmlLines().start('Aanleveringen', [
    ['xmlns', MANIFEST_OW_NS],
    ['xmlns:xsi', NS.xsi],
    ['xsi:schemaLocation', `${MANIFEST_OW_NS} ${registerUrl(versie, 'bestanden-ow/generiek/manifest-ow.xsd')}`],
    ...(versie === '3.1' ? [['schemaversie', xsdVersie['3.1']] as const] : []),
  ])
  out.text('domein', 'omgevingswet')
  if (versie === '3.1') out.text('IMOWversie', '3.1')
  out.start('Aanlevering').text('WorkIDRegeling', ctx.ids.regelingWork)
  if (versie === '3.0') out.text('DoelID', ctx.ids.doel)
  else out.text('ExpressionIDRegeling', ctx.ids.regelingExpression)
  for (const file of files) {
    if (!file.ow) continue
    out.start('Bestand').text('naam', file.path)
    for (const t of file.ow.objecttypen) out.text('objecttype', t)
    out.end()
  }
  return {
    path: 'manifest-ow.xml',
    bytes: out.toBuffer(),
    contentType: 'application/xml',
  }
}
