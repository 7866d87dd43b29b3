/** GEOMETRY.03.1 "geometrie is afwezig": a GML file in the package with no basisgeo:Geometrie at all. */
import { defineRule } from '../rule.js'
import { geoSurvey } from './survey.js'

export const geometry031 = defineRule({
  code: 'GEOMETRY.03.1',
  layer: 'geo',
  severity: 'blokkerend',
  dependsOn: ['eigen'],
  title: 'GML-bestand zonder geometrie',
  message: (d) => `${d.bestand} bevat geen enkele basisgeo:Geometrie.`,
  check(view, report) {
    for (const file of geoSurvey(view).empty) report({ data: { bestand: file }, at: { file } })
  },
})
