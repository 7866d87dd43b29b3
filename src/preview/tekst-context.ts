/**
 * What the text renderer may look up while rendering: informatieobjecten by expression/work, IntRef/IntIoRef
 * targets, images as data: URIs, and the findings and OW annotations to show at an element (by wId).
 */
import { type FindingPlacement, inlineFindings } from './findings.js'
import { type Html, h } from './html.js'
import type { OwAnnotation, OwLink, OwView } from './ow.js'
import type { Informatieobject } from './package-view.js'

export interface TekstContext {
  readonly informatieobject: (ref: string) => Informatieobject | undefined
  /** IntIoRef@ref (wId or eId of an ExtIoRef) → that ExtIoRef's @ref. */
  readonly extIoRefTarget: (ref: string) => string | undefined
  /** IntRef@ref (eId, optionally `!component#eId`) → the wId of the element it names. */
  readonly intRefTarget: (ref: string) => string | undefined
  readonly imageUri: (naam: string) => string | undefined
  readonly placement: FindingPlacement
  readonly ow: OwView
  /** wIds whose findings were shown inline; the summary links only to these. */
  readonly rendered: Set<string>
  /** The HTML id for an element with this wId (`w-<wId>`), only the first time: a repeated wId gets none. */
  readonly anchor: (wId: string | undefined) => string | undefined
}

/** A fresh `anchor` function for one page. */
export function anchors(): (wId: string | undefined) => string | undefined {
  const used = new Set<string>()
  return (wId) => {
    if (wId === undefined || used.has(wId)) return undefined
    used.add(wId)
    return `w-${wId}`
  }
}



export function findingsFor(ctx: TekstContext, wId: string): Html {
  const list = ctx.placement.byWId.get(wId)
  if (!list || ctx.rendered.has(wId)) return undefined
  ctx.rendered.add(wId)
  return inlineFindings(list)
}

export function owAside(ctx: TekstContext, wId: string): Html {
  const annotations = ctx.ow.byWId.get(wId)
  if (!annotations || annotations.length === 0) return undefined
  return h('aside', { class: 'ow', 'aria-label': 'OW-annotaties' }, annotations.map(annotation))
}

function annotation(a: OwAnnotation): Html {
  const rows: [string, readonly OwLink[]][] = [
    ['Hoofdlijn', a.hoofdlijnen],
    ['Thema', a.themas],
    ['Gebiedsaanwijzing', a.gebiedsaanwijzingen],
    ['Locatie', a.locaties],
  ]
  return h(
    'dl',
    { class: 'ow-tekstdeel', title: a.tekstdeel },
    rows
      .filter(([, links]) => links.length > 0)
      .map(([label, links]) =>
        h('div', {}, h('dt', {}, label), h('dd', {}, links.map((l, i) => [i > 0 ? '; ' : '', l.href ? h('a', { href: l.href }, l.label) : l.label]))),
      ),
    a.idealisatie ? h('div', {}, h('dt', {}, 'Idealisatie'), h('dd', {}, a.idealisatie)) : undefined,
  )
}
