/**
 * LVBB3003 "Controleer of srsName (coördinatensysteem) is opgegeven voor de geometrieën" and GEOMETRY.03.5
 * "geometrie niet conform crs configuratie": GIOs use RD New `urn:ogc:def:crs:EPSG::28992` or ETRS89
 * `urn:ogc:def:crs:EPSG::4258` (imow-ow.md §5.1; STOP3020 in the Schematron checks the same when it runs).
 */
import { geoRule } from './rule-helpers.js'
import { ETRS89, RD } from './survey.js'

export const lvbb3003 = geoRule({
  code: 'LVBB3003',
  title: 'Coördinaatstelsel (srsName) ontbreekt',
  message: (d) => `Geometrie ${d.id} in ${d.bestand} heeft geen srsName; verwacht ${RD}.`,
  find: (g) => (g.srsName === undefined || g.srsName === '' ? { data: {}, line: g.line } : undefined),
})

export const geometry035 = geoRule({
  code: 'GEOMETRY.03.5',
  title: 'Coördinaatstelsel (srsName) is niet toegestaan',
  message: (d) => `Geometrie ${d.id} in ${d.bestand} heeft srsName '${d.srsName}'; verwacht ${RD} (of ${ETRS89}).`,
  find: (g) => (g.srsName && g.srsName !== RD && g.srsName !== ETRS89 ? { data: { srsName: g.srsName }, line: g.line } : undefined),
})
