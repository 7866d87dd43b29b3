/**
 * A tiny HTML tree and its serializer: text and attribute values are escaped here, exactly once. xmlbuilder2 is
 * for XML; HTML5 needs void elements, `<div></div>` for empty elements and unescaped constant CSS/JS.
 */

export interface HtmlElement {
  readonly tag: string
  readonly attrs: Attrs
  readonly children: readonly Html[]
}

/** Trusted constant markup (the page's own CSS and script); never built from package content. */
export interface RawHtml {
  readonly raw: string
}

export type Html = HtmlElement | RawHtml | string | readonly Html[] | undefined | null | false

export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>

export function h(tag: string, attrs: Attrs = {}, ...children: Html[]): HtmlElement {
  return { tag, attrs, children }
}

export function raw(markup: string): RawHtml {
  return { raw: markup }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

export function renderHtml(node: Html): string {
  const out: string[] = []
  write(node, out)
  return out.join('')
}

function write(node: Html, out: string[]): void {
  if (node === undefined || node === null || node === false) return
  if (typeof node === 'string') {
    out.push(escapeText(node))
    return
  }
  if (Array.isArray(node)) {
    for (const c of node as readonly Html[]) write(c, out)
    return
  }
  if ('raw' in node) {
    out.push((node as RawHtml).raw)
    return
  }
  const el = node as HtmlElement
  out.push('<', el.tag)
  for (const [k, v] of Object.entries(el.attrs)) {
    if (v === undefined || v === false) continue
    out.push(' ', k)
    if (v !== true) out.push('="', escapeAttr(String(v)), '"')
  }
  out.push('>')
  if (VOID.has(el.tag)) return
  for (const c of el.children) write(c, out)
  out.push('</', el.tag, '>')
}

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}
