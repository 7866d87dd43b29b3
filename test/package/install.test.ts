/**
 * The npm package as a user gets it: `npm pack` (prepack bundles the CLI into dist/), installed globally into a temporary prefix,
 * then `visie --version`, `init`, `build` and `validate` from another working directory, and `npx ./<tarball>`.
 * The pack runs in a copy of the sources, so it never touches this checkout's dist/. Dependencies come from the npm
 * cache `npm ci` filled (--prefer-offline).
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import pkg from '../../package.json' with { type: 'json' }
import { materialPresent, schemasBase } from '../support/material.js'
import { repoRoot } from '../support/shared.js'

const work = mkdtempSync(join(tmpdir(), 'visie-npm-'))
const prefix = join(work, 'prefix')
const elders = join(work, 'elders')
let tarball = ''

/** The environment of a user's shell: no npm_* variables from the `npm test` that runs us. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
  return { ...env, PATH: `${join(prefix, 'bin')}:${env.PATH ?? ''}`, ...extra }
}

function run(cmd: string, args: readonly string[], options: ExecFileSyncOptions = {}): { code: number; out: string } {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: elders, env: userEnv(), ...options })
    return { code: 0, out: String(out) }
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string }
    return { code: err.status ?? -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` }
  }
}

beforeAll(() => {
  const src = join(work, 'src')
  mkdirSync(src)
  // prepack bundles src/ with scripts/bundle.ts.
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'LICENSE', 'bin', 'src', 'schemas', 'scripts/bundle.ts']) {
    if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(src, f), { recursive: true })
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(src, 'node_modules'), 'dir')
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: src, env: userEnv(), stdio: 'pipe' })
  tarball = join(work, `visie-${pkg.version}.tgz`)
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: work, env: userEnv(), stdio: 'pipe' })
  mkdirSync(elders)
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the npm package, installed into a temporary prefix', () => {
  test('ships bin, dist and the schema manifest, and no sources or tests', () => {
    const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean)
    for (const f of ['package/bin/visie', 'package/dist/visie.js', 'package/schemas/manifest.json', 'package/README.md']) expect(list).toContain(f)
    // The CLI as one bundle with its lazily loaded chunks (scripts/bundle.ts), not the module tree it is made of.
    expect(list.filter((f) => f.startsWith('package/dist/') && !/^package\/dist\/(visie|chunks\/[\w-]+)\.js$/.test(f))).toEqual([])
    expect(list.some((f) => f.startsWith('package/dist/chunks/'))).toBe(true)
    for (const worker of ['schematron-worker', 'pdf-worker', 'validate-worker', 'xsd-worker']) expect(list).toContain(`package/dist/chunks/${worker}.js`)
    expect(list.filter((f) => /^package\/(src|test|fixtures|bench|scripts)\//.test(f))).toEqual([])
    expect(list.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([])
  })

  test('visie --version, init, build and validate from another directory: 0 blocking findings', () => {
    // With an installed schema set the XSD and Schematron run too; without one (a fresh clone) build and validate say so once.
    const env = userEnv(materialPresent().schemas ? { VISIE_SCHEMAS: schemasBase() } : {})
    const version = run('visie', ['--version'], { env })
    expect(version).toEqual({ code: 0, out: `${pkg.version}\n` })
    expect(run('visie', ['init', 'boxtel', '--bevoegd-gezag', 'gm0757', '--naam', 'Gemeente Boxtel'], { env }).code).toBe(0)
    const build = run('visie', ['build', 'boxtel', '--quiet'], { env })
    expect(build.out).toContain('Samenvatting: 0 blokkerend')
    expect(build.code, build.out).toBe(0)
    const zips = readdirSync(join(elders, 'boxtel', 'dist'))
    expect(zips).toHaveLength(1)
    expect(zips[0]).toMatch(/^gm0757-omgevingsvisie-\d{4}-1\.zip$/)
    const validate = run('visie', ['validate', join('boxtel', 'dist', zips[0] as string)], { env })
    expect(validate.code, validate.out).toBe(0)
    expect(validate.out).toContain('Samenvatting: 0 blokkerend')
    // preview validates in a thread of its own (dist/chunks/validate-worker.js, shipped beside the other chunks).
    const preview = run('visie', ['preview', join('boxtel', 'dist', zips[0] as string), '--out', 'boxtel.html'], { env })
    expect(preview.code, preview.out).toBe(0)
    expect(preview.out).toMatch(/Voorbeeld geschreven naar .*boxtel\.html \(\d+ bevindingen, waarvan 0 blokkerend\)/)
    expect(existsSync(join(elders, 'boxtel.html'))).toBe(true)
    // --cache twice: the second run takes every file from the cache, so the Schematron layer's worker thread is started
    // but never asked anything; it must not keep the process alive (a hang ends as code -1 after the timeout).
    const cache = join(work, 'laagcache')
    for (const round of ['koud', 'warm']) {
      const cached = run('visie', ['validate', join('boxtel', 'dist', zips[0] as string), '--cache', cache], { env, timeout: 120_000 })
      expect(cached.code, `${round}: ${cached.out}`).toBe(0)
      expect(cached.out).toContain('Samenvatting: 0 blokkerend')
    }
  })

  test('the placeholders of `visie init` without a bevoegd gezag block the build', () => {
    expect(run('visie', ['init', 'leeg']).code).toBe(0)
    const build = run('visie', ['build', 'leeg', '--quiet'])
    expect(build.code).toBe(1)
    expect(build.out).toContain("VISIE-510 (blokkerend)")
    expect(existsSync(join(elders, 'leeg', 'dist'))).toBe(false)
  })

  test('npx ./<tarball> runs the CLI', () => {
    const npx = run('npx', ['--yes', '--prefer-offline', `./${join('..', `visie-${pkg.version}.tgz`)}`, '--version'])
    expect(npx.out.trim().split('\n').at(-1)).toBe(pkg.version)
  })
})
