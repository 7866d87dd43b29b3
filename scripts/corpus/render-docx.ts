/**
 * Corpus generator, Word variant: writes a corpus document (scripts/corpus/word-docs.ts) as a real Word file with the
 * `docx` package — heading styles numbered automatically from numbering.xml (the numbers are in no w:t), bullet and
 * numbered lists from numbering definitions, tables with a merged cell, headers and footers with PAGE fields,
 * footnotes, a continuous two-column section — plus truth.json, visie.json and geo.geojson from the model.
 *
 *   npx tsx scripts/corpus/render-docx.ts [w01 w02 …]   (all documents when no id is given)
 *
 * Output: test/corpus/word/<id>/{word.docx,truth.json,visie.json,geo.geojson}. The files are deterministic (fixed
 * document dates), so a re-run writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { WORD_DOCS } from './word-docs.js'
import type { Block, Item, WordDoc } from './word-model.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')

type Child = Paragraph | Table

interface Ctx {
  readonly doc: WordDoc
  readonly footnotes: Record<number, { children: Paragraph[] }>
  /** Instance counter per list reference: every list restarts (a w:num of its own). */
  lists: number
}

const HEADING_IDS = { builtin: ['Heading1', 'Heading2', 'Heading3'], custom: ['VisieHoofdstuk', 'VisieParagraaf', 'VisieSubparagraaf'] } as const
const HEADING_NAMES = { builtin: ['heading 1', 'heading 2', 'heading 3'], custom: ['Hoofdstuktitel', 'Paragraaftitel', 'Subparagraaftitel'] } as const

function heading(ctx: Ctx, l: 1 | 2 | 3, text: string): Paragraph {
  const s = ctx.doc.style
  return new Paragraph({
    style: HEADING_IDS[s.headings][l - 1],
    ...(s.numberingIn === 'paragraph' ? { numbering: { reference: 'kop', level: l - 1 } } : {}),
    children: [new TextRun(text)],
  })
}

function items(ctx: Ctx, list: Item[], reference: 'bullets' | 'cijfers', level: number, instance: number): Paragraph[] {
  return list.flatMap((it) => {
    const text = typeof it === 'string' ? it : it.text
    const own = new Paragraph({ style: 'ListParagraph', numbering: { reference, level, instance }, children: [new TextRun(text)] })
    return typeof it === 'string' ? [own] : [own, ...items(ctx, it.sub, reference, level + 1, instance)]
  })
}

function table(header: string[], rows: string[][], spanFirst?: number): Table {
  const cell = (text: string, bold = false, span = 1): TableCell =>
    new TableCell({ columnSpan: span, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r, k) => new TableRow({ children: k === spanFirst ? [cell(r[0] ?? '', false, 2), ...r.slice(1).map((c) => cell(c))] : r.map((c) => cell(c)) })),
    ],
  })
}

/** Blocks → paragraphs and tables; a `cols2` block closes the running section (returned in `sections`). */
function blocks(ctx: Ctx, list: readonly Block[]): Child[] {
  return list.flatMap((b): Child[] => {
    switch (b.t) {
      case 'h':
        return [heading(ctx, b.l, b.text)]
      case 'p': {
        if (!b.footnote) return [new Paragraph({ children: [new TextRun(b.text)] })]
        const id = Object.keys(ctx.footnotes).length + 1
        ctx.footnotes[id] = { children: [new Paragraph(b.footnote)] }
        return [new Paragraph({ children: [new TextRun(b.text), new FootnoteReferenceRun(id)] })]
      }
      case 'tk':
        return [new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] })]
      case 'ul':
      case 'ol':
        return items(ctx, b.items, b.t === 'ul' ? 'bullets' : 'cijfers', 0, ++ctx.lists)
      case 'table':
        return [table(b.header, b.rows, b.spanFirst)]
      case 'cols2':
        throw new Error('cols2 is handled by sections()')
    }
  })
}

function furniture(doc: WordDoc): Pick<ISectionOptions, 'headers' | 'footers'> {
  const footer = doc.style.footer.split(/(\{page\}|\{pages\})/u).map((s) => (s === '{page}' ? PageNumber.CURRENT : s === '{pages}' ? PageNumber.TOTAL_PAGES : s))
  return {
    ...(doc.style.header ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(doc.style.header)] })] }) } } : {}),
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: footer })] })] }) },
  }
}

function sections(ctx: Ctx): ISectionOptions[] {
  const doc = ctx.doc
  const out: ISectionOptions[] = []
  let current: Child[] = [
    ...blocks(ctx, doc.besluit.paragraphs),
    new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: doc.bijlageA, bold: true })] }),
    new Paragraph({ style: 'Title', children: [new TextRun(doc.visie.opschrift)] }),
    ...(doc.visie.subtitel ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.visie.subtitel)] })] : []),
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
    for (const b of bijlage.blocks) {
      if (b.t === 'gio') current.push(table([...b.header], doc.gios.map((g) => [g.naam, g.identificatie])))
      else current.push(...blocks(ctx, [b]))
    }
  }
  close()
  return out
}

