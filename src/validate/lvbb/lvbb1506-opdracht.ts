/**
 * The opdracht.xml fields the LVBB checks before anything else: LVBB1505 datumBekendmaking present (its value:
 * ./lvbb1501-datum-bekendmaking.ts), LVBB1506 the publicatie file present (LVBB1515: and a besluit or kennisgeving), LVBB1510/1511 idBevoegdGezag/idAanleveraar present.
 */
import { defineRule, type Rule } from '../rule.js'
import { OPDRACHT } from '../manifests.js'
import { elements } from '../xml.js'

function opdrachtRule(code: string, title: string, message: (d: Readonly<Record<string, string | number | boolean>>) => string, problem: (value: string | undefined, view: Parameters<Rule['check']>[0]) => boolean, field: string): Rule {
  return defineRule({
    code,
    layer: 'lvbb',
    severity: 'blokkerend',
    title,
    message,
    check(view, report) {
      const doc = view.xml(OPDRACHT)
      if (!doc || view.role(OPDRACHT) !== 'opdracht') return
      const el = elements(doc, `/*/lvbb:${field}`)[0]
      const value = el?.content.trim()
      // The element's line when it is there; a missing field points at the root.
      const line = el?.line ?? doc.root.line
      if (problem(value, view)) report({ data: { veld: field, waarde: value ?? '' }, at: { file: OPDRACHT, xpath: `/${doc.root.name}/${field}`, line } })
    },
  })
}

export const lvbb1505 = opdrachtRule(
  'LVBB1505',
  'datumBekendmaking ontbreekt in opdracht.xml',
  () => 'opdracht.xml bevat geen datumBekendmaking.',
  (v) => v === undefined || v === '',
  'datumBekendmaking',
)
export const lvbb1506 = opdrachtRule(
  'LVBB1506',
  'Het publicatiebestand uit opdracht.xml ontbreekt',
  (d) => `opdracht.xml noemt publicatie '${d.waarde}', maar dat bestand zit niet in het pakket.`,
  (v, view) => v !== undefined && v !== '' && !view.has(v),
  'publicatie',
)
export const lvbb1510 = opdrachtRule(
  'LVBB1510',
  'idBevoegdGezag ontbreekt in opdracht.xml',
  () => 'opdracht.xml bevat geen idBevoegdGezag (OIN van het bevoegd gezag).',
  (v) => v === undefined || v === '',
  'idBevoegdGezag',
)
export const lvbb1511 = opdrachtRule(
  'LVBB1511',
  'idAanleveraar ontbreekt in opdracht.xml',
  () => 'opdracht.xml bevat geen idAanleveraar (OIN van de aanleveraar).',
  (v) => v === undefined || v === '',
  'idAanleveraar',
)

/**
 * LVBB1515 "De (soort) aanlevering MOET een besluit of kennisgeving zijn": the publicatie opdracht.xml names is in the
 * package (else LVBB1506) but is no AanleveringBesluit or AanleveringKennisgeving.
 */
export const lvbb1515 = opdrachtRule(
  'LVBB1515',
  'Het publicatiebestand uit opdracht.xml is geen besluit of kennisgeving',
  (d) => `opdracht.xml noemt publicatie '${d.waarde}', maar dat bestand is geen AanleveringBesluit of AanleveringKennisgeving.`,
  (v, view) => v !== undefined && v !== '' && view.file(v) !== undefined && view.role(v) !== 'besluit' && view.xml(v)?.root.name !== 'AanleveringKennisgeving',
  'publicatie',
)
