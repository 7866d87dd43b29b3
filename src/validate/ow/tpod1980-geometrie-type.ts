/**
 * TPOD1960 / TPOD1970 / TPOD1980 (Validaties-TPOD.md): the geometry a Lijn, Punt or Gebied points at (l:GeometrieRef →
 * basisgeo:id) is a GM_Curve/GM_MultiCurve, a GM_Point/GM_MultiPoint or a GM_Surface/GM_MultiSurface. Reported at the
 * GeometrieRef; silent when the geometry is not in the package (OZON0066–0068) or of no kind the scan knows
 * (GEOMETRY.03.1 owns an empty one).
 */
import { geometrieById } from '../geo/survey.js'
import { defineRule, type Rule } from '../rule.js'
import { owSide } from './objects.js'

type Soort = 'vlak' | 'lijn' | 'punt'

const names: Readonly<Record<Soort, string>> = { vlak: 'vlak (GM_Surface of GM_MultiSurface)', lijn: 'lijn (GM_Curve of GM_MultiCurve)', punt: 'punt (GM_Point of GM_MultiPoint)' }

function geometrieTypeRule(code: string, type: 'Gebied' | 'Lijn' | 'Punt', verwacht: Soort): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    dependsOn: ['ow', 'gml'],
    title: `Geometrie van een ${type} is geen ${names[verwacht]}`,
    message: (d) => `${type} ${d.identificatie} verwijst naar geometrie ${d.doel} in ${d.bestand}, maar dat is een ${d.soort}; een ${type} heeft een ${names[verwacht]}.`,
    check(view, report) {
      const soorten = geometrieById(view)
      for (const o of owSide(view).objects) {
        if (o.type !== type) continue
        for (const r of o.refs) {
          const g = r.kind === 'GeometrieRef' ? soorten.get(r.href) : undefined
          if (!g || g.soort === 'onbekend' || g.soort === verwacht) continue
          report({ data: { identificatie: o.identificatie, doel: r.href, bestand: g.file, soort: names[g.soort] }, at: r.at })
        }
      }
    },
  })
}

export const tpod1960 = geometrieTypeRule('TPOD1960', 'Lijn', 'lijn')
export const tpod1970 = geometrieTypeRule('TPOD1970', 'Punt', 'punt')
export const tpod1980 = geometrieTypeRule('TPOD1980', 'Gebied', 'vlak')
