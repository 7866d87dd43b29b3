/**
 * Markdown (CommonMark + GFM tables, parsed by mdast-util-from-markdown) → blocks: the text reader's TextBlocks
 * plus Markdown headings (`#`…`######`) and `**kop**` lines, all with lines of the Markdown file. Inline content
 * becomes model inlines: `**b**`/`__b__` Opmaak b, `*i*`/`_i_` Opmaak i, `<u>`/`<sup>`/`<sub>` (and `<b>`/`<i>`)
 * pairs Opmaak, `[v](#bijlage:A)` IntRef, `[v](#gio:naam)` IntIoRef, `` `/join/…` `` ExtIoRef.
 *
 * Conventions (the form `writeMarkdown` writes):
 * - a paragraph that is only `**…**` (asterisks) is a run-in heading (`kop`); `__…__` alone is a bold paragraph;
 * - a paragraph that is only `![onderschrift]()` is a figure caption; a thematic break (`***`) ends a Divisietekst;
 * - `1.`/`1)` items keep their own marker text as `marker`; a `-` item whose text starts with an unescaped
 *   `a)`, `a.`, `(a)`, `iv.`, `(3)` or `1.1` carries that marker (an expliciet list in the source); nesting is `depth`;
 * - a GFM table is a `table` block with one header row; a header row of empty cells means "no header".
 * What STOP cannot carry (code, raw HTML, block quotes, links to URLs, images with a file, link definitions, stray
 * `*`/`_`, a table whose delimiter row does not match) is reported (VISIE-120…129, once per code and line) and kept as
 * plain text, so no Markdown syntax reaches the package. A Divisie heading's first word is its nummer when it looks
 * like one (`4.2`, `IV`, `A`); a heading starting with a character reference (`&#85; en de visie`) has none.
 * Limits before micromark, whose time grows steeply with them: quotes/lists nested deeper than 64 refuse the file
 * (VISIE-130); a paragraph with more than 1000 `*`/`_` loses them (VISIE-131).
 */
import type { Blockquote, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast'
import { fromMarkdown, type CompileContext, type Extension, type Token } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import { lineSpan, type Finding, type Inline, type Opmaak, type Span } from '../model/index.js'
import type { TableCell, TextBlock } from '../text/blocks.js'
import { finding, type ParseCode } from './findings.js'

export type MdBlock =
  /** `literal`: the text starts with a character reference (`&#85; en de visie`), so its first word is no nummer. */
  | { readonly kind: 'heading'; readonly level: number; readonly text: string; readonly literal?: true; readonly from: number; readonly to: number }
  /** A paragraph that is only `**tekst**`: a run-in heading in the visie, a bold paragraph in the besluit. */
  | { readonly kind: 'kop'; readonly text: string; readonly inline: readonly Inline[]; readonly from: number; readonly to: number }
  | Exclude<TextBlock, { kind: 'heading' | 'runin' }>

/** A block before its lines are known. */
type Draft = MdBlock extends infer B ? (B extends MdBlock ? Omit<B, 'from' | 'to'> : never) : never

/** A `-` item's own marker: `a)`, `a.`, `(a)`, `iv.`, `(iv)`, `ii.)`, `(3)`, `1.1`, `1°`, followed by a space. */
export const BULLET_MARKER = /^(?:\d{1,2}°|\((?:[a-zA-Z]|[ivx]{1,5}|\d{1,3})\)|[a-zA-Z]\)|[a-z]\.|[ivx]{1,5}[.)]|(?:[a-z]|[ivx]{1,5})\.\)|\d{1,3}(?:\.\d{1,3})+\.?)(?=[ \t])/u
/**
 * A Divisie heading’s own number: `4.2.2`, `IV`, `II.1.1`, `A`, `B.1.2`, a section lettered `a`, before a space or alone; before it the label
 * the document numbers its chapters with, if any: a word (`Hoofdstuk 2`, `Thema 3`, `DEEL A`) or one capital glued to
 * the number (`H4`).
 */
const DIVISIE_KOP = /^(?:(\p{Lu}\p{L}{1,19}) |(\p{Lu})(?=\d))?(\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}(?:\.\d{1,3})*|[A-Z](?:\.\d{1,3})*|[a-h])(?: (.*))?$/u
/** `Bijlage I Overzicht …`, `Bijlage 2`, `Bijlage Informatieobjecten` (a bijlage without number). */
const BIJLAGE_KOP = /^Bijlage(?: (\d{1,3}|[IVX]{1,5}|[A-Z])(?= |$))? ?(.*)$/u

