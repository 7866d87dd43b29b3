/**
 * Shared helpers for the bench scripts. A bench script does its work and prints JSON lines (one per measurement):
 *   {"name": "parse assen", "ms": 123.4, "maxRssMb": 87.1, "compare": "xmllint --schema …"}
 * `compare` names another row; bench/run.ts prints the ratio ms / compare.ms. Peak RSS is per process, so each
 * script measures one kind of work; bench/run.ts starts every script in its own process.
 * A row with `goal` is a goal of issue 18: bench/run.ts checks it, prints DOEL GEMIST and exits 1 when it is missed
 * (or when the row could not be measured), so a missed goal is loud, not a timed unit test.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface BenchRow {
  readonly name: string
  readonly ms: number
  readonly maxRssMb?: number
  /** CPU time (user + system) of a command run by timeCommand: on a busy machine it moves far less than wall time. */
  readonly cpuMs?: number
  readonly compare?: string
  readonly note?: string
  readonly goal?: Goal
}

/** Upper bounds a row must stay within: the ratio ms / compare.ms, wall time, time above compare.ms, peak RSS. */
export interface Goal {
  readonly ratio?: number
  readonly ms?: number
  /** ms − compare.ms: "within a few seconds more than the plain build" (issue 16 D10). */
  readonly extraMs?: number
  readonly rssMb?: number
}

/** What a goal row missed (empty when met); `reference` is the row named by `compare`. */
export function missedGoal(row: BenchRow, reference: BenchRow | undefined): string[] {
  const goal = row.goal
  if (goal === undefined) return []
  const missed: string[] = []
  if (!Number.isFinite(row.ms)) return ['niet gemeten']
  if (goal.ratio !== undefined) {
    if (reference === undefined || !Number.isFinite(reference.ms) || reference.ms <= 0) missed.push(`geen referentie '${row.compare ?? ''}'`)
    else if (row.ms / reference.ms > goal.ratio) missed.push(`verhouding ${(row.ms / reference.ms).toFixed(2)} > ${goal.ratio}`)
  }
  if (goal.ms !== undefined && row.ms > goal.ms) missed.push(`${row.ms.toFixed(0)} ms > ${goal.ms} ms`)
  if (goal.extraMs !== undefined) {
    if (reference === undefined || !Number.isFinite(reference.ms)) missed.push(`geen referentie '${row.compare ?? ''}'`)
    else if (row.ms - reference.ms > goal.extraMs) missed.push(`${(row.ms - reference.ms).toFixed(0)} ms meer dan de referentie > ${goal.extraMs} ms`)
  }
  if (goal.rssMb !== undefined) {
    if (row.maxRssMb === undefined) missed.push('piek-RSS niet gemeten')
    else if (row.maxRssMb > goal.rssMb) missed.push(`piek-RSS ${row.maxRssMb.toFixed(0)} MB > ${goal.rssMb} MB`)
  }
  return missed
}

/** The goal as the table prints it: `≤ 2× · ≤ 1000 MB`. */
export function describeGoal(goal: Goal): string {
  return [
    goal.ratio !== undefined ? `≤ ${goal.ratio}×` : '',
    goal.ms !== undefined ? `≤ ${goal.ms / 1000} s` : '',
    goal.extraMs !== undefined ? `≤ referentie + ${goal.extraMs / 1000} s` : '',
    goal.rssMb !== undefined ? `≤ ${goal.rssMb} MB` : '',
  ]
    .filter((s) => s !== '')
    .join(' · ')
}

/** A command run once to warm up (disk cache, Node's compile cache), then `runs` times: the run with the median wall time. */
export function medianRun(name: string, cmd: string, args: readonly string[], env?: NodeJS.ProcessEnv, runs = 3): BenchRow {
  timeCommand(name, cmd, args, env)
  const rows = Array.from({ length: runs }, () => timeCommand(name, cmd, args, env))
  const failed = rows.find((r) => !Number.isFinite(r.ms))
  if (failed !== undefined) return failed
  return [...rows].sort((a, b) => a.ms - b.ms)[Math.floor((runs - 1) / 2)] as BenchRow
}

