/**
 * Identity across versions (issue 17): after assignIds, the new regeling's Divisies, Divisieteksten and Bijlagen are
 * matched to the previous version's on content (kop, words), not only on numbers, so a renumbered or renamed section
 * keeps its wId; inside a matched element, lists, items, tables, figures and GIO references keep theirs too. A match
 * keeps the order and the parent; what is left over on both sides is then matched across places: a section moved
 * elsewhere (another parent, or out of order among its siblings) keeps its wId, as a wId never changes while the
 * element exists (the mutation moves it with a Vervang with positie/context, imop-tekst.xsd agVerplaatsing).
 * Unmatched elements get wIds with the next besluit prefix (`gm0106_2__…`), so they never collide with an old one.
 * Findings (informatie): VISIE-901 a match on similar content, not on the same text; VISIE-915 a section matched at
 * another place (moved), with how sure the match is.
 */
import type { Bijlage, Document, Finding, RegelingVrijetekst, Structuur } from '../model/index.js'

export interface Verplaatsing {
  /** Kop as the text shows it, e.g. `4.2 Wonen`. */
  readonly kop: string
  readonly van: string
  readonly naar: string
  /** The wId it keeps (the old one). */
  readonly wId: string
  /** Share of the same words, 0–100. */
  readonly overeenkomst: number
}

export interface VersieKoppeling {
  readonly document: Document
  /** new wId (before this pass) → old wId, for every element that kept its identity. */
  readonly behouden: ReadonlyMap<string, string>
  readonly verplaatst: readonly Verplaatsing[]
  /** The wId prefix of elements new in this version (`gm0106_2__`). */
  readonly prefix: string
  readonly findings: readonly Finding[]
}

type Node = Structuur | Bijlage

const THRESHOLD = 0.45
/** A match across places needs more of the same words than one in place: only the text says it is the same section. */
const MOVE_THRESHOLD = 0.8

export function keepIds(vorige: RegelingVrijetekst, document: Document, bevoegdGezag: string): VersieKoppeling {
  const map = new Map<string, string>()
  const findings: Finding[] = []
  const nieuw = document.besluit.wijzigBijlage.regeling
  const unmatched = { old: [] as Node[], new: [] as Node[] }
  matchStructure(vorige.lichaam, nieuw.lichaam, map, unmatched, findings, document.file)
  matchStructure(vorige.bijlagen, nieuw.bijlagen, map, unmatched, findings, document.file)
  const verplaatst = findMoves(unmatched.old, unmatched.new, map, findings, document.file)
  const prefix = nextPrefix(vorige, bevoegdGezag)
  const oldPrefix = `${bevoegdGezag}_1__`
  const rename = (wId: string): string => map.get(wId) ?? (wId.startsWith(oldPrefix) ? prefix + wId.slice(oldPrefix.length) : wId)
  const regeling = remap(nieuw, rename) as RegelingVrijetekst
  const wb = document.besluit.wijzigBijlage
  return {
    document: { ...document, besluit: { ...document.besluit, wijzigBijlage: { ...wb, regeling } } },
    behouden: map,
    verplaatst,
    prefix,
    findings,
  }
}

/** `gm0106_<n>__` with n one more than the highest besluit number in the previous version's wIds. */
function nextPrefix(vorige: RegelingVrijetekst, bg: string): string {
  let max = 1
  const re = new RegExp(`^${bg}_(\\d+)__`)
  walk(vorige, (o) => {
    const m = typeof o.wId === 'string' ? re.exec(o.wId) : null
    if (m) max = Math.max(max, Number(m[1]))
  })
  return `${bg}_${max + 1}__`
}

function walk(x: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(x)) for (const v of x) walk(v, visit)
  else if (x !== null && typeof x === 'object') {
    visit(x as Record<string, unknown>)
    for (const [k, v] of Object.entries(x)) if (k !== 'position') walk(v, visit)
  }
}

/** A copy with every wId (and every IntIoRef's ref, which is a wId) renamed. */
function remap(x: unknown, rename: (wId: string) => string): unknown {
  if (Array.isArray(x)) return x.map((v) => remap(v, rename))
  if (x === null || typeof x !== 'object') return x
  const o = x as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) {
    if (k === 'wId' && typeof v === 'string') out[k] = rename(v)
    else if (k === 'ref' && o.type === 'intIoRef' && typeof v === 'string') out[k] = rename(v)
    else if (k === 'position') out[k] = v
    else out[k] = remap(v, rename)
  }
  return out
}

/** Words of everything a node says (kop and text), lowercase. */
export function words(x: unknown): string[] {
  const out: string[] = []
  walk(x, (o) => {
    for (const k of ['value', 'opschrift', 'titel'] as const) if (typeof o[k] === 'string') out.push(o[k] as string)
    if (o.type === 'extIoRef' && typeof o.ref === 'string') out.push(o.ref)
  })
  return out.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')
}

