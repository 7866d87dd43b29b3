/**
 * Memory goals of issue 18 / issue 16 D11, each with the compiled CLI in its own process (peak RSS by GNU time):
 * - `visie validate` on a ~10 MB ZIP of ten ~95 MB compressible GML entries (within the LVBB limits): ≤ 600 MB. The
 *   run gets a 1.5 GB heap cap so a miss ends in seconds instead of taking the machine's memory.
 * - `visie schemas install --from ZIP` on a ZIP with the official set plus 150 × 10 MB of other files, and on a ZIP of
 *   8 200 entries with 2 100-character names (refused by the cap on names): ≤ 400 MB each.
 * - `visie build` of the Assen project with 20 000 Locaties in one GIO, all layers including XSD and Schematron
 *   (issue 16 D10b): peak RSS ≤ 1 GB, and at most 5 s more than the plain Assen build through the same CLI (medians of
 *   three runs each); the same with 10 000 and 40 000 Locaties, where 40 000 may take at most 2.2× the time of 20 000
 *   (linear: the plain build's share keeps a linear cost under 2×, a cost per Locatie that grows with the count goes
 *   over) and ≤ 1 GB.
 * - `visie validate` of the package of the Assen project whose GIO "wonen" is one ring of 2 000 000 vertices
 *   (issue 16 D3: a 43 MB GML, posList ≫ 10 MB), and of that package with the ring at 4 200 000 vertices (a 92 MB
 *   GML): ≤ 1 GB each (the bound on validate of any package within the LVBB limits); the build of the first is a row
 *   without goal (the issue bounds validate).
 * - `visie build` of the Assen project with 90 000 Locaties in one GIO (all layers), `visie validate` of the package
 *   it writes (a 74 MB GML, a 43 MB owLocaties.xml) and `visie preview` of it: ≤ 1 GB each.
 * - `visie preview` of that package with its validation: ≤ 1 GB.
 * - `visie intrek` of that package (the previous version read back): ≤ 1 GB.
 * - `visie validate` of that package without its GML, where each of the 90 000 Gebieden is a finding: ≤ 30 s, ≤ 1 GB.
 * - `visie validate` of the package of the Assen project with 150 000 points in one GIO (a 92 MB GML, a 71 MB
 *   owLocaties.xml): ≤ 1 GB; its build is a row without goal (more than 90 000 features).
 * - `visie build` of the Assen project with 90 000 16-gons in one GIO (a 96 MiB GML, within the LVBB limit): ≤ 1 GB.
 * - `visie build` of the Assen project whose GIO "wonen" is one ring of 4 200 000 vertices (a 92 MB GML): ≤ 1 GB.
 * - a GeoJSON GIO of 90 000 features built (buildGios, the GIO step of `visie build`) with peak RSS ≤ 1 GB and in
 *   time linear in the features: ≤ 15× the time of 9 000 features (10× the features, 1.5× slack).
 * Everything large is generated into a temp folder here and removed afterwards.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import yazl from 'yazl'
import { readPackage } from '../src/package/read.js'
import { addLocaties, copyAssen, emit, maxRssMb, medianRun, timeCommand, type BenchRow } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const shared = process.env.VISIE_SHARED ?? resolve(repo, '..', 'shared')
const schemas = process.env.VISIE_SCHEMAS ?? resolve(repo, '.cache', 'schemas')
const cli = join(repo, 'bin', 'visie')

/** Writes a ZIP whose entries come from generators of text chunks or buffers. */
async function writeZip(path: string, entries: readonly { name: string; content: () => Iterable<string> | Buffer }[]): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const e of entries) {
    const content = e.content()
    if (Buffer.isBuffer(content)) zip.addBuffer(content, e.name, { mtime: new Date(0) })
    else zip.addReadStream(Readable.from(content), e.name, { mtime: new Date(0) })
  }
  zip.end()
  await new Promise<void>((ok, fail) => zip.outputStream.pipe(createWriteStream(path)).on('close', ok).on('error', fail))
}

