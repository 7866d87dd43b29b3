/** The pakket rules on copies of the real pv28 package broken on purpose (manifest ↔ ZIP, content types). */
import { beforeAll, describe, expect, test } from 'vitest'
import { readPackage } from '../../../src/package/read.js'
import { validatePackage } from '../../../src/validate/index.js'
import { schemasDir } from '../../support/shared.js'
import { edit, type File, loadFolder, loadPv28, pv28, validateFiles, withCode, withFile, without, zipTo } from '../package-fixtures.js'

let files: File[]
beforeAll(async () => {
  files = await loadPv28()
})
const pakket = async (f: readonly File[]) => validateFiles(f, ['pakket'])

describe('pakket rules', () => {
  test('the real pv28 package, zipped, has no pakket findings', async () => {
    const pkg = await readPackage(await zipTo(files))
    const report = await validatePackage(pkg, { schemasDir: schemasDir() }, { layers: ['pakket'] })
    expect(report.findings).toEqual([])
  })

  test('LVBB1002/LVBB1003: opdracht.xml and manifest.xml missing', async () => {
    const report = await pakket(without(without(files, 'opdracht.xml'), 'manifest.xml'))
    expect(report.findings.map((f) => f.code)).toEqual(['LVBB1002', 'LVBB1003'])
  })

  test('LVBB1009: a file in the manifest but not in the ZIP', async () => {
    const report = await pakket(without(files, 'owHoofdlijn.xml'))
    expect(report.findings.map((f) => [f.code, f.data.bestand, f.at?.file, f.at?.line])).toEqual([
      // sorted by file: 'manifest-ow.xml' < 'manifest.xml' in code units
      ['LVBB1016', 'owHoofdlijn.xml', 'manifest-ow.xml', 18],
      ['LVBB1009', 'owHoofdlijn.xml', 'manifest.xml', 40],
    ])
  })

  test('LVBB1010: a file in the ZIP but not in the manifest', async () => {
    const report = await pakket(withFile(files, 'extra.xml', '<extra/>'))
    expect(report.findings.map((f) => [f.code, f.data.bestand, f.at?.file])).toEqual([['LVBB1010', 'extra.xml', 'extra.xml']])
  })

  test('LVBB1009 (not LVBB1010): a bestandsnaam whose case differs from the ZIP entry', async () => {
    const broken = edit(files, 'manifest.xml', (t) => t.replace('<lvbb:bestandsnaam>Metropool-v1.gml<', '<lvbb:bestandsnaam>metropool-v1.gml<'))
    const report = await pakket(broken)
    expect(report.findings.map((f) => [f.code, f.data.bestand, f.data.inPakket, f.at?.xpath])).toEqual([
      ['LVBB1009', 'metropool-v1.gml', 'Metropool-v1.gml', '/lvbb:manifest/lvbb:bestand[7]/lvbb:bestandsnaam'],
    ])
  })

  test('LVBB1016: a file in manifest-ow.xml but not in the ZIP', async () => {
    const broken = edit(files, 'manifest-ow.xml', (t) => t.replace('<naam>owHoofdlijn.xml</naam>', '<naam>owHoofdlijnen.xml</naam>'))
    const report = await pakket(broken)
    expect(report.findings.map((f) => [f.code, f.data.bestand, f.at?.line])).toEqual([['LVBB1016', 'owHoofdlijnen.xml', 18]])
  })

  test('LVBB1019: a content type outside the list; LVBB1021: manifest-ow.xml declared as GML; LVBB3507: an IO\'s GML declared as XML', async () => {
    const broken = edit(files, 'manifest.xml', (t) =>
      t
        .replace('<lvbb:bestandsnaam>DeltaVisie-v1.gml</lvbb:bestandsnaam>\n\t\t<lvbb:contentType>application/gml+xml<', '<lvbb:bestandsnaam>DeltaVisie-v1.gml</lvbb:bestandsnaam>\n\t\t<lvbb:contentType>application/xml<')
        .replace('<lvbb:bestandsnaam>manifest-ow.xml</lvbb:bestandsnaam>\n\t\t<lvbb:contentType>application/xml<', '<lvbb:bestandsnaam>manifest-ow.xml</lvbb:bestandsnaam>\n\t\t<lvbb:contentType>application/gml+xml<')
        .replace('<lvbb:bestandsnaam>opdracht.xml</lvbb:bestandsnaam>\n\t\t<lvbb:contentType>application/xml<', '<lvbb:bestandsnaam>opdracht.xml</lvbb:bestandsnaam>\n\t\t<lvbb:contentType>text/xml<'),
    )
    const report = await validateFiles(broken, ['pakket', 'lvbb'])
    expect(report.findings.filter((f) => f.code !== 'VISIE-861').map((f) => [f.code, f.data.bestand, f.data.contentType, f.data.werkelijk ?? '', f.at?.file])).toEqual([
      ['LVBB3507', 'DeltaVisie-v1.gml', 'application/xml', '', 'manifest.xml'], // an IO file is PDF or GML
      // sorted by line in manifest.xml
      ['LVBB1021', 'manifest-ow.xml', 'application/gml+xml', 'application/xml', 'manifest.xml'],
      ['LVBB1019', 'opdracht.xml', 'text/xml', '', 'manifest.xml'],
    ])
  })

  test('LVBB1027: a besluit without manifest-ow.xml', async () => {
    const broken = edit(without(files, 'manifest-ow.xml'), 'manifest.xml', (t) => t.replace(/<lvbb:bestand>\s*<lvbb:bestandsnaam>manifest-ow.xml<\/lvbb:bestandsnaam>\s*<lvbb:contentType>application\/xml<\/lvbb:contentType>\s*<\/lvbb:bestand>/, ''))
    const report = await pakket(broken)
    expect(report.findings.map((f) => [f.code, f.data.besluit])).toEqual([['LVBB1027', 'akn_nl_bill_pv28-1-7.xml']])
  })
})
