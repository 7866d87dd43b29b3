/** LVBB3506 "GML bestand genoemd in IO is niet meegeleverd": every data:Bestand/bestandsnaam of an IO is in the package. */
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3506 = defineRule({
  code: 'LVBB3506',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'Bestand van een informatieobject ontbreekt',
  message: (d) => `${d.io} noemt bestand '${d.bestand}', maar dat zit niet in het pakket.`,
  check(view, report) {
    for (const io of stopSide(view).informatieobjecten) {
      for (const b of io.bestanden) if (!view.has(b.naam)) report({ data: { io: io.file, bestand: b.naam }, at: b.at })
    }
  },
})
