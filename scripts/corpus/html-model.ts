/**
 * The document model of the Chromium corpus generator (scripts/corpus/render-html.ts).
 *
 * A corpus document (test/corpus/c01 … c09) is written with a `DocBuilder`: the besluit as HTML of its own, then
 * the visie and its bijlagen through builder calls (kop, alinea, lijst, tabel, bijlage, GIO-tabel). The builder
 * emits the HTML that Chromium prints and, at the same time, records the structure it typeset; truth.json is
 * derived from that record, never from what a reader makes of the PDF.
 */

import { createHash } from 'node:crypto'

/** A stable 32-hex werk name for a GIO identifier. */
export const hex32 = (s: string): string => createHash('md5').update(s).digest('hex')

export type Item = string | { text: string; sub: Item[] }

export type Zone = 'besluit' | 'voor' | 'visie' | 'bijlage'

export interface Kop {
  nummer: string
  opschrift: string
  niveau: number
}

export interface Gio {
  naam: string
  identificatie: string
  /** Schematic polygon centre as an offset in km from DocSpec.geo.origin, and its radius in km. */
  at: [number, number]
  r?: number
}

/** How one list level is marked: a fixed glyph, or a counter style. */
export type Marker =
  | { glyph: string; font?: string }
  | { counter: '1' | 'a' | 'A' | 'i' | 'I'; prefix?: string; suffix: string }

export interface DocSpec {
  id: string
  set: 'dev' | 'holdout'
  bron: string
  bevoegdGezag: string
  naam: string
  besluit: { opschrift: string; artikelen: string[]; inwerkingtreding: string | null }
  visieOpschrift: string
  gios: Gio[]
  config: {
    werk: { jaar: string; besluit: string; regeling: string; doel: string }
    datums: { vaststelling: string; ondertekening: string; bekendmaking: string; inwerkingtreding?: string }
    soortBestuursorgaan: string
    ambtsgebied: string
    oin: string
    achtergrondActualiteit: string
  }
  geo: { origin: [number, number] }
  /** Regexes for headers, footers and page numbers; checked against every text of the model and the extraction. */
  meubilair: string[]
  /** The HTML <title> (PDF metadata). */
  title: string
  /** The document's CSS (fonts, @page rules, margin boxes). */
  css: string
  /**
   * Soft hyphens (&shy;) in the text mark where words may break. Chromium writes every soft hyphen into the PDF
   * text (U+00AD mid-word), which no word processor does; with `hyphenate` the renderer prints twice and keeps only
   * the soft hyphens that ended a line, as real hyphens (render-html.ts `fixHyphens`).
   */
  hyphenate?: boolean
  /**
   * A table of contents whose page numbers the renderer fills in (render-html.ts `fillToc`): spans
   * `<span class="tocpg" data-find="heading line as extracted">` on the pages up to the one holding the line `skip`.
   */
  toc?: { skip: string }
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Plain text of an HTML fragment (tags dropped, entities of esc() undone, soft hyphens removed). */
export function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&shy;|\u00ad/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

function roman(n: number, upper: boolean): string {
  const t: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ]
  let out = ''
  for (const [v, s] of t) while (n >= v) (out += s), (n -= v)
  return upper ? out.toUpperCase() : out
}

function counterText(m: Extract<Marker, { counter: string }>, i: number): string {
  const n = i + 1
  const c =
    m.counter === '1' ? String(n)
    : m.counter === 'a' ? String.fromCharCode(96 + n)
    : m.counter === 'A' ? String.fromCharCode(64 + n)
    : roman(n, m.counter === 'I')
  return `${m.prefix ?? ''}${c}${m.suffix}`
}

export interface KopRender {
  (k: Kop): string
}

export class DocBuilder {
  private out: string[] = []
  private zone: Zone = 'besluit'
  private currentPage: string | undefined
  private pageOpen = false
  readonly koppen: Kop[] = []
  readonly bijlagen: Array<{ nummer: string; opschrift: string }> = []
  lijstitems = 0
  tabellen = 0
  /** Every text of the model (for the meubilair check). */
  readonly texts: string[] = []

  constructor(private readonly kopRender: KopRender) {}

  /** From here on, the blocks belong to this part of the document. */
  enter(zone: Zone): this {
    this.zone = zone
    return this
  }

  /** Start a named page (CSS `page:`); consecutive blocks with the same name stay on the same page sequence. */
  page(name: string): this {
    if (this.pageOpen) this.out.push('</div>')
    this.out.push(`<div class="pg" style="page: ${name}">`)
    this.pageOpen = true
    this.currentPage = name
    return this
  }

  get pageName(): string | undefined {
    return this.currentPage
  }

  /** Raw HTML (besluit, title pages); its text still counts for the meubilair check. */
  raw(html: string): this {
    this.out.push(html)
    for (const line of plain(html).split('\n')) if (line.trim()) this.texts.push(line.trim())
    return this
  }

  /** A numbered heading of the visie; rendered by the house style. */
  kop(niveau: number, nummer: string, opschrift: string, render?: KopRender): this {
    const k = { nummer, opschrift, niveau }
    if (this.zone === 'visie') this.koppen.push(k)
    this.texts.push(opschrift, `${nummer} ${opschrift}`)
    this.out.push((render ?? this.kopRender)(k))
    return this
  }

