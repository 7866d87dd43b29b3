/**
 * TPOD2458 of the LVBB table (Validaties-LVBB-STOP-BHKV.md): for soortRegeling 'Omgevingsvisie'
 * (/join/id/stop/regelingtype_006) the regeling is a RegelingVrijetekst (judged on a new regeling: the element with
 * @wordt). TPOD2457 (the eindverantwoordelijke is a ministerie, provincie or gemeente) is not checked: the project
 * builds omgevingsvisies for waterschappen too (test/cli/init.test.ts, corpus c12/c17), which that rule would block.
 */
import { defineRule } from '../rule.js'
import { elements, text } from '../xml.js'
import { placeOf } from './besluit.js'

const OMGEVINGSVISIE = '/join/id/stop/regelingtype_006'

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
