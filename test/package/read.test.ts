/** readPackage / packageFromFiles on real packages (folders and ZIPs made here) and on hostile ZIPs and folders. */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/model/errors.js'
import { LARGE_ENTRY_BYTES, packageFromFiles, readPackage } from '../../src/package/read.js'
import { validatePackage } from '../../src/validate/index.js'
import { HEAD_BYTES } from '../../src/validate/layer.js'
import { setDeclaredSize, setEncrypted, zipBytes } from '../support/zip-patch.js'
import { loadFolder, pv28, zipTo } from '../validate/package-fixtures.js'

const codesOf = (findings: readonly { code: string }[]): string[] => findings.map((f) => f.code).sort()

describe('readPackage on real packages', () => {
  test('reads the pv28 folder: 13 files, sorted, byte-identical, no findings', async () => {
    const pkg = await readPackage(pv28())
    expect(pkg.entries.map((e) => e.name)).toEqual([
      'DeltaVisie-v1.gml', 'GIO_DeltaVisie-v1.xml', 'GIO_Metropool-v1.xml', 'Metropool-v1.gml', 'akn_nl_bill_pv28-1-7.xml',
      'manifest-ow.xml', 'manifest.xml', 'opdracht.xml', 'owDivisie.xml', 'owGebiedsaanwijzingen.xml', 'owHoofdlijn.xml',
      'owLocaties.xml', 'owRegelingsgebied.xml',
    ])
    const gml = pkg.entries.find((e) => e.name === 'DeltaVisie-v1.gml')
    expect(gml?.bytes.length).toBe(214580)
    expect(pkg.findings).toEqual([])
  })

  test('reads the same package from a ZIP with the same bytes', async () => {
    const files = await loadFolder(pv28())
    const zip = await zipTo(files)
    const pkg = await readPackage(zip)
    expect(pkg.findings).toEqual([])
    expect(pkg.entries.map((e) => [e.name, e.bytes.length])).toEqual(files.map((f) => [f.name, f.bytes.length]))
    expect(Buffer.from(pkg.entries[4]!.bytes).equals(Buffer.from(files[4]!.bytes))).toBe(true)
  })

  test('a missing path is an InputError (exit 2), not a finding', async () => {
    await expect(readPackage('/nonexistent/visie/pakket.zip')).rejects.toBeInstanceOf(InputError)
  })
})

