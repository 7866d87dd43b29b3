/**
 * OZON2040 (TPOD2041/TPOD2042) "Het wId van een OW-object Divisie/Divisietekst moet verwijzen naar een STOP-tekstelement van
 * het type Divisie/Divisietekst in de Regelingtekst", and OZON2041 (TPOD1110) "IMOW-objecttypen kunnen alleen worden toegepast
 * op het Lichaam van een Regeling, niet op Bijlagen of Toelichtingen". Silent when the package has no besluit text. In a
 * wijzigingsbesluit (RegelingMutatie) the text holds only what changes: a wId it does not hold may be one of the
 * previous version (a renumbered section whose OW annotation changed), so only a wId of the wrong type is reported.
 */
import { defineRule } from '../rule.js'
import { isMutatie, owSide } from './objects.js'

/** OZON2040: one rule for both types (the chain's code for TPOD2041 and TPOD2042 alike). */
export const ozon2040 = defineRule({
  code: 'OZON2040',
  layer: 'ow',
  severity: 'blokkerend',
  dependsOn: ['besluit', 'ow'],
  title: 'wId van een OW-Divisie(tekst) verwijst niet naar een STOP-Divisie(tekst)',
  message: (d) =>
    d.gevonden
      ? `OW-${d.type} ${d.identificatie} heeft wId '${d.wId}', maar dat is in de tekst een ${d.gevonden}, geen ${d.type}.`
      : `OW-${d.type} ${d.identificatie} heeft wId '${d.wId}', maar de regelingtekst heeft geen element met die wId.`,
  check(view, report) {
    const side = owSide(view)
    if (side.stop.wIds.size === 0) return
    const mutatie = isMutatie(view)
    for (const o of side.objects) {
      if ((o.type !== 'Divisie' && o.type !== 'Divisietekst') || o.wId === undefined) continue
      const target = side.stop.wIds.get(o.wId)
      if (!target && mutatie) continue
      if (!target || target.type !== o.type) report({ data: { type: o.type, identificatie: o.identificatie, wId: o.wId, ...(target ? { gevonden: target.type } : {}) }, at: o.at })
    }
  },
})

/** OZON2041 (TPOD1110): the chain's code for an annotation outside the Lichaam. */
export const ozon2041 = defineRule({
  code: 'OZON2041',
  layer: 'ow',
  severity: 'blokkerend',
  dependsOn: ['besluit', 'ow'],
  title: 'OW-annotatie op een bijlage of toelichting',
  message: (d) => `OW-${d.type} ${d.identificatie} annoteert '${d.wId}', dat in een bijlage of toelichting staat; alleen het Lichaam van de regeling mag geannoteerd worden.`,
  check(view, report) {
    const side = owSide(view)
    for (const o of side.objects) {
      const target = o.wId !== undefined ? side.stop.wIds.get(o.wId) : undefined
      if (target && target.type === o.type && !target.inLichaam) report({ data: { type: o.type, identificatie: o.identificatie, wId: o.wId ?? '' }, at: o.at })
    }
  },
})
