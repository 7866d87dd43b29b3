/**
 * The geo rules on the real GMLs (pv28, gm9920: no findings) and on copies broken on purpose: one test per rule,
 * asserting code, data and place. gm9920's gio-1.gml is one square: 97900 540200 … 97900 540200 in the posList on line 24 (LinearRing on line 23).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { edit, type File, gm9920, loadFolder, loadPv28, pv28, validateFiles, withCode } from '../package-fixtures.js'

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
    expect((await geo(await loadPv28())).findings).toEqual([])
    expect((await geo(files)).findings).toEqual([])
  })
})

describe('geo rules on broken copies of gm9920 gio-1.gml', () => {
  test('VISIE-601 (waarschuwing): a coordinate with 7 decimals', async () => {
    const [f, ...rest] = withCode(await geo(square(SQUARE.replace('99100 540200', '99100.1234567 540200'))), 'VISIE-601')
    expect(rest).toEqual([])
    expect(f?.severity).toBe('waarschuwing')
    expect(f?.data).toEqual({ bestand: 'gio-1.gml', id: ID, decimalen: 7, waarde: '99100.1234567' })
    expect(f?.at).toEqual({ file: 'gio-1.gml', xpath: `//basisgeo:Geometrie[basisgeo:id='${ID}']`, line: 24 })
  })

  test('GEOMETRY.03.2: an unclosed ring, one finding (the OGC check does not add one for the same cause)', async () => {
    const report = await geo(square('97900 540200 99100 540200 99100 541400 97900 541400 97900 540300'))
    expect(report.findings.map((f) => [f.code, f.data.soort, f.data.eerste, f.data.laatste, f.at?.line])).toEqual([['GEOMETRY.03.2', 'open', '97900 540200', '97900 540300', 23]])
  })

  test('GEOMETRY.03.2: a self-intersecting ring (bow tie) with reason and coordinate', async () => {
    const [f] = withCode(await geo(square('97900 540200 99100 541400 99100 540200 97900 541400 97900 540200')), 'GEOMETRY.03.2')
    expect(f?.data).toMatchObject({ fout: 'SELF_INTERSECTION', x: 98500, y: 540800 })
    expect(f?.message).toContain('zelfdoorsnijding bij (98500 540800)')
  })

  test('GEOMETRY.03.2: two overlapping polygons in one MultiSurface', async () => {
    const second = '<gml:surfaceMember><gml:Polygon gml:id="p2"><gml:exterior><gml:LinearRing><gml:posList>98500 540800 99500 540800 99500 541800 98500 541800 98500 540800</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>'
    const broken = edit(files, 'gio-1.gml', (t) => t.replace('</gml:MultiSurface>', `${second}</gml:MultiSurface>`))
    const [f, ...rest] = withCode(await geo(broken), 'GEOMETRY.03.2')
    expect(rest).toEqual([])
    expect(f?.data).toMatchObject({ fout: 'OVERLAPPING_POLYGONS', x: 98500, y: 540800 })
  })

  test('two polygons that only touch in a point are valid', async () => {
    const second = '<gml:surfaceMember><gml:Polygon gml:id="p2"><gml:exterior><gml:LinearRing><gml:posList>99100 541400 99500 541400 99500 541800 99100 541800 99100 541400</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>'
    const broken = edit(files, 'gio-1.gml', (t) => t.replace('</gml:MultiSurface>', `${second}</gml:MultiSurface>`))
    expect((await geo(broken)).findings).toEqual([])
  })

  test('LVBB3011: a coordinate that is not a number', async () => {
    const [f] = withCode(await geo(square(SQUARE.replace('99100 541400', '99100 NaN'))), 'LVBB3011')
    expect(f?.data).toMatchObject({ soort: 'geen getal', waarde: 'NaN' })
    expect(f?.at?.line).toBe(24)
  })

  test('VISIE-605: a point outside the RD extent (lat/lon written as RD)', async () => {
    const [f] = withCode(await geo(square('52.9 6.5 52.95 6.5 52.95 6.6 52.9 6.6 52.9 6.5')), 'VISIE-605')
    expect(f?.data).toMatchObject({ x: 52.9, y: 6.5 })
  })

  test('GEOMETRY.03.5: a geometry in WGS84; LVBB3003: no srsName at all', async () => {
    const broken = edit(files, 'gio-1.gml', (t) => t.replace('srsName="urn:ogc:def:crs:EPSG::28992"', 'srsName="urn:ogc:def:crs:EPSG::4326"'))
    const report = await geo(broken)
    expect(withCode(report, 'GEOMETRY.03.5').map((f) => f.data.srsName)).toEqual(['urn:ogc:def:crs:EPSG::4326'])
    expect(withCode(report, 'VISIE-601')).toEqual([]) // decimals and extent are RD rules
    const none = edit(files, 'gio-1.gml', (t) => t.replace(' srsName="urn:ogc:def:crs:EPSG::28992"', ''))
    expect((await geo(none)).findings.map((f) => [f.code, f.at?.file])).toEqual([['LVBB3003', 'gio-1.gml']])
  })

  test('VISIE-607: the same basisgeo:id in two GIOs', async () => {
    const pv = await loadPv28()
    const broken = edit(pv, 'Metropool-v1.gml', (t) => t.replace(/<basisgeo:id>[^<]*<\/basisgeo:id>/, '<basisgeo:id>a96e7c86-d047-489c-bddc-dfeca1f9943d</basisgeo:id>'))
    const found = withCode(await geo(broken), 'VISIE-607')
    expect(found.map((f) => [f.data.id, f.at?.file, f.data.eerder])).toEqual([['a96e7c86-d047-489c-bddc-dfeca1f9943d', 'Metropool-v1.gml', 'DeltaVisie-v1.gml']])
  })

  test('LVBB3011: an odd number of coordinates; GEOMETRY.03.2: a ring of 3 points; LVBB3012: an empty posList', async () => {
    expect((await geo(square(`${SQUARE} 97900`))).findings.map((f) => [f.code, f.data.soort, f.data.aantal])).toEqual([['LVBB3011', 'oneven', 11]])
    expect((await geo(square('97900 540200 99100 540200 97900 540200'))).findings.map((f) => [f.code, f.data.soort, f.data.aantal])).toEqual([['GEOMETRY.03.2', 'punten', 3]])
    expect((await geo(square(''))).findings.map((f) => [f.code, f.at?.line])).toEqual([['LVBB3012', 23]])
  })

  test('GEOMETRY.03.1: a GML without any geometry', async () => {
    const broken = edit(files, 'gio-1.gml', (t) => t.replace(/<geo:locaties>[\s\S]*<\/geo:locaties>/, '<geo:locaties/>'))
    expect(withCode(await geo(broken), 'GEOMETRY.03.1').map((f) => f.data.bestand)).toEqual(['gio-1.gml'])
  })
})
