/**
 * Document → Markdown (CommonMark + GFM tables) that a person can correct and `readText` reads back to the same
 * model (positions aside): `#` besluit, `##` its parts, `# Bijlage A …`, `##` regeling opschrift, `###`+ Divisies,
 * `**kop**` Divisietekst koppen, `***` between Divisieteksten without kop, `![titel]()` figures, `- **naam**:
 * \`/join/…\`` Bijlage I, `## Bijlage I …` bijlagen.
 * Blocks: lists as `-` items, an expliciet list's items with their LiNummer (`3.` as a CommonMark ordered item,
 * `a)` after the `-`), nested by indentation; tables as GFM tables (the first kop row is the header, an empty
 * header row when there is none). Inline: Opmaak b `**…**`, i `*…*`, u/sup/sub as `<u>…</u>`; emphasis that
 * CommonMark would read otherwise (next to punctuation, nested) is written as `<b>`/`<i>`. Not carried: a table's
 * second and later kop rows (they become body rows), column spans (the other columns stay empty), several Al in a
 * cell or list item (joined), a table's titel.
 */
import type { Al, Block, Document, Inline, Kop, Lijst, Rij, Structuur, Tabel } from '../model/index.js'
import { BULLET_MARKER, divisieKop, parseInlineLine } from './markdown-blocks.js'
import { superscriptDigits } from './noten.js'

export function writeMarkdown(document: Document): string {
  const out: string[] = []
  const para = (text: string): void => {
    out.push(text, '')
  }
  const b = document.besluit
  para(`# ${escapeInline(b.opschrift)}`)
  para('## Aanhef')
  for (const a of b.aanhef.children) para(al(a))
  if (b.aanhef.considerans) {
    para('## Considerans')
    for (const a of b.aanhef.considerans.aanhef) para(al(a))
    if (b.aanhef.considerans.lijst) lijst(out, b.aanhef.considerans.lijst)
  }
  para('## Afkondiging')
  for (const a of b.aanhef.afkondiging) para(al(a))
  for (const art of b.artikelen) {
    para(`## ${kop(art.kop)}`)
    for (const a of art.children) para(al(a))
  }
  if (b.sluiting) {
    para('## Sluiting')
    for (const a of b.sluiting.children) para(al(a))
    for (const o of b.sluiting.ondertekening) out.push(`- ${escapeStart(`${escapeInline(o.functie)}: ${escapeInline(o.naam)}`, true)}`)
    if (b.sluiting.ondertekening.length > 0) out.push('')
  }
  const w = b.wijzigBijlage
  para(`# ${kop(w.kop)}`)
  para(`## ${escapeInline(w.regeling.opschrift)}`)
  structuur(out, w.regeling.lichaam, 3)
  for (const bijlage of w.regeling.bijlagen) {
    para(`## ${kop(bijlage.kop)}`)
    structuur(out, bijlage.children, 3)
  }
  while (out[out.length - 1] === '') out.pop()
  return `${out.join('\n')}\n`
}

function structuur(out: string[], nodes: readonly Structuur[], level: number): void {
  nodes.forEach((n, i) => {
    if (n.type === 'divisie') {
      out.push(`${'#'.repeat(Math.min(level, 6))} ${divisieHeading(n.kop)}`, '')
      structuur(out, n.children, level + 1)
      return
    }
    if (n.kop) out.push(`**${n.kop.nummer ? `${n.kop.nummer}: ` : ''}${escapeInline(n.kop.opschrift ?? '')}**`, '')
    else if (i > 0) out.push('***', '') // a second Divisietekst without kop needs a visible boundary
    for (const block of n.children) blockMd(out, block)
  })
}

function blockMd(out: string[], b: Block): void {
  switch (b.type) {
    case 'al':
      out.push(al(b), '')
      // A footnote (Noot) keeps its mark in the text; its text follows the paragraph as the source printed it.
      for (const c of b.children) if (c.type === 'noot') out.push(escapeStart(`${superscriptDigits(c.nummer)} ${c.children.map((a) => inline(a.children)).join(' ')}`, false), '')
      return
    case 'lijst':
      lijst(out, b)
      return
    case 'begrippenlijst':
      for (const g of b.children) {
        const refs = g.definitie.flatMap((d) => d.children)
        out.push(`- **${inline(g.term)}**: ${refs.map((r) => inline([r])).join(' ')}`)
      }
      out.push('')
      return
    case 'figuur':
      out.push(`![${escapeInline(b.titel)}]()`, '')
      return
    case 'tussenkop':
      out.push(`**${inline(b.children)}**`, '')
      return
    case 'tabel':
      tabel(out, b)
  }
}

