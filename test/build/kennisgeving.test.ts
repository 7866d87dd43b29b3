/**
 * The procedure of the Assen visie (issue 19), step 2: `visie kennisgeving` for the terinzagelegging of the ontwerp
 * and `visie procedure` for a step after the vastgestelde besluit, each an AanleveringKennisgeving validated in every
 * layer (XSD, STOP/LVBB Schematron, LVBB rules); the date rules LVBB4703/4758/4759 and VISIE-932/933.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { main } from '../../src/cli/index.js'
import { isBlocking } from '../../src/model/index.js'
import { fixture, repoRoot, schemasDir } from '../support/shared.js'

const str = (r: BuildResult, name: string) => Buffer.from(r.files.find((f) => f.path === name)?.bytes ?? []).toString('utf8')
const stappen = (xml: string) => [...xml.matchAll(/<soortStap>([^<]+)<\/soortStap>\s*<voltooidOp>([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`)

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-kennisgeving-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The Assen fixture as a project in the procedure: `change` edits its visie.json. */
async function project(name: string, change: (c: Record<string, unknown>) => void): Promise<string> {
  const p = join(dir, name)
  await cp(fixture('assen'), p, { recursive: true })
  const config = JSON.parse(await readFile(join(p, 'visie.json'), 'utf8')) as Record<string, unknown>
  config.ontwerp = {
    datums: { vaststelling: '2025-10-07', ondertekening: '2025-10-07', bekendmaking: '2025-10-15' },
    terInzage: { begin: '2025-10-16', einde: '2025-11-26' },
  }
  config.kennisgeving = { bekendmaking: '2025-10-15' }
  change(config)
  await writeFile(join(p, 'visie.json'), JSON.stringify(config, null, 2))
  return p
}

describe('visie kennisgeving: the terinzagelegging of the ontwerp', () => {
  let r: BuildResult
  beforeAll(async () => {
    r = await buildPackage(await project('ontwerp', (c) => { c.fase = 'ontwerp' }), { schemasDir: schemasDir(), levering: 'kennisgeving' })
  })

  test('nothing blocking in any layer; kennisgeving, opdracht and manifest only (no OW: LVBB1028)', () => {
    expect(r.findings.filter(isBlocking)).toEqual([])
    expect(r.files.map((f) => f.path)).toEqual(['kennisgeving.xml', 'manifest.xml', 'opdracht.xml'])
    expect(r.zipName).toBe('gm0106-omgevingsvisie-2026-1-kennisgeving.zip')
    expect(str(r, 'opdracht.xml')).toContain('<publicatie>kennisgeving.xml</publicatie>')
    expect(str(r, 'opdracht.xml')).toContain('<datumBekendmaking>2025-10-15</datumBekendmaking>')
  })

  test('about the ontwerpbesluit, with begin and einde inzagetermijn (LVBB4760) and the dates in words', () => {
    const k = str(r, 'kennisgeving.xml')
    expect(k).toContain('<FRBRWork>/akn/nl/doc/gm0106/2025/omgevingsvisie-ontwerp-kennisgeving</FRBRWork>')
    expect(k).toContain('<soortWork>/join/id/stop/work_023</soortWork>')
    expect(k).toContain('<mededelingOver>/akn/nl/bill/gm0106/2026/omgevingsvisie-ontwerp/nld@2025-10-07;1</mededelingOver>')
    expect(k).toContain('<soortKennisgeving>KennisgevingBesluittermijnen</soortKennisgeving>')
    expect(k).toMatch(/<Procedureverloopmutatie[^>]*>\s*<bekendOp>2025-10-15<\/bekendOp>\s*<voegStappenToe>/)
    expect(stappen(k)).toEqual(['/join/id/stop/procedure/stap_014 2025-10-16', '/join/id/stop/procedure/stap_005 2025-11-26'])
    expect(k).toContain('<Al>Gemeente Assen legt het ontwerp van de omgevingsvisie ter inzage van 16 oktober 2025 tot en met 26 november 2025.</Al>')
  })

  test('an inzagetermijn that ends before it begins is LVBB4758, one that begins before the kennisgeving LVBB4703', async () => {
    const p = await project('verkeerd', (c) => {
      c.fase = 'ontwerp'
      ;(c.ontwerp as Record<string, unknown>).terInzage = { begin: '2025-10-14', einde: '2025-10-01' }
    })
    const bad = await buildPackage(p, { schemasDir: schemasDir(), levering: 'kennisgeving' })
    expect(bad.findings.filter(isBlocking).map((f) => f.code).sort()).toEqual(['LVBB4703', 'LVBB4758'])
    expect(bad.findings.find((f) => f.code === 'LVBB4758')?.data).toEqual({ begin: '2025-10-14', einde: '2025-10-01' })
    expect(bad.zip).toBeUndefined()
  })

  test('without an inzagetermijn: VISIE-932; a kennisgeving before the ontwerp itself: LVBB4759', async () => {
    const zonder = await buildPackage(await project('zonder', (c) => {
      c.fase = 'ontwerp'
      delete (c.ontwerp as Record<string, unknown>).terInzage
    }), { schemasDir: schemasDir(), levering: 'kennisgeving' })
    expect(zonder.findings.filter(isBlocking).map((f) => f.code)).toEqual(['VISIE-932'])
    const vroeg = await buildPackage(await project('vroeg', (c) => {
      c.fase = 'ontwerp'
      c.kennisgeving = { bekendmaking: '2025-10-10' }
    }), { schemasDir: schemasDir(), levering: 'kennisgeving' })
    expect(vroeg.findings.filter(isBlocking).map((f) => f.code)).toEqual(['LVBB4759'])
  })
})

