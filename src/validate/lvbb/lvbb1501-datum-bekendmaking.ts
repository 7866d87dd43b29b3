/**
 * LVBB1501 "De datumBekendmaking binnen de opdracht MOET een datum in juiste formaat (JJJJ-MM-DD) zijn en MOET in de
 * toekomst liggen." and LVBB1519 "De datum bekendmaking MOET een werkdag zijn" (Validaties-LVBB-STOP-BHKV.md).
 * "Toekomst" and nothing else needs today's date: without `ctx.vandaag` only the format is checked. A werkdag is
 * neither Saturday, Sunday nor a holiday of the Algemene termijnenwet (./dates.ts).
 */
import type { XmlDocument } from 'libxml2-wasm'
import { OPDRACHT } from '../manifests.js'
import { defineRule } from '../rule.js'
import type { PackageView } from '../view.js'
import { elements } from '../xml.js'
import { dayNumber, nonWorkingReason } from './dates.js'
import { placeOf, type Place } from './besluit.js'
import { isPublicatie } from './visie-levering.js'

interface DatumBekendmaking {
  readonly waarde: string
  readonly at: Place
}

/** opdracht.xml's datumBekendmaking as written (trimmed), or undefined when absent (LVBB1505's finding). */
export function datumBekendmaking(view: PackageView): DatumBekendmaking | undefined {
  const doc: XmlDocument | undefined = view.role(OPDRACHT) === 'opdracht' ? view.xml(OPDRACHT) : undefined
  const el = doc ? elements(doc, '/*/lvbb:datumBekendmaking')[0] : undefined
  const waarde = el?.content.trim()
  return el && waarde ? { waarde, at: placeOf(OPDRACHT, el) } : undefined
}

export const lvbb1501 = defineRule({
  code: 'LVBB1501',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'datumBekendmaking in opdracht.xml is geen datum JJJJ-MM-DD of ligt niet in de toekomst',
  message: (d) =>
    d.reden === 'vorm'
      ? `datumBekendmaking '${d.waarde}' in opdracht.xml is geen datum in de vorm JJJJ-MM-DD.`
      : `datumBekendmaking ${d.waarde} in opdracht.xml ligt niet in de toekomst (vandaag is ${d.vandaag}); kies een latere datum vóór u een publicatieOpdracht instuurt.`,
  check(view, report) {
    const datum = datumBekendmaking(view)
    if (!datum) return
    const day = dayNumber(datum.waarde)
    if (day === undefined) {
      report({ data: { veld: 'datumBekendmaking', waarde: datum.waarde, reden: 'vorm' }, at: datum.at })
      return
    }
    const vandaag = view.ctx.vandaag
    const today = vandaag === undefined ? undefined : dayNumber(vandaag)
    if (vandaag !== undefined && today !== undefined && day <= today) {
      // The date only takes effect when the besluit is published: for a validatieOpdracht (a trial the LVBB checks
      // and publishes nothing of) a date in the past is a warning, so a package keeps validating after its day.
      report({
        data: { veld: 'datumBekendmaking', waarde: datum.waarde, reden: 'niet in de toekomst', vandaag },
        at: datum.at,
        ...(isPublicatie(view) ? {} : { severity: 'waarschuwing' as const }),
      })
    }
  },
})

export const lvbb1519 = defineRule({
  code: 'LVBB1519',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'datumBekendmaking in opdracht.xml is geen werkdag',
  message: (d) => `datumBekendmaking ${d.waarde} in opdracht.xml is geen werkdag (${d.reden}); kies een werkdag.`,
  check(view, report) {
    const datum = datumBekendmaking(view)
    const reden = datum ? nonWorkingReason(datum.waarde) : undefined
    if (datum && reden) report({ data: { waarde: datum.waarde, reden }, at: datum.at })
  },
})
