/**
 * Hardening round 2 (issue 16): the reproductions of D1, D2, D5–D7, D12–D14 and their neighbours through the CLI
 * (main() with a capturing Io). Each case asserts the exit code, the Dutch message or the finding at its source
 * line/key, and that --out holds nothing but what should be there: no partial file, no temporary file.
 * XSD/Schematron are skipped (--schemas points nowhere): none of these cases needs them.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readPackage } from '../../src/package/read.js'
import { serialize, el } from '../../src/stop/besluit/xml.js'
import { writeGioGml } from '../../src/gio/write-gml.js'
import { assenProject, cli, edited, editJson, leftBehind, lineOf, seed, tempDir } from './support.js'

const NO_SCHEMAS = join(tempDir('visie-no-schemas-'), 'absent')
const ZIP = 'gm0106-omgevingsvisie-2026-1.zip'

async function build(project: string, ...extra: string[]): Promise<{ code: number; out: string; err: string; outDir: string }> {
  const outDir = join(tempDir('visie-out-'), 'dist')
  const r = await cli(project, 'build', project, '--out', outDir, '--quiet', '--format', 'json', '--schemas', NO_SCHEMAS, ...extra)
  return { ...r, outDir }
}

interface Bevinding { code: string; ernst: string; bron?: { regel: number }; melding: string }
const bevindingen = (out: string) => (JSON.parse(out) as { bevindingen: Bevinding[] }).bevindingen
const codesAt = (out: string, code: string) => bevindingen(out).filter((b) => b.code === code).map((b) => `${b.code}@${b.bron?.regel}:${b.ernst}`)
const blocking = (out: string) => bevindingen(out).filter((b) => b.ernst === 'blokkerend').map((b) => (b.bron ? `${b.code}@${b.bron.regel}` : b.code))
const withText = (text: string | Uint8Array) => assenProject((d) => writeFileSync(join(d, 'omgevingsvisie.txt'), text))
/** XML 1.0 Char, as a regex over the decoded text: anything outside makes a file not well-formed. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u

async function zipTexts(zip: string): Promise<Map<string, string>> {
  const pkg = await readPackage(zip)
  return new Map(pkg.entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)]))
}

describe('D1 XML-illegal characters', () => {
  const leeswijzer = lineOf(seed, '1.2 Leeswijzer')

  test("Word's manual line break (U+000B) in a heading: read as a space, VISIE-141 at its line, a well-formed ZIP", async () => {
    const r = await build(withText(edited('1.2 Leeswijzer', '1.2 Lees\u000bwijzer')))
    expect(r.code).toBe(0)
    expect(codesAt(r.out, 'VISIE-141')).toEqual([`VISIE-141@${leeswijzer}:informatie`])
    const files = await zipTexts(join(r.outDir, ZIP))
    expect(files.get('besluit.xml')).toContain('<Opschrift>Lees wijzer</Opschrift>')
    for (const [name, text] of files) if (name.endsWith('.xml') || name.endsWith('.gml')) expect([name, NOT_XML_CHAR.test(text)]).toEqual([name, false])
  })

  test('other controls (U+0001, U+001F, U+FFFF) are removed with a waarschuwing VISIE-140 naming the character at its line', async () => {
    const text = edited('1.2 Leeswijzer', '1.2 Lees\u0001wijzer').replace('2.4 Verbonden stad', '2.4 Verbonden\u001f stad\uffff')
    const r = await build(withText(text))
    expect(r.code).toBe(0)
    expect(codesAt(r.out, 'VISIE-140')).toEqual([
      `VISIE-140@${leeswijzer}:waarschuwing`,
      `VISIE-140@${lineOf(text, '2.4 Verbonden')}:waarschuwing`,
      `VISIE-140@${lineOf(text, '2.4 Verbonden')}:waarschuwing`,
    ])
    expect(bevindingen(r.out).find((b) => b.code === 'VISIE-140')?.melding).toContain('stuurteken U+0001')
    const besluit = (await zipTexts(join(r.outDir, ZIP))).get('besluit.xml') as string
    expect(besluit).toContain('<Opschrift>Leeswijzer</Opschrift>')
    expect(NOT_XML_CHAR.test(besluit)).toBe(false)
  })

  test('visie parse reports them too (it accepted them silently)', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'v.txt'), edited('1.2 Leeswijzer', '1.2 Lees\u0007wijzer'))
    const r = await cli(dir, 'parse', 'v.txt', '--format', 'outline')
    expect(r.err).toContain(`v.txt:${leeswijzer}: waarschuwing VISIE-140: Op deze regel staat het onzichtbare stuurteken U+0007`)
    expect(r.out).toContain('"Leeswijzer"')
  })

  test('in visie.json (escaped, so JSON.parse accepts it): input error naming the key, exit 2, nothing written', async () => {
    const project = assenProject((d) =>
      editJson(join(d, 'visie.json'), (j) => {
        j.naam = 'Gemeente\u000bAssen'
        ;(j.afbeeldingen as Record<string, string>)['Kaart\u0002'] = 'afbeeldingen/visiekaart-schematisch.png'
      }),
    )
    const r = await build(project, '--force')
    expect(r.code).toBe(2)
    expect(r.err).toContain('visie.json bevat tekens die XML (en dus STOP) niet kan bevatten')
    expect(r.err).toContain('  naam: het stuurteken U+000B\n')
    expect(r.err).toContain('  afbeeldingen.Kaart\u0002: het stuurteken U+0002\n')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('a GeoJSON feature naam with controls: the GML writer replaces them (U+FFFD), the GIO stays well-formed', async () => {
    const project = assenProject((d) => {
      const path = join(d, 'geo', 'gio-schematisch.geojson')
      const geo = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Record<string, unknown> }[] }
      ;(geo.features[0] as { properties: Record<string, unknown> }).properties.naam = 'Locatie\u0001een'
      writeFileSync(path, JSON.stringify(geo))
    })
    const r = await build(project)
    expect(r.code).toBe(0)
    const gmls = [...(await zipTexts(join(r.outDir, ZIP)))].filter(([n]) => n.endsWith('.gml')).map(([, t]) => t)
    expect(gmls.some((t) => t.includes('<geo:naam>Locatie\uFFFDeen</geo:naam>'))).toBe(true)
    for (const t of gmls) expect(NOT_XML_CHAR.test(t)).toBe(false)
  })

  test('the writers themselves: whatever text reaches them, the output has no XML-illegal character', () => {
    const hostile = 'a\u0000b\u0001c\u000bd\u001fe\ufffef\uffff\ud800g'
    const besluit = new TextDecoder().decode(serialize(el('Al', { wId: hostile }, hostile)))
    expect(besluit).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Al wId="a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD\uFFFDg">a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD\uFFFDg</Al>\n')
    const ring = Float64Array.from([0, 0, 10, 0, 10, 10, 0, 0])
    const gml = writeGioGml({
      work: '/join/id/regdata/gm0106/2025/x', expression: '/join/id/regdata/gm0106/2025/x/nld@2026;1',
      achtergrondVerwijzing: `TOP10NL${hostile}`, achtergrondActualiteit: '2025-12-01',
      locaties: [{ naam: hostile, basisgeoId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', geometrie: { soort: 'vlak', parts: [[ring]] } }],
    }).toString('utf8')
    expect(NOT_XML_CHAR.test(gml)).toBe(false)
    expect(gml).toContain('<geo:naam>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD\uFFFDg</geo:naam>')
  })
})

describe('D2 devices and FIFOs', () => {
  test('an afbeelding that is /dev/zero: exit 2 naming the key, nothing read, nothing written', async () => {
    const project = assenProject((d) =>
      editJson(join(d, 'visie.json'), (j) => {
        j.bestandenBuitenProjectmap = true
        ;(j.afbeeldingen as Record<string, string>)['Visiekaart omgevingsvisie Assen met straatnamen'] = '/dev/zero'
      }),
    )
    const r = await build(project)
    expect(r.code).toBe(2)
    expect(r.err).toContain('visie.json noemt iets anders dan een gewoon bestand')
    expect(r.err).toContain('  afbeeldingen["Visiekaart omgevingsvisie Assen met straatnamen"]: /dev/zero is een apparaat, pipe of socket\n')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  for (const key of ['tekst', 'afbeelding', 'geo'] as const) {
    test(`a FIFO as ${key}: exit 2 at once (no wait for a writer), nothing written`, async () => {
      const project = assenProject((d) => {
        expect(spawnSync('mkfifo', [join(d, 'pijp')]).status).toBe(0)
        editJson(join(d, 'visie.json'), (j) => {
          if (key === 'tekst') j.tekst = 'pijp'
          if (key === 'afbeelding') (j.afbeeldingen as Record<string, string>)['Visiekaart omgevingsvisie Assen met straatnamen'] = 'pijp'
          if (key === 'geo') (j.geo as Record<string, unknown>).bronnen = ['pijp']
        })
      })
      const r = await build(project)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/: pijp is een apparaat, pipe of socket\n/u)
      expect(leftBehind(r.outDir)).toEqual([])
    })
  }

  test('visie parse of a FIFO and of a folder: exit 2 with the reason', async () => {
    const dir = tempDir()
    expect(spawnSync('mkfifo', [join(dir, 'pijp')]).status).toBe(0)
    mkdirSync(join(dir, 'map'))
    expect(await cli(dir, 'parse', 'pijp')).toMatchObject({ code: 2, err: "visie: 'pijp' is niet te lezen: het is geen gewoon bestand (een apparaat, pipe of socket).\n" })
    expect(await cli(dir, 'parse', 'map')).toMatchObject({ code: 2, err: "visie: 'map' is niet te lezen: het is een map, geen bestand.\n" })
  })
  test('a FIFO as --geo, as init --tekst and as schemas install --from: exit 2 at once, naming what it is', async () => {
    const dir = tempDir()
    expect(spawnSync('mkfifo', [join(dir, 'pijp')]).status).toBe(0)
    const geo = await build(assenProject(), '--geo', join(dir, 'pijp'))
    expect([geo.code, geo.err]).toEqual([2, `visie: Kan geometriebestand ${join(dir, 'pijp')} niet lezen (${join(dir, 'pijp')}): het is geen gewoon bestand (een apparaat, pipe of socket).\n`])
    const init = await cli(dir, 'init', 'project', '--tekst', 'pijp')
    expect([init.code, init.err]).toEqual([2, "visie: --tekst 'pijp' is niet te lezen: het is geen gewoon bestand (een apparaat, pipe of socket).\n"])
    const schemas = await cli(dir, 'schemas', 'install', '--from', 'pijp', '--to', 'set')
    expect([schemas.code, schemas.err]).toEqual([2, `visie: --from ${join(dir, 'pijp')} is geen map, ZIP of URL: het is een apparaat, pipe of socket.\n`])
    expect(readdirSync(dir)).toEqual(['pijp'])
  })
})

describe('D5 D6 D7 writing: no temp file survives, disk errors in Dutch', () => {
  const zipOf = async () => {
    const r = await build(assenProject())
    expect(r.code).toBe(0)
    return join(r.outDir, ZIP)
  }

  test('validate --out and preview --out onto a folder: exit 2 naming the path and the cause, no temp file', async () => {
    const zip = await zipOf()
    const dir = tempDir()
    mkdirSync(join(dir, 'rapport.json'))
    const v = await cli(dir, 'validate', zip, '--format', 'json', '--out', 'rapport.json', '--lagen', 'pakket')
    expect(v.code).toBe(2)
    expect(v.err).toBe(`visie: Kan '${join(dir, 'rapport.json')}' niet schrijven: dat is een map, geen bestand (EISDIR).\n`)
    mkdirSync(join(dir, 'p.html'))
    const p = await cli(dir, 'preview', zip, '--out', 'p.html', '--geen-validatie')
    expect(p.err).toBe(`visie: Kan '${join(dir, 'p.html')}' niet schrijven: dat is een map, geen bestand (EISDIR).\n`)
    expect(readdirSync(dir).sort()).toEqual(['p.html', 'rapport.json'])
  })

  test('--out below a file (ENOTDIR/EEXIST) and on a read-only place: a Dutch sentence, never "interne fout"', async () => {
    const zip = await zipOf()
    const dir = tempDir()
    writeFileSync(join(dir, 'bestand'), 'x')
    const below = await cli(dir, 'validate', zip, '--out', 'bestand/r.txt', '--lagen', 'pakket')
    expect(below.code).toBe(2)
    expect(below.err).toBe(`visie: Kan '${join(dir, 'bestand')}' niet als map aanmaken: er bestaat al een bestand of (symbolische) link met die naam (EEXIST).\n`)
    const proc = await cli(dir, 'validate', zip, '--out', '/proc/visie-rapport.txt', '--lagen', 'pakket')
    expect(proc.code).toBe(2)
    expect(proc.err).toMatch(/^visie: Kan '\/proc\/visie-rapport\.txt' niet schrijven: .* \(E[A-Z]+\)\.\n$/u)
    const built = await cli(dir, 'build', assenProject(), '--out', 'bestand', '--quiet', '--schemas', NO_SCHEMAS)
    expect(built.code).toBe(2)
    expect(built.err).toContain(`visie: Kan '${join(dir, 'bestand')}' niet als map aanmaken`)
    expect(readdirSync(dir)).toEqual(['bestand'])
  })

  test('init into a path below a file: exit 2 in Dutch; init never writes through a (dangling) symbolic link', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bestand'), 'x')
    const below = await cli(dir, 'init', 'bestand/project')
    expect(below.code).toBe(2)
    expect(below.err).not.toContain('interne fout')
    expect(below.err).toMatch(/^visie: Kan '.*bestand.*' niet .*\(E(EXIST|NOTDIR)\)\.\n$/u)
    mkdirSync(join(dir, 'p1'))
    symlinkSync(join(dir, 'elders.json'), join(dir, 'p1', 'visie.json'))
    const dangling = await cli(dir, 'init', 'p1')
    expect(dangling).toMatchObject({ code: 2, err: `visie: ${join(dir, 'p1', 'visie.json')} bestaat al; visie init overschrijft niets.\n` })
    mkdirSync(join(dir, 'p2'))
    mkdirSync(join(dir, 'elders'))
    symlinkSync(join(dir, 'elders'), join(dir, 'p2', 'geo'))
    const linkedDir = await cli(dir, 'init', 'p2')
    expect(linkedDir).toMatchObject({ code: 2, err: `visie: ${join(dir, 'p2', 'geo')} is een symbolische link; visie init schrijft alleen in gewone mappen.\n` })
    expect(readdirSync(join(dir, 'elders'))).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(['bestand', 'elders', 'p1', 'p2'])
  })

  test('below /proc (where a recursive mkdir of Node never returns) and through a dangling link: exit 2 in Dutch, no hang', async () => {
    const zip = await zipOf()
    const dir = tempDir()
    symlinkSync(join(dir, 'nergens'), join(dir, 'weg'))
    const proc = await cli(dir, 'validate', zip, '--lagen', 'pakket', '--out', '/proc/visie-map/r.txt')
    expect([proc.code, proc.err]).toEqual([2, "visie: Kan '/proc/visie-map' niet als map aanmaken: het pad bestaat niet (ENOENT).\n"])
    const init = await cli(dir, 'init', '/proc/visie-project')
    expect([init.code, init.err]).toEqual([2, "visie: Kan '/proc/visie-project' niet als map aanmaken: het pad bestaat niet (ENOENT).\n"])
    const dangling = await cli(dir, 'validate', zip, '--lagen', 'pakket', '--out', 'weg/r.txt')
    expect([dangling.code, dangling.err]).toEqual([2, `visie: Kan '${join(dir, 'weg')}' niet als map aanmaken: '${join(dir, 'weg')}' is een symbolische link naar iets dat niet bestaat.\n`])
    const built = await cli(dir, 'build', assenProject(), '--out', 'weg/dist', '--quiet', '--schemas', NO_SCHEMAS)
    expect(built.code).toBe(2)
    expect(readdirSync(dir)).toEqual(['weg'])
  })

  test('init is all or nothing: when one file cannot be written, the files and folders it already made are gone', async () => {
    const dir = tempDir()
    const target = join(dir, 'project')
    // The text's temporary name (this process's pid) taken by a folder: the third file fails after two were written.
    mkdirSync(join(target, `omgevingsvisie.txt.${process.pid}.tmp-visie`), { recursive: true })
    const r = await cli(dir, 'init', 'project', '--bevoegd-gezag', 'gm0106', '--naam', 'Gemeente Assen')
    expect([r.code, r.err]).toEqual([2, `visie: Kan '${join(target, 'omgevingsvisie.txt')}' niet schrijven: er bestaat al een bestand of (symbolische) link met die naam (EEXIST).\n`])
    expect(readdirSync(target)).toEqual([`omgevingsvisie.txt.${process.pid}.tmp-visie`])
  })

  test('SIGTERM, SIGINT and SIGHUP while the ZIP is written: the temporary file is removed, the process ends 143/130/129', () => {
    for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
      const dir = tempDir()
      // A writer that writes half and then receives the signal, as Ctrl-C during a large ZIP.
      const script = `
        import { writeAtomically } from ${JSON.stringify(new URL('../../src/cli/write-atomic.ts', import.meta.url).pathname)}
        await writeAtomically(${JSON.stringify(join(dir, 'levering.zip'))}, async (h) => {
          await h.write(Buffer.alloc(1 << 20, 1))
          process.kill(process.pid, ${JSON.stringify(signal)})
          await new Promise((r) => setTimeout(r, 10_000))
        })`
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url).pathname, encoding: 'utf8' })
      expect([signal, child.status, child.stderr]).toEqual([signal, code, ''])
      expect(readdirSync(dir)).toEqual([])
    }
  })
})

describe('D12 files outside the project folder', () => {
  const outside = () => {
    const dir = tempDir('visie-elders-')
    writeFileSync(join(dir, 'geheim.txt'), seed)
    return join(dir, 'geheim.txt')
  }

  test('tekst as ../, absolute path or a link out: refused naming the key, exit 2; allowed with the switch', async () => {
    const secret = outside()
    for (const edit of [
      (d: string) => editJson(join(d, 'visie.json'), (j) => (j.tekst = secret)),
      (d: string) => editJson(join(d, 'visie.json'), (j) => (j.tekst = `../${join('..', secret)}`)),
      (d: string) => {
        symlinkSync(secret, join(d, 'link.txt'))
        editJson(join(d, 'visie.json'), (j) => (j.tekst = 'link.txt'))
      },
    ]) {
      const r = await build(assenProject(edit))
      expect(r.code).toBe(2)
      expect(r.err).toContain('visie.json noemt bestanden buiten de projectmap')
      expect(r.err).toMatch(/\n {2}tekst: .*\n/u)
      expect(r.err).toContain('"bestandenBuitenProjectmap": true')
      expect(leftBehind(r.outDir)).toEqual([])
    }
    const allowed = await build(assenProject((d) => editJson(join(d, 'visie.json'), (j) => Object.assign(j, { tekst: secret, bestandenBuitenProjectmap: true }))))
    expect(allowed.code).toBe(0)
  })

  test('afbeeldingen and geo.bronnen outside: each key listed; preview of the project refuses too', async () => {
    const dir = tempDir('visie-elders-')
    const project = assenProject((d) => {
      writeFileSync(join(dir, 'kaart.png'), readFileSync(join(d, 'afbeeldingen', 'visiekaart-schematisch.png')))
      writeFileSync(join(dir, 'gio.geojson'), readFileSync(join(d, 'geo', 'gio-schematisch.geojson')))
      editJson(join(d, 'visie.json'), (j) => {
        ;(j.afbeeldingen as Record<string, string>)['Visiekaart omgevingsvisie Assen met straatnamen'] = join(dir, 'kaart.png')
        ;(j.geo as Record<string, unknown>).bronnen = [join(dir, 'gio.geojson')]
      })
    })
    const r = await build(project)
    expect(r.code).toBe(2)
    expect(r.err).toContain(`  afbeeldingen["Visiekaart omgevingsvisie Assen met straatnamen"]: ${join(dir, 'kaart.png')}\n`)
    expect(r.err).toContain(`  geo.bronnen[0]: ${join(dir, 'gio.geojson')}\n`)
    const out = tempDir()
    const p = await cli(out, 'preview', project, '--out', 'p.html', '--schemas', NO_SCHEMAS)
    expect(p.code).toBe(2)
    expect(readdirSync(out)).toEqual([])
  })

  test('a symbolic link inside the project to a file inside it is followed', async () => {
    const r = await build(assenProject((d) => {
      symlinkSync(join(d, 'omgevingsvisie.txt'), join(d, 'tekst-link.txt'))
      editJson(join(d, 'visie.json'), (j) => (j.tekst = 'tekst-link.txt'))
    }))
    expect(r.code).toBe(0)
  })
})

describe('D13 text after the last Bijlage I row', () => {
  test('lines that make no row stay text of Bijlage I (VISIE-106 says so), in besluit.xml', async () => {
    const last = 'e78b18391e8d4b6f9503ac29dc09a9e3/nld@2026-01- \n\n05;12452657 \n'
    const text = edited(last, `${last}\nDe geometrie is vastgesteld door de raad \n\nen geldt vanaf de inwerkingtreding \n`)
    const r = await build(withText(text))
    expect(r.code).toBe(0)
    expect(codesAt(r.out, 'VISIE-106')).toEqual([`VISIE-106@${lineOf(text, 'De geometrie is vastgesteld')}:waarschuwing`])
    const besluit = (await zipTexts(join(r.outDir, ZIP))).get('besluit.xml') as string
    expect(besluit).toContain('<Al>De geometrie is vastgesteld door de raad en geldt vanaf de inwerkingtreding</Al>')
  })
})

describe('D14 encodings, links, NFC, the inwerkingtreding date', () => {
  const baseline = build(assenProject())

  test('visie.json with a UTF-8 BOM, in UTF-16LE (with and without BOM) and UTF-16BE: the same ZIP as from plain UTF-8', async () => {
    const base = await baseline
    const expected = readFileSync(join(base.outDir, ZIP))
    const encodings: [string, (s: string) => Buffer][] = [
      ['utf-8 BOM', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
      ['utf-16le BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
      ['utf-16le', (s) => Buffer.from(s, 'utf16le')],
      ['utf-16be BOM', (s) => Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])).swap16()],
    ]
    for (const [name, encode] of encodings) {
      const r = await build(assenProject((d) => writeFileSync(join(d, 'visie.json'), encode(readFileSync(join(d, 'visie.json'), 'utf8')))))
      expect([name, r.code, r.err]).toEqual([name, 0, ''])
      expect([name, readFileSync(join(r.outDir, ZIP)).equals(expected)]).toEqual([name, true])
    }
  })

  test('validate follows a symbolic link to a ZIP (a link inside a package folder stays VISIE-504)', async () => {
    const base = await baseline
    const dir = tempDir()
    symlinkSync(join(base.outDir, ZIP), join(dir, 'link.zip'))
    const r = await cli(dir, 'validate', 'link.zip', '--lagen', 'pakket', '--format', 'json')
    expect([r.code, r.err]).toEqual([0, ''])
    expect(bevindingen(r.out).filter((b) => b.ernst === 'blokkerend')).toEqual([])
  })

  test('a GIO name written in NFD in the GeoJSON and in visie.json matches the NFC name of Bijlage I', async () => {
    const base = await baseline
    const nfd = (s: string) => s.normalize('NFD')
    // "Zuidoost Assen" has no accent: give the text a name with one, in NFC, and write it decomposed elsewhere.
    const text = edited('Zuidoost Assen /join/id/regda-', 'Zuidoost Assen café /join/id/regda-')
    const r = await build(assenProject((d) => {
      writeFileSync(join(d, 'omgevingsvisie.txt'), text)
      for (const path of [join(d, 'geo', 'gio-schematisch.geojson'), join(d, 'visie.json')]) {
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"Zuidoost Assen"', JSON.stringify(nfd('Zuidoost Assen café'))))
      }
    }))
    expect(nfd('café')).not.toBe('café')
    expect(r.code).toBe(0)
    expect(blocking(r.out)).toEqual([])
    expect(bevindingen(r.out).filter((b) => /^VISIE-2/u.test(b.code)).map((b) => b.code)).toEqual(bevindingen(base.out).filter((b) => /^VISIE-2/u.test(b.code)).map((b) => b.code))
  })

  test('an inwerkingtreding the text gives but that cannot be read: blocking VISIE-870 at the artikel, not replaced by visie.json', async () => {
    for (const datum of ['26/02/2026', '31-02-2026', '26 febr. 2026']) {
      const text = edited('in werking per 26-02-2026', `in werking per ${datum}`)
      const r = await build(withText(text))
      expect([datum, r.code, blocking(r.out)]).toEqual([datum, 1, [`VISIE-870@${lineOf(text, 'Artikel II')}`]])
      expect(leftBehind(r.outDir)).toEqual([])
    }
  })
})

describe('D4 ZIP entry names with control characters in every report format', () => {
  // The last one would forge a report line ('LVBB0000 …' at the start of a line) if its CR LF went out raw.
  const names = ['a\u001b]0;gekaapt\u0007b.xml', 'c\u001b[31mrood.xml', 'd\u009b2Jwis.xml', 'e\u202egnp.xml', 'h\r\nLVBB0000 niets.xml']
  // What a terminal acts on (ESC, BEL, C1 controls) and what hides text (bidi overrides) must not reach a report raw.
  const ACTING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u

  test('text, JSON, JUnit and the HTML preview show the names, none carries a raw control character', async () => {
    const { zipTo } = await import('../validate/package-fixtures.js')
    const zip = await zipTo([{ name: 'opdracht.xml', bytes: new TextEncoder().encode('<a/>') }, ...names.map((name) => ({ name, bytes: new TextEncoder().encode('<b/>') }))])
    const dir = tempDir()
    const text = await cli(dir, 'validate', zip, '--lagen', 'pakket')
    const json = await cli(dir, 'validate', zip, '--lagen', 'pakket', '--format', 'json')
    const junit = await cli(dir, 'validate', zip, '--lagen', 'pakket', '--format', 'junit')
    const preview = await cli(dir, 'preview', zip, '--out', 'p.html', '--geen-validatie')
    const html = readFileSync(join(dir, 'p.html'), 'utf8')
    expect([text.code, json.code, junit.code, preview.code]).toEqual([1, 1, 1, 1])
    for (const [format, out] of [['text', text.out], ['json', json.out], ['junit', junit.out], ['html', html]]) {
      expect([format, ACTING.test(out as string)]).toEqual([format, false])
    }
    expect(text.out).toContain('a\\u{1b}]0;gekaapt\\u{7}b.xml')
    expect(junit.out).toContain('d\\u{9b}2Jwis.xml')
    expect(html).toContain('e\\u{202e}gnp.xml')
    expect(text.out).toContain("De bestandsnaam 'h\\u{d}\\u{a}LVBB0000 niets.xml' is ongeldig")
    expect(junit.out).toContain('h\\u{d}\\u{a}LVBB0000 niets.xml')
    expect(html).toContain('h\\u{d}\\u{a}LVBB0000 niets.xml')
    for (const [format, out] of [['text', text.out], ['junit', junit.out], ['html', html]]) expect([format, /^\s*LVBB0000/mu.test(out as string)]).toEqual([format, false])
    // JSON escapes, so the data keeps the exact names.
    const files = (JSON.parse(json.out) as { bevindingen: { bestand?: string; melding: string }[] }).bevindingen.map((b) => b.melding).join('\n')
    for (const name of names) expect(files).toContain(name)
  })
})

describe('D8 a package folder with a file name that is not UTF-8', () => {
  test('LVBB1004 naming the file (as for a ZIP), the other files still read, exit 1', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'opdracht.xml'), '<a/>')
    // café.xml in latin-1: the byte 0xE9 is no UTF-8.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.xml')]), '<b/>')
    const r = await cli(dir, 'validate', dir, '--lagen', 'pakket', '--format', 'json')
    expect([r.code, r.err]).toEqual([1, ''])
    const b = bevindingen(r.out).filter((f) => f.code === 'LVBB1004')
    expect(b.map((f) => f.melding)).toEqual(["De bestandsnaam 'caf\uFFFD.xml' is ongeldig: de naam is geen geldige UTF-8. Verwacht: alleen letters, cijfers, '.', '_' en '-', zonder mappen."])
  })
})

describe('D9 preview --ambtsgebied with hostile GeoJSON', () => {
  const cases: [string, string, string][] = [
    ['"features": 5', '{"type":"FeatureCollection","features":5}', 'bevat geen Polygon of MultiPolygon.'],
    ['"features": {}', '{"type":"FeatureCollection","features":{}}', 'bevat geen Polygon of MultiPolygon.'],
    ['"coordinates": 5', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":5}}', 'bevat geen Polygon of MultiPolygon.'],
    ['"geometries": null', '{"type":"GeometryCollection","geometries":null}', 'bevat geen Polygon of MultiPolygon.'],
    [
      '50 000 nested GeometryCollections',
      `${'{"type":"GeometryCollection","geometries":['.repeat(50_000)}{"type":"Polygon","coordinates":[[[200000,500000],[200001,500000],[200001,500001],[200000,500000]]]}${']}'.repeat(50_000)}`,
      'is dieper genest dan 32 niveaus (FeatureCollection, Feature, GeometryCollection); dat is geen omtrek van een ambtsgebied.',
    ],
  ]
  for (const [name, json, message] of cases) {
    test(`${name}: exit 2 with a Dutch message, no HTML written`, async () => {
      const dir = tempDir()
      mkdirSync(join(dir, 'pakket'))
      writeFileSync(join(dir, 'pakket', 'opdracht.xml'), '<a/>')
      writeFileSync(join(dir, 'a.json'), json)
      const r = await cli(dir, 'preview', 'pakket', '--geen-validatie', '--out', 'p.html', '--ambtsgebied', 'a.json')
      expect([r.code, r.err]).toEqual([2, `visie: --ambtsgebied: a.json ${message}\n`])
      expect(readdirSync(dir).sort()).toEqual(['a.json', 'pakket'])
    })
  }

  test('a FIFO as --ambtsgebied: exit 2 at once', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'pakket'))
    writeFileSync(join(dir, 'pakket', 'opdracht.xml'), '<a/>')
    expect(spawnSync('mkfifo', [join(dir, 'pijp')]).status).toBe(0)
    const r = await cli(dir, 'preview', 'pakket', '--geen-validatie', '--out', 'p.html', '--ambtsgebied', 'pijp')
    expect([r.code, r.err]).toEqual([2, "visie: --ambtsgebied: 'pijp' is niet te lezen: het is geen gewoon bestand (een apparaat, pipe of socket).\n"])
  })
})

describe('D3 a text node over 10 MB (a posList of 500 000 vertices)', () => {
  const posList = (n: number) => Array.from({ length: n }, (_, i) => `${(200000 + i * 0.001).toFixed(3)} 500000.000`).join(' ')
  const gml = (text: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n<gml:posList xmlns:gml="http://www.opengis.net/gml/3.2">${text}</gml:posList>\n`)

  test('both parsers read it (libxml2 refuses it without XML_PARSE_HUGE); the other limits stay: 300 nested elements are refused', async () => {
    const { parseSafely } = await import('../../src/validate/xsd/parse.js')
    const { parseXml } = await import('../../src/validate/xml.js')
    const big = gml(posList(500_000))
    expect(big.length).toBeGreaterThan(10_000_000)
    // The xsd layer reduces a list of plain decimals (coordinates.ts); one item with an exponent keeps the text as
    // written, so libxml2 itself must read the 10 MB node.
    const written = gml(`2.0E5 ${posList(500_000)}`)
    for (const bytes of [big, written]) {
      const safe = parseSafely('GIO-groot.gml', () => bytes)
      expect([safe.doc !== undefined, safe.findings]).toEqual([true, []])
      expect(safe.doc?.root.content.length).toBe(bytes === big ? 1 : written.length - 110)
      safe.doc?.dispose()
    }
    const rules = parseXml(big)
    expect(rules.ok).toBe(true)
    if (rules.ok) rules.doc.dispose()
    const deep = new TextEncoder().encode(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)
    const refused = parseSafely('diep.xml', () => deep)
    expect(refused.doc).toBeUndefined()
    expect(refused.findings.map((f) => f.code)).toEqual(['VISIE-800'])
    expect(refused.findings[0]?.message).toMatch(/depth/u)
    expect(parseXml(deep).ok).toBe(false)
  })
})

describe('D11 archives whose names alone are large', () => {
  // 260 names of 65 000 characters: few entries, 17 M characters of names (they are held while the archive is read).
  const longNames = () => Array.from({ length: 260 }, (_, i) => `${String(i).padStart(3, '0')}${'x'.repeat(64_993)}.xsd`)

  test('schemas install --from such a ZIP: exit 2 at once naming the archive, nothing installed', async () => {
    const { zipBytes } = await import('../support/zip-patch.js')
    const dir = tempDir()
    writeFileSync(join(dir, 'namen.zip'), await zipBytes(Object.fromEntries(longNames().map((n) => [`shared/${n}`, '']))))
    const r = await cli(dir, 'schemas', 'install', '--from', 'namen.zip', '--to', 'set')
    expect([r.code, r.err]).toEqual([2, `visie: ${join(dir, 'namen.zip')} wordt niet gebruikt als bron voor de schema's: de namen van de bestanden in de ZIP zijn samen langer dan 16777216 tekens; dat is geen schemaset.\n`])
    expect(readdirSync(dir)).toEqual(['namen.zip'])
  })

  test('validate of a package with such names: VISIE-503 once, exit 1, reading stops there', async () => {
    const { zipBytes } = await import('../support/zip-patch.js')
    const dir = tempDir()
    writeFileSync(join(dir, 'pakket.zip'), await zipBytes({ 'opdracht.xml': '<a/>', ...Object.fromEntries(longNames().map((n) => [n.replace(/\.xsd$/u, '.xml'), '<b/>'])) }))
    const r = await cli(dir, 'validate', 'pakket.zip', '--lagen', 'pakket', '--format', 'json')
    expect(r.code).toBe(1)
    expect(bevindingen(r.out).filter((b) => b.code === 'VISIE-503').map((b) => b.melding)).toEqual([
      'De bestandsnamen in het pakket zijn samen langer dan 4194304 tekens; de bestanden daarna worden niet gelezen.',
    ])
  })
})
