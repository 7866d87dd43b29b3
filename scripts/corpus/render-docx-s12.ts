/**
 * Corpus generator, Word variant of session 12 (test/corpus/word/w07 … w12, holdout): the Word constructs a
 * publication officer's document has beyond w01–w06. Written with the `docx` package; what that package cannot
 * write is put into the OOXML afterwards in the same pass that fixes the ZIP dates (render-docx.ts `deterministic`):
 * a TOC field with its cached result, a content control (w:sdt) around the besluit's date, w:lvlRestart in
 * numbering.xml.
 *
 * Constructs per document (see word-docs-s12.ts): heading numbers only from numbering.xml ("Hoofdstuk %1",
 * "%1.%2.", a chapter numbering starting at 0 or at 5), headings by built-in styles with Dutch ids ("Kop1") or
 * English ones ("Heading1"), by custom styles basedOn them (numbering inherited), or by a paragraph's own outlineLvl;
 * a heading style with w:caps; a manual line break in a heading; lists (Symbol bullet U+F0B7, "a.", "1)", "i.",
 * nested, a list continuing after a paragraph); tables with gridSpan/vMerge and a repeated header row; a GIO table
 * with the identifier wrapped in a narrow cell; footnotes, a hyperlink, a bookmark, a comment, tracked changes
 * (w:ins kept, w:del dropped), a two-column section, signatures in a two-column table.
 *
 * w13–w18 (word-docs-s12b.ts) add, as options that leave w07–w12 byte-identical: w:isLgl, "§ %1.%2" levels, heading
 * levels linked to their styles (w:pStyle in the w:lvl), level 2 restarted per chapter by lvlOverride/startOverride
 * (w:lvlRestart 0), "Artikel %1" numbering for the besluit, headings and the title in table cells, text boxes, the
 * TOC in Word's content control and as hyperlinks with PAGEREF fields, soft and non-breaking hyphens, and GIO
 * identifiers in a run per path segment inside a hyperlink.
 *
 *   npx tsx scripts/corpus/render-docx-s12.ts [w07 …]
 *
 * truth.json comes from the model (numbers from the generator's own counters over the numbering definitions, titles
 * as typed: insertions in, deletions out, a line break read as a space), never from a reader.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  Textbox,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx'
import { deterministic, geojson, visieJson, type Meta } from './render-docx.js'
import { WORD_DOCS_S12 } from './word-docs-s12.js'
import { WORD_DOCS_S12B } from './word-docs-s12b.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')

/**
 * Inline text: a string with `[+…+]` (a tracked insertion), `[-…-]` (a tracked deletion), `\n` (a manual line
 * break); or a special run.
 */
export type Run =
  | string
  | { fn: string }
  | { link: string; url: string }
  | { bookmark: string; text: string }
  | { comment: string; text: string }
  | { bold: string }
export type Item = string | { text: string; sub: Item[] }
export type ListKind = 'bullet' | 'letter' | 'paren' | 'roman'
/** A table cell: text, spanning columns (gridSpan), or starting/continuing a vertical merge (vMerge). */
export type Cell = string | { text: string; span?: number; merge?: 'restart' | 'continue' }
export type Block =
  | { t: 'h'; l: 1 | 2 | 3; text: string }
  | { t: 'p'; runs: Run[] }
  | { t: 'tk'; text: string }
  | { t: 'list'; kind: ListKind; items: Item[]; continues?: boolean }
  /** Row 0 is the header row, repeated on every page (w:tblHeader). */
  | { t: 'table'; rows: Cell[][]; widths?: number[] }
  /**
   * The GIO table: narrow fixed columns, the identifier wraps inside its cell (and is written in two runs); with
   * `links` split over a run per path segment, inside a hyperlink.
   */
  | { t: 'gio'; header: [string, string]; links?: boolean }
  /** A besluit article numbered by Word ("Artikel %1" in numbering.xml), bold, with its title typed after it. */
  | { t: 'art'; text: string }
  /** A visie heading inside the first cell of a two-cell table (a title block), the second cell a short text. */
  | { t: 'hcell'; l: 1 | 2 | 3; text: string; side: string }
  /** A quote in a text box (w:txbxContent), with who said it. */
  | { t: 'quote'; text: string; who: string }
  | { t: 'cols2'; blocks: Block[] }
  /**
   * Inhoudsopgave: a TOC field over levels 1–2 with its cached result (no headings); `sdt`: inside Word's table of
   * contents content control; `links`: each entry a hyperlink to a _Toc bookmark on its heading, with a PAGEREF field.
   */
  | { t: 'toc'; title: string; sdt?: boolean; links?: boolean }
  /** A paragraph with the besluit's date in a date content control (w:sdt). */
  | { t: 'date'; before: string; date: string; iso: string; after: string }
  /** Signatures: a two-column borderless table. */
  | { t: 'sign'; left: string[]; right: string[] }

