/**
 * `visie validate` (all layers) on the Assen package from `visie build`, on the pv28 example and on a copy of the gm9920
 * example (STOP 1.3.0, so every layer runs) whose GIO is replaced by ~100 MB of synthetic, valid RD geometry (same
 * basisgeo:id, so the OW part stays consistent; hash updated). Each
 * validation runs in its own process for its peak RSS; xmllint --schema runs on the same files for the ratio.
 * Goals of issue 18 on the Assen and the 100 MB rows: ≤ 2× xmllint, peak RSS ≤ 1 GB. Those two run as the user runs
 * them, the compiled CLI (`npm run bench` builds dist first), the median of three runs each beside the median of three
 * xmllint runs; then with `--cache`, cold and warm (issue 18: an unchanged package in the next CI run). A second
 * ~100 MB GIO of another shape (16 000 Locaties of 256 corners, from the Assen project) has the same goal.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPackage } from '../src/build/index.js'
import { dirSource, installSchemas, loadManifest } from '../src/schemas/index.js'
import { addLocaties, copyAssen, emit, medianRun, timeCommand, type BenchRow } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const shared = process.env.VISIE_SHARED ?? resolve(repo, '..', 'shared')
const schemas = process.env.VISIE_SCHEMAS ?? resolve(repo, '.cache', 'schemas')
if (!existsSync(join(schemas, 'stop', 'schemas', 'lvbb-1.2.0', 'lvbb-stop-aanlevering.xsd'))) {
  await installSchemas(await loadManifest(), [dirSource(join(shared, 'stop')), dirSource(join(shared, 'imow'))], schemas)
}
const pv28 = join(shared, 'stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')

function child(path: string, name: string, compare: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'validate-child.ts'), path, name, compare], {
    encoding: 'utf8',
    env: { ...process.env, VISIE_SCHEMAS: schemas },
    maxBuffer: 1 << 24,
  })
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'))
  if (line) process.stdout.write(`${line}\n`)
  else emit({ name, ms: Number.NaN, note: `mislukt (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-2).join(' | ')}` })
}

/**
 * `visie validate` as a user runs it (compiled CLI, own process), with the goals of issue 18: the median of three runs
 * after one that fills Node's compile cache (as every run after the first does), beside the median of three xmllint
 * runs (xmllint below): one run of each swung by up to a third on a shared machine.
 */
function cliRow(path: string, name: string, compare: string): void {
  const row = medianRun(name, process.execPath, [join(repo, 'bin', 'visie'), 'validate', path, '--datum', '2026-01-10'], { VISIE_SCHEMAS: schemas })
  emit({ ...row, compare, goal: { ratio: 2, rssMb: 1000 } })
}

/**
 * `visie validate --cache DIR` twice on the same package: cold (empty cache: the full run plus writing the entries)
 * and warm (every xsd and Schematron result from the cache, as for an unchanged package in the next CI run). No goal:
 * the goal rows above are the uncached runs.
 */
function cacheRows(path: string, what: string, compare: string): void {
  const cache = mkdtempSync(join(tmpdir(), 'visie-bench-cache-'))
  try {
    const args = [join(repo, 'bin', 'visie'), 'validate', path, '--datum', '2026-01-10', '--cache', cache]
    emit({ ...timeCommand(`validate ${what} --cache, koud (lege cache)`, process.execPath, args, { VISIE_SCHEMAS: schemas }, 240_000), compare })
    emit({ ...timeCommand(`validate ${what} --cache, warm (xsd en Schematron uit de cache)`, process.execPath, args, { VISIE_SCHEMAS: schemas }, 240_000), compare })
  } finally {
    rmSync(cache, { recursive: true, force: true })
  }
}

/** The XSD each package file is checked against, by its document element (any file naming scheme). */
const XSD_BY_ROOT: readonly [RegExp, string][] = [
  [/^(AanleveringBesluit|AanleveringInformatieObject)$/, 'lvbb-1.2.0/lvbb-stop-aanlevering.xsd'],
  [/^GeoInformatieObjectVaststelling$/, 'stop-1.3.0/imop-geo.xsd'],
  [/^(publicatieOpdracht|validatieOpdracht|manifest)$/, 'lvbb-1.2.0/lvbb-transport.xsd'],
  [/^Aanleveringen$/, 'tpod-imow-2.0.0/bestanden-ow/generiek/manifest-ow.xsd'],
  [/^owBestand$/, 'tpod-imow-2.0.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd'],
]

