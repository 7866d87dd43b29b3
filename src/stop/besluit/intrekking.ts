/**
 * writeIntrekkingsbesluit (issue 17): `besluit.xml` for a besluit that withdraws the whole omgevingsvisie: a
 * BesluitCompact without WijzigBijlage, Artikel I saying which regeling is withdrawn and Artikel II the
 * inwerkingtreding (generated from visie.json: the text has nothing to add), and ConsolidatieInformatie with one
 * Intrekking of the regeling work (eId art_I) and the Tijdstempel juridischWerkendVanaf (eId art_II). Not written:
 * Intrekking of the GIO works (BHKV1063 wants the eId of an ExtIoRef removed in a RegelingMutatie, which an
 * intrekking of the whole regeling has not), and no Aanhef/Sluiting (their text would come from the besluit).
 * VISIE-920 (blokkerend): visie.json has no datums.inwerkingtreding, so the intrekking has no date.
 */
import type { Finding, PackageFile } from '../../model/index.js'
import type { BuildContext } from '../../build/context.js'
import { fixedIds } from '../../ids/index.js'
import { BESLUIT_BESTAND } from './index.js'
import { besluitMetadata, consolidatieInformatie, expressionIdentificatie, NS, procedureverloop } from './metadata.js'
import { el, inNs, serialize } from './xml.js'

export function writeIntrekkingsbesluit(
  ctx: BuildContext, vorige: { readonly regelingWork: string; readonly citeertitel: string },
): { files: PackageFile[]; findings: Finding[] } {
  const findings: Finding[] = []
  const datum = ctx.config.datums.inwerkingtreding
  if (datum === undefined) {
    findings.push({
      code: 'VISIE-920', severity: 'blokkerend', layer: 'bron',
      message: 'Voor de intrekking is een datum van inwerkingtreding nodig; zet datums.inwerkingtreding in visie.json.',
      data: {},
    })
  }
  const bg = ctx.config.bevoegdGezag
  const fixed = fixedIds(bg)
  const titel = `Besluit tot intrekking van ${vorige.citeertitel}`
  const [dd, mm, jjjj] = [datum?.slice(8, 10), datum?.slice(5, 7), datum?.slice(0, 4)]
  const artikel = (nummer: string, tekst: string) => el('Artikel', { eId: `art_${nummer}`, wId: `${bg}_1__art_${nummer}` },
    el('Kop', {}, el('Label', {}, 'Artikel'), el('Nummer', {}, nummer)),
    el('Inhoud', {}, el('Al', {}, tekst)))
  const compact = el('BesluitCompact', {},
    el('RegelingOpschrift', fixed.longTitle, el('Al', {}, titel)),
    el('Lichaam', fixed.body,
      artikel('I', `${vorige.citeertitel} (${vorige.regelingWork}) wordt ingetrokken.`),
      artikel('II', `Dit besluit treedt in werking per ${dd}-${mm}-${jjjj}.`)),
  )
  const root = inNs(NS.lvbba, el('AanleveringBesluit', { schemaversie: ctx.config.standaarden.lvbb },
    el('BesluitVersie', {},
      expressionIdentificatie(ctx.ids.besluitWork, ctx.ids.besluitExpression, 'besluit'),
      besluitMetadata(ctx, titel, []),
      procedureverloop(ctx),
      consolidatieInformatie(ctx, {
        regeling: false, informatieobjecten: [],
        intrekkingen: [{ instrument: vorige.regelingWork, eId: 'art_I' }],
        ...(datum ? { inwerkingtreding: { datum, eId: 'art_II' } } : {}),
      }),
      inNs(NS.tekst, compact),
    ),
  ))
  return { files: [{ path: BESLUIT_BESTAND, bytes: serialize(root), contentType: 'application/xml' }], findings }
}