export interface Level {
  text: string
  format: 'decimal' | 'upperRoman' | 'upperLetter'
  start?: number
  /** w:isLgl: the numbers of the higher levels shown in this level as decimal (II → 2). */
  isLgl?: boolean
}

export interface DocS12 extends Meta {
  set: 'holdout'
  bron: string
  style: {
    font: string
    size: number
    /**
     * `style`: built-in heading styles with numPr; `custom`: own styles basedOn the built-in ones (numbering and
     * outline level inherited); `outline`: paragraphs without a heading style (the package gives a numbered paragraph
     * ListParagraph) with their own outlineLvl and numPr, bold runs.
     */
    via: 'style' | 'custom' | 'outline'
    /** With `style`: numPr in the heading style, or on each heading paragraph. */
    numberingOnParagraph?: boolean
    /** Built-in style ids as Dutch Word writes them ("Kop1") or English ("Heading1"). */
    lang: 'nl' | 'en'
    /** Names of the custom styles (via `custom`). */
    custom?: [string, string, string]
    /** The level-1 heading style sets all capitals (w:caps). */
    caps?: boolean
    levels: [Level, Level, Level]
    /** w:lvlRestart w:val="1" written explicitly on levels 2 and 3 (restart per chapter). */
    lvlRestart?: boolean
    /** Each level of the heading numbering names its heading style (w:pStyle in the w:lvl), as Word links them. */
    linkStyle?: boolean
    /**
     * Level 2 never restarts by itself (w:lvlRestart w:val="0"); the first section of every chapter after the first
     * uses its own w:num with lvlOverride/startOverride 1 (Word's "restart at 1"). Needs numberingOnParagraph.
     */
    overrideRestart?: boolean
    /** The visie's title and subtitle in a table cell (a title block) instead of Title/Subtitle paragraphs. */
    titleBlock?: string
    header?: string
    /** `{page}` is the PAGE field. */
    footer: string
  }
  besluit: { opschrift: string; artikelen: string[]; inwerkingtreding: string | null; blocks: Block[] }
  bijlageA: string
  visie: { opschrift: string; subtitel?: string; body: Block[] }
  bijlagen: { nummer: string; opschrift: string; blocks: Block[] }[]
  comments?: Record<string, string>
  meubilair: string[]
}

type Child = Paragraph | Table

const AUTHOR = 'Redactie'
const CHANGE_DATE = '2026-01-15T10:00:00Z'

interface Ctx {
  readonly doc: DocS12
  readonly footnotes: Record<number, { children: Paragraph[] }>
  readonly comments: { id: number; author: string; initials: string; date: Date; children: Paragraph[] }[]
  /** Last instance per list kind (a list that continues reuses it). */
  readonly lastList: Partial<Record<ListKind, number>>
  lists: number
  changes: number
  sdt?: { date: string; iso: string }
  toc?: string
  /** Headings written so far (bookmark names _Toc…, restart instances). */
  headings: number
  lastLevel: number
  restarts: number
}

const BUILTIN = { nl: ['Kop1', 'Kop2', 'Kop3'], en: ['Heading1', 'Heading2', 'Heading3'] } as const

/** A string with [+ins+], [-del-] and \n → runs. */
function inline(ctx: Ctx, text: string, opts: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const part of text.split(/(\[\+[^\]]*?\+\]|\[-[^\]]*?-\])/u)) {
    if (part === '') continue
    const ins = /^\[\+(.*)\+\]$/su.exec(part)
    const del = /^\[-(.*)-\]$/su.exec(part)
    if (ins) out.push(new InsertedTextRun({ text: ins[1] as string, id: ++ctx.changes, author: AUTHOR, date: CHANGE_DATE, ...opts }))
    else if (del) out.push(new DeletedTextRun({ text: del[1] as string, id: ++ctx.changes, author: AUTHOR, date: CHANGE_DATE, ...opts }))
    else part.split('\n').forEach((line, k) => out.push(new TextRun({ text: line, ...(k > 0 ? { break: 1 } : {}), ...opts })))
  }
  return out
}

/** What a reader sees: insertions in, deletions out, a line break as a space. */
export function shown(text: string): string {
  return text
    .replace(/\[\+(.*?)\+\]/gsu, '$1')
    .replace(/\[-(.*?)-\]/gsu, '')
    .replace(/\s*\n\s*/gu, ' ')
    .replace(/\u00AD/gu, '')
    .replace(/\u2011/gu, '-')
    // A deletion at the end leaves the space before it: Word shows no trailing space.
    .replace(/ {2,}/gu, ' ')
    .trim()
}

