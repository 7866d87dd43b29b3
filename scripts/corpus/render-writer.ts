/**
 * Corpus generator, LibreOffice variant: typesets a corpus document (scripts/corpus/writer-docs/<id>.ts) as a
 * Flat ODT (bron.fodt) with real paragraph styles (Heading 1–4 with outline numbering), list styles, tables and
 * page styles with header/footer fields, then lets LibreOffice write bron.docx and document.pdf, runs
 * `pdftotext -raw` and `pdftotext -layout`, and writes truth.json, visie.json and geo.geojson from the model.
 *
 *   npx tsx scripts/corpus/render-writer.ts c10 c11 …   (all documents when no id is given)
 *
 * Needs `soffice` (libreoffice-writer) and `pdftotext` (poppler-utils).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Block, Doc, Furniture, HouseStyle, Item, LevelFormat, ListStyle } from './writer-model.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Footnotes typeset so far in this document (numbered per document). */
let footnotes = 0

/** Inline text: `**bold**`, `_italic_`, `[^footnote text]` (a real footnote at the page bottom), tabs; everything else escaped. */
function inline(s: string): string {
  let out = ''
  const re = /\*\*(.+?)\*\*|(?<![\w/])_(.+?)_(?![\w])|\t|\[\^(.+?)\]/g
  let last = 0
  for (const m of s.matchAll(re)) {
    out += esc(s.slice(last, m.index))
    if (m[1] !== undefined) out += `<text:span text:style-name="Tb">${esc(m[1])}</text:span>`
    else if (m[2] !== undefined) out += `<text:span text:style-name="Ti">${esc(m[2])}</text:span>`
    else if (m[3] !== undefined) {
      const n = ++footnotes
      out += `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${esc(m[3])}</text:p></text:note-body></text:note>`
    }
    else out += '<text:tab/>'
    last = (m.index ?? 0) + m[0].length
  }
  return out + esc(s.slice(last))
}

/** Header/footer line with fields. */
function furnitureLine(s: string, style: string): string {
  const parts = s.split(/(\{page\}|\{pages\}|\{chapter\}|\{chaptername\}|\{title\}|\t)/)
  const xml = parts
    .map((p) => {
      switch (p) {
        case '{page}':
          return '<text:page-number text:select-page="current">1</text:page-number>'
        case '{pages}':
          return '<text:page-count>1</text:page-count>'
        case '{chapter}':
          return '<text:chapter text:display="number-and-name" text:outline-level="1"/>'
        case '{chaptername}':
          return '<text:chapter text:display="name" text:outline-level="1"/>'
        case '{title}':
          return '<text:title/>'
        case '\t':
          return '<text:tab/>'
        default:
          return esc(p)
      }
    })
    .join('')
  return `<text:p text:style-name="${style}">${xml}</text:p>`
}

const cm = (n: number): string => `${Math.round(n * 1000) / 1000}cm`
const pt = (n: number): string => `${n}pt`

interface Ctx {
  doc: Doc
  auto: string[]
  counter: number
  pendingBreak?: { master?: string; restart?: number }
  tables: number
  /** Heading numbers as typeset, for the TOC. */
  headings: Array<{ l: number; num: string; text: string }>
  tocPages?: Map<string, number>
}

function textWidth(s: HouseStyle, landscape = false): number {
  const w = landscape ? s.page.height : s.page.width
  return w - s.page.left - s.page.right
}

/** Number of a heading as printed (prefix words and trailing dot left out), per outline counters. */
function headingNumber(style: HouseStyle, counters: number[], l: number): { printed: string; truth: string } {
  const f = style.outline[l - 1]!
  const nums: string[] = []
  for (let i = l - f.display; i < l; i++) nums.push(fmt(style.outline[i]!.format, counters[i]!))
  const truth = nums.join('.')
  return { printed: `${f.prefix ?? ''}${truth}${f.suffix ?? ''}`, truth }
}

function fmt(format: string, n: number): string {
  if (format === 'a') return String.fromCharCode(96 + n)
  if (format === 'A') return String.fromCharCode(64 + n)
  if (format === 'I') return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n]!
  return String(n)
}

