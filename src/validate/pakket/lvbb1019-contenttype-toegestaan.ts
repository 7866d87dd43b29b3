/**
 * LVBB1019 "Het gespecificeerde contenttype moet voorkomen in de lijst met toegestane mimetypes" (with LVBB1020:
 * an empty contentType is not in the list either). Allowed list: stop-lvbb.md §2.1 (XML, GML, PNG, JPEG, PDF). The file
 * of an informatieobject has its own, narrower rule (LVBB3507).
 */
import { defineRule } from '../rule.js'
import { ioBestanden } from '../lvbb/besluit.js'
import { manifestEntries } from '../manifests.js'

export const allowedContentTypes: readonly string[] = ['application/gml+xml', 'application/pdf', 'application/xml', 'image/jpeg', 'image/png']

export const lvbb1019 = defineRule({
  code: 'LVBB1019',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'contentType in manifest.xml is niet toegestaan',
  message: (d) => `manifest.xml geeft '${d.bestand}' contentType '${d.contentType}'; toegestaan: ${allowedContentTypes.join(', ')}.`,
  check(view, report) {
    const ioFiles = ioBestanden(view)
    for (const l of manifestEntries(view)) {
      const contentType = l.contentType ?? ''
      if (!allowedContentTypes.includes(contentType) && !ioFiles.has(l.name)) {
        report({ data: { bestand: l.name, contentType }, at: { file: l.file, xpath: l.xpath, line: l.line } })
      }
    }
  },
})
