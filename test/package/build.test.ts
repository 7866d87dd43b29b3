/**
 * `visie build` end to end on the Assen project: the file set, every file through every validation layer,
 * the cross-file links, byte-identical ZIPs (also under another TZ, locale and working directory), and
 * nothing left behind when a build cannot finish.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { isBlocking } from '../../src/model/index.js'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { readPackage } from '../../src/package/read.js'
import { validatePackage } from '../../src/validate/index.js'
import { fixture, repoRoot, schemasDir, sharedDir } from '../support/shared.js'

const text = (r: BuildResult, name: string) => Buffer.from(r.files.find((f) => f.path === name)?.bytes ?? []).toString('utf8')
const all = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[1] as string)

function captureIo(cwd = repoRoot): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { out: (s) => stdout.push(s), err: (s) => stderr.push(s), tty: false, cwd, env: { VISIE_SCHEMAS: schemasDir() }, stdout, stderr }
}

let fixtureBuild: BuildResult
beforeAll(async () => {
  fixtureBuild = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
})

describe('visie build fixtures/assen', () => {
  test('builds a ZIP with exactly the expected files and no blocking findings', () => {
    expect(fixtureBuild.findings.filter(isBlocking)).toEqual([])
    expect(fixtureBuild.zip).toBeDefined()
    const names = fixtureBuild.files.map((f) => f.path)
    const gml = names.filter((n) => n.endsWith('.gml'))
    const gioXml = names.filter((n) => /^GIO-.*\.xml$/.test(n))
    expect(gml).toHaveLength(13)
    expect(gioXml).toHaveLength(13)
    expect(gioXml.map((n) => n.replace(/\.xml$/, ''))).toEqual(gml.map((n) => n.replace(/\.gml$/, '')))
    const rest = names.filter((n) => !gml.includes(n) && !gioXml.includes(n))
    expect(rest).toEqual([
      'besluit.xml',
      'manifest-ow.xml',
      'manifest.xml',
      'opdracht.xml',
      'owDivisies.xml',
      'owGebiedsaanwijzingen.xml',
      'owHoofdlijnen.xml',
      'owLocaties.xml',
      'owRegelingsgebied.xml',
      'tabel-5-2-schematisch.png',
      'visiekaart-schematisch.png',
    ])
  })

  test('the empty §5.2 carries the image visie.json maps to it, as a Figuur inside its Divisie', () => {
    const besluit = text(fixtureBuild, 'besluit.xml')
    const div52 = besluit.slice(besluit.indexOf('<Divisie eId="div_5__div_2"'), besluit.indexOf('</Divisie>', besluit.indexOf('<Divisie eId="div_5__div_2"')))
    expect(div52).toContain('<Opschrift>Strategisch gemeentelijk beleid verwerkt in omgevingsvisie</Opschrift>')
    expect(div52).toMatch(/<Illustratie [^>]*naam="tabel-5-2-schematisch\.png"/)
    const notice = fixtureBuild.findings.find((f) => f.code === 'VISIE-104')
    expect(notice?.severity).toBe('informatie')
    expect(notice?.source?.line).toBe(2122)
    expect(notice?.message).toContain('afbeeldingen/tabel-5-2-schematisch.png')
    const bijlageII = fixtureBuild.findings.find((f) => f.code === 'VISIE-105')
    expect([bijlageII?.severity, bijlageII?.source?.line]).toEqual(['informatie', 2321])
    expect(bijlageII?.message).toContain('afbeeldingen/visiekaart-schematisch.png')
  })

  test('manifest.xml lists every file, itself included, with its content type', () => {
    const manifest = text(fixtureBuild, 'manifest.xml')
    const listed = all(manifest, /<bestandsnaam>([^<]+)<\/bestandsnaam>/g)
    expect(listed).toEqual(fixtureBuild.files.map((f) => f.path))
    const types = all(manifest, /<contentType>([^<]+)<\/contentType>/g)
    listed.forEach((name, i) => {
      const expected = name.endsWith('.gml') ? 'application/gml+xml' : name.endsWith('.png') ? 'image/png' : 'application/xml'
      expect(types[i], name).toBe(expected)
    })
  })

  test('opdracht.xml is a validatieOpdracht naming the besluit and the bekendmaking date from visie.json', () => {
    const opdracht = text(fixtureBuild, 'opdracht.xml')
    expect(opdracht).toContain('<validatieOpdracht xmlns="http://www.overheid.nl/2017/lvbb">')
    expect(opdracht).toContain('<idLevering>gm0106-omgevingsvisie-2026-1</idLevering>')
    expect(opdracht).toContain('<publicatie>besluit.xml</publicatie>')
    expect(opdracht).toContain('<datumBekendmaking>2026-02-25</datumBekendmaking>')
  })

  test('cross-file links hold: informatieobjectRefs = IO expressions = ExtIoRefs, hashes match the GML bytes', () => {
    const besluit = text(fixtureBuild, 'besluit.xml')
    const refs = all(besluit, /<informatieobjectRef>([^<]+)<\/informatieobjectRef>/g).sort()
    const extIoRefs = all(besluit, /<ExtIoRef [^>]*ref="([^"]+)"/g).sort()
    const ioExpressions: string[] = []
    for (const f of fixtureBuild.files.filter((x) => /^GIO-.*\.xml$/.test(x.path))) {
      const io = Buffer.from(f.bytes).toString('utf8')
      ioExpressions.push(all(io, /<FRBRExpression>([^<]+)<\/FRBRExpression>/g)[0] as string)
      const bestand = all(io, /<bestandsnaam>([^<]+)<\/bestandsnaam>/g)[0] as string
      const hash = all(io, /<hash>([^<]+)<\/hash>/g)[0]
      const gml = fixtureBuild.files.find((x) => x.path === bestand)
      expect(gml, bestand).toBeDefined()
      expect(hash).toBe(createHash('sha512').update(gml?.bytes ?? new Uint8Array()).digest('hex'))
    }
    expect(refs).toHaveLength(13)
    expect(ioExpressions.sort()).toEqual(refs)
    expect(extIoRefs).toEqual(refs)
  })

  test('the written ZIP, read back as anyone’s package, passes every validation layer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visie-build-'))
    try {
      const zip = join(dir, fixtureBuild.zipName)
      await writeFile(zip, fixtureBuild.zip as Buffer)
      const report = await validatePackage(await readPackage(zip), { schemasDir: schemasDir() })
      expect(report.findings.filter(isBlocking)).toEqual([])
      expect(report.samenvatting.blokkerend).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('two builds give the same bytes', async () => {
    const again = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
    expect(Buffer.compare(again.zip as Buffer, fixtureBuild.zip as Buffer)).toBe(0)
  })

  test('the CLI under another TZ, locale and working directory writes the same ZIP bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visie-det-'))
    try {
      execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(repoRoot, 'test/support/run-cli.ts'), 'build', join(repoRoot, 'fixtures/assen'), '--out', dir, '--quiet'], {
        cwd: dir,
        env: { ...process.env, TZ: 'Asia/Kathmandu', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', VISIE_SCHEMAS: schemasDir() },
        stdio: 'pipe',
      })
      const bytes = await readFile(join(dir, fixtureBuild.zipName))
      expect(Buffer.compare(bytes, fixtureBuild.zip as Buffer)).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('visie build from the corrected Markdown', () => {
  test('a project whose text is the Markdown of visie parse builds the same ZIP bytes', async () => {
    const project = await mkdtemp(join(tmpdir(), 'visie-md-'))
    try {
      await cp(fixture('assen'), project, { recursive: true })
      const io = captureIo()
      expect(await main(['node', 'visie', 'parse', join(project, 'omgevingsvisie.txt'), '--format', 'md'], io)).toBe(0)
      await writeFile(join(project, 'omgevingsvisie.md'), io.stdout.join(''))
      const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8'))
      await writeFile(join(project, 'visie.json'), JSON.stringify({ ...config, tekst: 'omgevingsvisie.md' }))
      const fromMd = await buildPackage(project, { schemasDir: schemasDir() })
      expect(fromMd.findings.filter(isBlocking)).toEqual([])
      expect(Buffer.compare(fromMd.zip as Buffer, fixtureBuild.zip as Buffer)).toBe(0)
    } finally {
      await rm(project, { recursive: true, force: true })
    }
  })
})

describe('visie build with real Assen geometry (--geo)', () => {
  test('builds 13 GIOs from ../shared/geo/gio-kandidaten_rd.geojson and passes every layer', async () => {
    const real = await buildPackage(fixture('assen'), { schemasDir: schemasDir(), geo: sharedDir('geo', 'gio-kandidaten_rd.geojson') })
    expect(real.findings.filter(isBlocking)).toEqual([])
    const gml = real.files.filter((f) => f.path.endsWith('.gml'))
    expect(gml).toHaveLength(13)
    const features = JSON.parse(await readFile(sharedDir('geo', 'gio-kandidaten_rd.geojson'), 'utf8')).features.length
    const geometries = gml.reduce((n, f) => n + all(Buffer.from(f.bytes).toString('utf8'), /<basisgeo:id>([^<]+)</g).length, 0)
    expect(geometries).toBe(features)
    const gebieden = all(text(real, 'owLocaties.xml'), /<l:Gebied>\s*<l:identificatie>([^<]+)</g)
    expect(gebieden).toHaveLength(features)
    expect(Buffer.compare(real.zip as Buffer, fixtureBuild.zip as Buffer)).not.toBe(0)
    // The candidate file names its locaties in `locatie`; they become geo:naam.
    expect(text(real, 'GIO-bedrijventerreinen.gml')).toContain('<geo:naam>Messchenveld</geo:naam>')
  })
})

describe('a build that cannot finish leaves nothing behind', () => {
  let project: string
  let out: string
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'visie-bad-'))
    out = join(project, 'uit')
    await cp(fixture('assen'), project, { recursive: true })
  })
  afterAll(async () => rm(project, { recursive: true, force: true }))

  test('a visie.json with a wrong type: exit 2, Dutch message naming the key, no output folder', async () => {
    const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8'))
    await writeFile(join(project, 'visie.json'), JSON.stringify({ ...config, datums: { ...config.datums, vaststelling: 19022026 } }))
    const io = captureIo()
    expect(await main(['node', 'visie', 'build', project, '--out', out], io)).toBe(2)
    expect(io.stderr.join('')).toMatch(/datums\.vaststelling: verwacht string/)
    await expect(readdir(out)).rejects.toThrow()
  })

  test('geometry for a GIO that Bijlage I does not name: exit 1, no ZIP', async () => {
    const config = JSON.parse(await readFile(join(fixture('assen'), 'visie.json'), 'utf8'))
    await writeFile(join(project, 'visie.json'), JSON.stringify(config))
    const geo = JSON.parse(await readFile(join(project, 'geo', 'gio-schematisch.geojson'), 'utf8'))
    geo.features[0].properties.gio = 'Stationsgebied'
    await writeFile(join(project, 'geo', 'gio-schematisch.geojson'), JSON.stringify(geo))
    const io = captureIo()
    expect(await main(['node', 'visie', 'build', project, '--out', out, '--quiet'], io)).toBe(1)
    expect(io.stdout.join('')).toContain('Stationsgebied')
    await expect(readdir(out)).rejects.toThrow()
  })
})
