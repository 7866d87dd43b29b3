/**
 * The procedure of the Assen visie (issue 19), step 1: the ontwerpbesluit from the Assen fixture (`fase: ontwerp`),
 * then the vastgestelde besluit after that ontwerp (ontwerp.pakket), once with every GIO unchanged and once with the
 * Havenkwartier moved. Expected in every package: no blocking finding in any layer (XSD, Schematron, LVBB, geo, OW).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { fixture, schemasDir } from '../support/shared.js'
import { HAVENKWARTIER } from './wijziging-fixture.js'

const str = (r: BuildResult, name: string) => Buffer.from(r.files.find((f) => f.path === name)?.bytes ?? []).toString('utf8')
const owText = (r: BuildResult) => r.files.filter((f) => /^ow\w+\.xml$/.test(f.path)).map((f) => str(r, f.path)).join('\n')
const owIds = (r: BuildResult) => new Set([...owText(r).matchAll(/<\w+:identificatie>([^<]+)</g)].map((m) => m[1]))

/** Copies the Assen fixture to `dir` with the ontwerp's dates and inzagetermijn; `fase` as given. */
async function procedureProject(dir: string, fase: 'ontwerp' | 'vaststelling', pakket?: string): Promise<void> {
  await cp(fixture('assen'), dir, { recursive: true })
  const config = JSON.parse(await readFile(join(dir, 'visie.json'), 'utf8')) as Record<string, unknown>
  config.fase = fase
  config.ontwerp = {
    datums: { vaststelling: '2025-10-07', ondertekening: '2025-10-07', bekendmaking: '2025-10-15' },
    terInzage: { begin: '2025-10-16', einde: '2025-11-26' },
    ...(pakket ? { pakket } : {}),
  }
  await writeFile(join(dir, 'visie.json'), JSON.stringify(config, null, 2))
}

let dir: string
let ontwerp: BuildResult
let vastgesteld: BuildResult
let gewijzigd: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-ontwerp-'))
  await procedureProject(join(dir, 'ontwerp'), 'ontwerp')
  ontwerp = await buildPackage(join(dir, 'ontwerp'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'ontwerp.zip'), ontwerp.zip as Buffer)
  await procedureProject(join(dir, 'vast'), 'vaststelling', join(dir, 'ontwerp.zip'))
  vastgesteld = await buildPackage(join(dir, 'vast'), { schemasDir: schemasDir() })
  await procedureProject(join(dir, 'haven'), 'vaststelling', join(dir, 'ontwerp.zip'))
  const geoPath = join(dir, 'haven', 'geo', 'gio-schematisch.geojson')
  const geo = JSON.parse(await readFile(geoPath, 'utf8')) as { features: { properties: { gio: string }; geometry: { coordinates: number[][][] } }[] }
  for (const f of geo.features) {
    if (f.properties.gio === 'Havenkwartier') f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [x + 40, y]))
  }
  await writeFile(geoPath, JSON.stringify(geo))
  gewijzigd = await buildPackage(join(dir, 'haven'), { schemasDir: schemasDir() })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the ontwerpbesluit', () => {
  test('nothing blocking in any layer; its own idLevering and ZIP', () => {
    expect(ontwerp.findings.filter(isBlocking)).toEqual([])
    expect(ontwerp.zipName).toBe('gm0106-omgevingsvisie-2026-1-ontwerp.zip')
    expect(str(ontwerp, 'opdracht.xml')).toContain('<datumBekendmaking>2025-10-15</datumBekendmaking>')
  })

  test('procedure type ontwerp, its own besluit work, the ontwerp dates, no Tijdstempels', () => {
    const b = str(ontwerp, 'besluit.xml')
    expect(b).toContain('<soortProcedure>/join/id/stop/proceduretype_ontwerp</soortProcedure>')
    expect(b).toContain('<FRBRExpression>/akn/nl/bill/gm0106/2026/omgevingsvisie-ontwerp/nld@2025-10-07;1</FRBRExpression>')
    expect(b).toContain('<FRBRExpression>/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2025-10-07;1</FRBRExpression>')
    expect(b).toMatch(/<bekendOp>2025-10-15<\/bekendOp>/)
    expect(b).not.toContain('Tijdstempel')
    // BHKV1049: only Vaststelling and Ondertekening in an ontwerp's Procedureverloop
    expect([...b.matchAll(/<soortStap>([^<]+)</g)].map((m) => m[1])).toEqual(['/join/id/stop/procedure/stap_002', '/join/id/stop/procedure/stap_003'])
  })

  test('every OW object has procedurestatus ontwerp, first; a Regelingsgebied is there (OZON1041)', () => {
    const ow = owText(ontwerp)
    const objects = (ow.match(/<ow-dc:owObject>/g) ?? []).length
    expect(objects).toBeGreaterThan(50)
    expect((ow.match(/<ow-dc:owObject>\s*<\w+:\w+[^>]*>\s*<(ow|op):procedurestatus>ontwerp<\/(ow|op):procedurestatus>\s*<\w+:identificatie>/g) ?? []).length).toBe(objects)
    expect(ow).toMatch(/<op:procedurestatus>ontwerp<\/op:procedurestatus>\s*<vt:identificatie>nl\.imow-gm0106\.divisie/)
    expect(str(ontwerp, 'owRegelingsgebied.xml')).toContain('<rg:Regelingsgebied>')
  })
})

