/**
 * Which test files need official material that is not in the repository, and whether it is there: the reference
 * folder (VISIE_SHARED, default ../shared: example packages, Schematron sources, real geometry) and an installed
 * schema set (VISIE_SCHEMAS, default the same user cache the CLI uses). A file needs the folder when it (or a test
 * helper it imports) calls `sharedDir(`, a schema set when it calls `schemasDir(`. vitest.config.ts leaves out the
 * files whose material is missing and says so in one line, so a fresh clone passes `npm test`; with
 * VISIE_REQUIRE_MATERIAL=1 (.ci/run) nothing is left out and missing material fails the run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultSchemasDir } from '../../src/schemas/index.js'

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))

export function sharedBase(env: NodeJS.ProcessEnv = process.env): string {
  return env.VISIE_SHARED ?? resolve(root, '..', 'shared')
}

export function schemasBase(env: NodeJS.ProcessEnv = process.env): string {
  return env.VISIE_SCHEMAS ?? defaultSchemasDir(env, homedir())
}

export interface Material {
  readonly shared: boolean
  readonly schemas: boolean
}

export function materialPresent(env: NodeJS.ProcessEnv = process.env): Material {
  const schemas = schemasBase(env)
  return { shared: existsSync(sharedBase(env)), schemas: existsSync(join(schemas, 'stop')) || existsSync(join(schemas, 'imow')) }
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  )
}

/** The file's text plus that of the test helpers it imports (relative imports inside test/, transitively). */
function withHelpers(file: string, seen = new Set<string>()): string {
  if (seen.has(file) || !existsSync(file)) return ''
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  const helpers = [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)]
    .map((m) => resolve(dirname(file), `${m[1]}.ts`))
    .filter((f) => f.startsWith(join(root, 'test')) && !f.endsWith(join('support', 'shared.ts')))
  return [text, ...helpers.map((h) => withHelpers(h, seen))].join('\n')
}

/** Test files (relative to the repository) that cannot run with the material at hand. */
export function filesNeedingMissing(material: Material): string[] {
  return testFiles(join(root, 'test'))
    .filter((f) => {
      const text = withHelpers(f)
      return (!material.shared && text.includes('sharedDir(')) || (!material.schemas && text.includes('schemasDir('))
    })
    .map((f) => relative(root, f))
    .sort()
}
