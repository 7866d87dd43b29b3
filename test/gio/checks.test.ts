/**
 * Broken geometry of every kind the issue lists, fed through buildGios as a `--geo` override: each gives its
 * finding with GIO, feature, coordinate and source line, and blocks only what it should.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { buildGios } from '../../src/gio/index.js'
import { InputError, type Finding } from '../../src/model/index.js'
import type { BuildContext } from '../../src/build/context.js'
import { assenContext } from './assen.js'

let ctx: BuildContext
const dir = mkdtempSync(join(tmpdir(), 'visie-gio-checks-'))
beforeAll(async () => {
  ctx = await assenContext()
})

const wonen = { naam: 'wonen', work: '/join/id/regdata/gm0106/2025/c1f754a9a0bd4d1f9c3fd3430387d18a', expression: '/join/id/regdata/gm0106/2025/c1f754a9a0bd4d1f9c3fd3430387d18a/nld@2026-01-05;12452657' }
const doc = { informatieobjecten: [wonen] }

/** A valid square in Assen (RD), offset by `d` metres. */
const square = (d = 0) => [[[233000 + d, 557000], [233100 + d, 557000], [233100 + d, 557100], [233000 + d, 557100], [233000 + d, 557000]]]
const good = { gio: 'wonen', geometry: { type: 'Polygon', coordinates: square() } }

