/** VISIE-608: a posList whose number count does not fit the dimension, or a ring with fewer than 4 points. */
import { geoRule } from './rule-helpers.js'

export const visie608 = geoRule({
  code: 'VISIE-608',
  title: 'Aantal coördinaten klopt niet (oneven, of ring met minder dan 4 punten)',
  message: (d) =>
    d.soort === 'oneven'
      ? `Geometrie ${d.id} in ${d.bestand} heeft een coördinatenlijst met ${d.aantal} getallen: geen veelvoud van de dimensie.`
      : `Geometrie ${d.id} in ${d.bestand} heeft een ring met ${d.aantal} punten; een ring heeft er minstens 4 (de eerste herhaald als laatste).`,
  find: (g) => {
    if (g.oddCount) return { data: { soort: 'oneven', aantal: g.oddCount.count }, line: g.oddCount.line }
    const r = g.tooFew[0]
    return r ? { data: { soort: 'ring', aantal: r.points }, line: r.line } : undefined
  },
})
