/**
 * VISIE-861 (waarschuwing): an entity escaped twice in the text of a besluit or IO (`&amp;lsquo;`, `&amp;#8217;`):
 * the reader sees "&lsquo;" instead of ‘ (product.md §5a: keep typography, never double-escape). The chain accepts
 * it; the publication shows the entity name. One finding per file, with the first place and the count.
 */
import { defineRule } from '../rule.js'

const doubled = /&amp;(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,7});/g

export const visie861 = defineRule({
  code: 'VISIE-861',
  layer: 'lvbb',
  severity: 'waarschuwing',
  title: 'Dubbel ge-escapete entiteit in de tekst (&amp;lsquo; e.d.)',
  message: (d) => `${d.bestand}, regel ${d.regel}: '${d.gevonden}' is een dubbel ge-escapete entiteit; de lezer ziet '${d.zichtbaar}' in plaats van het teken${Number(d.aantal) > 1 ? ` (${d.aantal} keer in dit bestand)` : ''}.`,
  check(view, report) {
    for (const file of [...view.withRole('besluit'), ...view.withRole('io')]) {
      const bytes = view.file(file)?.bytes
      if (!bytes) continue
      const text = new TextDecoder().decode(bytes)
      const hits = [...text.matchAll(doubled)]
      const first = hits[0]
      if (!first) continue
      const regel = text.slice(0, first.index).split('\n').length
      report({ data: { bestand: file, regel, gevonden: first[0], zichtbaar: `&${first[1]};`, aantal: hits.length }, at: { file, line: regel } })
    }
  },
})