/**
 * A list and its nested lists, each item on one line indented to its parent's content. A nested ordered list
 * that does not start at 1 gets a blank line first: CommonMark lets only `1.` interrupt the item's text.
 */
function lijst(out: string[], l: Lijst, indent = ''): void {
  for (const li of l.children) {
    const nummer = l.lijsttype === 'expliciet' ? li.nummer : undefined
    const ordered = nummer !== undefined && /^\d{1,9}[.)]$/u.test(nummer)
    const marker = ordered ? `${nummer} ` : nummer !== undefined ? `- ${nummer} ` : '- '
    const text = li.children.flatMap((c) => (c.type === 'al' ? [inline(c.children)] : [])).join(' ')
    out.push(`${indent}${marker}${escapeStart(text, nummer === undefined)}`)
    for (const sub of li.children) {
      if (sub.type !== 'lijst') continue
      const first = sub.lijsttype === 'expliciet' ? sub.children[0]?.nummer : undefined
      if (first !== undefined && /^\d/u.test(first) && !/^1[.)]$/u.test(first)) out.push('')
      lijst(out, sub, `${indent}${' '.repeat(ordered ? marker.length : 2)}`)
    }
  }
  if (indent === '') out.push('')
}

/** A GFM table: header row (the first kop row, else empty cells), delimiter row, body rows. */
function tabel(out: string[], t: Tabel): void {
  const row = (r: Rij | undefined): string => {
    const cells: string[] = []
    for (const c of r?.cellen ?? []) {
      cells.push(c.children.map((a) => inline(a.children)).join(' ').replace(/\|/gu, '\\|'))
      for (let k = 1; k < (c.kolommen ?? 1); k++) cells.push('')
    }
    while (cells.length < t.kolommen) cells.push('')
    return `| ${cells.join(' | ')} |`.replace(/ {2}\|/gu, ' |')
  }
  out.push(row(t.kop[0]), `|${' --- |'.repeat(t.kolommen)}`)
  for (const r of [...t.kop.slice(1), ...t.rijen]) out.push(row(r))
  out.push('')
}

/** A paragraph; `**kop**` alone is a run-in heading, so a paragraph that is only bold is written `__…__` (or `<b>`). */
function al(a: Al): string {
  const text = inline(a.children)
  const only = a.children.length === 1 ? a.children[0] : undefined
  if (only?.type === 'opmaak' && only.element === 'b' && text.startsWith('**') && text.endsWith('**')) {
    const underscores = `__${text.slice(2, -2)}__`
    return readsBack(underscores, a.children) ? underscores : htmlInline(a.children)
  }
  return escapeStart(text, false)
}

/** Inline content; where the delimiters would not read back (CommonMark's flanking rules), emphasis as HTML tags. */
function inline(children: readonly Inline[]): string {
  const md = children.map((c) => inlineOne(c, false)).join('')
  if (!children.some(hasOpmaak)) return md
  return readsBack(escapeStart(md, false), children) ? md : htmlInline(children)
}

function htmlInline(children: readonly Inline[]): string {
  return children.map((c) => inlineOne(c, true)).join('')
}

function readsBack(line: string, children: readonly Inline[]): boolean {
  const back = parseInlineLine(line)
  return back !== undefined && sameInlines(back, children)
}

