/**
 * The lvbb rules on the real pv28 package (no findings) and on copies broken on purpose: one test per rule,
 * asserting the exact code, data and place.
 */
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { edit, type File, gm9920, loadFolder, loadPv28, pv28, validateFiles, withCode, withFile, without } from '../package-fixtures.js'

const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
const GIO201 = '/join/id/regdata/pv28/2021/gio201/nld@2021-11-17;1'
let files: File[]

beforeAll(async () => {
  files = await loadPv28()
})

const lvbb = async (f: readonly File[]) => validateFiles(f, ['lvbb'])

describe('lvbb layer on real packages', () => {
  test('pv28 gives only VISIE-861 for its double-escaped quotes; gm9920 gives no lvbb findings', async () => {
    expect((await lvbb(files)).findings.map((f) => [f.code, f.severity])).toEqual([['VISIE-861', 'waarschuwing']])
    expect((await lvbb(await loadFolder(gm9920()))).findings).toEqual([])
  })
})

describe('lvbb rules on broken copies of pv28', () => {
  test('LVBB3008: one changed byte in a GML breaks its hash', async () => {
    const broken = edit(files, 'Metropool-v1.gml', (t) => t.replace('<gml:posList>', '<gml:posList> '))
    const bytes = broken.find((f) => f.name === 'Metropool-v1.gml')!.bytes
    const [f, ...rest] = withCode(await lvbb(broken), 'LVBB3008')
    expect(rest).toEqual([])
    expect(f?.data).toMatchObject({ io: 'GIO_Metropool-v1.xml', bestand: 'Metropool-v1.gml', berekend: createHash('sha512').update(bytes).digest('hex') })
    expect(f?.at).toEqual({ file: 'GIO_Metropool-v1.xml', xpath: '/AanleveringInformatieObject/InformatieObjectVersie/InformatieObjectVersieMetadata/heeftBestanden/heeftBestand/Bestand/hash', line: 15 })
  })

  test('LVBB3504: an informatieobjectRef without an IO in the package', async () => {
    const ref = '/join/id/regdata/pv28/2021/gio999/nld@2021-11-17;1'
    const broken = edit(files, BESLUIT, (t) => t.replace('</informatieobjectRefs>', `<informatieobjectRef>${ref}</informatieobjectRef></informatieobjectRefs>`))
    const found = withCode(await lvbb(broken), 'LVBB3504')
    expect(found.map((f) => [f.data.ref, f.at?.file, f.at?.line])).toEqual([[ref, BESLUIT, 24]])
  })

  test('LVBB3509: an IO that is not in informatieobjectRefs', async () => {
    const broken = edit(files, BESLUIT, (t) => t.replace(`<informatieobjectRef>${GIO201}</informatieobjectRef>`, ''))
    const found = withCode(await lvbb(broken), 'LVBB3509')
    expect(found.map((f) => [f.data.io, f.data.expressie, f.at?.line])).toEqual([['GIO_DeltaVisie-v1.xml', GIO201, 6]])
  })

  test('LVBB3151: a TeConsolideren IO without an ExtIoRef in the besluit', async () => {
    const broken = edit(files, BESLUIT, (t) => t.replace(`ref="${GIO201}">${GIO201}</ExtIoRef>`, `ref="/join/id/regdata/pv28/2021/gio200/nld@2021-11-17;1">x</ExtIoRef>`))
    const found = withCode(await lvbb(broken), 'LVBB3151')
    expect(found.map((f) => [f.data.io, f.data.expressie])).toEqual([['GIO_DeltaVisie-v1.xml', GIO201]])
  })

  test('LVBB3517: an ExtIoRef whose identifier has a line break', async () => {
    const broken = edit(files, BESLUIT, (t) => t.replace(`ref="${GIO201}">${GIO201}</ExtIoRef>`, `ref="${GIO201}">\n${GIO201}</ExtIoRef>`))
    const found = withCode(await lvbb(broken), 'LVBB3517')
    expect(found.map((f) => [f.data.waar, f.at?.line])).toEqual([['tekst', 470]])
  })

  test('LVBB2017: a dotted identifier', async () => {
    const broken = edit(files, BESLUIT, (t) => t.replace('<FRBRWork>/akn/nl/bill/pv28/2021/1_7</FRBRWork>', '<FRBRWork>/akn/nl/bill/pv28/2021/1.7</FRBRWork>'))
    const found = withCode(await lvbb(broken), 'LVBB2017')
    expect(found.map((f) => [f.data.identificatie, f.at?.file, f.at?.line, f.at?.xpath])).toEqual([
      ['/akn/nl/bill/pv28/2021/1.7', BESLUIT, 5, '/AanleveringBesluit/BesluitVersie/ExpressionIdentificatie/FRBRWork'],
    ])
  })

  test('LVBB3506: an IO names a GML that is not in the package', async () => {
    const broken = edit(files, 'GIO_DeltaVisie-v1.xml', (t) => t.replace('<bestandsnaam>DeltaVisie-v1.gml<', '<bestandsnaam>Delta-v2.gml<'))
    const found = withCode(await lvbb(broken), 'LVBB3506')
    expect(found.map((f) => [f.data.io, f.data.bestand, f.at?.line])).toEqual([['GIO_DeltaVisie-v1.xml', 'Delta-v2.gml', 14]])
    expect(withCode(await lvbb(broken), 'LVBB3008')).toEqual([]) // one cause, one finding
  })

  test('LVBB3511/LVBB3512: IO and GML name different works (one finding: LVBB3511) or only different expressions', async () => {
    const broken = edit(files, 'DeltaVisie-v1.gml', (t) => t.replaceAll('/join/id/regdata/pv28/2021/gio201', '/join/id/regdata/pv28/2021/gio202'))
    const report = await lvbb(broken)
    expect(withCode(report, 'LVBB3511').map((f) => [f.data.gml_id, f.at?.file, f.at?.line])).toEqual([['/join/id/regdata/pv28/2021/gio202', 'DeltaVisie-v1.gml', 11]])
    expect(withCode(report, 'LVBB3512')).toEqual([])
    const expression = edit(files, 'DeltaVisie-v1.gml', (t) => t.replace('gio201/nld@2021-11-17;1', 'gio201/nld@2021-11-17;2'))
    expect(withCode(await lvbb(expression), 'LVBB3512').map((f) => [f.data.gml_id, f.at?.file, f.at?.line])).toEqual([['/join/id/regdata/pv28/2021/gio201/nld@2021-11-17;2', 'DeltaVisie-v1.gml', 12]])
  })

  test('LVBB1506: the publicatie named in opdracht.xml is missing', async () => {
    const broken = edit(files, 'opdracht.xml', (t) => t.replace('<publicatie>akn_nl_bill_pv28-1-7.xml<', '<publicatie>besluit.xml<'))
    expect(withCode(await lvbb(broken), 'LVBB1506').map((f) => f.data.waarde)).toEqual(['besluit.xml'])
  })

  test('LVBB1501/LVBB1505: datumBekendmaking malformed or absent', async () => {
    const malformed = edit(files, 'opdracht.xml', (t) => t.replace('2021-11-19', '19-11-2021'))
    expect(withCode(await lvbb(malformed), 'LVBB1501').map((f) => f.data.waarde)).toEqual(['19-11-2021'])
    const absent = edit(files, 'opdracht.xml', (t) => t.replace('<datumBekendmaking>2021-11-19</datumBekendmaking>', ''))
    expect(withCode(await lvbb(absent), 'LVBB1505')).toHaveLength(1)
  })

  test('LVBB1510/LVBB1511: OINs absent', async () => {
    const broken = edit(files, 'opdracht.xml', (t) => t.replace(/<idBevoegdGezag>\d+<\/idBevoegdGezag>/, '').replace(/<idAanleveraar>\d+<\/idAanleveraar>/, '<idAanleveraar></idAanleveraar>'))
    const report = await lvbb(broken)
    expect(withCode(report, 'LVBB1510')).toHaveLength(1)
    expect(withCode(report, 'LVBB1511')).toHaveLength(1)
  })

  test('a package without a besluit is judged on what it has (no LVBB3509/3151)', async () => {
    const ioOnly = without(withFile(files, 'extra.txt', 'x'), BESLUIT)
    const report = await lvbb(ioOnly)
    expect(withCode(report, 'LVBB3509')).toEqual([])
    expect(withCode(report, 'LVBB3151')).toEqual([])
  })
})

describe('LVBB2017 on attributes', () => {
  test('a dotted ExtIoRef/@ref is reported with an attribute XPath', async () => {
    const files = await loadPv28()
    const broken = edit(files, BESLUIT, (t) => t.replace(`ref="${GIO201}">`, `ref="/join/id/regdata/pv28/2021/gio.201/nld@2021-11-17;1">`))
    const found = withCode(await validateFiles(broken, ['lvbb']), 'LVBB2017')
    expect(found.map((f) => [f.data.identificatie, f.at?.line, f.at?.xpath?.endsWith('/@ref')])).toEqual([['/join/id/regdata/pv28/2021/gio.201/nld@2021-11-17;1', 470, true]])
  })
})
