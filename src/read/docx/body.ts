/**
 * document.xml's body → the document's paragraphs and tables in order, each with what Word knows of it: its text (runs,
 * hyperlinks, accepted insertions; deletions, field instructions and the table of contents left out), the computed
 * number of a numbered paragraph, the outline level of a heading, whether it is all bold, and whether it starts a
 * page. Headers and footers live in other parts and are not read. ECMA-376 Part 1 §17.3 (paragraphs, runs, tables).
 */
import type { Numbering } from './numbering.js'
import type { Styles } from './styles.js'
import { child, childrenNamed, onOff, textOf, val, type XmlElement } from './xml.js'
import { superscriptDigits } from '../../parse/noten.js'
import { isContentsTitle } from '../../text/toc.js'

export type BodyItem =
  | {
      readonly kind: 'paragraph'
      /** The paragraph's number among all paragraphs of the body, tables included (from 1). */
      readonly alinea: number
      readonly text: string
      readonly pageStart: boolean
      readonly page: number
      /** Outline level from 0, when the style or the paragraph gives one. */
      readonly outlineLevel?: number
      /** The computed label of a numbered paragraph (`2.1`, `a)`), or `bullet`. */
      readonly number?: { readonly label: string; readonly bullet: boolean; readonly ilvl: number }
      /** Every character of the text is bold (style or direct formatting). */
      readonly bold: boolean
      /** The paragraph style is a caption style ("caption", "Bijschrift"). */
      readonly caption?: boolean
    }
  | {
      readonly kind: 'table'
      readonly alinea: number
      readonly pageStart: boolean
      readonly page: number
      readonly header: number
      readonly rows: readonly (readonly string[])[]
    }

/** What the walk noticed that the model cannot carry; index.ts turns it into findings. */
export interface BodyNotes {
  insertions: number
  deletions: number
  firstChange?: number
  comments: number
  firstComment?: number
  /** Footnote and endnote references: the alinea and the note's id. */
  readonly notes: { alinea: number; id: string; kind: 'footnote' | 'endnote'; nummer?: string }[]
  /** Images in document order: the alinea, the picture's relationship and the size it is drawn at. */
  readonly images: BodyImage[]
  readonly nestedTables: number[]
  readonly textBoxes: number[]
  /** Paragraphs whose numbering names a definition numbering.xml does not have. */
  readonly missingNumbering: { alinea: number; numId: string }[]
}

export interface BodyImage {
  readonly alinea: number
  /** The relationship id (`r:embed`, `r:link`, VML `r:id`). */
  readonly rel: string
  /** `r:link`: the picture is linked to a file outside the document, not embedded in it. */
  readonly linked: boolean
  /** The size it is drawn at, in inches (wp:extent in EMU; VML style width/height), when given. */
  readonly inches?: { readonly width: number; readonly height: number }
}

interface Field {
  instr: string
  result: boolean
}

const CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'ins', 'moveTo', 'fldSimple', 'dir', 'bdo'])