function inlineOne(c: Inline, html: boolean): string {
  switch (c.type) {
    case 'text':
      return escapeInline(c.value)
    case 'intRef':
      return `[${escapeInline(c.value)}](${destination(`#${c.target}`)})`
    case 'extIoRef':
      return `\`${c.ref}\``
    case 'intIoRef':
      return `[${escapeInline(c.value)}](${destination(`#gio:${c.gio}`)})`
    case 'noot':
      return superscriptDigits(c.nummer)
    case 'opmaak': {
      const content = c.children.map((x) => inlineOne(x, html)).join('')
      if (html || (c.element !== 'b' && c.element !== 'i')) return `<${c.element}>${content}</${c.element}>`
      const d = c.element === 'b' ? '**' : '*'
      // delimiters must touch the text: spaces at the edges go outside
      const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(content) as RegExpExecArray
      return m[2] === '' ? content : `${m[1]}${d}${m[2]}${d}${m[3]}`
    }
  }
}

/** A link destination; one with spaces or parentheses (a GIO naam) goes between `<` and `>`. */
function destination(url: string): string {
  return /[\s()<>]/u.test(url) ? `<${url.replace(/[<>]/gu, (x) => `\\${x}`)}>` : url
}

function hasOpmaak(i: Inline): boolean {
  return i.type === 'opmaak'
}

/** Inlines equal in type, text and nesting (positions aside, adjacent text merged). */
function sameInlines(a: readonly Inline[], b: readonly Inline[]): boolean {
  const x = merged(a)
  const y = merged(b)
  return x.length === y.length && x.every((i, k) => sameInline(i, y[k] as Inline))
}

function merged(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const i of inlines) {
    const last = out[out.length - 1]
    if (i.type === 'text' && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + i.value }
    else if (i.type !== 'text' || i.value !== '') out.push(i)
  }
  return out
}

function sameInline(a: Inline, b: Inline): boolean {
  if (a.type !== b.type) return false
  switch (a.type) {
    case 'text':
      return a.value === (b as typeof a).value
    case 'opmaak':
      return a.element === (b as typeof a).element && sameInlines(a.children, (b as typeof a).children)
    default:
      return JSON.stringify({ ...a, position: undefined }) === JSON.stringify({ ...b, position: undefined })
  }
}

/**
 * A Divisie heading: `4.2 Opschrift`; when its text would be read with another nummer (`U en de visie` read as nummer
 * `U`), its first character is written as a character reference (`&#85; en de visie`), which the reader takes literally.
 */
function divisieHeading(k: Kop): string {
  const text = kopText(k)
  const read = divisieKop(text)
  if (read.label === k.label && read.nummer === k.nummer && read.opschrift === (k.opschrift ?? '')) return kop(k)
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32)
  return `&#${first.codePointAt(0)};${kop({ opschrift: text.slice(first.length) })}`
}

/** A heading's text; a trailing ` #` would be read as the closing sequence of the ATX heading. */
function kop(k: Kop): string {
  return escapeInline(kopText(k)).replace(/(^|\s)(#+)$/u, '$1\\$2')
}

/** Label, number and title as printed: a one-letter label glued to its number (`H4 Wonen`), other parts spaced. */
function kopText(k: Kop): string {
  const label = k.label !== undefined && k.label !== '' && k.nummer !== undefined && k.nummer !== '' && k.label.length === 1 ? `${k.label}${k.nummer}` : k.label
  return [label, label === k.label ? k.nummer : undefined, k.opschrift].filter((x) => x !== undefined && x !== '').join(' ')
}

/** Characters CommonMark interprets inside a line; `&` only where it would start an entity. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`[\]*_<]|&(?=#?[A-Za-z0-9]+;)/gu, (c) => `\\${c}`)
}

/**
 * A line (paragraph or list item text) must not start like another block: heading, quote, list item, thematic
 * break, fence, indented code; a `-` item's text not like its own marker (`a)`), when `item` says it has none.
 */
function escapeStart(text: string, item: boolean): string {
  const trimmed = text.replace(/^[ \t]+/u, '')
  if (/^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|[-_=]{2,}[ \t]*$|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$|~~~|\d{1,9}[.)](?:[ \t]|$))/u.test(trimmed)) {
    const m = /^\d{1,9}/u.exec(trimmed)
    return m ? `${m[0]}\\${trimmed.slice(m[0].length)}` : `\\${trimmed}`
  }
  if (item && BULLET_MARKER.test(trimmed)) return trimmed.replace(/[().]/u, (c) => `\\${c}`)
  return trimmed
}
