/** collectGarbage (src/validate/memory.ts): a full collection on demand, without the --expose-gc flag. */
import { expect, test } from 'vitest'
import { collectGarbage } from '../../src/validate/memory.js'

test('collects what nothing reaches any more, at once', async () => {
  // A WeakRef's target survives the job that made (or last read) it; after that only a collection clears it.
  const nextJob = () => new Promise((done) => setImmediate(done))
  const ref = new WeakRef({ tree: Array.from({ length: 100_000 }, (_, i) => ({ i })) })
  await nextJob()
  expect(ref.deref()).toBeDefined()
  await nextJob()
  collectGarbage()
  expect(ref.deref()).toBeUndefined()
})
