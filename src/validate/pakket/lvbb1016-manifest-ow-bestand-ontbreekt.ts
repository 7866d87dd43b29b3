/** LVBB1016 "Alle bestanden, die genoemd zijn in manifest-ow.xml moeten aanwezig zijn in de aangeleverde zip". */
import { defineRule } from '../rule.js'
import { manifestOwEntries } from '../manifests.js'

export const lvbb1016 = defineRule({
  code: 'LVBB1016',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'Bestand uit manifest-ow.xml ontbreekt in het pakket',
  message: (d) => `manifest-ow.xml noemt '${d.bestand}', maar dat bestand zit niet in het pakket.`,
  check(view, report) {
    for (const listed of manifestOwEntries(view)) {
      if (!view.has(listed.name)) report({ data: { bestand: listed.name }, at: { file: listed.file, xpath: listed.xpath, line: listed.line } })
    }
  },
})
