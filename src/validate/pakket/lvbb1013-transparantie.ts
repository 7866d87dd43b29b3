/**
 * LVBB1013 "Plaatjes mogen geen transparantie hebben" (Validaties-LVBB-STOP-BHKV.md): a PNG with colour type 4 or 6
 * (an alpha channel) or a tRNS chunk. JPEG cannot be transparent.
 */
import { defineRule } from '../rule.js'
import { afbeeldingen } from './afbeeldingen.js'
import { pngTransparency } from './image.js'

const uitleg: Readonly<Record<string, string>> = {
  'kleurtype 4': 'grijswaarden met alfakanaal (kleurtype 4)',
  'kleurtype 6': 'RGB met alfakanaal (kleurtype 6)',
  tRNS: 'een tRNS-blok (transparante kleur)',
}

export const lvbb1013 = defineRule({
  code: 'LVBB1013',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'afbeelding heeft transparantie',
  message: (d) => `Afbeelding '${d.bestand}' heeft transparantie: ${uitleg[String(d.reden)] ?? d.reden}; sla haar op zonder alfakanaal.`,
  check(view, report) {
    for (const a of afbeeldingen(view)) {
      const reden = a.format === 'image/png' ? pngTransparency(a.bytes) : undefined
      if (reden) report({ data: { bestand: a.name, reden }, at: { file: a.name } })
    }
  },
})