function breakStyle(ctx: Ctx, parent: string): string {
  const b = ctx.pendingBreak
  if (!b) return parent
  ctx.pendingBreak = undefined
  const name = `Brk${++ctx.counter}`
  const mp = b.master ? ` style:master-page-name="${b.master}"` : ''
  const pn = b.restart !== undefined ? ` style:page-number="${b.restart}"` : ''
  const br = b.master ? '' : ' fo:break-before="page"'
  ctx.auto.push(
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"${mp}><style:paragraph-properties${br}${pn}/></style:style>`,
  )
  return name
}

/** The paragraph style of an outline heading level: a custom name of the house style, or Heading 1–4. */
const headingStyleName = (s: HouseStyle, l: number): string => {
  const custom = s.headingStyles?.[l - 1]
  return custom ? custom.replace(/ /g, '_20_') : `Heading_20_${l}`
}

const paraStyleName: Record<string, string> = {
  body: 'Text_20_body',
  title: 'Title',
  subtitle: 'Subtitle',
  center: 'Centered',
  bold: 'BodyBold',
  label: 'Label',
  small: 'Small',
  artikel: 'Artikel',
  right: 'RightAligned',
}

function renderItems(ctx: Ctx, items: Item[], list: string, top: boolean): string {
  const style = top ? ` text:style-name="${list}"` : ''
  let xml = `<text:list${style}>`
  for (const it of items) {
    const text = typeof it === 'string' ? it : it.text
    const ps = top && it === items[0] ? breakStyle(ctx, 'List_20_Paragraph') : 'List_20_Paragraph'
    xml += `<text:list-item><text:p text:style-name="${ps}">${inline(text)}</text:p>`
    if (typeof it !== 'string') xml += renderItems(ctx, it.sub, list, false)
    xml += '</text:list-item>'
  }
  return xml + '</text:list>'
}

function renderTable(ctx: Ctx, cols: number[], header: string[] | undefined, rows: string[][], kind: 'grid' | 'plain'): string {
  const name = `Tabel${++ctx.tables}`
  const s = ctx.doc.style
  const width = cols.reduce((a, b) => a + b, 0)
  const brk = ctx.pendingBreak
  ctx.pendingBreak = undefined
  const mp = brk?.master ? ` style:master-page-name="${brk.master}"` : ''
  const bb = brk && !brk.master ? ' fo:break-before="page"' : ''
  ctx.auto.push(
    `<style:style style:name="${name}" style:family="table"${mp}><style:table-properties style:width="${cm(width)}" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"${bb}/></style:style>`,
  )
  cols.forEach((w, i) =>
    ctx.auto.push(
      `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${cm(w)}"/></style:style>`,
    ),
  )
  const border = kind === 'plain' ? 'none' : (s.tableBorder ?? '0.5pt solid #000000')
  ctx.auto.push(
    `<style:style style:name="${name}.cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="${border}"/></style:style>`,
    `<style:style style:name="${name}.head" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="${border}"${kind === 'grid' && s.tableHeaderBg ? ` fo:background-color="${s.tableHeaderBg}"` : ''}/></style:style>`,
  )
  let xml = `<table:table table:name="${name}" table:style-name="${name}">`
  cols.forEach((_, i) => (xml += `<table:table-column table:style-name="${name}.C${i}"/>`))
  const row = (cells: string[], cellStyle: string, pStyle: string): string =>
    '<table:table-row>' +
    cells
      .map(
        (c) =>
          `<table:table-cell table:style-name="${cellStyle}" office:value-type="string">${c
            .split('\n')
            .map((line) => `<text:p text:style-name="${pStyle}">${inline(line)}</text:p>`)
            .join('')}</table:table-cell>`,
      )
      .join('') +
    '</table:table-row>'
  if (header) xml += `<table:table-header-rows>${row(header, `${name}.head`, 'Table_20_Heading')}</table:table-header-rows>`
  for (const r of rows) xml += row(r, `${name}.cell`, kind === 'plain' ? 'Signature' : 'Table_20_Contents')
  return xml + '</table:table>'
}

