/**
 * LVBB3008 "Klopt de meegeleverde hash met de zelf berekende hash voor informatie-objecten": data:hash is the
 * lowercase hex SHA-512 of the exact bytes of the named file (stop-lvbb.md §0.6). A missing file is LVBB3506's.
 */
import { createHash } from 'node:crypto'
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3008 = defineRule({
  code: 'LVBB3008',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'Hash van een informatieobjectbestand klopt niet',
  message: (d) => `De hash in ${d.io} hoort niet bij de bytes van '${d.bestand}': opgegeven ${d.opgegeven}, berekend (SHA-512) ${d.berekend}.`,
  check(view, report) {
    for (const io of stopSide(view).informatieobjecten) {
      for (const b of io.bestanden) {
        const file = view.file(b.naam)
        if (!file) continue
        const actual = file.sha512 ?? createHash('sha512').update(file.bytes).digest('hex')
        if (actual !== b.hash.toLowerCase()) {
          report({ data: { io: io.file, bestand: b.naam, opgegeven: b.hash, berekend: actual }, at: b.hashAt })
        }
      }
    }
  },
})
