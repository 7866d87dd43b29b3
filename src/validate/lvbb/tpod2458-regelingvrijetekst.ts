/**
 * TPOD2458 of the LVBB table (Validaties-LVBB-STOP-BHKV.md): for soortRegeling 'Omgevingsvisie'
 * (/join/id/stop/regelingtype_006) the regeling is a RegelingVrijetekst (judged on a new regeling: the element with
 * @wordt). TPOD2457 (the eindverantwoordelijke is a ministerie, provincie or gemeente) is a warning below.
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

/**
 * TPOD2457 of the LVBB table: the eindverantwoordelijke of an omgevingsvisie comes from the lists ministerie,
 * provincie or gemeente (Omgevingswet art. 3.1 gives the visie to the raad, Provinciale Staten and the ministers). The
 * LVBB refuses a waterschap's. visie still builds one (product scope: a waterschap may adopt a watervisie in this
 * form), so the rule warns rather than blocks: the user learns before delivery what the chain will say.
 */
export const tpod2457 = defineRule({
  code: 'TPOD2457',
  layer: 'lvbb',
  severity: 'waarschuwing',
  dependsOn: ['besluit'],
  title: 'Eindverantwoordelijke van een omgevingsvisie is geen ministerie, provincie of gemeente',
  message: (d) => `De regeling ${d.regeling} is een omgevingsvisie, maar de eindverantwoordelijke ${d.organisatie} is geen ministerie, provincie of gemeente; de LVBB weigert zo'n levering (TPOD2457). Een waterschap legt zijn visie vast in een waterbeheerprogramma (Omgevingswet art. 3.7).`,
  check(view, report) {
    for (const file of view.withRole('besluit')) {
      const doc = view.xml(file)
      if (!doc) continue
      for (const rvi of elements(doc, '//lvbba:RegelingVersieInformatie')) {
        if (text(rvi, 'data:RegelingMetadata/data:soortRegeling') !== OMGEVINGSVISIE) continue
        const organisatie = text(rvi, 'data:RegelingMetadata/data:eindverantwoordelijke') ?? ''
        if (organisatie === '' || /^\/tooi\/id\/(?:gemeente|provincie|ministerie)\//u.test(organisatie)) continue
        const el = elements(rvi, 'data:RegelingMetadata/data:eindverantwoordelijke')[0]
        report({ data: { regeling: text(rvi, 'data:ExpressionIdentificatie/data:FRBRExpression') ?? '', organisatie }, at: placeOf(file, el ?? rvi) })
      }
    }
  },
})
