/**
 * The checks issue 15 item 3 adds, each on a copy of pv28 (declared as delivered today) broken for that one rule,
 * asserting the chain's code, the file and the line; and the unbroken copy gives none of them.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { codes, edit, loadPv28, text, validateFiles, type File } from '../package-fixtures.js'

const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
let files: File[]
beforeAll(async () => {
  files = await loadPv28()
})
const lineOf = (f: readonly File[], name: string, needle: string): number => text(f, name).split('\n').findIndex((l) => l.includes(needle)) + 1
const found = async (f: readonly File[], code: string) =>
  (await validateFiles(f, ['pakket', 'lvbb', 'ow'])).findings.filter((x) => x.code === code).map((x) => [x.code, x.severity, x.at?.file, x.at?.line])

describe('checks that were missing', () => {
  test('the unbroken pv28 gives none of them, except the double escapes it really has (&amp;lsquo; 16×, &amp;rsquo; 21×)', async () => {
    const report = await validateFiles(files, ['pakket', 'lvbb', 'ow'])
    for (const code of ['LVBB1025', 'LVBB1515', 'LVBB2503', 'LVBB2505', 'LVBB4002', 'REFERENTIE.04']) expect(codes(report)).not.toContain(code)
    expect(report.findings.filter((f) => f.code === 'VISIE-861').map((f) => [f.severity, f.at?.file, f.at?.line, f.data.gevonden, f.data.aantal])).toEqual([
      ['waarschuwing', BESLUIT, lineOf(files, BESLUIT, '&amp;lsquo;'), '&amp;lsquo;', 37],
    ])
  })

  test('LVBB2505: WorkIDRegeling in manifest-ow.xml is not the regeling of the besluit', async () => {
    const broken = edit(files, 'manifest-ow.xml', (t) => t.replace('<WorkIDRegeling>/akn/nl/act/pv28/2021/1_7<', '<WorkIDRegeling>/akn/nl/act/pv28/2021/andere<'))
    expect(await found(broken, 'LVBB2505')).toEqual([['LVBB2505', 'blokkerend', 'manifest-ow.xml', lineOf(broken, 'manifest-ow.xml', '<WorkIDRegeling>')]])
  })

  test('LVBB2503: DoelID in manifest-ow.xml is no doel of the besluit', async () => {
    const broken = edit(files, 'manifest-ow.xml', (t) => t.replace('<DoelID>/join/id/proces/pv28/2021-11-17/7_1_Instelling<', '<DoelID>/join/id/proces/pv28/2021-11-17/ander_doel<'))
    expect(await found(broken, 'LVBB2503')).toEqual([['LVBB2503', 'blokkerend', 'manifest-ow.xml', lineOf(broken, 'manifest-ow.xml', '<DoelID>')]])
  })

  test('REFERENTIE.04: an objecttype that is no OW type; LVBB1025: objecttype Geometrie', async () => {
    const unknown = edit(files, 'manifest-ow.xml', (t) => t.replace('<objecttype>Hoofdlijn</objecttype>', '<objecttype>Hoofdlijnen</objecttype>'))
    expect(await found(unknown, 'REFERENTIE.04')).toEqual([['REFERENTIE.04', 'blokkerend', 'manifest-ow.xml', lineOf(unknown, 'manifest-ow.xml', '<naam>owHoofdlijn.xml')]])
    const geometrie = edit(files, 'manifest-ow.xml', (t) => t.replace('<objecttype>Gebied</objecttype>', '<objecttype>Gebied</objecttype><objecttype>Geometrie</objecttype>'))
    expect(await found(geometrie, 'LVBB1025')).toEqual([['LVBB1025', 'blokkerend', 'manifest-ow.xml', lineOf(geometrie, 'manifest-ow.xml', '<naam>owLocaties.xml')]])
    expect(await found(geometrie, 'REFERENTIE.04')).toEqual([])
  })

  test('LVBB1515: opdracht.xml names as publicatie a file that is no besluit or kennisgeving', async () => {
    const broken = edit(files, 'opdracht.xml', (t) => t.replace(`<publicatie>${BESLUIT}<`, '<publicatie>GIO_DeltaVisie-v1.xml<'))
    const r = await found(broken, 'LVBB1515')
    expect(r.map((x) => x.slice(0, 3))).toEqual([['LVBB1515', 'blokkerend', 'opdracht.xml']])
    expect(await found(broken, 'LVBB1506')).toEqual([])
  })

  test('LVBB4002: a WijzigBijlage no WijzigArtikel refers to (one finding, at the bijlage)', async () => {
    const broken = edit(files, BESLUIT, (t) => t.replace('<IntRef ref="cmp_A">', '<IntRef ref="cmp_B">'))
    expect(await found(broken, 'LVBB4002')).toEqual([['LVBB4002', 'blokkerend', BESLUIT, lineOf(broken, BESLUIT, '<WijzigBijlage eId="cmp_A"')]])
  })

  test('VISIE-861: a double-escaped entity in the besluit text is a warning with its line', async () => {
    const broken = edit(files, BESLUIT, (t) => t.replace('Bijlage bij Artikel I</IntRef>', 'Bijlage bij Artikel I</IntRef> &amp;lsquo;visie&amp;rsquo;'))
    const r = (await validateFiles(broken, ['lvbb'])).findings.filter((f) => f.code === 'VISIE-861')
    expect(r.map((f) => [f.severity, f.at?.file, f.at?.line, f.data.gevonden, f.data.aantal])).toEqual([['waarschuwing', BESLUIT, lineOf(broken, BESLUIT, '&amp;lsquo;visie'), '&amp;lsquo;', 39]])
  })
})