/** ~`bytes` of GML-like text that deflates about 95:1 (a pseudo-random digit per posList), as in issue 16 D11. */
function* compressibleGml(seed: number, bytes: number): Iterable<string> {
  let s = seed
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648), s >> 8)
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<geo:GeoInformatieObjectVaststelling xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/" xmlns:gml="http://www.opengis.net/gml/3.2" schemaversie="1.3.0"><geo:locaties>\n'
  for (let n = 0; n < bytes; ) {
    const lines: string[] = []
    for (let i = 0; i < 1000; i++) lines.push(`<gml:posList>${150000 + (next() % 6)}.000 450000.000 150010.000 450000.000 150010.000 450010.000 150000.000 450000.000</gml:posList>\n`)
    const chunk = lines.join('')
    n += chunk.length
    yield chunk
  }
  yield '</geo:locaties></geo:GeoInformatieObjectVaststelling>\n'
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
}

/** A GeoJSON FeatureCollection of `n` small squares for the GIO "wonen". */
async function writeSquares(path: string, n: number): Promise<void> {
  const out = createWriteStream(path)
  const write = (s: string) => new Promise<void>((ok) => (out.write(s) ? ok() : out.once('drain', () => ok())))
  await write('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[\n')
  for (let i = 0; i < n; i++) {
    const x = 200000 + (i % 300) * 30
    const y = 500000 + Math.floor(i / 300) * 30
    await write(`${i ? ',\n' : ''}{"type":"Feature","properties":{"gio":"wonen","naam":"vlak ${i + 1}"},"geometry":{"type":"Polygon","coordinates":[[[${x},${y}],[${x + 20},${y}],[${x + 20},${y + 20}],[${x},${y + 20}],[${x},${y}]]]}}`)
  }
  await write('\n]}\n')
  await new Promise<void>((ok) => out.end(ok))
}

/** `n` points for the GIO "wonen" added to the project's GeoJSON, in the same 20 m grid (millimetres). */
function addPunten(dir: string, n: number): void {
  const path = join(dir, 'geo', 'gio-schematisch.geojson')
  const geo = JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }
  for (let i = 0; i < n; i++) {
    const coordinates = [230000 + (i % 200) * 20 + 0.123, 552000 + Math.floor(i / 200) * 20 + 0.456]
    geo.features.push({ type: 'Feature', properties: { gio: 'wonen', naam: `punt ${i + 1}` }, geometry: { type: 'Point', coordinates } })
  }
  writeFileSync(path, JSON.stringify(geo))
}

/** The GIO "wonen" of the project as one square ring of `n` vertices (the other GIOs as they are). */
function addRing(dir: string, n: number): void {
  const path = join(dir, 'geo', 'gio-schematisch.geojson')
  const geo = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { gio?: string }; geometry: unknown }[] }
  const side = Math.floor(n / 4)
  const ring: [number, number][] = []
  const corner = [[235700, 557600], [240700, 557600], [240700, 562600], [235700, 562600]] as const
  for (let k = 0; k < 4; k++) {
    const [x0, y0] = corner[k] as readonly [number, number]
    const [x1, y1] = corner[(k + 1) % 4] as readonly [number, number]
    for (let i = 0; i < side; i++) ring.push([Number((x0 + ((x1 - x0) * i) / side).toFixed(3)), Number((y0 + ((y1 - y0) * i) / side).toFixed(3))])
  }
  ring.push(ring[0] as [number, number])
  geo.features = geo.features.filter((f) => f.properties.gio !== 'wonen')
  geo.features.push({ type: 'Feature', properties: { gio: 'wonen', naam: 'één ring' }, geometry: { type: 'Polygon', coordinates: [ring] } } as never)
  writeFileSync(path, JSON.stringify(geo))
}

/** `gml` (a GIO of one ring) with its posList replaced by a square ring of `n` corners, in chunks. */
function* ringGml(gml: string, n: number): Iterable<string> {
  const open = gml.indexOf('<gml:posList>') + '<gml:posList>'.length
  yield gml.slice(0, open)
  const side = Math.floor(n / 4)
  const corner = [[235700, 557600], [245700, 557600], [245700, 567600], [235700, 567600]] as const
  for (let k = 0; k < 4; k++) {
    const [x0, y0] = corner[k] as readonly [number, number]
    const [x1, y1] = corner[(k + 1) % 4] as readonly [number, number]
    const parts: string[] = []
    for (let i = 0; i < side; i++) {
      parts.push(`${(x0 + ((x1 - x0) * i) / side).toFixed(3)} ${(y0 + ((y1 - y0) * i) / side).toFixed(3)} `)
      if (parts.length === 100_000) yield parts.splice(0).join('')
    }
    yield parts.join('')
  }
  yield `235700.000 557600.000${gml.slice(gml.indexOf('</gml:posList>'))}`
}

