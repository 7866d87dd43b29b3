/**
 * Where the reference material lives (official XSDs, Schematron, example packages, real geometry).
 * It is never committed; .ci/run sets VISIE_SHARED, a developer's checkout finds it beside the repo.
 * A missing folder fails the test run loudly rather than skipping tests.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))

export function sharedDir(...parts: string[]): string {
  const base = process.env.VISIE_SHARED ?? resolve(repoRoot, '..', 'shared')
  if (!existsSync(base)) {
    throw new Error(`VISIE_SHARED (${base}) bestaat niet: zet VISIE_SHARED op de map met stop/, imow/ en geo/ (zie .ci/run).`)
  }
  return join(base, ...parts)
}

/** The installed schema set the tests validate against (installed by .ci/run with `visie schemas install`). */
export function schemasDir(): string {
  return process.env.VISIE_SCHEMAS ?? resolve(repoRoot, '.cache', 'schemas')
}

export function fixture(...parts: string[]): string {
  return join(repoRoot, 'fixtures', ...parts)
}
