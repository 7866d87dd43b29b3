/**
 * VISIE-607: a basisgeo:id used by more than one geometry in the package. Within one GIO this is STOP3013; across
 * GIOs the stelsel refuses one id with two shapes (OZON0132) and OW cannot tell the Locaties apart (TPOD2230).
 */
import { defineRule } from '../rule.js'
import { geoSurvey } from './survey.js'

export const visie607 = defineRule({
  code: 'VISIE-607',
  layer: 'geo',
  severity: 'blokkerend',
  dependsOn: ['gml'],
  title: 'basisgeo:id komt meer dan eens voor',
  message: (d) => `basisgeo:id ${d.id} in ${d.bestand} komt ook voor in ${d.eerder} (regel ${d.eerderRegel}); elke geometrie heeft een eigen id.`,
  check(view, report) {
    const first = new Map<string, { file: string; line: number }>()
    for (const g of geoSurvey(view).geometrieen) {
      if (g.id === undefined) continue
      const earlier = first.get(g.id)
      if (!earlier) first.set(g.id, { file: g.file, line: g.line })
      else report({ data: { id: g.id, bestand: g.file, eerder: earlier.file, eerderRegel: earlier.line }, at: { file: g.file, xpath: g.xpath, line: g.line } })
    }
  },
})
