/**
 * buildGios on the committed schematic fixture and on the real Assen geometry (../shared/geo): 13 GML + 13 IO XML,
 * XSD-valid offline, hashes that match the GML bytes, identifiers exactly as Bijlage I, stable UUIDs.
 */
import { createHash } from 'node:crypto'
import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, test } from 'vitest'
import { buildGios } from '../../src/gio/index.js'
import type { PackageFile } from '../../src/model/index.js'
import type { BuildContext } from '../../src/build/context.js'
import { runSchematron } from '../../src/validate/schematron/index.js'
import { validateXml } from '../../src/validate/xsd/index.js'
import { schemasDir, sharedDir } from '../support/shared.js'
import { assenContext, assenDocument, assenInformatieobjecten } from './assen.js'

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: false, attributeNamePrefix: '@' })
type Obj = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let ctx: BuildContext
beforeAll(async () => {
  ctx = await assenContext()
})

const cases = [
  { name: 'schematic fixture', geo: undefined, locaties: 17 },
  { name: 'real Assen geometry', geo: () => sharedDir('geo', 'gio-kandidaten_rd.geojson'), locaties: 22 },
] as const

describe.each(cases)('buildGios – $name', ({ geo, locaties }) => {
  let result: Awaited<ReturnType<typeof buildGios>>
  beforeAll(async () => {
    result = await buildGios(assenDocument, ctx, geo ? { geoOverride: geo() } : {})
  })

  test('no findings, 13 GIOs, 26 files, one locatie per source feature', () => {
    expect(result.findings).toEqual([])
    expect(result.gios).toHaveLength(13)
    expect(result.files).toHaveLength(26)
    expect(result.gios.reduce((n, g) => n + g.locaties.length, 0)).toBe(locaties)
  })

  test('file names are GIO-<slug>.gml/.xml, unique, within dtBestandsnaam, with the right content types', () => {
    const names = result.files.map((f) => f.path)
    expect(new Set(names).size).toBe(26)
    for (const f of result.files) {
      expect(f.path).toMatch(/^GIO-[0-9A-Za-z._-]+\.(gml|xml)$/)
      expect(f.contentType).toBe(f.path.endsWith('.gml') ? 'application/gml+xml' : 'application/xml')
    }
    expect(result.gios.find((g) => g.naam === 'Natura 2000 gebied')?.gmlBestand).toBe('GIO-natura-2000-gebied.gml')
    expect(result.gios.find((g) => g.naam === 'doorontwikkeling van Kloosterveen')?.ioBestand).toBe('GIO-doorontwikkeling-van-kloosterveen.xml')
  })

  test('every file validates against the official XSDs offline', async () => {
    for (const f of result.files) expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
  })

  test('the official STOP 1.3.0 / LVBB 1.2.0 Schematron finds nothing (imop-geo, lvbb-aanlevering-io, …)', () => {
    const docs = result.files.map((f) => ({ name: f.path, text: Buffer.from(f.bytes).toString('utf8') }))
    expect(runSchematron(docs, { schemasDir: schemasDir() })).toEqual([])
  }, 60_000)

  test('identifiers equal Bijlage I and the IO hash is the SHA-512 of the GML bytes', () => {
    const byPath = new Map<string, PackageFile>(result.files.map((f) => [f.path, f]))
    for (const io of assenInformatieobjecten) {
      const gio = result.gios.find((g) => g.naam === io.naam)
      expect(gio, io.naam).toBeDefined()
      const gml = byPath.get(gio!.gmlBestand)!
      const xml = byPath.get(gio!.ioBestand)!
      const g = parser.parse(Buffer.from(gml.bytes).toString('utf8')) as Obj
      const versie = g.GeoInformatieObjectVaststelling.vastgesteldeVersie.GeoInformatieObjectVersie
      expect(versie.FRBRWork).toBe(io.work)
      expect(versie.FRBRExpression).toBe(io.expression)
      const x = (parser.parse(Buffer.from(xml.bytes).toString('utf8')) as Obj).AanleveringInformatieObject.InformatieObjectVersie
      expect(x.ExpressionIdentificatie.FRBRWork).toBe(io.work)
      expect(x.ExpressionIdentificatie.FRBRExpression).toBe(io.expression)
      expect(x.ExpressionIdentificatie.soortWork).toBe('/join/id/stop/work_010')
      expect(x.InformatieObjectMetadata.officieleTitel).toBe(io.work)
      expect(x.InformatieObjectMetadata.naamInformatieObject).toBe(io.naam)
      expect(x.InformatieObjectVersieMetadata.heeftGeboorteregeling).toBe('/akn/nl/act/gm0106/2026/omgevingsvisie')
      const bestand = x.InformatieObjectVersieMetadata.heeftBestanden.heeftBestand.Bestand
      expect(bestand.bestandsnaam).toBe(gio!.gmlBestand)
      expect(bestand.hash).toBe(createHash('sha512').update(gml.bytes).digest('hex'))
    }
  })

  test('basisgeo:ids are UUIDs, unique, equal to the model, with NCName gml:ids; srsName RD everywhere', () => {
    const all: string[] = []
    for (const gio of result.gios) {
      const text = Buffer.from(result.files.find((f) => f.path === gio.gmlBestand)!.bytes).toString('utf8')
      const ids = [...text.matchAll(/<basisgeo:id>([^<]+)<\/basisgeo:id>/g)].map((m) => m[1])
      expect(ids).toEqual(gio.locaties.map((l) => l.basisgeoId))
      all.push(...(ids as string[]))
      for (const m of text.matchAll(/gml:id="([^"]+)"/g)) expect(m[1]).toMatch(/^id-[0-9a-f-]+(-[0-9a-z]+)?$/)
      for (const m of text.matchAll(/srsName="([^"]+)"/g)) expect(m[1]).toBe('urn:ogc:def:crs:EPSG::28992')
      for (const m of text.matchAll(/<gml:posList>([^<]+)<\/gml:posList>/g)) {
        for (const v of (m[1] as string).split(' ')) expect(v).toMatch(/^-?\d+(\.\d{1,3})?$/)
      }
    }
    for (const id of all) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(all).size).toBe(all.length)
  })

  test('a second run gives byte-identical files', async () => {
    const again = await buildGios(assenDocument, ctx, geo ? { geoOverride: geo() } : {})
    expect(again.files.map((f) => f.path)).toEqual(result.files.map((f) => f.path))
    again.files.forEach((f, i) => expect(Buffer.compare(Buffer.from(f.bytes), Buffer.from(result.files[i]!.bytes)), f.path).toBe(0))
  })
})

