/**
 * TPOD2180 "Een OW-aanlevering moet resulteren in een Regeling met daarin precies één Regelingsgebied." The
 * resulting regeling counts, not the delivery: a later mutation (pv28 2_DirecteMutatie) sends no Regelingsgebied.
 * So none is a finding only when the package brings a besluit with a new regeling (not a RegelingMutatie of an
 * existing one, which keeps its Regelingsgebied); more than one always is.
 */
import { defineRule, type Rule } from '../rule.js'
import { isMutatie, owSide } from './objects.js'

function regelingsgebiedRule(code: string, none: boolean): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: none ? 'Geen Regelingsgebied' : 'Meer dan één Regelingsgebied',
    message: (d) => `De OW-bestanden bevatten ${d.aantal} Regelingsgebied-objecten; een regeling heeft er precies één.`,
    check(view, report) {
      const side = owSide(view)
      if (side.objects.length === 0) return
      const gebieden = side.objects.filter((o) => o.type === 'Regelingsgebied')
      const besluiten = view.withRole('besluit')
      if (none && gebieden.length === 0 && besluiten.length > 0 && !isMutatie(view)) report({ data: { aantal: 0 }, at: { file: side.files[0]?.file ?? 'manifest-ow.xml' } })
      if (!none && gebieden.length > 1) report({ data: { aantal: gebieden.length }, at: gebieden[1]!.at })
    },
  })
}

/** OZON0103 (TPOD2180) "Per Regeling moet er een Regelingsgebied zijn aangeleverd". */
export const ozon0103 = regelingsgebiedRule('OZON0103', true)
export const tpod2180 = regelingsgebiedRule('TPOD2180', false)
