/**
 * One cause, one finding (issue 15 item 1): findings that rest on a file which breaks its schema are listed under
 * that schema error, not beside it.
 */
import { expect, test } from 'vitest'
import { edit, loadPv28, validateFiles, withCode } from '../package-fixtures.js'

const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'

test('a besluit whose informatieobjectRefs are misspelt: one LVBB2003, the two LVBB3509 it causes grouped under it', async () => {
  const broken = edit(await loadPv28(), BESLUIT, (t) => t.replaceAll('informatieobjectRef>', 'informatieobjectRefx>'))
  const report = await validateFiles(broken, ['xsd', 'lvbb'])
  expect(withCode(report, 'LVBB3509')).toEqual([])
  const [root, ...rest] = withCode(report, 'LVBB2003')
  expect(root?.at?.file).toBe(BESLUIT)
  expect(root?.consequences?.map((f) => [f.code, f.at?.file])).toEqual([
    ['LVBB3509', 'GIO_DeltaVisie-v1.xml'],
    ['LVBB3509', 'GIO_Metropool-v1.xml'],
  ])
  expect(root?.message).toContain('Gevolg hiervan, niet apart gemeld: 2 × LVBB3509.')
  expect(rest.every((f) => f.consequences === undefined)).toBe(true)
  expect(report.samenvatting.blokkerend).toBe(1 + rest.length)
})

test('without the schema error the same LVBB3509 findings stand on their own', async () => {
  const broken = edit(await loadPv28(), BESLUIT, (t) => t.replace(/<informatieobjectRef>[^<]*<\/informatieobjectRef>/g, ''))
  const report = await validateFiles(broken, ['lvbb'])
  expect(withCode(report, 'LVBB3509').map((f) => f.at?.file)).toEqual(['GIO_DeltaVisie-v1.xml', 'GIO_Metropool-v1.xml'])
})