/**
 * The Assen project in `tmp/slug`, changed by `prepare`, built by the CLI (all layers) into a folder of its own: the row
 * with its 1 GB goal is emitted; the ZIP it wrote (if any) is returned with a clean-up of both folders.
 */
function buildWithin1Gb(tmp: string, slug: string, prepare: (dir: string) => void, name: string, timeoutMs: number): { zip?: string; clean: () => void } {
  const dir = copyAssen(join(tmp, slug))
  prepare(dir)
  const out = join(tmp, `${slug}-dist`)
  emit({ ...timeCommand(name, process.execPath, [cli, 'build', dir, '--quiet', '--out', out], { VISIE_SCHEMAS: schemas }, timeoutMs), goal: { rssMb: 1000 } })
  const zip = existsSync(out) ? readdirSync(out, { withFileTypes: true }).find((f) => f.name.endsWith('.zip')) : undefined
  const clean = (): void => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  }
  return { ...(zip === undefined ? {} : { zip: join(out, zip.name) }), clean }
}

/** Child mode: build the GIOs of one GeoJSON file and print its row. */
async function gioChild(geo: string, name: string, compare: string | undefined): Promise<void> {
  const { buildGios } = await import('../src/gio/index.js')
  const { loadConfig } = await import('../src/config/index.js')
  const { createContext } = await import('../src/build/context.js')
  const dir = join(repo, 'fixtures', 'assen')
  const ctx = createContext(await loadConfig(dir), dir)
  const work = '/join/id/regdata/gm0106/2025/c1f754a9a0bd4d1f9c3fd3430387d18a'
  const t = performance.now()
  const r = await buildGios({ informatieobjecten: [{ naam: 'wonen', work, expression: `${work}/nld@2026-01-05;12452657` }] }, ctx, { geoOverride: geo })
  const ms = Math.round((performance.now() - t) * 10) / 10
  const gml = r.files.filter((f) => f.path.endsWith('.gml')).reduce((s, f) => s + f.bytes.length, 0)
  const row: BenchRow = { name, ms, maxRssMb: maxRssMb(), note: `${(gml / 2 ** 20).toFixed(1)} MB GML, ${r.findings.length} bevindingen` }
  emit(compare ? { ...row, compare, goal: { ratio: 15, rssMb: 1000 } } : row)
}

