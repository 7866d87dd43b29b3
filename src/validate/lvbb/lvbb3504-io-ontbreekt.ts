/**
 * LVBB3504 "Alle InformatieObjecten genoemd in de lijst met InformatieObjectRefs bij de BesluitMetadata MOETEN
 * meegeleverd zijn": every informatieobjectRef names the FRBRExpression of an AanleveringInformatieObject in the package.
 */
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3504 = defineRule({
  code: 'LVBB3504',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit'],
  title: 'informatieobjectRef zonder meegeleverd informatieobject',
  message: (d) => `De besluitmetadata noemen informatieobject ${d.ref}, maar het pakket bevat geen AanleveringInformatieObject met die FRBRExpression.`,
  check(view, report) {
    const side = stopSide(view)
    const delivered = new Set(side.informatieobjecten.map((io) => io.expression))
    for (const ref of side.informatieobjectRefs) {
      if (!delivered.has(ref.value)) report({ data: { ref: ref.value }, at: ref.at })
    }
  },
})