/** Median of numbers (the lower middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

export function emit(row: BenchRow): void {
  process.stdout.write(`${JSON.stringify(row)}\n`)
}

export function maxRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10
}

/** Median wall time of `runs` calls of `fn` (after one warm-up call when `warm`). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5, warm = true): Promise<number> {
  if (warm) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10
}

/**
 * Runs an external command once, measuring wall time and (with GNU time) its peak RSS and CPU time. With `timeoutMs`
 * a run that takes longer is stopped and not measured (ms NaN).
 */
export function timeCommand(name: string, cmd: string, args: readonly string[], env?: NodeJS.ProcessEnv, timeoutMs?: number): BenchRow {
  const gnuTime = existsSync('/usr/bin/time')
  const t = performance.now()
  const options = { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 } as const
  // coreutils timeout stops the command itself (a timeout on /usr/bin/time would leave the command running).
  const command = timeoutMs ? ['timeout', '-s', 'KILL', String(Math.ceil(timeoutMs / 1000)), cmd, ...args] : [cmd, ...args]
  const r = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...command], options) : spawnSync(command[0] as string, command.slice(1), options)
  const ms = Math.round((performance.now() - t) * 10) / 10
  if (r.error) return { name, ms: Number.NaN, note: `niet uitgevoerd: ${r.error.message}` }
  if (timeoutMs && (r.status === 137 || /status 137/.test(r.stderr))) return { name, ms: Number.NaN, note: `gestopt na ${Math.round(timeoutMs / 1000)} s` }
  const [kb, user, system] = gnuTime ? (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : []
  const cpu = Number.isFinite(user) && Number.isFinite(system) ? { cpuMs: Math.round(((user as number) + (system as number)) * 1000) } : {}
  const rss = kb !== undefined && Number.isFinite(kb) ? { maxRssMb: Math.round((kb / 1024) * 10) / 10, ...cpu } : {}
  // A crash (out of memory, a signal) is no measurement of the work, but its peak RSS still says something.
  const crashed = /terminated by signal (\d+)/.exec(r.stderr) ?? (r.signal ? [r.signal, r.signal] : null)
  if (crashed) return { name, ms: Number.NaN, ...rss, note: `afgebroken (signaal ${crashed[1]})` }
  return { name, ms, ...rss }
}

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))

/** A copy of fixtures/assen (without dist) at `dir`. */
export function copyAssen(dir: string): string {
  const fixture = join(repo, 'fixtures', 'assen')
  for (const name of readdirSync(fixture)) if (name !== 'dist') cpSync(join(fixture, name), join(dir, name), { recursive: true })
  return dir
}

/**
 * `n` small polygons for the GIO "wonen" added to the project's GeoJSON (as bench/scale.ts does): squares, or with
 * `corners` ≠ 4 regular polygons of that many corners (radius 4.5 m, millimetres) in the same 20 m grid.
 */
export function addLocaties(dir: string, n: number, corners = 4): void {
  const path = join(dir, 'geo', 'gio-schematisch.geojson')
  const geo = JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }
  for (let i = 0; i < n; i++) {
    const x = 230000 + (i % 200) * 20
    const y = 552000 + Math.floor(i / 200) * 20
    const ring: number[][] = []
    if (corners === 4) ring.push([x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10])
    else for (let k = 0; k < corners; k++) ring.push([Number((x + 5 + 4.5 * Math.cos((2 * Math.PI * k) / corners)).toFixed(3)), Number((y + 5 + 4.5 * Math.sin((2 * Math.PI * k) / corners)).toFixed(3))])
    ring.push(ring[0] as number[])
    geo.features.push({ type: 'Feature', properties: { gio: 'wonen', naam: `vlak ${i + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } })
  }
  writeFileSync(path, JSON.stringify(geo))
}
