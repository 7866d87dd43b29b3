/**
 * Every real package in ../shared through all layers, with the outcome each one should have (reasons in comments).
 * These are other software's output; a finding here is either a real defect of that package or a rule of ours
 * that is wrong — each expected finding below was checked against the files and the rule text.
 */
import { describe, expect, test } from 'vitest'
import { readPackage } from '../../../src/package/read.js'
import { validatePackage } from '../../../src/validate/index.js'
import { schemasDir, sharedDir } from '../../support/shared.js'

async function outcome(...path: string[]): Promise<[string, string, string | undefined][]> {
  const report = await validatePackage(await readPackage(sharedDir(...path)), { schemasDir: schemasDir() })
  return report.findings.map((f) => [f.code, f.severity, f.at?.file])
}

describe('the examples in ../shared, all layers', () => {
  test('pv28 omgevingsvisie (stop/examples): one blocking TPOD1300 and four warnings', async () => {
    expect(await outcome('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')).toEqual([
      // Three DeltaVisie geometries are each referenced by several Gebieden (3, 7, 5): OZON0370 wants one.
      ['OZON0370', 'waarschuwing', 'DeltaVisie-v1.gml'],
      ['OZON0370', 'waarschuwing', 'DeltaVisie-v1.gml'],
      ['OZON0370', 'waarschuwing', 'DeltaVisie-v1.gml'],
      // manifest-ow lists objecttype Divisie for owDivisie.xml, which holds only Divisietekst and Tekstdeel.
      ['VISIE-704', 'waarschuwing', 'manifest-ow.xml'],
      // ga:groep '…/RuimtelijkGebruik/id/concept/Overig' (2021): waardelijst 4.3.0 spells it '…/ruimtelijkgebruik/…'.
      ['TPOD1300', 'blokkerend', 'owGebiedsaanwijzingen.xml'],
    ])
  })

  test('pv28 1_Besluit (imow/examples) is the same package with the same outcome', async () => {
    const a = await outcome('imow', 'examples', 'lvbb-test-omgevingsvisie-pv28', '1_Besluit')
    expect(a.map((f) => f[0])).toEqual(['OZON0370', 'OZON0370', 'OZON0370', 'VISIE-704', 'TPOD1300'])
  })

  test('pv28 2_DirecteMutatie: a mutation without besluit or Regelingsgebied passes', async () => {
    expect(await outcome('imow', 'examples', 'lvbb-test-omgevingsvisie-pv28', '2_DirecteMutatie')).toEqual([])
  })

  test('gm9920 (LVBB 1.2.0): only the xsd layer\'s information on the xmlns:schemaLocation declarations', async () => {
    const found = await outcome('stop', 'examples', 'otst-gm9920-initieel-lvbb120')
    expect(found.map((f) => [f[0], f[1]])).toEqual(Array(6).fill(['VISIE-804', 'informatie']))
  })

  test('Amersfoort OW subset: the files it leaves out are reported missing', async () => {
    expect(await outcome('imow', 'examples', 'tpod-amersfoort-gm0307-ow-subset')).toEqual([
      ['LVBB1506', 'blokkerend', 'opdracht.xml'], // the besluit named in opdracht.xml is not in the subset
      ['LVBB1016', 'blokkerend', 'manifest-ow.xml'],
      ['LVBB1016', 'blokkerend', 'manifest-ow.xml'],
      ['LVBB1009', 'blokkerend', 'manifest.xml'],
      ['LVBB1009', 'blokkerend', 'manifest.xml'],
      ['LVBB1009', 'blokkerend', 'manifest.xml'],
    ])
  })
})
