/**
 * TPOD2111 "Alle Tekstdelen die verwijzen naar dezelfde Divisie moeten dezelfde waarde hebben voor idealisatie." and
 * TPOD2112 (the same for Divisietekst) (Validaties-TPOD.md). A Tekstdeel without idealisatie is TPOD2110's concern.
 */
import { defineRule, type Rule } from '../rule.js'
import { owSide, type OwObject } from './objects.js'

function idealisatieRule(code: string, target: 'Divisie' | 'Divisietekst'): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: `Tekstdelen van dezelfde ${target} hebben verschillende idealisatie`,
    message: (d) =>
      `Tekstdeel ${d.identificatie} verwijst naar ${target} ${d.doel} met idealisatie '${d.idealisatie}', maar Tekstdeel ${d.eerste} ` +
      `naar dezelfde ${target} heeft '${d.eersteIdealisatie}'; alle Tekstdelen van één ${target} moeten dezelfde idealisatie hebben.`,
    check(view, report) {
      const first = new Map<string, { readonly tekstdeel: OwObject; readonly idealisatie: string }>()
      for (const o of owSide(view).objects) {
        const idealisatie = o.type === 'Tekstdeel' ? o.values.get('idealisatie')?.[0]?.value : undefined
        if (!idealisatie) continue
        const targets = new Set(o.refs.filter((r) => r.via === 'divisieaanduiding' && r.kind === `${target}Ref`).map((r) => r.href))
        for (const doel of targets) {
          const seen = first.get(doel)
          if (!seen) first.set(doel, { tekstdeel: o, idealisatie })
          else if (seen.idealisatie !== idealisatie) {
            report({
              data: { identificatie: o.identificatie, doel, idealisatie, eerste: seen.tekstdeel.identificatie, eersteIdealisatie: seen.idealisatie },
              at: o.values.get('idealisatie')?.[0]?.at ?? o.at,
            })
          }
        }
      }
    },
  })
}

export const tpod2111 = idealisatieRule('TPOD2111', 'Divisie')
export const tpod2112 = idealisatieRule('TPOD2112', 'Divisietekst')
