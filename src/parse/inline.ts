/** Small constructors for inline content and paragraphs read from the text, with their source positions. */
import { lineSpan, type Al, type Inline } from '../model/index.js'

/** A paragraph of plain text covering lines `from`..`to`. */
export function al(text: string, from: number, to: number = from): Al {
  return { type: 'al', children: [{ type: 'text', value: text, position: lineSpan(from, to) }], position: lineSpan(from, to) }
}

/** A paragraph whose text mentions `Bijlage A` (or another bijlage): the mention becomes an IntRef. */
export function alWithBijlageRefs(text: string, from: number, to: number = from): Al {
  const position = lineSpan(from, to)
  const children: Inline[] = []
  let rest = text
  const re = /Bijlage ([A-Z]|[IVX]+)\b/u
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (m.index > 0) children.push({ type: 'text', value: rest.slice(0, m.index), position })
    children.push({ type: 'intRef', target: `bijlage:${m[1] as string}`, value: m[0], position })
    rest = rest.slice(m.index + m[0].length)
  }
  if (rest !== '' || children.length === 0) children.push({ type: 'text', value: rest, position })
  return { type: 'al', children, position }
}
