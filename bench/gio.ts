/**
 * GIO benchmarks: a synthetic GeoJSON source of ~50 MB (one GIO, 2000 polygons of 1000 vertices, generated into
 * a temp folder) and the 13 real Assen GIOs from ../shared/geo. Each measurement runs in its own process, so the
 * peak RSS is that of the measured work alone. Prints bench/lib.ts JSON lines.
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emit, maxRssMb } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const shared = process.env.VISIE_SHARED ?? resolve(repo, '..', 'shared')

const WONEN = { naam: 'wonen', work: '/join/id/regdata/gm0106/2025/c1f754a9a0bd4d1f9c3fd3430387d18a' }

async function writeSynthetic(file: string, polygons = 2000, vertices = 1000): Promise<void> {
  const out = createWriteStream(file)
  const write = (s: string) => new Promise<void>((ok) => (out.write(s) ? ok() : out.once('drain', () => ok())))
  await write('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[\n')
  for (let p = 0; p < polygons; p++) {
    const cx = 230000 + (p % 50) * 100
    const cy = 552000 + Math.floor(p / 50) * 100
    const ring: string[] = []
    for (let v = 0; v < vertices; v++) {
      const a = (2 * Math.PI * v) / vertices
      ring.push(`[${(cx + 45 * Math.cos(a)).toFixed(4)},${(cy + 45 * Math.sin(a)).toFixed(4)}]`)
    }
    ring.push(ring[0] as string)
    await write(`${p ? ',\n' : ''}{"type":"Feature","properties":{"gio":"wonen","naam":"vlak ${p + 1}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`)
  }
  await write('\n]}\n')
  await new Promise<void>((ok) => out.end(ok))
}

/** Child mode: build once and print the row. */
async function child(kind: string, geo: string): Promise<void> {
  const { buildGios } = await import('../src/gio/index.js')
  const { loadConfig } = await import('../src/config/index.js')
  const { createContext } = await import('../src/build/context.js')
  const dir = join(repo, 'fixtures', 'assen')
  const ctx = createContext(await loadConfig(dir), dir)
  const ios =
    kind === 'synthetic'
      ? [{ ...WONEN, expression: `${WONEN.work}/nld@2026-01-05;12452657` }]
      : (await import('../test/gio/assen.js')).assenInformatieobjecten
  const t = performance.now()
  const r = await buildGios({ informatieobjecten: ios }, ctx, { geoOverride: geo })
  const ms = Math.round((performance.now() - t) * 10) / 10
  const gml = r.files.filter((f) => f.path.endsWith('.gml')).reduce((s, f) => s + f.bytes.length, 0)
  const mb = (statSync(geo).size / 2 ** 20).toFixed(1)
  const note = `${mb} MB bron → ${r.gios.length} GIO's, ${(gml / 2 ** 20).toFixed(1)} MB GML, ${r.findings.length} bevindingen`
  emit({ name: kind === 'synthetic' ? 'gio synthetisch ~50 MB' : "gio 13 echte Assen-GIO's", ms, maxRssMb: maxRssMb(), note })
}

async function main(): Promise<void> {
  const [, , mode, kind, geo] = process.argv
  if (mode === '--child' && kind && geo) return child(kind, geo)
  const tmp = mkdtempSync(join(tmpdir(), 'visie-bench-gio-'))
  try {
    const synthetic = join(tmp, 'synthetisch.geojson')
    await writeSynthetic(synthetic)
    const runs: [string, string][] = [['real', join(shared, 'geo', 'gio-kandidaten_rd.geojson')], ['synthetic', synthetic]]
    for (const [kind, file] of runs) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, file], { encoding: 'utf8' })
      process.stdout.write(r.stdout)
      if (r.status !== 0) emit({ name: `gio ${kind}: mislukt`, ms: Number.NaN, note: r.stderr.trim().split('\n').slice(-3).join(' | ') })
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

await main()
