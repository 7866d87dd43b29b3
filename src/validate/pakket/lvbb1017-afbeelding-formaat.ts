/**
 * LVBB1017 "Het bestandsformaat van de afbeelding moet een formaat zijn, dat ondersteund wordt": an image (by name,
 * by manifest contentType image/*, or by its bytes) that is not PNG or JPEG (STOP wlFormaatIllustratie).
 */
import { defineRule } from '../rule.js'
import { afbeeldingen } from './afbeeldingen.js'
import { SUPPORTED } from './image.js'

export const lvbb1017 = defineRule({
  code: 'LVBB1017',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'afbeelding heeft een niet-ondersteund bestandsformaat',
  message: (d) => `Afbeelding '${d.bestand}' is ${d.formaat === 'onbekend' ? 'geen herkenbare afbeelding' : d.formaat}; ondersteund zijn ${SUPPORTED.join(' en ')}.`,
  check(view, report) {
    for (const a of afbeeldingen(view)) {
      if (a.format && SUPPORTED.includes(a.format)) continue
      report({ data: { bestand: a.name, formaat: a.format ?? 'onbekend' }, at: { file: a.name } })
    }
  },
})
