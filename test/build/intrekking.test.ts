/**
 * `visie intrek VORIGE` on the Assen fixture (issue 17): the besluit that withdraws the whole visie. Expected: no
 * blocking findings in any layer, one Intrekking of the regeling work pointing at Artikel I, no regeling text or GIOs,
 * every OW object of the first version ended. Also `visie diff` through the CLI.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { fixture, repoRoot, schemasDir } from '../support/shared.js'
import { applyEdits, assenEdits, assenWijziging } from './wijziging-fixture.js'

const str = (r: BuildResult, name: string) => Buffer.from(r.files.find((f) => f.path === name)?.bytes ?? []).toString('utf8')
const owObjects = (r: BuildResult) => r.files.filter((f) => /^ow\w+\.xml$/.test(f.path)).map((f) => (str(r, f.path).match(/<ow-dc:owObject>/g) ?? []).length).reduce((a, b) => a + b, 0)

let dir: string
let v1: BuildResult
let ingetrokken: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-intrek-'))
  v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  await assenWijziging(join(dir, 'intrek'), undefined, (t) => t)
  ingetrokken = await buildPackage(join(dir, 'intrek'), { schemasDir: schemasDir(), wijzigt: join(dir, 'v1.zip'), intrek: true })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('intrekking of the Assen visie', () => {
  test('nothing blocking; besluit and OW only', () => {
    expect(ingetrokken.findings.filter(isBlocking)).toEqual([])
    expect(ingetrokken.files.map((f) => f.path).filter((n) => n.startsWith('GIO-') || n.endsWith('.png'))).toEqual([])
    const b = str(ingetrokken, 'besluit.xml')
    expect(b).not.toContain('RegelingVrijetekst')
    expect(b).not.toContain('RegelingMutatie')
    expect(b).toMatch(/<Intrekking>\s*<doelen>\s*<doel>\/join\/id\/proces\/gm0106\/2026\/omgevingsvisie-wijziging-1<\/doel>\s*<\/doelen>\s*<instrument>\/akn\/nl\/act\/gm0106\/2026\/omgevingsvisie<\/instrument>\s*<eId>art_I<\/eId>/)
    expect(b).toContain('<Al>Omgevingsvisie gemeente Assen (/akn/nl/act/gm0106/2026/omgevingsvisie) wordt ingetrokken.</Al>')
    expect(b).toMatch(/<soortTijdstempel>juridischWerkendVanaf<\/soortTijdstempel>\s*<datum>2026-10-01<\/datum>\s*<eId>art_II<\/eId>/)
  })

  test('every OW object of the first version is delivered again, ended', () => {
    const all = owObjects(v1)
    expect(all).toBeGreaterThan(50)
    expect(owObjects(ingetrokken)).toBe(all)
    const ow = ingetrokken.files.filter((f) => /^ow\w+\.xml$/.test(f.path)).map((f) => str(ingetrokken, f.path)).join('\n')
    expect((ow.match(/<(ow|op):status>beëindigen</g) ?? []).length).toBe(all)
  })
})

describe('visie diff through the CLI', () => {
  test('prints the changed heading, the new section and the GIOs; exit 0', async () => {
    await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), (t) => applyEdits(t, assenEdits))
    const stdout: string[] = []
    const io = { out: (s: string) => stdout.push(s), err: () => {}, tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
    const code = await main(['node', 'visie', 'diff', join(dir, 'v1.zip'), join(dir, 'v2')], io)
    const out = stdout.join('')
    expect(code).toBe(0)
    expect(out).toContain('kop gewijzigd: 5.3 Samen plannen maken en uitvoeren (was: 5.3 Samen plannen maken)')
    expect(out).toContain('toegevoegd: 5.5 Monitoring')
    expect(out).toContain('kop gewijzigd: 5.6 Financiering (was: 5.5 Financiering)')
    expect(out).toMatch(/tekst gewijzigd: .*\(alinea's: 1 gewijzigd, 0 toegevoegd, 0 verwijderd\)/)
    expect(out).toContain('ongewijzigd (niet opnieuw aangeleverd): 13')
  })
})
