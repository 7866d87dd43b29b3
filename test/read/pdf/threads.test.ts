/**
 * A long PDF is read by several threads, each a range of pages (load.ts, pdf-worker.ts): the pages must come out
 * exactly as one thread reads them, in page order, and a worker that fails is an input error naming the pages.
 * The worker runs from the sources here (tsx registered in the thread), as the bundled CLI runs dist/chunks/pdf-worker.js.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, test } from 'vitest'
import { InputError } from '../../../src/model/errors.js'
import { loadPdf } from '../../../src/read/pdf/load.js'
import { repoRoot } from '../../support/shared.js'

const worker = pathToFileURL(join(repoRoot, 'src/read/pdf/pdf-worker.ts')).href
const fromSources = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(worker)}))`

describe('reading a PDF in ranges of pages on worker threads', () => {
  // A LibreOffice print with a table of contents, lists and tables (20 pages), and a Chromium print (10 pages).
  for (const id of ['h61', 'c01']) {
    test(`${id}: three threads give the pages one thread gives`, async () => {
      const bytes = readFileSync(join(repoRoot, 'test/corpus', id, 'document.pdf'))
      const alone = await loadPdf(bytes, 'document.pdf', { threads: null })
      const shared = await loadPdf(bytes, 'document.pdf', { threads: { file: fromSources, eval: true, threads: 3 } })
      expect(alone.pages.length).toBeGreaterThanOrEqual(10)
      expect(shared.pages.map((p) => p.number)).toEqual(alone.pages.map((_, k) => k + 1))
      expect(shared).toEqual(alone)
    })
  }

  test('a worker that cannot read its pages is an input error naming them', async () => {
    const bytes = readFileSync(join(repoRoot, 'test/corpus/c01/document.pdf'))
    const failing = `throw new Error('kapot')`
    const read = loadPdf(bytes, 'document.pdf', { threads: { file: failing, eval: true, threads: 2 } })
    await expect(read).rejects.toBeInstanceOf(InputError)
    await expect(read).rejects.toThrow(/document\.pdf: de PDF kon niet worden gelezen op pagina 6–10 \(kapot\)/)
  })
})
