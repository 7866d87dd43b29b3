/**
 * imop-geo.sch in TypeScript (imop-geo.ts, through ports.ts), also on GIOs with many Locaties (issue 16 D10b): on the Assen GIO grown to
 * thousands of Locaties, with a defect of each kind the rule file checks in one Locatie far down, the layer gives
 * exactly the findings (code, message, path, line, order) of the official rule file run by saxon-js on the whole GIO.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPackage } from '../../../src/build/index.js'
import { compareFindings, type Finding } from '../../../src/model/index.js'
import { portedMessages } from '../../../src/validate/schematron/imop-geo.js'
import { hasPort, portedFindings } from '../../../src/validate/schematron/ports.js'
import { listRuleFiles, loadRuleFile, runSchematron, type RuleFile } from '../../../src/validate/schematron/index.js'
import { prunedOf } from '../../../src/validate/schematron/prune-gml.js'
import { reduceCoordinates } from '../../../src/validate/schematron/reduce-gml.js'
import { skeletonGuard } from '../../../src/validate/schematron/skeleton.js'
import { fixture, schemasDir } from '../../support/shared.js'

const schemas = schemasDir()
let geo: RuleFile
/** The Assen GIO 'wonen' as built: head, one Locatie, tail. */
let head = ''
let locatie = ''
let tail = ''

beforeAll(async () => {
  const file = listRuleFiles(schemas).find((f) => f.name === 'imop-geo.sch')
  if (file === undefined) throw new Error('imop-geo.sch ontbreekt in de schemaset')
  geo = loadRuleFile(file.path, file.name, file.layer)
  const built = await buildPackage(fixture('assen'), {})
  const gml = built.files.find((f) => f.path === 'GIO-wonen.gml')
  if (gml === undefined) throw new Error('GIO-wonen.gml niet gebouwd')
  const text = new TextDecoder().decode(gml.bytes)
  const start = text.indexOf('<geo:Locatie>')
  const end = text.indexOf('</geo:Locatie>') + '</geo:Locatie>'.length
  head = text.slice(0, start)
  locatie = text.slice(start, end)
  tail = text.slice(end)
}, 300_000)

/** A GIO of `n` copies of the Assen Locatie (each its own basisgeo:id), the `at`-th (from 1) changed by `defect`. */
function gio(n: number, at: number, defect: (locatie: string) => string): string {
  const parts = [head]
  for (let i = 1; i <= n; i++) {
    const own = locatie.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})/g, (_m, last: string) => `00000000-0000-5000-8000-${String(i).padStart(12, '0')}${last.slice(12)}`)
    parts.push(i === 1 ? own : `\n        ${own}`)
    if (i === at) parts[parts.length - 1] = defect(parts[parts.length - 1] as string)
  }
  parts.push(tail)
  return parts.join('')
}

