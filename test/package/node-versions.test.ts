/**
 * Builds are byte-identical across the supported Node versions (22 and 24 LTS): the Assen fixture is built by this
 * Node and by every other binary listed in VISIE_NODES (colon-separated; .ci/run installs Node 22 for this), each
 * in its own process, and the ZIPs must be equal byte for byte.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { fixture, repoRoot, schemasDir } from '../support/shared.js'

const others = (process.env.VISIE_NODES ?? '').split(':').filter(Boolean)
const work = mkdtempSync(join(tmpdir(), 'visie-nodes-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function buildWith(node: string, name: string): { version: string; zip: Buffer } {
  const out = join(work, name)
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  execFileSync(node, ['--import', 'tsx', join(repoRoot, 'test/support/run-cli.ts'), 'build', fixture('assen'), '--out', out, '--quiet', '--datum', '2026-02-24'], {
    cwd: repoRoot,
    env: { ...process.env, VISIE_SCHEMAS: schemasDir(), TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' },
    stdio: 'pipe',
  })
  return { version, zip: readFileSync(join(out, 'gm0106-omgevingsvisie-2026-1.zip')) }
}

describe.skipIf(others.length === 0)('byte-identical builds across Node versions (VISIE_NODES)', () => {
  test('every listed Node builds the same Assen ZIP as this one', () => {
    const here = buildWith(process.execPath, 'here')
    for (const [i, node] of others.entries()) {
      const there = buildWith(node, `other-${i}`)
      expect(there.version).not.toBe(here.version)
      expect(there.zip.equals(here.zip), `${there.version} vs ${here.version}`).toBe(true)
    }
  })
})
