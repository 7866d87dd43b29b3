/**
 * One cause, one finding (issue 15 item 1): findings that rest on a file which breaks its schema are listed under
 * that schema error, not beside it; findings a rule's finding explains (Rule.explains) are listed under that finding.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildPackage } from '../../../src/build/index.js'
import { isBlocking } from '../../../src/model/index.js'
import { fixture, schemasDir } from '../../support/shared.js'
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

test('visie build of Assen with only its adopting artikel: one blocking VISIE-863 at Artikel I of the text, LVBB3519 and LVBB3518 × GIOs under it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'visie-enig-artikel-'))
  try {
    await cp(fixture('assen'), dir, { recursive: true })
    const bron = await readFile(join(dir, 'omgevingsvisie.txt'), 'utf8')
    const zonder = bron.replace(/Artikel II \n\nDit besluit treedt in werking per 26-02-2026 \n\n/, '')
    expect(zonder).not.toBe(bron)
    await writeFile(join(dir, 'omgevingsvisie.txt'), zonder)
    const built = await buildPackage(dir, { schemasDir: schemasDir() })
    const artikelI = zonder.split('\n').findIndex((l) => l.startsWith('Artikel I ')) + 1
    expect(built.findings.filter((f) => /^LVBB35(18|19)$/.test(f.code))).toEqual([])
    const roots = built.findings.filter((f) => f.code === 'VISIE-863')
    expect(roots.map((f) => [f.severity, f.at?.file, f.source?.file, f.source?.line])).toEqual([['blokkerend', 'besluit.xml', 'omgevingsvisie.txt', artikelI]])
    const gios = built.files.filter((f) => f.path.endsWith('.gml')).length
    expect(gios).toBeGreaterThan(1)
    expect(roots[0]?.consequences?.map((f) => f.code)).toEqual(['LVBB3519', ...Array<string>(gios).fill('LVBB3518')])
    // the writer's own note on the same cause stays a warning; nothing else blocks
    expect(built.findings.filter(isBlocking).map((f) => f.code)).toEqual(['VISIE-863'])
    expect(built.findings.filter((f) => f.code === 'VISIE-313').map((f) => [f.severity, f.source?.line])).toEqual([['waarschuwing', artikelI]])
    expect(built.zip).toBeUndefined()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}, 120_000)