/** A Divisie heading's text → nummer and opschrift, as `writeMarkdown` writes them (`literal`: no nummer). */
export function divisieKop(text: string, literal = false): { label?: string; nummer?: string; opschrift: string } {
  const m = literal ? null : DIVISIE_KOP.exec(text)
  if (!m) return { opschrift: text }
  const label = m[1] ?? m[2]
  return { ...(label !== undefined ? { label } : {}), nummer: m[3] as string, opschrift: m[4] ?? '' }
}

/** A bijlage heading's text → nummer and opschrift; undefined when it does not start with `Bijlage`. */
export function bijlageKop(text: string): { nummer?: string; opschrift: string } | undefined {
  const m = BIJLAGE_KOP.exec(text)
  return m ? { ...(m[1] !== undefined ? { nummer: m[1] } : {}), opschrift: (m[2] as string).trim() } : undefined
}

/** A GFM delimiter row (`| --- | :-: |`). */
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u
/** Inline HTML that maps to Opmaak. */
const OPMAAK_TAG = /^<(\/?)(b|i|u|sup|sub)>$/iu

/** Quotes and lists nested deeper than this are no visie (micromark's time grows steeply with the depth). */
export const MAX_NESTING = 64
/** A line's leading indentation and container markers (`>`, `-`, `1.`). */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$))+/u

export function mdBlocks(source: string, file: string): { blocks: MdBlock[]; findings: Finding[] } {
  const bom = source.startsWith('\uFEFF') ? source.slice(1) : source
  const deep = tooDeep(bom)
  if (deep) return { blocks: [], findings: [finding('VISIE-130', file, deep.line, { diepte: deep.depth, maximum: MAX_NESTING })] }
  const { text, crowded } = withoutDelimiterFloods(bom)
  const reader = new BlockReader(text, file)
  const tree: Root = fromMarkdown(text, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown(), reader.strayDelimiters()],
  })
  for (const n of tree.children) reader.block(n)
  const floods = crowded.map((c) => finding('VISIE-131', file, c.line, { tekens: c.count, maximum: MAX_DELIMITERS }))
  return { blocks: reader.blocks, findings: [...floods, ...reader.findings] }
}

/** More `*` and `_` than this in one paragraph is no emphasis (micromark's time grows steeply with them). */
export const MAX_DELIMITERS = 1000
/** A line that starts its own inline content: a list item, table row or heading. */
const ITEM_START = /^[ \t]*(?:[-+*][ \t]|\d{1,9}[.)][ \t]|\||#)/u

/**
 * Paragraphs (lines up to a blank line, list item, table row or heading) with more than MAX_DELIMITERS `*`/`_`
 * lose them before parsing (VISIE-131): nested emphasis that deep costs micromark minutes. Lines keep their numbers.
 */
function withoutDelimiterFloods(text: string): { text: string; crowded: { line: number; count: number }[] } {
  const lines = text.split(/(\r\n|\r|\n)/u)
  const crowded: { line: number; count: number }[] = []
  let start = 0
  const flush = (end: number): void => {
    let count = 0
    for (let k = start; k < end; k += 2) count += (lines[k] as string).replace(/[^*_]/gu, '').length
    if (count > MAX_DELIMITERS) {
      crowded.push({ line: start / 2 + 1, count })
      for (let k = start; k < end; k += 2) lines[k] = (lines[k] as string).replace(/[*_]/gu, '')
    }
  }
  for (let k = 0; k < lines.length; k += 2) {
    const line = lines[k] as string
    if (line.trim() === '') {
      flush(k)
      start = k + 2
    } else if (ITEM_START.test(line)) {
      flush(k)
      start = k
    }
  }
  flush(lines.length)
  return crowded.length > 0 ? { text: lines.join(''), crowded } : { text, crowded }
}

/** The first line whose quotes and list items nest deeper than MAX_NESTING (its markers plus its indentation in pairs). */
function tooDeep(text: string): { line: number; depth: number } | undefined {
  let line = 0
  for (const l of text.split(/\r\n|\r|\n/u)) {
    line++
    const prefix = CONTAINER_PREFIX.exec(l)?.[0]
    if (!prefix) continue
    const markers = prefix.replace(/[ \t]/gu, '').replace(/\d{1,9}[.)]/gu, '1').length
    const depth = markers + Math.floor(((/^[ \t]*/u.exec(prefix)?.[0] ?? '').replace(/\t/gu, '    ').length) / 2)
    if (depth > MAX_NESTING) return { line, depth }
  }
  return undefined
}

