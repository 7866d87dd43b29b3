/**
 * LVBB3011 "Elk GML-element MOET complete coördinaten bevatten": a coordinate that is not a number (NaN, text, an
 * empty value between separators), or a posList whose number count is no multiple of the dimension.
 */
import type { FindingData } from '../rule.js'
import { geoRule } from './rule-helpers.js'

export const lvbb3011 = geoRule({
  code: 'LVBB3011',
  title: 'Coördinaten zijn niet compleet (geen getal, of oneven aantal)',
  message: (d) =>
    d.soort === 'geen getal'
      ? `Geometrie ${d.id} in ${d.bestand} bevat de coördinaat '${d.waarde}', die geen getal is.`
      : `Geometrie ${d.id} in ${d.bestand} heeft een coördinatenlijst met ${d.aantal} getallen: geen veelvoud van de dimensie.`,
  find: (g): { data: FindingData; line: number } | undefined => {
    if (g.notANumber) return { data: { soort: 'geen getal', waarde: g.notANumber.token }, line: g.notANumber.line }
    if (g.oddCount) return { data: { soort: 'oneven', aantal: g.oddCount.count }, line: g.oddCount.line }
    return undefined
  },
})
