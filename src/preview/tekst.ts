/**
 * STOP tekst → HTML: structure as sections with numbered Kop headings, blocks (Al, Lijst, Begrippenlijst, Figuur as
 * data: URI, table, Tussenkop) and inline markup; ExtIoRef/IntIoRef link to the GIO map; unknown elements keep their
 * text. Findings and OW annotations show at the top of the element with their wId. A RegelingMutatie shows in
 * renvooi: each action with what it does, NieuweTekst green and underlined, VerwijderdeTekst red and struck through,
 * whole elements with wijzigactie likewise. Skipped: Formule rendering; the consolidated text beside the renvooi.
 */
import { findingsFor, owAside, type TekstContext } from './tekst-context.js'
import { type Html, h } from './html.js'
import { type XmlElement, type XmlNode, child, childrenNamed, elements, textOf } from '../package/xml-tree.js'
import { renderTable } from './table.js'

export type { TekstContext } from './tekst-context.js'

type BlockRenderer = (el: XmlElement, ctx: TekstContext, level: number) => Html
type InlineRenderer = (el: XmlElement, ctx: TekstContext) => Html

/** Elements that are sections with a Kop (STOP structure and bijlagen). */
export const SECTIONS = new Set([
  'Divisie', 'Divisietekst', 'Boek', 'Deel', 'Hoofdstuk', 'Titel', 'Afdeling', 'Paragraaf', 'Subparagraaf',
  'Subsubparagraaf', 'Artikel', 'WijzigArtikel', 'Bijlage', 'Toelichting', 'AlgemeneToelichting',
  'ArtikelgewijzeToelichting', 'Motivering', 'WijzigBijlage',
])

/** The heading text of a Kop: `Artikel 4.2 Opschrift`. */
export function kopText(kop: XmlElement | undefined): string {
  if (!kop) return ''
  return ['Label', 'Nummer', 'Opschrift'].map((n) => textOf(child(kop, n))).filter((t) => t !== '').join(' ')
}

function kopHeading(kop: XmlElement, ctx: TekstContext, level: number): Html {
  const parts: Html[] = []
  for (const n of ['Label', 'Nummer', 'Opschrift']) {
    const part = child(kop, n)
    if (!part || textOf(part) === '') continue
    if (parts.length > 0) parts.push(' ')
    parts.push(h('span', { class: `kop-${n.toLowerCase()}` }, renderInline(part.children, ctx)))
  }
  return heading(level, {}, parts)
}

/** h2…h6; deeper levels keep their level for assistive technology through aria-level. */
export function heading(level: number, attrs: Record<string, string>, ...content: Html[]): Html {
  if (level <= 6) return h(`h${level}`, attrs, ...content)
  return h('p', { ...attrs, role: 'heading', 'aria-level': level, class: 'heading-deep' }, ...content)
}

const section: BlockRenderer = (el, ctx, level) => {
  const wId = el.attrs.wId
  const kop = child(el, 'Kop')
  return h(
    'section',
    { id: ctx.anchor(wId), class: `stop-${el.name.toLowerCase()}` },
    kop ? kopHeading(kop, ctx, level) : undefined,
    wId ? [findingsFor(ctx, wId), owAside(ctx, wId)] : undefined,
    renderBlocks(el.children.filter((c) => c !== kop), ctx, kop ? level + 1 : level),
  )
}

const container = (tag: string, cls: string): BlockRenderer => (el, ctx, level) =>
  h(tag, { id: ctx.anchor(el.attrs.wId), class: cls }, el.attrs.wId ? findingsFor(ctx, el.attrs.wId) : undefined, renderBlocks(el.children, ctx, level))

const paragraph = (cls?: string): BlockRenderer => (el, ctx) => h('p', { class: cls, id: ctx.anchor(el.attrs.wId) }, renderInline(el.children, ctx))

const lijst: BlockRenderer = (el, ctx, level) => {
  const type = el.attrs.type ?? 'ongemarkeerd'
  const tag = type === 'expliciet' ? 'ol' : 'ul'
  return h(
    tag,
    { id: ctx.anchor(el.attrs.wId), class: `lijst lijst-${type}` },
    childrenNamed(el, 'Li').map((li) =>
      h(
        'li',
        { id: ctx.anchor(li.attrs.wId) },
        li.attrs.wId ? findingsFor(ctx, li.attrs.wId) : undefined,
        child(li, 'LiNummer') ? h('span', { class: 'linummer' }, textOf(child(li, 'LiNummer'))) : undefined,
        renderBlocks(li.children.filter((c) => !(c.kind === 'element' && c.name === 'LiNummer')), ctx, level),
      ),
    ),
  )
}

