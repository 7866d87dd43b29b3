/**
 * manifest-ow.xml (manifest-ow.xsd, imow-ow.md §3.2) derived from the OW files' own declarations
 * (`PackageFile.ow.objecttypen`), so file list and objecttypen cannot drift (style.md §1.4).
 * IMOW 3.0: DoelID; IMOW 3.1: schemaversie, IMOWversie and ExpressionIDRegeling (TPOD2150/2151).
 */
import { create } from 'xmlbuilder2'
import type { PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { xmlBuilderOptions } from '../model/index.js'
import { type ImowVersie, NS, registerUrl, xsdVersie } from './xml.js'

export const MANIFEST_OW_NS = 'http://www.geostandaarden.nl/bestanden-ow/manifest-ow'

export function writeManifestOw(files: readonly PackageFile[], ctx: BuildContext): PackageFile {
  const versie: ImowVersie = ctx.config.standaarden.imow
  const attrs: Record<string, string> = {
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${MANIFEST_OW_NS} ${registerUrl(versie, 'bestanden-ow/generiek/manifest-ow.xsd')}`,
    ...(versie === '3.1' ? { schemaversie: xsdVersie['3.1'] } : {}),
  }
  const doc = create({ version: '1.0', encoding: 'UTF-8', ...xmlBuilderOptions })
  const root = doc.ele(MANIFEST_OW_NS, 'Aanleveringen', attrs)
  root.ele('domein').txt('omgevingswet')
  if (versie === '3.1') root.ele('IMOWversie').txt('3.1')
  const aanlevering = root.ele('Aanlevering')
  aanlevering.ele('WorkIDRegeling').txt(ctx.ids.regelingWork)
  if (versie === '3.0') aanlevering.ele('DoelID').txt(ctx.ids.doel)
  else aanlevering.ele('ExpressionIDRegeling').txt(ctx.ids.regelingExpression)
  for (const file of files) {
    if (!file.ow) continue
    const bestand = aanlevering.ele('Bestand')
    bestand.ele('naam').txt(file.path)
    for (const t of file.ow.objecttypen) bestand.ele('objecttype').txt(t)
  }
  return {
    path: 'manifest-ow.xml',
    bytes: Buffer.from(`${doc.end({ prettyPrint: true, indent: '  ' })}\n`, 'utf8'),
    contentType: 'application/xml',
  }
}
