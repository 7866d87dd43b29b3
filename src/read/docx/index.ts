/**
 * DOCX → lines with hints and origins (issue 13): the OOXML package (ZIP) is opened with guards, styles.xml and
 * numbering.xml give headings and the numbers Word computes, document.xml's body gives one line per paragraph and one
 * per table. Headers, footers and the table of contents are not read; the structurer (`readLines`) does the rest.
 * Footnotes become STOP Noot at their mark (Word's running number). Pictures with a caption become figures with their
 * media file when asked (`illustraties`, figures.ts); others are listed in a finding. Not carried into the model yet:
 * inline formatting (bold/italic/superscript), endnotes, text boxes (findings).
 */
import { InputError } from '../../model/errors.js'
import type { Finding, SourceOrigin } from '../../model/index.js'
import { finding } from '../../parse/findings.js'
import { superscriptDigits } from '../../parse/noten.js'
import type { FormatLines, LineHints, SourceImage, SourceLine } from '../../text/lines.js'
import { readBody, type BodyItem, type BodyNotes } from './body.js'
import { docxFigures, type DocxFigures } from './figures.js'
import { Numbering } from './numbering.js'
import { readStyles } from './styles.js'
import { child, childrenNamed, parseXml, textOf, type XmlElement } from './xml.js'
import { openDocxZip, type DocxZip } from './zip.js'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/'
/** A paragraph longer than this is no run-in kop, however bold. */
const MAX_KOP = 120

export interface DocxReadOptions {
  /** Take pictures with their caption as figures into `images` (visie.json `illustraties`). */
  readonly illustraties?: boolean
}

export async function readDocxLines(bytes: Uint8Array, file: string, options: DocxReadOptions = {}): Promise<FormatLines> {
  const zip = await openDocxZip(bytes, file)
  try {
    const main = await mainPart(zip, file)
    const rels = await relationships(zip, main, file)
    const part = async (type: string, fallback: string): Promise<XmlElement | undefined> => {
      const target = rels.byType.get(type) ?? fallback
      const data = await zip.read(target)
      return data ? parseXml(data, file, target) : undefined
    }
    const document = parseXml((await zip.read(main)) as Uint8Array, file, main)
    const body = child(document, 'body')
    if (!body) throw new InputError(`${file}: het Word-bestand heeft geen tekst (${main} zonder w:body); het is beschadigd.`)
    const styles = readStyles(await part('styles', 'word/styles.xml'))
    const numbering = new Numbering(await part('numbering', 'word/numbering.xml'), (id) => styles.numberingStyle(id))
    const { items, notes } = readBody(body, styles, numbering)
    const footnotes = notes.notes.length > 0 ? noteTexts(await part('footnotes', 'word/footnotes.xml'), await part('endnotes', 'word/endnotes.xml')) : new Map<string, string>()
    const figures = await docxFigures(items, notes.images, rels.targets, zip, options.illustraties === true)
    return toLines(items, notes, { file, footnotes, figures, illustraties: options.illustraties === true })
  } finally {
    zip.close()
  }
}