const begrippenlijst: BlockRenderer = (el, ctx, level) =>
  h(
    'dl',
    { id: ctx.anchor(el.attrs.wId), class: 'begrippenlijst' },
    childrenNamed(el, 'Begrip').map((b) =>
      h(
        'div',
        { id: ctx.anchor(b.attrs.wId), class: 'begrip' },
        h('dt', {}, renderInline(child(b, 'Term')?.children ?? [], ctx)),
        h('dd', {}, b.attrs.wId ? findingsFor(ctx, b.attrs.wId) : undefined, renderBlocks(child(b, 'Definitie')?.children ?? [], ctx, level)),
      ),
    ),
  )

const figuur: BlockRenderer = (el, ctx) => {
  const ill = child(el, 'Illustratie')
  const naam = ill?.attrs.naam ?? ''
  const titel = textOf(child(el, 'Titel'))
  const src = ctx.imageUri(naam)
  const alt = ill?.attrs.alt ?? (titel !== '' ? titel : `Afbeelding ${naam}`)
  return h(
    'figure',
    { id: ctx.anchor(el.attrs.wId), class: 'figuur' },
    el.attrs.wId ? findingsFor(ctx, el.attrs.wId) : undefined,
    src
      ? h('img', { src, alt, width: ill?.attrs.breedte, height: ill?.attrs.hoogte })
      : h('p', { class: 'missing' }, `Afbeelding ${naam} ontbreekt in het pakket.`),
    titel !== '' || child(el, 'Bijschrift')
      ? h('figcaption', {}, titel, child(el, 'Bijschrift') ? [titel !== '' ? ' — ' : '', renderInline(child(el, 'Bijschrift')?.children ?? [], ctx)] : undefined)
      : undefined,
  )
}

/** A RegelingMutatie action: what it does in words, then its content (in renvooi). */
const actie = (wat: (el: XmlElement) => string): BlockRenderer => (el, ctx, level) =>
  h('div', { class: `mutatie-actie stop-${el.name.toLowerCase()}` },
    h('p', { class: 'mutatie-wat' }, wat(el)),
    renderBlocks(el.children, ctx, level))

const BLOCKS: Readonly<Record<string, BlockRenderer>> = {
  Vervang: actie((el) => `Wordt vervangen (${el.attrs.wat ?? ''}):`),
  VervangKop: actie((el) => `Kop wordt vervangen (${el.attrs.wat ?? ''}):`),
  VoegToe: actie((el) => `Wordt ingevoegd ${el.attrs.positie === 'komtVoor' ? 'vóór' : 'na'} ${el.attrs.context ?? ''}:`),
  Verwijder: actie((el) => `Vervalt (${el.attrs.wat ?? ''}):`),
  Inhoud: container('div', 'inhoud'),
  Groep: container('div', 'groep'),
  Lid: container('div', 'lid'),
  Aanhef: container('div', 'aanhef'),
  Considerans: container('div', 'considerans'),
  Sluiting: container('div', 'sluiting'),
  Ondertekening: container('div', 'ondertekening'),
  Kadertekst: container('aside', 'kadertekst'),
  Citaat: container('blockquote', 'citaat'),
  Al: paragraph(),
  Wat: paragraph('wat'),
  Tussenkop: paragraph('tussenkop'),
  LidNummer: paragraph('lidnummer'),
  Gereserveerd: () => h('p', { class: 'gereserveerd' }, '[Gereserveerd]'),
  Vervallen: () => h('p', { class: 'gereserveerd' }, '[Vervallen]'),
  Lijst: lijst,
  Begrippenlijst: begrippenlijst,
  Figuur: figuur,
  table: (el, ctx) => renderTable(el, ctx, (nodes) => renderBlocksOrInline(nodes, ctx)),
}

export function renderBlocks(nodes: readonly XmlNode[], ctx: TekstContext, level: number): Html[] {
  const out: Html[] = []
  for (const n of nodes) {
    if (n.kind === 'text') {
      if (n.text.trim() !== '') out.push(h('p', {}, n.text))
      continue
    }
    const r = BLOCKS[n.name]
    const rendered = SECTIONS.has(n.name) ? section(n, ctx, level) : r ? r(n, ctx, level) : unknownBlock(n, ctx, level)
    const actieClass = n.attrs.wijzigactie === 'voegtoe' ? 'ins' : n.attrs.wijzigactie === 'verwijder' ? 'del' : undefined
    out.push(actieClass ? h(actieClass, { class: 'renvooi renvooi-blok' }, h('div', { class: 'renvooi-blok' }, rendered)) : rendered)
  }
  return out
}

