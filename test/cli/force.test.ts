/**
 * `visie build --force` (build --help: writes the package despite blocking findings): with an outline that jumps
 * (VISIE-103, blocking) the build without --force writes nothing; with --force it writes the ZIP, says it is not
 * deliverable, and still exits 1. A source that was not read at all gives no ZIP even with --force.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { assenProject, cli, leftBehind, seed, tempDir } from '../hardening/support.js'

const NO_SCHEMAS = join(tempDir('visie-no-schemas-'), 'absent')

async function build(project: string, ...flags: string[]): Promise<{ code: number; out: string; outDir: string }> {
  const outDir = join(tempDir('visie-out-'), 'dist')
  const r = await cli(project, 'build', project, '--out', outDir, '--quiet', '--schemas', NO_SCHEMAS, ...flags)
  return { ...r, outDir }
}

// Chapter 3 renumbered to 5: the outline jumps from 2 to 5 (4 is expected at most), a blocking VISIE-103.
const jumped = seed.replace(/^3 /mu, '5 ')
const project = assenProject((d) => writeFileSync(join(d, 'omgevingsvisie.txt'), jumped))

describe('--force', () => {
  test('without it: exit 1, VISIE-103, no ZIP', async () => {
    const r = await build(project)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/VISIE-103/u)
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('with it: the ZIP is written, the report says it is not deliverable, exit 1', async () => {
    const r = await build(project, '--force')
    expect(r.code).toBe(1)
    expect(leftBehind(r.outDir)).toEqual(['gm0106-omgevingsvisie-2026-1.zip'])
    expect(r.out).toMatch(/Pakket toch geschreven \(--force\).*niet aan te leveren/u)
  })

  test('a source that is no text: no ZIP even with --force', async () => {
    const binary = assenProject((d) => writeFileSync(join(d, 'omgevingsvisie.txt'), Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0])))
    const r = await build(binary, '--force')
    expect(r.code).toBe(1)
    expect(leftBehind(r.outDir)).toEqual([])
  })
})
