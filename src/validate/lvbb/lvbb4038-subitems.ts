/**
 * LVBB4038 "Subitems genoemd in de publicatie moeten meegeleverd zijn en omgekeerd" and LVBB4039 "De mimetype van een
 * subitem in het document moet gelijk zijn aan het aangeleverde mimetype" (Validaties-LVBB-STOP-BHKV.md). Subitems are
 * the images an Illustratie or InlineTekstAfbeelding names; "aangeleverd mimetype" is manifest.xml's contentType.
 * A subitem that manifest.xml lists but the ZIP lacks is LVBB1009's finding, not a second one here.
 */
import { manifestEntries } from '../manifests.js'
import { afbeeldingen, placeOfImage } from '../pakket/afbeeldingen.js'
import { defineRule } from '../rule.js'
import { subitems } from './illustraties.js'

export const lvbb4038 = defineRule({
  code: 'LVBB4038',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'Afbeelding genoemd in de publicatie ontbreekt, of afbeelding in het pakket wordt niet gebruikt',
  message: (d) =>
    d.richting === 'ontbreekt'
      ? `De publicatie noemt afbeelding '${d.bestand}', maar die zit niet in het pakket.`
      : `Afbeelding '${d.bestand}' zit in het pakket, maar geen Illustratie of InlineTekstAfbeelding in de publicatie noemt haar.`,
  check(view, report) {
    if (view.withRole('besluit').length === 0) return
    const items = subitems(view)
    const listed = new Set(manifestEntries(view).map((l) => l.name))
    const reported = new Set<string>()
    for (const s of items) {
      if (view.has(s.naam) || listed.has(s.naam) || reported.has(s.naam)) continue
      reported.add(s.naam)
      report({ data: { bestand: s.naam, richting: 'ontbreekt' }, at: s.at })
    }
    const named = new Set(items.map((s) => s.naam))
    for (const a of afbeeldingen(view)) {
      if (!named.has(a.name)) report({ data: { bestand: a.name, richting: 'niet gebruikt' }, at: placeOfImage(a) })
    }
  },
})

export const lvbb4039 = defineRule({
  code: 'LVBB4039',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'formaat van een Illustratie verschilt van het contentType in manifest.xml',
  message: (d) => `De publicatie geeft afbeelding '${d.bestand}' formaat '${d.formaat}', maar manifest.xml geeft contentType '${d.contentType}'.`,
  check(view, report) {
    const contentTypes = new Map(manifestEntries(view).map((l) => [l.name, l.contentType]))
    for (const s of subitems(view)) {
      const contentType = contentTypes.get(s.naam)
      if (s.formaat && contentType && s.formaat !== contentType) report({ data: { bestand: s.naam, formaat: s.formaat, contentType }, at: s.at })
    }
  },
})
