/** Builds a geo rule from a fact of geoSurvey: one finding per geometry that has the fact. */
import type { Severity } from '../../model/index.js'
import { defineRule, type FindingData, type Rule } from '../rule.js'
import { geoSurvey, type GeometrieFacts } from './survey.js'

export function geoRule(spec: {
  code: string
  severity?: Severity
  title: string
  message: (d: FindingData) => string
  /** The finding's data and line for this geometry, or undefined when it is fine. */
  find: (g: GeometrieFacts) => { data: FindingData; line: number } | undefined
}): Rule {
  return defineRule({
    code: spec.code,
    layer: 'geo',
    severity: spec.severity ?? 'blokkerend',
    dependsOn: ['eigen'],
    title: spec.title,
    message: spec.message,
    check(view, report) {
      for (const g of geoSurvey(view).geometrieen) {
        const hit = spec.find(g)
        if (hit) report({ data: { bestand: g.file, id: g.id ?? '(geen basisgeo:id)', ...hit.data }, at: { file: g.file, xpath: g.xpath, line: hit.line } })
      }
    },
  })
}