function renderBlocks(ctx: Ctx, blocks: Block[], counters: number[] | null): string {
  let xml = ''
  for (const b of blocks) {
    switch (b.t) {
      case 'h': {
        let num = ''
        if (counters) {
          counters[b.l - 1]!++
          for (let i = b.l; i < 4; i++) counters[i] = ((ctx.doc.style.outline as readonly LevelFormat[])[i]!.start ?? 1) - 1
          num = headingNumber(ctx.doc.style, counters, b.l).truth
          ctx.headings.push({ l: b.l, num, text: b.text })
        }
        const st = breakStyle(ctx, headingStyleName(ctx.doc.style, b.l))
        xml += `<text:h text:style-name="${st}" text:outline-level="${b.l}">${inline(b.text)}</text:h>`
        break
      }
      case 'p':
        xml += `<text:p text:style-name="${breakStyle(ctx, paraStyleName[b.style ?? 'body']!)}">${inline(b.text)}</text:p>`
        break
      case 'tk':
        xml += `<text:p text:style-name="${breakStyle(ctx, 'Tussenkop')}">${inline(b.text)}</text:p>`
        break
      case 'ul':
      case 'ol':
        xml += renderItems(ctx, b.items, b.list, true)
        break
      case 'table':
        xml += renderTable(ctx, b.cols, b.header, b.rows, 'grid')
        break
      case 'break':
        ctx.pendingBreak = { master: b.master, restart: b.restart }
        break
      case 'cols2': {
        const name = `Sect${++ctx.counter}`
        ctx.auto.push(
          `<style:style style:name="${name}" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"><style:column style:rel-width="1*" fo:start-indent="0cm" fo:end-indent="0.4cm"/><style:column style:rel-width="1*" fo:start-indent="0.4cm" fo:end-indent="0cm"/></style:columns></style:section-properties></style:style>`,
        )
        xml += `<text:section text:style-name="${name}" text:name="${name}">${renderBlocks(ctx, b.blocks, counters)}</text:section>`
        break
      }
      case 'sign': {
        const n = Math.max(b.left.length, b.right.length)
        const half = textWidth(ctx.doc.style) / 2
        const rows = [[b.left.join('\n'), b.right.join('\n')]]
        void n
        xml += renderTable(ctx, [half, half], undefined, rows, 'plain')
        break
      }
      case 'gio': {
        const gios = ctx.doc.gios
        if (b.layout === 'table') {
          const cols = b.cols ?? [6, 5]
          const row = (g: (typeof gios)[number], i: number): string[] =>
            b.extra === 'nr' ? [String(i + 1), g.naam, g.identificatie]
            : b.extra === 'toelichting' ? [g.naam, g.identificatie, g.toelichting ?? '']
            : [g.naam, g.identificatie]
          xml += renderTable(ctx, cols, b.header, gios.map(row), 'grid')
        } else {
          for (const g of gios)
            xml += `<text:p text:style-name="${breakStyle(ctx, 'GioLine')}">${esc(g.naam)}${b.sep ?? '<text:tab/>'}${esc(g.identificatie)}</text:p>`
        }
        break
      }
      case 'bijlage':
        xml += `<text:p text:style-name="${breakStyle(ctx, 'Bijlagekop')}">${esc(b.label)}${b.sep ?? ' '}${esc(b.text)}</text:p>`
        break
      case 'toc': {
        xml += `<text:p text:style-name="${breakStyle(ctx, 'TocTitle')}">${esc(b.title)}</text:p>`
        const all = tocEntries(ctx.doc).filter((h) => h.l <= b.levels)
        for (const h of all) {
          const page = ctx.tocPages?.get(`${h.num} ${h.text}`) ?? 0
          const prefix = ctx.doc.style.outline[h.l - 1]!.prefix ?? ''
          const suffix = ctx.doc.style.outline[h.l - 1]!.suffix ?? ''
          xml += `<text:p text:style-name="Toc${h.l}">${esc(prefix + h.num + suffix)} ${esc(h.text)}<text:tab/>${page || '00'}</text:p>`
        }
        break
      }
    }
  }
  return xml
}

