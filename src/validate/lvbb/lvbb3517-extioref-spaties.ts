/**
 * LVBB3517 "Ext-io-ref in besluit of consolidatie (m.b.t. JOIN-id) MAG GEEN voorloopspaties, naloopspaties of
 * regelovergangen bevatten": checked on both @ref and the element's text.
 */
import { defineRule } from '../rule.js'
import { stopSide } from './besluit.js'

export const lvbb3517 = defineRule({
  code: 'LVBB3517',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'ExtIoRef met spaties of regelovergangen',
  message: (d) => `De ExtIoRef ${d.waar} '${d.waarde}' bevat voorloop- of naloopspaties of een regelovergang.`,
  check(view, report) {
    const bad = (s: string): boolean => s !== s.trim() || /[\r\n]/.test(s)
    for (const r of stopSide(view).extIoRefs) {
      if (bad(r.value)) report({ data: { waar: '@ref', waarde: r.value }, at: r.at })
      else if (r.content !== undefined && bad(r.content)) report({ data: { waar: 'tekst', waarde: r.content }, at: r.at })
    }
  },
})
