/**
 * VISIE-606: the geometry has no srsName, or one STOP does not allow: GIOs use RD New `urn:ogc:def:crs:EPSG::28992`
 * or ETRS89 `urn:ogc:def:crs:EPSG::4258` (imow-ow.md §5.1; STOP3020 in the Schematron checks the same when it runs).
 */
import { geoRule } from './rule-helpers.js'
import { ETRS89, RD } from './survey.js'

export const visie606 = geoRule({
  code: 'VISIE-606',
  title: 'Coördinaatstelsel (srsName) ontbreekt of is niet toegestaan',
  message: (d) =>
    d.srsName === '' ? `Geometrie ${d.id} in ${d.bestand} heeft geen srsName; verwacht ${RD}.` : `Geometrie ${d.id} in ${d.bestand} heeft srsName '${d.srsName}'; verwacht ${RD} (of ${ETRS89}).`,
  find: (g) => (g.srsName === RD || g.srsName === ETRS89 ? undefined : { data: { srsName: g.srsName ?? '' }, line: g.line }),
})
