/**
 * `lvbba:AanleveringInformatieObject` for one GIO (lvbb-stop-aanlevering.xsd 1.2.0, stop-lvbb.md §2.5):
 * ExpressionIdentificatie (work_010), InformatieObjectVersieMetadata with the geboorteregeling and exactly one
 * Bestand with the lowercase hex SHA-512 of the GML bytes (LVBB3008), InformatieObjectMetadata (gio_002).
 */
import { createHash } from 'node:crypto'
import { tooiOrganisatie } from '../config/bevoegd-gezag.js'
import type { Gio, PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { XmlLines } from '../model/index.js'

export const LVBBA_NS = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'
export const DATA_NS = 'https://standaarden.overheid.nl/stop/imop/data/'

export function sha512Hex(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('hex')
}

type IoGio = Pick<Gio, 'naam' | 'work' | 'expression' | 'gmlBestand' | 'ioBestand'>

export function writeInformatieObject(gio: IoGio, gmlBytes: Uint8Array, ctx: BuildContext): PackageFile {
  const organisatie = tooiOrganisatie(ctx.config.bevoegdGezag)
  const data: [string, string][] = [['xmlns', DATA_NS]]
  const out = new XmlLines()
    .start('AanleveringInformatieObject', [['xmlns', LVBBA_NS], ['schemaversie', ctx.config.standaarden.lvbb]])
    .start('InformatieObjectVersie')
  out
    .start('ExpressionIdentificatie', data)
    .text('FRBRWork', gio.work)
    .text('FRBRExpression', gio.expression)
    .text('soortWork', '/join/id/stop/work_010')
    .end()
  out
    .start('InformatieObjectVersieMetadata', data)
    .text('heeftGeboorteregeling', ctx.ids.regelingWork)
    .start('heeftBestanden').start('heeftBestand').start('Bestand')
    .text('bestandsnaam', gio.gmlBestand)
    .text('hash', sha512Hex(gmlBytes))
    .end().end().end().end()
  out
    .start('InformatieObjectMetadata', data)
    .text('eindverantwoordelijke', organisatie)
    .text('maker', organisatie)
    .text('naamInformatieObject', gio.naam)
    .text('officieleTitel', gio.work)
    .text('publicatieinstructie', 'TeConsolideren')
    .text('formaatInformatieobject', '/join/id/stop/informatieobject/gio_002')
    .end()
  return {
    path: gio.ioBestand,
    bytes: out.toBuffer(),
    contentType: 'application/xml',
  }
}