/** Headings of the visie body with their numbers (what truth.json lists). */
export function tocEntries(doc: Doc): Array<{ l: number; num: string; text: string }> {
  const counters = doc.style.outline.map((f) => (f.start ?? 1) - 1)
  const out: Array<{ l: number; num: string; text: string }> = []
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.t === 'cols2') walk(b.blocks)
      if (b.t !== 'h') continue
      counters[b.l - 1]!++
      for (let i = b.l; i < 4; i++) counters[i] = ((doc.style.outline as readonly LevelFormat[])[i]!.start ?? 1) - 1
      out.push({ l: b.l, num: headingNumber(doc.style, counters, b.l).truth, text: b.text })
    }
  }
  walk(doc.visie.body)
  return out
}

function listStyleXml(name: string, ls: ListStyle): string {
  let xml = `<text:list-style style:name="${name}">`
  for (let lvl = 1; lvl <= 4; lvl++) {
    const spec = ls.levels[Math.min(lvl, ls.levels.length) - 1]!
    const indent = 0.63 * lvl
    const props = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${cm(indent + 0.02)}" fo:text-indent="-0.63cm" fo:margin-left="${cm(indent)}"/></style:list-level-properties>`
    if (ls.kind === 'bullet') {
      const font = spec.font ? `<style:text-properties style:font-name="${spec.font}"/>` : ''
      xml += `<text:list-level-style-bullet text:level="${lvl}" text:bullet-char="${esc(spec.char ?? '•')}">${props}${font}</text:list-level-style-bullet>`
    } else if (spec.char) {
      xml += `<text:list-level-style-bullet text:level="${lvl}" text:bullet-char="${esc(spec.char)}">${props}</text:list-level-style-bullet>`
    } else {
      xml += `<text:list-level-style-number text:level="${lvl}" style:num-format="${spec.format ?? '1'}" style:num-suffix="${esc(spec.suffix ?? '.')}"${spec.prefix ? ` style:num-prefix="${esc(spec.prefix)}"` : ''}>${props}</text:list-level-style-number>`
    }
  }
  return xml + '</text:list-style>'
}