/** Dice coefficient of two word multisets: 1 = the same words. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1
  const count = new Map<string, number>()
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1)
  let common = 0
  for (const w of b) {
    const c = count.get(w) ?? 0
    if (c > 0) {
      common++
      count.set(w, c - 1)
    }
  }
  return (2 * common) / (a.length + b.length)
}

function kopText(n: Node): string {
  const k = n.kop
  return k ? [k.label, k.nummer, k.opschrift].filter((s) => s !== undefined).join(' ') : ''
}

/** The words of a node's children as a multiset, made once per node: alignScored scores every pair of two lists. */
export interface Bag {
  readonly counts: ReadonlyMap<string, number>
  readonly total: number
}
const bags = new WeakMap<Node, Bag>()

function bagOf(node: Node): Bag {
  let made = bags.get(node)
  if (made === undefined) {
    made = bag(words(node.children))
    bags.set(node, made)
  }
  return made
}

export function bag(list: readonly string[]): Bag {
  const counts = new Map<string, number>()
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1)
  return { counts, total: list.length }
}

/** similarity() of two bags: the words they share (each as often as both have it) over all their words. */
export function bagSimilarity(a: Bag, b: Bag): number {
  if (a.total === 0 && b.total === 0) return 1
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let common = 0
  for (const [w, c] of small.counts) {
    const d = large.counts.get(w)
    if (d !== undefined) common += Math.min(c, d)
  }
  return (2 * common) / (a.total + b.total)
}

function score(o: Node, n: Node): number {
  if (o.type !== n.type) return 0
  const so = o.kop?.opschrift?.trim().toLowerCase()
  const sn = n.kop?.opschrift?.trim().toLowerCase()
  // The words of every node were read again for each pair: 60 chapters against 60 took 3 s of a 4.6 s `visie diff`.
  const sim = bagSimilarity(bagOf(o), bagOf(n))
  if (so !== undefined && so !== '' && so === sn) return 0.6 + 0.4 * sim
  const sameNummer = o.kop?.nummer !== undefined && o.kop.nummer === n.kop?.nummer ? 0.1 : 0
  return Math.min(1, sim * 0.9 + sameNummer)
}

/** Order-keeping alignment of sibling lists maximising the summed score (pairs below the threshold never count). */
function alignScored(a: readonly Node[], b: readonly Node[]): [number, number, number][] {
  const n = a.length
  const m = b.length
  const s = a.map((x) => b.map((y) => score(x, y)))
  const t = Array.from({ length: n + 1 }, () => new Float64Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const sc = s[i]?.[j] ?? 0
      const take = sc >= THRESHOLD ? sc + (t[i + 1]?.[j + 1] ?? 0) : -1
      ;(t[i] as Float64Array)[j] = Math.max(take, t[i + 1]?.[j] ?? 0, t[i]?.[j + 1] ?? 0)
    }
  }
  const out: [number, number, number][] = []
  for (let i = 0, j = 0; i < n && j < m; ) {
    const sc = s[i]?.[j] ?? 0
    if (sc >= THRESHOLD && (t[i]?.[j] ?? 0) === sc + (t[i + 1]?.[j + 1] ?? 0)) {
      out.push([i, j, sc])
      i++
      j++
    } else if ((t[i + 1]?.[j] ?? 0) >= (t[i]?.[j + 1] ?? 0)) i++
    else j++
  }
  return out
}

function matchStructure(
  a: readonly Node[], b: readonly Node[], map: Map<string, string>, unmatched: { old: Node[]; new: Node[] },
  findings: Finding[], file: string,
): void {
  const pairs = alignScored(a, b)
  const usedA = new Set(pairs.map(([i]) => i))
  const usedB = new Set(pairs.map(([, j]) => j))
  a.forEach((x, i) => usedA.has(i) || unmatched.old.push(x))
  b.forEach((x, j) => usedB.has(j) || unmatched.new.push(x))
  for (const [i, j, sc] of pairs) {
    const o = a[i] as Node
    const n = b[j] as Node
    if (o.wId && n.wId) map.set(n.wId, o.wId)
    const same = kopText(o) === kopText(n) && sc >= 0.999
    if (!same && sc < 0.9 && o.kop?.opschrift !== n.kop?.opschrift) {
      findings.push({
        code: 'VISIE-901', severity: 'informatie', layer: 'bron',
        message: `"${kopText(n) || 'tekst zonder kop'}" is gekoppeld aan "${kopText(o) || 'tekst zonder kop'}" van de vorige versie (${Math.round(sc * 100)}% dezelfde woorden) en houdt daarom ${o.wId ?? ''}. Klopt dat niet, dan geldt het als nieuw en vervalt het oude.`,
        data: { nieuw: kopText(n), oud: kopText(o), wId: o.wId ?? '', overeenkomst: Math.round(sc * 100) },
        ...(n.position ? { source: { file, line: n.position.start.line } } : {}),
      })
    }
    if (o.type === 'divisietekst' && n.type === 'divisietekst') pairInner(o.children, n.children, map)
    else if (o.type !== 'divisietekst' && n.type !== 'divisietekst') {
      matchStructure(o.children as readonly Node[], n.children as readonly Node[], map, unmatched, findings, file)
    }
  }
}

