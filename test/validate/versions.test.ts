/**
 * Issue 15 item 4: a package is validated with the schemas and rules of the STOP/LVBB version it declares when that
 * version is installed, and otherwise gets VISIE-860 and only the version-independent layers (the pv28 example, which
 * declares 1.1.0, against the installed 1.3.0/1.2.0 set: test/validate/cli/examples.test.ts).
 *
 * The official 1.1.0 set cannot be downloaded here, so a stand-in is installed under the 1.1.0 folder names: the
 * installed 1.3.0/1.2.0 folders linked as `stop-1.1.0` / `lvbb-1.1.0` (the Geonovum notes say pv28 validates against
 * those). What is asserted is the routing: the declared version's folders are the ones read, and the report names them.
 */
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { packageFromFiles, readPackage } from '../../src/package/read.js'
import { validatePackage, type Report } from '../../src/validate/index.js'
import { formatJson } from '../../src/validate/report/json.js'
import { formatJunit } from '../../src/validate/report/junit.js'
import { formatText } from '../../src/validate/report/text.js'
import { schemasDir, sharedDir } from '../support/shared.js'
import { edit, loadPv28 } from './package-fixtures.js'

let full: string
let partial: string
const installed = schemasDir()

/** A schema dir with the installed set linked in, plus `<kind>/<standaard>-1.1.0` as a link to the installed version. */
async function standIn(leaveOut?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'visie-versies-'))
  await symlink(join(installed, 'imow'), join(dir, 'imow'))
  for (const kind of ['schemas', 'schematron']) {
    await mkdir(join(dir, 'stop', kind), { recursive: true })
    for (const name of await readdir(join(installed, 'stop', kind))) await symlink(join(installed, 'stop', kind, name), join(dir, 'stop', kind, name))
    for (const [old, now] of [['stop-1.1.0', 'stop-1.3.0'], ['lvbb-1.1.0', 'lvbb-1.2.0']] as const) {
      const target = join(dir, 'stop', kind, old)
      await mkdir(target)
      for (const f of await readdir(join(installed, 'stop', kind, now))) if (f !== leaveOut) await symlink(join(installed, 'stop', kind, now, f), join(target, f))
    }
  }
  return dir
}

beforeAll(async () => {
  full = await standIn()
  partial = await standIn('lvbb-transport.xsd')
})
afterAll(async () => {
  await rm(full, { recursive: true, force: true })
  await rm(partial, { recursive: true, force: true })
})

const pv28 = () => sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
const validate = async (dir: string, schemas: string): Promise<Report> => validatePackage(await readPackage(dir), { schemasDir: schemas })

