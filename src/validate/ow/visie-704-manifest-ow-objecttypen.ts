/**
 * VISIE-704: manifest-ow.xml lists, per Bestand, the object types of that file; they must match what the file
 * holds (the sl:objectTypen of the file itself is OZON0013's). Files missing from the package are LVBB1016's.
 * A waarschuwing: no chain rule is known for it, and pv28 (accepted by the LVBB) lists Divisie without having one.
 */
import { defineRule } from '../rule.js'
import { manifestOwEntries } from '../manifests.js'
import { owSide } from './objects.js'

export const visie704 = defineRule({
  code: 'VISIE-704',
  layer: 'ow',
  severity: 'waarschuwing',
  title: 'Objecttypen in manifest-ow.xml passen niet bij het OW-bestand',
  message: (d) => `manifest-ow.xml noemt voor '${d.bestand}' de objecttypen [${d.manifest}], maar het bestand bevat [${d.inhoud}].`,
  check(view, report) {
    const side = owSide(view)
    for (const listed of manifestOwEntries(view)) {
      if (!side.files.some((f) => f.file === listed.name)) continue
      const inhoud = [...new Set(side.objects.filter((o) => o.at.file === listed.name).map((o) => o.type))].sort()
      const manifest = [...new Set(listed.objecttypen ?? [])].sort()
      if (inhoud.join() !== manifest.join()) {
        report({ data: { bestand: listed.name, manifest: manifest.join(', '), inhoud: inhoud.join(', ') }, at: { file: listed.file, xpath: listed.xpath, line: listed.line } })
      }
    }
  },
})