/**
 * Moved: an unmatched new section whose text is (nearly) that of an unmatched old one at another place. It keeps the
 * old wId (and its inside is paired as for a match in place); VISIE-915 says which it matched and how sure.
 */
function findMoves(
  old: readonly Node[], nieuw: readonly Node[], map: Map<string, string>, findings: Finding[], file: string,
): Verplaatsing[] {
  const taken = new Set<Node>()
  const out: Verplaatsing[] = []
  for (const n of nieuw) {
    if (n.wId !== undefined && map.has(n.wId)) continue // inside a section already matched as moved
    const best = old
      .filter((x) => !taken.has(x) && x.type === n.type)
      .map((x) => ({ x, sc: score(x, n) }))
      .reduce<{ x: Node; sc: number } | undefined>((a, b) => (a === undefined || b.sc > a.sc ? b : a), undefined)
    if (!best || best.sc < MOVE_THRESHOLD) continue
    const o = best.x
    taken.add(o)
    if (o.wId && n.wId) map.set(n.wId, o.wId)
    if (o.type === 'divisietekst' && n.type === 'divisietekst') pairInner(o.children, n.children, map)
    else if (o.type !== 'divisietekst' && n.type !== 'divisietekst') {
      const inner = { old: [] as Node[], new: [] as Node[] }
      matchStructure(o.children as readonly Node[], n.children as readonly Node[], map, inner, findings, file)
    }
    const v = { kop: kopText(n) || kopText(o), van: kopText(o), naar: kopText(n), wId: o.wId ?? '', overeenkomst: Math.round(best.sc * 100) }
    out.push(v)
    findings.push({
      code: 'VISIE-915', severity: 'informatie', layer: 'bron',
      message: `"${v.naar || 'tekst zonder kop'}" is gekoppeld aan "${v.van || 'tekst zonder kop'}" op een andere plaats in de vorige versie (${v.overeenkomst}% dezelfde woorden): het is verplaatst en houdt ${v.wId}; de mutatie verplaatst het met een Vervang met positie. Klopt dat niet, dan geldt het als nieuw en vervalt het oude.`,
      data: { nieuw: v.naar, oud: v.van, wId: v.wId, overeenkomst: v.overeenkomst },
      ...(n.position ? { source: { file, line: n.position.start.line } } : {}),
    })
  }
  return out
}

/** Inside a matched Divisietekst: blocks, items, rows and inline references paired in order on their text. */
function pairInner(a: readonly unknown[], b: readonly unknown[], map: Map<string, string>): void {
  const ka = a.map((x) => `${typeOf(x)}|${words(x).join(' ')}`)
  const kb = b.map((x) => `${typeOf(x)}|${words(x).join(' ')}`)
  const common = lcsPairs(ka, kb)
  let i = 0
  let j = 0
  const gap = (iEnd: number, jEnd: number) => {
    for (let jj = j; i < iEnd && jj < jEnd; ) {
      const x = a[i]
      const at = b.findIndex((y, k) => k >= jj && k < jEnd && typeOf(y) === typeOf(x))
      if (at < 0) {
        i++
        continue
      }
      pairNodes(x, b[at], map)
      i++
      jj = at + 1
    }
  }
  for (const [ci, cj] of common) {
    gap(ci, cj)
    pairNodes(a[ci], b[cj], map)
    i = ci + 1
    j = cj + 1
  }
  gap(a.length, b.length)
}

function typeOf(x: unknown): string {
  return x !== null && typeof x === 'object' && typeof (x as { type?: unknown }).type === 'string' ? (x as { type: string }).type : 'node'
}

function pairNodes(x: unknown, y: unknown, map: Map<string, string>): void {
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return
  const o = x as Record<string, unknown>
  const n = y as Record<string, unknown>
  if (typeof o.wId === 'string' && typeof n.wId === 'string') map.set(n.wId, o.wId)
  for (const k of ['children', 'definitie', 'term', 'kop', 'rijen', 'cellen'] as const) {
    if (Array.isArray(o[k]) && Array.isArray(n[k])) pairInner(o[k] as unknown[], n[k] as unknown[], map)
  }
}

function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length
  const m = b.length
  if (n * m > 4_000_000) return []
  const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      ;(t[i] as Uint32Array)[j] = a[i] === b[j] ? (t[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(t[i + 1]?.[j] ?? 0, t[i]?.[j + 1] ?? 0)
    }
  }
  const out: [number, number][] = []
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      out.push([i, j])
      i++
      j++
    } else if ((t[i + 1]?.[j] ?? 0) >= (t[i]?.[j + 1] ?? 0)) i++
    else j++
  }
  return out
}
