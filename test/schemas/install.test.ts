import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import yazl from 'yazl'
import { createWriteStream } from 'node:fs'
import {
  dirSource,
  installSchemas,
  listInstalled,
  loadManifest,
  officialSource,
  urlSource,
  SchemaInstallError,
  schemaZipLimits,
  sha256,
  zipSource,
  type SchemaManifest,
} from '../../src/schemas/index.js'
import { InputError } from '../../src/model/errors.js'
import { sharedDir } from '../support/shared.js'
import { setDeclaredSize, setEncrypted, zipBytes } from '../support/zip-patch.js'

let manifest: SchemaManifest
let work: string
const fromShared = () => [dirSource(sharedDir('stop')), dirSource(sharedDir('imow'))]

beforeAll(async () => {
  manifest = await loadManifest()
  work = await mkdtemp(join(tmpdir(), 'visie-schemas-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await listFiles(p)))
    else out.push(p)
  }
  return out.sort()
}

describe('schemas/manifest.json', () => {
  test('covers the sets of the brief and nothing from examples, docs or catalogs', () => {
    const sets = new Set(manifest.files.map((f) => f.set))
    for (const s of ['stop-xsd', 'stop-schematron', 'lvbb-xsd', 'lvbb-schematron', 'gml', 'basisgeometrie', 'imow-xsd-v2.0.0', 'imow-xsd-v3.1.0', 'imow-waardelijsten']) {
      expect(sets.has(s), s).toBe(true)
    }
    for (const f of manifest.files) {
      expect(f.path).not.toMatch(/examples|docs\/|catalog\.xml|README|SOURCES/)
      expect(f.path).toMatch(/\.(xsd|sch|json)$/)
    }
    expect(manifest.files.some((f) => f.path === 'imow/waardelijsten/waardelijsten_IMOW_v4.3.0.json')).toBe(true)
  })

  test('official URLs as the catalogs and SOURCES.md give them', () => {
    const url = (p: string) => manifest.files.find((f) => f.path === p)?.url
    expect(url('stop/schemas/stop-1.3.0/imop-geo.xsd')).toBe('https://standaarden.overheid.nl/stop/1.3.0/imop-geo.xsd')
    expect(url('stop/schemas/lvbb-1.2.0/lvbb-transport.xsd')).toBe('https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-transport.xsd')
    expect(url('stop/schematron/stop-1.3.0/imop-tekst.sch')).toBe('https://standaarden.overheid.nl/stop/1.3.0/imop-tekst.sch')
    expect(url('stop/schematron/lvbb-1.2.0/lvbb-aanlevering-io.sch')).toBe('https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-aanlevering-io.sch')
    expect(url('stop/schemas/extern/opengis/gml/3.2.1/gml.xsd')).toBe('http://schemas.opengis.net/gml/3.2.1/gml.xsd')
    expect(url('stop/schemas/extern/opengis/gml/20070417/gmd/gmd.xsd')).toBe('http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd')
    expect(url('stop/schemas/extern/w3c/xml_2001.xsd')).toBe('http://www.w3.org/2001/xml.xsd')
    expect(url('stop/schemas/extern/geonovum/basisgeometrie.xsd')).toBe(
      'https://register.geostandaarden.nl/gmlapplicatieschema/basisgeometrie/1.0.0/basisgeometrie.xsd',
    )
    expect(url('imow/schemas/v3.1.0/bestanden-ow/generiek/manifest-ow.xsd')).toBe(
      'https://register.geostandaarden.nl/xmlschema/tpod/v3.1.0/bestanden-ow/generiek/manifest-ow.xsd',
    )
    expect(new Set(manifest.files.map((f) => f.url)).size).toBe(manifest.files.length)
  })

  test('digests agree with the independent sha256 list in stop/SOURCES.md', async () => {
    const sources = await readFile(sharedDir('stop', 'SOURCES.md'), 'utf8')
    const listed = new Map<string, string>()
    for (const m of sources.matchAll(/^([0-9a-f]{16})\s+\d+\s+(schemas\/\S+)$/gm)) listed.set(`stop/${m[2]}`, m[1] as string)
    for (const m of sources.matchAll(/^\| (schematron\/\S+) \|.*\(sha256 ([0-9a-f]{16})…\)/gm)) listed.set(`stop/${m[1]}`, m[2] as string)
    let compared = 0
    for (const f of manifest.files.filter((x) => x.path.startsWith('stop/'))) {
      const prefix = listed.get(f.path)
      expect(prefix, f.path).toBeDefined()
      expect(f.sha256.slice(0, 16), f.path).toBe(prefix)
      compared++
    }
    expect(compared).toBe(manifest.files.filter((x) => x.path.startsWith('stop/')).length)
    expect(compared).toBeGreaterThan(80)
  })
})

describe('installSchemas', () => {
  test('installs every file from the shared folders with verified digests, mirroring the layout', async () => {
    const to = join(work, 'ok')
    const result = await installSchemas(manifest, fromShared(), to)
    expect(result.files).toBe(manifest.files.length)
    const installed = (await listFiles(to)).map((p) => p.slice(to.length + 1))
    expect(installed).toEqual(manifest.files.map((f) => f.path).sort())
    for (const f of manifest.files) {
      const bytes = await readFile(join(to, f.path))
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256)
      expect(bytes.equals(await readFile(sharedDir(f.path)))).toBe(true)
    }
    const sets = await listInstalled(manifest, to)
    expect(sets.every((s) => s.ok === s.files && s.missing.length === 0 && s.changed.length === 0)).toBe(true)
  })

  test('a tampered file is an error naming the file, and nothing is written', async () => {
    const copy = join(work, 'tampered-src')
    await cp(sharedDir('stop'), join(copy, 'stop'), { recursive: true })
    const target = join(copy, 'stop', 'schemas', 'stop-1.3.0', 'imop-tekst.xsd')
    await writeFile(target, `${await readFile(target, 'utf8')}<!-- changed -->`)
    const to = join(work, 'tampered-to')
    const err = await installSchemas(manifest, [dirSource(join(copy, 'stop')), dirSource(sharedDir('imow'))], to).catch((e) => e)
    expect(err).toBeInstanceOf(SchemaInstallError)
    expect(err).toBeInstanceOf(InputError)
    expect(err.problems).toEqual([
      expect.objectContaining({ path: 'stop/schemas/stop-1.3.0/imop-tekst.xsd', kind: 'digest', source: join(copy, 'stop') }),
    ])
    expect(err.message).toContain('stop/schemas/stop-1.3.0/imop-tekst.xsd')
    await expect(readdir(to)).rejects.toThrow()
  })

  test('a missing file is an error naming it', async () => {
    const copy = join(work, 'missing-src')
    await cp(sharedDir('imow'), join(copy, 'imow'), { recursive: true })
    await rm(join(copy, 'imow', 'schemas', 'v3.1.0', 'IMOW', 'locatie', 'IMOW_Locatie.xsd'))
    const err = await installSchemas(manifest, [dirSource(sharedDir('stop')), dirSource(copy)], join(work, 'missing-to')).catch((e) => e)
    expect(err).toBeInstanceOf(SchemaInstallError)
    expect(err.problems).toEqual([{ path: 'imow/schemas/v3.1.0/IMOW/locatie/IMOW_Locatie.xsd', kind: 'ontbreekt' }])
    expect(err.message).toMatch(/imow\/schemas\/v3\.1\.0\/IMOW\/locatie\/IMOW_Locatie\.xsd: ontbreekt/)
  })

  test('a later --from supplies a correct copy of a file an earlier one has wrong', async () => {
    const copy = join(work, 'order-src')
    await cp(sharedDir('imow', 'waardelijsten'), join(copy, 'waardelijsten'), { recursive: true })
    await writeFile(join(copy, 'waardelijsten', 'waardelijsten_IMOW_v4.3.0.json'), '{}')
    const result = await installSchemas(manifest, [dirSource(copy), ...fromShared()], join(work, 'order-to'))
    expect(result.files).toBe(manifest.files.length)
  })

  test('installs from a ZIP with a top folder', async () => {
    const zipFile = join(work, 'imow.zip')
    const zip = new yazl.ZipFile()
    for (const f of manifest.files.filter((x) => x.path.startsWith('imow/'))) {
      zip.addBuffer(await readFile(sharedDir(f.path)), `shared/${f.path}`, { mtime: new Date(0) })
    }
    // Files the manifest does not name are listed, never unpacked (issue 16 D11: they used to be read into memory).
    for (let i = 0; i < 20; i++) zip.addBuffer(Buffer.alloc(4 * 1024 * 1024, i), `shared/overig/opvulling-${i}.bin`, { mtime: new Date(0) })
    zip.end()
    await new Promise<void>((res, rej) => zip.outputStream.pipe(createWriteStream(zipFile)).on('close', () => res()).on('error', rej))
    const source = await zipSource(zipFile)
    const result = await installSchemas(manifest, [source, dirSource(sharedDir('stop'))], join(work, 'zip-to'))
    source.close?.()
    expect(result.perSource.get(zipFile)).toBe(manifest.files.filter((x) => x.path.startsWith('imow/')).length)
  })

  test('official URLs: a 404 everywhere reports every file missing; a server error is an InputError (no network used)', async () => {
    const notFound = (async () => new Response('', { status: 404 })) as typeof fetch
    const err = await installSchemas(manifest, [officialSource(notFound)], join(work, 'net-to')).catch((e) => e)
    expect(err).toBeInstanceOf(SchemaInstallError)
    expect(err.problems).toHaveLength(manifest.files.length)
    const broken = (async () => new Response('', { status: 503 })) as typeof fetch
    await expect(installSchemas(manifest, [officialSource(broken)], join(work, 'net-to'))).rejects.toThrow(/HTTP 503/)
  })

  test('official URLs: the fetched bytes are checked like any other source', async () => {
    const byUrl = new Map(manifest.files.map((f) => [f.url, f.path]))
    const served: string[] = []
    const fake = (async (input: string | URL | Request) => {
      const url = String(input)
      served.push(url)
      const p = byUrl.get(url)
      return p ? new Response(await readFile(sharedDir(p))) : new Response('', { status: 404 })
    }) as typeof fetch
    const result = await installSchemas(manifest, [officialSource(fake)], join(work, 'fake-net-to'))
    expect(result.files).toBe(manifest.files.length)
    expect(served).toContain('https://standaarden.overheid.nl/lvbb/1.2.0/lvbb-stop-aanlevering.xsd')
  })
})

describe('zipSource: the shared ZIP reader\'s guards with the schema set\'s limits (issue 16 D11)', () => {
  const xsd = 'stop/schemas/stop-1.3.0/imop-geo.xsd'
  const geoFile = () => manifest.files.find((f) => f.path === xsd)!
  async function zipFile(name: string, bytes: Buffer): Promise<string> {
    const p = join(work, name)
    await writeFile(p, bytes)
    return p
  }
  async function refusal(p: string, file = geoFile()): Promise<Error> {
    const err = await zipSource(p).then(async (s) => {
      try {
        return await s.read(file)
      } finally {
        s.close?.()
      }
    }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(InputError)
    return err as Error
  }

  test('more entries than a schema set has: refused before any entry is read, the archive named', async () => {
    // The count the end record declares is what the guard judges before reading (yazl takes ~20 s for 50 000 entries).
    const bytes = await zipBytes({ 'a.xsd': 'a', 'b.xsd': 'b' })
    const end = bytes.lastIndexOf('PK\x05\x06', undefined, 'latin1')
    bytes.writeUInt16LE(schemaZipLimits.maxEntries + 1, end + 8)
    bytes.writeUInt16LE(schemaZipLimits.maxEntries + 1, end + 10)
    const p = await zipFile('vloed.zip', bytes)
    const err = await refusal(p)
    expect(err.message).toBe(`${p} wordt niet gebruikt als bron voor de schema's: de ZIP heeft ${schemaZipLimits.maxEntries + 1} bestanden, meer dan ${schemaZipLimits.maxEntries}.`)
  })

  test('entries that together declare more than the cap: refused at opening, nothing unpacked', async () => {
    const half = Math.ceil(schemaZipLimits.maxTotalBytes / 2) + 1
    let bytes = await zipBytes({ 'a.bin': 'a', 'b.bin': 'b', [xsd]: await readFile(sharedDir(xsd)) }, false)
    bytes = setDeclaredSize(setDeclaredSize(bytes, 'a.bin', half), 'b.bin', half)
    const p = await zipFile('totaal.zip', bytes)
    await expect(zipSource(p)).rejects.toThrow(`${p} wordt niet gebruikt als bron voor de schema's: de bestanden in de ZIP pakken samen uit tot meer dan ${schemaZipLimits.maxTotalBytes} bytes`)
  })

  test('names that together are longer than a schema set has (260 of 65 000 characters): refused at opening', async () => {
    const names = Object.fromEntries(Array.from({ length: 260 }, (_, i) => [`${String(i).padStart(3, '0')}${'x'.repeat(64_997)}`, '']))
    const p = await zipFile('namen.zip', await zipBytes({ [xsd]: await readFile(sharedDir(xsd)), ...names }, false))
    await expect(zipSource(p)).rejects.toThrow(`${p} wordt niet gebruikt als bron voor de schema's: de namen van de bestanden in de ZIP zijn samen langer dan ${schemaZipLimits.maxNameChars} tekens; dat is geen schemaset.`)
  })

  test('an unsafe or a case-folded duplicate name refuses the archive; control characters in it are shown, not sent', async () => {
    // yazl refuses such a name: write a stand-in of the same length and put the hostile bytes in its place.
    const raw = (await zipBytes({ [xsd]: 'x', 'aa/#[2Jbuiten.xsd': 'y' })).toString('latin1')
    const unsafe = await zipFile('onveilig.zip', Buffer.from(raw.replaceAll('aa/#[2J', '../\x1b[2J'), 'latin1'))
    await expect(zipSource(unsafe)).rejects.toThrow(`${unsafe} wordt niet gebruikt als bron voor de schema's: de ZIP heeft een bestand met een onveilige naam '../\\u{1b}[2Jbuiten.xsd' (pad met '..' (buiten het pakket)).`)
    const dup = await zipFile('dubbel.zip', await zipBytes({ [xsd]: 'x', [xsd.toUpperCase()]: 'y' }))
    await expect(zipSource(dup)).rejects.toThrow(/dubbel\.zip wordt niet gebruikt .*'STOP\/SCHEMAS\/STOP-1\.3\.0\/IMOP-GEO\.XSD' twee keer \(ook als 'stop\/schemas\/stop-1\.3\.0\/imop-geo\.xsd'\)/)
  })

  test('a file the manifest asks for that declares more than a schema file may be, or is encrypted: refused on reading', async () => {
    const real = await readFile(sharedDir(xsd))
    const big = await zipFile('groot.zip', setDeclaredSize(await zipBytes({ [xsd]: real }, false), xsd, 20 * 1024 * 1024))
    expect((await refusal(big)).message).toMatch(/groot\.zip wordt niet gebruikt .*imop-geo\.xsd pakt uit tot 20971520 bytes uit \d+ bytes/)
    const locked = await zipFile('versleuteld.zip', setEncrypted(await zipBytes({ [xsd]: real }, false), xsd))
    expect((await refusal(locked)).message).toBe(`${locked} wordt niet gebruikt als bron voor de schema's: ${xsd} is versleuteld.`)
  })

  test('a bomb the manifest does not name is never unpacked, and a file that lies about its size is refused', async () => {
    // An entry that declares 1.9 GB, never asked for: the real file beside it installs.
    const bomb = setDeclaredSize(await zipBytes({ [xsd]: await readFile(sharedDir(xsd)), 'nullen.bin': 'nul' }, false), 'nullen.bin', 1900 * 1024 * 1024)
    const p = await zipFile('bom.zip', bomb)
    const source = await zipSource(p)
    expect(sha256((await source.read(geoFile()))!)).toBe(geoFile().sha256)
    source.close?.()
    // Declared smaller than it inflates: the reader stops at the declared size.
    const liar = await zipFile('leugen.zip', setDeclaredSize(await zipBytes({ [xsd]: await readFile(sharedDir(xsd)) }, false), xsd, 100))
    expect((await refusal(liar)).message).toMatch(/leugen\.zip wordt niet gebruikt .*imop-geo\.xsd is beschadigd/)
  })
})

test('--from URL: a mirror of the shared layout, with or without the set folder in its path', async () => {
  const requested: string[] = []
  const mirror = (async (input: string | URL | Request) => {
    const url = new URL(String(input))
    requested.push(url.href)
    const rel = url.pathname.replace(/^\/spiegel\//, '')
    const bytes = await readFile(sharedDir(rel)).catch(() => undefined)
    return bytes ? new Response(bytes) : new Response('', { status: 404 })
  }) as typeof fetch
  const result = await installSchemas(manifest, [urlSource('https://example.invalid/spiegel', mirror)], join(work, 'mirror-to'))
  expect(result.files).toBe(manifest.files.length)
  expect(requested).toContain('https://example.invalid/spiegel/stop/schemas/stop-1.3.0/imop-geo.xsd')
  expect(requested.every((u) => u.startsWith('https://example.invalid/spiegel/'))).toBe(true)
})

describe('listInstalled', () => {
  test('reports missing and changed files per set', async () => {
    const to = join(work, 'list')
    await installSchemas(manifest, fromShared(), to)
    await rm(join(to, 'stop', 'schematron', 'lvbb-1.2.0', 'lvbb-aanlevering.sch'))
    await writeFile(join(to, 'stop', 'schemas', 'extern', 'w3c', 'xlink.xsd'), 'x')
    const sets = await listInstalled(manifest, to)
    const byId = new Map(sets.map((s) => [s.id, s]))
    expect(byId.get('lvbb-schematron')).toMatchObject({ version: '1.2.0', files: 2, ok: 1, missing: ['stop/schematron/lvbb-1.2.0/lvbb-aanlevering.sch'] })
    expect(byId.get('xlink')).toMatchObject({ files: 1, ok: 0, changed: ['stop/schemas/extern/w3c/xlink.xsd'] })
    expect(byId.get('stop-xsd')).toMatchObject({ version: '1.3.0', files: 11, ok: 11 })
  })
})
