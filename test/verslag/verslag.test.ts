/**
 * `visie verslag` (issue 19, step 4) on LVBB reports written for these tests in the public format of
 * lvbb-transport.xsd 1.2.0 (fixtures/, each checked against the installed XSD first): every melding listed with
 * code, package file and element; with the project the source line, and the meldingen visie's own validation did not
 * give listed apart.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import { validateXml } from '../../src/validate/xsd/index.js'
import { readVerslag } from '../../src/verslag/index.js'
import { fixture, repoRoot, schemasDir } from '../support/shared.js'

const fixtures = join(repoRoot, 'test', 'verslag', 'fixtures')
const ASSEN = join(fixtures, 'assen-validatie-niet-valide.xml')
const KENNISGEVING = join(fixtures, 'kennisgeving-validatie-niet-valide.xml')
const GEPUBLICEERD = join(fixtures, 'assen-publicatie-gepubliceerd.xml')

interface Bevinding { code: string; ernst: string; bestand?: string; pad?: string; regel?: number; bron?: { bestand: string; regel: number }; melding: string }
interface Uitvoer { bevindingen: Bevinding[]; verslag: { uitkomst?: string; idLevering?: string; nietDoorVisieGemeld?: { code: string }[] } }

async function visie(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), tty: false, cwd: repoRoot, env: { VISIE_SCHEMAS: schemasDir() } }
  const code = await main(['node', 'visie', ...args], io)
  return { code, out: out.join(''), err: err.join('') }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-verslag-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the fixtures are LVBB reports in the public format', () => {
  test.each([ASSEN, KENNISGEVING, GEPUBLICEERD])('%s is valid against lvbb-transport.xsd', async (file) => {
    const findings = await validateXml('verslag.xml', await readFile(file), schemasDir())
    expect(findings.filter((f) => f.severity !== 'informatie')).toEqual([])
  })

  test('readVerslag: outcome, idLevering and each melding with code, ernst, soort and beschrijving', async () => {
    const v = readVerslag(await readFile(ASSEN), 'assen.xml')
    expect(v).toMatchObject({ soort: 'validatieVerzoekResultaat', verzoek: 'succes', uitkomst: 'niet-valide', idLevering: 'gm0106-omgevingsvisie-2026-1' })
    expect(v.meldingen.map((m) => `${m.code} ${m.ernst} ${m.soort}`)).toEqual([
      'LVBB1512 fout technisch', 'LVBB3508 fout inhoudelijk', 'OZON0216 waarschuwing inhoudelijk', 'TPOD2110 informatie inhoudelijk',
    ])
    expect(v.meldingen[1]?.categorie).toBe('informatieobject')
  })
})

describe('visie verslag with the Assen project', () => {
  let json: Uitvoer
  let code: number
  beforeAll(async () => {
    const r = await visie('verslag', ASSEN, fixture('assen'), '--format', 'json')
    code = r.code
    json = JSON.parse(r.out) as Uitvoer
  })

  test('exit 1 (niet-valide); each melding with its package file and element', () => {
    expect(code).toBe(1)
    const by = new Map(json.bevindingen.map((b) => [b.code, b]))
    expect(by.get('LVBB1512')).toMatchObject({ ernst: 'blokkerend', bestand: 'opdracht.xml' })
    expect(by.get('OZON0216')).toMatchObject({ ernst: 'waarschuwing', bestand: 'owLocaties.xml', pad: '//l:identificatie' })
    expect(by.get('LVBB3508')).toMatchObject({ bestand: 'GIO-bedrijventerreinen.gml', pad: '//geo:FRBRExpression' })
    expect(by.get('TPOD2110')).toMatchObject({ ernst: 'informatie', bestand: 'owDivisies.xml', pad: '//vt:identificatie' })
  })

  test('traced to the source: the GIO to its row in Bijlage I, the Tekstdeel to the paragraph it annotates', async () => {
    const text = (await readFile(join(fixture('assen'), 'omgevingsvisie.txt'), 'utf8')).split('\n')
    const by = new Map(json.bevindingen.map((b) => [b.code, b]))
    const gio = by.get('LVBB3508')?.bron
    expect(gio?.bestand).toBe('omgevingsvisie.txt')
    expect(text[(gio?.regel ?? 0) - 1]).toBe('bedrijventerreinen /join/id/regdata/gm0106/2025/db3fe- ')
    // owDivisies.xml: this Tekstdeel annotates the Divisietekst of paragraph 2.2, whose text starts here
    expect(text[(by.get('TPOD2110')?.bron?.regel ?? 0) - 1]).toMatch(/^Groen en natuur zijn onmisbaar voor een aantrekkelijke stad\./)
    expect(by.get('LVBB1512')?.bron).toBeUndefined()
  })

  test('the meldingen visie did not give are listed apart (here all four: none can be checked offline)', () => {
    expect(json.verslag.nietDoorVisieGemeld?.map((m) => m.code).sort()).toEqual(['LVBB1512', 'LVBB3508', 'OZON0216', 'TPOD2110'])
  })

  test('text and JUnit', async () => {
    const text = await visie('verslag', ASSEN, fixture('assen'))
    expect(text.out).toContain('Uitkomst: verzoek succes, niet-valide; 4 meldingen')
    expect(text.out).toContain('== Meldingen die visie validate niet gaf (4) ==')
    expect(text.out).toContain('bron: omgevingsvisie.txt, regel ')
    const junit = await visie('verslag', ASSEN, '--format', 'junit')
    expect(junit.out).toMatch(/<testsuite [^>]*name="pakket"/)
    expect(junit.out).toContain('LVBB1512')
    expect(junit.out).toMatch(/<failure[^>]*>/)
  })
})

describe('visie verslag with a kennisgeving project: what visie gave too, and what it did not', () => {
  test('LVBB4758 visie reports itself; LVBB4702 (the ontwerpbesluit is not in the LVBB) is listed apart', async () => {
    const p = join(dir, 'ontwerp')
    await cp(fixture('assen'), p, { recursive: true })
    const config = JSON.parse(await readFile(join(p, 'visie.json'), 'utf8')) as Record<string, unknown>
    config.fase = 'ontwerp'
    config.ontwerp = {
      datums: { vaststelling: '2025-10-07', ondertekening: '2025-10-07', bekendmaking: '2025-10-15' },
      terInzage: { begin: '2025-10-16', einde: '2025-10-01' },
    }
    config.kennisgeving = { bekendmaking: '2025-10-15' }
    await writeFile(join(p, 'visie.json'), JSON.stringify(config, null, 2))
    const r = await visie('verslag', KENNISGEVING, p, '--format', 'json')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out) as Uitvoer
    expect(json.bevindingen.map((b) => b.code).sort()).toEqual(['LVBB4702', 'LVBB4758'])
    expect(json.bevindingen.find((b) => b.code === 'LVBB4758')?.bestand).toBe('kennisgeving.xml')
    expect(json.bevindingen.find((b) => b.code === 'LVBB4702')).toMatchObject({ bestand: 'kennisgeving.xml', pad: '//mededelingOver' })
    expect(json.verslag.nietDoorVisieGemeld?.map((m) => m.code)).toEqual(['LVBB4702'])
  })
})

describe('other reports and input', () => {
  test('a publication report without meldingen: exit 0, gepubliceerd', async () => {
    const r = await visie('verslag', GEPUBLICEERD, '--format', 'json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as Uitvoer
    expect(json.bevindingen).toEqual([])
    expect(json.verslag).toMatchObject({ uitkomst: 'gepubliceerd', idLevering: 'gm0106-omgevingsvisie-2026-1' })
  })

  test('a report about another idLevering than the project delivers: VISIE-935', async () => {
    const p = join(dir, 'ander')
    await cp(fixture('assen'), p, { recursive: true })
    const config = JSON.parse(await readFile(join(p, 'visie.json'), 'utf8')) as Record<string, unknown>
    config.idLevering = 'gm0106-iets-anders'
    await writeFile(join(p, 'visie.json'), JSON.stringify(config, null, 2))
    const json = JSON.parse((await visie('verslag', GEPUBLICEERD, p, '--format', 'json')).out) as Uitvoer
    expect(json.bevindingen.map((b) => b.code)).toEqual(['VISIE-935'])
  })

  test('a file that is no LVBB report (an opdracht.xml): exit 2 with a Dutch message', async () => {
    const f = join(dir, 'opdracht.xml')
    await writeFile(f, '<?xml version="1.0"?><validatieOpdracht xmlns="http://www.overheid.nl/2017/lvbb"><idLevering>x</idLevering></validatieOpdracht>')
    const r = await visie('verslag', f)
    expect(r.code).toBe(2)
    expect(r.err).toContain('is geen verslag van de LVBB: het rootelement is validatieOpdracht')
  })
})

describe('placing many meldingen (one index of the package, not a search per melding)', () => {
  test('each OW object named: the file and line of its identificatie and the element around it, as a search of the text finds them', async () => {
    const { buildPackage } = await import('../../src/build/index.js')
    const { meldingFindings } = await import('../../src/verslag/index.js')
    const built = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
    const texts = [...built.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, Buffer.from(f.bytes).toString('utf8')] as const)
    const ids = [...new Set(texts.flatMap(([, t]) => [...t.matchAll(/<[\w:]*identificatie>(nl\.imow-[^<]+)</g)].map((m) => m[1] as string)))]
    expect(ids.length).toBeGreaterThan(50)
    const meldingen = ids.map((id) => ({ code: 'OZON0216', ernst: 'waarschuwing', soort: 'inhoudelijk', beschrijving: `Object ${id} is vreemd.` }))
    const found = meldingFindings({ soort: 'validatieVerzoekResultaat', meldingen }, { files: built.files, sourceFile: 'omgevingsvisie.txt', findings: [] })
    // The reference: the first file (by name) with `identificatie>ID<`, the line by counting, the last start tag before it.
    const expected = ids.map((id) => {
      const [path, text] = texts.find(([, t]) => t.includes(`identificatie>${id}<`)) as readonly [string, string]
      const at = text.indexOf(`identificatie>${id}<`) + 'identificatie>'.length
      const before = text.slice(0, at)
      const tag = [...before.matchAll(/<([A-Za-z][\w.-]*(?::[\w.-]+)?)[\s>/]/g)].at(-1)?.[1]
      return { file: path, line: before.split('\n').length, xpath: `//${tag}` }
    })
    expect(found.map((f) => f.at)).toEqual(expected)
  }, 120_000)
})