function unknownBlock(el: XmlElement, ctx: TekstContext, level: number): Html {
  if (el.name === 'Kop') return kopHeading(el, ctx, level)
  const hasBlocks = elements(el).some((c) => BLOCKS[c.name] || SECTIONS.has(c.name))
  const wId = el.attrs.wId
  return hasBlocks
    ? h('div', { class: `stop-${el.name}`, id: ctx.anchor(wId) }, wId ? findingsFor(ctx, wId) : undefined, renderBlocks(el.children, ctx, level))
    : h('p', { class: `stop-${el.name}` }, renderInline(el.children, ctx))
}

function renderBlocksOrInline(nodes: readonly XmlNode[], ctx: TekstContext): Html {
  const hasBlocks = nodes.some((c) => c.kind === 'element' && (BLOCKS[c.name] || SECTIONS.has(c.name)))
  return hasBlocks ? renderBlocks(nodes, ctx, 7) : renderInline(nodes, ctx)
}

const simple = (tag: string): InlineRenderer => (el, ctx) => h(tag, {}, renderInline(el.children, ctx))

const INLINE: Readonly<Record<string, InlineRenderer>> = {
  NieuweTekst: (el, ctx) => h('ins', { class: 'renvooi' }, renderInline(el.children, ctx)),
  VerwijderdeTekst: (el, ctx) => h('del', { class: 'renvooi' }, renderInline(el.children, ctx)),
  i: simple('i'),
  b: simple('b'),
  strong: simple('strong'),
  u: simple('u'),
  sup: simple('sup'),
  sub: simple('sub'),
  br: () => h('br'),
  IntRef: (el, ctx) => {
    const target = ctx.intRefTarget(el.attrs.ref ?? '')
    return target ? h('a', { href: `#w-${target}` }, renderInline(el.children, ctx)) : h('span', { class: 'intref' }, renderInline(el.children, ctx))
  },
  ExtRef: (el, ctx) => h('span', { class: 'extref', title: el.attrs.ref }, renderInline(el.children, ctx)),
  ExtIoRef: (el, ctx) => ioLink(el, ctx, el.attrs.ref ?? textOf(el)),
  IntIoRef: (el, ctx) => ioLink(el, ctx, ctx.extIoRefTarget(el.attrs.ref ?? '') ?? ''),
  Noot: (el, ctx) => {
    const nummer = textOf(child(el, 'NootNummer'))
    const body = el.children.filter((c) => !(c.kind === 'element' && c.name === 'NootNummer'))
    return h('small', { class: 'noot' }, ` [noot${nummer ? ` ${nummer}` : ''}: `, renderInline(textOnly({ ...el, children: body }), ctx), ']')
  },
  InlineTekstAfbeelding: (el, ctx) => {
    const src = ctx.imageUri(el.attrs.naam ?? '')
    return src ? h('img', { src, alt: el.attrs.naam ?? '', class: 'inline-img' }) : `[afbeelding ${el.attrs.naam ?? ''}]`
  },
}

function textOnly(el: XmlElement): XmlNode[] {
  return [{ kind: 'text', text: textOf(el) }]
}

function ioLink(el: XmlElement, ctx: TekstContext, ioRef: string): Html {
  const io = ctx.informatieobject(ioRef)
  const attrs = { id: ctx.anchor(el.attrs.wId), class: `ioref ${el.name === 'ExtIoRef' ? 'extioref' : 'intioref'}` }
  if (!io) return h('span', { ...attrs, title: `Informatieobject ${ioRef} staat niet in het pakket` }, renderInline(el.children, ctx))
  return h('a', { ...attrs, href: `#${io.anchor}`, title: `Kaart: ${io.naam}` }, renderInline(el.children, ctx))
}

export function renderInline(nodes: readonly XmlNode[], ctx: TekstContext): Html[] {
  const out: Html[] = []
  for (const n of nodes) {
    if (n.kind === 'text') out.push(n.text)
    else {
      const r = INLINE[n.name]
      out.push(r ? r(n, ctx) : h('span', { class: `stop-${n.name}` }, renderInline(n.children, ctx)))
    }
  }
  return out
}
