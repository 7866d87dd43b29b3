/**
 * Issue 18 / issue 15 item 6: a package with 1 000 cross-references validates in ≤ 10 s. The Assen package (built in
 * memory, unpacked into a temp folder) gets 500 IntRefs to eIds of its visie and 500 IntIoRefs to its ExtIoRefs, all
 * correct, in the paragraph that holds the first IntIoRef; `visie validate` (the compiled CLI, all layers) runs on
 * it and on the unchanged package, side by side. The report of the two must have the same blocking findings (the
 * references are correct), else the row says so.
 *
 * The other kind, 1 000 ExtIoRefs: the Assen project with 987 GIOs more in Bijlage I (1 000 in all, one square each,
 * drawn here), built by the CLI (2 010 files: each GIO has its IO XML and GML) and its ZIP validated, each in its own
 * process: validate ≤ 10 s and both ≤ 1 GB.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPackage } from '../src/build/index.js'
import { emit, timeCommand, type Goal } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const schemas = process.env.VISIE_SCHEMAS ?? resolve(repo, '.cache', 'schemas')
const cli = join(repo, 'bin', 'visie')
const N = 500

/** besluit.xml with `n` IntRefs and `n` IntIoRefs more, after the first IntIoRef (which must exist). */
export function withReferences(besluit: string, n: number): string {
  const first = /<IntIoRef [^>]*>[^<]*<\/IntIoRef>/.exec(besluit)
  if (!first) throw new Error('besluit.xml heeft geen IntIoRef om naast te zetten')
  const targets = [...besluit.matchAll(/ eId="(div_[^"]*)"/g)].map((m) => m[1] as string)
  if (targets.length === 0) throw new Error('besluit.xml heeft geen eId in de visie')
  const refs: string[] = []
  for (let i = 0; i < n; i++) {
    refs.push(` <IntRef ref="${targets[i % targets.length]}">verwijzing ${i + 1}</IntRef>`)
    refs.push(` ${first[0].replace(/(e|w)Id="([^"]*)ref_o_\d+"/g, (_, k: string, stem: string) => `${k}Id="${stem}ref_o_${i + 1000}"`)}`)
  }
  return besluit.replace(first[0], `${first[0]}${refs.join('')}`)
}

/**
 * The Assen project with `n` GIOs more: rows `deelgebied 0001 /join/id/regdata/gm0106/2025/<hex>/nld@…` at the end of
 * Bijlage I and one 100 m square each (schematic, drawn here) in a GeoJSON of their own.
 */
export function withGios(project: string, n: number): void {
  const text = join(project, 'omgevingsvisie.txt')
  const seed = readFileSync(text, 'utf8')
  const at = seed.indexOf(' Bijlage II ')
  if (at < 0) throw new Error('omgevingsvisie.txt heeft geen Bijlage II om de rijen vóór te zetten')
  const rows: string[] = []
  const features: unknown[] = []
  for (let i = 0; i < n; i++) {
    const naam = `deelgebied ${String(i + 1).padStart(4, '0')}`
    rows.push(`${naam} /join/id/regdata/gm0106/2025/${createHash('sha256').update(naam).digest('hex').slice(0, 32)}/nld@2026-01-05;12452657 \n`)
    const x = 230000 + (i % 40) * 120
    const y = 555000 + Math.floor(i / 40) * 120
    const ring = [[x, y], [x + 100, y], [x + 100, y + 100], [x, y + 100], [x, y]]
    features.push({ type: 'Feature', properties: { gio: naam }, geometry: { type: 'Polygon', coordinates: [ring] } })
  }
  writeFileSync(text, seed.slice(0, at) + rows.join('') + seed.slice(at))
  writeFileSync(join(project, 'geo', 'deelgebieden.geojson'), JSON.stringify({ type: 'FeatureCollection', features }))
  const config = join(project, 'visie.json')
  const json = JSON.parse(readFileSync(config, 'utf8')) as { geo: { bronnen: string[] } }
  json.geo.bronnen.push('geo/deelgebieden.geojson')
  writeFileSync(config, JSON.stringify(json, null, 2))
}

function validate(dir: string, name: string, compare?: string, goal?: Goal) {
  const row = timeCommand(name, process.execPath, [cli, 'validate', dir, '--format', 'json', '--datum', '2026-01-10'], { VISIE_SCHEMAS: schemas }, 180_000)
  return { ...row, ...(compare ? { compare } : {}), ...(goal ? { goal } : {}) }
}

function blocking(dir: string): string[] {
  const r = spawnSync(process.execPath, [cli, 'validate', dir, '--format', 'json', '--datum', '2026-01-10'], { encoding: 'utf8', env: { ...process.env, VISIE_SCHEMAS: schemas }, maxBuffer: 1 << 26 })
  const report = JSON.parse(r.stdout) as { bevindingen: { code: string; ernst: string }[] }
  return report.bevindingen.filter((f) => f.ernst === 'blokkerend').map((f) => f.code).sort()
}

const tmp = mkdtempSync(join(tmpdir(), 'visie-bench-refs-'))
try {
  const built = await buildPackage(join(repo, 'fixtures', 'assen'), { schemasDir: schemas })
  const plain = join(tmp, 'assen')
  const many = join(tmp, 'assen-1000-refs')
  for (const dir of [plain, many]) {
    mkdirSync(dir)
    for (const f of built.files) writeFileSync(join(dir, f.path), f.bytes)
  }
  const besluit = join(many, 'besluit.xml')
  writeFileSync(besluit, withReferences(readFileSync(besluit, 'utf8'), N))
  const same = blocking(plain).join(',') === blocking(many).join(',')
  const reference = validate(plain, 'validate Assen (map, referentie voor 1 000 verwijzingen)')
  const measured = validate(many, `validate Assen + ${N} IntRefs + ${N} IntIoRefs`, reference.name, { ms: 10_000, ratio: 2 })
  emit({ ...measured, note: same ? 'zelfde blokkerende bevindingen als zonder' : 'ANDERE blokkerende bevindingen dan zonder: de generator klopt niet' })
  emit(reference)

  const gios = join(tmp, 'assen-1000-gios')
  cpSync(join(repo, 'fixtures', 'assen'), gios, { recursive: true })
  withGios(gios, 987)
  const out = join(tmp, 'assen-1000-gios-dist')
  const build = timeCommand('build Assen met 1 000 GIO\'s (2 010 bestanden, alle lagen)', process.execPath, [cli, 'build', gios, '--out', out, '--quiet'], { VISIE_SCHEMAS: schemas }, 180_000)
  emit({ ...build, goal: { rssMb: 1000 } })
  const zip = readdirSync(out).find((f) => f.endsWith('.zip'))
  const checked = zip === undefined ? undefined : validate(join(out, zip), 'validate Assen met 1 000 GIO\'s (1 000 ExtIoRefs, 2 010 bestanden)')
  emit(checked ? { ...checked, goal: { ms: 10_000, rssMb: 1000 } } : { name: 'validate Assen met 1 000 GIO\'s: geen ZIP geschreven', ms: Number.NaN, goal: { ms: 10_000 } })
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
