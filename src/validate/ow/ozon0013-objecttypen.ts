/**
 * OZON0013 "Het type van het owObject moet voorkomen in de lijst objectTypen in de inhoud": the direction the chain
 * checks. A type listed without an object of that type is not refused by the chain (nothing is reported for it).
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

export const ozon0013 = defineRule({
  code: 'OZON0013',
  layer: 'ow',
  severity: 'blokkerend',
  dependsOn: ['eigen'],
  title: 'Type van een OW-object ontbreekt in sl:objectTypen',
  message: (d) => `${d.bestand} bevat ${d.type}-objecten, maar sl:objectTypen noemt ${d.type} niet.`,
  check(view, report) {
    const side = owSide(view)
    for (const f of side.files) {
      const present = new Set(side.objects.filter((o) => o.at.file === f.file).map((o) => o.type))
      const listed = new Set(f.objectTypen)
      for (const type of [...present].sort()) if (!listed.has(type)) report({ data: { bestand: f.file, type }, at: f.at })
    }
  },
})
