/**
 * opdracht.xml: the delivery order (lvbb-transport.xsd OpdrachtType + publicatie/datumBekendmaking, stop-lvbb.md §2.2).
 * `validatieOpdracht` asks the LVBB only to validate; `publicatieOpdracht` publishes. The sequence order is fixed.
 */
import type { PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { XmlLines } from '../model/index.js'

export const LVBB_NS = 'http://www.overheid.nl/2017/lvbb'

export type OpdrachtSoort = 'validatie' | 'publicatie'

export function writeOpdracht(ctx: BuildContext, soort: OpdrachtSoort, besluitBestand: string): PackageFile {
  const { config } = ctx
  const out = new XmlLines()
    .start(`${soort}Opdracht`, [['xmlns', LVBB_NS]])
    .text('idLevering', config.idLevering)
    .text('idBevoegdGezag', config.oin.bevoegdGezag)
    .text('idAanleveraar', config.oin.aanleveraar)
    .text('publicatie', besluitBestand)
    .text('datumBekendmaking', config.datums.bekendmaking)
  return {
    path: 'opdracht.xml',
    bytes: out.toBuffer(),
    contentType: 'application/xml',
  }
}
