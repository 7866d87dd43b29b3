/**
 * The Schematron layer in its worker thread (thread.ts, worker.ts): the worker, started from the sources here (the
 * CLI starts the bundled dist/chunks/schematron-worker.js), gives exactly the findings runSchematron gives in process,
 * on the LVBB 1.2.0 example broken in three ways and with a source trace that must cross to the worker and back.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runSchematron } from '../../../src/validate/schematron/index.js'
import { SchematronThread } from '../../../src/validate/schematron/thread.js'
import { sharedDir } from '../../support/shared.js'

const schemas = sharedDir()
const otst = sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120')
// The sources through tsx's loader, registered inside the worker before its module is imported.
const source = new URL('../../../src/validate/schematron/worker.ts', import.meta.url).href
const fromSources = () =>
  new SchematronThread(`import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(source)}))`, { eval: true })
const worker = fromSources()
afterAll(() => worker.terminate())

function breakOnce(text: string, from: string, to: string): string {
  const out = text.replace(from, to)
  expect(out).not.toBe(text)
  return out
}

describe('the Schematron layer in a worker thread', () => {
  it('gives the findings of the in-process run after a warm-up, source trace included', async () => {
    const texts = new Map(
      readdirSync(otst)
        .filter((n) => /\.(xml|gml)$/.test(n))
        .sort()
        .map((n) => [n, readFileSync(join(otst, n), 'utf8')] as const),
    )
    let besluit = texts.get('besluit.xml') ?? ''
    besluit = breakOnce(besluit, '<Artikel eId="art_besluit2"', '<Artikel eId="art_besluit1"')
    besluit = breakOnce(besluit, 'eId="chp_1__art_1"', 'eId="chp_1__para_1"')
    texts.set('besluit.xml', besluit)
    texts.set('gio-1.gml', breakOnce(texts.get('gio-1.gml') ?? '', '<geo:FRBRExpression>/join/', '<geo:FRBRExpression>/jion/'))
    const trace = new Map([['gm9920_1__chp_1__art_1', { file: 'visie.txt', line: 12 }]])
    const opts = { schemasDir: schemas, trace }
    const inProcess = runSchematron([...texts].map(([name, text]) => ({ name, text })), opts)
    // As the CLI does: a warm-up first, which has the ports read their rule files (ports.ts readPort).
    await worker.warm({ schemasDir: schemas })
    const offThread = await worker.run([...texts].map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })), opts)
    expect(offThread).toEqual(inProcess)
    const codes = new Set(inProcess.map((f) => f.code))
    for (const code of ['STOP0022', 'STOP1001']) expect(codes).toContain(code)
    expect(inProcess.find((f) => f.code === 'STOP0022')?.source).toEqual({ file: 'visie.txt', line: 12 })
  }, 300_000)

  it('says when a request fails instead of hanging', async () => {
    const dead = fromSources()
    await dead.terminate()
    await expect(dead.run([], { schemasDir: schemas })).rejects.toThrow(/worker/)
  })
})
