/**
 * Links GIO mentions in the visie's running text as IntIoRef (stop-lvbb.md §4.3, product.md §6): in a
 * numbered Divisie whose heading IS the GIO naam (`4.4.1 Binnenstad`, `4.4.8 Werklandschap Assen-Zuid`) or
 * names it in parentheses (`4.4.3 Wijken (wijkaanpak)`), the first mention of that naam in its paragraphs
 * becomes an IntIoRef. Conservative on purpose: "fijn wonen" under "3.2 Wonen en woonomgeving" is a verb,
 * not the GIO `wonen`, so a heading that merely contains the naam does not count. Ids are set later.
 */
import type { Document, Inline, IntIoRef, Kop, Text } from '../model/index.js'
import { mapInlines } from './walk.js'

export function linkGioMentions(document: Document): Document {
  const namen = document.informatieobjecten.map((io) => io.naam)
  if (namen.length === 0) return document
  const order = new Map(namen.map((n, i) => [n, i] as const))
  const byKey = new Map<string, string[]>()
  for (const n of namen) byKey.set(headingKey(n), [...(byKey.get(headingKey(n)) ?? []), n])
  const patterns = new Map<string, RegExp>()
  const named = new Map<Kop, readonly string[]>()
  const namesOf = (kop: Kop): readonly string[] => {
    let found = named.get(kop)
    if (found === undefined) {
      found = kop.nummer === undefined || kop.opschrift === undefined ? [] : headingKeys(kop.opschrift).flatMap((k) => byKey.get(k) ?? [])
      named.set(kop, found)
    }
    return found
  }
  const linked = new Set<string>()
  // Per paragraph only the GIOs its own headings name are tried: a lookup per heading, not every naam per
  // paragraph (8 000 Bijlage I rows made that quadratic).
  return mapInlines(document, (inlines, ctx) => {
    if (ctx.scope !== 'regeling' || ctx.kind !== 'al') return inlines
    const innermost = new Map<string, Kop>()
    for (let i = ctx.koppen.length - 1; i >= 0; i--) {
      const kop = ctx.koppen[i] as Kop
      for (const n of namesOf(kop)) if (!innermost.has(n)) innermost.set(n, kop)
    }
    let out: readonly Inline[] = inlines
    for (const naam of [...innermost.keys()].sort((a, b) => (order.get(a) as number) - (order.get(b) as number))) {
      const kop = innermost.get(naam) as Kop
      const key = `${kop.nummer ?? ''}|${kop.opschrift ?? ''}|${naam}`
      if (linked.has(key)) continue
      const re = patterns.get(naam) ?? mentionPattern(naam)
      patterns.set(naam, re)
      const next = linkFirst(out, naam, re)
      if (next !== out) {
        linked.add(key)
        out = next
      }
    }
    return out
  })
}

/** A naam or heading as compared: case-insensitive, runs of spaces and hyphens as one space (`Assen-Zuid` ~ `Assen Zuid`). */
function headingKey(text: string): string {
  return text.trim().replace(/[\s-]+/gu, ' ').toLowerCase()
}

/** A heading about a GIO: the whole opschrift is the naam, or the naam stands in parentheses in it. */
function headingKeys(opschrift: string): string[] {
  return [headingKey(opschrift), ...[...opschrift.matchAll(/\(([^()]*)\)/gu)].map((m) => headingKey(m[1] as string))]
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