function runs(ctx: Ctx, list: Run[]): ParagraphChild[] {
  return list.flatMap((r): ParagraphChild[] => {
    if (typeof r === 'string') return inline(ctx, r)
    if ('fn' in r) {
      const id = Object.keys(ctx.footnotes).length + 1
      ctx.footnotes[id] = { children: [new Paragraph(r.fn)] }
      return [new FootnoteReferenceRun(id)]
    }
    if ('url' in r) return [new ExternalHyperlink({ link: r.url, children: [new TextRun({ text: r.link, style: 'Hyperlink' })] })]
    if ('bookmark' in r) return [new Bookmark({ id: r.bookmark, children: [new TextRun(r.text)] })]
    if ('comment' in r) {
      const id = ctx.comments.length
      ctx.comments.push({ id, author: AUTHOR, initials: 'RD', date: new Date(CHANGE_DATE), children: [new Paragraph(ctx.doc.comments?.[r.comment] ?? r.comment)] })
      return [new CommentRangeStart(id), new TextRun(r.text), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]
    }
    return [new TextRun({ text: r.bold, bold: true })]
  })
}

function heading(ctx: Ctx, l: 1 | 2 | 3, text: string): Paragraph {
  const s = ctx.doc.style
  const k = l - 1
  const n = ++ctx.headings
  const after = ctx.lastLevel
  ctx.lastLevel = l
  if (tocLinks(ctx.doc) || s.overrideRestart) {
    // The first section of a chapter after the first gets its own w:num (restart at 1, see patch()).
    const instance = s.overrideRestart && l === 2 && after === 1 && n > 2 ? ++ctx.restarts : 0
    const style = s.via === 'custom' ? `Visie${k + 1}` : BUILTIN[s.lang][k]
    // (Headings by their own outline level keep it, their numbering and their bold runs under the bookmark.)
    const outline = s.via === 'outline'
    const own = outline ? inline(ctx, text, { bold: true, size: [32, 26, 22][k] as number }) : inline(ctx, text)
    return new Paragraph({
      ...(outline ? { outlineLevel: k, spacing: { before: 240, after: 120 } } : { style }),
      ...(s.numberingOnParagraph || outline ? { numbering: { reference: 'kop', level: k, ...(instance ? { instance } : {}) } } : {}),
      children: tocLinks(ctx.doc) ? [new Bookmark({ id: `_Toc${String(9000 + n)}`, children: own as TextRun[] })] : own,
    })
  }
  if (s.via === 'outline') {
    return new Paragraph({
      outlineLevel: k,
      numbering: { reference: 'kop', level: k },
      spacing: { before: 240, after: 120 },
      children: inline(ctx, text, { bold: true, size: [32, 26, 22][k] as number }),
    })
  }
  const style = s.via === 'custom' ? `Visie${k + 1}` : BUILTIN[s.lang][k]
  return new Paragraph({ style, ...(s.numberingOnParagraph ? { numbering: { reference: 'kop', level: k } } : {}), children: inline(ctx, text) })
}

const LIST_REF: Record<ListKind, string> = { bullet: 'opsomming', letter: 'letters', paren: 'haakjes', roman: 'romeins' }

function items(ctx: Ctx, list: Item[], kind: ListKind, level: number, instance: number): Paragraph[] {
  return list.flatMap((it) => {
    const text = typeof it === 'string' ? it : it.text
    const own = new Paragraph({ style: 'ListParagraph', numbering: { reference: LIST_REF[kind], level, instance }, children: inline(ctx, text) })
    return typeof it === 'string' ? [own] : [own, ...items(ctx, it.sub, kind, level + 1, instance)]
  })
}

function cell(c: Cell, header: boolean, width?: number): TableCell {
  const o = typeof c === 'string' ? { text: c } : c
  return new TableCell({
    ...(o.span ? { columnSpan: o.span } : {}),
    ...(o.merge ? { verticalMerge: o.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text: o.text, bold: header })] })],
  })
}

function table(rows: Cell[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths, layout: TableLayoutType.FIXED } : {}),
    rows: rows.map((r, k) => new TableRow({ ...(k === 0 ? { tableHeader: true } : {}), children: r.map((c, j) => cell(c, k === 0, widths?.[j])) })),
  })
}

