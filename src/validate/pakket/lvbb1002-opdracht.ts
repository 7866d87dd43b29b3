/** LVBB1002 "Bestand opdracht.xml MOET aanwezig zijn in het aangeleverde zip-bestand." */
import { defineRule } from '../rule.js'
import { OPDRACHT } from '../manifests.js'

export const lvbb1002 = defineRule({
  code: 'LVBB1002',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'opdracht.xml ontbreekt',
  message: () => `Het pakket bevat geen ${OPDRACHT}; elk pakket heeft een opdracht.xml (publicatieOpdracht of validatieOpdracht).`,
  check(view, report) {
    if (!view.has(OPDRACHT)) report({ data: { bestand: OPDRACHT } })
  },
})
