/**
 * VISIE-601: RD coordinates with more than 3 decimals (product.md §6: "coordinates rounded to 3 decimals (mm)";
 * STOP GIO practice). Only for RD (EPSG:28992); degrees in ETRS89 need more decimals. A waarschuwing: no chain rule
 * refuses more decimals (GIOs from other software carry them), it only costs precision nobody measured.
 */
import { geoRule } from './rule-helpers.js'
import { RD } from './survey.js'

export const visie601 = geoRule({
  code: 'VISIE-601',
  severity: 'waarschuwing',
  title: 'RD-coördinaten met meer dan 3 decimalen',
  message: (d) => `Geometrie ${d.id} in ${d.bestand} heeft RD-coördinaten met ${d.decimalen} decimalen (bijv. ${d.waarde}); verwacht hoogstens 3 (millimeters).`,
  find: (g) => (g.srsName === RD && g.tooPrecise ? { data: { decimalen: g.tooPrecise.decimals, waarde: g.tooPrecise.token }, line: g.tooPrecise.line } : undefined),
})
