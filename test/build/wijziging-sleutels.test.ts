/**
 * visie.json keys that name a heading (ow.annotaties, afbeeldingen for an empty heading) after a wijziging renumbered
 * the sections (issue 17): a key with its title follows its section to the new number (VISIE-918), a key whose title
 * changed is found by its number with a warning (VISIE-919), a title that names several headings blocks (VISIE-921),
 * a number-only annotation that now names another section than in the previous version is VISIE-922, an image key
 * that names nothing is VISIE-923. Nothing moves silently. The wijziging is the Assen one with 3.1/3.2 swapped and a
 * chapter 5 inserted (old 5.x become 6.x).
 */
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { readText } from '../../src/parse/index.js'
import { fixture, schemasDir } from '../support/shared.js'
import { type Elem, find, isEl, parse, text } from './mutatie-applier.js'
import { assenWijziging, verplaatsEdit } from './wijziging-fixture.js'

const SLOT = '5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'
const PARTICIPATIE = 'http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Procedures'

type Config = { ow: { annotaties: Record<string, unknown> }; afbeeldingen: Record<string, string> }

/** visie.json as a gemeente leaves it after the renumbering: old numbers, some keys with their title. */
async function sleutels(project: string, change: (c: Config) => void): Promise<void> {
  const path = join(project, 'visie.json')
  const config = JSON.parse(await readFile(path, 'utf8')) as Config
  change(config)
  await writeFile(path, JSON.stringify(config, null, 2))
}

const codes = (r: BuildResult, ...wanted: string[]) => r.findings.filter((f) => wanted.includes(f.code))
const owDivisies = (r: BuildResult): string => Buffer.from(r.files.find((f) => f.path === 'owDivisies.xml')?.bytes ?? []).toString('utf8')

let dir: string
let v2: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-sleutels-'))
  const v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), verplaatsEdit)
  await sleutels(join(dir, 'v2'), (c) => {
    const a = c.ow.annotaties
    // '3.2' stays as it was: it named Wonen en woonomgeving, which is 3.1 now.
    a['3.3 Winkelen en verblijven'] = a['3.3']
    delete a['3.3']
    a['5.4 Participatie'] = { themas: [PARTICIPATIE] }
    a['4.4.1 Centrum'] = a['4.4.1']
    delete a['4.4.1']
    c.afbeeldingen['Schets van het stationsgebied'] = 'afbeeldingen/tabel-5-2-schematisch.png'
  })
  v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
}, 240_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('visie.json keys after a renumbering', () => {
  test('nothing blocking; each uncertain key is named with what it was matched to', () => {
    expect(v2.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 100)}`)).toEqual([])
    const found = codes(v2, 'VISIE-918', 'VISIE-919', 'VISIE-922', 'VISIE-923').map((f) => [f.code, f.severity, f.data.sleutel, f.data.kop ?? f.data.wordt ?? f.data.bestand])
    expect(found.sort()).toEqual([
      ['VISIE-918', 'informatie', `afbeeldingen[${JSON.stringify(SLOT)}]`, '6.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'],
      ['VISIE-918', 'informatie', 'ow.annotaties["5.4 Participatie"]', '6.4 Participatie'],
      ['VISIE-919', 'waarschuwing', 'ow.annotaties["4.4.1 Centrum"]', '4.4.1 Binnenstad'],
      ['VISIE-922', 'waarschuwing', '3.2', '3.2 Assen in ontwikkeling'],
      ['VISIE-923', 'waarschuwing', 'Schets van het stationsgebied', 'afbeeldingen/tabel-5-2-schematisch.png'],
    ].sort())
    const verschoven = codes(v2, 'VISIE-922')[0]
    expect(verschoven?.message).toContain('noemde in de vorige versie "3.2 Wonen en woonomgeving", maar nu "3.2 Assen in ontwikkeling". Die paragraaf heet nu "3.1 Wonen en woonomgeving".')
    expect(verschoven?.source?.line).toBeGreaterThan(0)
    expect(codes(v2, 'VISIE-918').every((f) => f.source?.file === 'omgevingsvisie.txt' && f.source.line > 2000)).toBe(true)
  })

  test('the image keyed by the old number fills the renumbered empty heading: its Figuur in renvooi, the image delivered', () => {
    const m = find(parse(v2.files.find((f) => f.path === 'besluit.xml')?.bytes ?? new Uint8Array()), (e) => e.name === 'RegelingMutatie') as Elem
    const figuur = find(m, (e) => e.name === 'Figuur') as Elem
    expect(text(figuur.children.filter((c) => isEl(c) && c.name === 'Titel'))).toContain('<VerwijderdeTekst>5.2</VerwijderdeTekst><NieuweTekst>6.2</NieuweTekst>')
    expect(find(figuur, (e) => e.name === 'Illustratie')?.attrs.naam).toBe('tabel-5-2-schematisch.png')
    expect(v2.files.map((f) => f.path)).toContain('tabel-5-2-schematisch.png')
    const leeg = v2.findings.find((f) => f.code === 'VISIE-104')
    expect([leeg?.severity, leeg?.data.nummer]).toEqual(['informatie', '6.2'])
  })

  test('the annotation keyed by title lands on the renumbered section (its Tekstdeel carries the thema)', () => {
    const ow = owDivisies(v2)
    expect(ow.split(PARTICIPATIE).length - 1).toBe(1)
  })
})

describe('VISIE-921: a key whose title names several headings', () => {
  test('blocks, names every heading it fits, and annotates none of them', async () => {
    const project = join(dir, 'dubbel')
    await assenWijziging(project, undefined, (t) => t)
    await sleutels(project, (c) => {
      c.ow.annotaties['9.9 Inleiding'] = { themas: [PARTICIPATIE] }
    })
    const r = await buildPackage(project, { schemasDir: schemasDir() })
    const dubbel = codes(r, 'VISIE-921')
    expect(dubbel.map((f) => [f.severity, f.data.sleutel])).toEqual([['blokkerend', 'ow.annotaties["9.9 Inleiding"]']])
    expect(String(dubbel[0]?.data.koppen).split(' | ')).toHaveLength(2)
    expect(codes(r, 'VISIE-400')).toEqual([])
  }, 120_000)

  test('a number alone stays what it was for existing projects: Assen reads 3.2 as Wonen en woonomgeving', async () => {
    const { document } = readText(await readFile(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' })
    const { matchKop, parseKopSleutel } = await import('../../src/model/index.js')
    const nodes = document.besluit.wijzigBijlage.regeling.lichaam.flatMap(function all(s): typeof document.besluit.wijzigBijlage.regeling.lichaam[number][] {
      return s.type === 'divisie' ? [s, ...s.children.flatMap(all)] : [s]
    })
    const hit = matchKop(parseKopSleutel('3.2') ?? { nummer: '' }, nodes)
    expect('node' in hit ? [hit.soort, hit.node.kop?.opschrift] : hit.soort).toEqual(['exact', 'Wonen en woonomgeving'])
  })
})
