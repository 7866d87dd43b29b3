/**
 * TPOD1300 "Een attribuut waarvoor een waarde uit een waardelijst moet worden gekozen, moet de uri van die waarde
 * uit de betreffende waardelijst bevatten" — checked against the installed IMOW waardelijsten 4.3.0.
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'
import { waardelijstVelden } from './waardelijst-velden.js'
import { loadWaardelijsten } from './waardelijsten.js'

export const tpod1300 = defineRule({
  code: 'TPOD1300',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Waarde komt niet uit de voorgeschreven waardelijst',
  message: (d) => `${d.type} ${d.identificatie}: ${d.veld} '${d.waarde}' staat niet in waardelijst ${d.lijst} (IMOW-waardelijsten ${d.versie}).`,
  check(view, report) {
    const lists = loadWaardelijsten(view.ctx.schemasDir)
    if (!lists) return // VISIE-705 says the lists are missing
    for (const v of waardelijstVelden(owSide(view).objects, lists)) {
      if (lists.byUri.get(v.value)?.lijst !== v.lijst) {
        report({ data: { type: v.object.type, identificatie: v.object.identificatie, veld: v.veld, waarde: v.value, lijst: v.lijst, versie: lists.versie }, at: v.at })
      }
    }
  },
})
