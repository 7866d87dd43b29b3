/** Small constructors for inline content and paragraphs read from the text, with their source positions. */
import { lineSpan, type Al, type Inline } from '../model/index.js'

/** A paragraph of plain text covering lines `from`..`to`. */
export function al(text: string, from: number, to: number = from): Al {
  return { type: 'al', children: [{ type: 'text', value: text, position: lineSpan(from, to) }], position: lineSpan(from, to) }
}

/**
 * A paragraph whose text mentions the besluit's own bijlage (`Bijlage A`, `bijlage 1`): the mention becomes an
 * IntRef to it. Other bijlagen are left as text (a reference to a bijlage that is not in the package would block).
 */
export function alWithBijlageRefs(text: string, from: number, to: number = from, nummer = 'A'): Al {
  const position = lineSpan(from, to)
  const children: Inline[] = []
  let rest = text
  const re = new RegExp(`[Bb]ijlage ${nummer.replace(/[^A-Za-z0-9]/gu, '')}(?![\\p{L}\\p{N}])`, 'u')
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (m.index > 0) children.push({ type: 'text', value: rest.slice(0, m.index), position })
    children.push({ type: 'intRef', target: `bijlage:${nummer}`, value: m[0], position })
    rest = rest.slice(m.index + m[0].length)
  }
  if (rest !== '' || children.length === 0) children.push({ type: 'text', value: rest, position })
  return { type: 'al', children, position }
}