function fodt(doc: Doc, tocPages?: Map<string, number>): string {
  const s = doc.style
  const ctx: Ctx = { doc, auto: [], counter: 0, tables: 0, headings: [], tocPages }
  footnotes = 0
  const counters = s.outline.map((f) => (f.start ?? 1) - 1)
  const bodyParts: string[] = []
  bodyParts.push(renderBlocks(ctx, doc.besluit.blocks, null))
  bodyParts.push(renderBlocks(ctx, doc.visie.front, null))
  bodyParts.push(renderBlocks(ctx, doc.visie.body, counters))
  for (const b of doc.bijlagen) bodyParts.push(renderBlocks(ctx, b, null))

  const tw = textWidth(s)
  const hf = s.headingFont ?? s.font
  const fonts = [...new Set([s.font, hf, 'OpenSymbol', 'Symbol', 'Liberation Sans', 'DejaVu Sans'])]
  const fontDecls = fonts.map((f) => `<style:font-face style:name="${f}" svg:font-family="'${f}'"/>`).join('')
  const justify = s.justify ? ' fo:text-align="justify"' : ''
  const lh = s.lineHeight ? ` fo:line-height="${s.lineHeight}%"` : ''
  const color = s.headingColor ? ` fo:color="${s.headingColor}"` : ''
  const heading = (l: number): string => {
    const size = s.headingSizes[l - 1] as number
    const upper = l === 1 && s.headingUpper1 ? ' fo:text-transform="uppercase"' : ''
    const ital = l === 3 && s.headingItalic3 ? ' fo:font-style="italic"' : ''
    const weight = s.headingBold ? (s.headingBold[l - 1] ? 'bold' : 'normal') : l === 4 ? 'normal' : 'bold'
    const before = [0.8, 0.5, 0.4, 0.3][l - 1]
    const custom = s.headingStyles?.[l - 1]
    // a custom heading style is based on the default paragraph style: only its outline level ties it to the numbering
    const head = custom
      ? `<style:style style:name="${headingStyleName(s, l)}" style:display-name="${esc(custom)}" style:family="paragraph" style:parent-style-name="Standard" `
      : `<style:style style:name="Heading_20_${l}" style:display-name="Heading ${l}" style:family="paragraph" style:parent-style-name="Heading" `
    const font = custom ? ` style:font-name="${hf}"` : ''
    return `${head}style:next-style-name="Text_20_body" style:default-outline-level="${l}" style:class="text"><style:paragraph-properties fo:margin-top="${cm(before!)}" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties${font} fo:font-size="${pt(size)}" fo:font-weight="${weight}"${l === 4 ? ' fo:font-style="italic"' : ''}${upper}${ital}${color}/></style:style>`
  }
  const outline = s.outline
    .map((f, i) => {
      const indent = f.prefix && f.prefix.length > 3 ? 3.2 : [1.0, 1.3, 1.6, 1.9][i]!
      return `<text:outline-level-style text:level="${i + 1}" style:num-format="${f.format}"${f.prefix ? ` style:num-prefix="${esc(f.prefix)}"` : ''}${f.suffix ? ` style:num-suffix="${esc(f.suffix)}"` : ''} text:display-levels="${f.display}"${f.start !== undefined ? ` text:start-value="${f.start}"` : ''}><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${cm(indent)}" fo:text-indent="${cm(-indent)}" fo:margin-left="${cm(indent)}"/></style:list-level-properties></text:outline-level-style>`
    })
    .join('')
  const extraLevels = [5, 6, 7, 8, 9, 10]
    .map((l) => `<text:outline-level-style text:level="${l}" style:num-format=""/>`)
    .join('')
  const lists = Object.entries(s.lists)
    .map(([n, ls]) => listStyleXml(n, ls))
    .join('')
  const tsk = s.tussenkop ?? { bold: true }
  const tabStops = (w: number): string =>
    `<style:tab-stops><style:tab-stop style:position="${cm(w / 2)}" style:type="center"/><style:tab-stop style:position="${cm(w)}" style:type="right"/></style:tab-stops>`

  const styles = `
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm" style:writing-mode="lr-tb"/><style:text-properties style:font-name="${s.font}" fo:font-size="${pt(s.size)}" fo:language="nl" fo:country="NL" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="${cm(s.spaceAfter ?? 0.2)}"${lh}${justify} fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties style:font-name="${hf}" fo:font-size="14pt"/></style:style>
${[1, 2, 3, 4].map(heading).join('\n')}
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:margin-top="3cm" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="26pt" fo:font-weight="bold"${color}/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="15pt"/></style:style>
<style:style style:name="Centered" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="RightAligned" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="BodyBold" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Label" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="${pt(s.size + 1)}" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-size="${pt(s.size - 2)}"/></style:style>
<style:style style:name="Artikel" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Tussenkop" style:display-name="Tussenkop" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties${tsk.bold ? ' fo:font-weight="bold"' : ''}${tsk.italic ? ' fo:font-style="italic"' : ''}${tsk.color ? ` fo:color="${tsk.color}"` : ''}${tsk.size ? ` fo:font-size="${pt(tsk.size)}"` : ''}/></style:style>
<style:style style:name="Bijlagekop" style:display-name="Bijlagekop" style:family="paragraph" style:parent-style-name="Heading" style:class="text"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="${pt(s.headingSizes[0])}" fo:font-weight="bold"${color}/></style:style>
<style:style style:name="TocTitle" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="${pt(s.headingSizes[0])}" fo:font-weight="bold"/></style:style>
<style:style style:name="Toc1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm"><style:tab-stops><style:tab-stop style:position="${cm(tw)}" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Toc2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.6cm"><style:tab-stops><style:tab-stop style:position="${cm(tw - 0.6)}" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="GioLine" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="0cm"><style:tab-stops><style:tab-stop style:position="5cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="${pt(s.tableFontSize ?? s.size - 1)}"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties>${tabStops(tw)}</style:paragraph-properties><style:text-properties fo:font-size="${pt(s.size - 2)}" fo:color="#444444"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties>${tabStops(tw)}</style:paragraph-properties><style:text-properties fo:font-size="${pt(s.size - 2)}" fo:color="#444444"/></style:style>
<style:style style:name="HeaderL" style:family="paragraph" style:parent-style-name="Header"><style:paragraph-properties>${tabStops(textWidth(s, true))}</style:paragraph-properties></style:style>
<style:style style:name="FooterL" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties>${tabStops(textWidth(s, true))}</style:paragraph-properties></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:outline-style style:name="Outline">${outline}${extraLevels}</text:outline-style>
${lists}${footnotes ? `\n<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="${pt(s.size - 2)}"/></style:style>` : ''}`

  const p = s.page
  const layout = (name: string, landscape: boolean, hasHeader: boolean, hasFooter: boolean): string =>
    `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${cm(landscape ? p.height : p.width)}" fo:page-height="${cm(landscape ? p.width : p.height)}" style:print-orientation="${landscape ? 'landscape' : 'portrait'}" fo:margin-top="${cm(p.top)}" fo:margin-bottom="${cm(p.bottom)}" fo:margin-left="${cm(p.left)}" fo:margin-right="${cm(p.right)}"/><style:header-style>${hasHeader ? '<style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/>' : ''}</style:header-style><style:footer-style>${hasFooter ? '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/>' : ''}</style:footer-style></style:page-layout>`
  const layouts: string[] = [layout('pmTitle', false, false, false)]
  const masters: string[] = [
    `<style:master-page style:name="Titel" style:page-layout-name="pmTitle" style:next-style-name="Standard"/>`,
  ]
  for (const [name, f] of Object.entries(s.masters)) {
    const lname = `pm_${name}`
    const land = f.landscape ?? false
    layouts.push(layout(lname, land, !!f.header, !!f.footer))
    const hs = land ? 'HeaderL' : 'Header'
    const fs = land ? 'FooterL' : 'Footer'
    const part = (tag: string, lines: string[] | undefined, st: string): string =>
      lines ? `<style:${tag}>${lines.map((l) => furnitureLine(l, st)).join('')}</style:${tag}>` : ''
    masters.push(
      `<style:master-page style:name="${name}" style:page-layout-name="${lname}">${part('header', f.header, hs)}${part('header-left', f.headerLeft, hs)}${part('footer', f.footer, fs)}${part('footer-left', f.footerLeft, fs)}</style:master-page>`,
    )
  }

  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(doc.title)}</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>${fontDecls}</office:font-face-decls>
