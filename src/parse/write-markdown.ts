/**
 * Document → Markdown that a person can correct and `readText` reads back to the same model (positions aside):
 * `#` besluit, `##` its parts, `# Bijlage A …`, `##` regeling opschrift, `###`+ Divisies, `**kop**` Divisietekst
 * koppen, `- ` list items, `![titel]()` figures, `- **naam**: \`/join/…\`` Bijlage I, `## Bijlage I …` bijlagen.
 */
import type { Al, Block, Document, Inline, Kop, Lijst, Structuur } from '../model/index.js'

export function writeMarkdown(document: Document): string {
  const out: string[] = []
  const para = (text: string): void => {
    out.push(text, '')
  }
  const b = document.besluit
  para(`# ${escapeLine(b.opschrift)}`)
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
    for (const o of b.sluiting.ondertekening) out.push(`- ${escapeInline(o.functie)}: ${escapeInline(o.naam)}`)
    if (b.sluiting.ondertekening.length > 0) out.push('')
  }
  const w = b.wijzigBijlage
  para(`# ${kop(w.kop)}`)
  para(`## ${escapeLine(w.regeling.opschrift)}`)
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
      out.push(`${'#'.repeat(Math.min(level, 6))} ${kop(n.kop)}`, '')
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
      return
    case 'lijst':
      lijst(out, b)
      return
    case 'begrippenlijst':
      for (const g of b.children) {
        const refs = g.definitie.flatMap((d) => d.children)
        out.push(`- **${inline(g.term)}**: ${refs.map(inlineOne).join(' ')}`)
      }
      out.push('')
      return
    case 'figuur':
      out.push(`![${escapeInline(b.titel)}]()`, '')
      return
    case 'tussenkop':
      out.push(`**${inline(b.children)}**`, '')
  }
}

function lijst(out: string[], l: Lijst): void {
  for (const li of l.children) {
    out.push(`- ${li.children.map((c) => (c.type === 'al' ? inline(c.children) : '')).join(' ')}`)
  }
  out.push('')
}

function al(a: Al): string {
  return escapeLineStart(inline(a.children))
}

function inline(children: readonly Inline[]): string {
  return children.map(inlineOne).join('')
}

function inlineOne(c: Inline): string {
  switch (c.type) {
    case 'text':
      return escapeInline(c.value)
    case 'intRef':
      return `[${escapeInline(c.value)}](#${c.target})`
    case 'extIoRef':
      return `\`${c.ref}\``
    case 'intIoRef':
      return `[${escapeInline(c.value)}](#gio:${c.gio})`
    case 'opmaak':
      return inline(c.children)
  }
}

function kop(k: Kop): string {
  return escapeInline([k.label, k.nummer, k.opschrift].filter((x) => x !== undefined && x !== '').join(' '))
}

/** Characters the reader interprets inside a line. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`[\]*]/gu, (c) => `\\${c}`)
}

function escapeLine(text: string): string {
  return escapeInline(text)
}

/** A paragraph must not start like a heading, list item, figure or break. */
function escapeLineStart(text: string): string {
  return /^(?:#|- |!\[|\*)/u.test(text) ? `\\${text}` : text
}
