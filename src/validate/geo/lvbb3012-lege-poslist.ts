/** LVBB3012 "Elk GML-element MOET een ingevulde <gml:posList> bevatten": a ring without any coordinate. */
import { geoRule } from './rule-helpers.js'

export const lvbb3012 = geoRule({
  code: 'LVBB3012',
  title: 'Lege gml:posList',
  message: (d) => `Geometrie ${d.id} in ${d.bestand} heeft een ring zonder coördinaten (lege gml:posList).`,
  find: (g) => {
    const empty = g.tooFew.find((r) => r.points === 0)
    return empty && !g.notANumber && !g.oddCount ? { data: {}, line: empty.line } : undefined
  },
})