export function readBody(body: XmlElement, styles: Styles, numbering: Numbering): { items: BodyItem[]; notes: BodyNotes } {
  const items: BodyItem[] = []
  const notes: BodyNotes = { insertions: 0, deletions: 0, comments: 0, notes: [], images: [], nestedTables: [], textBoxes: [], missingNumbering: [] }
  const sectionTypes = sectionStarts(body)
  let alinea = 0
  let page = 0
  let pendingPage = false
  let section = 0
  const fields: Field[] = []
  const inToc = (): boolean => fields.some((f) => /^\s*TOC\b/u.test(f.instr) && f.result)

  const walkBlocks = (nodes: readonly XmlElement[]): void => {
    for (const n of nodes) {
      if (n.name === 'p') paragraph(n)
      else if (n.name === 'tbl') table(n)
      else if (n.name === 'sdt') {
        const gallery = val(child(child(n, 'sdtPr'), 'docPartObj'), 'docPartGallery') ?? ''
        if (/table of contents/iu.test(gallery)) {
          alinea += countParagraphs(n)
          dropContentsTitle()
        }
        else walkBlocks(child(n, 'sdtContent')?.children ?? [])
      } else if (n.name === 'customXml' || n.name === 'ins' || n.name === 'moveTo') walkBlocks(n.children)
      else if (n.name === 'del' || n.name === 'moveFrom') {
        notes.deletions++
        notes.firstChange ??= alinea + 1
        alinea += countParagraphs(n)
      }
    }
  }

  const dropContentsTitle = (): void => {
    const last = items[items.length - 1]
    if (last?.kind === 'paragraph' && isContentsTitle(last.text)) items.pop()
  }

  const paragraph = (p: XmlElement): void => {
    alinea++
    const pPr = child(p, 'pPr')
    const styleId = val(pPr, 'pStyle')
    const style = styles.paragraph(styleId)
    const run = readRuns(p, style?.bold ?? false)
    // A section break at the end of this paragraph: the next section starts on a new page unless it is continuous.
    if (child(pPr, 'sectPr')) {
      section++
      if ((sectionTypes[section] ?? 'nextPage') !== 'continuous') run.breakAfter = true
    }
    const text = run.text.replace(/[\s\u00A0]+/gu, ' ').trim()
    const numbered = numberOf(pPr, styleId, style?.numId, style?.ilvl)
    const startsPage = pendingPage || (onOff(pPr, 'pageBreakBefore') ?? false) || run.pageBreakFirst
    const kept = text !== '' && !style?.toc && !run.toc
    // The contents' title typed as an ordinary paragraph (`Inhoudsopgave` in bold) above the entries Word generates.
    if (!kept && (style?.toc || run.toc)) dropContentsTitle()
    if (kept && startsPage) page++
    pendingPage = (startsPage && !kept) || run.breakAfter
    // The text of a text box anchored here (a quote, a kader) is read as the document's own paragraphs after this one.
    const boxes = (): void => {
      for (const box of run.boxes) walkBlocks(box.children)
    }
    if (!kept) return boxes()
    const own = val(pPr, 'outlineLvl')
    const outlineLevel = own !== undefined && /^\d$/u.test(own) ? Number(own) : style?.outlineLevel
    items.push({
      kind: 'paragraph',
      alinea,
      text,
      pageStart: startsPage,
      page,
      ...(outlineLevel !== undefined && outlineLevel < 9 ? { outlineLevel } : {}),
      ...(numbered ? { number: numbered } : {}),
      bold: run.bold,
      ...(style?.caption ? { caption: true } : {}),
    })
    boxes()
  }

  const numberOf = (pPr: XmlElement | undefined, styleId: string | undefined, styleNum: string | undefined, styleIlvl: number | undefined) => {
    const numPr = child(pPr, 'numPr')
    const linked = val(numPr, 'numId') === undefined && styleNum === undefined && styleId !== undefined ? numbering.forStyle(styleId) : undefined
    const numId = val(numPr, 'numId') ?? styleNum ?? linked?.numId
    if (numId === undefined || numId === '0') return undefined
    const ownIlvl = val(numPr, 'ilvl')
    const ilvl = ownIlvl !== undefined ? Number(ownIlvl) : styleIlvl ?? linked?.ilvl ?? (styleId !== undefined ? numbering.levelOfStyle(numId, styleId) : undefined) ?? 0
    if (!numbering.has(numId)) {
      notes.missingNumbering.push({ alinea, numId })
      return undefined
    }
    const label = numbering.next(numId, Math.max(0, Math.min(8, ilvl)))
    return label ? { ...label, ilvl } : undefined
  }

  interface Runs {
    text: string
    bold: boolean
    toc: boolean
    pageBreakFirst: boolean
    breakAfter: boolean
    /** The contents of the text boxes drawn in the paragraph (w:txbxContent), in order. */
    boxes: XmlElement[]
  }

  const readRuns = (p: XmlElement, styleBold: boolean): Runs => {
    const out: Runs = { text: '', bold: true, toc: inToc(), pageBreakFirst: false, breakAfter: false, boxes: [] }
    let sawText = false
    const add = (s: string, bold: boolean): void => {
      if (inToc()) {
        out.toc = true
        return
      }
      out.text += s
      if (s.trim() !== '') {
        sawText = true
        if (!bold) out.bold = false
      }
    }
    const runs = (nodes: readonly XmlElement[]): void => {
      for (const n of nodes) {
        if (n.name === 'r') run(n)
        else if (n.name === 'del' || n.name === 'moveFrom') {
          notes.deletions++
          notes.firstChange ??= alinea
        } else if (CONTAINERS.has(n.name)) {
          if (n.name === 'ins' || n.name === 'moveTo') {
            notes.insertions++
            notes.firstChange ??= alinea
          }
          runs(n.children)
        } else if (n.name === 'sdt') runs(child(n, 'sdtContent')?.children ?? [])
        else if (n.name === 'commentRangeStart') {
          notes.comments++
          notes.firstComment ??= alinea
        }
      }
    }
    const run = (r: XmlElement): void => {
      const rPr = child(r, 'rPr')
      // Hidden text (w:vanish): Word does not show or print it. (A footnote's mark is never hidden by it.)
      if (onOff(rPr, 'vanish') === true) return
      const bold = onOff(rPr, 'b') ?? styles.characterBold(val(rPr, 'rStyle')) ?? styleBold
      for (const c of r.children) {
        switch (c.name) {
          case 't':
            add(textOf(c), bold)
            break
          case 'tab':
          case 'cr':
          case 'ptab':
            add(' ', bold)
            break
          case 'br':
            if (c.attributes['type'] === 'page') {
              if (!sawText) out.pageBreakFirst = true
              else {
                out.breakAfter = true
                // The words on either side of the break are two words (`in` | page | `ontwikkeling`).
                add(' ', bold)
              }
            } else add(' ', bold)
            break
          case 'noBreakHyphen':
            add('-', bold)
            break
          case 'sym': {
            const code = parseInt(c.attributes['char'] ?? '', 16)
            if (Number.isFinite(code)) add(symbol(code), bold)
            break
          }
          case 'fldChar': {
            const type = c.attributes['fldCharType']
            if (type === 'begin') fields.push({ instr: '', result: false })
            else if (type === 'separate' && fields.length > 0) (fields[fields.length - 1] as Field).result = true
            else if (type === 'end') fields.pop()
            break
          }
          case 'instrText':
            if (fields.length > 0) (fields[fields.length - 1] as Field).instr += textOf(c)
            break
          case 'footnoteReference':
          case 'endnoteReference': {
            const kind = c.name === 'footnoteReference' ? 'footnote' : 'endnote'
            // A footnote's mark is Word's running number, in superscript where it stands (`…binnenstad.²`).
            const nummer = kind === 'footnote' ? String(notes.notes.filter((n) => n.kind === 'footnote').length + 1) : undefined
            if (nummer !== undefined) add(superscriptDigits(nummer), bold)
            notes.notes.push({ alinea, id: c.attributes['id'] ?? '', kind, ...(nummer !== undefined ? { nummer } : {}) })
            break
          }
          case 'commentReference':
            break
          case 'drawing':
          case 'pict':
          case 'object':
          case 'AlternateContent':
            media(c)
            break
        }
      }
    }
    const media = (e: XmlElement): void => {
      const found = new Map<string, BodyImage>()
      let textBox = false
      const visit = (n: XmlElement, inches: BodyImage['inches']): void => {
        if (n.name === 'Fallback') return // the same picture again, for older readers
        if (n.name === 'txbxContent') {
          textBox = true
          out.boxes.push(n)
          return
        }
        const size = drawnSize(n) ?? inches
        const rel = n.name === 'blip' || n.name === 'imagedata' ? (n.attributes['embed'] ?? n.attributes['id'] ?? n.attributes['link']) : undefined
        if (rel !== undefined && !found.has(rel)) {
          const linked = n.attributes['embed'] === undefined && n.attributes['id'] === undefined
          found.set(rel, { alinea, rel, linked, ...(size ? { inches: size } : {}) })
        }
        n.children.forEach((c) => visit(c, size))
      }
      visit(e, undefined)
      notes.images.push(...found.values())
      if (textBox) notes.textBoxes.push(alinea)
    }
    runs(p.children)
    if (!sawText) out.bold = false
    return out
  }

  /**
   * A table used for layout, not data: a paragraph in it is a heading (its style or its own outline level), as in a
   * house style that sets each chapter's number and title in shaded cells. Its paragraphs are read as the document's,
   * row by row, cell by cell.
   */
  const layoutTable = (tbl: XmlElement): boolean => {
    const heading = (n: XmlElement): boolean => {
      if (n.name === 'p') {
        const pPr = child(n, 'pPr')
        const own = val(pPr, 'outlineLvl')
        const level = own !== undefined && /^\d$/u.test(own) ? Number(own) : styles.paragraph(val(pPr, 'pStyle'))?.outlineLevel
        return level !== undefined && level < 9
      }
      return n.name !== 'tbl' && n.children.some(heading)
    }
    return rowsOf(tbl).some((tr) => cellsOf(tr).some((tc) => tc.children.some(heading)))
  }

  const table = (tbl: XmlElement): void => {
    // One row is a box or a block set side by side (a title block, a quote, the signatures), no table of data: its
    // paragraphs are the document's.
    if (layoutTable(tbl) || rowsOf(tbl).length === 1) {
      for (const tr of rowsOf(tbl)) for (const tc of cellsOf(tr)) walkBlocks(tc.children)
      return
    }
    const first = alinea + 1
    const startsPage = pendingPage
    const rows: string[][] = []
    let header = 0
    let inHeader = true
    for (const tr of rowsOf(tbl)) {
      const cells: string[] = []
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'tcPr')
        const span = Math.max(1, Math.min(64, Number(val(tcPr, 'gridSpan') ?? '1') || 1))
        const vMerge = child(tcPr, 'vMerge')
        const continued = vMerge !== undefined && vMerge.attributes['val'] !== 'restart'
        const text = continued ? skipCell(tc) : cellText(tc)
        // A merged cell keeps its text in its first grid cell; the cells it covers are empty.
        cells.push(text, ...Array.from({ length: span - 1 }, () => ''))
      }
      const isHeader = onOff(child(tr, 'trPr'), 'tblHeader') ?? false
      if (inHeader && isHeader) header++
      else inHeader = false
      rows.push(cells)
    }
    const width = Math.max(0, ...rows.map((r) => r.length))
    const full = rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')])
    if (full.length === 0 || full.every((r) => r.every((c) => c === ''))) return
    if (startsPage) {
      page++
      pendingPage = false
    }
    items.push({ kind: 'table', alinea: first, pageStart: startsPage, page, header: Math.min(header, full.length - 1), rows: full })
  }

  /** A cell's paragraphs as one text (a numbered paragraph keeps its label); a nested table is flattened into it. */
  const cellText = (tc: XmlElement): string => {
    const parts: string[] = []
    const collect = (nodes: readonly XmlElement[]): void => {
      for (const n of nodes) {
        if (n.name === 'p') {
          const before = items.length
          paragraph(n)
          const added = items.splice(before)
          for (const a of added) if (a.kind === 'paragraph') parts.push(a.number && !a.number.bullet && a.number.label ? `${a.number.label} ${a.text}` : a.text)
        } else if (n.name === 'tbl') {
          notes.nestedTables.push(alinea + 1)
          for (const tr of rowsOf(n)) for (const c of cellsOf(tr)) collect(c.children)
        } else if (n.name === 'sdt') collect(child(n, 'sdtContent')?.children ?? [])
        else if (n.name === 'customXml') collect(n.children)
      }
    }
    collect(tc.children)
    return parts.join(' ').trim()
  }

  const skipCell = (tc: XmlElement): string => {
    alinea += countParagraphs(tc)
    return ''
  }

  walkBlocks(body.children)
  return { items, notes }
}