describe('hostile ZIPs', () => {
  test('a file that is not a ZIP gives LVBB1001', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visie-test-'))
    await writeFile(join(dir, 'x.zip'), 'dit is geen zip')
    const pkg = await readPackage(join(dir, 'x.zip'))
    expect(codesOf(pkg.findings)).toEqual(['LVBB1001'])
    expect(pkg.entries).toEqual([])
  })

  test('`../` and absolute entry names are reported (LVBB1004) and never read', async () => {
    // yazl refuses such names, so write same-length placeholders and patch the bytes of the finished ZIP.
    const zip = await zipTo([
      { name: 'opdracht.xml', bytes: new TextEncoder().encode('<a/>') },
      { name: 'xx/evil.xml', bytes: new TextEncoder().encode('<evil/>') },
      { name: 'Xetc-passwd', bytes: new TextEncoder().encode('root') },
    ])
    const bytes = await readFile(zip)
    const patched = Buffer.from(bytes.toString('latin1').replaceAll('xx/evil.xml', '../evil.xml').replaceAll('Xetc-passwd', '/etc-passwd'), 'latin1')
    await writeFile(zip, patched)
    const pkg = await readPackage(zip)
    expect(pkg.entries.map((e) => e.name)).toEqual(['opdracht.xml'])
    expect(pkg.findings.map((f) => [f.code, f.data.bestand, f.data.reden])).toEqual([
      ['LVBB1004', '../evil.xml', "pad met '..' (buiten het pakket)"],
      ['LVBB1004', '/etc-passwd', 'absoluut pad'],
    ])
  })

  test('a ZIP bomb (20 MB of zeros in a few KB) is not unpacked: VISIE-502', async () => {
    const zip = await zipTo([{ name: 'bom.gml', bytes: new Uint8Array(20 * 1024 * 1024) }])
    const pkg = await readPackage(zip)
    expect(pkg.entries).toEqual([])
    expect(codesOf(pkg.findings)).toEqual(['VISIE-502'])
    expect(Number(pkg.findings[0]!.data.verhouding)).toBeGreaterThan(200)
    expect(pkg.skipped).toEqual(['bom.gml'])
  })

  test('file names that together are longer than 4 M characters (70 of 60 000): VISIE-503, reading stops there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visie-test-'))
    const zip = join(dir, 'pakket.zip')
    const long = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`${String(i).padStart(2, '0')}${'x'.repeat(59_994)}.xml`, '<a/>']))
    await writeFile(zip, await zipBytes({ 'opdracht.xml': '<a/>', ...long }))
    const pkg = await readPackage(zip)
    const stop = pkg.findings.filter((f) => f.code === 'VISIE-503')
    expect(stop.map((f) => [f.at?.file, f.message])).toEqual([
      ['pakket.zip', 'De bestandsnamen in het pakket zijn samen langer dan 4194304 tekens; de bestanden daarna worden niet gelezen.'],
    ])
    // 69 long names fit (4 140 000 characters with opdracht.xml), the 70th stops the reading.
    expect(pkg.entries.length).toBe(70)
  })

  test('an encrypted entry (a guard the DOCX reader had) is LVBB1001 naming it, and is not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visie-test-'))
    const zip = join(dir, 'pakket.zip')
    await writeFile(zip, setEncrypted(await zipBytes({ 'besluit.xml': '<geheim/>', 'opdracht.xml': '<a/>' }, false), 'besluit.xml'))
    const pkg = await readPackage(zip)
    expect(pkg.entries.map((e) => e.name)).toEqual(['opdracht.xml'])
    expect(pkg.findings.map((f) => [f.code, f.at?.file, f.data.bestand, f.data.reden])).toEqual([
      ['LVBB1001', 'pakket.zip', 'besluit.xml', 'het bestand is versleuteld (met een wachtwoord beveiligd)'],
    ])
    expect(pkg.skipped).toEqual(['besluit.xml'])
  })

  test('a 0-byte file gives LVBB1041 and is kept (so the manifest check does not report it again)', async () => {
    const zip = await zipTo([{ name: 'leeg.xml', bytes: new Uint8Array(0) }])
    const pkg = await readPackage(zip)
    expect(codesOf(pkg.findings)).toEqual(['LVBB1041'])
    expect(pkg.findings[0]!.data).toMatchObject({ bestand: 'leeg.xml', grootte: 0 })
    expect(pkg.entries.map((e) => e.name)).toEqual(['leeg.xml'])
  })

  test('duplicate and case-colliding names: LVBB1042, the later one is not read', async () => {
    const zip = await zipTo([
      { name: 'manifest.xml', bytes: new TextEncoder().encode('<a/>') },
      { name: 'Manifest.xml', bytes: new TextEncoder().encode('<b/>') },
      { name: 'manifest.xml', bytes: new TextEncoder().encode('<c/>') },
    ])
    const pkg = await readPackage(zip)
    expect(pkg.entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)])).toEqual([['manifest.xml', '<a/>']])
    expect(pkg.findings.map((f) => [f.code, f.data.bestand, f.data.eerder])).toEqual([
      ['LVBB1042', 'Manifest.xml', 'manifest.xml'],
      ['LVBB1042', 'manifest.xml', 'manifest.xml'],
    ])
  })

  test('an entry inside a folder violates the flat-name rule (LVBB1004) and is not read', async () => {
    const zip = await zipTo([{ name: 'map/besluit.xml', bytes: new TextEncoder().encode('<a/>') }])
    const pkg = await readPackage(zip)
    expect(pkg.findings.map((f) => [f.code, f.data.bestand])).toEqual([['LVBB1004', 'map/besluit.xml']])
    expect(pkg.entries).toEqual([])
  })
})

describe('hostile folders', () => {
  test('a symlink to a file outside the package and a sub-folder are skipped with VISIE-504', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'visie-outside-'))
    await writeFile(join(outside, 'geheim.xml'), '<geheim/>')
    const dir = await mkdtemp(join(tmpdir(), 'visie-test-'))
    await writeFile(join(dir, 'opdracht.xml'), '<a/>')
    await symlink(join(outside, 'geheim.xml'), join(dir, 'link.xml'))
    await mkdir(join(dir, 'sub'))
    const pkg = await readPackage(dir)
    expect(pkg.entries.map((e) => e.name)).toEqual(['opdracht.xml'])
    expect(pkg.findings.map((f) => [f.code, f.data.bestand, f.data.soort])).toEqual([
      ['VISIE-504', 'link.xml', 'geen gewoon bestand'],
      ['VISIE-504', 'sub', 'map'],
    ])
  })
})

describe('packageFromFiles', () => {
  test('applies the same name checks and sorts entries by code units', () => {
    const bytes = new TextEncoder().encode('<a/>')
    const pkg = packageFromFiles('mem', [
      { name: 'b.xml', bytes },
      { name: 'B-.xml', bytes },
      { name: 'a b.xml', bytes },
    ])
    expect(pkg.entries.map((e) => e.name)).toEqual(['B-.xml', 'b.xml'])
    expect(pkg.findings.map((f) => [f.code, f.data.bestand])).toEqual([['LVBB1004', 'a b.xml']])
  })
})

