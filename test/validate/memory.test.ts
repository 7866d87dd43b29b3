/** collectGarbage (src/validate/memory.ts): a full collection on demand, without the --expose-gc flag. */
import { expect, test } from 'vitest'
import { collectGarbage } from '../../src/validate/memory.js'

test('collects what nothing reaches any more, at once, once the heap grew by a working set since the last collection', async () => {
  // A WeakRef's target survives the job that made (or last read) it; after that only a collection clears it.
  const nextJob = () => new Promise((done) => setImmediate(done))
  collectGarbage()
  const before = process.memoryUsage().heapUsed
  const ref = new WeakRef({ tree: Array.from({ length: 1_000_000 }, (_, i) => ({ i, s: `knoop ${i}` })) })
  await nextJob()
  expect(ref.deref()).toBeDefined()
  // More than the growth (48 MB) after which collectGarbage collects.
  expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(48 * 2 ** 20)
  await nextJob()
  collectGarbage()
  expect(ref.deref()).toBeUndefined()
})

test('gives the heap that garbage took back to the system (a phase of a large package let go of its working set)', async () => {
  const nextJob = () => new Promise((done) => setImmediate(done))
  let working: { i: number; s: string }[] | undefined = Array.from({ length: 2_000_000 }, (_, i) => ({ i, s: `object ${i}` }))
  await nextJob()
  const grown = process.memoryUsage().heapTotal
  expect(working.length).toBe(2_000_000)
  working = undefined
  await nextJob()
  collectGarbage()
  const { heapTotal, heapUsed } = process.memoryUsage()
  // ~150 MB of objects: a full collection alone empties them but keeps the heap at its size.
  expect(grown - heapTotal).toBeGreaterThan(100 * 2 ** 20)
  expect(heapTotal - heapUsed).toBeLessThan(64 * 2 ** 20)
})
