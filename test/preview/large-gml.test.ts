/**
 * readLargeGioGml (src/preview/gml.ts): a GIO read by the validator's forward scanner instead of a tree gives the
 * preview the same shapes, ids, work and expression as readGioGml on the tree (only the Locatie names are left out),
 * on the shared example GIOs and on lines, curves of several segments, points and polygons with holes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseXml } from '../../src/package/xml-tree.js'
import { type GioGml, readGioGml, readLargeGioGml } from '../../src/preview/gml.js'
import { writePreview } from '../../src/preview/index.js'
import { LARGE_ENTRY_BYTES } from '../../src/validate/layer.js'
import { sharedDir } from '../support/shared.js'
import { folderPackage } from './package.js'

/** Shapes as plain arrays (the scanner gives Float64Array views), names left out. */
function plain(gml: GioGml): unknown {
  return {
    work: gml.work,
    expression: gml.expression,
    locaties: gml.locaties.map((l) => ({
      id: l.basisgeoId,
      polygons: l.geometrie.polygons.map((p) => ({ exterior: Array.from(p.exterior), interiors: p.interiors.map((r) => Array.from(r)) })),
      lines: l.geometrie.lines.map((c) => Array.from(c)),
      points: Array.from(l.geometrie.points),
    })),
  }
}

function both(bytes: Uint8Array): { tree: GioGml; scanned: GioGml } {
  const root = parseXml(bytes)
  if (!root) throw new Error('geen XML')
  return { tree: readGioGml(root), scanned: readLargeGioGml({ name: 'gio.gml', bytes }) }
}

const locatie = (id: string, geometrie: string) =>
  `<geo:Locatie><geo:naam>L ${id}</geo:naam><geo:geometrie><basisgeo:Geometrie gml:id="g-${id}"><basisgeo:id>${id}</basisgeo:id><basisgeo:geometrie>${geometrie}</basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie></geo:Locatie>`

describe('readLargeGioGml', () => {
  test.each([
    ['stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', 'DeltaVisie-v1.gml'],
    ['stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', 'Metropool-v1.gml'],
    ['stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml'],
  ])('reads the shapes readGioGml reads (%s/%s/%s/%s)', (...parts) => {
    const { tree, scanned } = both(new Uint8Array(readFileSync(sharedDir(...parts))))
    expect(scanned.locaties.length).toBeGreaterThan(0)
    expect(plain(scanned)).toEqual(plain(tree))
  })

  test('lines, a curve of two segments, points (before the lines), a polygon with a hole, 3D coordinates', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<geo:GeoInformatieObjectVaststelling xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0">
<geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie><geo:FRBRWork>/join/id/regdata/gm0106/2026/x</geo:FRBRWork><geo:FRBRExpression>/join/id/regdata/gm0106/2026/x/nld@2026-01-01;1</geo:FRBRExpression>
<geo:locaties>
${locatie('a', '<gml:LineString srsName="urn:ogc:def:crs:EPSG::28992"><gml:posList>1 2 3 4 5 6</gml:posList></gml:LineString>')}
${locatie('b', '<gml:MultiCurve srsName="urn:ogc:def:crs:EPSG::28992"><gml:curveMember><gml:LineString><gml:posList>10 10 20 20</gml:posList></gml:LineString></gml:curveMember><gml:curveMember><gml:LineString><gml:posList>30 30 40 40</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>')}
${locatie('c', '<gml:MultiPoint srsName="urn:ogc:def:crs:EPSG::28992"><gml:pointMember><gml:Point><gml:pos>7 8</gml:pos></gml:Point></gml:pointMember><gml:pointMember><gml:Point><gml:pos>9 10</gml:pos></gml:Point></gml:pointMember></gml:MultiPoint>')}
${locatie('d', '<gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992"><gml:exterior><gml:LinearRing><gml:posList>0 0 10 0 10 10 0 10 0 0</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>2 2 4 2 4 4 2 2</gml:posList></gml:LinearRing></gml:interior></gml:Polygon>')}
${locatie('e', '<gml:LineString srsName="urn:ogc:def:crs:EPSG::28992" srsDimension="3"><gml:posList>1 2 9 3 4 9</gml:posList></gml:LineString>')}
</geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie></geo:GeoInformatieObjectVaststelling>
`
    const { tree, scanned } = both(new TextEncoder().encode(xml))
    expect(plain(scanned)).toEqual(plain(tree))
    expect(scanned.locaties.map((l) => l.geometrie.lines.length)).toEqual([1, 2, 0, 0, 1])
    expect(scanned.work).toBe('/join/id/regdata/gm0106/2026/x')
  })
})

describe('the preview of a package with a large GIO', () => {
  test('draws every Locatie of a GML of more than LARGE_ENTRY_BYTES, read by the scanner, as often as a small GML read as a tree', () => {
    const pkg = folderPackage(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120'))
    const original = new TextDecoder().decode(pkg.entries.find((e) => e.name === 'gio-1.gml')?.bytes)
    const head = original
      .slice(0, original.indexOf('<geo:locaties>'))
      .replace('<geo:GeoInformatieObjectVaststelling', '<geo:GeoInformatieObjectVaststelling xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0" xmlns:gml="http://www.opengis.net/gml/3.2"')
    const gioOf = (n: number): Uint8Array => {
      const polygons: string[] = []
      for (let i = 0; i < n; i++) {
        const x = 150000 + (i % 100) * 100
        const y = 450000 + Math.floor(i / 100) * 100
        const ring: string[] = []
        for (let k = 0; k < 40; k++) ring.push(`${(x + 40 * Math.cos((2 * Math.PI * k) / 40)).toFixed(3)} ${(y + 40 * Math.sin((2 * Math.PI * k) / 40)).toFixed(3)}`)
        ring.push(ring[0] as string)
        polygons.push(locatie(`id-${i}`, `<gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992"><gml:exterior><gml:LinearRing><gml:posList>${ring.join(' ')}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`))
      }
      return new TextEncoder().encode(`${head}<geo:locaties>\n${polygons.join('\n')}\n</geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie></geo:GeoInformatieObjectVaststelling>\n`)
    }
    // Closed rings drawn on all maps: 4 000 Locaties are more than a map names one by one (MAX_POINTABLE), so they are
    // counted by their rings, not by their named shapes.
    const rings = (gml: Uint8Array): number => {
      const html = writePreview({ ...pkg, entries: pkg.entries.map((e) => (e.name === 'gio-1.gml' ? { name: e.name, bytes: gml } : e)) }, [])
      return [...html.matchAll(/<path d="([^"]*)"/g)].reduce((n, m) => n + ((m[1] as string).match(/Z/g)?.length ?? 0), 0)
    }
    const small = gioOf(10)
    const large = gioOf(4000)
    expect(small.length).toBeLessThan(LARGE_ENTRY_BYTES)
    expect(large.length).toBeGreaterThanOrEqual(LARGE_ENTRY_BYTES)
    // What 10 more Locaties add to the rings on the maps, from two small GMLs read as a tree.
    const perLocatie = (rings(gioOf(20)) - rings(small)) / 10
    expect(perLocatie).toBeGreaterThanOrEqual(1)
    expect(rings(large) - rings(small)).toBe(perLocatie * 3990)
  })
})