const DEFECTS: Readonly<Record<string, { codes: readonly string[]; change: (l: string) => string }>> = {
  'srsName anders': { codes: ['STOP3020', 'STOP3021'], change: (l) => l.replace(/srsName="[^"]*"/, 'srsName="urn:ogc:def:crs:EPSG::4326"') },
  'lege posList': { codes: ['STOP3019'], change: (l) => l.replace(/<gml:posList>[^<]*<\/gml:posList>/g, '<gml:posList></gml:posList>') },
  'lege kwalitatieve normwaarde': {
    codes: ['STOP3007', 'STOP3010', 'STOP3011'],
    change: (l) => l.replace('<geo:naam>', '<geo:kwalitatieveNormwaarde> </geo:kwalitatieveNormwaarde>\n          <geo:naam>'),
  },
  'beide normwaarden': {
    codes: ['STOP3006', 'STOP3007', 'STOP3008', 'STOP3009', 'STOP3011'],
    change: (l) => l.replace('<geo:naam>', '<geo:kwantitatieveNormwaarde>3</geo:kwantitatieveNormwaarde><geo:kwalitatieveNormwaarde>hoog</geo:kwalitatieveNormwaarde>\n<geo:naam>'),
  },
  'groepID en normwaarde': {
    codes: ['STOP3000', 'STOP3001', 'STOP3006', 'STOP3009', 'STOP3011', 'STOP3012'],
    change: (l) => l.replace('<geo:naam>', '<geo:groepID>g1</geo:groepID><geo:kwantitatieveNormwaarde>3</geo:kwantitatieveNormwaarde>\n<geo:naam>'),
  },
  'groepID zonder groepen': { codes: ['STOP3000', 'STOP3001'], change: (l) => l.replace('<geo:naam>', '<geo:groepID>g1</geo:groepID>\n<geo:naam>') },
  'gml:name in de Locatie': { codes: ['STOP3090'], change: (l) => l.replace('<geo:naam>', '<gml:name>x</gml:name><geo:naam>') },
  'dubbele basisgeo:id': { codes: ['STOP3013'], change: (l) => l.replace(/<basisgeo:id>[^<]*</, '<basisgeo:id>00000000-0000-5000-8000-000000000001<') },
}

/** Elements of geo:GeoInformatieObjectVersie before geo:locaties, for STOP3015 and STOP3016. */
const VERSIE_DEFECTS: Readonly<Record<string, { codes: readonly string[]; before: string; change: (l: string) => string }>> = {
  'eenheid bij kwalitatieve normwaarden': {
    codes: ['STOP3007', 'STOP3011', 'STOP3015'],
    before: '<geo:eenheidlabel>meter</geo:eenheidlabel><geo:eenheidID>http://example.org/m</geo:eenheidID>',
    change: (l) => l.replace('<geo:naam>', '<geo:kwalitatieveNormwaarde>hoog</geo:kwalitatieveNormwaarde>\n<geo:naam>'),
  },
  'norm zonder normwaarden': { codes: ['STOP3016'], before: '<geo:normlabel>hoogte</geo:normlabel><geo:normID>http://example.org/h</geo:normID>', change: (l) => l },
}

/** `unpruned`: the geo survey found one coordinate element per geometry (ReducedGml.witnessesOnly), so the port reads the GIO unpruned. */
function layer(text: string, officialOnly: boolean, unpruned = false): Finding[] {
  return runSchematron([{ name: 'GIO-wonen.gml', text, ...(unpruned ? { known: { witnessesOnly: true } } : {}) }], { schemasDir: schemas, only: ['imop-geo.sch'], officialOnly })
}

/** What the layer hands the port: the coordinate-reduced GIO pruned for imop-geo. */
function pruned(text: string): string {
  const guard = skeletonGuard(geo.path)
  if (guard === undefined) throw new Error('imop-geo.sch heeft geen guard')
  return prunedOf(reduceCoordinates(text), guard)
}

describe('imop-geo.sch in TypeScript', () => {
  it('applies only to the rule file it implements, to a GIO of any size', () => {
    const sch = readFileSync(geo.path, 'utf8')
    expect(hasPort(geo)).toBe(true)
    expect(portedMessages(sch)?.get('STOP3019')?.pattern).toBe('sch_basisgeo_001')
    expect(portedMessages(sch.replace('Versie 1.3.0', 'Versie 1.3.1'))).toBeUndefined()
    expect(portedFindings(geo, 'GIO-wonen.gml', pruned(gio(1, 1, (l) => l)))).toEqual([])
    expect(portedFindings(geo, 'GIO-wonen.gml', pruned(gio(1200, 1, (l) => l)))).toEqual([])
  })

  for (const [name, { codes, change }] of Object.entries(DEFECTS)) {
    it(`${name}: the official rule file's findings, from the port`, () => {
      const text = gio(1200, 1150, change)
      const official = layer(text, true)
      expect([...new Set(official.map((f) => f.code))].sort()).toEqual(codes)
      // The port ran (not the fallback) and its findings are the layer's.
      expect(portedFindings(geo, 'GIO-wonen.gml', pruned(text))?.sort(compareFindings)).toEqual(official)
      expect(layer(text, false)).toEqual(official)
      // The port on the GIO unpruned: the same findings (paths and lines included).
      expect(portedFindings(geo, 'GIO-wonen.gml', reduceCoordinates(text))?.sort(compareFindings)).toEqual(official)
      expect(layer(text, false, true)).toEqual(official)
      expect(layer(text, true, true)).toEqual(official)
    })
  }

  for (const [name, { codes, before, change }] of Object.entries(VERSIE_DEFECTS)) {
    it(`${name}: the official rule file's findings, from the port`, () => {
      const text = gio(1200, 1150, change).replace('<geo:locaties>', `${before}\n      <geo:locaties>`)
      const official = layer(text, true)
      expect([...new Set(official.map((f) => f.code))].sort()).toEqual(codes)
      expect(portedFindings(geo, 'GIO-wonen.gml', pruned(text))?.sort(compareFindings)).toEqual(official)
    })
  }

  it('the same defect in each of 150 Locaties: the first 100 with path and line, the rest counted (VISIE-856), as the official run', () => {
    const all = gio(150, 0, (l) => l).replace(/srsName="urn:ogc:def:crs:EPSG::28992"/g, 'srsName="urn:ogc:def:crs:EPSG::4326"')
    const found = layer(all, false)
    const counted = found.filter((f) => f.code === 'VISIE-856')
    expect(counted.map((f) => f.data)).toEqual([{ regel: 'STOP3020', aantal: 150, weggelaten: 50 }])
    const placed = found.filter((f) => f.code === 'STOP3020')
    expect(placed).toHaveLength(100)
    // The first 100 in document order, each with its own path and line.
    expect(new Set(placed.map((f) => f.at?.line)).size).toBe(100)
    expect(placed.every((f) => f.at?.xpath?.includes('/geo:Locatie['))).toBe(true)
    expect(layer(all, true)).toEqual(found)
  }, 300_000)

  it('a defect in Locatie 15 000 of 16 000: same code, path and line as the official run on the whole GIO', () => {
    const text = gio(16_000, 15_000, (l) => l.replace(/<gml:posList>[^<]*<\/gml:posList>/g, '<gml:posList></gml:posList>'))
    const found = layer(text, false)
    expect(found.map((f) => f.code)).toEqual(['STOP3019'])
    const at = found[0]?.at
    expect(at?.xpath).toBe('/geo:GeoInformatieObjectVaststelling[1]/geo:vastgesteldeVersie[1]/geo:GeoInformatieObjectVersie[1]/geo:locaties[1]/geo:Locatie[15000]/geo:geometrie[1]/basisgeo:Geometrie[1]/basisgeo:geometrie[1]')
    // The line of the 15 000th Locatie's basisgeo:geometrie start tag, counted in the text itself.
    let from = 0
    for (let i = 0; i < 15_000; i++) from = text.indexOf('<geo:Locatie>', from) + 1
    const line = text.slice(0, text.indexOf('<basisgeo:geometrie>', from)).split('\n').length
    expect(at?.line).toBe(line)
    expect(layer(text, true)).toEqual(found)
  }, 300_000)
})
