/** VISIE-605: an RD coordinate outside the EPSG:28992 bounds (-7000..300000, 289000..629000): wrong CRS or axis order. */
import { geoRule } from './rule-helpers.js'
import { rdExtent } from './survey.js'

export const visie605 = geoRule({
  code: 'VISIE-605',
  title: 'RD-coördinaat buiten het RD-gebied',
  message: (d) =>
    `Geometrie ${d.id} in ${d.bestand} heeft het punt (${d.x} ${d.y}) buiten het RD-gebied (x ${rdExtent.minX}..${rdExtent.maxX}, y ${rdExtent.minY}..${rdExtent.maxY}); is het coördinaatstelsel of de asvolgorde juist?`,
  find: (g) => (g.outside ? { data: { x: g.outside.x, y: g.outside.y }, line: g.line } : undefined),
})
