/**
 * Footnotes of a PDF or DOCX (`LineHints.noten` on the line that holds the mark) → STOP `Noot` inline at the mark
 * in the paragraph of that line: `… de binnenstad.²` with the page's `² Zie de gebiedsvisie.` becomes
 * `… de binnenstad.<Noot id="noot-1" type="voet"><NootNummer>2</NootNummer><Al>Zie de gebiedsvisie.</Al></Noot>`.
 * The mark leaves the text (STOP writes the NootNummer); a mark not found in the text puts the Noot at the
 * paragraph's end. A mark in a heading puts the Noot at the end of the Kop's Opschrift. Ids count the notes in document order (STOP0067: unique in the component).
 */
import type { Al, Document, Inline, Kop, Noot, Span } from '../model/index.js'
import type { SourceLine, SourceNote } from '../text/lines.js'
import { plainDigits } from '../text/notes.js'

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
    for (const note of here) children = atMark(children, note.mark, noot(note, node.position))
    return { ...node, children }
  }
  const noot = (note: SourceNote, position: Span | undefined): Noot => ({
    type: 'noot',
    id: `noot-${++count}`,
    nummer: note.nummer,
    children: [{ type: 'al', children: [{ type: 'text', value: note.text, ...(position ? { position } : {}) }], ...(position ? { position } : {}) }],
    ...(position ? { position } : {}),
  })
  /**
   * A heading whose line(s) hold a mark (`1.1 Waarom een omgevingsvisie¹`): the note goes into its Kop, the mark out
   * of its title. The heading's lines run from the node's first line to the line before its first child's.
   */
  const placeInKop = (record: Record<string, unknown>): Kop | undefined => {
    const kop = record.kop as Kop | undefined
    const position = record.position as Span | undefined
    const start = position?.start.line
    if (kop?.opschrift === undefined || start === undefined) return undefined
    const children = record.children as readonly { position?: Span }[] | undefined
    const next = children?.[0]?.position?.start.line
    const last = next !== undefined && next > start ? next - 1 : start
    const here: SourceNote[] = []
    for (let line = start; line <= last; line++) here.push(...(notes.get(line) ?? []))
    let opschrift = kop.opschrift
    const noten: Noot[] = [...(kop.noten ?? [])]
    for (const note of here) {
      const at = findMark(opschrift, note.mark)
      if (at < 0) continue
      opschrift = (opschrift.slice(0, at) + opschrift.slice(at + note.mark.length)).replace(/\s+$/u, '')
      noten.push(noot(note, position))
    }
    return noten.length === (kop.noten?.length ?? 0) ? undefined : { ...kop, opschrift, noten }
  }
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (value === null || typeof value !== 'object') return value
    const record = value as Record<string, unknown>
    if (record.type === 'al') return placeIn(value as Al)
    // The heading before its text: the notes are numbered in document order.
    const kop = placeInKop(record)
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(record)) out[k] = k === 'origins' || k === 'position' ? v : k === 'kop' && kop !== undefined ? kop : walk(v)
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

const SUPERSCRIPT_MARK = /^([⁰¹²³⁴-⁹]+) (\S.*)$/u

/**
 * Footnotes as `visie parse --format md` writes them: the mark in superscript in the paragraph (`… binnenstad.¹`) and
 * the note as the paragraph after it (`¹ De opgaven …`) → a Noot at the mark, as the reader of the source had it.
 */
export function notesFromParagraphs(document: Document): Document {
  let count = 0
  const inArray = (items: readonly unknown[]): unknown[] => {
    const out: unknown[] = []
    for (const item of items) {
      const note = noteParagraph(item)
      const host = note ? findHost(out, note.mark) : undefined
      if (note && host !== undefined) {
        const al = out[host] as Al
        const noot: Noot = {
          type: 'noot',
          id: `noot-${++count}`,
          nummer: plainDigits(note.mark),
          children: [{ type: 'al', children: [{ type: 'text', value: note.text, ...(al.position ? { position: al.position } : {}) }], ...(al.position ? { position: al.position } : {}) }],
          ...(al.position ? { position: al.position } : {}),
        }
        out[host] = { ...al, children: atMark(al.children, note.mark, noot) }
        continue
      }
      out.push(walk(item))
    }
    return out
  }
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return inArray(value)
    if (value === null || typeof value !== 'object') return value
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = k === 'origins' || k === 'position' ? v : walk(v)
    return out
  }
  return walk(document) as Document
}

function noteParagraph(item: unknown): { mark: string; text: string } | undefined {
  const al = item as Al
  if (al?.type !== 'al' || al.children.length !== 1 || al.children[0]?.type !== 'text') return undefined
  const m = SUPERSCRIPT_MARK.exec(al.children[0].value)
  return m ? { mark: m[1] as string, text: m[2] as string } : undefined
}

/** The paragraph before (past other notes) whose text holds `mark`. */
function findHost(out: readonly unknown[], mark: string): number | undefined {
  for (let k = out.length - 1; k >= 0; k--) {
    const al = out[k] as Al
    if (al?.type !== 'al') return undefined
    if (al.children.some((c) => c.type === 'text' && c.value.includes(mark))) return k
  }
  return undefined
}