/** Writes a FeatureCollection with one feature per line (line 1 is the header, feature n is on line n + 1). */
async function run(features: readonly (object | string)[], opts: { crs?: string; ext?: string; raw?: string } = {}) {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.${opts.ext ?? 'geojson'}`)
  const lines = features.map((f) => {
    if (typeof f === 'string') return f
    const { gio, geometry, ...rest } = f as { gio?: string; geometry: unknown }
    return JSON.stringify({ type: 'Feature', properties: { ...(gio === undefined ? {} : { gio }), ...rest }, geometry })
  })
  const crs = opts.crs ? `"crs":{"type":"name","properties":{"name":"${opts.crs}"}},` : ''
  writeFileSync(file, opts.raw ?? `{"type":"FeatureCollection",${crs}"features":[\n${lines.join(',\n')}\n]}\n`)
  return buildGios(doc, ctx, { geoOverride: file })
}

function only(findings: readonly Finding[], code: string): Finding {
  const hits = findings.filter((f) => f.code === code)
  expect(findings.map((f) => f.code), JSON.stringify(findings, null, 1)).toEqual([code])
  return hits[0] as Finding
}

describe('geometry checks', () => {
  test('unclosed ring → VISIE-202 with ring, first point and line', async () => {
    const r = await run([good, { gio: 'wonen', geometry: { type: 'Polygon', coordinates: [[[233000, 557000], [233100, 557000], [233100, 557100], [233000, 557100]]] } }])
    const f = only(r.findings, 'VISIE-202')
    expect(f).toMatchObject({ severity: 'blokkerend', layer: 'geo', data: { gio: 'wonen', feature: 2, ring: 1, x: 233000, y: 557000 }, source: { line: 3 } })
    expect(f.message).toContain("feature 2 (GIO 'wonen')")
    expect(r.gios[0]?.locaties).toHaveLength(1) // the good feature still counts
  })

  test('too few points → VISIE-203', async () => {
    const r = await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates: [[[233000, 557000], [233100, 557000], [233000, 557000]]] } }])
    expect(only(r.findings, 'VISIE-203').data).toMatchObject({ feature: 1, punten: 3, minimum: 4, onderdeel: 'ring 1' })
    expect(r.files).toEqual([])
  })

  test('a position without y → VISIE-204; an odd posList in GML → VISIE-204', async () => {
    const r = await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates: [[[233000, 557000], [233100], [233100, 557100], [233000, 557000]]] } }])
    expect(only(r.findings, 'VISIE-204').data.feature).toBe(1)
    const gml = `<?xml version="1.0"?><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml/3.2" srsName="urn:ogc:def:crs:EPSG::28992"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>233000 557000 233100 557000 233100 557100 233000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>`
    const g = await runPerGio(gml)
    expect(only(g.findings, 'VISIE-204').data).toMatchObject({ gio: 'wonen', feature: 1 })
    expect(String(g.findings[0]?.data.reden)).toContain('7 getallen')
  })

  test('NaN and Infinity → VISIE-205 (GeoJSON 1e999, GML NaN)', async () => {
    const line = `{"type":"Feature","properties":{"gio":"wonen"},"geometry":{"type":"Polygon","coordinates":[[[233000,557000],[1e999,557000],[233100,557100],[233000,557000]]]}}`
    const r = await run([line])
    expect(only(r.findings, 'VISIE-205').data).toMatchObject({ waarde: 'Infinity', feature: 1 })
    const gml = `<gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:28992"><gml:exterior><gml:LinearRing><gml:posList>233000 557000 NaN 557000 233100 557100 233000 557000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`
    expect(only((await runPerGio(gml)).findings, 'VISIE-205').data.waarde).toBe('NaN')
  })

  test('outside the RD New extent → VISIE-206 with the coordinate', async () => {
    const r = await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates: [[[233000, 557000], [233100, 557000], [233100, 757100], [233000, 557000]]] } }])
    expect(only(r.findings, 'VISIE-206').data).toMatchObject({ x: 233100, y: 757100, feature: 1 })
  })

  test('degrees in an RD file, and an unsupported crs → VISIE-207', async () => {
    const r = await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates: [[[6.56, 53.0], [6.57, 53.0], [6.57, 53.01], [6.56, 53.0]]] } }])
    expect(String(only(r.findings, 'VISIE-207').data.reden)).toContain('graden')
    const u = await run([good], { crs: 'urn:ogc:def:crs:EPSG::3857' })
    expect(String(u.findings[0]?.data.reden)).toContain('3857')
    expect(u.findings.map((f) => f.code)).toEqual(['VISIE-207'])
    const late = await run([], { raw: `{"type":"FeatureCollection","features":[\n${JSON.stringify({ type: 'Feature', properties: { gio: 'wonen' }, geometry: { type: 'Polygon', coordinates: square() } })}],\n"crs":{"type":"name","properties":{"name":"EPSG:4326"}}}` })
    expect(only(late.findings, 'VISIE-207')).toMatchObject({ source: { line: 3 } })
  })

  test.each([
    ['self-intersection (bowtie)', [[[233000, 557000], [233100, 557100], [233100, 557000], [233000, 557100], [233000, 557000]]], 'SELF_INTERSECTION', 233050, 557050],
    ['hole outside shell', [...square(), [[234000, 557000], [234010, 557000], [234010, 557010], [234000, 557000]]], 'HOLE_OUTSIDE_SHELL', 234000, 557000],
    ['nested holes', [...square(), [[233010, 557010], [233090, 557010], [233090, 557090], [233010, 557090], [233010, 557010]], [[233020, 557020], [233030, 557020], [233030, 557030], [233020, 557020]]], 'NESTED_HOLES', 233020, 557020],
    ['disconnected interior', [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[0, 5], [3, 7], [5, 5], [3, 3], [0, 5]], [[5, 5], [7, 7], [10, 5], [7, 3], [5, 5]]].map((r) => r.map(([x, y]) => [233000 + (x as number), 557000 + (y as number)])), 'DISCONNECTED_INTERIOR', 233000, 557005],
  ])('%s → VISIE-208 with the jsts reason and coordinate', async (_name, coordinates, fout, x, y) => {
    const r = await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates } }])
    expect(only(r.findings, 'VISIE-208').data).toMatchObject({ fout, x, y, gio: 'wonen', feature: 1 })
  })

  test('rounding to mm that makes a valid ring touch itself → VISIE-209, not hidden', async () => {
    // A dent 0.4 mm above the bottom edge: valid as given, self-touching once rounded to 3 decimals.
    const dent = [[[233000, 557000], [233010, 557000], [233010, 557010], [233005, 557000.0004], [233000, 557010], [233000, 557000]]]
    const r = await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates: dent } }])
    expect(only(r.findings, 'VISIE-209').data).toMatchObject({ x: 233005, y: 557000, feature: 1 })
    const tiny = [[[233000, 557000], [233000.0001, 557000], [233000.0001, 557000.0001], [233000, 557000]]]
    expect(String(only((await run([{ gio: 'wonen', geometry: { type: 'Polygon', coordinates: tiny } }])).findings, 'VISIE-209').data.reden)).toContain('valt samen')
  })

  test('empty geometry → STOP3019', async () => {
    const r = await run([{ gio: 'wonen', geometry: null }, { gio: 'wonen', geometry: { type: 'MultiPolygon', coordinates: [] } }, good])
    expect(r.findings.map((f) => [f.code, f.data.feature, f.source?.line])).toEqual([['STOP3019', 1, 2], ['STOP3019', 2, 3]])
  })

  test('the same geometry twice in one GIO → VISIE-210 (warning); both kept with distinct basisgeo:ids', async () => {
    const r = await run([good, { ...good, naam: 'kopie' }])
    const f = only(r.findings, 'VISIE-210')
    expect(f).toMatchObject({ severity: 'waarschuwing', data: { feature: 2, gelijkAan: 1 } })
    const ids = r.gios[0]!.locaties.map((l) => l.basisgeoId)
    expect(ids).toHaveLength(2)
    expect(ids[0]).not.toBe(ids[1])
    // The same square drawn from another corner, and clockwise: still the same geometry.
    const rotated = [[[233100, 557100], [233100, 557000], [233000, 557000], [233000, 557100], [233100, 557100]]]
    expect(only((await run([good, { gio: 'wonen', geometry: { type: 'Polygon', coordinates: rotated } }])).findings, 'VISIE-210').data.feature).toBe(2)
    expect((await run([good, { gio: 'wonen', geometry: { type: 'Polygon', coordinates: square(1) } }])).findings).toEqual([])
  })

  test('points and lines: distinct ones are no VISIE-210 (every position counts), a repeat is; a point keeps its basisgeo:id wherever it stands', async () => {
    const punt = (x: number) => ({ gio: 'wonen', geometry: { type: 'Point', coordinates: [233000 + x, 557000] } })
    const lijn = (x: number) => ({ gio: 'wonen', geometry: { type: 'LineString', coordinates: [[233000, 557000], [233050, 557050], [233100 + x, 557000]] } })
    const distinct = await run([punt(0), punt(10), punt(20), lijn(0), lijn(5)])
    expect(distinct.findings).toEqual([])
    expect(only((await run([punt(0), punt(10), punt(0)])).findings, 'VISIE-210').data).toMatchObject({ feature: 3, gelijkAan: 1 })
    expect(only((await run([lijn(0), lijn(0)])).findings, 'VISIE-210').data).toMatchObject({ feature: 2, gelijkAan: 1 })
    // The id of a geometry follows from the geometry, not from its place among the others.
    const idOf = async (features: readonly object[], x: number) => {
      const r = await run(features)
      const i = features.findIndex((f) => (f as { geometry: { coordinates: number[] } }).geometry.coordinates[0] === 233000 + x)
      return r.gios[0]?.locaties[i]?.basisgeoId
    }
    expect(await idOf([punt(10), punt(20)], 20)).toBe(await idOf([punt(20), punt(30), punt(10)], 20))
  })

  test('a Bijlage I GIO without geometry → VISIE-200 (blocking, with the Bijlage I line)', async () => {
    const other = { naam: 'binnenstad', work: '/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c', expression: '/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-05;12452657', position: { start: { line: 1552, column: 1 }, end: { line: 1553, column: 1 } } }
    const file = join(dir, 'only-wonen.geojson')
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { gio: 'wonen' }, geometry: { type: 'Polygon', coordinates: square() } }] }))
    const r = await buildGios({ informatieobjecten: [wonen, other] }, ctx, { geoOverride: file })
    expect(only(r.findings, 'VISIE-200')).toMatchObject({ severity: 'blokkerend', data: { gio: 'binnenstad', regel: 1552 } })
    expect(r.gios.map((g) => g.naam)).toEqual(['wonen'])
  })

  test('geometry for a GIO Bijlage I does not name → VISIE-201 (blocking)', async () => {
    const r = await run([good, { gio: 'werken', geometry: { type: 'Polygon', coordinates: square(500) } }])
    expect(only(r.findings, 'VISIE-201')).toMatchObject({ severity: 'blokkerend', data: { gio: 'werken', feature: 2 }, source: { line: 3 } })
  })

  test('a GIO name spelled with other case, spacing or accents (`Wonen `) → that GIO, with a warning (VISIE-214)', async () => {
    const r = await run([good, { gio: 'Wónen ', geometry: { type: 'Polygon', coordinates: square(500) } }])
    expect(only(r.findings, 'VISIE-214')).toMatchObject({ severity: 'waarschuwing', data: { gio: 'wonen', gegeven: 'Wónen ', feature: 2 }, source: { line: 3 } })
    expect(r.gios[0]?.locaties).toHaveLength(2)
  })

  test('a loosely spelled name that two GIOs share is no match (VISIE-201), never a guess', async () => {
    const twin = { naam: 'Wonen', work: '/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c', expression: '/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-05;12452657' }
    const file = join(dir, 'twins.geojson')
    const feature = (gio: string, d: number) => ({ type: 'Feature', properties: { gio }, geometry: { type: 'Polygon', coordinates: square(d) } })
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [feature('wonen', 0), feature('Wonen', 200), feature('WONEN', 400)] }))
    const r = await buildGios({ informatieobjecten: [wonen, twin] }, ctx, { geoOverride: file })
    expect(r.findings.map((f) => [f.code, f.data.feature])).toEqual([['VISIE-201', 3]])
  })

  test('a name that differs by words from the one GIO without geometry of its own → that GIO, with a warning (VISIE-215); never a guess', async () => {
    const io = (naam: string, n: number) => ({ naam, work: `/join/id/regdata/gm0106/2025/gio${n}`, expression: `/join/id/regdata/gm0106/2025/gio${n}/nld@2026-01-05;1` })
    const feature = (gio: string, d: number) => ({ type: 'Feature', properties: { gio }, geometry: { type: 'Polygon', coordinates: square(d) } })
    const build = async (ios: ReturnType<typeof io>[], features: ReturnType<typeof feature>[]) => {
      const file = join(dir, 'words.geojson')
      writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }))
      return buildGios({ informatieobjecten: ios }, ctx, { geoOverride: file })
    }
    // The text read a table cell with the naam (`Gemeente Zeist alle kernen`), or cut it short (`Pettelaarpark`).
    const longer = await build([io('Gemeente Zeist alle kernen', 1), io('Zeist centrum', 2)], [feature('Gemeente Zeist', 0), feature('Zeist centrum', 200)])
    expect(only(longer.findings, 'VISIE-215')).toMatchObject({ severity: 'waarschuwing', data: { gio: 'Gemeente Zeist alle kernen', gegeven: 'Gemeente Zeist', feature: 1 } })
    expect(longer.gios.map((g) => g.locaties.length)).toEqual([1, 1])
    const shorter = await build([io('Pettelaarpark', 1)], [feature('Pettelaarpark en omgeving', 0)])
    expect(only(shorter.findings, 'VISIE-215').data.gio).toBe('Pettelaarpark')
    // Two GIOs the name could be, or a GIO that has its own geometry: no match.
    const two = await build([io('Zeist centrum', 1), io('Zeist west', 2)], [feature('Zeist', 0), feature('Zeist centrum', 200), feature('Zeist west', 400)])
    expect(two.findings.map((f) => [f.code, f.data.feature])).toEqual([['VISIE-201', 1]])
    const own = await build([io('Wonen', 1)], [feature('Wonen', 0), feature('Wonen zuid', 200)])
    expect(own.findings.map((f) => [f.code, f.data.feature])).toEqual([['VISIE-201', 2]])
  })

  test('untagged feature → VISIE-211; GeometryCollection → VISIE-212; broken feature JSON → VISIE-213 with its line', async () => {
    const r = await run([good, { geometry: { type: 'Polygon', coordinates: square(300) } }, { gio: 'wonen', geometry: { type: 'GeometryCollection', geometries: [] } }, '{"type":"Feature","properties":{"gio":"wonen"},"geometry":{"type":"Polygon","coordinates":[[[1,2,]]]}}'])
    expect(r.findings.map((f) => [f.code, f.data.feature, f.source?.line])).toEqual([
      ['VISIE-211', 2, 3],
      ['VISIE-212', 3, 4],
      ['VISIE-213', 4, 5],
    ])
  })
})

