/**
 * OW references to objects that are not in the package (OZON validatiematrix: OZON0092/0093/0094/0204 for a
 * Tekstdeel, OZON0096 Gebiedsaanwijzing, OZON0124 Regelingsgebied, OZON0053/0059/0065 groepen, OZON0045-0047 regels,
 * OZON0217 Pons, OZON0349 Kaartlaag, OZON0109 anything else). The chain resolves a reference against the delivery
 * and the registry (an object delivered earlier), so offline this is a waarschuwing that says so, never blocking.
 * One finding per missing target: the objects that point at it are listed in it, not reported once each.
 */
import { defineRule, type Rule } from '../rule.js'
import { perView, type PackageView } from '../view.js'
import { owSide, type OwObject, type OwRef } from './objects.js'

interface RefCode {
  readonly code: string
  readonly title: string
  /** Referring object types (local names) and ref kinds; an empty list matches any. */
  readonly from: readonly string[]
  readonly kinds: readonly string[]
}

/** Sorted by code; the first match wins, OZON0109 (any OW reference) is the fallback. */
const codes: readonly RefCode[] = [
  { code: 'OZON0038', title: 'Activiteit van een RegelVoorIedereen bestaat niet', from: ['RegelVoorIedereen'], kinds: ['ActiviteitRef'] },
  { code: 'OZON0040', title: 'Gebiedsaanwijzing van een RegelVoorIedereen bestaat niet', from: ['RegelVoorIedereen'], kinds: ['GebiedsaanwijzingRef'] },
  { code: 'OZON0041', title: 'Gebiedsaanwijzing van een Instructieregel bestaat niet', from: ['Instructieregel'], kinds: ['GebiedsaanwijzingRef'] },
  { code: 'OZON0045', title: 'Locatie van een RegelVoorIedereen bestaat niet', from: ['RegelVoorIedereen'], kinds: ['LocatieRef'] },
  { code: 'OZON0046', title: 'Locatie van een Instructieregel bestaat niet', from: ['Instructieregel'], kinds: ['LocatieRef'] },
  { code: 'OZON0047', title: 'Locatie van een Omgevingswaarderegel bestaat niet', from: ['Omgevingswaarderegel'], kinds: ['LocatieRef'] },
  { code: 'OZON0053', title: 'Gebied van een Gebiedengroep bestaat niet', from: ['Gebiedengroep'], kinds: ['GebiedRef'] },
  { code: 'OZON0059', title: 'Lijn van een Lijnengroep bestaat niet', from: ['Lijnengroep'], kinds: ['LijnRef'] },
  { code: 'OZON0065', title: 'Punt van een Puntengroep bestaat niet', from: ['Puntengroep'], kinds: ['PuntRef'] },
  { code: 'OZON0092', title: 'Divisie of Divisietekst van een Tekstdeel bestaat niet', from: ['Tekstdeel'], kinds: ['DivisieRef', 'DivisietekstRef'] },
  { code: 'OZON0093', title: 'Gebiedsaanwijzing van een Tekstdeel bestaat niet', from: ['Tekstdeel'], kinds: ['GebiedsaanwijzingRef'] },
  { code: 'OZON0094', title: 'Hoofdlijn van een Tekstdeel bestaat niet', from: ['Tekstdeel'], kinds: ['HoofdlijnRef'] },
  { code: 'OZON0096', title: 'Locatie van een Gebiedsaanwijzing bestaat niet', from: ['Gebiedsaanwijzing'], kinds: ['LocatieRef'] },
  { code: 'OZON0124', title: 'Locatie van het Regelingsgebied bestaat niet', from: ['Regelingsgebied'], kinds: ['LocatieRef'] },
  { code: 'OZON0204', title: 'Locatie van een Tekstdeel bestaat niet', from: ['Tekstdeel'], kinds: ['LocatieRef'] },
  { code: 'OZON0217', title: 'Locatie van een Pons bestaat niet', from: ['Pons'], kinds: ['LocatieRef'] },
  { code: 'OZON0349', title: 'Object van een Kaartlaag bestaat niet', from: ['Kaartlaag'], kinds: [] },
]

/** The code the chain gives a dangling reference from `o` through `r`. */
export function referenceCode(o: OwObject, r: OwRef): string {
  const hit = codes.find((c) => c.from.includes(o.type) && (c.kinds.length === 0 || c.kinds.includes(r.kind)))
  return hit?.code ?? 'OZON0109'
}

type Dangling = Map<string, { readonly o: OwObject; readonly r: OwRef; readonly from: string[] }>

/**
 * The references to objects not in the package, by code and then by target, in object order: one pass over the
 * objects for all the rules (one pass per rule was 20 passes over 90 000 Locaties).
 */
const danglingReferences: (view: PackageView) => ReadonlyMap<string, Dangling> = perView((view) => {
  const side = owSide(view)
  const byCode = new Map<string, Dangling>()
  for (const o of side.objects) {
    for (const r of o.refs) {
      if (r.kind === 'GeometrieRef' || side.byId.has(r.href)) continue
      const code = referenceCode(o, r)
      const missing = byCode.get(code) ?? new Map()
      byCode.set(code, missing)
      const seen = missing.get(r.href)
      if (seen) seen.from.push(o.identificatie)
      else missing.set(r.href, { o, r, from: [o.identificatie] })
    }
  }
  return byCode
})

function referenceRule(code: string, title: string): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'waarschuwing',
    dependsOn: ['ow'],
    title,
    message: (d) =>
      `${d.type} ${d.identificatie} verwijst met ${d.soort} naar '${d.doel}', maar dat object zit niet in het pakket` +
      `${Number(d.aantal) > 1 ? ` (${d.aantal} objecten verwijzen ernaar: ${d.verwijzers})` : ''}. ` +
      'De keten zoekt het ook in de landelijke voorziening (eerder aangeleverd); bestaat het daar niet, dan keurt de keten de levering af.',
    check(view, report) {
      for (const [doel, { o, r, from }] of danglingReferences(view).get(code) ?? []) {
        report({
          data: { type: o.type, identificatie: o.identificatie, soort: r.kind, doel, aantal: from.length, verwijzers: from.join(', ') },
          at: r.at,
        })
      }
    },
  })
}

export const referenceRules: readonly Rule[] = [...codes.map((c) => referenceRule(c.code, c.title)), referenceRule('OZON0109', 'OW-verwijzing naar een object dat niet bestaat')]
