/**
 * VISIE-702: a l:GeometrieRef whose xlink:href is no basisgeo:id of any GML in the package (imow-ow.md §5.2: the
 * href is the plain UUID of a basisgeo:Geometrie in a GIO).
 */
import { defineRule } from '../rule.js'
import { geoSurvey } from '../geo/survey.js'
import { owSide } from './objects.js'

export const visie702 = defineRule({
  code: 'VISIE-702',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'GeometrieRef naar een basisgeo:id die in geen GIO voorkomt',
  message: (d) => `${d.type} ${d.identificatie} verwijst naar geometrie '${d.doel}', maar geen GML-bestand in het pakket heeft die basisgeo:id.`,
  check(view, report) {
    const ids = new Set(geoSurvey(view).geometrieen.map((g) => g.id))
    for (const o of owSide(view).objects) {
      for (const r of o.refs) {
        if (r.kind === 'GeometrieRef' && !ids.has(r.href)) report({ data: { type: o.type, identificatie: o.identificatie, doel: r.href }, at: r.at })
      }
    }
  },
})
