/**
 * LVBB1027 "Bestand manifest-ow.xml MOET aanwezig zijn ... bij <validatieOpdracht>/<publicatieOpdracht> van een
 * besluit". A besluit is recognised by an AanleveringBesluit file in the package.
 */
import { defineRule } from '../rule.js'
import { MANIFEST_OW } from '../manifests.js'

export const lvbb1027 = defineRule({
  code: 'LVBB1027',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'manifest-ow.xml ontbreekt bij een besluit',
  message: (d) => `Het pakket levert een besluit (${d.besluit}) maar bevat geen manifest-ow.xml; dat is verplicht bij een besluit.`,
  check(view, report) {
    const besluit = view.withRole('besluit')[0]
    if (besluit && !view.has(MANIFEST_OW)) report({ data: { besluit, bestand: MANIFEST_OW } })
  },
})