function levelFormat(f: 'decimal' | 'upperRoman' | 'upperLetter' | 'lowerLetter' | 'bullet'): (typeof LevelFormat)[keyof typeof LevelFormat] {
  return { decimal: LevelFormat.DECIMAL, upperRoman: LevelFormat.UPPER_ROMAN, upperLetter: LevelFormat.UPPER_LETTER, lowerLetter: LevelFormat.LOWER_LETTER, bullet: LevelFormat.BULLET }[f]
}

function wordDocument(doc: WordDoc): Document {
  const s = doc.style
  const ctx: Ctx = { doc, footnotes: {}, lists: 0 }
  const body = sections(ctx)
  const sizes = [32, 26, 22]
  return new Document({
    creator: doc.naam,
    title: doc.visie.opschrift,
    description: `Corpusdocument ${doc.id}`,
    footnotes: ctx.footnotes,
    styles: {
      default: { document: { run: { font: s.font, size: s.size * 2 } } },
      paragraphStyles: [0, 1, 2].map((k) => ({
        id: HEADING_IDS[s.headings][k] as string,
        name: HEADING_NAMES[s.headings][k] as string,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: sizes[k] as number },
        paragraph: {
          outlineLevel: k,
          spacing: { before: 240, after: 120 },
          ...(s.numberingIn === 'style' ? { numbering: { reference: 'kop', level: k } } : {}),
        },
      })),
    },
    numbering: {
      config: [
        {
          reference: 'kop',
          levels: s.outline.map((o, k) => ({ level: k, format: levelFormat(o.format), text: o.text, start: o.start ?? 1, alignment: AlignmentType.LEFT })),
        },
        {
          reference: 'bullets',
          levels: s.bullet.map((glyph, k) => ({ level: k, format: LevelFormat.BULLET, text: glyph, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (k + 1), hanging: 360 } } } })),
        },
        {
          reference: 'cijfers',
          levels: [0, 1].map((k) => ({
            level: k,
            format: levelFormat(s.ordered[2 * k] as 'decimal'),
            text: s.ordered[2 * k + 1] as string,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (k + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: body,
  })
}

/** The heading numbers as Word shows them, by the generator's own counters: label words and a final dot left out. */
function truthKoppen(doc: WordDoc): { nummer: string; opschrift: string; niveau: number }[] {
  // -1: the level has not been counted since it was last reset (0 is a value: chapters may start at 0).
  const counters = [-1, -1, -1]
  const start = doc.style.outline.map((o) => o.start ?? 1)
  const out: { nummer: string; opschrift: string; niveau: number }[] = []
  const fmt = (n: number, f: string): string =>
    f === 'upperRoman' ? (['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] as string) : f === 'upperLetter' ? String.fromCharCode(64 + n) : String(n)
  const walk = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.t === 'cols2') walk(b.blocks)
      if (b.t !== 'h') continue
      const k = b.l - 1
      counters[k] = counters[k] === -1 ? (start[k] as number) : (counters[k] as number) + 1
      for (let d = k + 1; d < 3; d++) counters[d] = -1
      const lvl = doc.style.outline[k] as { text: string; format: string }
      const shown = lvl.text.replace(/%(\d)/gu, (_, d: string) => fmt(counters[Number(d) - 1] === -1 ? (start[Number(d) - 1] as number) : (counters[Number(d) - 1] as number), doc.style.outline[Number(d) - 1]?.format ?? 'decimal'))
      out.push({ nummer: shown.replace(/^\p{L}+\s+(?=[0-9IVXLC]+\b)/u, '').replace(/\.$/u, ''), opschrift: b.text, niveau: b.l })
    }
  }
  walk(doc.visie.body)
  return out
}

function countItems(list: Item[]): number {
  return list.reduce((n, it) => n + 1 + (typeof it === 'string' ? 0 : countItems(it.sub)), 0)
}

function truth(doc: WordDoc): unknown {
  let lijstitems = 0
  let tabellen = 0
  const walk = (list: readonly Block[], body: boolean): void => {
    for (const b of list) {
      if (b.t === 'cols2') walk(b.blocks, body)
      if ((b.t === 'ul' || b.t === 'ol') && body) lijstitems += countItems(b.items)
      if (b.t === 'table') tabellen++
    }
  }
  walk(doc.visie.body, true)
  for (const bl of doc.bijlagen) walk(bl.blocks.filter((b): b is Block => b.t !== 'gio'), false)
  return {
    set: doc.set,
    bron: doc.bron,
    bevoegdGezag: doc.bevoegdGezag,
    besluit: { opschrift: doc.besluit.opschrift, artikelen: doc.besluit.artikelen, inwerkingtreding: doc.besluit.inwerkingtreding },
    visie: { opschrift: doc.visie.opschrift, koppen: truthKoppen(doc), lijstitems, tabellen, bijlagen: doc.bijlagen.map((b) => ({ nummer: b.nummer, opschrift: b.opschrift })) },
    gios: doc.gios.map((g) => ({ naam: g.naam, identificatie: g.identificatie })),
    meubilair: doc.meubilair,
  }
}

/** The part of a corpus document that visie.json and geo.geojson are made from (also used by render-docx-s12.ts). */
export type Meta = Pick<WordDoc, 'id' | 'naam' | 'bevoegdGezag' | 'config' | 'gios' | 'geo'>

export function visieJson(doc: Meta): unknown {
  const c = doc.config
  const oin = `000000010000000${doc.bevoegdGezag.replace(/\D/gu, '').padStart(4, '0')}0`.slice(0, 20)
  return {
    $schema: '../../../../schemas/visie.schema.json',
    toelichting: `Corpusdocument ${doc.id}: ${doc.naam}. De OIN's zijn plaatshouders; de geometrie in geo.geojson is schematisch getekend en geen echte begrenzing.`,
    bevoegdGezag: doc.bevoegdGezag,
    naam: doc.naam,
    oin: { bevoegdGezag: oin, aanleveraar: oin },
    idLevering: `${doc.bevoegdGezag}-${c.werk.regeling}-${c.werk.jaar}-1`.slice(0, 80),
    tekst: 'word.docx',
    werk: c.werk,
    datums: c.datums,
    metadata: { soortBestuursorgaan: c.soortBestuursorgaan, onderwerpen: ['/tooi/def/concept/c_9af4b880'], rechtsgebieden: ['/tooi/def/concept/c_638d8062'] },
    standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' },
    geo: { crs: 'EPSG:28992', achtergrondVerwijzing: 'TOP10NL', achtergrondActualiteit: c.datums.vaststelling, bronnen: ['geo.geojson'], schematisch: true },
    afbeeldingen: {},
    ow: { ambtsgebied: c.ambtsgebied },
  }
}

/** A schematic convex polygon around a hand-placed centre (valid, counter-clockwise, closed). */
function polygon(cx: number, cy: number, r: number, seed: number): number[][] {
  const n = 6 + (seed % 3)
  const ring: number[][] = []
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n + (seed % 7) * 0.07
    const k = 0.75 + (((seed * 31 + i * 17) % 10) / 10) * 0.25
    ring.push([Math.round((cx + r * k * Math.cos(a)) * 1000) / 1000, Math.round((cy + r * k * Math.sin(a)) * 1000) / 1000])
  }
  ring.push([...(ring[0] as number[])])
  return ring
}

export function geojson(doc: Meta): unknown {
  const [ox, oy] = doc.geo.origin
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    toelichting: 'schematische geometrie, geen echte begrenzing',
    features: doc.gios.map((g, i) => ({
      type: 'Feature',
      properties: { gio: g.naam },
      geometry: { type: 'Polygon', coordinates: [polygon(ox + g.at[0] * 1000, oy + g.at[1] * 1000, (g.size ?? 1) * 1000, i + 3)] },
    })),
  }
}

