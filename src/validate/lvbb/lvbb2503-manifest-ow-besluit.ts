/**
 * manifest-ow.xml against the besluit in the same package (Validaties-LVBB-STOP-BHKV.md): LVBB2503 "Doel in
 * domeinmanifest moet bestaan" — the DoelID is a doel of the besluit's ConsolidatieInformatie; LVBB2505 "Het doel moet
 * gekoppeld zijn aan regelingversies, die horen bij de regeling die in het domeinmanifest staat" (TPOD2140) — the
 * WorkIDRegeling is the work of a regeling the besluit sets (BeoogdeRegeling/instrumentVersie). Without a besluit in
 * the package (a directe mutatie) the chain resolves both in the registry: nothing is said then.
 */
import type { XmlElement } from 'libxml2-wasm'
import { MANIFEST_OW } from '../manifests.js'
import { defineRule, type Rule } from '../rule.js'
import type { PackageView } from '../view.js'
import { elements, xpathOf } from '../xml.js'

interface Besluit {
  readonly doelen: ReadonlySet<string>
  readonly regelingWorks: ReadonlySet<string>
}

function besluitSide(view: PackageView): Besluit | undefined {
  const doelen = new Set<string>()
  const works = new Set<string>()
  let any = false
  for (const file of view.withRole('besluit')) {
    const doc = view.xml(file)
    if (!doc) continue
    any = true
    for (const d of elements(doc, '//data:ConsolidatieInformatie//data:doel')) doelen.add(d.content.trim())
    for (const v of elements(doc, '//data:ConsolidatieInformatie//data:BeoogdeRegeling/data:instrumentVersie')) {
      const expression = v.content.trim()
      works.add(expression.replace(/\/[a-z]{3}@.*$/, '')) // /akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-02-19;1 → …/omgevingsvisie
    }
  }
  return any ? { doelen, regelingWorks: works } : undefined
}

function manifestOwRule(code: string, element: 'DoelID' | 'WorkIDRegeling', wrong: (value: string, b: Besluit) => boolean, title: string, message: Rule['message']): Rule {
  return defineRule({
    code,
    layer: 'lvbb',
    severity: 'blokkerend',
    dependsOn: ['besluit', 'manifest-ow'],
    title,
    message,
    check(view, report) {
      const doc = view.xml(MANIFEST_OW)
      const besluit = besluitSide(view)
      if (!doc || view.role(MANIFEST_OW) !== 'manifest-ow' || !besluit) return
      for (const el of elements(doc, `/mow:Aanleveringen/mow:Aanlevering/mow:${element}`) as XmlElement[]) {
        const value = el.content.trim()
        if (wrong(value, besluit)) {
          const besluitWaarden = element === 'DoelID' ? [...besluit.doelen] : [...besluit.regelingWorks]
          report({ data: { waarde: value, besluit: besluitWaarden.sort().join(', ') }, at: { file: MANIFEST_OW, xpath: xpathOf(el), line: el.line } })
        }
      }
    },
  })
}

export const lvbb2503 = manifestOwRule(
  'LVBB2503',
  'DoelID',
  (v, b) => !b.doelen.has(v),
  'DoelID in manifest-ow.xml is geen doel van het besluit',
  (d) => `manifest-ow.xml noemt DoelID '${d.waarde}', maar het besluit kent alleen doel ${d.besluit || '(geen)'}.`,
)

export const lvbb2505 = manifestOwRule(
  'LVBB2505',
  'WorkIDRegeling',
  (v, b) => b.regelingWorks.size > 0 && !b.regelingWorks.has(v),
  'WorkIDRegeling in manifest-ow.xml is niet de regeling van het besluit',
  (d) => `manifest-ow.xml noemt WorkIDRegeling '${d.waarde}', maar het besluit stelt regeling ${d.besluit} vast.`,
)