const EMU_PER_INCH = 914_400
const INCHES: Readonly<Record<string, number>> = { pt: 1 / 72, in: 1, cm: 1 / 2.54, mm: 1 / 25.4, px: 1 / 96, pc: 1 / 6 }

/** The size a picture is drawn at: DrawingML `wp:inline`/`wp:anchor` with its `wp:extent` (EMU), or a VML shape's style (`width:415pt;height:270pt`). */
function drawnSize(n: XmlElement): BodyImage['inches'] {
  if (n.name === 'inline' || n.name === 'anchor') {
    const extent = child(n, 'extent')
    const width = Number(extent?.attributes['cx']) / EMU_PER_INCH
    const height = Number(extent?.attributes['cy']) / EMU_PER_INCH
    return width > 0 && height > 0 ? { width, height } : undefined
  }
  if (n.name !== 'shape' || n.attributes['style'] === undefined) return undefined
  const length = (key: string): number => {
    const m = new RegExp(`(?:^|;)\\s*${key}\\s*:\\s*([\\d.]+)\\s*(pt|in|cm|mm|px|pc)?`, 'u').exec(n.attributes['style'] as string)
    return m ? Number(m[1]) * (INCHES[m[2] ?? 'px'] as number) : NaN
  }
  const width = length('width')
  const height = length('height')
  return width > 0 && height > 0 ? { width, height } : undefined
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  return tbl.children.flatMap((c) => (c.name === 'tr' ? [c] : c.name === 'sdt' ? childrenNamed(child(c, 'sdtContent'), 'tr') : c.name === 'customXml' ? childrenNamed(c, 'tr') : []))
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return tr.children.flatMap((c) => (c.name === 'tc' ? [c] : c.name === 'sdt' ? childrenNamed(child(c, 'sdtContent'), 'tc') : c.name === 'customXml' ? childrenNamed(c, 'tc') : []))
}