function rootName(file: string): string {
  const head = readFileSync(file, 'latin1').slice(0, 4096).replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, '')
  return /<(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1] ?? ''
}

function xmllint(dir: string, name: string): BenchRow {
  const s = join(shared, 'stop', 'schemas')
  const files = readdirSync(dir).filter((f) => /\.(xml|gml)$/.test(f)).sort()
  const groups = new Map<string, string[]>()
  for (const f of files) {
    const xsd = XSD_BY_ROOT.find(([re]) => re.test(rootName(join(dir, f))))?.[1]
    if (xsd) groups.set(xsd, [...(groups.get(xsd) ?? []), `'${join(dir, f)}'`])
  }
  // Every group runs (';', not '&&'), so one invalid file cannot cut the measurement short.
  const script = [...groups].map(([xsd, list]) => `xmllint --noout --nonet --schema '${s}/${xsd}' ${list.join(' ')} 2>/dev/null`).join('; ')
  return medianRun(name, 'sh', ['-c', `${script}; true`], { XML_CATALOG_FILES: join(s, 'catalog.xml') })
}

/** Writes a GIO GML of about `targetMb` MB from the example GIO `source`: its head, then per basisgeo:id a MultiSurface of 40-gon discs. */
async function writeSyntheticGml(source: string, path: string, targetMb: number): Promise<void> {
  const ids = [...source.matchAll(/<basisgeo:id>([^<]+)<\/basisgeo:id>/g)].map((m) => m[1] as string)
  const head = source.slice(0, source.indexOf('<geo:locaties>'))
  const out = createWriteStream(path)
  const write = (s: string): Promise<void> => new Promise((ok) => (out.write(s) ? ok() : out.once('drain', ok)))
  await write(`${head}<geo:locaties>\n`)
  const perPolygon = 40 * 22 + 200
  const polygons = Math.ceil((targetMb * 1e6) / perPolygon / ids.length)
  const side = Math.ceil(Math.sqrt(polygons * ids.length))
  let cell = 0
  for (const id of ids) {
    await write(`<geo:Locatie><geo:geometrie><basisgeo:Geometrie xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="id-${id}"><basisgeo:id>${id}</basisgeo:id><basisgeo:geometrie>\n`)
    await write(`<gml:MultiSurface gml:id="ms-${id}" srsName="urn:ogc:def:crs:EPSG::28992">\n`)
    for (let p = 0; p < polygons; p++, cell++) {
      const cx = 150000 + (cell % side) * 100
      const cy = 450000 + Math.floor(cell / side) * 100
      const pts: string[] = []
      for (let k = 0; k < 40; k++) {
        const a = (2 * Math.PI * k) / 40
        pts.push(`${(cx + 40 * Math.cos(a)).toFixed(3)} ${(cy + 40 * Math.sin(a)).toFixed(3)}`)
      }
      pts.push(pts[0] as string)
      await write(`<gml:surfaceMember><gml:Polygon gml:id="p-${cell}"><gml:exterior><gml:LinearRing><gml:posList>${pts.join(' ')}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>\n`)
    }
    await write('</gml:MultiSurface></basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie></geo:Locatie>\n')
  }
  await write('</geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie></geo:GeoInformatieObjectVaststelling>\n')
  await new Promise<void>((ok) => out.end(ok))
}

/** The project built (in process) into `dir`: its ZIP, and its files unpacked into `dir`/bestanden for xmllint. */
async function buildInto(project: string, dir: string): Promise<{ zip: string; unpacked: string; files: readonly { path: string; bytes: Uint8Array }[] }> {
  const built = await buildPackage(project, { schemasDir: schemas })
  if (!built.zip) throw new Error(`visie build gaf geen ZIP voor ${project}`)
  const zip = join(dir, built.zipName)
  writeFileSync(zip, built.zip)
  const unpacked = join(dir, 'bestanden')
  mkdirSync(unpacked)
  for (const f of built.files) writeFileSync(join(unpacked, f.path), f.bytes)
  return { zip, unpacked, files: built.files }
}

const assenDir = mkdtempSync(join(tmpdir(), 'visie-bench-assen-'))
try {
  const { zip, unpacked, files: built } = await buildInto(join(repo, 'fixtures', 'assen'), assenDir)
  cliRow(zip, `validate Assen (visie validate, alle lagen, ${built.length} bestanden)`, 'xmllint --schema Assen')
  cacheRows(zip, 'Assen', 'xmllint --schema Assen')
  emit(xmllint(unpacked, 'xmllint --schema Assen'))
} finally {
  rmSync(assenDir, { recursive: true, force: true })
}

