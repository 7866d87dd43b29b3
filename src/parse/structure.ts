/**
 * Text blocks → the visie's structure: numbered headings become nested Divisies, run-in headings start a
 * Divisietekst with a kop, paragraphs/bullets/captions become Al/Lijst/Figuur inside the current Divisietekst.
 * A Divisie never holds blocks directly: text before its first run-in heading is a Divisietekst without kop.
 */
import { lineSpan, type Al, type Block, type Inline, type Divisie, type Divisietekst, type Finding, type Kop, type Li, type Lijst, type Rij, type Structuur, type Tabel } from '../model/index.js'
import type { TableCell, TextBlock } from '../text/blocks.js'
import { finding } from './findings.js'
import { al } from './inline.js'

interface DivisieDraft {
  kop: Kop
  from: number
  level: number
  children: (DivisieDraft | TekstDraft)[]
}

interface TekstDraft {
  kop?: Kop
  from: number
  /** Blocks, and lists still open for items (frozen into Lijst nodes when the Divisietekst is). */
  children: (Block | OpenList)[]
  /**
   * The open lists, outermost first, each with its items appended in place (copying a list per item is quadratic on
   * 50k bullets); frozen into Lijst nodes when the Divisietekst is.
   */
  lists?: OpenList[]
}

interface OpenList {
  readonly depth: number
  readonly ordered: boolean
  readonly items: OpenItem[]
  readonly from: number
  to: number
}

interface OpenItem {
  readonly li: Omit<Li, 'children'>
  readonly children: Al[]
  sub?: OpenList
}

interface Root {
  level: 0
  children: (DivisieDraft | TekstDraft)[]
}

/** Builds the structure of the lichaam or of a bijlage. */
export function buildStructure(blocks: readonly TextBlock[]): Structuur[] {
  const root: Root = { level: 0, children: [] }
  const stack: (Root | DivisieDraft)[] = [root]
  let tekst: TekstDraft | undefined
  const current = (): Root | DivisieDraft => stack[stack.length - 1] as Root | DivisieDraft
  const ensureTekst = (from: number): TekstDraft => {
    if (!tekst) {
      tekst = { from, children: [] }
      current().children.push(tekst)
    }
    return tekst
  }
  for (const b of blocks) {
    if (b.kind === 'heading') {
      tekst = undefined
      const level = b.level ?? b.nummer.split('.').length
      while (stack.length > 1 && current().level >= level) stack.pop()
      // The document's own label (`Hoofdstuk 2`, `Thema 3`) stays in the Kop, as STOP's Label.
      const kop: Kop = { ...(b.label ? { label: b.label } : {}), ...(b.nummer ? { nummer: b.nummer } : {}), opschrift: b.opschrift, position: lineSpan(b.from) }
      const d: DivisieDraft = { kop, from: b.from, level, children: [] }
      current().children.push(d)
      stack.push(d)
    } else if (b.kind === 'runin') {
      const kop: Kop = { ...(b.nummer ? { nummer: b.nummer } : {}), opschrift: b.opschrift, position: lineSpan(b.from) }
      tekst = { kop, from: b.from, children: [] }
      current().children.push(tekst)
    } else if (b.kind === 'break') {
      tekst = undefined
    } else if (b.kind === 'bullet') {
      const t = ensureTekst(b.from)
      addItem(t, b)
    } else if (b.kind === 'table') {
      const t = ensureTekst(b.from)
      t.children.push(tabel(b))
      t.lists = undefined
    } else {
      const t = ensureTekst(b.from)
      t.children.push(b.kind === 'caption' ? { type: 'figuur', titel: b.text, position: lineSpan(b.from, b.to) } : paragraph(b))
      t.lists = undefined
    }
  }
  return root.children.map(freeze)
}

/**
 * Adds a list item: deeper than the open item → a list nested in it; as deep as an open list → its next item (a
 * change from bullets to numbers at the same depth starts a new list); shallower → closes the deeper lists.
 */
