/**
 * Text blocks → the visie's structure: numbered headings become nested Divisies, run-in headings start a
 * Divisietekst with a kop, paragraphs/bullets/captions become Al/Lijst/Figuur inside the current Divisietekst.
 * A Divisie never holds blocks directly: text before its first run-in heading is a Divisietekst without kop.
 */
import { lineSpan, type Al, type Block, type Inline, type Divisie, type Divisietekst, type Finding, type Kop, type Li, type Lijst, type Structuur } from '../model/index.js'
import type { TextBlock } from '../text/blocks.js'
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
  children: (Block & { to?: number })[]
  lastWasBullet: boolean
  /** The items of the open Lijst, appended in place: copying the list per item is quadratic on 50k bullets. */
  items?: Li[]
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
      tekst = { from, children: [], lastWasBullet: false }
      current().children.push(tekst)
    }
    return tekst
  }
  for (const b of blocks) {
    if (b.kind === 'heading') {
      tekst = undefined
      const level = b.level ?? b.nummer.split('.').length
      while (stack.length > 1 && current().level >= level) stack.pop()
      const kop: Kop = { ...(b.nummer ? { nummer: b.nummer } : {}), opschrift: b.opschrift, position: lineSpan(b.from) }
      const d: DivisieDraft = { kop, from: b.from, level, children: [] }
      current().children.push(d)
      stack.push(d)
    } else if (b.kind === 'runin') {
      const kop: Kop = { ...(b.nummer ? { nummer: b.nummer } : {}), opschrift: b.opschrift, position: lineSpan(b.from) }
      tekst = { kop, from: b.from, children: [], lastWasBullet: false }
      current().children.push(tekst)
    } else if (b.kind === 'break') {
      tekst = undefined
    } else if (b.kind === 'bullet') {
      const t = ensureTekst(b.from)
      const li: Li = { type: 'li', children: [paragraph(b)], position: lineSpan(b.from, b.to) }
      const last = t.children[t.children.length - 1]
      if (t.lastWasBullet && last?.type === 'lijst' && t.items) {
        t.items.push(li)
        t.children[t.children.length - 1] = { ...last, children: t.items, position: lineSpan(startLine(last), b.to) }
      } else {
        t.items = [li]
        t.children.push({ type: 'lijst', lijsttype: 'ongemarkeerd', children: t.items, position: lineSpan(b.from, b.to) } satisfies Lijst)
      }
      t.lastWasBullet = true
    } else {
      const t = ensureTekst(b.from)
      t.children.push(b.kind === 'caption' ? { type: 'figuur', titel: b.text, position: lineSpan(b.from, b.to) } : paragraph(b))
      t.lastWasBullet = false
    }
  }
  return root.children.map(freeze)
}

function paragraph(b: { text: string; inline?: readonly Inline[]; from: number; to: number }): Al {
  return b.inline ? { type: 'al', children: b.inline, position: lineSpan(b.from, b.to) } : al(b.text, b.from, b.to)
}

function freeze(d: DivisieDraft | TekstDraft): Structuur {
  if ('level' in d) {
    const children = d.children.map(freeze)
    const to = maxEndLine(d.from, children)
    return { type: 'divisie', kop: d.kop, children, position: lineSpan(d.from, to) } satisfies Divisie
  }
  const to = maxEndLine(d.from, d.children)
  return { type: 'divisietekst', ...(d.kop ? { kop: d.kop } : {}), children: d.children, position: lineSpan(d.from, to) } satisfies Divisietekst
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
