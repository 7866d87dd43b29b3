import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { sharedDir } from '../support/shared.js'
import { zipBytes } from '../support/zip-patch.js'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'visie-schemas-cli-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), tty: false, cwd: work, env: { HOME: join(work, 'home'), ...env } }
  const code = await main(['node', 'visie', ...args], io)
  return { code, out, err }
}

test('install --from stop --from imow --to DIR (the .ci/run interface), then list', async () => {
  const to = join(work, 'set')
  const install = await run(['schemas', 'install', '--from', sharedDir('stop'), '--from', sharedDir('imow'), '--to', to])
  expect(install.err).toBe('')
  expect(install.code).toBe(0)
  expect(install.out).toMatch(/^188 bestanden geïnstalleerd in /)
  const list = await run(['schemas', 'list', '--dir', to])
  expect(list.code).toBe(0)
  expect(list.out).toMatch(/stop-xsd\s+1\.3\.0\s+11\/11\s+in orde/)
  expect(list.out).toMatch(/imow-xsd-v3\.1\.0\s+v3\.1\.0\s+15\/15\s+in orde/)
  expect(list.out).toMatch(/imow-waardelijsten\s+4\.3\.0\s+1\/1\s+in orde/)
})

test('a tampered source file: exit 2 and the file named on stderr', async () => {
  const copy = join(work, 'src')
  await cp(sharedDir('stop'), join(copy, 'stop'), { recursive: true })
  const f = join(copy, 'stop', 'schemas', 'lvbb-1.2.0', 'lvbb-transport.xsd')
  await writeFile(f, (await readFile(f, 'utf8')).replace('manifest', 'manifesto'))
  const r = await run(['schemas', 'install', '--from', join(copy, 'stop'), '--from', sharedDir('imow'), '--to', join(work, 'bad')])
  expect(r.code).toBe(2)
  expect(r.err).toContain('stop/schemas/lvbb-1.2.0/lvbb-transport.xsd: SHA-256 klopt niet')
})

test('list of an empty default dir (XDG_CACHE_HOME) exits 1 and says what is missing', async () => {
  const r = await run(['schemas', 'list'], { XDG_CACHE_HOME: join(work, 'xdg') })
  expect(r.code).toBe(1)
  expect(r.out).toContain(join(work, 'xdg', 'visie', 'schemas'))
  expect(r.out).toMatch(/stop-xsd\s+1\.3\.0\s+0\/11\s+11 ontbreken/)
})

test('without --to/--dir, VISIE_SCHEMAS wins over the user cache (as for visie validate)', async () => {
  const r = await run(['schemas', 'list'], { VISIE_SCHEMAS: 'eigen-map', XDG_CACHE_HOME: join(work, 'xdg') })
  expect(r.out).toContain(`Schemaset in ${join(work, 'eigen-map')}:`)
})

test('a --from that does not exist is a usage/input error (exit 2)', async () => {
  const r = await run(['schemas', 'install', '--from', join(work, 'nope'), '--to', join(work, 'x')])
  expect(r.code).toBe(2)
  expect(r.err).toContain('bestaat niet')
})

test('a --from ZIP with an entry outside its folder: exit 2, the archive named, nothing installed', async () => {
  // yazl refuses '..' in a name: a stand-in of the same length, then the hostile bytes in its place.
  const raw = (await zipBytes({ 'stop/a.xsd': 'a', 'xx/buiten.xsd': 'b' })).toString('latin1')
  const zip = join(work, 'onveilig.zip')
  await writeFile(zip, Buffer.from(raw.replaceAll('xx/buiten', '../buiten'), 'latin1'))
  const to = join(work, 'niet')
  const r = await run(['schemas', 'install', '--from', zip, '--to', to])
  expect(r.code).toBe(2)
  expect(r.err).toContain(`${zip} wordt niet gebruikt als bron voor de schema's: de ZIP heeft een bestand met een onveilige naam '../buiten.xsd'`)
  expect(r.out).toBe('')
  await expect(readdir(to)).rejects.toThrow(/ENOENT/)
})
