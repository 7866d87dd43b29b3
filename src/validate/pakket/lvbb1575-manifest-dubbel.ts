/**
 * LVBB1575 "Het manifest.xml MOET unieke bestanden bevatten": a bestandsnaam listed twice in manifest.xml, reported at
 * the second listing (names compare exactly, as the ZIP's).
 */
import { defineRule } from '../rule.js'
import { manifestEntries } from '../manifests.js'

export const lvbb1575 = defineRule({
  code: 'LVBB1575',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'manifest.xml noemt een bestand meer dan eens',
  message: (d) => `manifest.xml noemt '${d.bestand}' opnieuw (eerder op regel ${d.eerder}); elk bestand staat er één keer in.`,
  check(view, report) {
    const first = new Map<string, number>()
    for (const l of manifestEntries(view)) {
      const eerder = first.get(l.name)
      if (eerder === undefined) first.set(l.name, l.line)
      else report({ data: { bestand: l.name, eerder }, at: { file: l.file, xpath: l.xpath, line: l.line } })
    }
  },
})
