/**
 * Start-up goals of issue 18, as the user meets them: the compiled CLI (`npm run bench` builds dist first) in its own
 * process, `visie --version` and `visie build fixtures/assen` (all steps and every validation layer), each next to a
 * bare `node -e 0` run just before it. Runs alternate (node, visie, node, visie, …) so a load change on the machine
 * hits both; the rows are medians. Goals: --version ≤ 3×, build ≤ 15× bare start-up. A last row, without a goal: a
 * rebuild in `visie build --watch` (one process that stays: warm code, schemas compiled once), from rewriting the text
 * to the next report, its QUIET_MS wait included, next to the build in a fresh process.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emit, median } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const cli = join(repo, 'bin', 'visie')
const schemas = process.env.VISIE_SCHEMAS ?? resolve(repo, '.cache', 'schemas')
const env = { ...process.env, ...(existsSync(schemas) ? { VISIE_SCHEMAS: schemas } : {}) }

/** Wall time of one run (ms); throws when the command fails (a failed build is no measurement). */
function once(args: readonly string[], ok: readonly number[] = [0]): number {
  const t = performance.now()
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 })
  const ms = performance.now() - t
  if (r.error || !ok.includes(r.status ?? -1)) throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`)
  return ms
}

/** `runs` alternating pairs (reference, measured); the median of each. */
function pairs(runs: number, reference: () => number, measured: () => number): { ref: number; ms: number } {
  const refs: number[] = []
  const own: number[] = []
  measured() // warm-up: file cache (and on Node ≥ 22.1 the compile cache) as a user has it from the second run on
  for (let i = 0; i < runs; i++) {
    refs.push(reference())
    own.push(measured())
  }
  return { ref: Math.round(median(refs) * 10) / 10, ms: Math.round(median(own) * 10) / 10 }
}

const bare = () => once(['-e', '0'])
const version = pairs(9, bare, () => once([cli, '--version']))
emit({ name: 'node -e 0 (kale start, naast --version)', ms: version.ref })
emit({ name: 'visie --version (mediaan van 9)', ms: version.ms, compare: 'node -e 0 (kale start, naast --version)', goal: { ratio: 3 } })

const out = mkdtempSync(join(tmpdir(), 'visie-bench-startup-'))
try {
  // Exit 0 or 1: the build itself decides; a blocking finding is still a complete build.
  const build = pairs(5, bare, () => once([cli, 'build', join(repo, 'fixtures', 'assen'), '--out', out, '--quiet'], [0, 1]))
  emit({ name: 'node -e 0 (kale start, naast build)', ms: build.ref })
  emit({ name: 'visie build fixtures/assen (alle stappen en lagen, mediaan van 5)', ms: build.ms, compare: 'node -e 0 (kale start, naast build)', goal: { ratio: 15 } })
  const rebuild = await watchRebuild(join(out, 'project'), join(out, 'watch-dist'), 7)
  emit({ name: 'herbouw in visie build --watch na een wijziging van de tekst (mediaan van 7)', ms: rebuild, compare: 'visie build fixtures/assen (alle stappen en lagen, mediaan van 5)' })
} finally {
  rmSync(out, { recursive: true, force: true })
}

/**
 * `visie build --watch` on a copy of fixtures/assen: after the first report, `runs` times the text rewritten (same
 * bytes: a save) and the time until the next report; the median (ms).
 */
async function watchRebuild(project: string, outDir: string, runs: number): Promise<number> {
  cpSync(join(repo, 'fixtures', 'assen'), project, { recursive: true, filter: (src) => !src.includes(`${join('assen', 'dist')}`) })
  const text = join(project, 'omgevingsvisie.txt')
  const bytes = readFileSync(text)
  const child = spawn(process.execPath, [cli, 'build', project, '--watch', '--quiet', '--out', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let reports = 0
  let waiting: (() => void) | undefined
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    reports += s.split('Pakket geschreven').length - 1
    waiting?.()
  })
  const report = (n: number) =>
    new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('--watch gaf geen rapport binnen 60 s')), 60_000)
      waiting = () => {
        if (reports < n) return
        clearTimeout(timer)
        ok()
      }
      waiting()
    })
  try {
    await report(1)
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      writeFileSync(text, bytes)
      await report(i + 2)
      times.push(performance.now() - t)
    }
    return Math.round(median(times) * 10) / 10
  } finally {
    // Gone before the caller removes its folder.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok))
      child.kill('SIGINT')
      await exited
    }
  }
}