/**
 * The docx package stamps the current time into docProps/core.xml and the ZIP entries; the corpus files must not
 * change per run, so the ZIP is rewritten with fixed dates (yauzl/yazl, as the project reads and writes ZIPs).
 */
export async function deterministic(bytes: Buffer, patch?: (name: string, xml: string) => string): Promise<Buffer> {
  const entries = await new Promise<{ name: string; data: Buffer }[]>((done, fail) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err)
      const out: { name: string; data: Buffer }[] = []
      zip.on('entry', (e: yauzl.Entry) =>
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return fail(err2)
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
            out.push({ name: e.fileName, data: Buffer.concat(chunks) })
            zip.readEntry()
          })
        }),
      )
      zip.on('end', () => done(out)).on('error', fail)
      zip.readEntry()
    })
  })
  const zip = new yazl.ZipFile()
  const mtime = new Date(Date.UTC(2026, 0, 1))
  for (const e of entries) {
    if (e.name.endsWith('/')) continue // a folder record: its files carry the path
    let data = e.name === 'docProps/core.xml' ? Buffer.from(e.data.toString('utf8').replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/gu, '2026-01-01T00:00:00Z')) : e.data
    if (patch && /\.(?:xml|rels)$/u.test(e.name)) data = Buffer.from(patch(e.name, data.toString('utf8')))
    zip.addBuffer(data, e.name, { mtime })
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

export async function renderDocx(doc: WordDoc): Promise<Buffer> {
  return deterministic(await Packer.toBuffer(wordDocument(doc)))
}

const ids = process.argv.slice(2)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const doc of WORD_DOCS.filter((d) => ids.length === 0 || ids.includes(d.id))) {
    const dir = join(root, 'test', 'corpus', 'word', doc.id)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'word.docx'), await renderDocx(doc))
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth(doc), null, 2)}\n`)
    writeFileSync(join(dir, 'visie.json'), `${JSON.stringify(visieJson(doc), null, 2)}\n`)
    writeFileSync(join(dir, 'geo.geojson'), `${JSON.stringify(geojson(doc))}\n`)
    console.log(`${doc.id}: ${(truth(doc) as { visie: { koppen: unknown[] } }).visie.koppen.length} koppen, ${doc.gios.length} GIOs → ${dir}`)
  }
}
