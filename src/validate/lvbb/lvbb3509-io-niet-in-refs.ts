/**
 * LVBB3509 "Elk aangeleverd InformatieObject MOET aanwezig zijn in de lijst met InformatieObjectRefs bij de
 * BesluitMetadata." Only checked when the package has a besluit (a GIO-only delivery has no BesluitMetadata).
 */
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3509 = defineRule({
  code: 'LVBB3509',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit'],
  title: 'Informatieobject staat niet in informatieobjectRefs',
  message: (d) => `Informatieobject ${d.expressie} (${d.io}) wordt meegeleverd, maar staat niet in de informatieobjectRefs van het besluit.`,
  check(view, report) {
    if (view.withRole('besluit').length === 0) return
    const side = stopSide(view)
    const refs = new Set(side.informatieobjectRefs.map((r) => r.value))
    for (const io of side.informatieobjecten) {
      if (io.expression && !refs.has(io.expression)) report({ data: { io: io.file, expressie: io.expression }, at: io.expressionAt })
    }
  },
})
