import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readGioGml } from '../../src/preview/gml.js'
import { parseXml } from '../../src/package/xml-tree.js'
import { sharedDir } from '../support/shared.js'

function read(path: string) {
  const root = parseXml(new Uint8Array(readFileSync(path)))
  if (!root) throw new Error(`not XML: ${path}`)
  return readGioGml(root)
}

/** Number of coordinate pairs in every posList of a file, counted on the raw text. */
function pairs(path: string): number {
  let n = 0
  for (const m of readFileSync(path, 'utf8').matchAll(/<gml:posList[^>]*>([^<]*)</g)) n += (m[1] ?? '').trim().split(/\s+/).length / 2
  return n
}

describe('readGioGml', () => {
  const pv28 = sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')

  test.each(['DeltaVisie-v1.gml', 'Metropool-v1.gml'])('reads every Locatie and every coordinate of pv28 %s', (name) => {
    const path = join(pv28, name)
    const gml = read(path)
    const text = readFileSync(path, 'utf8')
    expect(gml.locaties.length).toBe((text.match(/<geo:Locatie>/g) ?? []).length)
    expect(gml.work).toBe(/<geo:FRBRWork>([^<]*)</.exec(text)?.[1])
    const coords = gml.locaties.flatMap((l) => l.geometrie.polygons.flatMap((p) => [p.exterior, ...p.interiors]))
    expect(coords.reduce((s, c) => s + c.length / 2, 0)).toBe(pairs(path))
    expect(gml.locaties.map((l) => l.basisgeoId)).toEqual([...text.matchAll(/<basisgeo:id>([^<]*)</g)].map((m) => m[1]))
  })

  test('reads a MultiSurface with default namespaces (gm9920 example)', () => {
    const gml = read(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml'))
    expect(gml.locaties).toHaveLength(1)
    expect(gml.locaties[0]?.geometrie.polygons[0]?.exterior).toEqual([97900, 540200, 99100, 540200, 99100, 541400, 97900, 541400, 97900, 540200])
  })

  test('reads gml:pos sequences, 3D coordinates, points and line strings', () => {
    const xml = `<geo:GeoInformatieObjectVaststelling xmlns:geo="g" xmlns:gml="http://www.opengis.net/gml/3.2"><geo:locaties>
      <geo:Locatie><geo:naam>Lijn &amp; punt</geo:naam><geo:geometrie>
        <gml:LineString srsDimension="3"><gml:posList>1 2 9 3 4 9</gml:posList></gml:LineString>
        <gml:Point><gml:pos>5 6</gml:pos></gml:Point>
        <gml:Polygon><gml:exterior><gml:LinearRing><gml:pos>0 0</gml:pos><gml:pos>1 0</gml:pos><gml:pos>0 1</gml:pos><gml:pos>0 0</gml:pos></gml:LinearRing></gml:exterior></gml:Polygon>
      </geo:geometrie></geo:Locatie></geo:locaties></geo:GeoInformatieObjectVaststelling>`
    const root = parseXml(new TextEncoder().encode(xml))
    const gml = readGioGml(root!)
    expect(gml.locaties[0]?.naam).toBe('Lijn & punt')
    expect(gml.locaties[0]?.geometrie).toEqual({ polygons: [{ exterior: [0, 0, 1, 0, 0, 1, 0, 0], interiors: [] }], lines: [[1, 2, 3, 4]], points: [5, 6] })
  })
})
