/**
 * TPOD2052 "Er mag hoogstens één OW Divisietekst-object naar een OP Divisietekst verwijzen" and TPOD2053 (the same
 * for Divisie).
 */
import { defineRule, type Rule } from '../rule.js'
import { owSide } from './objects.js'

function oneRule(code: string, type: 'Divisie' | 'Divisietekst'): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: `Meer dan één OW-${type} voor hetzelfde STOP-element`,
    message: (d) => `OW-${type} ${d.identificatie} en ${d.eerder} verwijzen allebei naar wId '${d.wId}'; hoogstens één mag dat.`,
    check(view, report) {
      const seen = new Map<string, string>()
      for (const o of owSide(view).objects) {
        if (o.type !== type || o.wId === undefined) continue
        const earlier = seen.get(o.wId)
        if (earlier) report({ data: { identificatie: o.identificatie, eerder: earlier, wId: o.wId }, at: o.at })
        else seen.set(o.wId, o.identificatie)
      }
    },
  })
}

export const tpod2052 = oneRule('TPOD2052', 'Divisietekst')
export const tpod2053 = oneRule('TPOD2053', 'Divisie')
