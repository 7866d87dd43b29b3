/**
 * OZON0066/0067/0068 "Voor ieder Gebied / iedere Lijn / ieder Punt moet er een Geometrie aanwezig zijn in de
 * levering": the l:GeometrieRef's xlink:href (imow-ow.md §5.2: the plain UUID) is the basisgeo:id of a geometry in a
 * GML file of this package. Blocking: unlike other OW references, the matrix asks for the geometry in the delivery.
 * Not reported while a GML of the package was left unread (its own finding, e.g. LVBB1041 over 100 MB, is the cause):
 * each of the 90 000 Gebieden of a GIO one byte too large was otherwise a finding of its own.
 */
import { defineRule, type Rule } from '../rule.js'
import { geometrieById } from '../geo/survey.js'
import { isBeeindigd, isMutatie, owSide } from './objects.js'

function geometrieRule(code: string, type: 'Gebied' | 'Lijn' | 'Punt'): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    dependsOn: ['gml'],
    title: `Geometrie van een ${type} zit niet in de levering`,
    message: (d) => `${type} ${d.identificatie} verwijst naar geometrie '${d.doel}', maar geen GML-bestand in het pakket heeft die basisgeo:id.`,
    check(view, report) {
      // A wijzigingsbesluit does not deliver an unchanged GIO again, and an ended Gebied names the previous geometry.
      if (isMutatie(view)) return
      // A GML the package reader left unread (over the LVBB limit, say: its own finding says so) may hold the geometry.
      if ((view.pkg.skipped ?? []).some((name) => /\.gml$/i.test(name))) return
      const ids = geometrieById(view)
      for (const o of owSide(view).objects) {
        // An intrekking ends Gebieden whose GIOs stay with the previous version.
        if (o.type !== type || isBeeindigd(o)) continue
        for (const r of o.refs) {
          if (r.kind === 'GeometrieRef' && !ids.has(r.href)) report({ data: { identificatie: o.identificatie, doel: r.href }, at: r.at })
        }
      }
    },
  })
}

export const ozon0066 = geometrieRule('OZON0066', 'Gebied')
export const ozon0067 = geometrieRule('OZON0067', 'Lijn')
export const ozon0068 = geometrieRule('OZON0068', 'Punt')
