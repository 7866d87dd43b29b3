/**
 * OZON0086 "Naar iedere aangeleverde geometrie moet verwezen worden door een locatie", OZON's code for TPOD2230 "Aan
 * iedere Geometrie in een regeling moet een OW-Locatie gekoppeld zijn" (blokkerend; the chain reports the OZON code), and OZON0370
 * "Een Geometrie mag niet gebruikt worden in twee of meer OW-Locaties" (blokkerend in the OZON validatiematrix; the
 * Geonovum test package pv28 of 2021 predates it and breaks it). Only judged with OW objects.
 */
import { defineRule, type Rule } from '../rule.js'
import { geoSurvey } from '../geo/survey.js'
import { perView } from '../view.js'
import { owSide } from './objects.js'

/** The identificaties of the OW objects whose l:GeometrieRef names each basisgeo:id, in object order; once for both rules. */
const locatiesByGeometrie = perView((view) => {
  const locaties = new Map<string, string[]>()
  for (const o of owSide(view).objects) {
    for (const r of o.refs) {
      if (r.kind !== 'GeometrieRef') continue
      const list = locaties.get(r.href)
      if (list === undefined) locaties.set(r.href, [o.identificatie])
      else list.push(o.identificatie)
    }
  }
  return locaties
})

function geometryLinkRule(code: string, tooMany: boolean): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    dependsOn: ['ow', 'eigen'],
    title: tooMany ? 'Geometrie met meer dan één OW-Locatie' : 'Geometrie zonder OW-Locatie',
    message: (d) =>
      tooMany
        ? `Geometrie ${d.id} in ${d.bestand} heeft ${d.aantal} OW-Locaties (${d.locaties}); verwacht precies één.`
        : `Geometrie ${d.id} in ${d.bestand} heeft geen OW-Locatie (geen l:GeometrieRef verwijst ernaar).`,
    check(view, report) {
      if (owSide(view).objects.length === 0) return
      const locaties = locatiesByGeometrie(view)
      for (const g of geoSurvey(view).geometrieen) {
        if (g.id === undefined) continue
        const found = locaties.get(g.id) ?? []
        if (tooMany ? found.length > 1 : found.length === 0) {
          report({ data: { id: g.id, bestand: g.file, aantal: found.length, locaties: found.join(', ') }, at: { file: g.file, xpath: g.xpath, line: g.line } })
        }
      }
    },
  })
}

/** OZON0086 (TPOD2230). */
export const ozon0086 = geometryLinkRule('OZON0086', false)
export const ozon0370 = geometryLinkRule('OZON0370', true)
