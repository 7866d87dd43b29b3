/**
 * LVBB4002 "Elk WijzigArtikel of WijzigLid moet een verwijzing hebben naar een WijzigBijlage en omgekeerd": in a
 * BesluitCompact each WijzigBijlage's eId is the ref of a tekst:IntRef inside a WijzigArtikel or WijzigLid, and each
 * WijzigArtikel/WijzigLid holds an IntRef to a WijzigBijlage.
 */
import { defineRule } from '../rule.js'
import { elements, xpathOf } from '../xml.js'

export const lvbb4002 = defineRule({
  code: 'LVBB4002',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['eigen'],
  title: 'WijzigBijlage zonder verwijzing vanuit een WijzigArtikel of WijzigLid (of omgekeerd)',
  message: (d) =>
    d.soort === 'bijlage'
      ? `WijzigBijlage '${d.eId}' in ${d.bestand} wordt door geen WijzigArtikel of WijzigLid genoemd (geen IntRef met ref="${d.eId}").`
      : `${d.element} '${d.eId}' in ${d.bestand} verwijst met geen IntRef naar een WijzigBijlage.`,
  check(view, report) {
    for (const file of view.withRole('besluit')) {
      const doc = view.xml(file)
      if (!doc) continue
      const bijlagen = elements(doc, '//tekst:BesluitCompact/tekst:WijzigBijlage')
      const eIds = new Set(bijlagen.map((b) => b.attr('eId')?.value ?? ''))
      const artikelen = elements(doc, '//tekst:BesluitCompact//tekst:WijzigArtikel | //tekst:BesluitCompact//tekst:WijzigLid')
      const referenced = new Set<string>()
      const without: typeof artikelen = []
      for (const a of artikelen) {
        const refs = elements(a, './/tekst:IntRef').map((r) => r.attr('ref')?.value ?? '')
        for (const r of refs) referenced.add(r)
        // a WijzigArtikel with WijzigLeden refers through its leden
        if (a.name === 'WijzigArtikel' && elements(a, './/tekst:WijzigLid').length > 0) continue
        if (bijlagen.length > 0 && !refs.some((r) => eIds.has(r))) without.push(a)
      }
      const orphans = bijlagen.filter((b) => !referenced.has(b.attr('eId')?.value ?? ''))
      for (const b of orphans) {
        const eId = b.attr('eId')?.value ?? ''
        report({ data: { soort: 'bijlage', eId, bestand: file }, at: { file, xpath: xpathOf(b), line: b.line } })
      }
      // an artikel that lost its reference is the same cause as the bijlage nobody names: reported once, at the bijlage
      if (orphans.length > 0) continue
      for (const a of without) report({ data: { soort: 'artikel', element: a.name, eId: a.attr('eId')?.value ?? '', bestand: file }, at: { file, xpath: xpathOf(a), line: a.line } })
    }
  },
})
