/**
 * GIO geometries pruned for imop-geo.sch: of each basisgeo:geometrie only what its rules can see is kept (elements
 * it names, elements with an attribute it reads, one coordinate witness) with their ancestors and, for their
 * positions in XPaths, their earlier same-named siblings (emptied). Lines stay where they were. A geometry with one
 * coordinate element is left as it is, and one where nothing after its first coordinate element is kept is read only
 * up to there (prefixAtWitness).
 */
import type { SkeletonGuard } from './skeleton.js'
import { BASISGEO_NS, COORDINATE_ELEMENTS, countNewlines, escape, GML_NS, prefixesOf, qualified, rewriteContents } from './text-scan.js'

/**
 * Rule files whose only reading of GML coordinates is STOP3019's: whether a gml:pos / gml:posList / gml:coordinates
 * descendant of basisgeo:geometrie exists and whether their concatenated text has a digit (checked by hand in
 * STOP 1.3.0 imop-geo.sch, pattern sch_basisgeo_001). One witness per geometry answers both.
 */
export const WITNESS_RULE_FILES: ReadonlySet<string> = new Set(['imop-geo.sch'])

/**
 * The elements of one geometry's content in flat arrays (a 100 MB GIO of 112 000 polygons has a million of them: an
 * object and a child array each cost more in allocation and garbage collection than reading them). Element k has its
 * qualified name, its offsets (`<` of the start tag, after its `>`, `<` of the end tag, after its `>`; equal pairs
 * when empty), its first child and next sibling (-1: none) and what is kept of it: 0 dropped, 1 emptied (an earlier
 * sibling of a kept one), 2 tags kept, 3 kept whole.
 */
class Elements {
  count = 0
  qnames: string[] = []
  open = new Int32Array(1024)
  openEnd = new Int32Array(1024)
  close = new Int32Array(1024)
  closeEnd = new Int32Array(1024)
  firstChild = new Int32Array(1024)
  nextSibling = new Int32Array(1024)
  keep = new Uint8Array(1024)

  /** Empties the arrays for the next geometry (one set serves them all: a GIO of 20 000 Locaties has as many). */
  reset(): void {
    this.count = 0
    this.qnames.length = 0
    this.top = -1
  }

  /** The first top-level element (-1: none). */
  top = -1
  /** The elements open where a parse with a limit stopped, outermost first. */
  unclosed: number[] = []

  add(qname: string, open: number, end: number): number {
    if (this.count === this.open.length) this.grow()
    const k = this.count++
    this.qnames.push(qname)
    this.open[k] = open
    this.openEnd[k] = end
    this.close[k] = end
    this.closeEnd[k] = end
    this.firstChild[k] = -1
    this.nextSibling[k] = -1
    this.keep[k] = 0
    return k
  }

  private grow(): void {
    const bigger = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(2 * a.length)
      b.set(a)
      return b
    }
    this.open = bigger(this.open)
    this.openEnd = bigger(this.openEnd)
    this.close = bigger(this.close)
    this.closeEnd = bigger(this.closeEnd)
    this.firstChild = bigger(this.firstChild)
    this.nextSibling = bigger(this.nextSibling)
    this.keep = bigger(this.keep)
  }
}

/**
 * The text with each basisgeo:geometrie pruned as described above, for a rule file with `guard` (its names and
 * attributes). A geometry is left whole when its content has `<!`, `<?`, a namespace declaration, an entity
 * reference in a coordinate element, or a tag this scanner does not read.
 */
export function prunedOf(xml: string, guard: SkeletonGuard): string {
  const names = qualified(prefixesOf(xml, BASISGEO_NS), ['geometrie'])
  if (names.length === 0) return xml
  const coordinateNames = qualified(prefixesOf(xml, GML_NS), COORDINATE_ELEMENTS)
  const coordinates = new Set(coordinateNames)
  return rewriteContents(xml, names, (content) => {
    // A geometry of one coordinate element (a polygon without holes) has nothing to prune but white space between
    // tags, which no rule reads: left as it is (16 000 such Locaties: ~0.1 s of pruning that changed nothing).
    if (!hasTwo(content, coordinateNames)) return undefined
    const els = prefixAtWitness(content, names, guard, coordinateNames) ?? parse(content, names)
    if (els === undefined || !mark(content, els, guard, coordinates)) return undefined
    const parts: string[] = []
    emit(content, els, els.top, 0, content.length, parts)
    return parts.join('')
  })
}

