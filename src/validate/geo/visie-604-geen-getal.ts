/** VISIE-604: a coordinate that is not a number (NaN, text, an empty value between separators). */
import { geoRule } from './rule-helpers.js'

export const visie604 = geoRule({
  code: 'VISIE-604',
  title: 'Coördinaat is geen getal',
  message: (d) => `Geometrie ${d.id} in ${d.bestand} bevat de coördinaat '${d.waarde}', die geen getal is.`,
  find: (g) => (g.notANumber ? { data: { waarde: g.notANumber.token }, line: g.notANumber.line } : undefined),
})