describe('visie procedure: a step after the vastgestelde besluit', () => {
  test('einde beroepstermijn as a Procedureverloopmutatie about the vastgestelde besluit, through the CLI', async () => {
    const p = await project('procedure', (c) => { c.procedure = { bekendmaking: '2026-04-10', eindeBeroepstermijn: '2026-04-08' } })
    const stdout: string[] = []
    const io = { out: (s: string) => stdout.push(s), err: () => {}, tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
    const code = await main(['node', 'visie', 'procedure', p, '--datum', '2026-03-01'], io)
    expect(stdout.join('')).toContain('Pakket geschreven:')
    expect(code).toBe(0)
    expect(await readdir(join(p, 'dist'))).toEqual(['gm0106-omgevingsvisie-2026-1-procedure.zip'])
    const r = await buildPackage(p, { schemasDir: schemasDir(), levering: 'procedure' })
    const k = str(r, 'kennisgeving.xml')
    expect(k).toContain('<mededelingOver>/akn/nl/bill/gm0106/2026/omgevingsvisie/nld@2026-02-19;1</mededelingOver>')
    expect(k).toContain('<FRBRWork>/akn/nl/doc/gm0106/2026/omgevingsvisie-procedure</FRBRWork>')
    expect(stappen(k)).toEqual(['/join/id/stop/procedure/stap_016 2026-04-08'])
  })

  test('without steps (an omgevingsvisie has no bezwaar or beroep): VISIE-933, exit 1 and no ZIP', async () => {
    const p = await project('geen', (c) => { c.procedure = { bekendmaking: '2026-04-10' } })
    const io = { out: () => {}, err: () => {}, tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
    expect(await main(['node', 'visie', 'kennisgeving', p], io)).toBe(1)
    const r = await buildPackage(p, { schemasDir: schemasDir(), levering: 'kennisgeving' })
    expect(r.findings.filter(isBlocking).map((f) => f.code)).toEqual(['VISIE-933'])
    await expect(readdir(join(p, 'dist'))).rejects.toThrow()
  })

  test('a missing bekendmaking date is a usage error in Dutch (exit 2)', async () => {
    const p = await project('zonderdatum', (c) => { delete c.kennisgeving })
    const err: string[] = []
    const io = { out: () => {}, err: (s: string) => err.push(s), tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
    expect(await main(['node', 'visie', 'kennisgeving', p], io)).toBe(2)
    expect(err.join('')).toContain('kennisgeving.bekendmaking nodig')
  })
})
