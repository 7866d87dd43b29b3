/**
 * parseLargeFeature reads geometry.coordinates with a scanner into flat lists. What toRaw makes of it must be what it
 * makes of JSON.parse of the same text, and every text the scanner does not read exactly must be left to JSON.parse
 * (undefined), so that findings stay the same; readGeoJson gives the same features and findings for a large feature
 * (over LARGE_FEATURE_CHARS) as for the same feature small.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Finding } from '../../src/model/index.js'
import { rdCrs } from '../../src/gio/crs.js'
import { LARGE_FEATURE_CHARS, parseLargeFeature } from '../../src/gio/geojson-coordinates.js'
import { readGeoJson, toRaw } from '../../src/gio/read-geojson.js'

const place = { bron: 'x.geojson', feature: 1, line: 1 }

function raw(feature: unknown) {
  const findings: Finding[] = []
  const g = toRaw((feature as { geometry: unknown }).geometry, place, findings)
  return { g, findings: findings.map((f) => [f.code, f.message]) }
}

const ring = (x: number, n = 5) => Array.from({ length: n }, (_, i) => [x + (i % 4 === 1 || i % 4 === 2 ? 10 : 0), 550000 + (i % 4 >= 2 ? 10 : 0)])

describe('parseLargeFeature', () => {
  const read = [
    ['LineString', { type: 'LineString', coordinates: [[1.5, 2.25], [-3e2, 4.125e-3], [5, 6]] }],
    ['MultiLineString', { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] }],
    ['Polygon with a hole, positions with z', { type: 'Polygon', coordinates: [ring(230000).map(([x, y]) => [x, y, 12.5]), ring(230002)] }],
    ['MultiPolygon', { type: 'MultiPolygon', coordinates: [[ring(230000)], [ring(231000), ring(231002)]] }],
  ] as const
  test.each(read)('%s: the same raw geometry as JSON.parse', (_, geometry) => {
    for (const text of [
      JSON.stringify({ type: 'Feature', properties: { gio: 'wonen', coordinates: [[0, 0]] }, geometry }),
      // Laid out with white space everywhere JSON allows it, geometry first.
      JSON.stringify({ geometry, type: 'Feature', properties: { naam: 'a "b" \\ c', geometry: { coordinates: 1 } } }, null, 2).replace(/,/g, ' ,\r\n\t'),
    ]) {
      const scanned = parseLargeFeature(text)
      expect(scanned).toBeDefined()
      expect(raw(scanned)).toEqual(raw(JSON.parse(text)))
      expect((scanned as { properties: unknown }).properties).toEqual(JSON.parse(text).properties)
    }
  })

  const left = [
    ['a string among the numbers', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],["3",4]]}}'],
    ['null as a number', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[null,4]]}}'],
    ['a position of one number', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3]]}}'],
    ['a number JSON.parse makes infinite', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[1e999,4]]}}'],
    ['an empty ring', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,2],[3,4],[1,2]],[]]}}'],
    ['a Polygon nested as a LineString', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[1,2],[3,4],[1,2]]}}'],
    ['a Point', '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}}'],
    ['a MultiPoint', '{"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}}'],
    ['coordinates twice', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]],"coordinates":[[5,6],[7,8]]}}'],
    ['coordinates only in the properties', '{"type":"Feature","properties":{"coordinates":[[1,2],[3,4]]},"geometry":null}'],
    ['a leading zero', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[01,2],[3,4]]}}'],
    ['broken JSON after the coordinates', '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}'],
  ] as const
  test.each(left)('%s: left to JSON.parse', (_, text) => {
    expect(parseLargeFeature(text)).toBeUndefined()
  })
})

describe('readGeoJson of a large feature', () => {
  const dir = mkdtempSync(join(tmpdir(), 'visie-geojson-large-'))
  async function read(features: unknown[]): Promise<{ features: unknown[]; findings: unknown[] }> {
    const file = join(dir, `f${Math.random().toString(36).slice(2)}.geojson`)
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }))
    const findings: Finding[] = []
    const out: unknown[] = []
    for await (const f of readGeoJson(file, { bron: 'f.geojson', defaultCrs: rdCrs }, findings)) out.push(f.geometrie)
    return { features: out, findings: findings.map((f) => [f.code, f.message]) }
  }
  const big = (bad?: string) => {
    const coords = ring(230000, 100_001).map(([x, y], i) => (i === 50_000 && bad ? bad : `[${x},${y}]`))
    return JSON.parse(`{"type":"Feature","properties":{"gio":"wonen"},"geometry":{"type":"Polygon","coordinates":[[${coords.join(',')}]]}}`) as unknown
  }

  test('a feature over LARGE_FEATURE_CHARS gives the geometry JSON.parse gives', async () => {
    const feature = big()
    expect(JSON.stringify(feature).length).toBeGreaterThan(LARGE_FEATURE_CHARS)
    const large = await read([feature])
    expect(large.findings).toEqual([])
    expect(raw(feature).g).toEqual(large.features[0])
  })

  test('a bad position in a large feature gives the finding a small one gives', async () => {
    const large = await read([big('[230000,"x"]')])
    const small = await read([JSON.parse('{"type":"Feature","properties":{"gio":"wonen"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[230000,"x"],[1,1],[0,0]]]}}')])
    expect(large.findings).toHaveLength(1)
    expect(large.findings).toEqual(small.findings)
  })
})
