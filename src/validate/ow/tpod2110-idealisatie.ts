/** OZON5005, the chain's code for TPOD2110 "Als er bij een Tekstdeel direct of indirect een Locatie hoort dan is idealisatie verplicht." */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

export const ozon5005 = defineRule({
  code: 'OZON5005',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Tekstdeel met Locatie zonder idealisatie',
  message: (d) => `Tekstdeel ${d.identificatie} heeft een ${d.via} maar geen idealisatie; die is dan verplicht.`,
  check(view, report) {
    for (const o of owSide(view).objects) {
      if (o.type !== 'Tekstdeel' || o.values.has('idealisatie')) continue
      const via = o.refs.find((r) => r.via === 'locatieaanduiding' || r.via === 'gebiedsaanwijzing')?.via
      if (via) report({ data: { identificatie: o.identificatie, via }, at: o.at })
    }
  },
})
