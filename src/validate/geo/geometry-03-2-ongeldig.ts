/**
 * GEOMETRY.03.2 "geometrie is ongeldig" (geo-validatieservice, OZON/LVBB): one finding per geometry with the first
 * reason found — an unclosed ring, a ring with 1 to 3 points, or OGC simple-feature invalidity (jsts IsValidOp:
 * self-intersection, hole outside shell, …) with the coordinate. OGC validity is only judged on well-formed rings, and
 * nothing here when the coordinates themselves are incomplete (LVBB3011).
 */
import type { FindingData } from '../rule.js'
import { geoRule } from './rule-helpers.js'

export const geometry032 = geoRule({
  code: 'GEOMETRY.03.2',
  title: 'Geometrie is ongeldig (open ring, te weinig punten, zelfdoorsnijding e.d.)',
  message: (d) =>
    d.soort === 'open'
      ? `Geometrie ${d.id} in ${d.bestand}: de ring begint bij (${d.eerste}) maar eindigt bij (${d.laatste}); een ring moet eindigen waar hij begint.`
      : d.soort === 'punten'
        ? `Geometrie ${d.id} in ${d.bestand} heeft een ring met ${d.aantal} punten; een ring heeft er minstens 4 (de eerste herhaald als laatste).`
        : `Geometrie ${d.id} in ${d.bestand} is ongeldig: ${d.reden}${d.x !== undefined ? ` bij (${d.x} ${d.y})` : ''}.`,
  find: (g): { data: FindingData; line: number } | undefined => {
    if (g.notANumber || g.oddCount) return undefined // LVBB3011's cause: the ring cannot be read as points
    const open = g.unclosed[0]
    if (open) return { data: { soort: 'open', eerste: open.first, laatste: open.last }, line: open.line }
    const few = g.tooFew.find((r) => r.points > 0)
    if (few) return { data: { soort: 'punten', aantal: few.points }, line: few.line }
    const bad = g.invalid
    if (!bad) return undefined
    return { data: { soort: 'ogc', fout: bad.fout, reden: bad.reden, ...(bad.x !== undefined ? { x: bad.x, y: bad.y ?? 0 } : {}) }, line: g.line }
  },
})
