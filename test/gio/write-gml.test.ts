/**
 * writeGioGml writes a posList a slice at a time: the text must be posList() of the whole ring, for a ring, a line and
 * a point, also across the slice boundaries (a ring of 10 001 vertices: 20 002 ordinates, three slices).
 */
import { describe, expect, test } from 'vitest'
import { posList, type Geometrie } from '../../src/gio/geometry.js'
import { writeGioGml } from '../../src/gio/write-gml.js'

function square(n: number): Float64Array {
  const side = n / 4
  const xy: number[] = []
  const corners = [[230000, 550000], [231000, 550000], [231000, 551000], [230000, 551000]] as const
  for (let k = 0; k < 4; k++) {
    const [x0, y0] = corners[k] as readonly [number, number]
    const [x1, y1] = corners[(k + 1) % 4] as readonly [number, number]
    for (let i = 0; i < side; i++) xy.push(Math.round((x0 + ((x1 - x0) * i) / side) * 1000) / 1000, Math.round((y0 + ((y1 - y0) * i) / side) * 1000) / 1000)
  }
  xy.push(xy[0] as number, xy[1] as number)
  return Float64Array.from(xy)
}

function gml(geometrie: Geometrie): string {
  const input = { work: '/join/id/regdata/gm0106/2025/x', expression: '/join/id/regdata/gm0106/2025/x/nld@2026-01-05;1', achtergrondVerwijzing: 'TOP10NL', achtergrondActualiteit: '2025-12-01' }
  return writeGioGml({ ...input, locaties: [{ basisgeoId: '00000000-0000-5000-8000-000000000000', geometrie }] }).toString('utf8')
}

describe('writeGioGml posList', () => {
  test.each([4, 4096, 10_000])('a ring of %i corners is written as posList() of the whole ring', (n) => {
    const ring = square(n)
    const text = gml({ soort: 'vlak', parts: [[ring]] })
    expect(text).toContain(`<gml:posList>${posList(ring)}</gml:posList>\n`)
    expect(text.match(/<gml:posList>/g)).toHaveLength(1)
  })

  test('a line and a point the same way', () => {
    const line = square(10_000).subarray(0, 20_000)
    expect(gml({ soort: 'lijn', parts: [[line]] })).toContain(`<gml:posList>${posList(line)}</gml:posList>\n`)
    expect(gml({ soort: 'punt', parts: [[Float64Array.of(230000.5, 550000.25)]] })).toContain('<gml:pos>230000.5 550000.25</gml:pos>\n')
  })
})
