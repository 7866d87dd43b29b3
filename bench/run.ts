/**
 * `npm run bench`: runs every bench script in its own process (so peak RSS is per kind of work) and prints one
 * table — wall time, peak RSS and the ratio to the row a measurement compares itself with — row by row as results
 * come in. Each script has a time budget so the whole run stays within a few minutes on 2 cores.
 * Rows with a goal (issue 18) are checked: a missed goal, an unmeasured goal row or a script that did not finish
 * prints DOEL GEMIST / NIET VOLTOOID and makes the run exit 1. Ratios are against a reference run side by side on
 * the same machine (medians), so a busy machine moves both; the load is printed above and below the table.
 * Names on the command line run only those scripts (`npm run bench -- startup validate`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { describeGoal, missedGoal, type BenchRow } from './lib.js'

/** In the order the table shows them, with a time budget each (ms). A missing script is reported, not skipped. */
const scripts: readonly (readonly [string, number])[] = [
  ['startup', 120_000],
  ['parse', 60_000],
  ['pdf', 240_000],
  ['docx', 90_000],
  ['gio', 90_000],
  ['build', 60_000],
  ['scale', 300_000],
  ['xsd', 60_000],
  ['schematron', 90_000],
  ['validate', 480_000],
  ['refs', 240_000],
  ['memory', 900_000],
  ['preview', 60_000],
]

const widths = [72, 10, 12, 10] as const
const cell = (s: string, i: number) => (i === 0 ? s.padEnd(widths[0]) : s.padStart(widths[i as 1 | 2 | 3]))
const print = (cells: readonly string[]) => console.log(cells.map((c, i) => (i < 4 ? cell(c, i) : c)).join('  '))

console.log(`machine: ${cpus().length} kernen (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, belasting ${loadavg()[0]?.toFixed(1)}`)
print(['meting', 'ms', 'piek-RSS MB', 'verhouding', 't.o.v.'])
print(['-'.repeat(widths[0]), '-'.repeat(widths[1]), '-'.repeat(widths[2]), '-'.repeat(widths[3]), '------'])

// `npm run bench -- startup validate` (or `node --import tsx bench/run.ts startup validate`): only those scripts, in
// table order; an unknown name is a usage error. Without names every script runs.
const only = process.argv.slice(2)
const unknown = only.filter((n) => !scripts.some(([name]) => name === n))
if (unknown.length > 0) {
  console.error(`onbekende benchmark: ${unknown.join(', ')} (kies uit: ${scripts.map(([name]) => name).join(', ')})`)
  process.exit(2)
}
const selected = only.length === 0 ? scripts : scripts.filter(([name]) => only.includes(name))

const seen = new Map<string, BenchRow>()
const failures: string[] = []
for (const [name, budget] of selected) {
  const file = new URL(`./${name}.ts`, import.meta.url)
  if (!existsSync(file)) {
    print([`${name}: geen benchmark`, '-', '', '', ''])
    continue
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', file.pathname], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: budget })
  const rows = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as BenchRow)
  // A row may compare itself with a row printed after it (a reference tool run last): collect the script's rows first.
  for (const row of rows) seen.set(row.name, row)
  for (const row of rows) {
    const other = row.compare ? seen.get(row.compare) : undefined
    const ratio = other && Number.isFinite(other.ms) && other.ms > 0 ? (row.ms / other.ms).toFixed(2) : ''
    const cpu = row.cpuMs === undefined ? undefined : `cpu ${fmt(row.cpuMs)} ms`
    print([row.name, fmt(row.ms), row.maxRssMb === undefined ? '' : row.maxRssMb.toFixed(1), ratio, [row.compare, cpu, row.note].filter(Boolean).join('; ')])
    if (row.goal) {
      const missed = missedGoal(row, other)
      print([`  doel ${describeGoal(row.goal)}`, '', '', '', missed.length === 0 ? 'gehaald' : `DOEL GEMIST: ${missed.join(', ')}`])
      if (missed.length > 0) failures.push(`${row.name}: ${missed.join(', ')}`)
    }
  }
  if (r.error || r.status !== 0) {
    const why = r.error ? `afgebroken na ${budget / 1000} s` : `exit ${r.status}: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`
    print([`${name}: niet voltooid`, '-', '', '', why])
    failures.push(`${name}: NIET VOLTOOID (${why})`)
  }
}

console.log(`belasting na afloop ${loadavg()[0]?.toFixed(1)} (${cpus().length} kernen): verhoudingen zijn medianen naast een referentie op dezelfde machine.`)
if (failures.length > 0) {
  console.log(`\nDOEL GEMIST of niet voltooid (${failures.length}):`)
  for (const f of failures) console.log(`  - ${f}`)
  process.exitCode = 1
}

function fmt(ms: number): string {
  return Number.isFinite(ms) ? ms.toFixed(1) : '-'
}
