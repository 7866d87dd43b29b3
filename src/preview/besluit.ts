/**
 * The besluit part of the page: BesluitCompact (Aanhef, Lichaam with its Artikelen, Sluiting, Bijlagen) and each
 * WijzigBijlage with the regeling it holds (RegelingVrijetekst, RegelingCompact, …), plus the table of contents
 * built from the same Kop headings. Elements get the HTML id `w-<wId>`.
 */
import { type Html, h } from './html.js'
import { kopText, renderBlocks, renderInline, SECTIONS, type TekstContext } from './tekst.js'
import { findingsFor } from './tekst-context.js'
import { type XmlElement, child, elements, findFirst, textOf } from '../package/xml-tree.js'

export interface TocEntry {
  readonly href: string
  readonly label: string
  readonly children: readonly TocEntry[]
}

const REGELINGEN = new Set(['RegelingVrijetekst', 'RegelingCompact', 'RegelingKlassiek', 'RegelingTijdelijkdeel', 'RegelingMutatie'])

/** The BesluitCompact (or BesluitKlassiek) element of an AanleveringBesluit. */
export function besluitTekst(root: XmlElement | undefined): XmlElement | undefined {
  if (!root) return undefined
  return findFirst(root, 'BesluitCompact') ?? findFirst(root, 'BesluitKlassiek')
}

/** The besluit's title: its RegelingOpschrift, else BesluitMetadata/officieleTitel. */
export function besluitTitel(root: XmlElement | undefined): string | undefined {
  const tekst = besluitTekst(root)
  const opschrift = tekst ? textOf(child(tekst, 'RegelingOpschrift')) : ''
  if (opschrift !== '') return opschrift
  const meta = root ? findFirst(root, 'BesluitMetadata') : undefined
  const titel = textOf(child(meta, 'officieleTitel'))
  return titel === '' ? undefined : titel
}

export function renderBesluit(tekst: XmlElement, ctx: TekstContext): Html[] {
  const besluitParts: Html[] = []
  const wijzigBijlagen: Html[] = []
  for (const el of elements(tekst)) {
    if (el.name === 'RegelingOpschrift') continue
    if (el.name === 'WijzigBijlage') wijzigBijlagen.push(renderWijzigBijlage(el, ctx))
    else if (el.name === 'Lichaam') besluitParts.push(wrap(el, ctx, renderBlocks(el.children, ctx, 3)))
    else besluitParts.push(renderBlocks([el], ctx, 3))
  }
  return [
    h('section', { id: 'besluit', 'aria-labelledby': 'besluit-kop' }, h('h2', { id: 'besluit-kop' }, 'Besluit'), besluitParts),
    wijzigBijlagen,
  ]
}

function wrap(el: XmlElement, ctx: TekstContext, content: Html): Html {
  const wId = el.attrs.wId
  return h('div', { id: ctx.anchor(wId), class: `stop-${el.name.toLowerCase()}` }, wId ? findingsFor(ctx, wId) : undefined, content)
}

function renderWijzigBijlage(el: XmlElement, ctx: TekstContext): Html {
  const wId = el.attrs.wId
  const kop = child(el, 'Kop')
  const parts: Html[] = []
  for (const c of elements(el)) {
    if (c.name === 'Kop') continue
    if (REGELINGEN.has(c.name)) parts.push(renderRegeling(c, ctx))
    else parts.push(renderBlocks([c], ctx, 3))
  }
  return h(
    'section',
    { id: ctx.anchor(wId), class: 'wijzigbijlage', 'aria-label': kopText(kop) || 'Wijzigbijlage' },
    h('h2', {}, kop ? kopText(kop) : 'Wijzigbijlage'),
    wId ? findingsFor(ctx, wId) : undefined,
    parts,
  )
}

function renderRegeling(el: XmlElement, ctx: TekstContext): Html {
  return h(
    'div',
    { class: `regeling stop-${el.name.toLowerCase()}` },
    elements(el).map((c) => {
      if (c.name === 'RegelingOpschrift') {
        const wId = c.attrs.wId
        return h(
          'p',
          { class: 'regeling-opschrift', id: ctx.anchor(wId) },
          renderInline(child(c, 'Al')?.children ?? c.children, ctx),
          wId ? findingsFor(ctx, wId) : undefined,
        )
      }
      if (c.name === 'Lichaam') return wrap(c, ctx, renderBlocks(c.children, ctx, 3))
      return renderBlocks([c], ctx, 3)
    }),
  )
}

const LEAVES = new Set(['Kop', 'Inhoud', 'Al', 'Lijst', 'Begrippenlijst', 'table', 'Figuur', 'Wat'])

/** Table of contents from the Kop of every section with a wId, nested as in the text. */
export function tocEntries(el: XmlElement): TocEntry[] {
  const out: TocEntry[] = []
  for (const c of elements(el)) {
    if (LEAVES.has(c.name)) continue
    const kop = child(c, 'Kop')
    const label = kopText(kop)
    if (SECTIONS.has(c.name) && c.attrs.wId && label !== '') out.push({ href: `#w-${c.attrs.wId}`, label, children: tocEntries(c) })
    else out.push(...tocEntries(c))
  }
  return out
}

export function renderToc(entries: readonly TocEntry[]): Html {
  if (entries.length === 0) return undefined
  return h('ol', {}, entries.map((e) => h('li', {}, h('a', { href: e.href }, e.label), renderToc(e.children))))
}
