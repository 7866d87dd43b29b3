/**
 * Geometry sources: reprojection from ETRS89 (GeoJSON and INSPIRE GML) checked against the RD versions in
 * ../shared/geo, re-wrapping an existing GIO GML, the streaming GeoJSON reader at chunk boundaries, progress.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { toRd } from '../../src/gio/crs.js'
import { streamFeatureCollection } from '../../src/gio/geojson-stream.js'
import { buildGios } from '../../src/gio/index.js'
import type { BuildContext } from '../../src/build/context.js'
import { validateXml } from '../../src/validate/xsd/index.js'
import { schemasDir, sharedDir } from '../support/shared.js'
import { assenContext, assenDocument, assenInformatieobjecten } from './assen.js'

let ctx: BuildContext
const dir = mkdtempSync(join(tmpdir(), 'visie-gio-sources-'))
beforeAll(async () => {
  ctx = await assenContext()
})

const natura = assenInformatieobjecten.find((io) => io.naam === 'Natura 2000 gebied')!
const withSources = (perGio: Record<string, string>, bronnen: string[] = []): BuildContext => ({ ...ctx, config: { ...ctx.config, geo: { ...ctx.config.geo, bronnen, perGio } } })
type Pos = [number, number]
const positions = (c: unknown): Pos[] => (typeof (c as unknown[])[0] === 'number' ? [c as Pos] : (c as unknown[]).flatMap(positions))
const posLists = (bytes: Uint8Array) => [...Buffer.from(bytes).toString('utf8').matchAll(/<gml:posList>([^<]+)</g)].map((m) => (m[1] as string).split(' ').map(Number))

describe('reprojection to RD New', () => {
  test('ETRS89 natura2000 → RD within 1 mm of the RD file in ../shared/geo (max difference measured: 0.7 mm)', () => {
    const etrs = JSON.parse(readFileSync(sharedDir('geo', 'natura2000_assen_omgeving_etrs89.geojson'), 'utf8'))
    const rd = JSON.parse(readFileSync(sharedDir('geo', 'natura2000_assen_omgeving_rd.geojson'), 'utf8'))
    let max = 0
    let n = 0
    etrs.features.forEach((f: { geometry: { coordinates: unknown } }, i: number) => {
      const a = positions(f.geometry.coordinates)
      const b = positions(rd.features[i].geometry.coordinates)
      expect(a.length).toBe(b.length)
      a.forEach(([lon, lat], k) => {
        const [x, y] = toRd([lon, lat], { epsg: 4258, latLon: false })
        max = Math.max(max, Math.hypot((x as number) - b[k]![0], (y as number) - b[k]![1]))
        n++
      })
    })
    expect(n).toBe(6025)
    expect(max).toBeLessThan(0.001)
  })

  test('a GML urn:…:EPSG::4326 source is read latitude first', () => {
    const [x, y] = toRd([53.0, 6.56], { epsg: 4326, latLon: true })
    const [x2, y2] = toRd([6.56, 53.0], { epsg: 4326, latLon: false })
    expect([x, y]).toEqual([x2, y2])
    expect(x).toBeGreaterThan(233000)
    expect(x).toBeLessThan(234500) // Assen lies around x 233 km
  })

  test('perGio ETRS89 GeoJSON (untagged features) builds Natura 2000 with 13 locaties, XSD-valid', async () => {
    const r = await buildGios({ informatieobjecten: [natura] }, withSources({ [natura.naam]: sharedDir('geo', 'natura2000_assen_omgeving_etrs89.geojson') }))
    expect(r.findings).toEqual([])
    expect(r.gios[0]?.locaties.map((l) => l.naam)).toContain('Witterveld')
    expect(r.gios[0]?.locaties).toHaveLength(13)
    for (const f of r.files) expect(await validateXml(f.path, f.bytes, schemasDir())).toEqual([])
  })

  test('an INSPIRE GML (srsName EPSG:4258, lon lat) gives the same mm coordinates as the RD file; its empty placeholder geometry is skipped', async () => {
    const id = '0bd52c3d-5cfb-420b-b3f4-4daac7e3d139'
    const r = await buildGios({ informatieobjecten: [natura] }, withSources({ [natura.naam]: sharedDir('geo', 'natura2000-inspire-2013', `INSPIRE_id-${id}.xml`) }))
    expect(r.findings).toEqual([])
    const rd = JSON.parse(readFileSync(sharedDir('geo', 'natura2000_assen_omgeving_rd.geojson'), 'utf8'))
    const expected = positions(rd.features.find((f: { id: string }) => f.id === id).geometry.coordinates).flat()
    const [ring] = posLists(r.files[0]!.bytes)
    // Same ring; the writer may have reversed it to make the exterior counter-clockwise.
    const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] as number)) <= 0.0011)
    const reversed = (a: number[]) => a.reduceRight<number[]>((acc, _v, i) => (i % 2 === 0 ? [...acc, a[i] as number, a[i + 1] as number] : acc), [])
    expect(same(ring!, expected) || same(ring!, reversed(expected))).toBe(true)
  })
})

describe('re-wrapping an existing GIO GML', () => {
  test('our own GIO GML as a source gives the same GML again (geometry, naam and ids kept), matched by FRBRWork', async () => {
    const first = await buildGios(assenDocument, ctx)
    const gml = first.files.find((f) => f.path === 'GIO-wijkaanpak.gml')!
    const file = join(dir, 'bestaand-wijkaanpak.gml')
    writeFileSync(file, gml.bytes)
    const wijkaanpak = assenInformatieobjecten.find((io) => io.naam === 'wijkaanpak')!
    const again = await buildGios({ informatieobjecten: [wijkaanpak] }, withSources({}, [file]))
    expect(again.findings).toEqual([])
    expect(Buffer.from(again.files[0]!.bytes).equals(Buffer.from(gml.bytes))).toBe(true)
  })

  test("another tool's GIO (gm9920 example) keeps its geometry under our GIO's identifiers", async () => {
    const wonen = assenInformatieobjecten.find((io) => io.naam === 'wonen')!
    const r = await buildGios({ informatieobjecten: [wonen] }, withSources({ wonen: sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml') }))
    expect(r.findings).toEqual([])
    expect(posLists(r.files[0]!.bytes)).toEqual([[97900, 540200, 99100, 540200, 99100, 541400, 97900, 541400, 97900, 540200]])
    expect(Buffer.from(r.files[0]!.bytes).toString('utf8')).toContain(`<geo:FRBRExpression>${wonen.expression}</geo:FRBRExpression>`)
  })

  test('a GIO GML whose FRBRWork is not in Bijlage I → VISIE-201', async () => {
    const r = await buildGios({ informatieobjecten: [natura] }, withSources({}, [sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml')]))
    expect(r.findings.map((f) => [f.code, f.data.gio])).toEqual([
      ['VISIE-201', '/join/id/regdata/gm9920/2025/IO_2025031919_4952649_1-gio-1'],
      ['VISIE-200', 'Natura 2000 gebied'],
    ])
  })
})

describe('streaming GeoJSON reader', () => {
  const tricky = fc.record({
    gio: fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '{', '}', '[', ']', ',', ':', '\n', '😀', ' ') }),
    n: fc.integer({ min: -1000000, max: 1000000 }),
  })
  test('yields exactly the features JSON.parse sees, whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tricky, { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), async (props, chunk) => {
        const features = props.map((p) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [p.n, 1.5] } }))
        const file = join(dir, 'stream.geojson')
        const text = JSON.stringify({ type: 'FeatureCollection', name: 'x{[', crs: { type: 'name', properties: { name: 'EPSG:28992' } }, bbox: [1, 2, 3, 4], features }, null, 1)
        writeFileSync(file, text)
        const seen: unknown[] = []
        const members: string[] = []
        for await (const item of streamFeatureCollection(file, chunk)) {
          if (item.kind === 'feature') seen.push(JSON.parse(item.json))
          if (item.kind === 'member') members.push(item.key)
        }
        expect(seen).toEqual(features)
        expect(members).toEqual(['crs', 'bbox'])
      }),
      { numRuns: 60 },
    )
  })

  test('reports the line each feature starts on', async () => {
    const file = join(dir, 'lines.geojson')
    writeFileSync(file, '{"type":"FeatureCollection",\n"features":[\n{"type":"Feature",\n"properties":{},"geometry":null},\n\n{"type":"Feature","properties":{},"geometry":null}]}')
    const lines: number[] = []
    for await (const item of streamFeatureCollection(file, 7)) if (item.kind === 'feature') lines.push(item.line)
    expect(lines).toEqual([3, 6])
  })

  test('progress goes up to the total size of the sources', async () => {
    const calls: [number, number][] = []
    await buildGios(assenDocument, ctx, { geoOverride: sharedDir('geo', 'gio-kandidaten_rd.geojson'), onProgress: (d, t) => calls.push([d, t]) })
    const size = statSync(sharedDir('geo', 'gio-kandidaten_rd.geojson')).size
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.every(([, t]) => t === size)).toBe(true)
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b))
    expect(calls.at(-1)).toEqual([size, size])
  })
})
