/**
 * LVBB1009 "Alle bestanden, die genoemd zijn in manifest.xml moeten aanwezig zijn in de aangeleverde zip".
 * Names compare case-exactly; when only the case differs the message names the ZIP entry (and LVBB1010 stays silent).
 */
import { defineRule } from '../rule.js'
import { manifestEntries } from '../manifests.js'

export const lvbb1009 = defineRule({
  code: 'LVBB1009',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'Bestand uit manifest.xml ontbreekt in het pakket',
  message: (d) =>
    d.inPakket
      ? `manifest.xml noemt '${d.bestand}', maar het pakket bevat '${d.inPakket}' (hoofd- en kleine letters verschillen; namen moeten exact gelijk zijn).`
      : `manifest.xml noemt '${d.bestand}', maar dat bestand zit niet in het pakket.`,
  check(view, report) {
    for (const listed of manifestEntries(view)) {
      if (view.has(listed.name)) continue
      const other = view.names.find((n) => n.toLowerCase() === listed.name.toLowerCase())
      report({
        data: other ? { bestand: listed.name, inPakket: other } : { bestand: listed.name },
        at: { file: listed.file, xpath: listed.xpath, line: listed.line },
      })
    }
  },
})
