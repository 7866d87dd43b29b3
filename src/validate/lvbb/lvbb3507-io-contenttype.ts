/**
 * LVBB3507 "Het content-type van het meegeleverd bestand bij de IO MOET 'application/pdf' of 'application/gml+xml'
 * zijn. Het opgegeven content-type moet overeenkomen met de inhoud van het bestand." The contentType is the one
 * manifest.xml gives the file an IO names; a file missing from manifest or package is LVBB1009/LVBB3506's.
 */
import { entrySize } from '../layer.js'
import { manifestEntries } from '../manifests.js'
import { sniff } from '../pakket/lvbb1021-contenttype-inhoud.js'
import { defineRule } from '../rule.js'
import { ioBestanden } from './besluit.js'

const ioTypes: readonly string[] = ['application/gml+xml', 'application/pdf']

export const lvbb3507 = defineRule({
  code: 'LVBB3507',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'contentType van het bestand van een informatieobject is niet PDF of GML, of past niet bij de inhoud',
  message: (d) =>
    d.werkelijk
      ? `manifest.xml geeft '${d.bestand}' (bestand van een informatieobject) contentType '${d.contentType}', maar de inhoud is ${d.werkelijk}.`
      : `manifest.xml geeft '${d.bestand}' (bestand van een informatieobject) contentType '${d.contentType}'; verwacht ${ioTypes.join(' of ')}.`,
  check(view, report) {
    const ioFiles = ioBestanden(view)
    for (const l of manifestEntries(view)) {
      if (!ioFiles.has(l.name)) continue
      const contentType = l.contentType ?? ''
      // The listing is its own place: its xpath is computed only if a finding reports it (xpathOf walks the siblings).
      const at = l
      if (!ioTypes.includes(contentType)) {
        report({ data: { bestand: l.name, contentType }, at })
        continue
      }
      const entry = view.file(l.name)
      const actual = entry && entrySize(entry) > 0 ? sniff(entry) : undefined
      if (actual && actual !== contentType) report({ data: { bestand: l.name, contentType, werkelijk: actual }, at })
    }
  },
})
