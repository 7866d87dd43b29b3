/**
 * The date rules: calendar arithmetic (Easter, the Algemene termijnenwet holidays) against known dates, and
 * LVBB1501/1519/1580 on copies of pv28 (datumBekendmaking 2021-11-19, a Friday; juridischWerkendVanaf the same day).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { packageFromFiles } from '../../../src/package/read.js'
import { validatePackage } from '../../../src/validate/index.js'
import { dayNumber, easter, feestdagen, nonWorkingReason } from '../../../src/validate/lvbb/dates.js'
import { schemasDir } from '../../support/shared.js'
import { edit, type File, loadFolder, loadPv28Clean, pv28, withCode } from '../package-fixtures.js'

const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
let files: File[]
beforeAll(async () => {
  files = await loadPv28Clean()
})

const lvbb = async (f: readonly File[], vandaag?: string) =>
  validatePackage(packageFromFiles('test', f), { schemasDir: schemasDir(), ...(vandaag ? { vandaag } : {}) }, { layers: ['lvbb'] })
const bekendmaking = (datum: string) => edit(files, 'opdracht.xml', (t) => t.replace('<datumBekendmaking>2021-11-19<', `<datumBekendmaking>${datum}<`))

describe('calendar', () => {
  test('Easter Sunday of known years', () => {
    expect(['2000', '2019', '2024', '2025', '2026', '2038'].map((y) => easter(Number(y)))).toEqual([
      '2000-04-23', '2019-04-21', '2024-03-31', '2025-04-20', '2026-04-05', '2038-04-25',
    ])
  })

  test('the holidays of 2025: Koningsdag moves to Saturday 26 April because the 27th is a Sunday', () => {
    expect([...feestdagen(2025)]).toEqual([
      ['2025-01-01', 'Nieuwjaarsdag'], ['2025-04-21', 'Tweede Paasdag'], ['2025-04-26', 'Koningsdag'], ['2025-05-05', 'Bevrijdingsdag'],
      ['2025-05-29', 'Hemelvaartsdag'], ['2025-06-09', 'Tweede Pinksterdag'], ['2025-12-25', 'Eerste Kerstdag'], ['2025-12-26', 'Tweede Kerstdag'],
    ])
  })

  test('working days and dates that are not', () => {
    expect(['2026-11-27', '2026-11-28', '2026-11-29', '2026-05-14', '2026-04-03'].map(nonWorkingReason)).toEqual([
      undefined, 'zaterdag', 'zondag', 'Hemelvaartsdag', undefined, // Goede Vrijdag is no general holiday
    ])
    expect([dayNumber('2024-02-29'), dayNumber('2023-02-29'), dayNumber('19-11-2021'), dayNumber('1970-01-02')]).toEqual([19782, undefined, undefined, 1])
  })
})

describe('LVBB1501: datumBekendmaking JJJJ-MM-DD and in the future', () => {
  test('silent without vandaag, and when vandaag lies before datumBekendmaking', async () => {
    expect((await lvbb(files)).findings).toEqual([])
    expect((await lvbb(files, '2021-11-18')).findings).toEqual([])
  })

  test('vandaag = datumBekendmaking is not the future; a later vandaag neither', async () => {
    for (const vandaag of ['2021-11-19', '2026-11-28']) {
      const found = withCode(await lvbb(files, vandaag), 'LVBB1501')
      expect(found.map((f) => [f.data, f.at])).toEqual([
        [{ veld: 'datumBekendmaking', waarde: '2021-11-19', reden: 'niet in de toekomst', vandaag }, { file: 'opdracht.xml', xpath: '/publicatieOpdracht/datumBekendmaking', line: 7 }],
      ])
      expect(found[0]?.message).toBe(
        `datumBekendmaking 2021-11-19 in opdracht.xml ligt niet in de toekomst (vandaag is ${vandaag}); kies een latere datum vóór u een publicatieOpdracht instuurt.`,
      )
      expect(found[0]?.severity).toBe('blokkerend')
    }
  })

  test('for a validatieOpdracht (a trial that publishes nothing) a date in the past is a warning', async () => {
    const validatie = edit(files, 'opdracht.xml', (t) => t.replace(/publicatieOpdracht/g, 'validatieOpdracht'))
    const found = withCode(await lvbb(validatie, '2026-11-28'), 'LVBB1501')
    expect(found.map((f) => [f.severity, f.at?.xpath])).toEqual([['waarschuwing', '/validatieOpdracht/datumBekendmaking']])
  })

  test('a date that does not exist is a format error, with or without vandaag', async () => {
    const found = withCode(await lvbb(bekendmaking('2021-02-30'), '2021-01-01'), 'LVBB1501')
    expect(found.map((f) => [f.data.reden, f.data.waarde, f.at?.line])).toEqual([['vorm', '2021-02-30', 7]])
  })
})

describe('LVBB1519: datumBekendmaking is a working day', () => {
  test('a Saturday and Tweede Paasdag 2022 are not', async () => {
    expect(withCode(await lvbb(bekendmaking('2021-11-20')), 'LVBB1519').map((f) => [f.data, f.at?.line])).toEqual([[{ waarde: '2021-11-20', reden: 'zaterdag' }, 7]])
    expect(withCode(await lvbb(bekendmaking('2022-04-18')), 'LVBB1519').map((f) => f.data.reden)).toEqual(['Tweede Paasdag'])
  })

  test('a malformed date is LVBB1501 only', async () => {
    const report = await lvbb(bekendmaking('2021-11-31'))
    expect(report.findings.map((f) => f.code)).toEqual(['LVBB1501'])
  })
})

describe('LVBB1580: juridischWerkendVanaf at most 90 days after datumBekendmaking', () => {
  const jwv = (datum: string) =>
    edit(files, BESLUIT, (t) => t.replace('<soortTijdstempel>juridischWerkendVanaf</soortTijdstempel>\n\t\t\t\t\t<datum>2021-11-19<', `<soortTijdstempel>juridischWerkendVanaf</soortTijdstempel>\n\t\t\t\t\t<datum>${datum}<`))

  test('90 days (2022-02-17) is allowed, 91 days (2022-02-18) is not', async () => {
    expect(withCode(await lvbb(jwv('2022-02-17')), 'LVBB1580')).toEqual([])
    const found = withCode(await lvbb(jwv('2022-02-18')), 'LVBB1580')
    expect(found.map((f) => [f.data, f.at])).toEqual([
      [
        { datum: '2022-02-18', datumBekendmaking: '2021-11-19', dagen: 91, maximum: 90 },
        { file: BESLUIT, xpath: '/AanleveringBesluit/BesluitVersie/ConsolidatieInformatie/Tijdstempels/Tijdstempel/datum', line: 67 },
      ],
    ])
  })

  test('silent when datumBekendmaking is absent (LVBB1505 reports that)', async () => {
    const broken = edit(jwv('2023-01-01'), 'opdracht.xml', (t) => t.replace('<datumBekendmaking>2021-11-19</datumBekendmaking>', ''))
    const report = await lvbb(broken)
    expect(report.findings.map((f) => f.code)).toEqual(['LVBB1505'])
  })
})
