/**
 * GIO geometries pruned for imop-geo.sch: of each basisgeo:geometrie only what its rules can see is kept (elements
 * it names, elements with an attribute it reads, one coordinate witness) with their ancestors and, for their
 * positions in XPaths, their earlier same-named siblings (emptied). Lines stay where they were.
 */
import type { SkeletonGuard } from './skeleton.js'
import { BASISGEO_NS, COORDINATE_ELEMENTS, countNewlines, escape, GML_NS, prefixesOf, qualified, rewriteContents } from './text-scan.js'

/**
 * Rule files whose only reading of GML coordinates is STOP3019's: whether a gml:pos / gml:posList / gml:coordinates
 * descendant of basisgeo:geometrie exists and whether their concatenated text has a digit (checked by hand in
 * STOP 1.3.0 imop-geo.sch, pattern sch_basisgeo_001). One witness per geometry answers both.
 */
export const WITNESS_RULE_FILES: ReadonlySet<string> = new Set(['imop-geo.sch'])

interface El {
  readonly qname: string
  /** Offsets: `<` of the start tag, after its `>`, `<` of the end tag, after its `>` (equal pairs when empty). */
  readonly open: number
  readonly openEnd: number
  close: number
  closeEnd: number
  readonly children: El[]
  /** 0 dropped, 1 emptied (earlier sibling of a kept one), 2 tags kept, 3 kept whole. */
  keep: number
}

/**
 * The text with each basisgeo:geometrie pruned as described above, for a rule file with `guard` (its names and
 * attributes). A geometry is left whole when its content has `<!`, `<?`, a namespace declaration, an entity
 * reference in a coordinate element, or a tag this scanner does not read.
 */
export function prunedOf(xml: string, guard: SkeletonGuard): string {
  const names = qualified(prefixesOf(xml, BASISGEO_NS), ['geometrie'])
  if (names.length === 0) return xml
  const coordinates = new Set(qualified(prefixesOf(xml, GML_NS), COORDINATE_ELEMENTS))
  return rewriteContents(xml, names, (content) => {
    const top = parse(content, names)
    if (top === undefined || !mark(content, top, guard, coordinates)) return undefined
    const parts: string[] = []
    emit(content, top, 0, content.length, parts)
    return parts.join('')
  })
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y

/** The element tree of a geometry's content; undefined when it has anything but elements, attributes and text. */
function parse(content: string, geometrie: readonly string[]): El[] | undefined {
  if (content.includes('<!') || content.includes('<?') || content.includes('xmlns')) return undefined
  const root: El = { qname: '', open: 0, openEnd: 0, close: 0, closeEnd: 0, children: [], keep: 0 }
  const stack = [root]
  for (let lt = content.indexOf('<'); lt >= 0; lt = content.indexOf('<', TAG.lastIndex)) {
    TAG.lastIndex = lt
    const m = TAG.exec(content)
    if (m === null) return undefined
    const qname = m[2] as string
    const parent = stack[stack.length - 1] as El
    if (m[1] === '/') {
      if (parent.qname !== qname || stack.length === 1) return undefined
      parent.close = lt
      parent.closeEnd = TAG.lastIndex
      stack.pop()
      continue
    }
    if (geometrie.includes(qname)) return undefined
    const end = TAG.lastIndex
    const el: El = { qname, open: lt, openEnd: end, close: end, closeEnd: end, children: [], keep: 0 }
    parent.children.push(el)
    if (m[4] !== '/') stack.push(el)
  }
  return stack.length === 1 ? root.children : undefined
}

/**
 * Marks what to keep; false when a coordinate element has an entity reference (its text is then not what it seems).
 * Kept whole: elements whose local name the rule file mentions (not the coordinate elements) and the witness (the
 * first coordinate element whose text has a digit, else the first one). Tags kept: elements with an attribute the
 * rule file reads, and the ancestors of everything kept. Emptied: earlier siblings of the same name of all those.
 */
function mark(content: string, top: El[], guard: SkeletonGuard, coordinates: ReadonlySet<string>): boolean {
  let witness: El | undefined
  let witnessHasDigit = false
  let entity = false
  const attributes = guard.attributes.size === 0 ? undefined : new RegExp(`\\s(?:${[...guard.attributes].map(escape).join('|')})\\s*=`)
  const visit = (el: El): boolean => {
    let keep = 0
    if (coordinates.has(el.qname)) {
      const text = content.slice(el.openEnd, el.close)
      if (text.includes('&')) entity = true
      const digit = /\d/.test(text)
      if (witness === undefined || (digit && !witnessHasDigit)) {
        if (witness !== undefined) witness.keep = 0
        witness = el
        witnessHasDigit = digit
        keep = 3
      }
    } else if (guard.elements.has(localName(el.qname))) keep = 3
    else if (attributes?.test(content.slice(el.open, el.openEnd)) === true) keep = 2
    el.keep = keep
    if (keep !== 3) for (const c of el.children) if (visit(c) && el.keep < 2) el.keep = 2
    return el.keep > 0
  }
  for (const el of top) visit(el)
  if (entity) return false
  // The witness may have been replaced after its ancestors were marked: mark ancestors again from the kept leaves.
  const settle = (els: El[]): boolean => {
    let any = false
    for (const el of els) {
      const below = el.keep === 3 ? false : settle(el.children)
      if (el.keep === 2 && !below && !hasOwnReason(content, el, attributes)) el.keep = 0
      if (below && el.keep < 2) el.keep = 2
      if (el.keep >= 2) any = true
    }
    // Positions count earlier siblings with the same name: keep those, emptied.
    for (let i = els.length - 1; i >= 0; i--) {
      const el = els[i] as El
      if (el.keep < 2) continue
      for (let j = i - 1; j >= 0; j--) {
        const sib = els[j] as El
        if (sib.qname === el.qname && sib.keep === 0) sib.keep = 1
      }
    }
    return any
  }
  settle(top)
  return true
}

function hasOwnReason(content: string, el: El, attributes: RegExp | undefined): boolean {
  return attributes?.test(content.slice(el.open, el.openEnd)) === true
}

/** Writes content[from, to) with the elements of `els` as marked; whatever is dropped leaves its line breaks. */
function emit(content: string, els: El[], from: number, to: number, out: string[]): void {
  let pos = from
  for (const el of els) {
    if (el.keep === 0) continue
    out.push('\n'.repeat(countNewlines(content.slice(pos, el.open))))
    if (el.keep === 3) out.push(content.slice(el.open, el.closeEnd))
    else {
      out.push(content.slice(el.open, el.openEnd))
      if (el.close > el.openEnd) {
        if (el.keep === 2) emit(content, el.children, el.openEnd, el.close, out)
        else out.push('\n'.repeat(countNewlines(content.slice(el.openEnd, el.close))))
      }
      out.push(content.slice(el.close, el.closeEnd))
    }
    pos = el.closeEnd
  }
  out.push('\n'.repeat(countNewlines(content.slice(pos, to))))
}

function localName(qname: string): string {
  const colon = qname.indexOf(':')
  return colon < 0 ? qname : qname.slice(colon + 1)
}
