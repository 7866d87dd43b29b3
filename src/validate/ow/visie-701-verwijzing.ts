/**
 * VISIE-701: an OW reference (LocatieRef, GebiedRef, DivisietekstRef, HoofdlijnRef, GebiedsaanwijzingRef, …) to an
 * identificatie that no OW object in the package has. The chain also resolves refs to objects delivered earlier
 * (OZON0053/0096/0124); for a first delivery, as a new omgevingsvisie is, every target must be in the package.
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

export const visie701 = defineRule({
  code: 'VISIE-701',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'OW-verwijzing naar een object dat niet in het pakket zit',
  message: (d) => `${d.type} ${d.identificatie} verwijst met ${d.soort} naar '${d.doel}', maar geen OW-object in het pakket heeft die identificatie.`,
  check(view, report) {
    const side = owSide(view)
    for (const o of side.objects) {
      for (const r of o.refs) {
        if (r.kind === 'GeometrieRef' || side.byId.has(r.href)) continue
        report({ data: { type: o.type, identificatie: o.identificatie, soort: r.kind, doel: r.href }, at: r.at })
      }
    }
  },
})