/** One line of inline Markdown → inlines (what `writeMarkdown` checks its emphasis against). */
export function parseInlineLine(line: string): readonly Inline[] | undefined {
  const { blocks } = mdBlocks(line, '')
  const only = blocks[0]
  if (blocks.length !== 1 || !only) return undefined
  return only.kind === 'paragraph' || only.kind === 'kop' ? (only.inline ?? []) : undefined
}

class BlockReader {
  readonly blocks: MdBlock[] = []
  readonly findings: Finding[] = []
  private readonly lines: readonly string[]
  private readonly reported = new Set<string>()

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = text.split(/\r\n|\r|\n/u)
  }

  /** One finding per code and line: `<span>…</span>` is one cause, not two. */
  private report(code: ParseCode, n: { position?: { start: { line: number } } } | number, data: Record<string, string | number> = {}): void {
    const line = typeof n === 'number' ? n : (n.position?.start.line ?? 1)
    if (this.reported.has(`${code}:${line}`)) return
    this.reported.add(`${code}:${line}`)
    this.findings.push(finding(code, this.file, line, data))
  }

  /**
   * An emphasis delimiter run (`**`, `_`) that opened or closed nothing stays a `data` token in micromark; this
   * handler drops it from the text (VISIE-125) unless it stands between spaces (`5 * 3`) or inside a word (`a_b`).
   */
  strayDelimiters(): Extension {
    const text = this.text
    const reader = this
    return {
      exit: {
        data(this: CompileContext, token: Token) {
          const tail = this.stack.pop() as { value: string; position: { end: unknown } }
          const raw = this.sliceSerialize(token)
          if (/^(?:\*+|_+)$/u.test(raw) && stray(raw, text[token.start.offset - 1], text[token.end.offset])) {
            reader.report('VISIE-125', token.start.line, { tekens: raw })
          } else {
            tail.value += raw
          }
          tail.position.end = { line: token.end.line, column: token.end.column, offset: token.end.offset }
        },
      },
    }
  }

  block(n: RootContent): void {
    switch (n.type) {
      case 'heading':
        return this.heading(n)
      case 'paragraph':
        return this.paragraph(n)
      case 'thematicBreak':
        return this.push({ kind: 'break' }, n)
      case 'list':
        return this.list(n, 0)
      case 'table':
        return this.table(n)
      case 'code':
        this.report('VISIE-120', n)
        return this.plain(n.value, n)
      case 'html':
        this.report('VISIE-121', n, { html: firstLine(n.value) })
        return this.plain(n.value.replace(/<[^>]*>/gu, ' '), n)
      case 'blockquote':
        return this.blockquote(n)
      case 'definition':
        this.report('VISIE-122', n, { url: n.url })
        return
      default:
        this.report('VISIE-129', n, { soort: n.type })
        return this.plain(plainOf(n), n)
    }
  }

  private push(b: Draft, n: Nodes): void {
    const { from, to } = lines(n)
    this.blocks.push({ ...b, from, to } as MdBlock)
  }

  /** Text kept from a construct STOP cannot carry: one paragraph, whitespace collapsed. */
  private plain(value: string, n: Nodes): void {
    const text = value.replace(/\s+/gu, ' ').trim()
    if (text !== '') this.push({ kind: 'paragraph', text, inline: [{ type: 'text', value: text, position: span(n) }] }, n)
  }

  private heading(n: Heading): void {
    if (n.children.some((c) => c.type !== 'text')) this.report('VISIE-129', n, { soort: 'opmaak in een kop' })
    const first = n.children[0]
    const literal = first !== undefined && this.text.startsWith('&#', offset(first))
    this.push({ kind: 'heading', level: n.depth, text: plainText(this.inlines(n.children)).trim(), ...(literal ? { literal } : {}) }, n)
  }

  private blockquote(n: Blockquote): void {
    this.report('VISIE-124', n)
    for (const c of n.children) this.block(c)
  }

  private paragraph(n: Paragraph): void {
    const only = n.children.length === 1 ? n.children[0] : undefined
    if (only?.type === 'image') {
      if (only.url === '') return this.push({ kind: 'caption', text: only.alt ?? '' }, n)
      this.report('VISIE-123', n, { url: only.url })
      return this.plain(only.alt ?? '', n)
    }
    const inline = this.inlines(this.withoutDelimiterRows(n))
    if (inline.length === 0) return
    const strong = only?.type === 'strong' && this.text.startsWith('**', offset(only)) && only.children.every((c) => c.type === 'text')
    if (strong) return this.push({ kind: 'kop', text: plainText(inline), inline }, n)
    this.push({ kind: 'paragraph', text: plainText(inline), inline }, n)
  }

  /** A table whose delimiter row did not match its header is a paragraph: its `| --- |` line is dropped (VISIE-128). */
  private withoutDelimiterRows(n: Paragraph): PhrasingContent[] {
    return n.children.map((c) => {
      if (c.type !== 'text' || !c.value.includes('-')) return c
      const start = c.position?.start.line ?? 1
      const kept = c.value.split(/\r\n|\r|\n/u).filter((l, i) => {
        const raw = (this.lines[start + i - 1] ?? '').trim()
        const row = raw === l.trim() && DELIMITER_ROW.test(raw) && raw.includes('|')
        if (row) this.report('VISIE-128', start + i, { soort: 'scheidingsregel' })
        return !row
      })
      return { ...c, value: kept.join('\n') }
    })
  }

  private list(n: List, depth: number): void {
    for (const item of n.children) this.item(item, n.ordered === true, depth)
  }

  private item(item: ListItem, ordered: boolean, depth: number): void {
    const parts: Inline[][] = []
    const sublists: List[] = []
    let first: Paragraph | undefined
    for (const c of item.children) {
      if (c.type === 'list') sublists.push(c)
      else if (c.type === 'paragraph') {
        first ??= c
        if (parts.length > 0) this.report('VISIE-127', c, { soort: 'alinea' })
        parts.push(this.inlines(this.withoutDelimiterRows(c)))
      } else {
        this.report('VISIE-127', c, { soort: c.type })
        parts.push([{ type: 'text', value: plainOf(c).replace(/\s+/gu, ' ').trim(), position: span(c) }])
      }
    }
    let inline = mergeText(parts.flatMap((p, i) => (i > 0 ? [{ type: 'text', value: ' ', position: span(item) } as Inline, ...p] : p)))
    let marker: string | undefined
    if (ordered) marker = /^\d{1,9}[.)]/u.exec(this.text.slice(offset(item)))?.[0]
    else if (first) {
      marker = BULLET_MARKER.exec(this.text.slice(offset(first)))?.[0]
      if (marker !== undefined) inline = stripMarker(inline, marker)
    }
    if (plainText(inline).trim() === '') {
      if (sublists.length === 0 || marker !== undefined) this.report('VISIE-127', item, { soort: 'leeg' })
    } else {
      const { from, to } = lines(item)
      const end = sublists[0] ? Math.max(from, (sublists[0].position?.start.line ?? from) - 1) : to
      this.blocks.push({ kind: 'bullet', text: plainText(inline), inline, depth, ...(marker !== undefined ? { marker } : {}), from, to: end })
    }
    for (const l of sublists) this.list(l, depth + 1)
  }

  private table(n: Table): void {
    const rows = n.children.map((r) =>
      r.children.map((c): TableCell => {
        const inline = this.inlines(c.children)
        return { text: plainText(inline), ...(inline.length > 0 ? { inline } : {}) }
      }),
    )
    const width = rows[0]?.length ?? 0
    n.children.forEach((r) => {
      if (r.children.length > width) this.report('VISIE-128', r, { soort: 'cellen', cellen: r.children.length, kolommen: width })
    })
    const header = rows[0]?.every((c) => c.text === '') ? 0 : 1
    this.push({ kind: 'table', header, rows: header === 0 ? rows.slice(1) : rows }, n)
  }

  /** mdast phrasing content → model inlines; adjacent text merged, soft line breaks become spaces. */
  inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const root: Inline[] = []
    const open: { element: Opmaak['element']; children: Inline[]; at: PhrasingContent }[] = []
    const target = (): Inline[] => open[open.length - 1]?.children ?? root
    const add = (...xs: Inline[]): void => {
      target().push(...xs)
    }
    for (const n of nodes) {
      const position = span(n)
      switch (n.type) {
        case 'text':
          add({ type: 'text', value: n.value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/gu, ' '), position })
          break
        case 'emphasis':
        case 'strong':
          add({ type: 'opmaak', element: n.type === 'strong' ? 'b' : 'i', children: this.inlines(n.children), position })
          break
        case 'inlineCode':
          if (/^\/join\/\S+$/u.test(n.value.trim())) add({ type: 'extIoRef', ref: n.value.trim(), position })
          else {
            this.report('VISIE-126', n, { code: n.value })
            add({ type: 'text', value: n.value, position })
          }
          break
        case 'link':
          add(...this.link(n.url, n.children, n))
          break
        case 'break':
          add({ type: 'text', value: ' ', position })
          break
        case 'html': {
          const m = OPMAAK_TAG.exec(n.value.trim())
          const element = m?.[2]?.toLowerCase() as Opmaak['element'] | undefined
          if (m && element && m[1] === '' && open.length < MAX_NESTING) open.push({ element, children: [], at: n })
          else if (m && element && open[open.length - 1]?.element === element) {
            const done = open.pop() as (typeof open)[number]
            target().push({ type: 'opmaak', element, children: mergeText(done.children), position: { start: span(done.at).start, end: position.end } })
          } else this.report('VISIE-121', n, { html: n.value })
          break
        }
        case 'image':
        case 'imageReference':
          this.report('VISIE-123', n, { url: n.type === 'image' ? n.url : n.identifier })
          if (n.alt) add({ type: 'text', value: n.alt, position })
          break
        case 'linkReference':
          this.report('VISIE-122', n, { url: n.identifier })
          add(...this.inlines(n.children))
          break
        default:
          this.report('VISIE-129', n, { soort: n.type })
          add({ type: 'text', value: plainOf(n), position })
      }
    }
    while (open.length > 0) {
      const done = open.pop() as (typeof open)[number]
      this.report('VISIE-121', done.at, { html: `<${done.element}>` })
      target().push(...done.children)
    }
    return mergeText(root)
  }

  /** `#bijlage:A` → IntRef, `#gio:naam` → IntIoRef; any other destination is a link STOP cannot carry. */
  private link(url: string, children: readonly PhrasingContent[], n: Nodes): Inline[] {
    const inner = this.inlines(children)
    const value = plainText(inner)
    const position = span(n)
    if (!url.startsWith('#') || url.length === 1) {
      this.report('VISIE-122', n, { url })
      return inner
    }
    const target = decode(url.slice(1))
    return [target.startsWith('gio:') ? { type: 'intIoRef', gio: target.slice(4), value, position } : { type: 'intRef', target, value, position }]
  }
}

