/**
 * LVBB3506 "GML bestand genoemd in IO is niet meegeleverd": every data:Bestand/bestandsnaam of an IO is in the package.
 * The Gebieden, Lijnen and Punten whose geometry that GML held then have none in the delivery (OZON0066–0068): those
 * are listed under this finding (one cause, one finding). Which ids the missing file held cannot be known, so every
 * such OZON finding of the package goes under the first LVBB3506.
 */
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3506 = defineRule({
  code: 'LVBB3506',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'Bestand van een informatieobject ontbreekt',
  explains: { codes: ['OZON0066', 'OZON0067', 'OZON0068'], scope: 'pakket' },
  message: (d) => `${d.io} noemt bestand '${d.bestand}', maar dat zit niet in het pakket.`,
  check(view, report) {
    for (const io of stopSide(view).informatieobjecten) {
      for (const b of io.bestanden) if (!view.has(b.naam)) report({ data: { io: io.file, bestand: b.naam }, at: b.at })
    }
  },
})
