/**
 * XML written as text, for the large generated files (GIO GML, OW files): one escaping function that also replaces
 * XML-illegal characters (xml-chars.ts), so no writer emits a file that is not well-formed, and a buffer that holds the
 * text as UTF-8 in ~1 MB pieces. The escaping is xmlbuilder2's, byte for byte (these files were built with it before):
 * `&` unless it already starts one of the five predefined entities, `<`, `>`, and in attribute values `"`.
 */
import { xmlSafe } from './xml-chars.js'

/** Text content: illegal characters replaced, then escaped. */
export function xmlText(value: string): string {
  const safe = xmlSafe(value)
  if (!/[&<>]/.test(safe)) return safe
  return safe.replace(/(?!&(lt|gt|amp|apos|quot);)&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** An attribute value: as xmlText, and `"` too. */
export function xmlAttribute(value: string): string {
  const text = xmlText(value)
  return text.includes('"') ? text.replace(/"/g, '&quot;') : text
}

/** Collects text as UTF-8 in ~1 MB pieces, so a large file is never held as one string plus a copy. */
export class Utf8Chunks {
  private readonly pieces: Buffer[] = []
  private pending: string[] = []
  private pendingLength = 0

  push(text: string): void {
    this.pending.push(text)
    this.pendingLength += text.length
    if (this.pendingLength >= 1 << 20) this.flush()
  }

  toBuffer(): Buffer {
    this.flush()
    return this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces)
  }

  private flush(): void {
    if (this.pending.length === 0) return
    this.pieces.push(Buffer.from(this.pending.join(''), 'utf8'))
    this.pending = []
    this.pendingLength = 0
  }
}

export type XmlAttributes = readonly (readonly [name: string, value: string])[]

const INDENTS: string[] = []
/** Two spaces per level. */
export function xmlIndent(level: number): string {
  return (INDENTS[level] ??= '  '.repeat(level))
}

/**
 * An indented XML document written line by line as xmlbuilder2's pretty printer wrote it (two spaces per level):
 * an element with children opens and closes on lines of its own, one that stays empty is `<name/>`, a text-only
 * element is `<name>text</name>` on one line (`<name/>` when the text is empty), and in mixed content each text is a
 * line of its own. Names are the caller's constants; values go through xmlText/xmlAttribute.
 */
export class XmlLines {
  private readonly out = new Utf8Chunks()
  /** Open elements; `written` is false while the start tag is still pending (the element may stay empty). */
  private readonly stack: { name: string; tag: string; written: boolean }[] = []

  constructor() {
    this.out.push('<?xml version="1.0" encoding="UTF-8"?>\n')
  }

  /** Opens an element that may get children. */
  start(name: string, attrs: XmlAttributes = []): this {
    this.flushPending()
    this.stack.push({ name, tag: `<${name}${attributes(attrs)}`, written: false })
    return this
  }

  end(): this {
    const top = this.stack.pop()
    if (top === undefined) throw new Error('XmlLines: end() without start()')
    if (top.written) this.out.push(`${xmlIndent(this.stack.length)}</${top.name}>\n`)
    else this.out.push(`${xmlIndent(this.stack.length)}${top.tag}/>\n`)
    return this
  }

  /** `<name>text</name>` (the texts concatenated), or `<name/>` when they are empty. */
  text(name: string, texts: string | readonly string[], attrs: XmlAttributes = []): this {
    this.flushPending()
    const inner = (typeof texts === 'string' ? [texts] : texts).map(xmlText).join('')
    const tag = `${name}${attributes(attrs)}`
    this.out.push(inner === '' ? `${xmlIndent(this.stack.length)}<${tag}/>\n` : `${xmlIndent(this.stack.length)}<${tag}>${inner}</${name}>\n`)
    return this
  }

  /** An element with no content: `<name attrs/>`. */
  empty(name: string, attrs: XmlAttributes = []): this {
    this.flushPending()
    this.out.push(`${xmlIndent(this.stack.length)}<${name}${attributes(attrs)}/>\n`)
    return this
  }

  /** A text of mixed content, on its own line (nothing when empty). */
  line(text: string): this {
    if (text === '') return this
    this.flushPending()
    this.out.push(`${xmlIndent(this.stack.length)}${xmlText(text)}\n`)
    return this
  }

  toBuffer(): Buffer {
    while (this.stack.length > 0) this.end()
    return this.out.toBuffer()
  }

  private flushPending(): void {
    const top = this.stack[this.stack.length - 1]
    if (top === undefined || top.written) return
    this.out.push(`${xmlIndent(this.stack.length - 1)}${top.tag}>\n`)
    top.written = true
  }
}

function attributes(attrs: XmlAttributes): string {
  let s = ''
  for (const [k, v] of attrs) s += ` ${k}="${xmlAttribute(v)}"`
  return s
}