async function main(): Promise<void> {
  const [, , mode, geo, name, compare] = process.argv
  if (mode === '--gio' && geo && name) return gioChild(geo, name, compare)
  const tmp = mkdtempSync(join(tmpdir(), 'visie-bench-memory-'))
  try {
    // D11: validate, ten 95 MB GML entries in ~10 MB of ZIP.
    const bomb = join(tmp, 'tien-gmls.zip')
    await writeZip(bomb, Array.from({ length: 10 }, (_, i) => ({ name: `GIO-${i}.gml`, content: () => compressibleGml(i + 1, 95e6) })))
    const zipMb = (statSync(bomb).size / 1e6).toFixed(1)
    const validate = timeCommand(
      `validate ${zipMb} MB ZIP met tien GML's van 95 MB (D11)`,
      process.execPath,
      ['--max-old-space-size=1536', cli, 'validate', bomb, '--datum', '2026-01-10'],
      { VISIE_SCHEMAS: schemas },
      300_000,
    )
    emit({ ...validate, goal: { rssMb: 600 } })

    // D11: schemas install from a ZIP with the official files and 1.5 GB of other files.
    const setZip = join(tmp, 'schemaset.zip')
    const official = [join(shared, 'stop'), join(shared, 'imow')].flatMap((d) => files(d).map((f) => ({ f, name: `shared/${relative(shared, f)}` })))
    await writeZip(setZip, [
      ...official.map(({ f, name }) => ({ name, content: () => readFileSync(f) })),
      ...Array.from({ length: 150 }, (_, i) => ({ name: `shared/overig/opvulling-${i}.bin`, content: () => Buffer.alloc(10 * 1024 * 1024, i) })),
    ])
    const install = timeCommand(`schemas install --from ZIP (${(statSync(setZip).size / 1e6).toFixed(1)} MB: de set + 150 × 10 MB overig)`, process.execPath, [cli, 'schemas', 'install', '--from', setZip, '--to', join(tmp, 'set')], {}, 300_000)
    emit({ ...install, goal: { rssMb: 400 } })
    rmSync(bomb, { force: true })
    rmSync(setZip, { force: true })

    // D11: a schema ZIP whose names alone are large (8 200 entries of 2 100 characters, 17 M characters of names):
    // refused at opening (exit 2), within the same 400 MB.
    const namesZip = join(tmp, 'namen.zip')
    await writeZip(namesZip, Array.from({ length: 8200 }, (_, i) => ({ name: `shared/n${String(i).padStart(5, '0')}-${'x'.repeat(2100)}.xsd`, content: () => Buffer.alloc(0) })))
    const names = timeCommand(`schemas install --from ZIP (${(statSync(namesZip).size / 1e6).toFixed(1)} MB: 8 200 namen van 2 100 tekens, geweigerd)`, process.execPath, [cli, 'schemas', 'install', '--from', namesZip, '--to', join(tmp, 'set-namen')], {}, 300_000)
    emit({ ...names, goal: { rssMb: 400 } })
    rmSync(namesZip, { force: true })

    // D10b: 20 000 Locaties in one GIO, built with every validation layer, against the plain Assen build.
    const plain = copyAssen(join(tmp, 'assen'))
    const many = copyAssen(join(tmp, 'assen-20000'))
    addLocaties(many, 20_000)
    // The goal row and its reference: medians of three runs after one warm-up (one run swings by a second here).
    const plainRow = 'build assen met alle lagen (referentie voor D10b)'
    emit(medianRun(plainRow, process.execPath, [cli, 'build', plain, '--quiet'], { VISIE_SCHEMAS: schemas }))
    const twentyThousand = 'build assen + 20 000 Locaties in één GIO, alle lagen (D10b)'
    const built = medianRun(twentyThousand, process.execPath, [cli, 'build', many, '--quiet'], { VISIE_SCHEMAS: schemas })
    emit({ ...built, compare: plainRow, goal: { extraMs: 5000, rssMb: 1000 } })
    rmSync(many, { recursive: true, force: true })
    // 10 000 (whose XML still fits the Schematron worker, thread.ts) for the table; 40 000 against 20 000, both with
    // the layer in process: at most 2.2× (a linear cost plus the plain build's share stays under 2×).
    for (const n of [10_000, 40_000]) {
      const dir = copyAssen(join(tmp, `assen-${n}`))
      addLocaties(dir, n)
      const row = timeCommand(n === 10_000 ? 'build assen + 10 000 Locaties in één GIO, alle lagen (D10b)' : 'build assen + 40 000 Locaties in één GIO, alle lagen (D10b, lineair: ≤ 2,2× 20 000)', process.execPath, [cli, 'build', dir, '--quiet'], { VISIE_SCHEMAS: schemas }, 300_000)
      emit(n === 10_000 ? { ...row, compare: plainRow } : { ...row, compare: twentyThousand, goal: { ratio: 2.2, rssMb: 1000 } })
      rmSync(dir, { recursive: true, force: true })
    }

    // Issue 18: a GIO of 90 000 features through the whole `visie build` (all layers), and `visie validate` of the
    // package it writes (an 74 MB GML and a 43 MB owLocaties.xml, within the LVBB limits): ≤ 1 GB each.
    {
      const { zip, clean } = buildWithin1Gb(tmp, 'assen-90000', (dir) => addLocaties(dir, 90_000), 'build assen + 90 000 Locaties in één GIO, alle lagen (≤ 1 GB)', 400_000)
      const validated = zip === undefined
        ? { name: 'validate pakket met 90 000 Locaties', ms: Number.NaN, note: 'build schreef geen ZIP' }
        : timeCommand('validate pakket met 90 000 Locaties (alle lagen, ≤ 1 GB)', process.execPath, [cli, 'validate', zip], { VISIE_SCHEMAS: schemas }, 400_000)
      emit({ ...validated, goal: { rssMb: 1000 } })
      // The preview of that package: a page a browser can open, within the same 1 GB (product.md §8).
      const previewed = zip === undefined
        ? { name: 'preview pakket met 90 000 Locaties', ms: Number.NaN, note: 'build schreef geen ZIP' }
        : timeCommand('preview pakket met 90 000 Locaties (≤ 1 GB)', process.execPath, [cli, 'preview', zip, '--geen-validatie', '--out', join(tmp, 'voorbeeld.html')], { VISIE_SCHEMAS: schemas }, 400_000)
      emit({ ...previewed, goal: { rssMb: 1000 } })
      // The same with its validation (in a thread of its own, whose memory is gone before the page is made).
      const checked = zip === undefined
        ? { name: 'preview pakket met 90 000 Locaties, gevalideerd', ms: Number.NaN, note: 'build schreef geen ZIP' }
        : timeCommand('preview pakket met 90 000 Locaties, met validatie (≤ 1 GB)', process.execPath, [cli, 'preview', zip, '--out', join(tmp, 'voorbeeld.html')], { VISIE_SCHEMAS: schemas }, 400_000)
      emit({ ...checked, goal: { rssMb: 1000 } })
      rmSync(join(tmp, 'voorbeeld.html'), { force: true })
      // The intrekking of that package (its previous version read back: the OW objects to end, the GIOs as bytes): ≤ 1 GB.
      if (zip !== undefined) {
        const project = join(tmp, 'assen-90000')
        const config = join(project, 'visie.json')
        // A later besluit: its dates after those of the first one.
        const later = readFileSync(config, 'utf8').replaceAll('"2026-02-19"', '"2026-09-10"').replaceAll('"2026-02-25"', '"2026-09-16"').replaceAll('"2026-02-26"', '"2026-09-17"')
        writeFileSync(config, later)
        const ended = timeCommand('intrek van het pakket met 90 000 Locaties (≤ 1 GB)', process.execPath, [cli, 'intrek', zip, project, '--out', join(tmp, 'intrek'), '--force'], { VISIE_SCHEMAS: schemas }, 400_000)
        emit({ ...ended, goal: { rssMb: 1000 } })
        rmSync(join(tmp, 'intrek'), { recursive: true, force: true })
      }
      // That package without its GML: each of the 90 000 Gebieden is reported (OZON0066, listed under the LVBB3506 of the
      // missing file). Every report names its element's XPath: one walk of the 90 000 siblings per report took minutes.
      if (zip !== undefined) {
        const withoutGml = join(tmp, 'zonder-gml.zip')
        const pkg = await readPackage(zip)
        await writeZip(withoutGml, pkg.entries.filter((e) => !e.name.endsWith('.gml')).map((e) => ({ name: e.name, content: () => Buffer.from(e.bytes) })))
        const reported = timeCommand('validate pakket met 90 000 Locaties zonder GML (90 000 bevindingen, ≤ 30 s, ≤ 1 GB)', process.execPath, [cli, 'validate', withoutGml], { VISIE_SCHEMAS: schemas }, 400_000)
        emit({ ...reported, goal: { ms: 30_000, rssMb: 1000 } })
        rmSync(withoutGml, { force: true })
      }
      clean()
    }

    // A GIO of 150 000 points: a 92 MB GML and a 71 MB owLocaties.xml, both within the LVBB limits; its build has no
    // goal (more than 90 000 features), the validate of its package ≤ 1 GB.
    {
      const dir = copyAssen(join(tmp, 'assen-150000-punten'))
      addPunten(dir, 150_000)
      const out = join(tmp, 'assen-150000-punten-dist')
      emit(timeCommand('build assen + 150 000 punten in één GIO (zonder doel)', process.execPath, [cli, 'build', dir, '--quiet', '--out', out], { VISIE_SCHEMAS: schemas }, 400_000))
      const zip = existsSync(out) ? readdirSync(out).find((f) => f.endsWith('.zip')) : undefined
      const validated = zip === undefined
        ? { name: 'validate pakket met 150 000 punten', ms: Number.NaN, note: 'build schreef geen ZIP' }
        : timeCommand('validate pakket met 150 000 punten (GML 92 MB, owLocaties 71 MB, ≤ 1 GB)', process.execPath, [cli, 'validate', join(out, zip)], { VISIE_SCHEMAS: schemas }, 400_000)
      emit({ ...validated, goal: { rssMb: 1000 } })
      rmSync(dir, { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
    }

    // A GIO of 90 000 16-gons (a GML of 96 MiB, just within the LVBB's 100 MB per file) through the whole build: ≤ 1 GB.
    buildWithin1Gb(tmp, 'assen-90000-16', (dir) => addLocaties(dir, 90_000, 16), 'build assen + 90 000 zestienhoeken in één GIO (GML van 96 MiB, ≤ 1 GB)', 400_000).clean()

    // The GIO "wonen" as one ring of 4 200 000 vertices in the GeoJSON (an 80 MB feature, a 92 MB GML: within the 100 MB
    // per file of the LVBB), through the whole `visie build`: ≤ 1 GB.
    buildWithin1Gb(tmp, 'assen-ring-4200000', (dir) => addRing(dir, 4_200_000), 'build assen met één ring van 4 200 000 hoekpunten (GML van 92 MB, ≤ 1 GB)', 300_000).clean()

    // D3: the GIO "wonen" as one ring of 2 000 000 vertices (a 43 MB GML); validate of its package ≤ 1 GB.
    addRing(plain, 2_000_000)
    const ringZip = join(tmp, 'ring.zip')
    emit(timeCommand('build assen met één ring van 2 000 000 hoekpunten (D3, zonder doel)', process.execPath, [cli, 'build', plain, '--quiet', '--out', tmp], { VISIE_SCHEMAS: schemas }, 300_000))
    const built3 = readdirSync(tmp).find((f) => f.endsWith('.zip') && f.startsWith('gm0106'))
    if (built3 !== undefined) cpSync(join(tmp, built3), ringZip)
    const ring = timeCommand('validate pakket met één ring van 2 000 000 hoekpunten (D3)', process.execPath, [cli, 'validate', ringZip], { VISIE_SCHEMAS: schemas }, 300_000)
    emit({ ...ring, goal: { rssMb: 1000 }, ...(built3 === undefined ? { ms: Number.NaN, note: 'build schreef geen ZIP' } : {}) })
    // D11: the same package with that GML replaced by one ring of 4 200 000 corners (92 MB, within the 100 MB per file
    // of the LVBB): validate ≤ 1 GB. (The GIO's hash no longer matches: one LVBB3008, the rest is read as usual.)
    if (built3 !== undefined) {
      const { readPackage } = await import('../src/package/read.js')
      const pkg = await readPackage(ringZip)
      const bigRing = join(tmp, 'ring-4200000.zip')
      await writeZip(bigRing, pkg.entries.map((e) => ({ name: e.name, content: () => (e.name === 'GIO-wonen.gml' ? ringGml(Buffer.from(e.bytes).toString('utf8'), 4_200_000) : Buffer.from(e.bytes)) })))
      const row = timeCommand(`validate pakket met één ring van 4 200 000 hoekpunten (D11: GML van 92 MB, ZIP van ${(statSync(bigRing).size / 1e6).toFixed(1)} MB)`, process.execPath, [cli, 'validate', bigRing], { VISIE_SCHEMAS: schemas }, 300_000)
      emit({ ...row, goal: { rssMb: 1000 } })
      rmSync(bigRing, { force: true })
    }
    rmSync(plain, { recursive: true, force: true })
    rmSync(ringZip, { force: true })
    if (built3 !== undefined) rmSync(join(tmp, built3), { force: true })

    // 90 000 features against 9 000, each in its own process.
    const small = join(tmp, 'vlakken-9000.geojson')
    const large = join(tmp, 'vlakken-90000.geojson')
    await writeSquares(small, 9000)
    await writeSquares(large, 90_000)
    const reference = 'gio 9 000 GeoJSON-features (referentie)'
    for (const [file, rowName, cmp] of [
      [small, reference, ''],
      [large, 'gio 90 000 GeoJSON-features (lineair: ≤ 15× de tijd van 9 000)', reference],
    ] as const) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--gio', file, rowName, ...(cmp ? [cmp] : [])], { encoding: 'utf8', timeout: 400_000, killSignal: 'SIGKILL', maxBuffer: 1 << 24 })
      const line = r.stdout.split('\n').find((l) => l.startsWith('{'))
      if (line) process.stdout.write(`${line}\n`)
      else emit({ name: rowName, ms: Number.NaN, ...(cmp ? { compare: cmp, goal: { ratio: 15, rssMb: 1000 } } : {}), note: `mislukt (${r.signal ?? `exit ${r.status}`}): ${r.stderr.trim().split('\n').slice(-1).join('')}` })
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

await main()
