import { defineConfig } from 'vitest/config'
import { filesNeedingMissing, materialPresent, schemasBase, sharedBase } from './test/support/material.js'

// A fresh clone has neither the reference folder (../shared) nor an installed schema set: the test files that need
// them are left out with one line saying what to run. .ci/run sets VISIE_REQUIRE_MATERIAL=1: then nothing is left out.
const material = materialPresent()
const leftOut = process.env.VISIE_REQUIRE_MATERIAL === '1' ? [] : filesNeedingMissing(material)
if (leftOut.length > 0) {
  const missing = [
    ...(material.shared ? [] : [`de referentiemap ${sharedBase()} (VISIE_SHARED)`]),
    ...(material.schemas ? [] : [`een schemaset in ${schemasBase()} (VISIE_SCHEMAS)`]),
  ]
  process.stderr.write(
    `visie-tests: ${leftOut.length} testbestanden overgeslagen: ${missing.join(' en ')} ontbreekt. ` +
      "Installeer de schema's met 'node bin/visie schemas install' en zet VISIE_SHARED op de map met stop/, imow/ en geo/, of draai .ci/run.\n",
  )
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...leftOut],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
})
