/**
 * The geo rules on the real GMLs (pv28, gm9920: no findings) and on copies broken on purpose: one test per rule,
 * asserting code, data and place. gm9920's gio-1.gml is one square: 97900 540200 … 97900 540200 in the posList on line 24 (LinearRing on line 23).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { edit, gm9920, loadFolder, pv28, validateFiles, withCode, type File } from '../package-fixtures.js'

const SQUARE = '97900 540200 99100 540200 99100 541400 97900 541400 97900 540200'
const ID = '882b8f02-4753-4527-8b0f-68b2696043a3'
let files: File[]
beforeAll(async () => {
  files = await loadFolder(gm9920())
})
const geo = async (f: readonly File[]) => validateFiles(f, ['geo'])
const square = (replacement: string) => edit(files, 'gio-1.gml', (t) => t.replace(SQUARE, replacement))

describe('geo layer on real packages', () => {
  test('pv28 (20 geometries, RD, 3 decimals) and gm9920 have no geo findings', async () => {
    expect((await geo(await loadFolder(pv28()))).findings).toEqual([])
    expect((await geo(files)).findings).toEqual([])
  })
})

describe('geo rules on broken copies of gm9920 gio-1.gml', () => {
  test('VISIE-601: a coordinate with 7 decimals', async () => {
    const [f, ...rest] = withCode(await geo(square(SQUARE.replace('99100 540200', '99100.1234567 540200'))), 'VISIE-601')
    expect(rest).toEqual([])
    expect(f?.data).toEqual({ bestand: 'gio-1.gml', id: ID, decimalen: 7, waarde: '99100.1234567' })
    expect(f?.at).toEqual({ file: 'gio-1.gml', xpath: `//basisgeo:Geometrie[basisgeo:id='${ID}']`, line: 24 })
  })

  test('VISIE-602: an unclosed ring (and no OGC-validity finding for the same cause)', async () => {
    const report = await geo(square('97900 540200 99100 540200 99100 541400 97900 541400 97900 540300'))
    expect(withCode(report, 'VISIE-602').map((f) => [f.data.eerste, f.data.laatste, f.at?.line])).toEqual([['97900 540200', '97900 540300', 23]])
    expect(withCode(report, 'VISIE-603')).toEqual([])
  })

  test('VISIE-603: a self-intersecting ring (bow tie) with reason and coordinate', async () => {
    const [f] = withCode(await geo(square('97900 540200 99100 541400 99100 540200 97900 541400 97900 540200')), 'VISIE-603')
    expect(f?.data).toMatchObject({ fout: 'SELF_INTERSECTION', x: 98500, y: 540800 })
    expect(f?.message).toContain('zelfdoorsnijding bij (98500 540800)')
  })

  test('VISIE-603: two overlapping polygons in one MultiSurface', async () => {
    const second = '<gml:surfaceMember><gml:Polygon gml:id="p2"><gml:exterior><gml:LinearRing><gml:posList>98500 540800 99500 540800 99500 541800 98500 541800 98500 540800</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>'
    const broken = edit(files, 'gio-1.gml', (t) => t.replace('</gml:MultiSurface>', `${second}</gml:MultiSurface>`))
    const [f, ...rest] = withCode(await geo(broken), 'VISIE-603')
    expect(rest).toEqual([])
    expect(f?.data).toMatchObject({ fout: 'OVERLAPPING_POLYGONS', x: 98500, y: 540800 })
  })

  test('two polygons that only touch in a point are valid', async () => {
    const second = '<gml:surfaceMember><gml:Polygon gml:id="p2"><gml:exterior><gml:LinearRing><gml:posList>99100 541400 99500 541400 99500 541800 99100 541800 99100 541400</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>'
    const broken = edit(files, 'gio-1.gml', (t) => t.replace('</gml:MultiSurface>', `${second}</gml:MultiSurface>`))
    expect((await geo(broken)).findings).toEqual([])
  })

  test('VISIE-604: a coordinate that is not a number', async () => {
    const [f] = withCode(await geo(square(SQUARE.replace('99100 541400', '99100 NaN'))), 'VISIE-604')
    expect(f?.data).toMatchObject({ waarde: 'NaN' })
  })

  test('VISIE-605: a point outside the RD extent (lat/lon written as RD)', async () => {
    const [f] = withCode(await geo(square('52.9 6.5 52.95 6.5 52.95 6.6 52.9 6.6 52.9 6.5')), 'VISIE-605')
    expect(f?.data).toMatchObject({ x: 52.9, y: 6.5 })
  })

  test('VISIE-606: a geometry in WGS84', async () => {
    const broken = edit(files, 'gio-1.gml', (t) => t.replace('srsName="urn:ogc:def:crs:EPSG::28992"', 'srsName="urn:ogc:def:crs:EPSG::4326"'))
    const report = await geo(broken)
    expect(withCode(report, 'VISIE-606').map((f) => f.data.srsName)).toEqual(['urn:ogc:def:crs:EPSG::4326'])
    expect(withCode(report, 'VISIE-601')).toEqual([]) // decimals and extent are RD rules
  })

  test('VISIE-607: the same basisgeo:id in two GIOs', async () => {
    const pv = await loadFolder(pv28())
    const broken = edit(pv, 'Metropool-v1.gml', (t) => t.replace(/<basisgeo:id>[^<]*<\/basisgeo:id>/, '<basisgeo:id>a96e7c86-d047-489c-bddc-dfeca1f9943d</basisgeo:id>'))
    const found = withCode(await geo(broken), 'VISIE-607')
    expect(found.map((f) => [f.data.id, f.at?.file, f.data.eerder])).toEqual([['a96e7c86-d047-489c-bddc-dfeca1f9943d', 'Metropool-v1.gml', 'DeltaVisie-v1.gml']])
  })

  test('VISIE-608: an odd number of coordinates; a ring of 3 points', async () => {
    expect(withCode(await geo(square(`${SQUARE} 97900`)), 'VISIE-608').map((f) => [f.data.soort, f.data.aantal])).toEqual([['oneven', 11]])
    expect(withCode(await geo(square('97900 540200 99100 540200 97900 540200')), 'VISIE-608').map((f) => [f.data.soort, f.data.aantal])).toEqual([['ring', 3]])
  })

  test('VISIE-609: a GML without any geometry', async () => {
    const broken = edit(files, 'gio-1.gml', (t) => t.replace(/<geo:locaties>[\s\S]*<\/geo:locaties>/, '<geo:locaties/>'))
    expect(withCode(await geo(broken), 'VISIE-609').map((f) => f.data.bestand)).toEqual(['gio-1.gml'])
  })
})
