/**
 * TPOD1892 "De identificatie van een OW-object voldoet aan de volgende reguliere expressie" (the XSD's NEN3610ID
 * pattern, imow-ow.md §2.4) and TPOD1890 "De identificatie van een OW-object moet overeenkomen met het type
 * OW-object" (the type segment names the element: `l:Gebiedengroep` → `.gebiedengroep.`), reported with OZON5001,
 * the code OZON gives that rule (imow-ow.md §2.4: TPOD1890/OZON5001), as for the other TPOD/OZON pairs.
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

const pattern =
  /^nl\.imow-(gm|pv|ws|mn|mnre)[0-9]{1,6}\.(regeltekst|gebied|gebiedengroep|lijn|lijnengroep|punt|puntengroep|activiteit|gebiedsaanwijzing|omgevingswaarde|omgevingsnorm|pons|kaart|tekstdeel|hoofdlijn|divisie|kaartlaag|juridischeregel|activiteitlocatieaanduiding|normwaarde|regelingsgebied|ambtsgebied|divisietekst)\.[A-Za-z0-9]{1,32}$/

/** Element local name → type segment, for elements whose segment is not simply the lowercased name. */
const juridischeRegels = new Set(['RegelVoorIedereen', 'Instructieregel', 'Omgevingswaarderegel'])

export function expectedSegment(type: string): string {
  return juridischeRegels.has(type) ? 'juridischeregel' : type.toLowerCase()
}

export const tpod1892 = defineRule({
  code: 'TPOD1892',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'OW-identificatie volgt het patroon nl.imow-<bg>.<type>.<id> niet',
  message: (d) => `De identificatie '${d.identificatie}' van ${d.type} volgt het patroon nl.imow-<bevoegd gezag>.<type>.<1-32 letters of cijfers> niet.`,
  check(view, report) {
    for (const o of owSide(view).objects) {
      if (!pattern.test(o.identificatie)) report({ data: { identificatie: o.identificatie, type: o.type }, at: o.at })
    }
  },
})

export const ozon5001 = defineRule({
  code: 'OZON5001',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Type in de OW-identificatie past niet bij het object',
  message: (d) => `${d.type} heeft identificatie '${d.identificatie}' met type '${d.segment}'; verwacht '${d.verwacht}'.`,
  check(view, report) {
    for (const o of owSide(view).objects) {
      if (!pattern.test(o.identificatie)) continue // TPOD1892's finding
      const segment = o.identificatie.split('.')[2] ?? ''
      const verwacht = expectedSegment(o.type)
      if (segment !== verwacht) report({ data: { identificatie: o.identificatie, type: o.type, segment, verwacht }, at: o.at })
    }
  },
})
