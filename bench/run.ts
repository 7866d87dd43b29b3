/**
 * `npm run bench`: runs every bench script in its own process (so peak RSS is per kind of work) and prints one
 * table with wall time, peak RSS and the ratio to the row a measurement compares itself with.
 */
import { spawnSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { existsSync } from 'node:fs'
import type { BenchRow } from './lib.js'

/** In the order the table shows them. A missing script is reported, not skipped silently. */
const scripts = ['parse', 'gio', 'build', 'xsd', 'schematron', 'validate', 'preview'] as const

const rows: BenchRow[] = []
for (const name of scripts) {
  const file = new URL(`./${name}.ts`, import.meta.url)
  if (!existsSync(file)) {
    rows.push({ name: `${name}: geen benchmark`, ms: Number.NaN })
    continue
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', file.pathname], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'))
  for (const l of lines) rows.push(JSON.parse(l) as BenchRow)
  if (r.status !== 0) rows.push({ name: `${name}: mislukt (exit ${r.status})`, ms: Number.NaN, note: r.stderr.trim().split('\n').slice(-3).join(' | ') })
}

const byName = new Map(rows.map((r) => [r.name, r]))
const table = rows.map((r) => {
  const other = r.compare ? byName.get(r.compare) : undefined
  const ratio = other && Number.isFinite(other.ms) && other.ms > 0 ? (r.ms / other.ms).toFixed(2) : ''
  return [r.name, fmt(r.ms), r.maxRssMb === undefined ? '' : r.maxRssMb.toFixed(1), ratio, r.compare ?? r.note ?? '']
})
const head = ['meting', 'ms', 'piek-RSS MB', 'verhouding', 't.o.v.']
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)))
const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
console.log(`machine: ${cpus().length} kernen (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`)
console.log(line(head))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const row of table) console.log(line(row))

function fmt(ms: number): string {
  return Number.isFinite(ms) ? ms.toFixed(1) : '-'
}
