/**
 * LVBB1018 "Het gespecificeerde contenttype van een afbeelding moet overeen komen met het werkelijke contenttype": a
 * PNG or JPEG whose manifest.xml contentType is another allowed type. Types outside the list are LVBB1019's,
 * unsupported image formats LVBB1017's; other files' content types LVBB1021's.
 */
import { defineRule } from '../rule.js'
import { afbeeldingen, placeOfImage } from './afbeeldingen.js'
import { SUPPORTED } from './image.js'
import { allowedContentTypes } from './lvbb1019-contenttype-toegestaan.js'

export const lvbb1018 = defineRule({
  code: 'LVBB1018',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'contentType van een afbeelding in manifest.xml past niet bij de inhoud',
  message: (d) => `manifest.xml geeft afbeelding '${d.bestand}' contentType '${d.contentType}', maar het is ${d.werkelijk}.`,
  check(view, report) {
    for (const a of afbeeldingen(view)) {
      const contentType = a.listed?.contentType
      if (!a.listed || !contentType || !a.format || !SUPPORTED.includes(a.format) || !allowedContentTypes.includes(contentType)) continue
      if (contentType !== a.format) {
        report({ data: { bestand: a.name, contentType, werkelijk: a.format }, at: placeOfImage(a) })
      }
    }
  },
})
