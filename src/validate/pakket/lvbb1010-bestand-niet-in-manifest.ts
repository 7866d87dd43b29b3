/** LVBB1010 "Alle bestanden, die aanwezig zijn in de aangeleverde zip, moeten genoemd zijn in manifest.xml". */
import { defineRule } from '../rule.js'
import { manifestEntries } from '../manifests.js'

export const lvbb1010 = defineRule({
  code: 'LVBB1010',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'Bestand in het pakket staat niet in manifest.xml',
  message: (d) => `Het bestand '${d.bestand}' zit in het pakket maar staat niet in manifest.xml.`,
  check(view, report) {
    const listed = manifestEntries(view)
    if (listed.length === 0) return // no (readable) manifest: LVBB1003 or the XML check reports that
    const exact = new Set(listed.map((l) => l.name))
    const folded = new Set(listed.map((l) => l.name.toLowerCase()))
    for (const name of [...view.names, ...(view.pkg.skipped ?? [])].sort()) {
      // A case-only difference is LVBB1009's finding (one cause, one finding).
      if (!exact.has(name) && !folded.has(name.toLowerCase())) report({ data: { bestand: name }, at: { file: name } })
    }
  },
})
