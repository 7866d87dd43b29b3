/** LVBB1003 "Bestand manifest.xml MOET aanwezig zijn in het aangeleverde zip-bestand." */
import { defineRule } from '../rule.js'
import { MANIFEST } from '../manifests.js'

export const lvbb1003 = defineRule({
  code: 'LVBB1003',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'manifest.xml ontbreekt',
  message: () => `Het pakket bevat geen ${MANIFEST}; het manifest noemt elk bestand van het pakket.`,
  check(view, report) {
    if (!view.has(MANIFEST)) report({ data: { bestand: MANIFEST } })
  },
})