describe('a package declaring STOP/LVBB 1.1.0', () => {
  test('with a 1.1.0 set installed: validated with it, every layer, and the header names 1.1.0', { timeout: 180_000 }, async () => {
    const r = await validate(pv28(), full)
    expect(r.standaarden).toEqual({ stop: '1.1.0', lvbb: '1.1.0', imow: '3.0' })
    expect(r.overgeslagen).toEqual([])
    expect(r.findings.map((f) => f.code)).not.toContain('VISIE-860')
    // The OW rules run too: the three DeltaVisie geometries shared by several Gebieden are OZON0370 (blocking in the
    // current matrix; the chain of 2021 accepted them), the old waardelijst spelling OZON0080.
    expect(r.findings.filter((f) => f.code === 'OZON0370').map((f) => [f.severity, f.at?.file])).toEqual(Array(3).fill(['blokkerend', 'DeltaVisie-v1.gml']))
    expect(r.findings.map((f) => f.code)).toContain('OZON0080')
    expect(formatText(r)).toContain('Standaarden: STOP 1.1.0, LVBB 1.1.0, IMOW 3.0\n')
  })

  test('the 1.1.0 folders are the ones read: a file missing there is named, though 1.2.0 has it', { timeout: 180_000 }, async () => {
    const r = await validate(pv28(), partial)
    const missing = r.findings.filter((f) => f.code === 'VISIE-803')
    expect(missing.map((f) => [f.at?.file, f.data.schema])).toEqual([
      ['manifest.xml', 'stop/schemas/lvbb-1.1.0/lvbb-transport.xsd'],
      ['opdracht.xml', 'stop/schemas/lvbb-1.1.0/lvbb-transport.xsd'],
    ])
  })

  test('without it: VISIE-860 per standard at the declaring element, only pakket, geo and the OW XSDs; every format says so', async () => {
    const r = await validate(pv28(), installed)
    expect(r.findings.map((f) => [f.code, f.severity, f.at?.file, f.at?.line, f.data.verklaard, f.data.geinstalleerd])).toEqual([
      ['VISIE-860', 'waarschuwing', 'akn_nl_bill_pv28-1-7.xml', 2, '1.1.0', '1.2.0'],
      ['VISIE-860', 'waarschuwing', 'akn_nl_bill_pv28-1-7.xml', 4, '1.1.0', '1.3.0'],
    ])
    expect(r.overgeslagen).toEqual(['stop', 'lvbb', 'ow'])
    expect(r.standaarden).toEqual({ stop: '1.1.0', lvbb: '1.1.0', imow: '3.0', nietOndersteund: ['STOP', 'LVBB'] })
    expect(formatText(r)).toContain('STOP 1.1.0 (verklaard, niet ondersteund: alleen versie-onafhankelijke controles)')
    expect(JSON.parse(formatJson(r)).standaarden).toEqual({ stop: '1.1.0', lvbb: '1.1.0', imow: '3.0', nietOndersteund: ['STOP', 'LVBB'] })
    const junit = formatJunit(r)
    expect(junit).toContain('<property name="stop" value="1.1.0"/>')
    expect(junit).toContain('<property name="niet-ondersteund" value="STOP,LVBB"/>')
    expect(junit).toMatch(/<testsuite name="ow"[^>]*skipped="1"/)
    expect(junit).toContain('verklaart een niet ondersteunde versie (STOP, LVBB)')
  })

  test('the same package declaring 1.3.0/1.2.0 (loadPv28) is validated in full with the installed set', async () => {
    const r = await validatePackage(packageFromFiles('pv28-1.3.0', await loadPv28()), { schemasDir: installed })
    expect(r.standaarden).toEqual({ stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' })
    expect(r.overgeslagen).toEqual([])
    expect(r.findings.filter((f) => f.code === 'OZON0370').map((f) => f.severity)).toEqual(['blokkerend', 'blokkerend', 'blokkerend'])
  })

  test('IMOWversie 3.2 in manifest-ow (no XSD or rules for it): VISIE-862 there, no OW XSD and no OW rules; STOP/LVBB still in full', async () => {
    const files = edit(await loadPv28(), 'manifest-ow.xml', (t) => t.replace('<domein>omgevingswet</domein>', '<domein>omgevingswet</domein>\n\t<IMOWversie>3.2</IMOWversie>'))
    const r = await validatePackage(packageFromFiles('pv28-imow-3.2', files), { schemasDir: installed })
    expect(r.findings.filter((f) => f.code === 'VISIE-862').map((f) => [f.severity, f.at?.file, f.at?.line, f.data.verklaard])).toEqual([['waarschuwing', 'manifest-ow.xml', 4, '3.2']])
    expect(r.standaarden).toEqual({ stop: '1.3.0', lvbb: '1.2.0', imow: '3.2', nietOndersteund: ['IMOW'] })
    expect(r.overgeslagen).toEqual(['ow'])
    expect(r.findings.filter((f) => f.layer === 'ow' || f.code === 'TPOD1164' || f.code === 'LVBB1032')).toEqual([])
    // IMOWversie 3.1 is known: no VISIE-862, the OW layer runs (OZON0370 on the shared geometries)
    const known = edit(await loadPv28(), 'manifest-ow.xml', (t) => t.replace('<domein>omgevingswet</domein>', '<domein>omgevingswet</domein>\n\t<IMOWversie>3.1</IMOWversie>'))
    const r31 = await validatePackage(packageFromFiles('pv28-imow-3.1', known), { schemasDir: installed })
    expect(r31.findings.map((f) => f.code)).not.toContain('VISIE-862')
    expect(r31.findings.map((f) => f.code)).toContain('OZON0370')
    // Up to 3.0 the rules of IMOW 3.0 apply; packages write the XSD version there (gm9920: 2.0.1)
    const old = edit(await loadPv28(), 'manifest-ow.xml', (t) => t.replace('<domein>omgevingswet</domein>', '<domein>omgevingswet</domein>\n\t<IMOWversie>2.0.1</IMOWversie>'))
    const r201 = await validatePackage(packageFromFiles('pv28-imow-2.0.1', old), { schemasDir: installed })
    expect(r201.findings.map((f) => f.code)).not.toContain('VISIE-862')
    expect(r201.standaarden.nietOndersteund).toBeUndefined()
  })
})