function gioTable(ctx: Ctx, header: [string, string], links = false): Table {
  const widths = [2600, 3400]
  const head = new TableRow({ tableHeader: true, children: header.map((h, j) => cell(h, true, widths[j])) })
  const body = ctx.doc.gios.map((g) => {
    const at = g.identificatie.indexOf('/nld@')
    return new TableRow({
      children: [
        new TableCell({ width: { size: widths[0] as number, type: WidthType.DXA }, children: [new Paragraph(g.naam)] }),
        new TableCell({
          width: { size: widths[1] as number, type: WidthType.DXA },
          children: [
            new Paragraph({
              children: links
                ? [
                    new ExternalHyperlink({
                      link: `https://identifier.overheid.nl${g.identificatie}`,
                      children: g.identificatie.split(/(?<=\/)/u).map((seg) => new TextRun({ text: seg, size: 16, style: 'Hyperlink' })),
                    }),
                  ]
                : [new TextRun({ text: g.identificatie.slice(0, at), size: 16 }), new TextRun({ text: g.identificatie.slice(at), size: 16 })],
            }),
          ],
        }),
      ],
    })
  })
  return new Table({ columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: 6000, type: WidthType.DXA }, rows: [head, ...body] })
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

function sign(left: string[], right: string[]): Table {
  const col = (lines: string[]): TableCell =>
    new TableCell({ width: { size: 4500, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: lines.map((t) => new Paragraph(t)) })
  return new Table({
    columnWidths: [4500, 4500],
    width: { size: 9000, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [col(left), col(right)] })],
  })
}

function blocks(ctx: Ctx, list: readonly Block[]): Child[] {
  return list.flatMap((b): Child[] => {
    switch (b.t) {
      case 'h':
        return [heading(ctx, b.l, b.text)]
      case 'p':
        return [new Paragraph({ children: runs(ctx, b.runs) })]
      case 'tk':
        return [new Paragraph({ children: inline(ctx, b.text, { bold: true }) })]
      case 'list': {
        const instance = b.continues && ctx.lastList[b.kind] !== undefined ? (ctx.lastList[b.kind] as number) : ++ctx.lists
        ctx.lastList[b.kind] = instance
        return items(ctx, b.items, b.kind, 0, instance)
      }
      case 'table':
        return [table(b.rows, b.widths)]
      case 'gio':
        return [gioTable(ctx, b.header, b.links)]
      case 'art':
        return [new Paragraph({ numbering: { reference: 'artikel', level: 0 }, keepNext: true, children: [new TextRun({ text: b.text, bold: true })] })]
      case 'hcell':
        return [
          new Table({
            columnWidths: [5200, 3800],
            width: { size: 9000, type: WidthType.DXA },
            rows: [
              new TableRow({
                children: [
                  new TableCell({ width: { size: 5200, type: WidthType.DXA }, shading: { fill: 'DCE6F1', color: 'auto', type: 'clear' }, children: [heading(ctx, b.l, b.text)] }),
                  new TableCell({ width: { size: 3800, type: WidthType.DXA }, children: [new Paragraph({ children: inline(ctx, b.side, { size: 16 }) })] }),
                ],
              }),
            ],
          }),
        ]
      case 'quote':
        return [
          new Textbox({
            style: { width: '220pt', height: '90pt', position: 'absolute', marginLeft: '240pt', marginTop: '0pt' },
            children: [new Paragraph({ children: [new TextRun({ text: b.text, italics: true })] }), new Paragraph({ children: [new TextRun({ text: b.who, size: 16 })] })],
          }) as unknown as Paragraph,
        ]
      case 'toc':
        ctx.toc = tocXml(ctx.doc, b)
        return [new Paragraph({ children: [new TextRun({ text: b.title, bold: true, size: 28 })] }), new Paragraph('⟦TOC⟧')]
      case 'date':
        ctx.sdt = { date: b.date, iso: b.iso }
        return [new Paragraph({ children: [new TextRun(b.before), new TextRun('⟦SDT⟧'), new TextRun(b.after)] })]
      case 'sign':
        return [sign(b.left, b.right)]
      case 'cols2':
        throw new Error('cols2 is handled by sections()')
    }
  })
}

/** The visie's title block: a two-cell table, the title and subtitle left, the organisation and date right. */
function titleBlock(doc: DocS12): Table {
  return new Table({
    columnWidths: [6000, 3000],
    width: { size: 9000, type: WidthType.DXA },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 6000, type: WidthType.DXA },
            children: [
              new Paragraph({ style: 'Title', children: [new TextRun(doc.visie.opschrift)] }),
              ...(doc.visie.subtitel ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.visie.subtitel)] })] : []),
            ],
          }),
          new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: (doc.style.titleBlock ?? '').split('\n').map((l) => new Paragraph(l)) }),
        ],
      }),
    ],
  })
}

const tocLinks = (doc: DocS12): boolean => doc.visie.body.some((b) => b.t === 'toc' && b.links === true)
const usesArt = (doc: DocS12): boolean => doc.besluit.blocks.some((b) => b.t === 'art')

