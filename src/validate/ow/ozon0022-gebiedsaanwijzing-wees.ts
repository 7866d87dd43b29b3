/**
 * OZON0022 (imow-ow.md §2.2): a Gebiedsaanwijzing must be referenced (by a Tekstdeel in a vrijetekst regeling, by a
 * Juridische regel in an artikelstructuur one); an unreferenced one is an orphan (also TPOD1900 "wees-objecten").
 * Silent for a wijzigingsbesluit (the Tekstdeel that refers to it may be delivered earlier) and for an ended object.
 */
import { defineRule } from '../rule.js'
import { isMutatie, owSide } from './objects.js'

export const ozon0022 = defineRule({
  code: 'OZON0022',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Gebiedsaanwijzing waar geen enkel OW-object naar verwijst',
  message: (d) => `Gebiedsaanwijzing ${d.identificatie} ('${d.naam}') wordt door geen Tekstdeel of regel genoemd.`,
  check(view, report) {
    const side = owSide(view)
    if (isMutatie(view)) return
    const referenced = new Set(side.objects.flatMap((o) => o.refs.map((r) => r.href)))
    for (const o of side.objects) {
      if (o.type === 'Gebiedsaanwijzing' && !referenced.has(o.identificatie)) {
        report({ data: { identificatie: o.identificatie, naam: o.values.get('naam')?.[0]?.value ?? '' }, at: o.at })
      }
    }
  },
})