/** The main document part: from _rels/.rels (officeDocument), else word/document.xml. */
async function mainPart(zip: DocxZip, file: string): Promise<string> {
  const rels = await zip.read('_rels/.rels')
  const root = rels ? parseXml(rels, file, '_rels/.rels') : undefined
  const office = childrenNamed(root, 'Relationship').find((r) => /\/officeDocument$/u.test(r.attributes['Type'] ?? ''))
  const target = office?.attributes['Target']?.replace(/^\//u, '')
  const name = target && zip.names.includes(target) ? target : 'word/document.xml'
  if (zip.names.includes(name)) return name
  if (zip.names.includes('content.xml') || zip.names.includes('mimetype'))
    throw new InputError(`${file} is een OpenDocument-bestand (ODT) of een andere ZIP, geen Word-document; sla het in de tekstverwerker op als .docx.`)
  throw new InputError(`${file} is een ZIP zonder word/document.xml, geen Word-document (DOCX); geef het .docx-bestand, een PDF of de tekst op.`)
}

interface Relationships {
  readonly byType: ReadonlyMap<string, string>
  /** Relationship id → part name (images: word/media/…). */
  readonly targets: ReadonlyMap<string, string>
}

async function relationships(zip: DocxZip, main: string, file: string): Promise<Relationships> {
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : ''
  const name = `${dir}_rels/${main.slice(dir.length)}.rels`
  const data = await zip.read(name)
  const byType = new Map<string, string>()
  const targets = new Map<string, string>()
  for (const r of childrenNamed(data ? parseXml(data, file, name) : undefined, 'Relationship')) {
    const type = (r.attributes['Type'] ?? '').replace(REL, '').replace(REL_STRICT, '')
    const target = r.attributes['Target'] ?? ''
    const external = r.attributes['TargetMode'] === 'External'
    const path = external ? target : target.startsWith('/') ? target.slice(1) : normalize(dir + target)
    if (!byType.has(type)) byType.set(type, path)
    if (r.attributes['Id']) targets.set(r.attributes['Id'], path)
  }
  return { byType, targets }
}

function normalize(path: string): string {
  const out: string[] = []
  for (const s of path.split('/')) {
    if (s === '..') out.pop()
    else if (s !== '.' && s !== '') out.push(s)
  }
  return out.join('/')
}

/** The text of each footnote and endnote by id (`footnote:2`), for the finding that names them. */
function noteTexts(footnotes: XmlElement | undefined, endnotes: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (e: XmlElement, acc: string[]): void => {
    if (e.name === 't') acc.push(textOf(e))
    else e.children.forEach((c) => visit(c, acc))
  }
  for (const [kind, root] of [['footnote', footnotes], ['endnote', endnotes]] as const) {
    for (const n of childrenNamed(root, kind)) {
      const acc: string[] = []
      visit(n, acc)
      out.set(`${kind}:${n.attributes['id'] ?? ''}`, acc.join('').replace(/\s+/gu, ' ').trim())
    }
  }
  return out
}

interface Context {
  readonly file: string
  readonly footnotes: ReadonlyMap<string, string>
  readonly figures: DocxFigures
  readonly illustraties: boolean
}

/** Body items → source lines (one per paragraph or table, numbered from 1), origins (alinea + quote) and findings. */
function toLines(items: readonly BodyItem[], notes: BodyNotes, context: Context): FormatLines {
  const lines: SourceLine[] = []
  const origins: (SourceOrigin | undefined)[] = []
  const lineOf = new Map<number, number>()
  for (const item of items) {
    const n = lines.length + 1
    const { text, hints } = item.kind === 'table' ? tableLine(item) : paragraphLine(item)
    lines.push({ line: n, text, pageStart: item.pageStart, page: item.page, raw: text, indent: 0, hints })
    origins[n] = { alinea: item.alinea, quote: quote(text) }
    if (!lineOf.has(item.alinea)) lineOf.set(item.alinea, n)
  }
  const at = (alinea: number): number => {
    for (let a = alinea; a >= 1; a--) {
      const n = lineOf.get(a)
      if (n !== undefined) return n
    }
    return 1
  }
  // Footnotes ride on the line of their paragraph (STOP Noot at the mark); endnotes stay a finding (VISIE-182).
  for (const n of notes.notes) {
    if (n.nummer === undefined) continue
    const k = at(n.alinea) - 1
    const l = lines[k] as SourceLine
    const note = { mark: superscriptDigits(n.nummer), nummer: n.nummer, text: context.footnotes.get(`footnote:${n.id}`) ?? '' }
    lines[k] = { ...l, hints: { ...l.hints, noten: [...(l.hints?.noten ?? []), note] } }
  }
  // A taken picture's caption is a figure's line; the picture goes with it.
  const images: SourceImage[] = []
  for (const f of context.figures.taken) {
    const line = lineOf.get(f.captionAlinea)
    if (line === undefined) continue
    const l = lines[line - 1] as SourceLine
    lines[line - 1] = { ...l, hints: { ...l.hints, figure: true } }
    images.push({ line, alinea: f.alinea, bytes: f.bytes, formaat: f.formaat, ...(f.inches !== undefined ? { inches: f.inches } : {}) })
  }
  return { lines, origins, findings: noteFindings(notes, context, at), furniture: false, ...(context.illustraties ? { images } : {}) }
}

function paragraphLine(item: Extract<BodyItem, { kind: 'paragraph' }>): { text: string; hints: LineHints } {
  const number = item.number
  if (item.outlineLevel !== undefined) {
    // A numbered heading carries its computed number in its text, as the shared heading sequence reads it.
    // (The same number typed again after it, `§ 4.3` + `4.3 De Vallei`, is shown twice by Word: once is the heading's.)
    const typedAgain = number !== undefined && typedNumber(item.text) === plainNumber(number.label)
    const text = number && !number.bullet && number.label !== '' && !typedAgain ? `${number.label} ${item.text}` : item.text
    return { text, hints: { paragraphEnd: true, heading: { level: item.outlineLevel + 1 } } }
  }
  if (number) {
    const marker = !number.bullet && number.label !== '' ? number.label : undefined
    return { text: item.text, hints: { paragraphEnd: true, listItem: { depth: number.ilvl, ...(marker !== undefined ? { marker } : {}) } } }
  }
  if (item.bold && item.text.length <= MAX_KOP && !/[.,;:!?]["”’')]?$/u.test(item.text)) return { text: item.text, hints: { paragraphEnd: true, heading: { level: 0 } } }
  return { text: item.text, hints: { paragraphEnd: true } }
}

/** A label's number without its words and marks: `§ 4.3` → `4.3`, `Hoofdstuk 2.` → `2`. */
function plainNumber(label: string): string {
  return label.replace(/^[^\dIVXLC]*/u, '').replace(/[.:)]+$/u, '')
}

/** The section number typed at a heading's start (`4.3 De Vallei` → `4.3`), or undefined. */
function typedNumber(text: string): string | undefined {
  return /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/u.exec(text)?.[1]
}

function tableLine(item: Extract<BodyItem, { kind: 'table' }>): { text: string; hints: LineHints } {
  const text = item.rows.map((r) => r.filter((c) => c !== '').join(' ')).join(' ').trim()
  return { text, hints: { paragraphEnd: true, table: { header: item.header, rows: item.rows } } }
}

function quote(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`
}

/** `4`, `4 en 9`, `4, 9 en 15`. */
function alineaList(alineas: readonly number[]): string {
  const s = alineas.map(String)
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} en ${s.at(-1) as string}`
}

function noteFindings(notes: BodyNotes, context: Context, at: (alinea: number) => number): Finding[] {
  const { file } = context
  const out: Finding[] = []
  if (notes.insertions + notes.deletions > 0)
    out.push(finding('VISIE-180', file, at(notes.firstChange ?? 1), { invoegingen: notes.insertions, verwijderingen: notes.deletions }))
  if (notes.comments > 0) out.push(finding('VISIE-181', file, at(notes.firstComment ?? 1), { aantal: notes.comments }))
  for (const n of notes.notes.filter((m) => m.nummer === undefined)) {
    const tekst = context.footnotes.get(`${n.kind}:${n.id}`) ?? ''
    out.push(finding('VISIE-182', file, at(n.alinea), { soort: n.kind === 'footnote' ? 'voetnoot' : 'eindnoot', tekst: quote(tekst) }))
  }
  const { refused, untaken } = context.figures
  if (untaken.length > 0) out.push(finding('VISIE-183', file, at(untaken[0] as number), { alineas: alineaList(untaken), illustraties: context.illustraties ? 'aan' : 'uit' }))
  for (const r of refused) out.push(finding('VISIE-187', file, at(r.alinea), { alinea: r.alinea, bestand: r.bestand, soort: r.soort }))
  for (const f of context.figures.flattened) out.push(finding('VISIE-188', file, at(f.alinea), { alinea: f.alinea, bestand: f.bestand }))
  for (const a of notes.nestedTables) out.push(finding('VISIE-184', file, at(a)))
  for (const a of notes.textBoxes) out.push(finding('VISIE-185', file, at(a)))
  for (const m of notes.missingNumbering) out.push(finding('VISIE-186', file, at(m.alinea), { numId: m.numId }))
  return out
}
