/**
 * Links GIO mentions in the visie's running text as IntIoRef (stop-lvbb.md §4.3, product.md §6): in a
 * numbered Divisie whose heading IS the GIO naam (`4.4.1 Binnenstad`, `4.4.8 Werklandschap Assen-Zuid`) or
 * names it in parentheses (`4.4.3 Wijken (wijkaanpak)`), the first mention of that naam in its paragraphs
 * becomes an IntIoRef. Conservative on purpose: "fijn wonen" under "3.2 Wonen en woonomgeving" is a verb,
 * not the GIO `wonen`, so a heading that merely contains the naam does not count. Ids are set later.
 */
import type { Document, Inline, IntIoRef, Kop, Text } from '../model/index.js'
import { mapInlines, type InlineContext } from './walk.js'

export function linkGioMentions(document: Document): Document {
  const namen = document.informatieobjecten.map((io) => io.naam)
  if (namen.length === 0) return document
  const patterns = new Map(namen.map((n) => [n, mentionPattern(n)] as const))
  const headings = new Map(namen.map((n) => [n, headingPattern(n)] as const))
  const linked = new Set<string>()
  return mapInlines(document, (inlines, ctx) => {
    if (ctx.scope !== 'regeling' || ctx.kind !== 'al') return inlines
    let out: readonly Inline[] = inlines
    for (const [naam, re] of patterns) {
      const kop = innermostNaming(ctx, headings.get(naam) ?? re)
      if (!kop) continue
      const key = `${kop.nummer ?? ''}|${kop.opschrift ?? ''}|${naam}`
      if (linked.has(key)) continue
      const next = linkFirst(out, naam, re)
      if (next !== out) {
        linked.add(key)
        out = next
      }
    }
    return out
  })
}

/** The naam as a regex body: a space in the naam also matches a hyphen (`Assen Zuid` ~ `Assen-Zuid`). */
function nameBody(naam: string): string {
  return naam
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+')
}

/** A mention in running text: whole word, case-insensitive. */
function mentionPattern(naam: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${nameBody(naam)}(?![\\p{L}\\p{N}])`, 'iu')
}

/** A heading about the GIO: the whole opschrift is the naam, or the naam stands in parentheses in it. */
function headingPattern(naam: string): RegExp {
  const body = nameBody(naam)
  return new RegExp(`^\\s*${body}\\s*$|\\(\\s*${body}\\s*\\)`, 'iu')
}

function innermostNaming(ctx: InlineContext, re: RegExp): Kop | undefined {
  for (let i = ctx.koppen.length - 1; i >= 0; i--) {
    const kop = ctx.koppen[i]
    if (kop?.nummer !== undefined && kop.opschrift !== undefined && re.test(kop.opschrift)) return kop
  }
  return undefined
}

function linkFirst(inlines: readonly Inline[], naam: string, re: RegExp): readonly Inline[] {
  for (let i = 0; i < inlines.length; i++) {
    const node = inlines[i]
    if (node?.type !== 'text') continue
    const m = re.exec(node.value)
    if (!m) continue
    const before = node.value.slice(0, m.index)
    const after = node.value.slice(m.index + m[0].length)
    const pos = node.position ? { position: node.position } : {}
    const parts: Inline[] = []
    if (before !== '') parts.push({ type: 'text', value: before, ...pos } satisfies Text)
    parts.push({ type: 'intIoRef', gio: naam, value: m[0], ...pos } satisfies IntIoRef)
    if (after !== '') parts.push({ type: 'text', value: after, ...pos } satisfies Text)
    return [...inlines.slice(0, i), ...parts, ...inlines.slice(i + 1)]
  }
  return inlines
}