<office:styles>${styles}</office:styles>
<office:automatic-styles>${layouts.join('')}${ctx.auto.join('\n')}</office:automatic-styles>
<office:master-styles>${masters.join('')}</office:master-styles>
<office:body><office:text>
${bodyParts.join('\n')}
</office:text></office:body></office:document>
`
}

function sh(cmd: string, args: string[], cwd?: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** The LibreOffice user profile of this run (removed when the run ends: no temp files left behind). */
const profileDir = `/tmp/lo-profile-corpus-${process.pid}`

function convert(dir: string, fodtName: string): void {
  const profile = `file://${profileDir}`
  for (const [filter, ext] of [
    ['pdf:writer_pdf_Export', 'pdf'],
    ['docx:MS Word 2007 XML', 'docx'],
  ] as const) {
    sh('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, join(dir, fodtName)])
    void ext
  }
}

/** Page (1-based) on which each visie heading is printed, from a `-layout` extraction. */
function headingPages(doc: Doc, pdf: string): Map<string, number> {
  const text = sh('pdftotext', ['-layout', pdf, '-'])
  const pages = text.split('\f')
  const map = new Map<string, number>()
  const entries = tocEntries(doc)
  // the TOC itself lists every heading: search from the page after the last TOC page
  // the page numbering restarts at 1 on the TOC page (as all TOC documents in this corpus do)
  let from = 0
  let tocPage = 0
  for (const [i, pg] of pages.entries())
    if (/\.\.\.\.\s*\d+\s*$/m.test(pg)) {
      if (!tocPage) tocPage = i + 1
      from = i + 1
    }
  for (const h of entries) {
    const f = doc.style.outline[h.l - 1]!
    const printed = `${f.prefix ?? ''}${h.num}${f.suffix ?? ''}`
    // a long title wraps: its words may be separated by a line end
    const title = escRe(h.text.slice(0, 25)).replace(/ /g, '\\s+')
    const re = new RegExp(`^\\s*${escRe(printed)}\\s+${title}`, 'mi')
    // a heading in the right column of a two-column section does not start its layout line
    const inColumn = new RegExp(`\\s{3}${escRe(printed)}\\s+${title}`, 'mi')
    for (let i = from; i < pages.length; i++) {
      if (re.test(pages[i]!) || (!pages.slice(from).some((p) => re.test(p)) && inColumn.test(pages[i]!))) {
        map.set(`${h.num} ${h.text}`, i + 1 - (tocPage - 1))
        from = i
        break
      }
    }
  }
  return map
}

const escRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function countItems(items: Item[]): number {
  return items.reduce((n, it) => n + 1 + (typeof it === 'string' ? 0 : countItems(it.sub)), 0)
}

function walkBlocks(blocks: Block[], f: (b: Block) => void): void {
  for (const b of blocks) {
    f(b)
    if (b.t === 'cols2') walkBlocks(b.blocks, f)
  }
}

export function truth(doc: Doc): unknown {
  let lijstitems = 0
  let tabellen = 0
  walkBlocks(doc.visie.body, (b) => {
    if (b.t === 'ul' || b.t === 'ol') lijstitems += countItems(b.items)
    if (b.t === 'table') tabellen++
  })
  const bijlagen: Array<{ nummer: string; opschrift: string }> = []
  for (const bl of doc.bijlagen)
    walkBlocks(bl, (b) => {
      if (b.t === 'table') tabellen++
      if (b.t === 'bijlage') bijlagen.push({ nummer: b.nummer, opschrift: b.text })
    })
  return {
    set: doc.set,
    bron: doc.bron,
    bevoegdGezag: doc.bevoegdGezag,
    besluit: { opschrift: doc.besluit.opschrift, artikelen: doc.besluit.artikelen, inwerkingtreding: doc.besluit.inwerkingtreding },
    visie: {
      opschrift: doc.visie.opschrift,
      koppen: tocEntries(doc).map((h) => ({ nummer: h.num, opschrift: h.text, niveau: h.l })),
      lijstitems,
      tabellen,
      bijlagen,
    },
    gios: doc.gios.map((g) => ({ naam: g.naam, identificatie: g.identificatie })),
    meubilair: doc.meubilair,
    ...(doc.levering ? { levering: doc.levering } : {}),
  }
}

function visieJson(doc: Doc): unknown {
  const c = doc.config
  const oin = `000000010000000${doc.bevoegdGezag.replace(/\D/g, '').padStart(4, '0')}0`.slice(0, 20)
  return {
    $schema: '../../../schemas/visie.schema.json',
    toelichting:
      c.toelichting ??
      `Corpusdocument ${doc.id}: ${doc.naam}. De OIN's zijn plaatshouders; de geometrie in geo.geojson is schematisch getekend en geen echte begrenzing.`,
    bevoegdGezag: doc.bevoegdGezag,
    naam: doc.naam,
    oin: { bevoegdGezag: oin, aanleveraar: oin },
    idLevering: `${doc.bevoegdGezag}-${c.werk.regeling}-${c.werk.jaar}-1`.slice(0, 80),
    tekst: 'raw.txt',
    werk: c.werk,
    datums: c.datums,
    metadata: { soortBestuursorgaan: c.soortBestuursorgaan, onderwerpen: c.onderwerpen, rechtsgebieden: ['/tooi/def/concept/c_638d8062'] },
    standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' },
    geo: {
      crs: 'EPSG:28992',
      achtergrondVerwijzing: 'TOP10NL',
      achtergrondActualiteit: shiftDate(c.datums.vaststelling, -60),
      bronnen: ['geo.geojson'],
      schematisch: true,
    },
    afbeeldingen: {},
    ow: { ambtsgebied: c.ambtsgebied },
  }
}

function shiftDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Schematic convex polygon (hand-placed centre, irregular but valid ring, counter-clockwise, closed). */
function polygon(cx: number, cy: number, r: number, seed: number): number[][] {
  const n = 6 + (seed % 3)
  const ring: number[][] = []
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n + (seed % 7) * 0.07
    const k = 0.75 + (((seed * 31 + i * 17) % 10) / 10) * 0.25
    ring.push([Math.round((cx + r * k * Math.cos(a)) * 1000) / 1000, Math.round((cy + r * k * Math.sin(a)) * 1000) / 1000])
  }
  ring.push([...ring[0]!])
  return ring
}

