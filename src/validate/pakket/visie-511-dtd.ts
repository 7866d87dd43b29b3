/**
 * VISIE-511: an XML file declares a DTD or entities. Deliveries never need them; they are refused unread so that
 * entity bombs and external entities (files or URLs outside the package) can do no harm.
 */
import { defineRule } from '../rule.js'

export const visie511 = defineRule({
  code: 'VISIE-511',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'XML-bestand bevat een DTD of entiteitdeclaratie',
  message: (d) => `'${d.bestand}' bevat op regel ${d.regel} een DTD (<!DOCTYPE>) of entiteitdeclaratie; dat is niet toegestaan en het bestand is niet verder gelezen.`,
  check(view, report) {
    for (const name of view.names) {
      const p = view.parsed(name)
      if (p && !p.ok && p.kind === 'dtd') report({ data: { bestand: name, regel: p.line ?? 1 }, at: { file: name, line: p.line ?? 1 } })
    }
  },
})
