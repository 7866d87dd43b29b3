/**
 * LVBB environments (issue 19, step 3) through the CLI on the Assen fixture: `--omgeving pre` builds a validatieOpdracht
 * with the pre-productie OINs and idLevering scheme and records it in dist/pre-productie.json; `--omgeving prod` builds
 * a publicatieOpdracht and warns (VISIE-934) while no pre build had the same content.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import { readPackage } from '../../src/package/read.js'
import { fixture, repoRoot, schemasDir } from '../support/shared.js'

const PRE_OIN = '00000001800000000001'
const PROD_OIN = '00000001800000000002'

let dir: string
let project: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-omgeving-'))
  project = join(dir, 'assen')
  await cp(fixture('assen'), project, { recursive: true })
  const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8')) as Record<string, unknown>
  config.omgevingen = {
    pre: { oin: { bevoegdGezag: PRE_OIN, aanleveraar: PRE_OIN }, idLevering: '{idLevering}-pre' },
    prod: { oin: { bevoegdGezag: PROD_OIN, aanleveraar: PROD_OIN } },
  }
  await writeFile(join(project, 'visie.json'), JSON.stringify(config, null, 2))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function visie(...args: string[]): Promise<{ code: number; report: { bevindingen: { code: string }[] } }> {
  const out: string[] = []
  const io = { out: (s: string) => out.push(s), err: () => {}, tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
  const code = await main(['node', 'visie', ...args, '--format', 'json', '--datum', '2026-02-01'], io)
  return { code, report: JSON.parse(out.join('')) }
}

async function opdracht(zip: string): Promise<string> {
  const pkg = await readPackage(join(project, 'dist', zip))
  return Buffer.from(pkg.entries.find((e) => e.name === 'opdracht.xml')?.bytes ?? []).toString('utf8')
}

const codes = (r: { bevindingen: { code: string }[] }) => r.bevindingen.map((b) => b.code)

describe('visie build --omgeving', () => {
  test('prod before any pre build: a publicatieOpdracht with the productie OINs, and VISIE-934', async () => {
    const { code, report } = await visie('build', project, '--omgeving', 'prod')
    expect(code).toBe(0)
    expect(codes(report)).toContain('VISIE-934')
    const o = await opdracht('gm0106-omgevingsvisie-2026-1.zip')
    expect(o).toContain('<publicatieOpdracht')
    expect(o).toContain(`<idBevoegdGezag>${PROD_OIN}</idBevoegdGezag>`)
  })

  test('pre: a validatieOpdracht under the pre idLevering with the pre OINs, recorded in dist/pre-productie.json', async () => {
    const { code, report } = await visie('build', project, '--omgeving', 'pre')
    expect(code).toBe(0)
    expect(codes(report)).not.toContain('VISIE-934')
    const o = await opdracht('gm0106-omgevingsvisie-2026-1-pre.zip')
    expect(o).toContain('<validatieOpdracht')
    expect(o).toContain('<idLevering>gm0106-omgevingsvisie-2026-1-pre</idLevering>')
    expect(o).toContain(`<idAanleveraar>${PRE_OIN}</idAanleveraar>`)
    const record = JSON.parse(await readFile(join(project, 'dist', 'pre-productie.json'), 'utf8')) as { leveringen: { soort: string; idLevering: string; inhoud: string }[] }
    expect(record.leveringen.map((l) => [l.soort, l.idLevering])).toEqual([['besluit', 'gm0106-omgevingsvisie-2026-1-pre']])
    expect(record.leveringen[0]?.inhoud).toMatch(/^[0-9a-f]{64}$/)
  })

  test('prod after pre of the same content: no VISIE-934; a pre build again leaves the record byte for byte the same', async () => {
    const before = await readFile(join(project, 'dist', 'pre-productie.json'))
    expect(codes((await visie('build', project, '--omgeving', 'prod')).report)).not.toContain('VISIE-934')
    await visie('build', project, '--omgeving', 'pre')
    expect((await readFile(join(project, 'dist', 'pre-productie.json'))).equals(before)).toBe(true)
  })

  test('prod of a changed text (never built for pre): VISIE-934 again', async () => {
    const tekst = join(project, 'omgevingsvisie.txt')
    const text = await readFile(tekst, 'utf8')
    await writeFile(tekst, text.replace('Participatie is bij de instrumenten van de', 'Participatie is bij alle instrumenten van de'))
    expect(codes((await visie('build', project, '--omgeving', 'prod')).report)).toContain('VISIE-934')
    await writeFile(tekst, text)
  })

  test('an environment visie.json does not have: exit 2, nothing written', async () => {
    const other = join(dir, 'zonder')
    await cp(fixture('assen'), other, { recursive: true })
    const err: string[] = []
    const io = { out: () => {}, err: (s: string) => err.push(s), tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
    expect(await main(['node', 'visie', 'build', other, '--omgeving', 'pre'], io)).toBe(2)
    expect(err.join('')).toContain('visie.json heeft geen omgevingen.pre')
    await expect(readdir(join(other, 'dist'))).rejects.toThrow()
  })
})