/**
 * The elements mark and emit need of a geometry whose first coordinate element has a digit and after which nothing is
 * kept (no element the rule file names, no attribute it reads; a later coordinate element cannot replace a witness
 * with a digit): those up to the end of that witness, and the ends of its ancestors, found after it by their names.
 * The rest is not read, so a geometry of 92 000 polygons (a 99 MB GIO) is pruned in milliseconds instead of ~0.4 s;
 * what it gives is what parse would give, where the rest is well-formed XML (where it is not, the xsd layer reports the
 * file, LVBB3004). Undefined for any other geometry.
 */
function prefixAtWitness(content: string, geometrie: readonly string[], guard: SkeletonGuard, coordinateNames: readonly string[]): Elements | undefined {
  const first = firstStartTag(content, coordinateNames)
  if (first < 0 || !readTag(content, first) || tag.isEnd || tag.selfClosing) return undefined
  const qname = tag.qname
  const end = content.indexOf('<', tag.end)
  if (end < 0) return undefined
  const text = content.slice(tag.end, end)
  if (text.includes('&') || !/\d/.test(text) || !readTag(content, end) || !tag.isEnd || tag.qname !== qname) return undefined
  const cut = tag.end
  const els = parse(content, geometrie, cut)
  if (els === undefined) return undefined
  const rest = content.slice(cut)
  const { attributes } = readingOf(guard)
  if (attributes?.test(rest) === true || namedPattern(guard, coordinateNames).test(rest)) return undefined
  // The elements still open at the cut, innermost first: each ends after the one inside it.
  let from = cut
  for (let i = els.unclosed.length - 1; i >= 0; i--) {
    const k = els.unclosed[i] as number
    const close = endTagOf(content, els.qnames[k] as string, from)
    if (close < 0) return undefined
    els.close[k] = close
    els.closeEnd[k] = tag.end
    from = tag.end
  }
  return els
}

/** The first start tag named in `qnames` (`<` offset, -1: none). */
function firstStartTag(content: string, qnames: readonly string[]): number {
  let first = -1
  for (const qname of qnames) {
    for (let at = content.indexOf(`<${qname}`); at >= 0 && (first < 0 || at < first); at = content.indexOf(`<${qname}`, at + 1)) {
      if (endsName(content.charCodeAt(at + qname.length + 1))) {
        first = at
        break
      }
    }
  }
  return first
}

