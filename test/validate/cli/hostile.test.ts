/**
 * Hostile input through `visie validate` with every layer: each case ends as findings (exit 1) or a Dutch message
 * (exit 2), never a crash, a hang (vitest's timeout guards that) or anything read from outside the package.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { main } from '../../../src/cli/index.js'
import type { Io } from '../../../src/cli/io.js'
import { schemasDir } from '../../support/shared.js'
import { edit, type File, loadFolder, loadPv28, pv28, withFile, zipTo } from '../package-fixtures.js'

interface Result {
  readonly code: number
  readonly json: { bevindingen: { code: string; bestand?: string; melding: string }[] } | undefined
  readonly stdout: string
  readonly stderr: string
}

async function run(path: string): Promise<Result> {
  let out = ''
  let err = ''
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), tty: false, cwd: process.cwd(), env: {} }
  const code = await main(['node', 'visie', 'validate', path, '--format', 'json', '--schemas', schemasDir()], io)
  return { code, json: out ? JSON.parse(out) : undefined, stdout: out, stderr: err }
}

const codesFor = (r: Result, file: string): string[] => [...new Set(r.json?.bevindingen.filter((b) => b.bestand === file).map((b) => b.code))].sort()

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<publicatieOpdracht xmlns="http://www.overheid.nl/2017/lvbb"><idLevering>&lol9;</idLevering></publicatieOpdracht>
`

describe('hostile packages through all layers', () => {
  let files: File[]

  test('malformed XML: a finding for that file, exit 1', async () => {
    files = await loadPv28()
    const r = await run(await zipTo(edit(files, 'owHoofdlijn.xml', (t) => t.replace('</ow-dc:owBestand>', '</ow-dc:owBestan>'))))
    expect(r.code).toBe(1)
    expect(codesFor(r, 'owHoofdlijn.xml')).toEqual(['VISIE-800'])
  })

  test('an XML entity bomb is reported and never expanded', async () => {
    const r = await run(await zipTo(withFile(files, 'opdracht.xml', BOMB)))
    expect(r.code).toBe(1)
    expect(codesFor(r, 'opdracht.xml')).toContain('VISIE-801')
    expect(r.stdout.length).toBeLessThan(200_000)
  })

  test('a DTD with an external entity reads nothing from outside the package', async () => {
    const secret = join(await mkdtemp(join(tmpdir(), 'visie-buiten-')), 'geheim.txt')
    await writeFile(secret, 'GEHEIM-7c1e')
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "file://${secret}">]>\n<manifest xmlns="http://www.overheid.nl/2017/lvbb"><bestand><bestandsnaam>&x;</bestandsnaam><contentType>application/xml</contentType></bestand></manifest>\n`
    const r = await run(await zipTo(withFile(files, 'manifest.xml', xxe)))
    expect(r.code).toBe(1)
    expect(codesFor(r, 'manifest.xml')).toContain('VISIE-801')
    expect(r.stdout).not.toContain('GEHEIM-7c1e')
    expect(await readFile(secret, 'utf8')).toBe('GEHEIM-7c1e')
  })

  test('a ZIP with ../ entries: LVBB1004, the entry is never read', async () => {
    const zip = await zipTo([...files, { name: 'xx/owEvil.xml', bytes: new TextEncoder().encode('<evil/>') }])
    const bytes = await readFile(zip)
    await writeFile(zip, Buffer.from(bytes.toString('latin1').replaceAll('xx/owEvil.xml', '../owEvil.xml'), 'latin1'))
    const r = await run(zip)
    expect(r.code).toBe(1)
    expect(r.json?.bevindingen.filter((b) => b.code === 'LVBB1004').map((b) => b.melding)).toEqual([
      "De bestandsnaam '../owEvil.xml' is ongeldig: pad met '..' (buiten het pakket). Verwacht: alleen letters, cijfers, '.', '_' en '-', zonder mappen.",
    ])
  })

  test('a ZIP bomb: VISIE-502, not unpacked', async () => {
    const r = await run(await zipTo([...files, { name: 'bom.gml', bytes: new Uint8Array(30 * 1024 * 1024) }]))
    expect(r.code).toBe(1)
    expect(codesFor(r, 'bom.gml')).toEqual(['LVBB1010', 'VISIE-502'])
  })

  test('a 0-byte file: LVBB1041', async () => {
    const r = await run(await zipTo(withFile(files, 'owHoofdlijn.xml', new Uint8Array(0))))
    expect(r.code).toBe(1)
    expect(codesFor(r, 'owHoofdlijn.xml')).toContain('LVBB1041')
  })

  test('a file that is not a ZIP: LVBB1001, exit 1', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'visie-test-')), 'geen.zip')
    await writeFile(path, 'PK\u0003\u0004 kapot')
    const r = await run(path)
    expect(r.code).toBe(1)
    expect(r.json?.bevindingen.map((b) => b.code)).toContain('LVBB1001')
  })
})
