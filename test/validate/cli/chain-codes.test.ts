/**
 * Checks the issue lists whose chain code comes from the official Schematron (layer 'stop'), run through
 * validatePackage on broken copies of pv28: a duplicate eId (STOP0027), a dangling IntRef (STOP0010), and a
 * BeoogdInformatieobject whose eId no longer names its ExtIoRef (BHKV1036).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { edit, type File, loadFolder, loadPv28, pv28, validateFiles, withCode } from '../package-fixtures.js'

const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
let files: File[]
beforeAll(async () => {
  files = await loadPv28()
})

describe('Schematron codes through the runner', () => {
  test('STOP0027 duplicate eId, STOP0010 dangling IntRef, BHKV1036 via the same edit set', async () => {
    const broken = edit(files, BESLUIT, (t) =>
      t
        .replace('<IntRef ref="cmp_A">', '<IntRef ref="cmp_ZZ">')
        .replace('eId="cmp_2__content_o_1__list_o_1__item_o_2__ref_o_1"', 'eId="cmp_2__content_o_1__list_o_1__item_o_1__ref_o_1"'),
    )
    const report = await validateFiles(broken, ['stop'])
    expect(withCode(report, 'STOP0010').map((f) => [f.at?.file, f.at?.line])).toEqual([[BESLUIT, 86]])
    expect(withCode(report, 'STOP0027').map((f) => f.at?.file)).toEqual([BESLUIT])
    expect(withCode(report, 'STOP0027')[0]?.message).toContain("De eId 'cmp_2__content_o_1__list_o_1__item_o_1__ref_o_1'")
    expect(withCode(report, 'BHKV1036').map((f) => f.at?.file)).toEqual([BESLUIT])
  })

  test('the unbroken pv28 gives no Schematron findings', async () => {
    expect((await validateFiles(files, ['stop'])).findings).toEqual([])
  })
})
