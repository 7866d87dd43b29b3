/**
 * The objecttype values of manifest-ow.xml: REFERENTIE.04 (the LVBB's reference check) when a value is no OW object
 * type at all (allowed: imow-ow.md §3, TPOD1150), LVBB1025 when it is Geometrie ("In het manifest-OW mag het
 * objecttype Geometrie niet voorkomen"; geometry travels in the GIO's GML, listed in manifest.xml), LVBB1026 when an OW
 * file's name ends in '.gml'.
 */
import { manifestOwEntries } from '../manifests.js'
import { defineRule, type Rule } from '../rule.js'

/** TPOD1150 / OZON0010 (Validaties-TPOD.md, imow-ow.md §4): the object types an OW delivery may name. */
export const owObjectTypes: readonly string[] = [
  'Activiteit', 'Ambtsgebied', 'Divisie', 'Divisietekst', 'Gebied', 'Gebiedengroep', 'Gebiedsaanwijzing', 'Hoofdlijn', 'Instructieregel', 'Kaart',
  'Kaartlaag', 'Lijn', 'Lijnengroep', 'Omgevingsnorm', 'Omgevingswaarde', 'Omgevingswaarderegel', 'Pons', 'Punt', 'Puntengroep', 'Regelingsgebied',
  'Regeltekst', 'RegelVoorIedereen', 'SymbolisatieItem', 'Tekstdeel',
]

function objecttypeRule(code: string, geometrie: boolean): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: geometrie ? 'Objecttype Geometrie in manifest-ow.xml' : 'Onbekend objecttype in manifest-ow.xml',
    message: (d) =>
      geometrie
        ? `manifest-ow.xml noemt voor '${d.bestand}' het objecttype Geometrie; geometrie hoort in de GML van een GIO en staat niet in manifest-ow.xml.`
        : `manifest-ow.xml noemt voor '${d.bestand}' het objecttype '${d.objecttype}', maar dat is geen OW-objecttype (toegestaan: ${owObjectTypes.join(', ')}).`,
    check(view, report) {
      for (const listed of manifestOwEntries(view)) {
        for (const t of listed.objecttypen ?? []) {
          if ((t === 'Geometrie') !== geometrie || (!geometrie && owObjectTypes.includes(t))) continue
          report({ data: { bestand: listed.name, objecttype: t }, at: { file: listed.file, xpath: listed.xpath, line: listed.line } })
        }
      }
    },
  })
}

export const lvbb1025 = objecttypeRule('LVBB1025', true)

/** LVBB1026 "In het manifest-OW mag een bestandsnaam niet eindigen op '.gml'": OW files are XML, GML belongs to a GIO. */
export const lvbb1026 = defineRule({
  code: 'LVBB1026',
  layer: 'ow',
  severity: 'blokkerend',
  title: "Bestandsnaam in manifest-ow.xml eindigt op '.gml'",
  message: (d) => `manifest-ow.xml noemt OW-bestand '${d.bestand}'; een OW-bestand is XML en zijn naam eindigt niet op '.gml' (GML hoort bij een GIO).`,
  check(view, report) {
    for (const listed of manifestOwEntries(view)) {
      if (/\.gml$/i.test(listed.name)) report({ data: { bestand: listed.name }, at: { file: listed.file, xpath: listed.xpath, line: listed.line } })
    }
  },
})
export const referentie04 = objecttypeRule('REFERENTIE.04', false)
