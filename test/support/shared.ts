/**
 * Where the reference material lives (official XSDs, Schematron, example packages, real geometry).
 * It is never committed; .ci/run sets VISIE_SHARED, a developer's checkout finds it beside the repo. Test files that
 * need it are left out of a run without it (test/support/material.ts, vitest.config.ts), so a missing folder here
 * means a test uses the material without calling sharedDir(): that fails loudly.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { schemasBase, sharedBase } from './material.js'

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))

export function sharedDir(...parts: string[]): string {
  const base = sharedBase()
  if (!existsSync(base)) {
    throw new Error(`VISIE_SHARED (${base}) bestaat niet: zet VISIE_SHARED op de map met stop/, imow/ en geo/ (zie .ci/run).`)
  }
  return join(base, ...parts)
}

/**
 * The installed schema set the tests validate against: VISIE_SCHEMAS, else the CLI's default location (the user cache
 * `visie schemas install` fills). .ci/run installs it into .cache/schemas and sets VISIE_SCHEMAS.
 */
export function schemasDir(): string {
  return schemasBase()
}

export function fixture(...parts: string[]): string {
  return join(repoRoot, 'fixtures', ...parts)
}
