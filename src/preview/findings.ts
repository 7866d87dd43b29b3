/**
 * Places findings in the page: at the text element they concern (wId/eId in data or xpath, line in the besluit, source
 * line via the writers' trace, OW identificatie), at a GIO's map (its IO/GML file, OW Locatie), or only in the summary.
 */
import { describeSource, type Finding, type Severity, type Span, visibleLineBreaks } from '../model/index.js'
import { type Html, h } from './html.js'
import type { OwPlace } from './ow.js'
import type { PackageView } from './package-view.js'

export interface PlacedFinding {
  readonly finding: Finding
  /** HTML id of the inline copy, `bevinding-3`. */
  readonly id: string
  /** Where the inline copy is: `#w-<wId>` or `#gio-<n>`; absent when only the summary shows it. */
  readonly href?: string
}

export interface FindingPlacement {
  readonly all: readonly PlacedFinding[]
  /** Host wId → findings shown at the top of that element. */
  readonly byWId: ReadonlyMap<string, readonly PlacedFinding[]>
  /** GIO anchor → findings shown in its map section. */
  readonly byGio: ReadonlyMap<string, readonly PlacedFinding[]>
}

export interface TextIndex {
  /** Every wId in the besluit → the wId of the element whose block shows its findings (itself, or a block ancestor). */
  readonly hostOf: ReadonlyMap<string, string>
  readonly wIdOfEId: ReadonlyMap<string, string>
  /** Start line of each element with a wId, in document order. */
  readonly lines: readonly { readonly line: number; readonly wId: string }[]
  /** wId → lines of the source text it came from (visie's own packages), for findings that only know `source`. */
  readonly sourceSpans?: ReadonlyMap<string, Span>
}

const SEVERITIES: readonly Severity[] = ['blokkerend', 'waarschuwing', 'informatie']

export function placeFindings(
  findings: readonly Finding[],
  view: PackageView,
  index: TextIndex,
  owPlaces: ReadonlyMap<string, OwPlace> = new Map(),
): FindingPlacement {
  const byWId = new Map<string, PlacedFinding[]>()
  const byGio = new Map<string, PlacedFinding[]>()
  const gioOfFile = new Map<string, string>()
  for (const io of view.informatieobjecten) {
    if (io.ioFile) gioOfFile.set(io.ioFile, io.anchor)
    if (io.dataFile) gioOfFile.set(io.dataFile, io.anchor)
  }
  const all = findings.map((finding, i): PlacedFinding => {
    const id = `bevinding-${i + 1}`
    const file = finding.at?.file
    const owPlace = typeof finding.data.identificatie === 'string' ? owPlaces.get(finding.data.identificatie) : undefined
    const gio = (file ? gioOfFile.get(file) : undefined) ?? owPlace?.gio
    if (gio) {
      push(byGio, gio, { finding, id, href: `#${gio}` })
      return { finding, id, href: `#${gio}` }
    }
    const wId =
      wIdOf(finding, index, file !== undefined && file === view.besluitFile) ??
      (file === undefined ? bySource(finding, index) : undefined) ??
      owPlace?.wId
    const host = wId ? index.hostOf.get(wId) : undefined
    if (!host) return { finding, id }
    push(byWId, host, { finding, id, href: `#w-${host}` })
    return { finding, id, href: `#w-${host}` }
  })
  return { all, byWId, byGio }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function wIdOf(f: Finding, index: TextIndex, inBesluit: boolean): string | undefined {
  const fromData = typeof f.data.wId === 'string' ? f.data.wId : undefined
  if (fromData && index.hostOf.has(fromData)) return fromData
  const xpath = f.at?.xpath ?? ''
  const w = /@wId\s*=\s*['"]([^'"]+)['"]/.exec(xpath)?.[1]
  if (w && index.hostOf.has(w)) return w
  const eId = (typeof f.data.eId === 'string' ? f.data.eId : undefined) ?? /@eId\s*=\s*['"]([^'"]+)['"]/.exec(xpath)?.[1]
  if (eId && index.wIdOfEId.has(eId)) return index.wIdOfEId.get(eId)
  const line = f.at?.line
  if (!inBesluit || line === undefined) return undefined
  let found: string | undefined
  for (const l of index.lines) {
    if (l.line > line) break
    found = l.wId
  }
  return found
}

/** The wId whose source span is the narrowest one holding the finding's source line. */
function bySource(f: Finding, index: TextIndex): string | undefined {
  const line = f.source?.line
  if (line === undefined || !index.sourceSpans) return undefined
  let best: string | undefined
  let bestSize = Infinity
  for (const [wId, span] of index.sourceSpans) {
    const last = span.end.column > 1 ? span.end.line : span.end.line - 1
    if (span.start.line > line || last < line || !index.hostOf.has(wId)) continue
    const size = last - span.start.line
    if (size < bestSize) {
      best = wId
      bestSize = size
    }
  }
  return best
}

/** `wId="…"` attributes with their line numbers, from the besluit's text (the parser keeps no positions). */
export function wIdLines(text: string): { line: number; wId: string }[] {
  const out: { line: number; wId: string }[] = []
  const re = /\bwId\s*=\s*["']([^"']*)["']/g
  let line = 1
  let nl = text.indexOf('\n')
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (nl !== -1 && nl < m.index) {
      line++
      nl = text.indexOf('\n', nl + 1)
    }
    out.push({ line, wId: m[1] as string })
  }
  return out
}

