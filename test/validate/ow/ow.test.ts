/**
 * The ow rules on the real packages (with the findings pv28 really has, explained in the report) and on copies of
 * pv28 broken on purpose: one test per rule, asserting code, data and place. Uses the installed waardelijsten.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { packageFromFiles } from '../../../src/package/read.js'
import { validatePackage } from '../../../src/validate/index.js'
import { sharedDir } from '../../support/shared.js'
import { edit, gm9920, loadFolder, pv28, validateFiles, withCode, type File } from '../package-fixtures.js'

const GA = 'nl.imow-pv28.gebiedsaanwijzing.010000070000010000000108'
let files: File[]
beforeAll(async () => {
  files = await loadFolder(pv28())
})
const ow = async (f: readonly File[]) => validateFiles(f, ['ow'])

describe('ow layer on real packages', () => {
  test('pv28: three geometries with several Gebieden (OZON0370, waarschuwing), a groep URI not in waardelijst 4.3.0, a manifest-ow type too many', async () => {
    const report = await ow(files)
    expect(report.findings.map((f) => [f.code, f.severity, f.at?.file, f.at?.line])).toEqual([
      ['OZON0370', 'waarschuwing', 'DeltaVisie-v1.gml', 36],
      ['OZON0370', 'waarschuwing', 'DeltaVisie-v1.gml', 131],
      ['OZON0370', 'waarschuwing', 'DeltaVisie-v1.gml', 233],
      ['VISIE-704', 'waarschuwing', 'manifest-ow.xml', 8],
      ['TPOD1300', 'blokkerend', 'owGebiedsaanwijzingen.xml', 18],
    ])
    expect(withCode(report, 'TPOD1300')[0]?.data.waarde).toBe('http://standaarden.omgevingswet.overheid.nl/RuimtelijkGebruik/id/concept/Overig')
  })

  test('gm9920 and the Amersfoort OW subset have no ow findings', async () => {
    expect((await ow(await loadFolder(gm9920()))).findings).toEqual([])
    expect((await ow(await loadFolder(sharedDir('imow', 'examples', 'tpod-amersfoort-gm0307-ow-subset')))).findings).toEqual([])
  })

  test('VISIE-705: a schema set without the waardelijsten: the ow layer says so instead of staying silent', async () => {
    const partial = mkdtempSync(join(tmpdir(), 'visie-705-'))
    mkdirSync(join(partial, 'stop'))
    try {
      const report = await validatePackage(packageFromFiles('t', files), { schemasDir: partial }, { layers: ['ow'] })
      expect(withCode(report, 'VISIE-705').map((f) => f.data.schemas)).toEqual([partial])
      expect(withCode(report, 'TPOD1300')).toEqual([])
    } finally {
      rmSync(partial, { recursive: true, force: true })
    }
  })

  test('no schema set at all: one VISIE-001 instead of VISIE-705 and a finding per file', async () => {
    const report = await validatePackage(packageFromFiles('t', files), { schemasDir: '/nonexistent' })
    expect(report.findings.filter((f) => /^VISIE-(001|705|80\d|85\d)$/.test(f.code)).map((f) => [f.code, f.severity])).toEqual([['VISIE-001', 'waarschuwing']])
  })
})

describe('ow rules on broken copies of pv28', () => {
  test('VISIE-702: a GeometrieRef to a missing basisgeo:id', async () => {
    const broken = edit(files, 'owLocaties.xml', (t) => t.replace('<l:GeometrieRef xlink:href="df76077d-6710-43a4-8e9f-85c5fa663e60"/>', '<l:GeometrieRef xlink:href="00000000-0000-0000-0000-000000000000"/>'))
    const report = await ow(broken)
    expect(withCode(report, 'VISIE-702').map((f) => [f.data.doel, f.at?.file])).toEqual([['00000000-0000-0000-0000-000000000000', 'owLocaties.xml']])
    // the geometry it used to point at now has no Locatie
    expect(withCode(report, 'TPOD2230').map((f) => f.data.id)).toEqual(['df76077d-6710-43a4-8e9f-85c5fa663e60'])
  })

  test('OZON0022: a Gebiedsaanwijzing nobody references', async () => {
    const broken = edit(files, 'owDivisie.xml', (t) => t.replace(/<vt:gebiedsaanwijzing>\s*<ga:GebiedsaanwijzingRef[^>]*\/>\s*<\/vt:gebiedsaanwijzing>/, ''))
    const found = withCode(await ow(broken), 'OZON0022')
    expect(found.map((f) => [f.data.identificatie, f.data.naam, f.at?.file])).toEqual([[GA, 'Delta (Visie)', 'owGebiedsaanwijzingen.xml']])
  })

  test('VISIE-703: a deprecated thema (waarschuwing); TPOD1300: a thema that is not in the list', async () => {
    const withThema = (uri: string) =>
      edit(files, 'owDivisie.xml', (t) =>
        t.replace(
          '<vt:identificatie>nl.imow-pv28.tekstdeel.010000070000010000000002</vt:identificatie>',
          `<vt:identificatie>nl.imow-pv28.tekstdeel.010000070000010000000002</vt:identificatie>\n<vt:thema>${uri}</vt:thema>`,
        ),
      )
    const deprecated = await ow(withThema('http://standaarden.omgevingswet.overheid.nl/thema/id/concept/CultureelErfgoed'))
    expect(withCode(deprecated, 'VISIE-703').map((f) => [f.severity, f.data.term, f.data.identificatie])).toEqual([['waarschuwing', 'CultureelErfgoed', 'nl.imow-pv28.tekstdeel.010000070000010000000002']])
    const unknown = await ow(withThema('http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Klimaat'))
    expect(withCode(unknown, 'TPOD1300').map((f) => f.data.waarde)).toContain('http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Klimaat')
    expect(withCode(await ow(withThema('http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Erfgoed')), 'VISIE-703')).toEqual([])
  })

  test('TPOD1892/TPOD1890: an id with a dash; an id whose type segment is wrong', async () => {
    const dashed = edit(files, 'owHoofdlijn.xml', (t) => t.replace('nl.imow-pv28.hoofdlijn.010000070000010000000010<', 'nl.imow-pv28.hoofdlijn.groene-stad<'))
    expect(withCode(await ow(dashed), 'TPOD1892').map((f) => f.data.identificatie)).toEqual(['nl.imow-pv28.hoofdlijn.groene-stad'])
    const wrongType = edit(files, 'owHoofdlijn.xml', (t) => t.replace('nl.imow-pv28.hoofdlijn.010000070000010000000010<', 'nl.imow-pv28.divisie.010000070000010000000010<'))
    expect(withCode(await ow(wrongType), 'TPOD1890').map((f) => [f.data.segment, f.data.verwacht])).toEqual([['divisie', 'hoofdlijn']])
  })

  test('VISIE-701: a LocatieRef to an identificatie that is not in the package', async () => {
    const broken = edit(files, 'owRegelingsgebied.xml', (t) => t.replace(/<l:LocatieRef xlink:href="[^"]*"\/>/, '<l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.onbekend"/>'))
    expect(withCode(await ow(broken), 'VISIE-701').map((f) => [f.data.type, f.data.doel])).toEqual([['Regelingsgebied', 'nl.imow-pv28.ambtsgebied.onbekend']])
  })

  test('TPOD2180: no Regelingsgebied', async () => {
    const broken = edit(files, 'owRegelingsgebied.xml', (t) => t.replace(/<rg:Regelingsgebied>[\s\S]*<\/rg:Regelingsgebied>/, ''))
    expect(withCode(await ow(broken), 'TPOD2180').map((f) => f.data.aantal)).toEqual([0])
  })

  test('OZON0013: a type in the file that sl:objectTypen does not list', async () => {
    const broken = edit(files, 'owLocaties.xml', (t) => t.replace('<sl:objectType>Ambtsgebied</sl:objectType>', ''))
    expect(withCode(await ow(broken), 'OZON0013').map((f) => [f.data.bestand, f.data.type, f.data.soort])).toEqual([['owLocaties.xml', 'Ambtsgebied', 'ontbreekt']])
  })

  test('TPOD2042: a Divisietekst wId that is no Divisietekst in the text; TPOD2052: two OW objects for one', async () => {
    const dangling = edit(files, 'owDivisie.xml', (t) => t.replace('<vt:Divisietekst wId="pv28_1__content_1">', '<vt:Divisietekst wId="pv28_1__content_99">'))
    expect(withCode(await ow(dangling), 'TPOD2042').map((f) => f.data.wId)).toEqual(['pv28_1__content_99'])
    const twice = edit(files, 'owDivisie.xml', (t) => t.replace('<vt:Divisietekst wId="pv28_1__content_2">', '<vt:Divisietekst wId="pv28_1__content_1">'))
    expect(withCode(await ow(twice), 'TPOD2052').map((f) => [f.data.identificatie, f.data.eerder])).toEqual([
      ['nl.imow-pv28.divisietekst.010000070000010000000003', 'nl.imow-pv28.divisietekst.010000070000010000000002'],
    ])
  })

  test('TPOD2110: a Tekstdeel with a Locatie but no idealisatie', async () => {
    const broken = edit(files, 'owDivisie.xml', (t) =>
      t.replace('<vt:identificatie>nl.imow-pv28.tekstdeel.010000070000010000000002</vt:identificatie>\n\t\t\t\t\t<vt:idealisatie>http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Exact</vt:idealisatie>', '<vt:identificatie>nl.imow-pv28.tekstdeel.010000070000010000000002</vt:identificatie>'),
    )
    expect(withCode(await ow(broken), 'TPOD2110').map((f) => [f.data.identificatie, f.data.via])).toEqual([['nl.imow-pv28.tekstdeel.010000070000010000000002', 'locatieaanduiding']])
  })

  test('TPOD2504: an omgevingsvisie Gebiedsaanwijzing of type functie', async () => {
    const broken = edit(files, 'owGebiedsaanwijzingen.xml', (t) => t.replace('typegebiedsaanwijzing/id/concept/RuimtelijkGebruik<', 'typegebiedsaanwijzing/id/concept/Functie<'))
    expect(withCode(await ow(broken), 'TPOD2504').map((f) => [f.data.identificatie, f.data.typeTerm])).toEqual([[GA, 'Functie']])
  })
})
