/**
 * `lvbba:AanleveringInformatieObject` for one GIO (lvbb-stop-aanlevering.xsd 1.2.0, stop-lvbb.md §2.5):
 * ExpressionIdentificatie (work_010), InformatieObjectVersieMetadata with the geboorteregeling and exactly one
 * Bestand with the lowercase hex SHA-512 of the GML bytes (LVBB3008), InformatieObjectMetadata (gio_002).
 */
import { createHash } from 'node:crypto'
import { create } from 'xmlbuilder2'
import { tooiOrganisatie } from '../config/bevoegd-gezag.js'
import type { Gio, PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { xmlBuilderOptions } from '../model/index.js'

export const LVBBA_NS = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'
export const DATA_NS = 'https://standaarden.overheid.nl/stop/imop/data/'

export function sha512Hex(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('hex')
}

type IoGio = Pick<Gio, 'naam' | 'work' | 'expression' | 'gmlBestand' | 'ioBestand'>

export function writeInformatieObject(gio: IoGio, gmlBytes: Uint8Array, ctx: BuildContext): PackageFile {
  const organisatie = tooiOrganisatie(ctx.config.bevoegdGezag)
  const root = create({ version: '1.0', encoding: 'UTF-8', ...xmlBuilderOptions }).ele(LVBBA_NS, 'AanleveringInformatieObject', { schemaversie: ctx.config.standaarden.lvbb })
  const versie = root.ele(LVBBA_NS, 'InformatieObjectVersie')
  versie
    .ele(DATA_NS, 'ExpressionIdentificatie')
    .ele(DATA_NS, 'FRBRWork').txt(gio.work).up()
    .ele(DATA_NS, 'FRBRExpression').txt(gio.expression).up()
    .ele(DATA_NS, 'soortWork').txt('/join/id/stop/work_010').up()
  versie
    .ele(DATA_NS, 'InformatieObjectVersieMetadata')
    .ele(DATA_NS, 'heeftGeboorteregeling').txt(ctx.ids.regelingWork).up()
    .ele(DATA_NS, 'heeftBestanden').ele(DATA_NS, 'heeftBestand').ele(DATA_NS, 'Bestand')
    .ele(DATA_NS, 'bestandsnaam').txt(gio.gmlBestand).up()
    .ele(DATA_NS, 'hash').txt(sha512Hex(gmlBytes)).up()
  versie
    .ele(DATA_NS, 'InformatieObjectMetadata')
    .ele(DATA_NS, 'eindverantwoordelijke').txt(organisatie).up()
    .ele(DATA_NS, 'maker').txt(organisatie).up()
    .ele(DATA_NS, 'naamInformatieObject').txt(gio.naam).up()
    .ele(DATA_NS, 'officieleTitel').txt(gio.work).up()
    .ele(DATA_NS, 'publicatieinstructie').txt('TeConsolideren').up()
    .ele(DATA_NS, 'formaatInformatieobject').txt('/join/id/stop/informatieobject/gio_002').up()
  return {
    path: gio.ioBestand,
    bytes: Buffer.from(`${root.end({ prettyPrint: true, indent: '  ' })}\n`, 'utf8'),
    contentType: 'application/xml',
  }
}
