/**
 * TPOD2457: the LVBB refuses an omgevingsvisie whose eindverantwoordelijke is not a ministerie, provincie or gemeente.
 * visie builds a waterschap's visie all the same and warns with the chain's code; a gemeente's gets no such finding.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { buildPackage } from '../../../src/build/index.js'
import { isBlocking } from '../../../src/model/index.js'
import { corpusDir } from '../../corpus/score.js'
import { schemasDir } from '../../support/shared.js'

const work = await mkdtemp(join(tmpdir(), 'visie-tpod2457-'))
afterAll(() => rm(work, { recursive: true, force: true }))

async function build(id: string) {
  const project = join(work, id)
  await cp(join(corpusDir, id), project, { recursive: true })
  const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8')) as Record<string, unknown>
  await writeFile(join(project, 'visie.json'), JSON.stringify({ ...config, tekst: 'raw.txt' }))
  return buildPackage(project, { schemasDir: schemasDir() })
}

describe('TPOD2457', () => {
  test('a waterschap (c12, ws0621) as eindverantwoordelijke of an omgevingsvisie: a warning at the RegelingMetadata, the ZIP still written', async () => {
    const r = await build('c12')
    expect(r.findings.filter((f) => f.code === 'TPOD2457').map((f) => [f.severity, f.data['organisatie'], f.at?.file, f.at?.xpath?.endsWith('eindverantwoordelijke')])).toEqual([
      ['waarschuwing', '/tooi/id/waterschap/ws0621', 'besluit.xml', true],
    ])
    expect(r.findings.filter(isBlocking)).toEqual([])
    expect(r.zip?.length ?? 0).toBeGreaterThan(0)
  }, 120_000)

  test('a gemeente (c01) gets no TPOD2457', async () => {
    const r = await build('c01')
    expect(r.findings.filter((f) => f.code === 'TPOD2457')).toEqual([])
  }, 120_000)
})
