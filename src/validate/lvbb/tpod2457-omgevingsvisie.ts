/**
 * The two rules of the LVBB table (Validaties-LVBB-STOP-BHKV.md) for soortRegeling 'Omgevingsvisie'
 * (/join/id/stop/regelingtype_006): TPOD2457 the besluit's eindverantwoordelijke is a ministerie, provincie or
 * gemeente; TPOD2458 the regeling is a RegelingVrijetekst (judged on a new regeling: the element with @wordt).
 */
import { defineRule } from '../rule.js'
import { elements, text } from '../xml.js'
import { placeOf } from './besluit.js'

const OMGEVINGSVISIE = '/join/id/stop/regelingtype_006'

export const tpod2457 = defineRule({
  code: 'TPOD2457',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit'],
  title: 'Omgevingsvisie van een bevoegd gezag dat geen ministerie, provincie of gemeente is',
  message: (d) => `De regeling is een omgevingsvisie, maar de eindverantwoordelijke van het besluit is ${d.eindverantwoordelijke}; verwacht een ministerie, provincie of gemeente.`,
  check(view, report) {
    for (const file of view.withRole('besluit')) {
      const doc = view.xml(file)
      if (!doc || !elements(doc, '//data:RegelingMetadata/data:soortRegeling').some((s) => s.content.trim() === OMGEVINGSVISIE)) continue
      const el = elements(doc, '//data:BesluitMetadata/data:eindverantwoordelijke')[0]
      const value = el?.content.trim() ?? ''
      if (el && !/^\/tooi\/id\/(ministerie|provincie|gemeente)\//.test(value)) report({ data: { eindverantwoordelijke: value }, at: placeOf(file, el) })
    }
  },
})

export const tpod2458 = defineRule({
  code: 'TPOD2458',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit'],
  title: 'Omgevingsvisie die geen RegelingVrijetekst is',
  message: (d) => `De regeling ${d.regeling} is een omgevingsvisie (soortRegeling ${OMGEVINGSVISIE}) maar een ${d.model}; een omgevingsvisie is een RegelingVrijetekst.`,
  check(view, report) {
    for (const file of view.withRole('besluit')) {
      const doc = view.xml(file)
      if (!doc) continue
      for (const rvi of elements(doc, '//lvbba:RegelingVersieInformatie')) {
        if (text(rvi, 'data:RegelingMetadata/data:soortRegeling') !== OMGEVINGSVISIE) continue
        const expressie = text(rvi, 'data:ExpressionIdentificatie/data:FRBRExpression') ?? ''
        for (const el of elements(doc, '//*[@wordt][not(@was)]')) {
          if (el.attr('wordt')?.value.trim() !== expressie || !el.name.startsWith('Regeling') || el.name === 'RegelingVrijetekst') continue
          report({ data: { regeling: expressie, model: el.name }, at: placeOf(file, el) })
        }
      }
    }
  },
})
