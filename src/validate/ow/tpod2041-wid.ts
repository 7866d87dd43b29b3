/**
 * TPOD2041/TPOD2042 "Het wId van een OW-object Divisie/Divisietekst moet verwijzen naar een STOP-tekstelement van
 * het type Divisie/Divisietekst in de Regelingtekst", and TPOD1110 "IMOW-objecttypen kunnen alleen worden toegepast
 * op het Lichaam van een Regeling, niet op Bijlagen of Toelichtingen". Silent when the package has no besluit text.
 */
import { defineRule, type Rule } from '../rule.js'
import { owSide } from './objects.js'

function widRule(code: string, type: 'Divisie' | 'Divisietekst'): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: `wId van een OW-${type} verwijst niet naar een STOP-${type}`,
    message: (d) =>
      d.gevonden
        ? `OW-${type} ${d.identificatie} heeft wId '${d.wId}', maar dat is in de tekst een ${d.gevonden}, geen ${type}.`
        : `OW-${type} ${d.identificatie} heeft wId '${d.wId}', maar de regelingtekst heeft geen element met die wId.`,
    check(view, report) {
      const side = owSide(view)
      if (side.stop.wIds.size === 0) return
      for (const o of side.objects) {
        if (o.type !== type || o.wId === undefined) continue
        const target = side.stop.wIds.get(o.wId)
        if (!target || target.type !== type) report({ data: { identificatie: o.identificatie, wId: o.wId, ...(target ? { gevonden: target.type } : {}) }, at: o.at })
      }
    },
  })
}

export const tpod2041 = widRule('TPOD2041', 'Divisie')
export const tpod2042 = widRule('TPOD2042', 'Divisietekst')

export const tpod1110 = defineRule({
  code: 'TPOD1110',
  layer: 'ow',
  severity: 'blokkerend',
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