function addItem(t: TekstDraft, b: Extract<TextBlock, { kind: 'bullet' }>): void {
  const depth = b.depth ?? 0
  const ordered = b.marker !== undefined
  const li: Omit<Li, 'children'> = { type: 'li', ...(b.marker !== undefined ? { nummer: b.marker } : {}), position: lineSpan(b.from, b.to) }
  const item: OpenItem = { li, children: [paragraph(b)] }
  let lists = t.lists ?? []
  while (lists.length > 0 && (lists[lists.length - 1] as OpenList).depth > depth) lists = lists.slice(0, -1)
  const top = lists[lists.length - 1]
  if (top && top.depth === depth && top.ordered === ordered) {
    top.items.push(item)
    for (const l of lists) l.to = Math.max(l.to, b.to)
  } else if (top && top.depth < depth) {
    const parent = top.items[top.items.length - 1] as OpenItem
    const sub: OpenList = { depth, ordered, items: [item], from: b.from, to: b.to }
    parent.sub = sub
    for (const l of lists) l.to = Math.max(l.to, b.to)
    lists = [...lists, sub]
  } else {
    if (top) lists = lists.slice(0, -1)
    const list: OpenList = { depth, ordered, items: [item], from: b.from, to: b.to }
    if (lists.length > 0) {
      const outer = lists[lists.length - 1] as OpenList
      ;(outer.items[outer.items.length - 1] as OpenItem).sub = list
      for (const l of lists) l.to = Math.max(l.to, b.to)
    } else {
      t.children.push(list)
    }
    lists = [...lists, list]
  }
  t.lists = lists
}

function freezeList(list: OpenList): Lijst {
  const children = list.items.map((i): Li => ({ ...i.li, children: i.sub ? [...i.children, freezeList(i.sub)] : i.children }))
  return { type: 'lijst', lijsttype: list.ordered ? 'expliciet' : 'ongemarkeerd', children, position: lineSpan(list.from, list.to) }
}

function tabel(b: Extract<TextBlock, { kind: 'table' }>): Tabel {
  const kolommen = Math.max(1, ...b.rows.map((r) => r.length))
  const rij = (cells: readonly TableCell[]): Rij => ({
    cellen: Array.from({ length: kolommen }, (_, k) => {
      const c = cells[k]
      return { children: c && c.text !== '' ? [paragraph({ ...c, from: b.from, to: b.to })] : [] }
    }),
  })
  return { type: 'tabel', kolommen, kop: b.rows.slice(0, b.header).map(rij), rijen: b.rows.slice(b.header).map(rij), position: lineSpan(b.from, b.to) }
}

function paragraph(b: { text: string; inline?: readonly Inline[]; from: number; to: number }): Al {
  return b.inline ? { type: 'al', children: b.inline, position: lineSpan(b.from, b.to) } : al(b.text, b.from, b.to)
}

function freeze(d: DivisieDraft | TekstDraft): Structuur {
  if ('level' in d) {
    const children = d.children.map(freeze)
    if (children.length === 0 && !d.kop.nummer) {
      // A heading without number and without anything under it (a subtitle set large in a PDF) is a paragraph: an
      // empty Divisie is refused (STOP0058). An empty numbered one stays and is reported (VISIE-104).
      return { type: 'divisietekst', children: [paragraph({ text: d.kop.opschrift ?? '', from: d.from, to: d.from })], position: lineSpan(d.from) } satisfies Divisietekst
    }
    const to = maxEndLine(d.from, children)
    return { type: 'divisie', kop: d.kop, children, position: lineSpan(d.from, to) } satisfies Divisie
  }
  const children = d.children.map((c) => ('items' in c ? freezeList(c) : c))
  if (d.kop && children.length === 0) {
    // A run-in kop with nothing under it (a subtitle, a line before a heading) is a paragraph: STOP has no
    // Divisietekst of only a Kop (STOP0060).
    const text = [d.kop.nummer, d.kop.opschrift].filter(Boolean).join(' ')
    return { type: 'divisietekst', children: [paragraph({ text, from: d.from, to: d.from })], position: lineSpan(d.from) } satisfies Divisietekst
  }
  const to = maxEndLine(d.from, children)
  return { type: 'divisietekst', ...(d.kop ? { kop: d.kop } : {}), children, position: lineSpan(d.from, to) } satisfies Divisietekst
}

function startLine(n: { position?: { start: { line: number } } }): number {
  return n.position?.start.line ?? 0
}

/** The last line any of `nodes` covers, at least `from` (a loop: spreading 200k nodes into Math.max overflows the stack). */
export function maxEndLine(from: number, nodes: readonly { position?: { end: { line: number } } }[]): number {
  let to = from
  for (const n of nodes) to = Math.max(to, endLine(n))
  return to
}

/** Last line (inclusive) a node covers. */
export function endLine(n: { position?: { end: { line: number } } }): number {
  return (n.position?.end.line ?? 1) - 1
}

/** A Divisie without any text: the source lacks its content (5.2 in Assen, whose table was an image). */
export function reportEmptyDivisies(nodes: readonly Structuur[], file: string, findings: Finding[]): void {
  for (const n of nodes) {
    if (n.type !== 'divisie') continue
    if (n.children.length === 0) {
      findings.push(finding('VISIE-104', file, n.kop.position?.start.line ?? endLine(n), { nummer: n.kop.nummer ?? '', opschrift: n.kop.opschrift ?? '' }))
    }
    reportEmptyDivisies(n.children, file, findings)
  }
}
