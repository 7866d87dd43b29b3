/**
 * LVBB3151 "Van een versie van een te consolideren IO, die onderdeel is van een besluit, MOET de expressie als
 * tekst:ExtIoRef worden genoemd in òf de regelingtekst(mutatie) van het besluit òf de besluittekst."
 */
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3151 = defineRule({
  code: 'LVBB3151',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit'],
  title: 'Te consolideren informatieobject zonder ExtIoRef in de tekst',
  message: (d) => `Informatieobject ${d.expressie} (${d.io}) is TeConsolideren, maar geen tekst:ExtIoRef in het besluit verwijst ernaar.`,
  check(view, report) {
    if (view.withRole('besluit').length === 0) return
    const side = stopSide(view)
    const named = new Set(side.extIoRefs.map((r) => r.value.trim()))
    for (const io of side.informatieobjecten) {
      if (io.expression && io.publicatieinstructie === 'TeConsolideren' && !named.has(io.expression)) {
        report({ data: { io: io.file, expressie: io.expression }, at: io.expressionAt })
      }
    }
  },
})