function geojson(doc: Doc): unknown {
  const [ox, oy] = doc.geo.origin
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    toelichting: 'schematische geometrie, geen echte begrenzing',
    features: doc.gios.map((g, i) => ({
      type: 'Feature',
      properties: { gio: g.naam },
      geometry: { type: 'Polygon', coordinates: [polygon(ox + g.at[0] * 1000, oy + g.at[1] * 1000, (g.size ?? 1.5) * 1000, i + 3)] },
    })),
  }
}

async function render(id: string): Promise<void> {
  const mod = (await import(`./writer-docs/${id}.ts`)) as { default: Doc }
  const doc = mod.default
  const dir = join(root, 'test/corpus', id)
  mkdirSync(dir, { recursive: true })
  const hasToc = [...doc.besluit.blocks, ...doc.visie.front].some((b) => b.t === 'toc')
  writeFileSync(join(dir, 'bron.fodt'), fodt(doc))
  convert(dir, 'bron.fodt')
  if (hasToc) {
    const pages = headingPages(doc, join(dir, 'bron.pdf'))
    writeFileSync(join(dir, 'bron.fodt'), fodt(doc, pages))
    convert(dir, 'bron.fodt')
  }
  copyFileSync(join(dir, 'bron.pdf'), join(dir, 'document.pdf'))
  rmSync(join(dir, 'bron.pdf'))
  sh('pdftotext', ['-raw', join(dir, 'document.pdf'), join(dir, 'raw.txt')])
  sh('pdftotext', ['-layout', join(dir, 'document.pdf'), join(dir, 'layout.txt')])
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth(doc), null, 2) + '\n')
  writeFileSync(join(dir, 'visie.json'), JSON.stringify(visieJson(doc), null, 2) + '\n')
  writeFileSync(join(dir, 'geo.geojson'), JSON.stringify(geojson(doc), null, 1) + '\n')
  // furniture regexes must not hit any model text, and must hit the extraction
  const modelText = modelLines(doc)
  const raw = readFileSync(join(dir, 'raw.txt'), 'utf8')
  const rawLines = raw.split('\n').map((l) => l.replace(/^\f/, '').trim())
  for (const m of doc.meubilair) {
    const re = new RegExp(m)
    const bad = modelText.find((l) => re.test(l))
    if (bad) console.warn(`${id}: meubilair /${m}/ matches model text: ${bad}`)
    const hits = rawLines.filter((l) => re.test(l)).length
    console.log(`${id}: meubilair /${m}/ matches ${hits} raw lines`)
  }
  const pages = raw.split('\f').length - 1
  console.log(`${id}: ${pages} pages, ${tocEntries(doc).length} koppen, ${doc.gios.length} GIOs`)
}

/** Every text line of the model (for the furniture check). */
function modelLines(doc: Doc): string[] {
  const out: string[] = []
  const items = (its: Item[]): void => {
    for (const it of its) {
      out.push(typeof it === 'string' ? it : it.text)
      if (typeof it !== 'string') items(it.sub)
    }
  }
  const all = [doc.besluit.blocks, doc.visie.front, doc.visie.body, ...doc.bijlagen]
  for (const bl of all)
    walkBlocks(bl, (b) => {
      if (b.t === 'p' || b.t === 'tk' || b.t === 'h') out.push(b.text.replace(/\*\*|_/g, ''))
      if (b.t === 'ul' || b.t === 'ol') items(b.items)
      if (b.t === 'table') out.push(...b.header, ...b.rows.flat())
      if (b.t === 'bijlage') out.push(`${b.label}${b.sep ?? ' '}${b.text}`)
      if (b.t === 'sign') out.push(...b.left, ...b.right)
    })
  for (const g of doc.gios) out.push(g.naam, g.identificatie, ...(g.toelichting ? [g.toelichting] : []))
  return out
}

const ids = process.argv.slice(2)
const all = existsSync(join(here, 'writer-docs'))
  ? readdirSync(join(here, 'writer-docs'))
      .filter((f) => /^c\d+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
  : []
try {
  for (const id of ids.length ? ids : all) await render(id)
} finally {
  rmSync(profileDir, { recursive: true, force: true })
}
