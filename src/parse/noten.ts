/**
 * Footnotes of a PDF or DOCX (`LineHints.noten` on the line that holds the mark) → STOP `Noot` inline at the mark
 * in the paragraph of that line: `… de binnenstad.²` with the page's `² Zie de gebiedsvisie.` becomes
 * `… de binnenstad.<Noot id="noot-1" type="voet"><NootNummer>2</NootNummer><Al>Zie de gebiedsvisie.</Al></Noot>`.
 * The mark leaves the text (STOP writes the NootNummer); a mark not found in the text puts the Noot at the
 * paragraph's end. Ids count the notes in document order (STOP0067: unique in the component).
 */
import type { Al, Document, Inline, Noot } from '../model/index.js'
import type { SourceLine, SourceNote } from '../text/lines.js'

/** The notes by the reader's line that holds their mark. */
export type NotesByLine = ReadonlyMap<number, readonly SourceNote[]>

export function placeNoten(document: Document, notes: NotesByLine): Document {
  if (notes.size === 0) return document
  let count = 0
  const placeIn = (node: Al): Al => {
    const start = node.position?.start.line
    const end = node.position?.end
    if (start === undefined || end === undefined) return node
    // `lineSpan` ends at the start of the line after the node's last.
    const last = end.column === 1 && end.line > start ? end.line - 1 : end.line
    const here: SourceNote[] = []
    for (let line = start; line <= last; line++) here.push(...(notes.get(line) ?? []))
    if (here.length === 0) return node
    let children: Inline[] = [...node.children]
    for (const note of here) {
      const noot: Noot = {
        type: 'noot',
        id: `noot-${++count}`,
        nummer: note.nummer,
        children: [{ type: 'al', children: [{ type: 'text', value: note.text, ...(node.position ? { position: node.position } : {}) }], ...(node.position ? { position: node.position } : {}) }],
        ...(node.position ? { position: node.position } : {}),
      }
      children = atMark(children, note.mark, noot)
    }
    return { ...node, children }
  }
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (value === null || typeof value !== 'object') return value
    const record = value as Record<string, unknown>
    if (record.type === 'al') return placeIn(value as Al)
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(record)) out[k] = k === 'origins' || k === 'position' ? v : walk(v)
    return out
  }
  return walk(document) as Document
}

/**
 * The inline run with `noot` in place of its mark: the first occurrence in a text node that is no unit's power
 * (`m²`, `km³`), else at the end.
 */
function atMark(children: readonly Inline[], mark: string, noot: Noot): Inline[] {
  for (let k = 0; k < children.length; k++) {
    const c = children[k] as Inline
    if (c.type !== 'text') continue
    const at = findMark(c.value, mark)
    if (at < 0) continue
    const before = c.value.slice(0, at)
    const after = c.value.slice(at + mark.length)
    const parts: Inline[] = []
    if (before !== '') parts.push({ ...c, value: before })
    parts.push(noot)
    if (after !== '') parts.push({ ...c, value: after })
    return [...children.slice(0, k), ...parts, ...children.slice(k + 1)]
  }
  return [...children, noot]
}

function findMark(text: string, mark: string): number {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at)
    const next = text.charAt(at + mark.length)
    if (/(?:^|[^\p{L}])[kcdm]?m$/u.test(before) || /[⁰¹²³⁴-⁹]/u.test(next) || /[⁰¹²³⁴-⁹]$/u.test(before)) continue
    return at
  }
  return -1
}

/** The notes the reader put on its lines, by line. */
export function notesByLine(lines: readonly SourceLine[]): Map<number, readonly SourceNote[]> {
  const out = new Map<number, readonly SourceNote[]>()
  for (const l of lines) if (l.hints?.noten?.length) out.set(l.line, l.hints.noten)
  return out
}

export { superscriptDigits } from '../text/notes.js'