child(pv28, 'validate pv28 (alle lagen, 13 bestanden)', 'xmllint --schema pv28')
emit(xmllint(pv28, 'xmllint --schema pv28'))

// A ~100 MB GIO in a package that declares STOP 1.3.0 / LVBB 1.2.0, so every layer runs on it (pv28 declares 1.1.0:
// there only the version-independent layers ran, VISIE-860). gm9920's gio-1.gml replaced, its hash updated.
const gm9920 = join(shared, 'stop', 'examples', 'otst-gm9920-initieel-lvbb120')
const big = mkdtempSync(join(tmpdir(), 'visie-bench-'))
try {
  cpSync(gm9920, big, { recursive: true })
  const gml = join(big, 'gio-1.gml')
  await writeSyntheticGml(readFileSync(join(gm9920, 'gio-1.gml'), 'utf8'), gml, 100)
  const hash = createHash('sha512').update(readFileSync(gml)).digest('hex')
  for (const f of readdirSync(big).filter((n) => n.endsWith('.xml'))) {
    const text = readFileSync(join(big, f), 'utf8')
    if (text.includes('>gio-1.gml<')) writeFileSync(join(big, f), text.replace(/(<(?:[\w-]+:)?hash>)[0-9a-f]+(<\/(?:[\w-]+:)?hash>)/, `$1${hash}$2`))
  }
  const mb = (readFileSync(gml).byteLength / 1e6).toFixed(0)
  cliRow(big, `validate gm9920 met ${mb} MB synthetische GML (visie validate, alle lagen)`, 'xmllint --schema 100 MB GML')
  cacheRows(big, `gm9920 met ${mb} MB GML`, 'xmllint --schema 100 MB GML')
  emit(xmllint(big, 'xmllint --schema 100 MB GML'))
  const geoXsd = join(shared, 'stop', 'schemas', 'stop-1.3.0', 'imop-geo.xsd')
  const catalog = { XML_CATALOG_FILES: join(shared, 'stop', 'schemas', 'catalog.xml') }
  emit(timeCommand(`xmllint --stream --schema (alleen de ${mb} MB GML)`, 'xmllint', ['--stream', '--noout', '--nonet', '--schema', geoXsd, gml], catalog))
  // LVBB3008 recomputes the hash of every IO file: our SHA-512 next to sha512sum on the same bytes.
  const t = performance.now()
  createHash('sha512').update(readFileSync(gml)).digest('hex')
  emit({ name: `visie SHA-512 van de ${mb} MB GML (lezen + hashen, in proces)`, ms: Math.round(performance.now() - t), compare: `sha512sum ${mb} MB GML` })
  emit(timeCommand(`sha512sum ${mb} MB GML`, 'sha512sum', [gml]))
  // The preview of the same package: parse, render every GIO as SVG.
  const html = join(big, 'preview.html')
  emit({ ...timeCommand(`preview gm9920 met ${mb} MB GML (visie preview, eigen proces)`, process.execPath, [join(repo, 'bin', 'visie'), 'preview', big, '--out', html, '--geen-validatie']), note: 'gecompileerde CLI (npm run build)' })
} finally {
  rmSync(big, { recursive: true, force: true })
}

// A ~100 MB GIO of another shape, as a user builds it: the Assen project with 16 000 Locaties of 256 corners in the GIO
// "wonen" (bench/lib.ts addLocaties), so the work per Locatie (the OW objects, the Schematron's tree, the geo rules)
// weighs as much as the coordinates. Same goal as the row above (issue 18: "a package with one ~100 MB GML GIO").
const shaped = mkdtempSync(join(tmpdir(), 'visie-bench-locaties-'))
try {
  const project = copyAssen(join(shaped, 'project'))
  addLocaties(project, 16_000, 256)
  const { zip, unpacked, files } = await buildInto(project, shaped)
  const gml = files.find((f) => f.path === 'GIO-wonen.gml')
  const mb = ((gml?.bytes.length ?? 0) / 1e6).toFixed(0)
  cliRow(zip, `validate Assen + 16 000 Locaties van 256 hoeken (GML ${mb} MB, alle lagen)`, 'xmllint --schema 16 000 Locaties')
  emit(xmllint(unpacked, 'xmllint --schema 16 000 Locaties'))
} finally {
  rmSync(shaped, { recursive: true, force: true })
}