describe('large entries are not held in memory (issue 16 D11)', () => {
  /** pv28 with DeltaVisie-v1.gml grown past LARGE_ENTRY_BYTES by repeating its real Locaties (comments between them). */
  async function grown(): Promise<{ name: string; bytes: Uint8Array }[]> {
    const files = await loadFolder(pv28())
    return files.map((f) => {
      if (f.name !== 'DeltaVisie-v1.gml') return f
      const text = new TextDecoder().decode(f.bytes)
      const padding = `<!-- ${'x'.repeat(1000)} -->\n`.repeat(Math.ceil(LARGE_ENTRY_BYTES / 1000))
      return { name: f.name, bytes: new TextEncoder().encode(text.replace('<geo:locaties>', `<geo:locaties>\n${padding}`)) }
    })
  }

  test.each(['zip', 'folder'] as const)('from a %s: size, head, SHA-512 and bytes of a large entry are those of the file, read again on each use', async (kind) => {
    const files = await grown()
    let path: string
    if (kind === 'zip') path = await zipTo(files)
    else {
      path = await mkdtemp(join(tmpdir(), 'visie-groot-'))
      for (const f of files) await writeFile(join(path, f.name), f.bytes)
    }
    const pkg = await readPackage(path)
    expect(pkg.findings).toEqual([])
    const source = files.find((f) => f.name === 'DeltaVisie-v1.gml')!.bytes
    expect(source.length).toBeGreaterThan(LARGE_ENTRY_BYTES)
    const entry = pkg.entries.find((e) => e.name === 'DeltaVisie-v1.gml')!
    expect(entry.size).toBe(source.length)
    expect(entry.sha512).toBe(createHash('sha512').update(source).digest('hex'))
    expect(Buffer.from(entry.head!).equals(Buffer.from(source.subarray(0, HEAD_BYTES)))).toBe(true)
    const first = entry.bytes
    expect(Buffer.from(first).equals(Buffer.from(source))).toBe(true)
    expect(entry.bytes === first).toBe(false) // not kept: a fresh read
    // Small entries stay plain bytes.
    const small = pkg.entries.find((e) => e.name === 'manifest.xml')!
    expect(small.size).toBeUndefined()
    expect(small.bytes === small.bytes).toBe(true)
  })

  /** pv28 with DeltaVisie-v1.gml grown to ~9 MB by repeating its four real Locaties (deflates about 2:1, as GML does). */
  async function repeated(): Promise<{ name: string; bytes: Uint8Array }[]> {
    const files = await loadFolder(pv28())
    return files.map((f) => {
      if (f.name !== 'DeltaVisie-v1.gml') return f
      const text = new TextDecoder().decode(f.bytes)
      const locaties = text.slice(text.indexOf('<geo:Locatie>'), text.lastIndexOf('</geo:locaties>'))
      return { name: f.name, bytes: new TextEncoder().encode(text.replace('</geo:locaties>', `${locaties.repeat(42)}</geo:locaties>`)) }
    })
  }

  test.each([
    ['deflated', false],
    ['stored', true],
  ] as const)('from a ZIP (%s) a large entry comes in chunks read as they are asked for, none larger than 1 MB', async (_, store) => {
    const files = (await repeated()).map((f) => ({ ...f, store }))
    const source = files.find((f) => f.name === 'DeltaVisie-v1.gml')!.bytes
    expect(source.length).toBeGreaterThan(2 * LARGE_ENTRY_BYTES)
    const pkg = await readPackage(await zipTo(files))
    expect(pkg.findings).toEqual([])
    const entry = pkg.entries.find((e) => e.name === 'DeltaVisie-v1.gml')!
    for (let round = 0; round < 2; round++) {
      const sizes: number[] = []
      const hash = createHash('sha512')
      // A chunk is valid until the next is asked for: it is hashed at once, as the layers use it.
      for (const chunk of entry.chunks!()) {
        sizes.push(chunk.length)
        hash.update(chunk)
      }
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(source.length)
      expect(hash.digest('hex')).toBe(createHash('sha512').update(source).digest('hex'))
      expect(Math.max(...sizes)).toBeLessThanOrEqual(1024 * 1024)
    }
  })

  test.each([
    ['largest first', false],
    ['largest last', true],
  ] as const)('from a ZIP (%s), the largest entry inflated whole while reading is kept for its first two uses, and only that', async (_, reversed) => {
    const files = await repeated()
    const gml = files.find((f) => f.name === 'DeltaVisie-v1.gml')!.bytes
    // A second large entry, smaller than the GML, that deflates at an ordinary ratio too.
    const other = { name: 'groot.xml', bytes: new TextEncoder().encode(`<groot>${Array.from({ length: 400_000 }, (_, i) => `<r>${(i * 7919) % 100_003}</r>`).join('')}</groot>`) }
    expect(other.bytes.length).toBeGreaterThan(LARGE_ENTRY_BYTES)
    expect(other.bytes.length).toBeLessThan(gml.length)
    const zip = await zipTo(reversed ? [other, ...files] : [...files, other])
    const pkg = await readPackage(zip)
    expect(pkg.findings).toEqual([])
    // Without the ZIP on disk only what is held can still be read.
    await rm(zip)
    const entry = (name: string) => pkg.entries.find((e) => e.name === name)!
    const whole = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks].map((c) => c.slice()))
    expect(whole(entry('DeltaVisie-v1.gml').chunks!()).equals(Buffer.from(gml))).toBe(true)
    expect(Buffer.from(entry('DeltaVisie-v1.gml').bytes).equals(Buffer.from(gml))).toBe(true)
    expect(() => whole(entry('DeltaVisie-v1.gml').chunks!())).toThrow()
    expect(() => entry('groot.xml').bytes).toThrow()
  })

  test('from a ZIP, an entry that deflates 1000:1 (the padding of a grown GML) still comes in several chunks, each the file again', async () => {
    const files = await grown()
    const source = files.find((f) => f.name === 'DeltaVisie-v1.gml')!.bytes
    const entry = (await readPackage(await zipTo(files))).entries.find((e) => e.name === 'DeltaVisie-v1.gml')!
    const chunks: Uint8Array[] = []
    for (const chunk of entry.chunks!()) chunks.push(chunk.slice())
    expect(chunks.length).toBeGreaterThan(2)
    expect(Buffer.concat(chunks).equals(Buffer.from(source))).toBe(true)
  })

  test.each([
    ['1000:1, read through fflate', grown],
    ['2:1, inflated whole by Node', repeated],
  ] as const)('a large ZIP entry (%s) whose deflated data is damaged, or shorter than its record says, is LVBB1001 naming it', async (_, make) => {
    const files = await make()
    const zip = await readFile(await zipTo(files))
    // The data of the large entry starts after its local header (30 bytes with the signature PK\3\4, then the name
    // and the extra field).
    let header = zip.indexOf('PK\x03\x04', 0, 'latin1')
    while (zip.toString('latin1', header + 30, header + 30 + zip.readUInt16LE(header + 26)) !== 'DeltaVisie-v1.gml') header = zip.indexOf('PK\x03\x04', header + 4, 'latin1')
    const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28)
    const damaged = Buffer.from(zip)
    damaged.fill(0xff, start, start + 16) // a first block of reserved type 3: no inflater reads past it
    const longer = setDeclaredSize(zip, 'DeltaVisie-v1.gml', files.find((f) => f.name === 'DeltaVisie-v1.gml')!.bytes.length + 10)
    for (const [bytes, reason] of [[damaged, /block|ongeldig|invalid/i], [longer, /bytes in plaats van de opgegeven|meer bytes|korter/]] as const) {
      const dir = await mkdtemp(join(tmpdir(), 'visie-test-'))
      await writeFile(join(dir, 'pakket.zip'), bytes)
      const pkg = await readPackage(join(dir, 'pakket.zip'))
      const found = pkg.findings.filter((f) => f.code === 'LVBB1001')
      expect(found.map((f) => f.data.bestand)).toEqual(['DeltaVisie-v1.gml'])
      expect(String(found[0]!.data.reden)).toMatch(reason)
      expect(pkg.entries.map((e) => e.name)).not.toContain('DeltaVisie-v1.gml')
    }
  })

  test('a package with a large GML gives the same findings from a ZIP as from memory (pakket, lvbb, geo)', async () => {
    const files = await grown()
    const layers = { layers: ['pakket', 'lvbb', 'geo'] }
    const fromZip = await validatePackage(await readPackage(await zipTo(files)), { schemasDir: '' }, layers)
    const inMemory = await validatePackage(packageFromFiles('pv28.zip', files), { schemasDir: '' }, layers)
    const strip = (r: typeof fromZip) => r.findings.map((f) => JSON.stringify(f))
    expect(strip(fromZip)).toEqual(strip(inMemory))
    // The grown GML no longer has the hash in its IO: LVBB3008, computed from the bytes read back.
    expect(fromZip.findings.filter((f) => f.code === 'LVBB3008').map((f) => f.data.bestand)).toEqual(['DeltaVisie-v1.gml'])
  })
})