  /** A body paragraph; `html` may hold inline markup (<b>, <i>, &shy;). */
  p(html: string, cls = ''): this {
    this.out.push(`<p${cls ? ` class="${cls}"` : ''}>${html}</p>`)
    this.texts.push(plain(html))
    return this
  }

  /** Several paragraphs. */
  ps(...htmls: string[]): this {
    for (const h of htmls) this.p(h)
    return this
  }

  /** An unnumbered sub-heading. */
  tk(text: string, cls = 'tk'): this {
    this.out.push(`<p class="${cls}">${esc(text)}</p>`)
    this.texts.push(text)
    return this
  }

  /** A list; `markers[d]` marks depth d (the last one repeats). Items are typeset with explicit marker text. */
  list(items: Item[], markers: Marker[], cls = 'lst'): this {
    const render = (xs: Item[], depth: number): string => {
      const m = markers[Math.min(depth, markers.length - 1)]
      if (!m) throw new Error('list without markers')
      return xs
        .map((it, i) => {
          if (this.zone === 'visie') this.lijstitems++
          const text = typeof it === 'string' ? it : it.text
          this.texts.push(plain(text))
          const mark =
            'glyph' in m
              ? `<span class="m"${m.font ? ` style="font-family:'${m.font}'"` : ''}>${m.glyph}</span>`
              : `<span class="m">${counterText(m, i)}</span>`
          const sub = typeof it === 'string' ? '' : render(it.sub, depth + 1)
          return `<div class="li d${depth}"><div class="row">${mark}<span class="t">${text}</span></div>${sub}</div>`
        })
        .join('')
    }
    this.out.push(`<div class="${cls}">${render(items, 0)}</div>`)
    return this
  }

  /** A table with a header row (the GIO table is `gioTabel`). */
  table(header: string[], rows: string[][], cls = 'tbl', widths?: string[]): this {
    this.tabellen++
    this.out.push(this.tableHtml(header, rows, cls, widths))
    return this
  }

  private tableHtml(header: string[], rows: string[][], cls: string, widths?: string[]): string {
    for (const c of header) this.texts.push(plain(c))
    for (const r of rows) for (const c of r) this.texts.push(plain(c))
    const cg = widths ? `<colgroup>${widths.map((w) => `<col style="width:${w}">`).join('')}</colgroup>` : ''
    return (
      `<table class="${cls}">${cg}<thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>` +
      rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
      '</tbody></table>'
    )
  }

  /** Heading of a bijlage of the visie (recorded in truth.bijlagen). */
  bijlage(nummer: string, opschrift: string, html: string): this {
    this.zone = 'bijlage'
    this.bijlagen.push({ nummer, opschrift })
    this.raw(html)
    return this
  }

  /** The GIO list as a two-column table (not counted as a table). */
  gioTabel(gios: Gio[], header: [string, string], cls: string, widths?: [string, string], breakIds = false): this {
    const id = (s: string) => (breakIds ? s.replace(/([/;@])/g, '$1<wbr>') : s)
    this.out.push(
      this.tableHtml(
        header,
        gios.map((g) => [esc(g.naam), `<span class="gid">${id(esc(g.identificatie))}</span>`]),
        cls,
        widths,
      ),
    )
    return this
  }

  /**
   * The GIO list as a table of three or four columns (e.g. Nr | Naam | Identificatie, or Naam | Identificatie |
   * Toelichting): `row` gives the cells of one GIO (HTML; the identifier cell should use `gidCell`). Not counted as a
   * table.
   */
  gioTabelRows<G extends Gio>(gios: G[], header: string[], row: (g: G, i: number) => string[], cls: string, widths?: string[]): this {
    this.out.push(this.tableHtml(header, gios.map(row), cls, widths))
    return this
  }

  /** The GIO list as lines "naam<sep>identificatie". */
  gioRegels(gios: Gio[], sep: string, cls = 'gioregel'): this {
    for (const g of gios) this.out.push(`<p class="${cls}">${esc(g.naam)}${sep}<span class="gid">${esc(g.identificatie)}</span></p>`)
    for (const g of gios) this.texts.push(g.naam)
    return this
  }

  /** The finished HTML document. */
  html(spec: DocSpec): string {
    if (this.pageOpen) this.out.push('</div>')
    this.pageOpen = false
    return `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>${esc(spec.title)}</title>
<style>
${BASE_CSS}
${spec.css}
</style></head>
<body>
${this.out.join('\n')}
</body></html>
`
  }
}

/** An identifier cell for gioTabelRows; with `breakIds` the identifier may break after / ; @. */
export const gidCell = (id: string, breakIds = false): string =>
  `<span class="gid">${breakIds ? esc(id).replace(/([/;@])/g, '$1<wbr>') : esc(id)}</span>`

/** CSS every house style starts from: explicit list markers with hanging text, tables, page breaks. */
const BASE_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
.li .row { display: flex; align-items: baseline; }
.li .m { flex: 0 0 auto; min-width: 1.4em; padding-right: 0.4em; }
.li .t { flex: 1 1 auto; }
.li .li { margin-left: 1.4em; }
table { border-collapse: collapse; }
.brk { break-before: page; }
.nobrk { break-inside: avoid; }
`
