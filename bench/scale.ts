/**
 * Scale cases of issue 16 (D10): the Assen project with 8 000 extra Bijlage I rows, and with 20 000 Locaties in one
 * GIO, each against the plain Assen build in the same process (all steps, validation without the schema layers).
 * Both were quadratic (GIO-mention linking; a duplicate search per feature and per OW group member); the Locaties case
 * runs at two sizes so a cost per Locatie that grows with the count shows.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildPackage } from '../src/build/index.js'
import { emit, maxRssMb } from './lib.js'

const fixture = resolve(import.meta.dirname, '..', 'fixtures', 'assen')
const LAST_ROW = 'e78b18391e8d4b6f9503ac29dc09a9e3/nld@2026-01- \n\n05;12452657 \n'

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'visie-bench-scale-'))
  for (const name of readdirSync(fixture)) if (name !== 'dist') cpSync(join(fixture, name), join(dir, name), { recursive: true })
  return dir
}

/** Issue 16 D10: 8 000 rows and 20 000 Locaties each "within a few seconds more than the plain build". */
const FEW_SECONDS = 5000

const hex = (i: number) => i.toString(16).padStart(32, '0')

/** `n` more GIO rows after the last Bijlage I row, each on one line. */
function withRows(dir: string, n: number): void {
  const path = join(dir, 'omgevingsvisie.txt')
  const rows = Array.from({ length: n }, (_, i) => `gebied ${i + 1} /join/id/regdata/gm0106/2025/${hex(i + 1)}/nld@2026-01-05;12452657 \n`).join('\n')
  writeFileSync(path, readFileSync(path, 'utf8').replace(LAST_ROW, `${LAST_ROW}\n${rows}`))
}

/** `n` small squares for the GIO "wonen" added to the project's GeoJSON. */
function withLocaties(dir: string, n: number): void {
  const path = join(dir, 'geo', 'gio-schematisch.geojson')
  const geo = JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }
  for (let i = 0; i < n; i++) {
    const x = 230000 + (i % 200) * 20
    const y = 552000 + Math.floor(i / 200) * 20
    geo.features.push({
      type: 'Feature',
      properties: { gio: 'wonen', naam: `vlak ${i + 1}` },
      geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10], [x, y]]] },
    })
  }
  writeFileSync(path, JSON.stringify(geo))
}

/** Wall time, and CPU time of this process (on a busy machine the wall time says little about the algorithm). */
async function timeBuild(dir: string): Promise<{ ms: number; cpuMs: number; blokkerend: number }> {
  const t = performance.now()
  const cpu = process.cpuUsage()
  const r = await buildPackage(dir, {})
  const used = process.cpuUsage(cpu)
  return { ms: Math.round(performance.now() - t), cpuMs: Math.round((used.user + used.system) / 1000), blokkerend: r.findings.filter((f) => f.severity === 'blokkerend').length }
}

const dirs: string[] = []
try {
  const plainDir = copy()
  dirs.push(plainDir)
  await timeBuild(plainDir) // warm-up: module loading and first compilations are not the scale cost
  const plain = await timeBuild(plainDir)
  emit({ name: 'build assen (referentie voor de schaalgevallen)', ms: plain.ms, maxRssMb: maxRssMb(), note: `cpu ${plain.cpuMs} ms` })
  const rowsDir = copy()
  dirs.push(rowsDir)
  withRows(rowsDir, 8000)
  const rows = await timeBuild(rowsDir)
  // The 8 000 rows have no geometry: the build stops at VISIE-200 after the OW step, before validation and ZIP.
  // Goal of issue 16 D10: "within a few seconds more than the plain build", read here as at most 5 s more.
  emit({ name: 'build assen + 8 000 rijen in Bijlage I', ms: rows.ms, maxRssMb: maxRssMb(), compare: 'build assen (referentie voor de schaalgevallen)', note: `cpu ${rows.cpuMs} ms; ${rows.blokkerend} blokkerend (VISIE-200)`, goal: { extraMs: FEW_SECONDS } })
  // Two sizes, so the table shows whether the cost per Locatie stays the same (linear) or grows with the count.
  for (const n of [5_000, 20_000]) {
    const locDir = copy()
    dirs.push(locDir)
    withLocaties(locDir, n)
    const loc = await timeBuild(locDir)
    const perLocatie = ((loc.cpuMs - plain.cpuMs) / n).toFixed(2)
    emit({
      name: `build assen + ${String(n).replace(/\B(?=(\d{3})+$)/g, ' ')} Locaties in één GIO`,
      ms: loc.ms,
      maxRssMb: maxRssMb(),
      compare: 'build assen (referentie voor de schaalgevallen)',
      note: `cpu ${loc.cpuMs} ms, ${perLocatie} ms cpu per Locatie boven de referentie; ${loc.blokkerend} blokkerend`,
      ...(n === 20_000 ? { goal: { extraMs: FEW_SECONDS } } : {}),
    })
  }
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
}