function countParagraphs(e: XmlElement): number {
  let n = 0
  const visit = (x: XmlElement): void => {
    if (x.name === 'p') n++
    x.children.forEach(visit)
  }
  e.children.forEach(visit)
  return n
}

/**
 * How each section starts (w:sectPr/w:type, default nextPage), in order: the sections end at paragraphs with a
 * w:sectPr in their properties, the last one at the body's own w:sectPr.
 */
function sectionStarts(body: XmlElement): string[] {
  const types: string[] = []
  const visit = (nodes: readonly XmlElement[]): void => {
    for (const n of nodes) {
      if (n.name === 'p') {
        const s = child(child(n, 'pPr'), 'sectPr')
        if (s) types.push(val(s, 'type') ?? 'nextPage')
      } else if (n.name === 'sectPr') types.push(val(n, 'type') ?? 'nextPage')
      else if (n.name === 'sdt') visit(child(n, 'sdtContent')?.children ?? [])
    }
  }
  visit(body.children)
  return types
}

/** A w:sym character: Symbol/Wingdings private-use bullets become `•`, other codes their character. */
function symbol(code: number): string {
  if (code >= 0xf000 && code <= 0xf0ff) return [0xf0b7, 0xf0a7, 0xf0d8, 0xf076, 0xf0fc, 0xf0e0].includes(code) ? '•' : ''
  return String.fromCodePoint(code)
}