describe('the vastgestelde besluit after the ontwerp', () => {
  test('nothing blocking in any layer', () => {
    expect(vastgesteld.findings.filter(isBlocking)).toEqual([])
    expect(vastgesteld.zipName).toBe('gm0106-omgevingsvisie-2026-1.zip')
  })

  test('each GIO the ontwerp delivered is delivered again under the vastgestelde expression, without wasID (VISIE-930)', () => {
    const gml = vastgesteld.files.filter((f) => f.path.endsWith('.gml'))
    expect(gml).toHaveLength(13)
    for (const f of gml) {
      const text = str(vastgesteld, f.path)
      expect(text).toMatch(/<geo:FRBRExpression>\/join\/id\/regdata\/gm0106\/2025\/[0-9a-f]{32}\/nld@2026-02-19;1<\/geo:FRBRExpression>/)
      expect(text).not.toContain('wasID')
    }
    const b = str(vastgesteld, 'besluit.xml')
    expect(b).not.toContain('nld@2026-01-05;12452657')
    expect((b.match(/<informatieobjectRef>[^<]+nld@2026-02-19;1</g) ?? []).length).toBe(13)
    expect((b.match(/<BeoogdInformatieobject>/g) ?? []).length).toBe(13)
    expect((b.match(/<ExtIoRef [^>]*ref="[^"]+nld@2026-02-19;1"/g) ?? []).length).toBe(13)
    expect(b).toContain('<soortProcedure>/join/id/stop/proceduretype_definitief</soortProcedure>')
    expect(b).toMatch(/<soortTijdstempel>juridischWerkendVanaf<\/soortTijdstempel>\s*<datum>2026-02-26<\/datum>/)
    const f930 = vastgesteld.findings.filter((f) => f.code === 'VISIE-930')
    expect(f930).toHaveLength(13)
    expect(f930.find((f) => f.data.naam === 'Havenkwartier')?.data).toEqual({
      naam: 'Havenkwartier', oud: `${HAVENKWARTIER}/nld@2026-01-05;12452657`, nieuw: `${HAVENKWARTIER}/nld@2026-02-19;1`,
    })
  })

  test('OW objects of the vastgestelde regeling are new ones, without procedurestatus (TPOD1940, TPOD2142)', () => {
    expect(owText(vastgesteld)).not.toContain('procedurestatus')
    const gedeeld = [...owIds(vastgesteld)].filter((id) => owIds(ontwerp).has(id))
    expect(owIds(vastgesteld).size).toBeGreaterThan(50)
    expect(gedeeld).toEqual([])
  })

  test('a GIO whose geometry changed since the ontwerp is VISIE-931, the others VISIE-930', () => {
    expect(gewijzigd.findings.filter(isBlocking)).toEqual([])
    expect(gewijzigd.findings.filter((f) => f.code === 'VISIE-931').map((f) => f.data.naam)).toEqual(['Havenkwartier'])
    expect(gewijzigd.findings.filter((f) => f.code === 'VISIE-930')).toHaveLength(12)
    const gml = str(gewijzigd, 'GIO-havenkwartier.gml')
    expect(gml).toContain(`<geo:FRBRExpression>${HAVENKWARTIER}/nld@2026-02-19;1</geo:FRBRExpression>`)
    expect(gml).not.toContain('wasID')
    expect(gml).not.toBe(str(vastgesteld, 'GIO-havenkwartier.gml'))
  })
})
