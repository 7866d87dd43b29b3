/** VISIE-510: an .xml file in the package is not well-formed XML (the chain rejects it at XSD level, LVBB2003). */
import { defineRule } from '../rule.js'

export const visie510 = defineRule({
  code: 'VISIE-510',
  layer: 'pakket',
  severity: 'blokkerend',
  title: 'XML-bestand is niet welgevormd',
  message: (d) => `'${d.bestand}' is geen welgevormde XML${d.regel ? ` (regel ${d.regel})` : ''}: ${d.fout}`,
  check(view, report) {
    for (const name of view.names) {
      const p = view.parsed(name)
      if (p && !p.ok && p.kind === 'malformed') {
        report({ data: { bestand: name, fout: p.message, ...(p.line ? { regel: p.line } : {}) }, at: { file: name, ...(p.line ? { line: p.line } : {}) } })
      }
    }
  },
})