describe('unreadable sources', () => {
  test('a truncated FeatureCollection → VISIE-213 at its last line; the complete features before it still count', async () => {
    const complete = JSON.stringify({ type: 'Feature', properties: { gio: 'wonen' }, geometry: { type: 'Polygon', coordinates: square() } })
    const r = await run([], { raw: `{"type":"FeatureCollection","features":[\n${complete},\n{"type":"Feature","properties":{"gio":"wo` })
    expect(only(r.findings, 'VISIE-213')).toMatchObject({ source: { line: 3 } })
    expect(r.gios[0]?.locaties).toHaveLength(1)
  })

  test('a geometry file that does not exist is unreadable input (InputError, exit 2), not a finding', async () => {
    await expect(buildGios(doc, ctx, { geoOverride: join(dir, 'bestaat-niet.geojson') })).rejects.toBeInstanceOf(InputError)
  })

  test('a file that is not a FeatureCollection → VISIE-213', async () => {
    const r = await run([], { raw: '[1, 2, 3]' })
    expect(r.findings.map((f) => f.code)).toEqual(['VISIE-213', 'VISIE-200'])
    expect(r.findings[0]?.data.reden).toContain('geen features')
  })
})

async function runPerGio(gml: string) {
  const file = join(dir, `bron-${Math.random().toString(36).slice(2)}.gml`)
  writeFileSync(file, gml)
  const perGioCtx: BuildContext = { ...ctx, config: { ...ctx.config, geo: { ...ctx.config.geo, bronnen: [], perGio: { wonen: file } } } }
  return buildGios(doc, perGioCtx)
}
