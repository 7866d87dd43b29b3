import { describe, expect, test } from 'vitest'
import type { Geometrie } from '../../src/preview/gml.js'
import { renderHtml } from '../../src/preview/html.js'
import { MAX_POINTABLE, renderMap } from '../../src/preview/map.js'

/** A 1000 × 500 m rectangle in RD New, drawn counter-clockwise from the south-west corner. */
const rect: Geometrie = {
  polygons: [{ exterior: [200000, 500000, 201000, 500000, 201000, 500500, 200000, 500500, 200000, 500000], interiors: [] }],
  lines: [],
  points: [],
}

function draw(naam: string, g: Geometrie): string {
  return renderHtml(renderMap({ id: 'k', title: 'Kaart', layers: [{ label: 'gebied', colour: 0, shapes: [{ naam, geometrie: g }] }] }))
}

describe('renderMap', () => {
  const svg = draw('Zuid <west> & co', rect)
  const d = /<g class="loc"[^>]*>.*?<path d="([^"]+)"/.exec(svg)?.[1] ?? ''
  const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)

  test('keeps the aspect ratio and flips y (north up)', () => {
    expect(points).toHaveLength(5)
    const [sw, se, ne] = points as unknown as [readonly [number, number], readonly [number, number], readonly [number, number]]
    expect((se[0] - sw[0]) / (sw[1] - ne[1])).toBeCloseTo(2, 5) // 1000 m wide, 500 m high
    expect(ne[1]).toBeLessThan(se[1]) // the northern edge is higher on screen
    expect(d.endsWith('Z')).toBe(true)
  })

  test('gives a round scale bar length and a north arrow', () => {
    // 1000 m over 720 px (800 minus two 40 px margins): a quarter of the 800 px map is ~278 m, so the bar is 200 m.
    expect(/<g class="map-scale"[^>]*>.*?<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1]).toBe('200 m')
    expect(svg).toContain('<g class="map-north" aria-hidden="true">')
  })

  test('names each Locatie for hover, focus and screen readers, escaped once', () => {
    expect(svg).toContain('<g class="loc" role="img" tabindex="0" data-naam="Zuid &lt;west&gt; &amp; co" aria-label="Zuid &lt;west&gt; &amp; co"><title>Zuid &lt;west&gt; &amp; co</title>')
  })

  test('says so when there is nothing to draw', () => {
    expect(draw('leeg', { polygons: [], lines: [], points: [] })).toBe('<p class="map-empty">Kaart: geen tekenbare geometrie gevonden.</p>')
  })

  test('a layer of more than MAX_POINTABLE Locaties is one path, named once; the Tab stop goes to the next layer', () => {
    const square = (i: number): Geometrie => {
      const x = 200000 + (i % 100) * 20
      const y = 500000 + Math.floor(i / 100) * 20
      return { polygons: [{ exterior: [x, y, x + 10, y, x + 10, y + 10, x, y + 10, x, y], interiors: [] }], lines: [], points: [] }
    }
    const many = Array.from({ length: MAX_POINTABLE + 1 }, (_, i) => ({ naam: `vlak ${i + 1}`, geometrie: square(i) }))
    const punt: Geometrie = { polygons: [], lines: [], points: [200500, 500500] }
    const svg = renderHtml(
      renderMap({
        id: 'k',
        title: 'Kaart',
        layers: [
          { label: 'wonen', colour: 0, shapes: [...many, { naam: 'punt', geometrie: punt }] },
          { label: 'binnenstad', colour: 1, shapes: [{ naam: 'centrum', geometrie: rect }] },
        ],
      }),
    )
    const whole = /<g class="map-layer map-layer-geheel"[^>]*aria-label="([^"]*)"[^>]*><title>[^<]*<\/title><path d="([^"]*)"><\/path><\/g>/.exec(svg)
    expect(whole?.[1]).toBe(`wonen: ${MAX_POINTABLE + 2} Locaties, samen getekend (te veel om ze elk aan te wijzen)`)
    // Every square a closed subpath, the point a disc of two arcs.
    expect(whole?.[2]?.match(/Z/g)).toHaveLength(MAX_POINTABLE + 1)
    expect(whole?.[2]?.match(/a4 4 0 1 0 8 0a4 4 0 1 0-8 0/g)).toHaveLength(1)
    expect(svg.match(/class="loc"/g)).toHaveLength(1)
    expect(svg).toContain('<g class="loc" role="img" tabindex="0" data-naam="centrum"')
  })

  test('a layer of MAX_POINTABLE Locaties keeps a shape per Locatie', () => {
    const shapes = Array.from({ length: MAX_POINTABLE }, (_, i) => ({ naam: `r${i}`, geometrie: rect }))
    const svg = renderHtml(renderMap({ id: 'k', title: 'Kaart', layers: [{ label: 'gebied', colour: 0, shapes }] }))
    expect(svg.match(/class="loc"/g)).toHaveLength(MAX_POINTABLE)
    expect(svg).not.toContain('map-layer-geheel')
  })
})
