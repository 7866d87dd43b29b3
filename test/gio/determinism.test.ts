/**
 * Same input, same bytes: the GIO files built in another process under another time zone and locale are
 * byte-identical to those built here (style.md "Determinism").
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { buildGios } from '../../src/gio/index.js'
import { repoRoot, sharedDir } from '../support/shared.js'
import { assenContext, assenDocument } from './assen.js'

const script = `
import { createHash } from 'node:crypto'
import { buildGios } from './src/gio/index.ts'
import { assenContext, assenDocument } from './test/gio/assen.ts'
const r = await buildGios(assenDocument, await assenContext(), { geoOverride: process.argv[1] })
console.log(JSON.stringify(r.files.map((f) => [f.path, createHash('sha256').update(f.bytes).digest('hex')])))
`

test('another process with TZ=Pacific/Kiritimati and LANG=tr_TR.UTF-8 gives byte-identical GIO files', async () => {
  const geo = sharedDir('geo', 'gio-kandidaten_rd.geojson')
  const here = (await buildGios(assenDocument, await assenContext(), { geoOverride: geo })).files.map((f) => [f.path, createHash('sha256').update(f.bytes).digest('hex')])
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, geo], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  })
  expect(child.status, child.stderr).toBe(0)
  expect(JSON.parse(child.stdout.trim().split('\n').pop() as string)).toEqual(here)
  expect(here).toHaveLength(26)
}, 60_000)
