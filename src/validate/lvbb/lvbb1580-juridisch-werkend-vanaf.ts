/**
 * LVBB1580 "De datum juridisch-werkend-vanaf MAG niet later zijn dan 90 dagen na datum bekendmaking."
 * (Validaties-LVBB-STOP-BHKV.md): every Tijdstempel juridischWerkendVanaf in a besluit's ConsolidatieInformatie
 * against opdracht.xml's datumBekendmaking. Malformed dates are LVBB1501's (bekendmaking) or the XSD's (datum).
 */
import { defineRule } from '../rule.js'
import { elements } from '../xml.js'
import { placeOf } from './besluit.js'
import { dayNumber } from './dates.js'
import { datumBekendmaking } from './lvbb1501-datum-bekendmaking.js'

const MAX_DAGEN = 90

export const lvbb1580 = defineRule({
  code: 'LVBB1580',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: `juridischWerkendVanaf ligt meer dan ${MAX_DAGEN} dagen na datumBekendmaking`,
  message: (d) =>
    `Tijdstempel juridischWerkendVanaf ${d.datum} ligt ${d.dagen} dagen na datumBekendmaking ${d.datumBekendmaking} (opdracht.xml); ` +
    `toegestaan is hoogstens ${d.maximum} dagen.`,
  check(view, report) {
    const bekendmaking = datumBekendmaking(view)
    const start = bekendmaking ? dayNumber(bekendmaking.waarde) : undefined
    if (!bekendmaking || start === undefined) return
    for (const file of view.withRole('besluit')) {
      const doc = view.xml(file)
      if (!doc) continue
      for (const ts of elements(doc, '//data:ConsolidatieInformatie/data:Tijdstempels/data:Tijdstempel')) {
        if (elements(ts, 'data:soortTijdstempel')[0]?.content.trim() !== 'juridischWerkendVanaf') continue
        const datumEl = elements(ts, 'data:datum')[0]
        const datum = datumEl?.content.trim() ?? ''
        const day = dayNumber(datum)
        if (!datumEl || day === undefined || day - start <= MAX_DAGEN) continue
        report({
          data: { datum, datumBekendmaking: bekendmaking.waarde, dagen: day - start, maximum: MAX_DAGEN },
          at: placeOf(file, datumEl),
        })
      }
    }
  },
})
