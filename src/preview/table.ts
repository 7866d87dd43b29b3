/**
 * A STOP `table` (CALS: title?, tgroup(colspec*, thead?, tbody(row(entry*)))) → HTML table; namest/nameend
 * become colspan, morerows rowspan. Entry content is rendered by the caller (blocks or inline text).
 */
import { findingsFor, type TekstContext } from './tekst-context.js'
import { type Html, h } from './html.js'
import { type XmlElement, type XmlNode, child, childrenNamed, textOf } from '../package/xml-tree.js'

export function renderTable(el: XmlElement, ctx: TekstContext, content: (nodes: readonly XmlNode[]) => Html): Html {
  const title = child(el, 'title')
  return h(
    'div',
    { class: 'table-wrap', id: ctx.anchor(el.attrs.wId) },
    el.attrs.wId ? findingsFor(ctx, el.attrs.wId) : undefined,
    h(
      'table',
      {},
      title ? h('caption', {}, textOf(title)) : undefined,
      childrenNamed(el, 'tgroup').map((g) => tgroup(g, content)),
    ),
  )
}

function tgroup(g: XmlElement, content: (nodes: readonly XmlNode[]) => Html): Html {
  const columns = new Map<string, number>()
  childrenNamed(g, 'colspec').forEach((c, i) => columns.set(c.attrs.colname ?? `col${i + 1}`, Number(c.attrs.colnum ?? i + 1)))
  const rows = (part: XmlElement | undefined, cell: 'th' | 'td'): Html =>
    childrenNamed(part, 'row').map((r) =>
      h(
        'tr',
        {},
        childrenNamed(r, 'entry').map((e) => {
          const from = columns.get(e.attrs.namest ?? '')
          const to = columns.get(e.attrs.nameend ?? '')
          const colspan = from !== undefined && to !== undefined && to > from ? to - from + 1 : undefined
          const rowspan = e.attrs.morerows ? Number(e.attrs.morerows) + 1 : undefined
          return h(cell, { colspan, rowspan, scope: cell === 'th' ? 'col' : undefined }, content(e.children))
        }),
      ),
    )
  const head = child(g, 'thead')
  return [head ? h('thead', {}, rows(head, 'th')) : undefined, h('tbody', {}, rows(child(g, 'tbody'), 'td'))]
}
