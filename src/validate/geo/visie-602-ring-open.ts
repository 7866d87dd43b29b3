/** VISIE-602: a gml:LinearRing whose last point differs from its first (OGC: rings are closed). */
import { geoRule } from './rule-helpers.js'

export const visie602 = geoRule({
  code: 'VISIE-602',
  title: 'Ring van een vlak is niet gesloten',
  message: (d) => `Geometrie ${d.id} in ${d.bestand}: de ring begint bij (${d.eerste}) maar eindigt bij (${d.laatste}); een ring moet eindigen waar hij begint.`,
  find: (g) => {
    const r = g.unclosed[0]
    return r ? { data: { eerste: r.first, laatste: r.last, ringen: g.unclosed.length }, line: r.line } : undefined
  },
})
