/**
 * VISIE-703 (waarschuwing): a waardelijst value marked deprecated in IMOW waardelijsten 4.3.0 (e.g. seven Thema values
 * that expire on 15-10-2026, imow-ow.md §4.3). The chain still accepts them until they are withdrawn.
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'
import { waardelijstVelden } from './waardelijst-velden.js'
import { loadWaardelijsten } from './waardelijsten.js'

export const visie703 = defineRule({
  code: 'VISIE-703',
  layer: 'ow',
  severity: 'waarschuwing',
  title: 'Waarde uit een waardelijst is verouderd (deprecated)',
  message: (d) => `${d.type} ${d.identificatie}: ${d.veld} '${d.term}' is in waardelijst ${d.lijst} als verouderd gemarkeerd; kies een actuele waarde.`,
  check(view, report) {
    const lists = loadWaardelijsten(view.ctx.schemasDir)
    if (!lists) return
    for (const v of waardelijstVelden(owSide(view).objects, lists)) {
      const w = lists.byUri.get(v.value)
      if (w && w.lijst === v.lijst && w.deprecated) {
        report({ data: { type: v.object.type, identificatie: v.object.identificatie, veld: v.veld, term: w.term, lijst: v.lijst }, at: v.at })
      }
    }
  },
})
