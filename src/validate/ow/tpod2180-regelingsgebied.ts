/**
 * TPOD2180 "Een OW-aanlevering moet resulteren in een Regeling met daarin precies één Regelingsgebied." The
 * resulting regeling counts, not the delivery: a later mutation (pv28 2_DirecteMutatie) sends no Regelingsgebied.
 * So none is a finding only when the package brings a besluit with a new regeling (not a RegelingMutatie of an
 * existing one, which keeps its Regelingsgebied); more than one always is.
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

export const tpod2180 = defineRule({
  code: 'TPOD2180',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Niet precies één Regelingsgebied',
  message: (d) => `De OW-bestanden bevatten ${d.aantal} Regelingsgebied-objecten; een regeling heeft er precies één.`,
  check(view, report) {
    const side = owSide(view)
    if (side.objects.length === 0) return
    const gebieden = side.objects.filter((o) => o.type === 'Regelingsgebied')
    const besluiten = view.withRole('besluit')
    const mutatie = besluiten.some((b) => (view.xml(b)?.root.find('//*[local-name()="RegelingMutatie"]').length ?? 0) > 0)
    if (gebieden.length === 0 && (besluiten.length === 0 || mutatie)) return
    if (gebieden.length !== 1) report({ data: { aantal: gebieden.length }, at: gebieden[1]?.at ?? { file: side.files[0]?.file ?? 'manifest-ow.xml' } })
  },
})
