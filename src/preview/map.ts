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
  /** Shown under the map (e.g. that the geometry is schematic). */
  readonly note?: string
  /** Frame the layers rather than the context: the context outline is cut off, but never shrinks the layers to a dot. */
  readonly focus?: boolean
}

/** Okabe–Ito, then Paul Tol's muted colours: distinguishable with colour-blindness; repeats after 14 layers. */
export const PALETTE = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442',
  '#882255', '#44AA99', '#999933', '#332288', '#AA4499', '#888888',
] as const

/** Minimum share of the context's extent a focused map shows, so the surroundings stay recognisable. */
const FOCUS_MIN_SHARE = 0.25

const MAX_W = 800
const MAX_H = 640
/** Margin around the geometry; the scale bar and north arrow sit in it, clear of the shapes. */
const PAD = 40
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
  const layerBox = boxOf(spec.layers.flatMap((l) => l.shapes.map((s) => s.geometrie)))
  const contextBox = spec.context ? boxOf([spec.context.geometrie]) : undefined
  const frame = frameFor(spec.focus ? focusBox(layerBox, contextBox) : union(layerBox, contextBox))
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
    spec.layers.map((layer, i) => layerGroup(layer, frame, i === spec.layers.findIndex(pointable))),
    scaleBar(frame),
    northArrow(frame),
    spec.focus && spec.context && contextBox ? locator(spec.context.geometrie, contextBox, frame) : undefined,
  )
  return h(
    'figure',
    { class: 'map-figure', id: spec.id },
    svg,
    h('figcaption', {}, h('span', { class: 'map-caption' }, spec.title), legend(spec), spec.note ? h('p', { class: 'map-note' }, spec.note) : undefined),
    h('p', { class: 'map-info' }, h('output', { 'aria-live': 'polite' }, 'Wijs of klik een gebied aan om de naam te zien, of ga met Tab naar de kaart en gebruik de pijltjestoetsen.')),
  )
}

interface Box {
  readonly minX: number
  readonly minY: number
  readonly maxX: number
  readonly maxY: number
}

function boxOf(geoms: readonly Geometrie[]): Box | undefined {
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
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : undefined
}

function union(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a || !b) return a ?? b
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) }
}

/** The layers' box, grown (around its centre) to at least FOCUS_MIN_SHARE of the context's width and height. */
function focusBox(layers: Box | undefined, context: Box | undefined): Box | undefined {
  if (!layers || !context) return layers ?? context
  const grow = (min: number, max: number, span: number): [number, number] => {
    const want = Math.max(max - min, span * FOCUS_MIN_SHARE)
    const mid = (min + max) / 2
    return [mid - want / 2, mid + want / 2]
  }
  const [minX, maxX] = grow(layers.minX, layers.maxX, context.maxX - context.minX)
  const [minY, maxY] = grow(layers.minY, layers.maxY, context.maxY - context.minY)
  return { minX, minY, maxX, maxY }
}