function furniture(doc: DocS12): Pick<ISectionOptions, 'headers' | 'footers'> {
  const footer = doc.style.footer.split(/(\{page\})/u).map((s) => (s === '{page}' ? PageNumber.CURRENT : s))
  return {
    ...(doc.style.header ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(doc.style.header)] })] }) } } : {}),
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: footer })] })] }) },
  }
}

function sections(ctx: Ctx): ISectionOptions[] {
  const doc = ctx.doc
  const out: ISectionOptions[] = []
  let current: Child[] = [
    ...blocks(ctx, doc.besluit.blocks),
    new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: doc.bijlageA, bold: true })] }),
    ...(doc.style.titleBlock ? [titleBlock(doc)] : [
      new Paragraph({ style: 'Title', children: [new TextRun(doc.visie.opschrift)] }),
      ...(doc.visie.subtitel ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.visie.subtitel)] })] : []),
    ]),
  ]
  let type: (typeof SectionType)[keyof typeof SectionType] = SectionType.NEXT_PAGE
  let columns = 1
  const close = (): void => {
    out.push({ properties: { type, column: { count: columns, space: 567 } }, ...furniture(doc), children: current })
    current = []
  }
  for (const b of doc.visie.body) {
    if (b.t !== 'cols2') {
      current.push(...blocks(ctx, [b]))
      continue
    }
    close()
    type = SectionType.CONTINUOUS
    columns = 2
    current = blocks(ctx, b.blocks)
    close()
    columns = 1
  }
  for (const bijlage of doc.bijlagen) {
    current.push(new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: `Bijlage ${bijlage.nummer} ${bijlage.opschrift}`, bold: true, size: 28 })] }))
    current.push(...blocks(ctx, bijlage.blocks))
  }
  close()
  return out
}

function levelFormat(f: Level['format']): (typeof LevelFormat)[keyof typeof LevelFormat] {
  return { decimal: LevelFormat.DECIMAL, upperRoman: LevelFormat.UPPER_ROMAN, upperLetter: LevelFormat.UPPER_LETTER }[f]
}

const indent = (k: number) => ({ paragraph: { indent: { left: 360 * (k + 1), hanging: 360 } } })

