/**
 * LVBB1019 "Het gespecificeerde contenttype moet voorkomen in de lijst met toegestane mimetypes"; LVBB1020 "Het
 * aangeleverde contenttype moet ingevuld zijn" is the chain's own code for an empty one. Allowed list: stop-lvbb.md §2.1 (XML, GML, PNG, JPEG, PDF). The file
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
      if (contentType !== '' && !allowedContentTypes.includes(contentType) && !ioFiles.has(l.name)) {
        report({ data: { bestand: l.name, contentType }, at: { file: l.file, xpath: l.xpath, line: l.line } })
      }
    }
  },
})

export const lvbb1020 = defineRule({
  code: 'LVBB1020',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'contentType in manifest.xml is leeg',
  message: (d) => `manifest.xml geeft '${d.bestand}' geen contentType; vul het in (${allowedContentTypes.join(', ')}).`,
  check(view, report) {
    for (const l of manifestEntries(view)) {
      if ((l.contentType ?? '') === '') report({ data: { bestand: l.name }, at: { file: l.file, xpath: l.xpath, line: l.line } })
    }
  },
})