describe('buildGios – ring orientation', () => {
  test('the clockwise exterior of the schematic "wonen" comes out counter-clockwise, its hole clockwise', async () => {
    const r = await buildGios(assenDocument, ctx)
    const text = Buffer.from(r.files.find((f) => f.path === 'GIO-wonen.gml')!.bytes).toString('utf8')
    const rings = [...text.matchAll(/<gml:posList>([^<]+)<\/gml:posList>/g)].map((m) => (m[1] as string).split(' ').map(Number))
    expect(rings).toEqual([
      [229000, 554300, 236400, 554300, 236400, 560900, 229000, 560900, 229000, 554300],
      [233000, 555000, 233000, 555700, 233500, 555700, 233500, 555000, 233000, 555000],
    ])
  })
})

describe('Schematron negative controls (prove the geo and IO rules ran on our files)', () => {
  test('a short srsName → STOP3020; an officieleTitel that is not the work → BHKV1017', async () => {
    const r = await buildGios(assenDocument, ctx)
    const text = (path: string) => Buffer.from(r.files.find((f) => f.path === path)!.bytes).toString('utf8')
    const gml = text('GIO-wonen.gml').replace('srsName="urn:ogc:def:crs:EPSG::28992"', 'srsName="EPSG:28992"')
    const io = text('GIO-wonen.xml').replace(/<officieleTitel>[^<]*</, '<officieleTitel>/join/id/regdata/gm0106/2025/anders<')
    const codes = runSchematron([{ name: 'a.gml', text: gml }, { name: 'b.xml', text: io }], { schemasDir: schemasDir() }).map((f) => f.code)
    expect(codes.sort()).toEqual(['BHKV1017', 'STOP3020'])
  }, 60_000)
})
