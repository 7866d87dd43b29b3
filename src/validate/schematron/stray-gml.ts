/**
 * GML coordinate elements outside any basisgeo:geometrie dropped before saxon-js parses a document, for rule files
 * that cannot tell (strayCoordinatesInvisible). A schema-valid GIO has its coordinates only inside geometries
 * (prune-gml.ts, skeleton.ts handle those); a GIO that is not — say a million posLists straight under geo:locaties
 * (issue 16 D11) — made a saxon-js tree of ~550 MB and 40 s of parsing for rules that never look at them.
 * An element is dropped only when it has no attributes and only text (no markup, no entity reference), and no later
 * sibling of the same name stays (so every kept element keeps its position in the paths findings report). What is
 * dropped leaves its line breaks, so every line stays where it was.
 */
import { readFileSync } from 'node:fs'
import { skeletonGuard, type SkeletonGuard } from './skeleton.js'
import { BASISGEO_NS, COORDINATE_ELEMENTS, countNewlines, GML_NS, Pieces, prefixesOf, qualified } from './text-scan.js'

/**
 * Whether a rule file (its guard and the witness judgement of prune-gml.ts) cannot see a stray coordinate element:
 * it has a guard (no wildcard reach, no `@*`), does not name the coordinate elements — or names them only as the
 * witness rule files do, under basisgeo:geometrie — and does not step to siblings by wildcard
 * (`preceding-sibling::*`, which would see a dropped element as a neighbour).
 */
export function strayCoordinatesInvisible(schText: string, guard: SkeletonGuard | undefined, witness: boolean): boolean {
  if (guard === undefined) return false
  if (/(?:preceding|following)-sibling::\s*(?:\*|node\(\))/.test(schText)) return false
  return witness || !COORDINATE_ELEMENTS.some((n) => guard.elements.has(n))
}

const invisible = new Map<string, boolean>()

/** strayCoordinatesInvisible for the rule file at `path` (read once per process). */
export function strayInvisibleTo(path: string, witness: boolean): boolean {
  let known = invisible.get(path)
  if (known === undefined) {
    known = strayCoordinatesInvisible(readFileSync(path, 'utf8'), skeletonGuard(path), witness)
    invisible.set(path, known)
  }
  return known
}

/** A dropped range packed in one number: start × 2^22 + length (starts below 2^29, V8's longest string; lengths below 2^22). */
const LENGTH_BITS = 2 ** 22

interface Frame {
  /** Qualified name of the element (for its end tag). */
  readonly qname: string
  readonly inGeometry: boolean
  /** Per coordinate name: the packed ranges of droppable children since the last kept one of that name. */
  readonly droppable: Map<string, number[]>
}

const TAG = /<(\/?)([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/y

/** `xml` with the stray coordinate elements replaced by their line breaks (the input itself when there are none). */
export function dropStrayCoordinates(xml: string): string {
  const coordinates = new Set(qualified(prefixesOf(xml, GML_NS), COORDINATE_ELEMENTS))
  if (coordinates.size === 0) return xml
  const geometrie = new Set(qualified(prefixesOf(xml, BASISGEO_NS), ['geometrie']))
  const dropped = new Ranges()
  const stack: Frame[] = [{ qname: '', inGeometry: false, droppable: new Map() }]
  const close = (frame: Frame): void => {
    for (const ranges of frame.droppable.values()) for (const r of ranges) dropped.add(r)
  }
  let pos = 0
  for (let lt = xml.indexOf('<', pos); lt >= 0; lt = xml.indexOf('<', pos)) {
    const skip = skipMarkup(xml, lt)
    if (skip !== undefined) {
      pos = skip
      continue
    }
    TAG.lastIndex = lt
    const m = TAG.exec(xml)
    if (m === null) {
      pos = lt + 1
      continue
    }
    pos = TAG.lastIndex
    const qname = m[2] as string
    const parent = stack[stack.length - 1] as Frame
    if (m[1] === '/') {
      if (stack.length > 1 && parent.qname === qname) close(stack.pop() as Frame)
      continue
    }
    const selfClosing = (m[3] as string).endsWith('/')
    if (coordinates.has(qname) && !parent.inGeometry) {
      const end = selfClosing ? pos : plainEnd(xml, pos, qname)
      if (end !== undefined && end - lt < LENGTH_BITS && /^\s*\/?$/.test(m[3] as string)) {
        const ranges = parent.droppable.get(qname) ?? []
        ranges.push(lt * LENGTH_BITS + (end - lt))
        parent.droppable.set(qname, ranges)
        pos = end
        continue
      }
      // Kept: the earlier ones of its name must stay too, for its position among them.
      parent.droppable.delete(qname)
    }
    if (!selfClosing) stack.push({ qname, inGeometry: parent.inGeometry || geometrie.has(qname), droppable: new Map() })
  }
  for (const frame of stack) close(frame)
  return dropped.size === 0 ? xml : rewrite(xml, dropped.sorted())
}

/** Packed ranges in a growing Float64Array (a million of them cost 8 MB, not a million small arrays). */
class Ranges {
  private data = new Float64Array(1024)
  size = 0

  add(packed: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.size++] = packed
  }

  sorted(): Float64Array {
    return this.data.subarray(0, this.size).sort()
  }
}

/** After a comment, CDATA section, processing instruction or declaration starting at `lt`; undefined for a tag. */
function skipMarkup(xml: string, lt: number): number | undefined {
  const next = xml.charCodeAt(lt + 1)
  if (next !== 33 && next !== 63) return undefined // '!' or '?'
  const end = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : next === 63 ? '?>' : '>'
  const at = xml.indexOf(end, lt + 2)
  return at < 0 ? xml.length : at + end.length
}

/** The offset after `</qname>` when the element's content from `from` is plain text; undefined otherwise. */
function plainEnd(xml: string, from: number, qname: string): number | undefined {
  const lt = xml.indexOf('<', from)
  if (lt < 0 || !xml.startsWith(`</${qname}>`, lt)) return undefined
  for (let i = from; i < lt; i++) if (xml.charCodeAt(i) === 38) return undefined // '&': an entity reference
  return lt + qname.length + 3
}

/** The text with each packed range (sorted) replaced by its line breaks. */
function rewrite(xml: string, packed: Float64Array): string {
  const out = new Pieces()
  let last = 0
  for (const p of packed) {
    const start = Math.floor(p / LENGTH_BITS)
    const end = start + (p % LENGTH_BITS)
    out.push(xml.slice(last, start))
    out.push('\n'.repeat(countNewlines(xml.slice(start, end))))
    last = end
  }
  out.push(xml.slice(last))
  return out.join()
}
