/**
 * Markdown lines → blocks (headings, paragraphs, list items, `**kop**` lines, `![titel]()` figures, `***` breaks)
 * and inline Markdown → model inlines (`[v](#bijlage:A)` IntRef, `[v](#gio:naam)` IntIoRef, `` `ref` `` ExtIoRef).
 * Only the subset `writeMarkdown` produces; everything else is a paragraph.
 */
import type { Inline, Span } from '../model/index.js'

export type MdBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string; readonly from: number; readonly to: number }
  | { readonly kind: 'paragraph' | 'item' | 'strong' | 'figure' | 'break'; readonly text: string; readonly from: number; readonly to: number }

export function mdBlocks(text: string): MdBlock[] {
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\r|\n/u)
  const out: MdBlock[] = []
  let open: { kind: 'paragraph' | 'item'; text: string; from: number; to: number } | undefined
  const close = (): void => {
    if (open) out.push(open)
    open = undefined
  }
  lines.forEach((raw, index) => {
    const n = index + 1
    const line = raw.trimEnd()
    let m: RegExpExecArray | null
    if (line.trim() === '') return close()
    if (open?.kind === 'item' && /^\s{2,}\S/u.test(line)) {
      open = { ...open, text: `${open.text} ${line.trim()}`, to: n }
    } else if ((m = /^(#{1,6}) (.*)$/u.exec(line))) {
      close()
      out.push({ kind: 'heading', level: (m[1] as string).length, text: unescape((m[2] as string).trim()), from: n, to: n })
    } else if ((m = /^- (.*)$/u.exec(line))) {
      close()
      open = { kind: 'item', text: (m[1] as string).trim(), from: n, to: n }
    } else if (line === '***') {
      close()
      out.push({ kind: 'break', text: '', from: n, to: n })
    } else if ((m = /^!\[(.*)\]\(\)$/u.exec(line))) {
      close()
      out.push({ kind: 'figure', text: unescape(m[1] as string), from: n, to: n })
    } else if ((m = /^\*\*((?:[^*\\]|\\.)+)\*\*$/u.exec(line))) {
      close()
      out.push({ kind: 'strong', text: unescape(m[1] as string), from: n, to: n })
    } else if (open?.kind === 'paragraph') {
      open = { ...open, text: `${open.text} ${line.trim()}`, to: n }
    } else {
      close()
      open = { kind: 'paragraph', text: line.trim(), from: n, to: n }
    }
  })
  close()
  return out
}

/** Inline Markdown → inlines, all with the paragraph's position. */
export function parseInline(raw: string, position: Span): Inline[] {
  const out: Inline[] = []
  let text = ''
  const flush = (): void => {
    if (text !== '') out.push({ type: 'text', value: text, position })
    text = ''
  }
  let i = 0
  while (i < raw.length) {
    const c = raw[i] as string
    const rest = raw.slice(i)
    let m: RegExpExecArray | null
    if (c === '\\' && i + 1 < raw.length) {
      text += raw[i + 1]
      i += 2
    } else if (c === '`' && (m = /^`([^`]+)`/u.exec(rest))) {
      flush()
      out.push({ type: 'extIoRef', ref: m[1] as string, position })
      i += m[0].length
    } else if (c === '[' && (m = /^\[((?:[^\]\\]|\\.)*)\]\(#([^)]+)\)/u.exec(rest))) {
      flush()
      const value = unescape(m[1] as string)
      const target = m[2] as string
      out.push(target.startsWith('gio:') ? { type: 'intIoRef', gio: target.slice(4), value, position } : { type: 'intRef', target, value, position })
      i += m[0].length
    } else {
      text += c
      i += 1
    }
  }
  flush()
  return out
}

export function unescape(s: string): string {
  return s.replace(/\\(.)/gu, '$1')
}
