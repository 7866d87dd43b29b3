/**
 * Renvooi between two versions of one STOP element (stop-lvbb.md §2.4, imop-tekst.xsd 1.3.0): mixed content gets
 * word-level `VerwijderdeTekst`/`NieuweTekst`; element-only content is aligned child by child, a whole added or
 * removed child gets `wijzigactie="voegtoe"`/`"verwijder"`. Both sides are element trees written by the same
 * writers (new) or read from the earlier delivery (old), so the comparison is of what STOP says, not of the model.
 */
import { el, type El, type XmlNode } from './xml.js'

/** Elements that may carry @wijzigactie (agWijzigactie in imop-tekst.xsd 1.3.0) among those visie writes. */
const WIJZIGACTIE = new Set([
  'Al', 'Li', 'Lijst', 'table', 'row', 'entry', 'colspec', 'title', 'Figuur', 'Titel', 'Begrip', 'Begrippenlijst', 'Term',
  'Definitie', 'Tussenkop', 'Divisie', 'Divisietekst', 'Kop', 'Nummer', 'Opschrift',
])

/** Mixed content: compared word by word (the text elements visie writes). */
const MIXED = new Set(['Al', 'Opschrift', 'Nummer', 'Label', 'LiNummer', 'Tussenkop', 'Term', 'title', 'Titel', 'Wat'])

/** A stable string of an element or text, for equality. */
export function key(n: XmlNode): string {
  if (typeof n === 'string') return n
  const attrs = Object.entries(n.attrs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => ` ${k}="${v}"`).join('')
  return `<${n.name}${attrs}>${n.children.map(key).join('')}</${n.name}>`
}

/** The same as `key` without eId attributes: what a reader of the text sees, plus the wIds that carry identity. */
export function contentKey(n: XmlNode): string {
  if (typeof n === 'string') return n
  const attrs = Object.entries(n.attrs ?? {}).filter(([k]) => k !== 'eId').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `<${n.name}${attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}>${n.children.map(contentKey).join('')}</${n.name}>`
}

/** The element with renvooi marks, or undefined when the change cannot be shown inside it (the caller replaces it whole). */
export function renvooi(oldEl: El, newEl: El): El | undefined {
  if (oldEl.name !== newEl.name) return undefined
  if (MIXED.has(newEl.name)) return { ...newEl, children: wordDiff(oldEl.children, newEl.children) }
  const a = oldEl.children.filter((c): c is El => typeof c !== 'string')
  const b = newEl.children.filter((c): c is El => typeof c !== 'string')
  const out: XmlNode[] = []
  for (const step of align(a, b)) {
    if (step.kind === 'same') out.push(step.b)
    else if (step.kind === 'pair') {
      const merged = renvooi(step.a, step.b)
      if (merged) out.push(merged)
      else if (WIJZIGACTIE.has(step.a.name) && WIJZIGACTIE.has(step.b.name)) out.push(marked(step.a, 'verwijder'), marked(step.b, 'voegtoe'))
      else return undefined
    } else {
      const e = step.kind === 'old' ? step.a : step.b
      if (!WIJZIGACTIE.has(e.name)) return undefined
      out.push(marked(e, step.kind === 'old' ? 'verwijder' : 'voegtoe'))
    }
  }
  return { ...newEl, children: out }
}

function marked(e: El, actie: 'verwijder' | 'voegtoe'): El {
  return { ...e, attrs: { ...(e.attrs ?? {}), wijzigactie: actie } }
}

type Step = { kind: 'same'; a: El; b: El } | { kind: 'pair'; a: El; b: El } | { kind: 'old'; a: El } | { kind: 'new'; b: El }

/**
 * Aligns two child lists: equal children (ignoring eIds) by longest common subsequence; between them, children with
 * the same wId, else the same element name in order, are paired (changed); the rest is removed or added.
 */
export function align(a: readonly El[], b: readonly El[]): Step[] {
  const ka = a.map(contentKey)
  const kb = b.map(contentKey)
  const common = lcs(ka, kb)
  const steps: Step[] = []
  let i = 0
  let j = 0
  const gap = (iEnd: number, jEnd: number) => steps.push(...pairGap(a.slice(i, iEnd), b.slice(j, jEnd)))
  for (const [ci, cj] of common) {
    gap(ci, cj)
    steps.push({ kind: 'same', a: a[ci] as El, b: b[cj] as El })
    i = ci + 1
    j = cj + 1
  }
  gap(a.length, b.length)
  return steps
}

function pairGap(a: readonly El[], b: readonly El[]): Step[] {
  const steps: Step[] = []
  let j = 0
  for (const x of a) {
    const wId = x.attrs?.wId
    const at = b.findIndex((y, k) => k >= j && (wId !== undefined ? y.attrs?.wId === wId : y.name === x.name && y.attrs?.wId === undefined))
    if (at < 0) {
      steps.push({ kind: 'old', a: x })
      continue
    }
    for (; j < at; j++) steps.push({ kind: 'new', b: b[j] as El })
    steps.push({ kind: 'pair', a: x, b: b[at] as El })
    j = at + 1
  }
  for (; j < b.length; j++) steps.push({ kind: 'new', b: b[j] as El })
  return steps
}

/** Index pairs of a longest common subsequence (dynamic programming; lists here are paragraphs or children). */
export function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length
  const m = b.length
  if (n * m > 4_000_000) return []
  const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    const row = t[i] as Uint32Array
    const next = t[i + 1] as Uint32Array
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number)
  }
  const out: [number, number][] = []
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      out.push([i, j])
      i++
      j++
    } else if ((t[i + 1] as Uint32Array)[j] as number >= ((t[i] as Uint32Array)[j + 1] as number)) i++
    else j++
  }
  return out
}

/** Words, runs of whitespace and whole inline elements: the units of a text renvooi. */
function tokens(nodes: readonly XmlNode[]): XmlNode[] {
  return nodes.flatMap((n): XmlNode[] => (typeof n === 'string' ? [...(n.match(/\s+|[^\s]+/g) ?? [])] : [n]))
}

/**
 * Word-level renvooi of mixed content: common tokens stay, removed runs become VerwijderdeTekst and added runs
 * NieuweTekst (removed first). Whitespace alone is never marked when it sits between two unchanged words.
 */
export function wordDiff(oldNodes: readonly XmlNode[], newNodes: readonly XmlNode[]): XmlNode[] {
  const a = tokens(oldNodes)
  const b = tokens(newNodes)
  const common = lcs(a.map(key), b.map(key))
  const out: XmlNode[] = []
  let i = 0
  let j = 0
  const flush = (iEnd: number, jEnd: number) => {
    if (iEnd > i) out.push(el('VerwijderdeTekst', {}, join(a.slice(i, iEnd))))
    if (jEnd > j) out.push(el('NieuweTekst', {}, join(b.slice(j, jEnd))))
  }
  for (const [ci, cj] of common) {
    flush(ci, cj)
    out.push(b[cj] as XmlNode)
    i = ci + 1
    j = cj + 1
  }
  flush(a.length, b.length)
  return join(out)
}

function join(nodes: readonly XmlNode[]): XmlNode[] {
  const out: XmlNode[] = []
  for (const n of nodes) {
    const last = out[out.length - 1]
    if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n
    else out.push(n)
  }
  return out
}
