/** `visie preview` end to end through the CLI entry, on the pv28 example and on a copy with a broken GML hash. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { zipPackage } from '../../src/package/zip.js'
import { fixture, schemasDir, sharedDir } from '../support/shared.js'

const work = mkdtempSync(join(tmpdir(), 'visie-preview-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), tty: false, cwd: work, env: { VISIE_SCHEMAS: schemasDir() } }
  const code = await main(['node', 'visie', ...args], io)
  return { code, out, err }
}

describe('visie preview', () => {
  const pv28 = sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')

  test('writes the HTML file for a package folder', async () => {
    const r = await run('preview', pv28, '--out', 'pv28.html', '--geen-validatie')
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out).toContain(join(work, 'pv28.html'))
    const html = readFileSync(join(work, 'pv28.html'), 'utf8')
    expect(html).toContain('<h1>Ambitienotitie</h1>')
    expect(html).toContain('Het pakket is niet gevalideerd (--geen-validatie)')
    expect(readdirSync(work).filter((n) => n.includes('tmp'))).toEqual([])
  })

  test('the date rules as in visie validate: a datumBekendmaking before --datum is LVBB1501 in both, not before it', async () => {
    expect((await run('build', fixture('assen'), '--out', join(work, 'assen'), '--quiet', '--datum', '2026-01-10')).code).toBe(0)
    const zip = join(work, 'assen', readdirSync(join(work, 'assen')).find((n) => n.endsWith('.zip')) ?? '')
    const count = (out: string) => /\((\d+) bevindingen/.exec(out)?.[1]
    const late = await run('preview', zip, '--out', 'laat.html', '--datum', '2099-01-01')
    const validated = await run('validate', zip, '--datum', '2099-01-01', '--format', 'json')
    const findings = (JSON.parse(validated.out) as { bevindingen: { code: string }[] }).bevindingen
    expect(findings.map((f) => f.code)).toContain('LVBB1501')
    expect(count(late.out)).toBe(String(findings.length))
    expect(readFileSync(join(work, 'laat.html'), 'utf8')).toContain('LVBB1501')
    await run('preview', zip, '--out', 'vroeg.html', '--datum', '2000-01-01')
    expect(readFileSync(join(work, 'vroeg.html'), 'utf8')).not.toContain('LVBB1501')
    expect((await run('preview', zip, '--datum', 'gisteren')).code).toBe(2)
  }, 120_000)

  test('reads a ZIP and names the output after it by default', async () => {
    const files = readdirSync(pv28).map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(pv28, name))), contentType: 'application/xml' }))
    writeFileSync(join(work, 'levering.zip'), await zipPackage(files))
    const r = await run('preview', 'levering.zip', '--geen-validatie')
    expect(r.code).toBe(0)
    expect(readFileSync(join(work, 'levering.html'), 'utf8')).toContain('<h1>Ambitienotitie</h1>')
  })

  test('validates first and shows a blocking finding at its GIO (exit 1)', async () => {
    const broken = join(work, 'kapot')
    cpSync(pv28, broken, { recursive: true })
    // declared as delivered today (pv28's own LVBB/STOP 1.1.0 makes validate weigh blocking findings as warnings, VISIE-860)
    for (const name of readdirSync(broken)) {
      const path = join(broken, name)
      writeFileSync(path, readFileSync(path, 'utf8').replace(/(<Aanlevering(?:Besluit|InformatieObject)\b[^>]*schemaversie=")1\.1\.0"/, '$11.2.0"').replaceAll('schemaversie="1.1.0"', 'schemaversie="1.3.0"'))
    }
    const gml = join(broken, 'Metropool-v1.gml')
    writeFileSync(gml, readFileSync(gml, 'utf8').replace('</geo:GeoInformatieObjectVaststelling>', '<!-- gewijzigd --></geo:GeoInformatieObjectVaststelling>'))
    const r = await run('preview', broken, '--out', 'kapot.html')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/waarvan [1-9]\d* blokkerend/)
    const html = readFileSync(join(work, 'kapot.html'), 'utf8')
    const section = html.slice(html.indexOf('<section id="gio-2"'), html.indexOf('</section>', html.indexOf('<section id="gio-2"')))
    expect(section).toContain('LVBB3008')
  })

  test('builds a project folder first and previews what it would deliver', async () => {
    const r = await run('preview', fixture('assen'), '--out', 'assen.html')
    expect(r.err).toBe('')
    expect([0, 1]).toContain(r.code) // 1 only when the build itself finds blocking problems
    const html = readFileSync(join(work, 'assen.html'), 'utf8')
    expect(html).toContain('<h1>Omgevingsvisie gemeente Assen</h1>')
    // visie.json says the geometry is schematic: every map says so.
    const maps = html.split('class="map-figure"').length - 1
    expect(maps).toBeGreaterThan(0)
    expect(html.split('class="map-note"').length - 1).toBe(maps)
  })

  test('draws the ambtsgebied from a GeoJSON file, and refuses one that is not in RD', async () => {
    const assen = sharedDir('geo', 'cbs_gemeente_2025_gm0106_rd.geojson')
    const r = await run('preview', pv28, '--out', 'ctx.html', '--geen-validatie', '--ambtsgebied', assen)
    expect(r.code).toBe(0)
    expect(readFileSync(join(work, 'ctx.html'), 'utf8')).toContain('<g class="map-context" aria-hidden="true"><title>ambtsgebied</title>')
    const wgs = await run('preview', pv28, '--out', 'x.html', '--geen-validatie', '--ambtsgebied', sharedDir('geo', 'natura2000_assen_omgeving_etrs89.geojson'))
    expect(wgs.code).toBe(2)
    expect(wgs.err).toContain('RD New')
  })
})

