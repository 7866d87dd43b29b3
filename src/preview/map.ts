/**
 * Draws GIO geometry as an inline SVG map in RD coordinates: uniform scale (true aspect ratio), y flipped, a scale
 * bar, a north arrow, an HTML legend, optional ambtsgebied outline as context. Each Locatie is a focusable shape
 * whose naam shows on hover (title), click and keyboard focus (the page script fills the map's output).
 */
import type { Coords, Geometrie } from './gml.js'
import { type Html, h } from './html.js'

export interface MapShape {
  /** The Locatie naam, or the GIO naam when the Locatie has none. */
  readonly naam: string
  readonly geometrie: Geometrie
}

export interface MapLayer {
  readonly label: string
  /** Colour index into the palette. */
  readonly colour: number
  /** Link target for the legend entry (`#gio-1`). */
  readonly href?: string
  readonly shapes: readonly MapShape[]
}

export interface MapSpec {
  /** Unique HTML id of the figure. */
  readonly id: string
  readonly title: string
  readonly layers: readonly MapLayer[]
  readonly context?: { readonly naam: string; readonly geometrie: Geometrie }
}

/** Okabe–Ito, distinguishable with colour-blindness. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const

const MAX_W = 800
const MAX_H = 640
const PAD = 24
/** Points closer than this (px) to the previously drawn point are dropped: the map never needs finer detail. */
const MIN_STEP = 0.4

interface Frame {
  readonly minX: number
  readonly maxY: number
  readonly scale: number
  readonly width: number
  readonly height: number
}

export function renderMap(spec: MapSpec): Html {
  const geoms = spec.layers.flatMap((l) => l.shapes.map((s) => s.geometrie))
  if (spec.context) geoms.push(spec.context.geometrie)
  const frame = frameFor(geoms)
  const titleId = `${spec.id}-titel`
  if (!frame) return h('p', { class: 'map-empty' }, `${spec.title}: geen tekenbare geometrie gevonden.`)
  const svg = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      width: frame.width,
      height: frame.height,
      role: 'group',
      'aria-labelledby': titleId,
      class: 'map',
    },
    h('title', { id: titleId }, spec.title),
    h('rect', { x: 0, y: 0, width: frame.width, height: frame.height, class: 'map-bg' }),
    spec.context ? contextShape(spec.context.naam, spec.context.geometrie, frame) : undefined,
    spec.layers.map((layer) => layerGroup(layer, frame)),
    scaleBar(frame),
    northArrow(frame),
  )
  return h(
    'figure',
    { class: 'map-figure', id: spec.id },
    svg,
    h('figcaption', {}, h('span', { class: 'map-caption' }, spec.title), legend(spec)),
    h('p', { class: 'map-info' }, h('output', { 'aria-live': 'polite' }, 'Wijs of klik een gebied aan (of gebruik Tab) om de naam te zien.')),
  )
}

function frameFor(geoms: readonly Geometrie[]): Frame | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
  const take = (c: Coords) => {
    for (let i = 0; i + 1 < c.length; i += 2) {
      const x = c[i] as number, y = c[i + 1] as number
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
  }
  for (const g of geoms) {
    for (const p of g.polygons) take(p.exterior)
    for (const l of g.lines) take(l)
    take(g.points)
  }
  if (!Number.isFinite(minX)) return undefined
  const dx = Math.max(maxX - minX, 1)
  const dy = Math.max(maxY - minY, 1)
  const scale = Math.min((MAX_W - 2 * PAD) / dx, (MAX_H - 2 * PAD) / dy)
  return {
    minX: minX - PAD / scale,
    maxY: maxY + PAD / scale,
    scale,
    width: Math.ceil(dx * scale + 2 * PAD),
    height: Math.ceil(dy * scale + 2 * PAD),
  }
}

function pathData(g: Geometrie, f: Frame): string {
  const parts: string[] = []
  for (const p of g.polygons) {
    for (const ring of [p.exterior, ...p.interiors]) parts.push(ringPath(ring, f, true))
  }
  for (const l of g.lines) parts.push(ringPath(l, f, false))
  return parts.join('')
}

function ringPath(c: Coords, f: Frame, close: boolean): string {
  const out: string[] = []
  let lastX = NaN, lastY = NaN
  const n = c.length / 2
  for (let i = 0; i < n; i++) {
    const x = ((c[2 * i] as number) - f.minX) * f.scale
    const y = (f.maxY - (c[2 * i + 1] as number)) * f.scale
    if (i > 0 && i < n - 1 && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) continue
    out.push(`${out.length === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`)
    lastX = x
    lastY = y
  }
  if (out.length === 0) return ''
  return close ? `${out.join('')}Z` : out.join('')
}

function round(v: number): string {
  return (Math.round(v * 10) / 10).toString()
}

function shape(naam: string, g: Geometrie, f: Frame, attrs: Readonly<Record<string, string>>): Html {
  const d = pathData(g, f)
  const points: Html[] = []
  for (let i = 0; i + 1 < g.points.length; i += 2) {
    points.push(h('circle', { cx: round(((g.points[i] as number) - f.minX) * f.scale), cy: round((f.maxY - (g.points[i + 1] as number)) * f.scale), r: 4 }))
  }
  return h('g', { ...attrs, tabindex: 0, 'data-naam': naam, 'aria-label': naam }, h('title', {}, naam), d ? h('path', { d }) : undefined, points)
}

function contextShape(naam: string, g: Geometrie, f: Frame): Html {
  return h('g', { class: 'map-context', 'aria-hidden': 'true' }, h('title', {}, naam), h('path', { d: pathData(g, f) }))
}

function layerGroup(layer: MapLayer, f: Frame): Html {
  const colour = PALETTE[layer.colour % PALETTE.length] as string
  return h(
    'g',
    { class: 'map-layer', fill: colour, stroke: colour },
    layer.shapes.map((s) => shape(s.naam, s.geometrie, f, { class: 'loc' })),
  )
}

function scaleBar(f: Frame): Html {
  const target = f.width / 4 / f.scale
  const pow = 10 ** Math.floor(Math.log10(target))
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= target) ?? pow
  const len = metres * f.scale
  const x = PAD / 2, y = f.height - PAD / 2
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
  return h(
    'g',
    { class: 'map-scale', 'aria-hidden': 'true' },
    h('path', { d: `M${round(x)} ${round(y - 6)}V${round(y)}H${round(x + len)}V${round(y - 6)}` }),
    h('text', { x: round(x + len / 2), y: round(y - 8), 'text-anchor': 'middle' }, label),
  )
}

function northArrow(f: Frame): Html {
  const x = f.width - PAD, y = PAD
  return h(
    'g',
    { class: 'map-north', 'aria-hidden': 'true' },
    h('path', { d: `M${x} ${y - 14}L${x + 7} ${y + 8}L${x} ${y + 3}L${x - 7} ${y + 8}Z` }),
    h('text', { x, y: y + 22, 'text-anchor': 'middle' }, 'N'),
  )
}

function legend(spec: MapSpec): Html {
  const items: Html[] = spec.layers.map((layer) => {
    const colour = PALETTE[layer.colour % PALETTE.length] as string
    const swatch = h('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' })
    return h('li', {}, swatch, layer.href ? h('a', { href: layer.href }, layer.label) : layer.label)
  })
  if (spec.context) items.push(h('li', {}, h('span', { class: 'swatch swatch-context', 'aria-hidden': 'true' }), spec.context.naam))
  return h('ul', { class: 'legend', 'aria-label': 'Legenda' }, items)
}
