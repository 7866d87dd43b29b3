/**
 * LVBB3511 "Werk van join-id in informatie-object moet gelijk zijn aan die in bijbehorend GML-bestand" and
 * LVBB3512 "Join-id in informatie-object moet gelijk zijn aan die in bijbehorend GML-bestand" — two rules, one file,
 * as they read the same pair. When the works differ only LVBB3511 is reported.
 */
import { entryHead } from '../layer.js'
import { defineRule, type Rule } from '../rule.js'
import { stopSide } from './besluit.js'
import { gmlHead } from './gml-head.js'

function ioGmlRule(code: string, field: 'work' | 'expression', label: string): Rule {
  return defineRule({
    code,
    layer: 'lvbb',
    severity: 'blokkerend',
    title: `${label} van informatieobject en GML verschillen`,
    message: (d) => `${d.io} heeft ${label} ${d.io_id}, maar '${d.gml}' heeft ${d.gml_id}.`,
    check(view, report) {
      for (const io of stopSide(view).informatieobjecten) {
        const own = field === 'work' ? io.work : io.expression
        if (!own) continue
        for (const b of io.bestanden) {
          const gml = /\.gml$/i.test(b.naam) ? view.file(b.naam) : undefined
          const head = gml ? gmlHead(entryHead(gml)) : undefined
          const theirs = head?.[field]
          // Another work has another expression too: one cause, one finding (LVBB3511's).
          if (field === 'expression' && io.work && head?.work && head.work.value !== io.work) continue
          if (gml && theirs && theirs.value !== own) {
            report({ data: { io: io.file, io_id: own, gml: b.naam, gml_id: theirs.value }, at: { file: b.naam, line: theirs.line } })
          }
        }
      }
    },
  })
}

export const lvbb3511 = ioGmlRule('LVBB3511', 'work', 'FRBRWork')
export const lvbb3512 = ioGmlRule('LVBB3512', 'expression', 'FRBRExpression')