function wordDocument(doc: DocS12, ctx: Ctx): Document {
  const s = doc.style
  const body = sections(ctx)
  const sizes = [32, 26, 22]
  const builtin = [0, 1, 2].map((k) => ({
    id: BUILTIN[s.lang][k] as string,
    name: `heading ${k + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: sizes[k] as number, ...(k === 0 && s.caps && s.via !== 'custom' ? { allCaps: true } : {}) },
    paragraph: {
      outlineLevel: k,
      keepNext: true,
      spacing: { before: 240, after: 120 },
      ...(s.via !== 'outline' && !s.numberingOnParagraph ? { numbering: { reference: 'kop', level: k } } : {}),
    },
  }))
  const custom =
    s.via === 'custom'
      ? [0, 1, 2].map((k) => ({
          id: `Visie${k + 1}`,
          name: (s.custom ?? ['Visie hoofdstuk', 'Visie paragraaf', 'Visie subparagraaf'])[k] as string,
          basedOn: BUILTIN[s.lang][k] as string,
          next: 'Normal',
          quickFormat: true,
          run: { color: '1F4E79', ...(k === 0 && s.caps ? { allCaps: true } : {}) },
        }))
      : []
  const toc = [1, 2].map((k) => ({ id: `TOC${k}`, name: `toc ${k}`, basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 220 * (k - 1) } } }))
  return new Document({
    creator: doc.naam,
    title: doc.visie.opschrift,
    description: `Corpusdocument ${doc.id}`,
    footnotes: ctx.footnotes,
    ...(ctx.comments.length ? { comments: { children: ctx.comments } } : {}),
    styles: {
      default: { document: { run: { font: s.font, size: s.size * 2 } } },
      paragraphStyles: [...builtin, ...custom, ...toc],
    },
    numbering: {
      config: [
        { reference: 'kop', levels: s.levels.map((o, k) => ({ level: k, format: levelFormat(o.format), text: o.text, start: o.start ?? 1, alignment: AlignmentType.LEFT })) },
        {
          reference: 'opsomming',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '\uF0B7', alignment: AlignmentType.LEFT, style: { ...indent(0), run: { font: 'Symbol' } } },
            { level: 1, format: LevelFormat.BULLET, text: 'o', alignment: AlignmentType.LEFT, style: { ...indent(1), run: { font: 'Courier New' } } },
          ],
        },
        {
          reference: 'letters',
          levels: [
            { level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.', alignment: AlignmentType.LEFT, style: indent(0) },
            { level: 1, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: indent(1) },
          ],
        },
        {
          reference: 'haakjes',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.LEFT, style: indent(0) },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT, style: indent(1) },
          ],
        },
        ...(usesArt(doc)
          ? [{ reference: 'artikel', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: 'Artikel %1', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } }, run: { bold: true } } }] }]
          : []),
        {
          reference: 'romeins',
          levels: [
            { level: 0, format: LevelFormat.LOWER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT, style: indent(0) },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.LEFT, style: indent(1) },
          ],
        },
      ],
    },
    sections: body,
  })
}

/**
 * Word's heading numbering as the generator counts it: `next(level)` numbers the next heading of that level (1–3) and
 * gives the number as displayed (`Hoofdstuk 2`, `2.1.`). A deeper level restarts per higher one, unless lvlRestart
 * says otherwise: with w:lvlRestart 1 on level 3 too, level 3 restarts only after a chapter (ECMA-376 17.9.11, as Word
 * shows it).
 */
export function headingCounter(style: DocS12['style']): (level: 1 | 2 | 3) => string {
  const start = style.levels.map((o) => o.start ?? 1)
  const counters = [-1, -1, -1]
  const fmt = (n: number, f: string): string => (f === 'upperRoman' ? (['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] as string) : f === 'upperLetter' ? String.fromCharCode(64 + n) : String(n))
  return (level) => {
    const k = level - 1
    counters[k] = counters[k] === -1 ? (start[k] as number) : (counters[k] as number) + 1
    for (let d = k + 1; d < 3; d++) if (!(style.lvlRestart && d === 2 && k === 1)) counters[d] = -1
    const lvl = style.levels[k] as Level
    return lvl.text.replace(/%(\d)/gu, (_, d: string) => {
      const i = Number(d) - 1
      return fmt(counters[i] === -1 ? (start[i] as number) : (counters[i] as number), lvl.isLgl ? 'decimal' : (style.levels[i]?.format ?? 'decimal'))
    })
  }
}

/** The heading numbers as Word shows them (headingCounter). */
export function koppen(doc: DocS12): { nummer: string; opschrift: string; niveau: number; display: string }[] {
  const next = headingCounter(doc.style)
  const out: { nummer: string; opschrift: string; niveau: number; display: string }[] = []
  const walk = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.t === 'cols2') walk(b.blocks)
      if (b.t !== 'h' && b.t !== 'hcell') continue
      const display = next(b.l)
      out.push({ nummer: display.replace(/^(?:\p{L}+\s+(?=[0-9IVXLC]+\b|\p{Lu}\b)|§\s*)/u, '').replace(/\.$/u, ''), opschrift: shown(b.text), niveau: b.l, display })
    }
  }
  walk(doc.visie.body)
  return out
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
const r = (inner: string): string => `<w:r>${inner}</w:r>`
const t = (s: string): string => r(`<w:t xml:space="preserve">${esc(s)}</w:t>`)

/** The cached result of a TOC field over levels 1–2: one paragraph per entry, the field codes around them. */
function tocXml(doc: DocS12, opts: { sdt?: boolean; links?: boolean } = {}): string {
  const all = koppen(doc)
  const entries = all.map((k, n) => ({ ...k, bm: `_Toc${String(9001 + n)}` })).filter((k) => k.niveau <= 2)
  if (opts.links || opts.sdt) {
    const paras = entries
      .map((k, i) => {
        const begin = i === 0 ? `${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>')}${r('<w:fldChar w:fldCharType="separate"/>')}` : ''
        const end = i === entries.length - 1 ? r('<w:fldChar w:fldCharType="end"/>') : ''
        const page = String(3 + Math.floor(i * 1.5))
        const pageref = opts.links
          ? `${r('<w:fldChar w:fldCharType="begin"/>')}${r(`<w:instrText xml:space="preserve"> PAGEREF ${k.bm} \\h </w:instrText>`)}${r('<w:fldChar w:fldCharType="separate"/>')}${t(page)}${r('<w:fldChar w:fldCharType="end"/>')}`
          : t(page)
        const inner = `${t(k.display)}${r('<w:tab/>')}${t(k.opschrift)}${r('<w:tab/>')}${pageref}`
        const body = opts.links ? `<w:hyperlink w:anchor="${k.bm}" w:history="1">${inner}</w:hyperlink>` : inner
        return `<w:p><w:pPr><w:pStyle w:val="TOC${k.niveau}"/><w:tabs><w:tab w:val="left" w:pos="${k.niveau === 1 ? 660 : 1100}"/><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs></w:pPr>${begin}${body}${end}</w:p>`
      })
      .join('')
    return opts.sdt
      ? `<w:sdt><w:sdtPr><w:id w:val="-1815947071"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>⟦TOCTITLE⟧${paras}</w:sdtContent></w:sdt>`
      : paras
  }
  return entries
    .map((k, i) => {
      const begin = i === 0 ? `${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText xml:space="preserve"> TOC \\o "1-2" \\u </w:instrText>')}${r('<w:fldChar w:fldCharType="separate"/>')}` : ''
      const end = i === entries.length - 1 ? r('<w:fldChar w:fldCharType="end"/>') : ''
      const page = String(4 + Math.floor(i * 1.7))
      return `<w:p><w:pPr><w:pStyle w:val="TOC${k.niveau}"/><w:tabs><w:tab w:val="left" w:pos="${k.niveau === 1 ? 440 : 880}"/><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs></w:pPr>${begin}${t(k.display)}${r('<w:tab/>')}${t(k.opschrift)}${r('<w:tab/>')}${t(page)}${end}</w:p>`
    })
    .join('')
}

/** What the docx package cannot write, put into the parts: the TOC's cached result, the date content control, w:lvlRestart. */
function patch(doc: DocS12, ctx: Ctx): (name: string, xml: string) => string {
  // The package names hyperlink relationships at random (rId + letters); the same name gets the same fixed one in
  // document.xml and its .rels, numbered in the order the parts and their text are read (fixed, ZIP order).
  const ids = new Map<string, string>()
  const fixIds = (xml: string): string => xml.replace(/\brId[A-Za-z0-9_-]{12,}/gu, (id) => ids.get(id) ?? (ids.set(id, `rIdLink${ids.size + 1}`), ids.get(id) as string))
  return (name, raw) => {
    const xml = fixIds(raw)
    if (name === 'word/document.xml') {
      let out = xml
      if (ctx.toc?.includes('⟦TOCTITLE⟧')) {
        // The title paragraph moves into the content control, as Word keeps it ("Inhoud" is part of the TOC block).
        out = out.replace(/(<w:p>(?:(?!<w:p>).)*?<\/w:p>)<w:p>(?:(?!<w:p>).)*?⟦TOC⟧.*?<\/w:p>/su, (_, title: string) => (ctx.toc as string).replace('⟦TOCTITLE⟧', title))
      } else if (ctx.toc) out = out.replace(/<w:p>(?:(?!<w:p>).)*?⟦TOC⟧.*?<\/w:p>/su, ctx.toc)
      // The package writes a text box as w:pict straight in the paragraph with a random shape id: the w:pict goes
      // into a run (CT_P has no w:pict), with the text box shape type Word writes beside it and a fixed id.
      let shapes = 0
      out = out.replace(/<w:p><w:pict><v:shape id="[^"]*"/gu, () => {
        shapes++
        return `<w:p><w:r><w:pict>${shapes === 1 ? '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' : ''}<v:shape id="_x0000_s${1024 + shapes}"`
      })
      if (shapes > 0) out = out.replace(/<\/w:pict><\/w:p>/gu, '</w:pict></w:r></w:p>')
      out = out.replace(/\u00AD/gu, '</w:t><w:softHyphen/><w:t xml:space="preserve">').replace(/\u2011/gu, '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">')
      if (ctx.sdt) {
        const sdt = `<w:sdt><w:sdtPr><w:alias w:val="Datum vergadering"/><w:tag w:val="datum"/><w:id w:val="2026"/><w:date w:fullDate="${ctx.sdt.iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="nl-NL"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>${t(ctx.sdt.date)}</w:sdtContent></w:sdt>`
        out = out.replace(/<w:r>(?:(?!<w:r>).)*?⟦SDT⟧<\/w:t><\/w:r>/su, sdt)
      }
      if (out.includes('⟦')) throw new Error(`${doc.id}: a marker was not replaced`)
      return out
    }
    if (name === 'word/numbering.xml') {
      // The heading numbering is the abstractNum with the headings' three lvlTexts. The package gives every
      // w:num a startOverride (lists restart that way; 1 where the start is 0); the heading numbering keeps its own
      // start (0, 5).
      const texts = doc.style.levels.map((l) => `<w:lvlText w:val="${esc(l.text)}"/>`)
      let kop = ''
      const out = xml.replace(/<w:abstractNum w:abstractNumId="(\d+)".*?<\/w:abstractNum>/gsu, (a, id: string) => {
        if (kop !== '' || !texts.every((x) => a.includes(x))) return a
        kop = id
        const s = doc.style
        if (s.linkStyle || s.overrideRestart || s.levels.some((l) => l.isLgl)) {
          // After w:numFmt, in the schema's order: lvlRestart, pStyle, isLgl.
          return a.replace(/(<w:lvl w:ilvl="(\d)"[^>]*>(?:(?!<\/w:lvl>).)*?<w:numFmt [^>]*\/>)/gsu, (m, head: string, d: string) => {
            const k = Number(d)
            if (k > 2) return m
            const style = s.via === 'custom' ? `Visie${k + 1}` : BUILTIN[s.lang][k]
            return `${head}${s.overrideRestart && k === 1 ? '<w:lvlRestart w:val="0"/>' : ''}${s.linkStyle ? `<w:pStyle w:val="${style}"/>` : ''}${s.levels[k]?.isLgl ? '<w:isLgl/>' : ''}`
          })
        }
        return doc.style.lvlRestart ? a.replace(/(<w:lvl w:ilvl="[12]"[^>]*><w:start w:val="\d+"\/>)/gu, '$1<w:lvlRestart w:val="1"/>') : a
      })
      if (kop === '') throw new Error(`${doc.id}: no heading numbering in numbering.xml`)
      if (doc.style.overrideRestart) {
        // The first w:num of the heading numbering is the plain one; every further one restarts level 2 at 1.
        let seen = 0
        return out.replace(/(<w:num w:numId="\d+"><w:abstractNumId w:val="(\d+)"\/>)<w:lvlOverride w:ilvl="0"><w:startOverride w:val="\d+"\/><\/w:lvlOverride>/gu, (m, head: string, abs: string) =>
          abs !== kop ? m : seen++ === 0 ? head : `${head}<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>`,
        )
      }
      return out.replace(/(<w:num w:numId="\d+"><w:abstractNumId w:val="(\d+)"\/>)<w:lvlOverride w:ilvl="0"><w:startOverride w:val="\d+"\/><\/w:lvlOverride>/gu, (m, head: string, abs: string) =>
        abs === kop ? head : m,
      )
    }
    if (name === 'word/styles.xml') {
      // One definition per style id (the package writes its own Heading1–6 first; a Dutch document has no Heading1–3
      // beside Kop1–Kop3), and no w:pStyle inside a style's own pPr (the package puts ListParagraph there).
      return xml
        .replace(/<w:style w:type="paragraph" w:styleId="Heading[1-3]"><w:name w:val="Heading \d"\/>.*?<\/w:style>/gsu, '')
        .replace(/(<w:style\b[^>]*>(?:(?!<\/w:style>).)*?)<w:pStyle w:val="ListParagraph"\/>/gsu, '$1')
    }
    return xml
  }
}

