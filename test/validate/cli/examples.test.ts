/**
 * Every real package in ../shared through all layers, with the outcome each one should have and why. These are
 * other software's output; the packages the chain accepted must give 0 blocking findings (issue 15: a blocker the
 * LVBB would not give is a false blocker). Each expected finding below was checked against the files and the rule.
 */
import { describe, expect, test } from 'vitest'
import { readPackage } from '../../../src/package/read.js'
import { validatePackage, type Report } from '../../../src/validate/index.js'
import { schemasDir, sharedDir } from '../../support/shared.js'

async function report(...path: string[]): Promise<Report> {
  return validatePackage(await readPackage(sharedDir(...path)), { schemasDir: schemasDir() })
}
const outcome = (r: Report): [string, string, string | undefined][] => r.findings.map((f) => [f.code, f.severity, f.at?.file])

/** The packages the chain accepted, each with the reason we know it did. */
const accepted: readonly { readonly path: readonly string[]; readonly reason: string }[] = [
  { path: ['stop', 'examples', 'lvbbtest-omgevingsvisie-pv28'], reason: 'Geonovum LVBB-test-repository scenario OmgevingsvisieDirectMuteren/1_Besluit (2021, LVBB/STOP 1.1.0)' },
  { path: ['imow', 'examples', 'lvbb-test-omgevingsvisie-pv28', '1_Besluit'], reason: 'the same Geonovum scenario, as kept in the IMOW examples' },
  { path: ['imow', 'examples', 'lvbb-test-omgevingsvisie-pv28', '2_DirecteMutatie'], reason: 'its follow-up directe mutatie in the same Geonovum scenario' },
  { path: ['stop', 'examples', 'otst-gm9920-initieel-lvbb120'], reason: 'OmgevingswetTestSuiteTool input generated from a DSO download (LVBB 1.2.0 / STOP 1.3.0)' },
]

describe('packages the chain accepted: 0 blocking findings', () => {
  for (const p of accepted) {
    test(`${p.path.join('/')}: ${p.reason}`, async () => {
      const r = await report(...p.path)
      expect(r.findings.filter((f) => f.severity === 'blokkerend').map((f) => [f.code, f.at?.file, f.message])).toEqual([])
    })
  }
})

describe('the examples in ../shared, all layers, finding by finding', () => {
  test('pv28 declares LVBB/STOP 1.1.0, which is not installed: said plainly (VISIE-860), and only the version-independent layers run', async () => {
    const r = await report('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
    expect(r.standaarden).toEqual({ stop: '1.1.0', lvbb: '1.1.0', imow: '3.0', nietOndersteund: ['STOP', 'LVBB'] })
    // pakket, geo and the OW files' XSD find nothing; Schematron, the STOP/LVBB XSDs, the LVBB and OW rules belong to
    // the declared version and did not run (with a 1.1.0 set installed they do: test/validate/versions.test.ts).
    expect(outcome(r)).toEqual([
      ['VISIE-860', 'waarschuwing', 'akn_nl_bill_pv28-1-7.xml'],
      ['VISIE-860', 'waarschuwing', 'akn_nl_bill_pv28-1-7.xml'],
    ])
    expect(r.overgeslagen).toEqual(['stop', 'lvbb', 'ow'])
    expect(r.findings.filter((f) => f.code === 'VISIE-860').map((f) => [f.data.standaard, f.data.verklaard, f.at?.line])).toEqual([
      ['LVBB', '1.1.0', 2],
      ['STOP', '1.1.0', 4],
    ])
  })

  test('gm9920 (LVBB 1.2.0): only the xsd layer\'s information on the xmlns:schemaLocation declarations', async () => {
    const found = outcome(await report('stop', 'examples', 'otst-gm9920-initieel-lvbb120'))
    expect(found.map((f) => [f[0], f[1]])).toEqual(Array(6).fill(['VISIE-804', 'informatie']))
  })

  test('Amersfoort OW subset (not accepted as is: the repository left files out): the files it leaves out are reported missing', async () => {
    expect(outcome(await report('imow', 'examples', 'tpod-amersfoort-gm0307-ow-subset'))).toEqual([
      ['LVBB1506', 'blokkerend', 'opdracht.xml'], // the besluit named in opdracht.xml is not in the subset
      ['LVBB1016', 'blokkerend', 'manifest-ow.xml'],
      ['LVBB1016', 'blokkerend', 'manifest-ow.xml'],
      ['LVBB1009', 'blokkerend', 'manifest.xml'],
      ['LVBB1009', 'blokkerend', 'manifest.xml'],
      ['LVBB1009', 'blokkerend', 'manifest.xml'],
    ])
  })
})
