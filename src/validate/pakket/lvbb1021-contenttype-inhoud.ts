/**
 * LVBB1021 "Het gespecificeerde contenttype moet overeen komen met het werkelijke contenttype": the declared type
 * against the bytes (PDF magic number, XML vs GML by name and root). Types outside the list are LVBB1019's; images
 * (declared image/* or PNG/JPEG bytes) are LVBB1017's and LVBB1018's; the file of an informatieobject is LVBB3507's.
 */
import { entryHead, entrySize, type PackageEntry } from '../layer.js'
import { defineRule } from '../rule.js'
import { ioBestanden } from '../lvbb/besluit.js'
import { manifestEntries } from '../manifests.js'
import { allowedContentTypes } from './lvbb1019-contenttype-toegestaan.js'

export const lvbb1021 = defineRule({
  code: 'LVBB1021',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'contentType in manifest.xml past niet bij de inhoud',
  message: (d) => `manifest.xml geeft '${d.bestand}' contentType '${d.contentType}', maar de inhoud is ${d.werkelijk}.`,
  check(view, report) {
    const ioFiles = ioBestanden(view)
    for (const l of manifestEntries(view)) {
      const entry = view.file(l.name)
      if (!entry || entrySize(entry) === 0 || !l.contentType || !allowedContentTypes.includes(l.contentType) || ioFiles.has(l.name)) continue
      const actual = sniff(entry)
      if (l.contentType.startsWith('image/') || actual?.startsWith('image/')) continue
      if (actual && actual !== l.contentType) {
        report({ data: { bestand: l.name, contentType: l.contentType, werkelijk: actual }, at: { file: l.file, xpath: l.xpath, line: l.line } })
      }
    }
  },
})

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** What the bytes are: an image type, application/pdf, application/gml+xml, application/xml or 'geen XML'. */
export function sniff(entry: PackageEntry): string | undefined {
  const b = entryHead(entry, 4096)
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'image/png'
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf'
  const head = new TextDecoder().decode(b.subarray(0, 4096))
  if (!/^(\uFEFF)?\s*</.test(head)) return 'geen XML'
  return /<([\w-]+:)?GeoInformatieObjectVaststelling[\s>]/.test(head) ? 'application/gml+xml' : 'application/xml'
}
