/** VISIE-609: a GML file in the package with no basisgeo:Geometrie at all (a GIO needs at least one Locatie). */
import { defineRule } from '../rule.js'
import { geoSurvey } from './survey.js'

export const visie609 = defineRule({
  code: 'VISIE-609',
  layer: 'geo',
  severity: 'blokkerend',
  title: 'GML-bestand zonder geometrie',
  message: (d) => `${d.bestand} bevat geen enkele basisgeo:Geometrie.`,
  check(view, report) {
    for (const file of geoSurvey(view).empty) report({ data: { bestand: file }, at: { file } })
  },
})