export async function renderDocxS12(doc: DocS12): Promise<Buffer> {
  const ctx: Ctx = { doc, footnotes: {}, comments: [], lastList: {}, lists: 0, changes: 100, headings: 0, lastLevel: 0, restarts: 0 }
  const document = wordDocument(doc, ctx)
  return deterministic(await Packer.toBuffer(document), patch(doc, ctx))
}

function countItems(list: Item[]): number {
  return list.reduce((n, it) => n + 1 + (typeof it === 'string' ? 0 : countItems(it.sub)), 0)
}

export function truth(doc: DocS12): unknown {
  let lijstitems = 0
  let tabellen = 0
  const walk = (list: readonly Block[], body: boolean): void => {
    for (const b of list) {
      if (b.t === 'cols2') walk(b.blocks, body)
      if (b.t === 'list' && body) lijstitems += countItems(b.items)
      if (b.t === 'table') tabellen++
    }
  }
  walk(doc.visie.body, true)
  for (const bl of doc.bijlagen) walk(bl.blocks, false)
  return {
    set: doc.set,
    bron: doc.bron,
    bevoegdGezag: doc.bevoegdGezag,
    besluit: { opschrift: doc.besluit.opschrift, artikelen: doc.besluit.artikelen, inwerkingtreding: doc.besluit.inwerkingtreding },
    visie: {
      opschrift: doc.visie.opschrift,
      koppen: koppen(doc).map(({ nummer, opschrift, niveau }) => ({ nummer, opschrift, niveau })),
      lijstitems,
      tabellen,
      bijlagen: doc.bijlagen.map((b) => ({ nummer: b.nummer, opschrift: b.opschrift })),
    },
    gios: doc.gios.map((g) => ({ naam: g.naam, identificatie: g.identificatie })),
    meubilair: doc.meubilair,
  }
}

const ids = process.argv.slice(2)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const doc of [...WORD_DOCS_S12, ...WORD_DOCS_S12B].filter((d) => ids.length === 0 || ids.includes(d.id))) {
    const dir = join(root, 'test', 'corpus', 'word', doc.id)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'word.docx'), await renderDocxS12(doc))
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth(doc), null, 2)}\n`)
    writeFileSync(join(dir, 'visie.json'), `${JSON.stringify(visieJson(doc), null, 2)}\n`)
    writeFileSync(join(dir, 'geo.geojson'), `${JSON.stringify(geojson(doc))}\n`)
    console.log(`${doc.id}: ${koppen(doc).length} koppen, ${doc.gios.length} GIOs → ${dir}`)
  }
}