/** A delimiter run that could have opened or closed emphasis: not between spaces, and `_` not inside a word. */
function stray(raw: string, before: string | undefined, after: string | undefined): boolean {
  const space = (c: string | undefined) => c === undefined || /\s/u.test(c)
  if (space(before) && space(after)) return false
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
  return !(raw.startsWith('_') && word(before) && word(after))
}

function stripMarker(inline: Inline[], marker: string): Inline[] {
  const [head, ...rest] = inline
  if (head?.type !== 'text' || !head.value.startsWith(marker)) return inline
  const value = head.value.slice(marker.length).replace(/^[ \t]+/u, '')
  return value === '' ? rest : [{ ...head, value }, ...rest]
}

function mergeText(inline: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const i of inline) {
    const last = out[out.length - 1]
    if (i.type === 'text' && i.value === '') continue
    if (i.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { ...last, value: last.value + i.value, ...(last.position && i.position ? { position: { start: last.position.start, end: i.position.end } } : {}) }
    } else out.push(i)
  }
  return out
}

/** The text of inlines: values, ExtIoRef identifiers, Opmaak content. */
export function plainText(inline: readonly Inline[]): string {
  return inline.map((i) => (i.type === 'extIoRef' ? i.ref : i.type === 'opmaak' ? plainText(i.children) : i.type === 'noot' ? '' : i.value)).join('')
}

/** The literal text under any mdast node (values, image alts). */
function plainOf(n: Nodes): string {
  if ('value' in n && typeof n.value === 'string') return n.value
  if (n.type === 'image' || n.type === 'imageReference') return n.alt ?? ''
  if ('children' in n) return (n.children as Nodes[]).map(plainOf).join(n.type === 'tableRow' ? ' ' : '')
  return ''
}

function lines(n: Nodes): { from: number; to: number } {
  const from = n.position?.start.line ?? 1
  const end = n.position?.end ?? { line: from, column: 1 }
  // a node ending at column 1 ends on the line before (its last line ending is included)
  return { from, to: Math.max(from, end.column === 1 && end.line > from ? end.line - 1 : end.line) }
}

function span(n: Nodes): Span {
  const { from, to } = lines(n)
  return lineSpan(from, to)
}

function offset(n: Nodes): number {
  return n.position?.start.offset ?? 0
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.trim() ?? ''
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