function frameFor(box: Box | undefined): Frame | undefined {
  if (!box) return undefined
  const { minX, minY, maxX, maxY } = box
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

function shape(naam: string, g: Geometrie, f: Frame, attrs: Readonly<Record<string, string | number>>): Html {
  const d = pathData(g, f)
  const points: Html[] = []
  for (let i = 0; i + 1 < g.points.length; i += 2) {
    points.push(h('circle', { cx: round(((g.points[i] as number) - f.minX) * f.scale), cy: round((f.maxY - (g.points[i + 1] as number)) * f.scale), r: 4 }))
  }
  return h('g', { ...attrs, 'data-naam': naam, 'aria-label': naam }, h('title', {}, naam), d ? h('path', { d }) : undefined, points)
}

const INSET = 110

/** A small overview in the top-left corner: the whole context outline and the part the main map shows. */
function locator(g: Geometrie, box: Box, main: Frame): Html {
  const mainBox = { minX: main.minX, maxY: main.maxY, maxX: main.minX + main.width / main.scale, minY: main.maxY - main.height / main.scale }
  if (mainBox.minX <= box.minX && mainBox.maxX >= box.maxX && mainBox.minY <= box.minY && mainBox.maxY >= box.maxY) return undefined
  const scale = INSET / Math.max(box.maxX - box.minX, box.maxY - box.minY, 1)
  const f: Frame = { minX: box.minX - 4 / scale, maxY: box.maxY + 4 / scale, scale, width: 0, height: 0 }
  const w = (box.maxX - box.minX) * scale + 8
  const hgt = (box.maxY - box.minY) * scale + 8
  const x = Math.max(0, (mainBox.minX - f.minX) * scale), y = Math.max(0, (f.maxY - mainBox.maxY) * scale)
  const rw = Math.min(w, (mainBox.maxX - f.minX) * scale) - x, rh = Math.min(hgt, (f.maxY - mainBox.minY) * scale) - y
  return h(
    'g',
    { class: 'map-locator', transform: 'translate(8 8)', 'aria-hidden': 'true' },
    h('rect', { x: 0, y: 0, width: round(w), height: round(hgt), class: 'map-locator-bg' }),
    h('path', { d: pathData(g, f), class: 'map-locator-context' }),
    h('rect', { x: round(x), y: round(y), width: round(Math.max(rw, 2)), height: round(Math.max(rh, 2)), class: 'map-locator-frame' }),
  )
}

function contextShape(naam: string, g: Geometrie, f: Frame): Html {
  return h('g', { class: 'map-context', 'aria-hidden': 'true' }, h('title', {}, naam), h('path', { d: pathData(g, f) }))
}

/**
 * Locaties in a layer up to which each is drawn as its own shape that can be pointed at and reached with the keys.
 * A layer with more (a GIO of 90 000 Locaties) is drawn as one shape: 90 000 named groups (twice: on the overview
 * and on the GIO's own map) made the page 32 MB and the preview 1.4 GB, and nobody steps through them with the keys.
 */
export const MAX_POINTABLE = 2_000

const pointable = (layer: MapLayer): boolean => layer.shapes.length <= MAX_POINTABLE

/** Roving focus: one Tab stop per map (its first Locatie), the arrow keys move between Locaties (page script). */
function layerGroup(layer: MapLayer, f: Frame, first: boolean): Html {
  const colour = PALETTE[layer.colour % PALETTE.length] as string
  if (!pointable(layer)) return wholeLayer(layer, f, colour)
  return h(
    'g',
    { class: 'map-layer', fill: colour, stroke: colour },
    layer.shapes.map((s, i) => shape(s.naam, s.geometrie, f, { class: 'loc', role: 'img', tabindex: first && i === 0 ? 0 : -1 })),
  )
}

/** Every Locatie of the layer in one path (a point as a small disc), named once for the whole layer. */
function wholeLayer(layer: MapLayer, f: Frame, colour: string): Html {
  const d: string[] = []
  for (const s of layer.shapes) {
    d.push(pathData(s.geometrie, f))
    const p = s.geometrie.points
    for (let i = 0; i + 1 < p.length; i += 2) {
      const x = ((p[i] as number) - f.minX) * f.scale
      const y = (f.maxY - (p[i + 1] as number)) * f.scale
      d.push(`M${round(x - 4)} ${round(y)}a4 4 0 1 0 8 0a4 4 0 1 0-8 0`)
    }
  }
  const label = `${layer.label}: ${layer.shapes.length} Locaties, samen getekend (te veel om ze elk aan te wijzen)`
  return h('g', { class: 'map-layer map-layer-geheel', fill: colour, stroke: colour, role: 'img', 'aria-label': label }, h('title', {}, label), h('path', { d: d.join('') }))
}

function scaleBar(f: Frame): Html {
  const target = f.width / 4 / f.scale
  const pow = 10 ** Math.floor(Math.log10(target))
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= target) ?? pow
  const len = metres * f.scale
  const x = 12, y = f.height - 10
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
  return h(
    'g',
    { class: 'map-scale', 'aria-hidden': 'true' },
    h('path', { d: `M${round(x)} ${round(y - 6)}V${round(y)}H${round(x + len)}V${round(y - 6)}` }),
    h('text', { x: round(x + len / 2), y: round(y - 8), 'text-anchor': 'middle' }, label),
  )
}

function northArrow(f: Frame): Html {
  const x = f.width - 20
  return h(
    'g',
    { class: 'map-north', 'aria-hidden': 'true' },
    h('path', { d: `M${x} 4L${x + 6} 22L${x} 18L${x - 6} 22Z` }),
    h('text', { x, y: 36, 'text-anchor': 'middle' }, 'N'),
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