const LABEL: Readonly<Record<Severity, string>> = { blokkerend: 'blokkerend', waarschuwing: 'waarschuwing', informatie: 'informatie' }

export function findingItem(p: PlacedFinding, withLink: boolean): Html {
  const f = p.finding
  const where = f.at ? [visibleLineBreaks(f.at.file), f.at.line !== undefined ? `regel ${f.at.line}` : undefined].filter(Boolean).join(', ') : undefined
  const source = f.source ? `bron: ${describeSource(f.source)}` : undefined
  return h(
    'li',
    { class: `finding finding-${f.severity}`, id: withLink ? undefined : p.id },
    h('span', { class: 'finding-code' }, f.code),
    ' ',
    h('span', { class: 'finding-severity' }, LABEL[f.severity]),
    ' ',
    visibleLineBreaks(f.message),
    where || source ? h('span', { class: 'finding-where' }, ` (${[where, source].filter(Boolean).join('; ')})`) : undefined,
    withLink && p.href ? [' ', h('a', { href: `#${p.id}` }, 'naar de plek')] : undefined,
  )
}

/** Findings shown inside an element or map section. */
export function inlineFindings(list: readonly PlacedFinding[] | undefined): Html {
  if (!list || list.length === 0) return undefined
  return h('aside', { class: 'findings-inline', 'aria-label': 'Bevindingen hier' }, h('ul', {}, list.map((p) => findingItem(p, false))))
}

/** `all`: every finding of the report, for the counts (the list may show a long run of one code cut short, repeats.ts). */
export function findingsSummary(note: string | undefined, placement: FindingPlacement, all: readonly Finding[] = placement.all.map((p) => p.finding)): Html {
  const counts = SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length] as const)
  const intro =
    placement.all.length === 0
      ? h('p', { class: 'findings-none' }, 'Geen bevindingen.')
      : h('p', {}, counts.map(([s, n], i) => [i > 0 ? ', ' : '', h('strong', { class: `count-${s}` }, String(n)), ` ${s}`]), '.')
  return h(
    'section',
    { id: 'bevindingen', 'aria-labelledby': 'bevindingen-kop', class: 'findings-summary' },
    h('h2', { id: 'bevindingen-kop' }, 'Bevindingen'),
    note ? h('p', { class: 'findings-note' }, note) : undefined,
    intro,
    placement.all.length > 0 ? h('ol', {}, placement.all.map((p) => findingItem(p, true))) : undefined,
  )
}
