/**
 * What every command loads before it runs (issue 18): the modules reached from the CLI's entry by static imports. The
 * validators, writers and readers load on use (dynamic imports); one static import of a module that brings them along
 * put jsts and libxml2-wasm into the start-up of `visie --version` (0.18 s instead of 0.11 s beside a bare node 0.07 s).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/shared.js'

/** Static `import … from` / `export … from` / `import '…'` specifiers of a TypeScript source (type-only ones left out). */
function staticImports(source: string): string[] {
  const out: string[] = []
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) out.push(m[1] as string)
  return out
}

/** Every source file and package reached from `entry` by static imports. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string): void => {
    if (files.has(file)) return
    files.add(file)
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('node:')) continue
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string))
        continue
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'))
      if (!existsSync(target)) throw new Error(`${file}: ${spec} niet gevonden`)
      visit(target)
    }
  }
  visit(entry)
  return { files, packages }
}

describe('start-up of the CLI', () => {
  const { files, packages } = reached(join(repoRoot, 'src', 'cli', 'index.ts'))

  it('reaches the command modules (the walk follows the imports)', () => {
    expect(files.has(join(repoRoot, 'src', 'cli', 'commands', 'validate.ts'))).toBe(true)
    expect(files.has(join(repoRoot, 'src', 'cli', 'commands', 'build.ts'))).toBe(true)
    expect(packages.has('commander')).toBe(true)
  })

  it('loads no validator, writer or reader library before a command runs', () => {
    for (const heavy of ['libxml2-wasm', 'jsts', 'saxon-js', 'xmlbuilder2', 'pdfjs-dist', 'fflate', 'yauzl', 'yazl', 'proj4', 'fast-xml-parser']) {
      expect(packages, heavy).not.toContain(heavy)
    }
    const validators = [...files].filter((f) => f.includes(join('src', 'validate')) && !f.endsWith(join('src', 'validate', 'layer.ts')))
    expect(validators.map((f) => f.slice(repoRoot.length + 1))).toEqual(['src/validate/lvbb/dates.ts'])
  })
})
