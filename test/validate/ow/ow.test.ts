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
import { edit, gm9920, loadFolder, loadPv28, text, validateFiles, withCode, type File } from '../package-fixtures.js'

const GA = 'nl.imow-pv28.gebiedsaanwijzing.010000070000010000000108'
let files: File[]
beforeAll(async () => {
  files = await loadPv28()
})
const ow = async (f: readonly File[]) => validateFiles(f, ['ow'])
/** The line (from 1) of the first occurrence of `needle` in `name`. */
const lineOf = (f: readonly File[], name: string, needle: string): number => text(f, name).split('\n').findIndex((l) => l.includes(needle)) + 1

describe('ow layer on real packages', () => {
  test('pv28 declared as today: three geometries with several Gebieden (OZON0370, blocking as in the matrix), a groep URI in other case than waardelijst 4.3.0, a manifest-ow type too many', async () => {
    const report = await ow(files)
    expect(report.findings.map((f) => [f.code, f.severity, f.at?.file, f.at?.line])).toEqual([
      ['OZON0370', 'blokkerend', 'DeltaVisie-v1.gml', 36],
      ['OZON0370', 'blokkerend', 'DeltaVisie-v1.gml', 131],
      ['OZON0370', 'blokkerend', 'DeltaVisie-v1.gml', 233],
      ['VISIE-704', 'waarschuwing', 'manifest-ow.xml', 8],
      ['OZON0080', 'waarschuwing', 'owGebiedsaanwijzingen.xml', 18],
    ])
    expect(withCode(report, 'OZON0080')[0]?.data).toMatchObject({
      waarde: 'http://standaarden.omgevingswet.overheid.nl/RuimtelijkGebruik/id/concept/Overig',
      bedoeld: 'http://standaarden.omgevingswet.overheid.nl/ruimtelijkgebruik/id/concept/Overig',
    })
    // a groep that is in no list at all is blocking
    const unknown = edit(files, 'owGebiedsaanwijzingen.xml', (t) => t.replace('RuimtelijkGebruik/id/concept/Overig', 'ruimtelijkgebruik/id/concept/Bestaatniet'))
    expect(withCode(await ow(unknown), 'OZON0080').map((f) => [f.severity, f.at?.line])).toEqual([['blokkerend', 18]])
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
      expect(withCode(report, 'OZON0080')).toEqual([])
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
  test('OZON0066: not while a GML of the package was left unread (over the LVBB limit): its own finding is the cause', async () => {
    const pkg = packageFromFiles('t', files)
    const gml = files.find((f) => f.name.endsWith('.gml'))?.name ?? ''
    const without = { ...pkg, entries: pkg.entries.filter((e) => e.name !== gml) }
    // The GML simply absent: each Gebied of it is reported …
    const absent = await validatePackage(without, { schemasDir: process.env.VISIE_SCHEMAS ?? '' }, { layers: ['ow'] })
    expect(withCode(absent, 'OZON0066').length).toBeGreaterThan(0)
    // … but not when the reader skipped it for a reported reason (package/read.ts `skipped`).
    const skipped = await validatePackage({ ...without, skipped: [gml] }, { schemasDir: process.env.VISIE_SCHEMAS ?? '' }, { layers: ['ow'] })
    expect(withCode(skipped, 'OZON0066')).toEqual([])
  })

  test('OZON0066: a Gebied whose GeometrieRef names no basisgeo:id in the delivery', async () => {
    const broken = edit(files, 'owLocaties.xml', (t) => t.replace('<l:GeometrieRef xlink:href="df76077d-6710-43a4-8e9f-85c5fa663e60"/>', '<l:GeometrieRef xlink:href="00000000-0000-0000-0000-000000000000"/>'))
    const report = await ow(broken)
    expect(withCode(report, 'OZON0066').map((f) => [f.severity, f.data.doel, f.at?.file, f.at?.line])).toEqual([['blokkerend', '00000000-0000-0000-0000-000000000000', 'owLocaties.xml', lineOf(broken, 'owLocaties.xml', 'href="00000000-0000')]])
    // the geometry it used to point at now has no Locatie: OZON0086, OZON's code for TPOD2230, at that geometry
    const gml = files.find((f) => f.name.endsWith('.gml') && new TextDecoder().decode(f.bytes).includes('df76077d-6710-43a4-8e9f-85c5fa663e60'))?.name ?? ''
    const [found] = withCode(report, 'OZON0086')
    expect([found?.data.id, found?.severity, found?.at?.file]).toEqual(['df76077d-6710-43a4-8e9f-85c5fa663e60', 'blokkerend', gml])
    expect(found?.at?.line).toBe(lineOf(broken, gml, '<basisgeo:Geometrie gml:id="id-df76077d-6710-43a4-8e9f-85c5fa663e60"'))
    expect(withCode(report, 'TPOD2230')).toEqual([])
  })

  test('OZON0022: a Gebiedsaanwijzing nobody references', async () => {
    const broken = edit(files, 'owDivisie.xml', (t) => t.replace(/<vt:gebiedsaanwijzing>\s*<ga:GebiedsaanwijzingRef[^>]*\/>\s*<\/vt:gebiedsaanwijzing>/, ''))
    const found = withCode(await ow(broken), 'OZON0022')
    expect(found.map((f) => [f.data.identificatie, f.data.naam, f.at?.file])).toEqual([[GA, 'Delta (Visie)', 'owGebiedsaanwijzingen.xml']])
  })

  test('VISIE-703: a deprecated thema (waarschuwing); OZON0120: a thema that is not in the list', async () => {
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
    expect(withCode(unknown, 'OZON0120').map((f) => [f.severity, f.data.waarde, f.at?.file])).toEqual([['blokkerend', 'http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Klimaat', 'owDivisie.xml']])
    expect(withCode(await ow(withThema('http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Erfgoed')), 'VISIE-703')).toEqual([])
  })

  test('TPOD1892/OZON5001 (TPOD1890): an id with a dash; an id whose type segment is wrong', async () => {
    const dashed = edit(files, 'owHoofdlijn.xml', (t) => t.replace('nl.imow-pv28.hoofdlijn.010000070000010000000010<', 'nl.imow-pv28.hoofdlijn.groene-stad<'))
    expect(withCode(await ow(dashed), 'TPOD1892').map((f) => f.data.identificatie)).toEqual(['nl.imow-pv28.hoofdlijn.groene-stad'])
    const wrongType = edit(files, 'owHoofdlijn.xml', (t) => t.replace('nl.imow-pv28.hoofdlijn.010000070000010000000010<', 'nl.imow-pv28.divisie.010000070000010000000010<'))
    expect(withCode(await ow(wrongType), 'OZON5001').map((f) => [f.data.segment, f.data.verwacht])).toEqual([['divisie', 'hoofdlijn']])
  })

  test('OZON0124: the Regelingsgebied points at a Locatie not in the package: a warning (it may be in the registry)', async () => {
    const broken = edit(files, 'owRegelingsgebied.xml', (t) => t.replace(/<l:LocatieRef xlink:href="[^"]*"\/>/, '<l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.onbekend"/>'))
    const found = withCode(await ow(broken), 'OZON0124')
    expect(found.map((f) => [f.severity, f.data.type, f.data.doel, f.at?.file, f.at?.line])).toEqual([
      ['waarschuwing', 'Regelingsgebied', 'nl.imow-pv28.ambtsgebied.onbekend', 'owRegelingsgebied.xml', lineOf(broken, 'owRegelingsgebied.xml', 'ambtsgebied.onbekend')],
    ])
    expect(found[0]?.message).toContain('landelijke voorziening')
  })

  test('OZON0204: one missing Locatie that every Tekstdeel points at is one finding, not one per Tekstdeel', async () => {
    const ambtsgebied = /<l:Ambtsgebied>[\s\S]*?<\/l:Ambtsgebied>/.exec(text(files, 'owLocaties.xml'))?.[0] ?? ''
    const id = /<l:identificatie>([^<]*)<\/l:identificatie>/.exec(ambtsgebied)?.[1] ?? ''
    const broken = edit(files, 'owLocaties.xml', (t) => t.replace(`<l:identificatie>${id}</l:identificatie>`, '<l:identificatie>nl.imow-pv28.ambtsgebied.anders</l:identificatie>'))
    const report = await ow(broken)
    const tekstdelen = withCode(report, 'OZON0204')
    expect(tekstdelen.map((f) => [f.severity, f.data.doel])).toEqual([['waarschuwing', id]])
    expect(Number(tekstdelen[0]?.data.aantal)).toBeGreaterThan(1)
    expect(withCode(report, 'OZON0124').map((f) => f.data.doel)).toEqual([id])
    expect(report.findings.filter((f) => f.severity === 'blokkerend').map((f) => f.code)).not.toContain('OZON0204')
  })

  test('OZON0092, OZON0093, OZON0094, OZON0096, OZON0053: each kind of dangling reference gets the code OZON gives it', async () => {
    const d = text(files, 'owDivisie.xml')
    const divisietekst = /<vt:DivisietekstRef xlink:href="([^"]*)"/.exec(d)?.[1] ?? ''
    const hoofdlijn = /<vt:HoofdlijnRef xlink:href="([^"]*)"/.exec(d)?.[1] ?? ''
    const cases: [string, string, string][] = [
      ['OZON0092', 'owDivisie.xml', `<vt:DivisietekstRef xlink:href="${divisietekst}"`],
      ['OZON0093', 'owDivisie.xml', `<ga:GebiedsaanwijzingRef xlink:href="${GA}"`],
      ['OZON0094', 'owDivisie.xml', `<vt:HoofdlijnRef xlink:href="${hoofdlijn}"`],
      ['OZON0096', 'owGebiedsaanwijzingen.xml', /<l:LocatieRef xlink:href="[^"]*"/.exec(text(files, 'owGebiedsaanwijzingen.xml'))?.[0] ?? ''],
      ['OZON0053', 'owLocaties.xml', /<l:GebiedRef xlink:href="[^"]*"/.exec(text(files, 'owLocaties.xml'))?.[0] ?? ''],
    ]
    for (const [code, file, ref] of cases) {
      const broken = edit(files, file, (t) => t.replace(ref, ref.replace(/href="[^"]*"/, 'href="nl.imow-pv28.gebied.weg"')))
      const found = withCode(await ow(broken), code)
      expect(found.map((f) => [f.code, f.severity, f.data.doel, f.at?.file, f.at?.line])).toEqual([[code, 'waarschuwing', 'nl.imow-pv28.gebied.weg', file, lineOf(broken, file, 'nl.imow-pv28.gebied.weg')]])
    }
  })

  test('OZON0103: no Regelingsgebied; TPOD2180: two', async () => {
    const broken = edit(files, 'owRegelingsgebied.xml', (t) => t.replace(/<rg:Regelingsgebied>[\s\S]*<\/rg:Regelingsgebied>/, ''))
    expect(withCode(await ow(broken), 'OZON0103').map((f) => [f.data.aantal, f.at?.file])).toEqual([[0, 'owDivisie.xml']])
    const two = edit(files, 'owRegelingsgebied.xml', (t) => t.replace(/<sl:stand>[\s\S]*<\/sl:stand>/, (m) => `${m}${m.replaceAll('regelingsgebied.', 'regelingsgebied.x')}`))
    expect(withCode(await ow(two), 'TPOD2180').map((f) => [f.data.aantal, f.at?.file])).toEqual([[2, 'owRegelingsgebied.xml']])
  })

  test('OZON0013: a type in the file that sl:objectTypen does not list; a listed type without objects is no finding', async () => {
    const broken = edit(files, 'owLocaties.xml', (t) => t.replace('<sl:objectType>Ambtsgebied</sl:objectType>', ''))
    expect(withCode(await ow(broken), 'OZON0013').map((f) => [f.data.bestand, f.data.type, f.at?.file])).toEqual([['owLocaties.xml', 'Ambtsgebied', 'owLocaties.xml']])
    const extra = edit(files, 'owLocaties.xml', (t) => t.replace('<sl:objectType>Ambtsgebied</sl:objectType>', '<sl:objectType>Ambtsgebied</sl:objectType><sl:objectType>Lijn</sl:objectType>'))
    expect(withCode(await ow(extra), 'OZON0013')).toEqual([])
  })

  test('OZON2040: a Divisietekst wId that is no Divisietekst in the text; TPOD2052: two OW objects for one', async () => {
    const dangling = edit(files, 'owDivisie.xml', (t) => t.replace('<vt:Divisietekst wId="pv28_1__content_1">', '<vt:Divisietekst wId="pv28_1__content_99">'))
    expect(withCode(await ow(dangling), 'OZON2040').map((f) => [f.data.type, f.data.wId, f.at?.file])).toEqual([['Divisietekst', 'pv28_1__content_99', 'owDivisie.xml']])
    const twice = edit(files, 'owDivisie.xml', (t) => t.replace('<vt:Divisietekst wId="pv28_1__content_2">', '<vt:Divisietekst wId="pv28_1__content_1">'))
    expect(withCode(await ow(twice), 'TPOD2052').map((f) => [f.data.identificatie, f.data.eerder])).toEqual([
      ['nl.imow-pv28.divisietekst.010000070000010000000003', 'nl.imow-pv28.divisietekst.010000070000010000000002'],
    ])
  })

  test('OZON5005: a Tekstdeel with a Locatie but no idealisatie', async () => {
    const broken = edit(files, 'owDivisie.xml', (t) =>
      t.replace('<vt:identificatie>nl.imow-pv28.tekstdeel.010000070000010000000002</vt:identificatie>\n\t\t\t\t\t<vt:idealisatie>http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Exact</vt:idealisatie>', '<vt:identificatie>nl.imow-pv28.tekstdeel.010000070000010000000002</vt:identificatie>'),
    )
    expect(withCode(await ow(broken), 'OZON5005').map((f) => [f.data.identificatie, f.data.via, f.at?.file])).toEqual([['nl.imow-pv28.tekstdeel.010000070000010000000002', 'locatieaanduiding', 'owDivisie.xml']])
  })

  test('TPOD2504: an omgevingsvisie Gebiedsaanwijzing of type functie', async () => {
    const broken = edit(files, 'owGebiedsaanwijzingen.xml', (t) => t.replace('typegebiedsaanwijzing/id/concept/RuimtelijkGebruik<', 'typegebiedsaanwijzing/id/concept/Functie<'))
    expect(withCode(await ow(broken), 'TPOD2504').map((f) => [f.data.identificatie, f.data.typeTerm])).toEqual([[GA, 'Functie']])
  })
})
