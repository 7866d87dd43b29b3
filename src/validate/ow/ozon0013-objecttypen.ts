/**
 * OZON0013 (imow-ow.md §3.1): sl:objectTypen of an owBestand lists every OW object type in the file, and no other.
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

export const ozon0013 = defineRule({
  code: 'OZON0013',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'sl:objectTypen past niet bij de objecten in het OW-bestand',
  message: (d) => (d.soort === 'ontbreekt' ? `${d.bestand} bevat ${d.type}-objecten, maar sl:objectTypen noemt ${d.type} niet.` : `sl:objectTypen in ${d.bestand} noemt ${d.type}, maar het bestand bevat geen ${d.type}-object.`),
  check(view, report) {
    const side = owSide(view)
    for (const f of side.files) {
      const present = new Set(side.objects.filter((o) => o.at.file === f.file).map((o) => o.type))
      const listed = new Set(f.objectTypen)
      for (const type of [...present].sort()) if (!listed.has(type)) report({ data: { bestand: f.file, type, soort: 'ontbreekt' }, at: f.at })
      for (const type of [...listed].sort()) if (!present.has(type)) report({ data: { bestand: f.file, type, soort: 'teveel' }, at: f.at })
    }
  },
})
