/**
 * VISIE-512 (waarschuwing): a namespace declaration whose value is no URI, such as `xmlns:schemaLocation="ns url"`
 * (seen in real packages; xmllint calls it a namespace warning). The file is read anyway.
 */
import { defineRule } from '../rule.js'

export const visie512 = defineRule({
  code: 'VISIE-512',
  layer: 'pakket',
  severity: 'waarschuwing',
  title: 'Namespace-declaratie zonder geldige URI',
  message: (d) => `'${d.bestand}' declareert op regel ${d.regel} een namespace zonder geldige URI (${d.fout}); waarschijnlijk is xsi:schemaLocation bedoeld.`,
  check(view, report) {
    for (const name of view.names) {
      const p = view.parsed(name)
      for (const w of p?.ok ? (p.nsWarnings ?? []) : []) report({ data: { bestand: name, regel: w.line, fout: w.message }, at: { file: name, line: w.line } })
    }
  },
})