/** Whether a character ends an element name right after it: white space, `>` or `/`. */
function endsName(c: number): boolean {
  return c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/**
 * The `<` of the end tag of the element named `qname` open before `from`, counting same-named elements that open and
 * close after `from` (with `tag` set to it); -1 when there is none.
 */
function endTagOf(content: string, qname: string, from: number): number {
  let depth = 0
  for (;;) {
    const close = content.indexOf(`</${qname}`, from)
    if (close < 0) return -1
    let open = content.indexOf(`<${qname}`, from)
    while (open >= 0 && open < close && !endsName(content.charCodeAt(open + qname.length + 1))) open = content.indexOf(`<${qname}`, open + 1)
    if (open >= 0 && open < close) {
      if (!readTag(content, open)) return -1
      if (!tag.selfClosing) depth++
      from = tag.end
      continue
    }
    if (!readTag(content, close)) return -1
    if (!tag.isEnd || tag.qname !== qname) {
      from = close + 1
      continue
    }
    if (depth === 0) return close
    depth--
    from = tag.end
  }
}

const namedPatterns = new WeakMap<SkeletonGuard, Map<string, RegExp>>()

/**
 * A start tag whose local name the rule file names (mark keeps it whole), but not a coordinate element (after a
 * witness with a digit those are dropped): any prefix, as mark compares local names.
 */
function namedPattern(guard: SkeletonGuard, coordinateNames: readonly string[]): RegExp {
  const byNames = namedPatterns.get(guard) ?? new Map<string, RegExp>()
  namedPatterns.set(guard, byNames)
  const key = coordinateNames.join(' ')
  let pattern = byNames.get(key)
  if (pattern === undefined) {
    const names = [...guard.elements].map(escape)
    const notCoordinate = coordinateNames.length === 0 ? '' : `(?!(?:${coordinateNames.map(escape).join('|')})[\\s/>])`
    pattern = names.length === 0 ? /(?!)/ : new RegExp(`<${notCoordinate}(?:[^\\s/>!?:]+:)?(?:${names.join('|')})[\\s/>]`)
    byNames.set(key, pattern)
  }
  return pattern
}

const scratch = new Elements()

/** Whether `content` has at least two start tags named in `qnames`. */
function hasTwo(content: string, qnames: readonly string[]): boolean {
  let seen = 0
  for (const qname of qnames) {
    for (let at = content.indexOf(`<${qname}`); at >= 0; at = content.indexOf(`<${qname}`, at + 1)) {
      // The name itself, not a longer one (`gml:pos` in `gml:posList`).
      if (endsName(content.charCodeAt(at + qname.length + 1)) && ++seen > 1) return true
    }
  }
  return false
}

/**
 * The element tree of a geometry's content (in `scratch`, valid until the next call); undefined when it has anything
 * but elements, attributes and text. With `limit`, of the content before it only: the elements still open there are
 * in `unclosed` (outermost first), their ends not yet known.
 */
function parse(content: string, geometrie: readonly string[], limit?: number): Elements | undefined {
  if (content.includes('<!') || content.includes('<?') || content.includes('xmlns')) return undefined
  const els = scratch
  els.reset()
  // Open elements, each with its last child so far (to link the next one); index 0 is the top level.
  const stack: number[] = [-1]
  const lastChild: number[] = [-1]
  let top = -1
  for (let lt = content.indexOf('<'); lt >= 0 && (limit === undefined || lt < limit); lt = content.indexOf('<', tag.end)) {
    if (!readTag(content, lt)) return undefined
    const qname = tag.qname
    const parent = stack[stack.length - 1] as number
    if (tag.isEnd) {
      if (stack.length === 1 || els.qnames[parent] !== qname) return undefined
      els.close[parent] = lt
      els.closeEnd[parent] = tag.end
      stack.pop()
      lastChild.pop()
      continue
    }
    if (geometrie.includes(qname)) return undefined
    const k = els.add(qname, lt, tag.end)
    const previous = lastChild[lastChild.length - 1] as number
    if (previous >= 0) els.nextSibling[previous] = k
    else if (parent >= 0) els.firstChild[parent] = k
    else top = k
    lastChild[lastChild.length - 1] = k
    if (!tag.selfClosing) {
      stack.push(k)
      lastChild.push(-1)
    }
  }
  els.top = top
  els.unclosed = stack.slice(1)
  return stack.length === 1 || limit !== undefined ? els : undefined
}

/** The last tag readTag read (one object for all tags). */
const tag = { isEnd: false, qname: '', selfClosing: false, end: 0 }

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y

/** Reads the tag at `lt` into `tag`; false when it is none this scanner reads. */
function readTag(s: string, lt: number): boolean {
  TAG.lastIndex = lt
  const m = TAG.exec(s)
  if (m === null) return false
  tag.isEnd = m[1] === '/'
  tag.qname = m[2] as string
  tag.selfClosing = m[4] === '/'
  tag.end = TAG.lastIndex
  return true
}

/**
 * Marks what to keep; false when a coordinate element has an entity reference (its text is then not what it seems).
 * Kept whole: elements whose local name the rule file mentions (not the coordinate elements) and the witness (the
 * first coordinate element whose text has a digit, else the first one). Tags kept: elements with an attribute the
 * rule file reads, and the ancestors of everything kept. Emptied: earlier siblings of the same name of all those.
 */
function mark(content: string, els: Elements, guard: SkeletonGuard, coordinates: ReadonlySet<string>): boolean {
  let witness = -1
  let witnessHasDigit = false
  let entity = false
  const { attributes, named } = readingOf(guard)
  const { keep } = els
  const isNamed = (qname: string): boolean => {
    let known = named.get(qname)
    if (known === undefined) named.set(qname, (known = guard.elements.has(localName(qname))))
    return known
  }
  const visit = (k: number): boolean => {
    let kept = 0
    const qname = els.qnames[k] as string
    if (coordinates.has(qname)) {
      const text = content.slice(els.openEnd[k], els.close[k])
      if (text.includes('&')) entity = true
      const digit = /\d/.test(text)
      if (witness < 0 || (digit && !witnessHasDigit)) {
        if (witness >= 0) keep[witness] = 0
        witness = k
        witnessHasDigit = digit
        kept = 3
      }
    } else if (isNamed(qname)) kept = 3
    else if (hasOwnReason(content, els, k, attributes)) kept = 2
    keep[k] = kept
    if (kept !== 3) for (let c = els.firstChild[k] as number; c >= 0; c = els.nextSibling[c] as number) if (visit(c) && (keep[k] as number) < 2) keep[k] = 2
    return (keep[k] as number) > 0
  }
  for (let k = els.top; k >= 0; k = els.nextSibling[k] as number) visit(k)
  if (entity) return false
  // The witness may have been replaced after its ancestors were marked: mark ancestors again from the kept leaves.
  const settle = (first: number): boolean => {
    let any = false
    const siblings: number[] = []
    for (let k = first; k >= 0; k = els.nextSibling[k] as number) {
      siblings.push(k)
      const below = keep[k] === 3 ? false : settle(els.firstChild[k] as number)
      if (keep[k] === 2 && !below && !hasOwnReason(content, els, k, attributes)) keep[k] = 0
      if (below && (keep[k] as number) < 2) keep[k] = 2
      if ((keep[k] as number) >= 2) any = true
    }
    // Positions count earlier siblings with the same name: keep those, emptied.
    for (let i = siblings.length - 1; i >= 0; i--) {
      const k = siblings[i] as number
      if ((keep[k] as number) < 2) continue
      for (let j = i - 1; j >= 0; j--) {
        const sib = siblings[j] as number
        if (els.qnames[sib] === els.qnames[k] && keep[sib] === 0) keep[sib] = 1
      }
    }
    return any
  }
  settle(els.top)
  return true
}

/** Whether the start tag of `k` has an attribute the rule file reads (a tag of only its name has none). */
/** What a rule file reads, as mark uses it: an attribute pattern, and per qualified name whether it names it. */
interface Reading {
  readonly attributes: RegExp | undefined
  readonly named: Map<string, boolean>
}

const readings = new WeakMap<SkeletonGuard, Reading>()

/** Once per rule file, not per geometry (a GIO of 20 000 Locaties has as many). */
function readingOf(guard: SkeletonGuard): Reading {
  let reading = readings.get(guard)
  if (reading === undefined) {
    const attributes = guard.attributes.size === 0 ? undefined : new RegExp(`\\s(?:${[...guard.attributes].map(escape).join('|')})\\s*=`)
    reading = { attributes, named: new Map() }
    readings.set(guard, reading)
  }
  return reading
}

function hasOwnReason(content: string, els: Elements, k: number, attributes: RegExp | undefined): boolean {
  const open = els.open[k] as number
  const openEnd = els.openEnd[k] as number
  if (attributes === undefined || openEnd - open <= (els.qnames[k] as string).length + 3) return false
  return attributes.test(content.slice(open, openEnd))
}

/** Writes content[from, to) with the elements from `first` on (siblings) as marked; whatever is dropped leaves its line breaks. */
function emit(content: string, els: Elements, first: number, from: number, to: number, out: string[]): void {
  let pos = from
  for (let k = first; k >= 0; k = els.nextSibling[k] as number) {
    const keep = els.keep[k] as number
    if (keep === 0) continue
    const open = els.open[k] as number
    const openEnd = els.openEnd[k] as number
    const close = els.close[k] as number
    const closeEnd = els.closeEnd[k] as number
    out.push('\n'.repeat(countNewlines(content.slice(pos, open))))
    if (keep === 3) out.push(content.slice(open, closeEnd))
    else {
      out.push(content.slice(open, openEnd))
      if (close > openEnd) {
        if (keep === 2) emit(content, els, els.firstChild[k] as number, openEnd, close, out)
        else out.push('\n'.repeat(countNewlines(content.slice(openEnd, close))))
      }
      out.push(content.slice(close, closeEnd))
    }
    pos = closeEnd
  }
  out.push('\n'.repeat(countNewlines(content.slice(pos, to))))
}

function localName(qname: string): string {
  const colon = qname.indexOf(':')
  return colon < 0 ? qname : qname.slice(colon + 1)
}
