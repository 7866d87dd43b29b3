/** VISIE-705 (informatie): the IMOW waardelijsten are not installed, so TPOD1300/VISIE-703 could not be checked. */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'
import { loadWaardelijsten, WAARDELIJSTEN_FILE } from './waardelijsten.js'

export const visie705 = defineRule({
  code: 'VISIE-705',
  layer: 'ow',
  severity: 'informatie',
  title: 'IMOW-waardelijsten niet geïnstalleerd: waardelijstcontroles overgeslagen',
  message: (d) => `De IMOW-waardelijsten (${d.bestand}) zijn niet gevonden in ${d.schemas}; waarden van thema, idealisatie en gebiedsaanwijzingen zijn niet gecontroleerd. Installeer ze met 'visie schemas install'.`,
  check(view, report) {
    if (owSide(view).objects.length > 0 && !loadWaardelijsten(view.ctx.schemasDir)) report({ data: { bestand: WAARDELIJSTEN_FILE, schemas: view.ctx.schemasDir } })
  },
})
