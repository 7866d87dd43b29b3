/**
 * LVBB2017 "Een AKN- of JOIN-identificatie mag geen punt bevatten" (STOP1000 in the Schematron says the same for
 * the elements it covers): every element text or attribute value in the STOP files that is an /akn/ or /join/ id.
 */
import { XmlAttribute, type XmlElement } from 'libxml2-wasm'
import { defineRule } from '../rule.js'
import { xpathOf } from '../xml.js'

const roles = ['besluit', 'io', 'opdracht'] as const

export const lvbb2017 = defineRule({
  code: 'LVBB2017',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'AKN- of JOIN-identificatie met een punt',
  message: (d) => `De identificatie ${d.identificatie} bevat een punt; AKN- en JOIN-identificaties mogen geen punt bevatten.`,
  check(view, report) {
    for (const file of roles.flatMap((r) => view.withRole(r))) {
      const doc = view.xml(file)
      if (!doc) continue
      const hits = doc.root.find("//*[not(*)][starts-with(normalize-space(.), '/akn/') or starts-with(normalize-space(.), '/join/')] | //@*[starts-with(., '/akn/') or starts-with(., '/join/')]")
      for (const node of hits) {
        const value = node.content.trim()
        if (!value.includes('.')) continue
        const attribute = node instanceof XmlAttribute
        const el = (attribute ? node.parent : node) as XmlElement
        const xpath = attribute ? `${xpathOf(el)}/@${node.name}` : xpathOf(el)
        report({ data: { identificatie: value }, at: { file, xpath, line: el.line } })
      }
    }
  },
})
