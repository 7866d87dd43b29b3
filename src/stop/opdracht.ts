/**
 * opdracht.xml: the delivery order (lvbb-transport.xsd OpdrachtType + publicatie/datumBekendmaking, stop-lvbb.md §2.2).
 * `validatieOpdracht` asks the LVBB only to validate; `publicatieOpdracht` publishes. The sequence order is fixed.
 */
import { create } from 'xmlbuilder2'
import type { PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { xmlBuilderOptions } from '../model/index.js'

export const LVBB_NS = 'http://www.overheid.nl/2017/lvbb'

export type OpdrachtSoort = 'validatie' | 'publicatie'

export function writeOpdracht(ctx: BuildContext, soort: OpdrachtSoort, besluitBestand: string): PackageFile {
  const { config } = ctx
  const doc = create({ version: '1.0', encoding: 'UTF-8', ...xmlBuilderOptions })
    .ele(LVBB_NS, `${soort}Opdracht`)
    .ele('idLevering').txt(config.idLevering).up()
    .ele('idBevoegdGezag').txt(config.oin.bevoegdGezag).up()
    .ele('idAanleveraar').txt(config.oin.aanleveraar).up()
    .ele('publicatie').txt(besluitBestand).up()
    .ele('datumBekendmaking').txt(config.datums.bekendmaking).up()
    .doc()
  return {
    path: 'opdracht.xml',
    bytes: Buffer.from(`${doc.end({ prettyPrint: true, indent: '  ' })}\n`, 'utf8'),
    contentType: 'application/xml',
  }
}
