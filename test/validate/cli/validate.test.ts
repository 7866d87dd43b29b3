/** `visie validate` end to end through main(): exit codes, formats, --out, --regels, unreadable input. */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { main } from '../../../src/cli/index.js'
import type { Io } from '../../../src/cli/io.js'
import { catalogue } from '../../../src/validate/catalogue.js'
import { edit, gm9920, loadFolder, loadPv28, loadPv28Clean, pv28, zipTo } from '../package-fixtures.js'
import { schemasDir } from '../../support/shared.js'

function captureIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = ''
  let err = ''
  return {
    out: (s) => (out += s),
    err: (s) => (err += s),
    tty: false,
    cwd: process.cwd(),
    env: { VISIE_SCHEMAS: schemasDir() },
    stdout: () => out,
    stderr: () => err,
  }
}

// pv28 has one blocking ow finding of its own (TPOD1300, see test/validate/ow), so these tests leave ow out; its
// datumBekendmaking is 2021-11-19, so they validate as on the day before (LVBB1501 "in de toekomst").
const tsLayers = ['--lagen', 'pakket,lvbb,geo', '--datum', '2021-11-18']

describe('visie validate', () => {
  test('a broken package exits 1 and the JSON report has the product.md §2 shape', async () => {
    const files = edit(await loadPv28Clean(), 'manifest.xml', (t) => t.replace('<lvbb:bestandsnaam>opdracht.xml<', '<lvbb:bestandsnaam>Opdracht.xml<'))
    const zip = await zipTo(files)
    const io = captureIo()
    const code = await main(['node', 'visie', 'validate', zip, '--format', 'json', ...tsLayers], io)
    expect(code).toBe(1)
    const json = JSON.parse(io.stdout())
    expect(Object.keys(json)).toEqual(['tool', 'versie', 'pakket', 'standaarden', 'samenvatting', 'bevindingen'])
    expect(json.standaarden).toEqual({ stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' })
    expect(json.samenvatting).toEqual({ blokkerend: 1, waarschuwing: 0, informatie: 0 })
    expect(json.bevindingen).toEqual([
      {
        code: 'LVBB1009',
        ernst: 'blokkerend',
        laag: 'pakket',
        bestand: 'manifest.xml',
        pad: '/lvbb:manifest/lvbb:bestand[13]/lvbb:bestandsnaam',
        regel: 52,
        melding: "manifest.xml noemt 'Opdracht.xml', maar het pakket bevat 'opdracht.xml' (hoofd- en kleine letters verschillen; namen moeten exact gelijk zijn).",
      },
    ])
  })

  test('the text report is Dutch, summary first, grouped by layer and file; --out writes it', async () => {
    const files = edit(await loadPv28Clean(), 'manifest.xml', (t) => t.replace('<lvbb:bestandsnaam>opdracht.xml<', '<lvbb:bestandsnaam>Opdracht.xml<'))
    const zip = await zipTo(files)
    const out = join(await mkdtemp(join(tmpdir(), 'visie-test-')), 'rapport.txt')
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', zip, '--out', out, ...tsLayers], io)).toBe(1)
    expect(io.stdout()).toBe('')
    const lines = (await readFile(out, 'utf8')).split('\n')
    expect(lines[2]).toBe('Samenvatting: 1 blokkerend, 0 waarschuwingen, 0 informatie')
    expect(lines.slice(5, 8)).toEqual([
      '== Pakket (ZIP, manifest, bestanden) ==',
      '  manifest.xml',
      "    LVBB1009 (blokkerend) regel 52: manifest.xml noemt 'Opdracht.xml', maar het pakket bevat 'opdracht.xml' (hoofd- en kleine letters verschillen; namen moeten exact gelijk zijn).",
    ])
  })

  test('junit: one testsuite per layer, one failing testcase per blocking finding', async () => {
    const files = edit(await loadPv28Clean(), 'manifest.xml', (t) => t.replace('<lvbb:bestandsnaam>opdracht.xml<', '<lvbb:bestandsnaam>Opdracht.xml<'))
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', await zipTo(files), '--format', 'junit', ...tsLayers], io)).toBe(1)
    const xml = io.stdout()
    expect(xml.match(/<testsuite /g)?.length).toBe(7) // pakket xsd stop lvbb geo ow bron
    expect(xml).toMatch(/<testsuite name="pakket" tests="1" failures="1" errors="0" skipped="0" timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d" time="\d+\.\d{3}">/)
    expect(xml.match(/<failure /g)?.length).toBe(1)
    expect(xml).toContain('type="LVBB1009"')
    // The layers left out with --lagen are skipped, not passed.
    expect([...xml.matchAll(/<testsuite name="(\w+)"[^>]* skipped="1"/g)].map((m) => m[1])).toEqual(['xsd', 'stop', 'ow'])
    expect(xml.match(/<skipped message="Niet gekozen met --lagen."\/>/g)?.length).toBe(3)
    expect(xml).toMatch(/<testsuites [^>]*skipped="3" time="\d+\.\d{3}">/)
  })

  test('junit: warnings are passing testcases with their text in system-out', async () => {
    const io = captureIo()
    // pv28 on a day after its datumBekendmaking, as a validatieOpdracht: LVBB1501 is a warning.
    const files = edit(await loadPv28(), 'opdracht.xml', (t) => t.replace(/publicatieOpdracht/g, 'validatieOpdracht'))
    expect(await main(['node', 'visie', 'validate', await zipTo(files), '--format', 'junit', '--lagen', 'lvbb', '--datum', '2026-11-28'], io)).toBe(0)
    const xml = io.stdout()
    expect(xml).toMatch(/<testcase classname="lvbb.opdracht.xml" name="LVBB1501 \(waarschuwing\) opdracht.xml regel \d+ [^"]*">\s*<system-out>datumBekendmaking 2021-11-19/)
    expect(xml.match(/<failure /g)).toBeNull()
  })

  test('the real gm9920 package passes the pakket, xsd, lvbb, geo and ow layers: exit 0', async () => {
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', gm9920(), '--lagen', 'pakket,xsd,lvbb,geo,ow', '--datum', '2025-10-16'], io)).toBe(0)
    expect(io.stdout()).toContain('Resultaat: geen blokkerende bevindingen.')
  })

  test('--datum is today for LVBB1501: on its datumBekendmaking (2025-10-17) gm9920 exits 1; a non-date is a usage error', async () => {
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', gm9920(), '--lagen', 'lvbb', '--datum', '2025-10-17', '--format', 'json'], io)).toBe(1)
    const json = JSON.parse(io.stdout()) as { bevindingen: { code: string }[] }
    expect(json.bevindingen.map((f) => f.code)).toEqual(['LVBB1501'])
    const bad = captureIo()
    expect(await main(['node', 'visie', 'validate', gm9920(), '--datum', '2025-02-30'], bad)).toBe(2)
    expect(bad.stderr()).toContain("--datum '2025-02-30' is geen datum in de vorm JJJJ-MM-DD.")
  })

  test('without --datum the clock is today: gm9920 (bekendgemaakt 2025-10-17) is no longer in the future', async () => {
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', gm9920(), '--lagen', 'lvbb'], io)).toBe(1)
    expect(io.stdout()).toContain('LVBB1501')
  })

  test('a missing package exits 2 with a Dutch message', async () => {
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', '/nonexistent/pakket.zip'], io)).toBe(2)
    expect(io.stderr()).toContain("Pakket '/nonexistent/pakket.zip' bestaat niet of is niet leesbaar.")
  })

  test('--regels lists every code of the catalogue with its layer and severity', async () => {
    const io = captureIo()
    expect(await main(['node', 'visie', 'validate', '--regels'], io)).toBe(0)
    for (const e of catalogue) expect(io.stdout()).toMatch(new RegExp(`^  ${e.code.replaceAll('.', '\\.')} +${e.layer} +${e.severity} +${e.source} `, 'm'))
    for (const code of ['LVBB1013', 'LVBB1017', 'LVBB1018', 'LVBB1501', 'LVBB1519', 'LVBB1580', 'LVBB4038', 'LVBB4039', 'TPOD2111', 'TPOD2112', 'OZON0370', 'LVBB2003', 'VISIE-100']) {
      expect(io.stdout()).toMatch(new RegExp(`^  ${code} +(pakket|lvbb|ow|xsd|bron) +blokkerend +`, 'm'))
    }
  })
})
