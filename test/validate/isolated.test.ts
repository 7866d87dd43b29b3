/**
 * A validation in a thread of its own (isolated.ts, for `visie preview`): the thread, started from the sources here
 * (the CLI starts the bundled dist/chunks/validate-worker.js), gives the report of the same run in process; a thread
 * that fails gives way to that run.
 */
import { describe, expect, it } from 'vitest'
import { validateHere, validateInThread, validateIsolated } from '../../src/validate/isolated.js'
import { schemasDir, sharedDir } from '../support/shared.js'

const request = { path: sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28'), source: 'pv28', schemasDir: schemasDir() }
const source = new URL('../../src/validate/isolated-worker.ts', import.meta.url).href

describe('validateIsolated', () => {
  it('the report of the run in process, made in a worker thread from the sources', async () => {
    const here = await validateHere(request)
    expect(here.findings.length).toBeGreaterThan(0)
    const worker = { file: `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(source)}))`, options: { eval: true } }
    // validateInThread has no fallback: this report came from the thread.
    expect(await validateInThread(request, worker)).toEqual(here)
  }, 120_000)

  it('a thread that fails: the same report, made in process', async () => {
    const broken = { file: "throw new Error('kapot')", options: { eval: true } }
    await expect(validateInThread(request, broken)).rejects.toThrow()
    expect(await validateIsolated(request, broken)).toEqual(await validateHere(request))
  }, 120_000)
})
