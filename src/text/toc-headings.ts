/**
 * The table of contents as a second witness of the outline. A heading whose form the reader does not know (its number
 * only in a graphic, in a circle far from its title, after a symbol) is still listed in the contents with its number;
 * without it, the sections below it miss the outline too. Where an entry of the contents has no heading of that number
 * in a first reading, the one line (or two, for a title that wraps) between the headings of the entries before and
 * after it that reads as the entry's title, with or without its number, is planned as that heading, and the block
 * reader reads again with it (BlockOptions.planned, next to the headings it finds itself). Nothing is planned where
 * the title is not found exactly once in its place. A heading read with the first line of its title only, where the
 * contents gives the title whole and the next lines (up to three) complete it, is planned again over those lines.
 */
import { titleKey as key, type TextBlock } from './blocks.js'
import type { SourceLine } from './lines.js'
import type { PlannedHeading } from './local-outline.js'

/** A decimal number (`4`, `4.1`, `2.2.1`) as its parts; undefined for other numbers. */
function decimal(nummer: string): number[] | undefined {
  return /^\d{1,2}(?:\.\d{1,2})*$/u.test(nummer) ? nummer.split('.').map(Number) : undefined
}


/**
 * The headings the contents lists (`entries`: number → title, in the contents' order) that the first reading
 * (`blocks` of `lines`) did not find, by index into `lines`; undefined when there is none to add.
 */
export function tocPlan(lines: readonly SourceLine[], entries: ReadonlyMap<string, string>, blocks: readonly TextBlock[]): Map<number, PlannedHeading> | undefined {
  const listed = [...entries].filter(([nummer]) => decimal(nummer) !== undefined)
  if (listed.length < 3) return undefined
  const index = new Map(lines.map((l, k) => [l.line, k]))
  const found = new Map<string, number>()
  const offsets = new Map<number, number>()
  const out = new Map<number, PlannedHeading>()
  let parts = false
  for (const b of blocks) {
    if (b.kind !== 'heading') continue
    if (b.label === 'Deel' || b.label === 'Onderdeel') parts = true
    const path = decimal(b.nummer)
    if (!path) continue
    // A heading of a listed number but another title (a numbered line read as a heading) is no anchor.
    const title = entries.get(b.nummer)
    const same = title === undefined || key(b.opschrift).startsWith(key(title)) || key(title).startsWith(key(b.opschrift))
    const k = index.get(b.from) ?? -1
    if (same && !found.has(b.nummer)) {
      found.set(b.nummer, k)
      // A title that wraps, read as its first line only: the contents has it whole, and the next lines (up to three)
      // complete it.
      if (title !== undefined && b.level !== undefined && b.from === b.to && key(b.opschrift) !== key(title)) {
        let opschrift = b.opschrift
        for (let span = 2; span <= 4 && lines[k + span - 1] !== undefined; span++) {
          opschrift = `${opschrift} ${(lines[k + span - 1] as SourceLine).text}`
          if (!key(title).startsWith(key(opschrift))) break
          if (key(opschrift) !== key(title)) continue
          out.set(k, { ...(b.label !== undefined ? { label: b.label } : {}), nummer: b.nummer, opschrift, level: b.level, span })
          break
        }
      }
    }
    if (b.level !== undefined) offsets.set(b.level - path.length, (offsets.get(b.level - path.length) ?? 0) + 1)
  }
  if (listed.every(([nummer]) => found.has(nummer))) return out.size > 0 ? out : undefined
  // The outline's levels may sit below a part (`Deel A`): the offset of the decimal headings read, else of the parts.
  const offset = [...offsets].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (parts ? 1 : 0)
  const keys = lines.map((l) => key(l.text))
  // Where each line's text, and each two lines' text together (a title that wraps), stands: looked up per entry.
  const single = new Map<string, number[]>()
  const paired = new Map<string, number[]>()
  const put = (map: Map<string, number[]>, text: string, k: number): void => {
    const own = map.get(text)
    if (own) own.push(k)
    else map.set(text, [k])
  }
  keys.forEach((text, k) => {
    if (text === '') return
    put(single, text, k)
    const next = keys[k + 1]
    if (next !== undefined && next !== '') put(paired, `${text} ${next}`, k)
  })
  /** Whether lines k … k + span - 1 open or close their page. */
  const edge = (k: number, span: number): boolean => {
    const first = lines[k] as SourceLine
    const last = lines[k + span - 1] as SourceLine
    return k === 0 || (lines[k - 1] as SourceLine).page !== first.page || k + span >= lines.length || (lines[k + span] as SourceLine).page !== last.page
  }
  let after = -1
  listed.forEach(([nummer, title], e) => {
    const own = found.get(nummer)
    if (own !== undefined) {
      after = own
      return
    }
    const next = listed.slice(e + 1).find(([n]) => found.has(n))
    const before = next ? (found.get(next[0]) as number) : lines.length
    const at: { k: number; span: number }[] = []
    for (const want of new Set([key(title), key(`${nummer} ${title}`), key(`${title} ${nummer}`)])) {
      for (const k of single.get(want) ?? []) if (k > after && k < before) at.push({ k, span: 1 })
      for (const k of paired.get(want) ?? []) if (k > after && k + 1 < before && !at.some((a) => a.k === k)) at.push({ k, span: 2 })
    }
    at.sort((a, b) => a.k - b.k)
    // A chapter's title also heads its later pages (a running header the furniture reader kept, not knowing the
    // heading): of several, the ones at a page's edge are such copies.
    const placed = at.length > 1 ? at.filter((a) => !edge(a.k, a.span)) : at
    if (placed.length !== 1) return
    let { k, span } = placed[0] as { k: number; span: number }
    // The number set apart above its title (`4` | `Veelzijdig buitengebied`) is the heading's.
    if (k - 1 > after && (lines[k - 1] as SourceLine).text.replace(/\.$/u, '') === nummer) {
      k--
      span++
    }
    const text = lines.slice(k, k + span).map((l) => l.text).join(' ')
    const number = nummer.replace(/\./gu, '\\.')
    const opschrift = text.replace(new RegExp(`^${number}\\.?\\s+|\\s+${number}$`, 'u'), '')
    out.set(k, { nummer, opschrift, level: (decimal(nummer) as number[]).length + offset, span })
    found.set(nummer, k)
    after = k
  })
  return out.size > 0 ? out : undefined
}
