/**
 * Shared helpers for the bench scripts. A bench script does its work and prints JSON lines (one per measurement):
 *   {"name": "parse assen", "ms": 123.4, "maxRssMb": 87.1, "compare": "xmllint --schema …"}
 * `compare` names another row; bench/run.ts prints the ratio ms / compare.ms. Peak RSS is per process, so each
 * script measures one kind of work; bench/run.ts starts every script in its own process.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export interface BenchRow {
  readonly name: string
  readonly ms: number
  readonly maxRssMb?: number
  readonly compare?: string
  readonly note?: string
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

/** Runs an external command once, measuring wall time and (with GNU time) its peak RSS. */
export function timeCommand(name: string, cmd: string, args: readonly string[], env?: NodeJS.ProcessEnv): BenchRow {
  const gnuTime = existsSync('/usr/bin/time')
  const t = performance.now()
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 })
  const ms = Math.round((performance.now() - t) * 10) / 10
  if (r.error) return { name, ms: Number.NaN, note: `niet uitgevoerd: ${r.error.message}` }
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').pop()) : Number.NaN
  return { name, ms, ...(Number.isFinite(kb) ? { maxRssMb: Math.round((kb / 1024) * 10) / 10 } : {}) }
}
