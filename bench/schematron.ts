/**
 * Schematron layer benchmarks: compiling the 11 official rule files cold (empty SEF cache) and from the cache; the
 * Assen package (built in memory) on the first run in a fresh process and warm, and warm with one transform per
 * (document × rule file) as before one transform per rule file; the two shared example packages; a synthetic
 * GML of ~20 MB; and a GIO of ~100 MB (4 MultiSurfaces of ~27 000 polygons each, as bench/validate.ts makes it)
 * through the layer (skeleton and pruned geometries) and, for comparison, every applicable rule file on the full
 * coordinate-reduced text. Each measurement runs in its own process, so its peak RSS is that of the measured work.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emit, maxRssMb, medianMs } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const shared = process.env.VISIE_SHARED ?? resolve(repo, '..', 'shared')
const examples = join(shared, 'stop', 'examples')

function documents(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((n) => /\.(xml|gml)$/.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

/** A GeoInformatieObjectVaststelling with `locaties` square-ish polygons of `vertices` points each. */
function syntheticGml(locaties: number, vertices: number): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<geo:GeoInformatieObjectVaststelling schemaversie="1.3.0" xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/" xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0" xmlns:gml="http://www.opengis.net/gml/3.2">\n',
    '<geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie>\n<geo:FRBRWork>/join/id/regdata/gm9920/2025/bench</geo:FRBRWork>\n<geo:FRBRExpression>/join/id/regdata/gm9920/2025/bench/nld@2025-03-19;1</geo:FRBRExpression>\n<geo:locaties>\n',
  ]
  for (let l = 0; l < locaties; l++) {
    const id = `00000000-0000-4000-8000-${String(l).padStart(12, '0')}`
    const cx = 230000 + (l % 50) * 100
    const cy = 552000 + Math.floor(l / 50) * 100
    const pos: string[] = []
    for (let v = 0; v < vertices; v++) {
      const a = (2 * Math.PI * v) / vertices
      pos.push(`${(cx + 45 * Math.cos(a)).toFixed(3)} ${(cy + 45 * Math.sin(a)).toFixed(3)}`)
    }
    pos.push(pos[0] as string)
    parts.push(
      `<geo:Locatie><geo:geometrie><basisgeo:Geometrie gml:id="id-${id}-g"><basisgeo:id>${id}</basisgeo:id><basisgeo:geometrie><gml:Polygon gml:id="id-${id}" srsName="urn:ogc:def:crs:EPSG::28992"><gml:exterior><gml:LinearRing><gml:posList>${pos.join(' ')}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie></geo:Locatie>\n`,
    )
  }
  parts.push('</geo:locaties>\n</geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie>\n</geo:GeoInformatieObjectVaststelling>\n')
  return parts.join('')
}

/**
 * A GIO of about `targetMb` MB on the head of pv28's DeltaVisie: its 4 locations, each a MultiSurface of 40-gon
 * discs (the shape of the GML in issue 8).
 */
function multiSurfaceGml(targetMb: number): string {
  const source = readFileSync(join(examples, 'lvbbtest-omgevingsvisie-pv28', 'DeltaVisie-v1.gml'), 'utf8')
  const ids = [...source.matchAll(/<basisgeo:id>([^<]+)<\/basisgeo:id>/g)].map((m) => m[1] as string)
  const parts = [`${source.slice(0, source.indexOf('<geo:locaties>'))}<geo:locaties>\n`]
  const polygons = Math.ceil((targetMb * 1e6) / (40 * 22 + 200) / ids.length)
  const side = Math.ceil(Math.sqrt(polygons * ids.length))
  let cell = 0
  for (const id of ids) {
    parts.push(`<geo:Locatie><geo:geometrie><basisgeo:Geometrie gml:id="id-${id}"><basisgeo:id>${id}</basisgeo:id><basisgeo:geometrie>\n`)
    parts.push(`<gml:MultiSurface gml:id="ms-${id}" srsName="urn:ogc:def:crs:EPSG::28992">\n`)
    for (let p = 0; p < polygons; p++, cell++) {
      const cx = 150000 + (cell % side) * 100
      const cy = 450000 + Math.floor(cell / side) * 100
      const pts: string[] = []
      for (let k = 0; k <= 40; k++) {
        const a = (2 * Math.PI * (k % 40)) / 40
        pts.push(`${(cx + 40 * Math.cos(a)).toFixed(3)} ${(cy + 40 * Math.sin(a)).toFixed(3)}`)
      }
      parts.push(
        `<gml:surfaceMember><gml:Polygon gml:id="p-${cell}"><gml:exterior><gml:LinearRing><gml:posList>${pts.join(' ')}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>\n`,
      )
    }
    parts.push('</gml:MultiSurface></basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie></geo:Locatie>\n')
  }
  parts.push('</geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie></geo:GeoInformatieObjectVaststelling>\n')
  return parts.join('')
}

/** The XML and GML entries of the Assen package as `visie build` makes them (without running the validation). */
async function assen(): Promise<{ name: string; text: string }[]> {
  const { buildPackage } = await import('../src/build/index.js')
  const built = await buildPackage(join(repo, 'fixtures', 'assen'), {})
  const decoder = new TextDecoder()
  return built.files.filter((f) => /\.(xml|gml)$/.test(f.path)).map((f) => ({ name: f.path, text: decoder.decode(f.bytes) }))
}

async function child(kind: string, cacheDir: string): Promise<void> {
  const { listRuleFiles, loadRuleFile, precompileSchematron, runRuleFile, runSchematron, applies } = await import('../src/validate/schematron/index.js')
  const load = (): void => {
    const problems = precompileSchematron({ schemasDir: shared, cacheDir })
    if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'))
  }
  if (kind === 'cold' || kind === 'cached') {
    const t = performance.now()
    load()
    const ms = Math.round((performance.now() - t) * 10) / 10
    emit({ name: `schematron compileren 11 regelbestanden ${kind === 'cold' ? 'koud' : 'uit SEF-cache'}`, ms, maxRssMb: maxRssMb() })
    return
  }
  if (kind === 'assen-first') {
    // The SEF cache is filled by the earlier rows; nothing of saxon-js has run in this process yet.
    const docs = await assen()
    const cpu = process.cpuUsage()
    const t = performance.now()
    const n = runSchematron(docs, { schemasDir: shared, cacheDir }).length
    const ms = Math.round((performance.now() - t) * 10) / 10
    // CPU time next to wall time: on a shared machine the wall time also measures the neighbours.
    const cpuMs = Math.round(process.cpuUsage(cpu).user / 1000)
    emit({ name: `schematron assen (${docs.length} bestanden, eerste run in proces, SEF-cache aanwezig)`, ms, maxRssMb: maxRssMb(), note: `${n} bevindingen, cpu ${cpuMs} ms` })
    return
  }
  load()
  if (kind === 'assen' || kind === 'assen-per-document') {
    const docs = await assen()
    const n = runSchematron(docs, { schemasDir: shared, cacheDir }).length
    const name = `schematron assen (${docs.length} bestanden, warm, mediaan van 5)`
    if (kind === 'assen') {
      emit({ name, ms: await medianMs(() => runSchematron(docs, { schemasDir: shared, cacheDir }), 5), maxRssMb: maxRssMb(), note: `${n} bevindingen` })
      return
    }
    // The former strategy, for comparison: every applicable rule file on every document in its own transform.
    const { xmlFacts } = await import('../src/validate/schematron/lines.js')
    const { parseXml } = await import('../src/validate/schematron/saxon.js')
    const rules = listRuleFiles(shared).map((f) => loadRuleFile(f.path, f.name, f.layer, { cacheDir }))
    const jobs = docs.flatMap((d) => rules.filter((r) => applies(r, xmlFacts(d.text))).map((r) => ({ r, d })))
    const perDocument = (): number => {
      const parsed = new Map(docs.map((d) => [d.name, parseXml(d.text)]))
      return jobs.flatMap(({ r, d }) => runRuleFile(r, d.name, d.text, { cacheDir, parsed: parsed.get(d.name) })).length
    }
    const ms = await medianMs(perDocument, 5)
    emit({ name: `schematron assen per document × regelbestand (${jobs.length} transforms, warm)`, ms, maxRssMb: maxRssMb(), compare: name })
    return
  }
  if (kind === 'synthetic') {
    const gml = syntheticGml(1000, 1000)
    const mb = (gml.length / 2 ** 20).toFixed(1)
    const t = performance.now()
    const findings = runSchematron([{ name: 'synthetisch.gml', text: gml }], { schemasDir: shared, cacheDir })
    const ms = Math.round((performance.now() - t) * 10) / 10
    emit({ name: `schematron synthetische GML ${mb} MB`, ms, maxRssMb: maxRssMb(), note: `${findings.length} bevindingen` })
    return
  }
  if (kind === 'gio-100' || kind === 'gio-100-full') {
    const gml = multiSurfaceGml(99)
    const name = `schematron GIO ${(gml.length / 1e6).toFixed(0)} MB (4 MultiSurfaces, ${(gml.match(/<gml:Polygon /g) ?? []).length} Polygons)`
    if (kind === 'gio-100') {
      const t = performance.now()
      const n = runSchematron([{ name: 'groot.gml', text: gml }], { schemasDir: shared, cacheDir }).length
      const ms = Math.round((performance.now() - t) * 10) / 10
      emit({ name, ms, maxRssMb: maxRssMb(), note: `${n} bevindingen` })
      return
    }
    // For comparison: every applicable rule file on the full coordinate-reduced text, as before skeleton.ts.
    const { xmlFacts } = await import('../src/validate/schematron/lines.js')
    const { reduceCoordinates } = await import('../src/validate/schematron/reduce-gml.js')
    const { parseXml } = await import('../src/validate/schematron/saxon.js')
    const t = performance.now()
    const full = reduceCoordinates(gml)
    const parsed = parseXml(full)
    const rules = listRuleFiles(shared).map((f) => loadRuleFile(f.path, f.name, f.layer, { cacheDir })).filter((r) => applies(r, xmlFacts(gml)))
    const n = rules.flatMap((r) => runRuleFile(r, 'groot.gml', full, { cacheDir, parsed })).length
    const ms = Math.round((performance.now() - t) * 10) / 10
    emit({ name: `${name}, elk regelbestand op de volledige tekst`, ms, maxRssMb: maxRssMb(), note: `${n} bevindingen, ${rules.map((r) => r.name).join(' ')}`, compare: name })
    return
  }
  const docs = documents(join(examples, kind))
  const n = runSchematron(docs, { schemasDir: shared, cacheDir }).length
  const ms = await medianMs(() => runSchematron(docs, { schemasDir: shared, cacheDir }), 5)
  emit({ name: `schematron ${kind} (${docs.length} bestanden, warm, mediaan van 5)`, ms, maxRssMb: maxRssMb(), note: `${n} bevindingen` })
}

async function main(): Promise<void> {
  const [, , mode, kind, cacheDir] = process.argv
  if (mode === '--child' && kind !== undefined && cacheDir !== undefined) return child(kind, cacheDir)
  const cache = mkdtempSync(join(tmpdir(), 'visie-bench-schematron-'))
  try {
    const kinds = ['cold', 'cached', 'assen-first', 'assen', 'assen-per-document', 'otst-gm9920-initieel-lvbb120', 'lvbbtest-omgevingsvisie-pv28', 'synthetic', 'gio-100', 'gio-100-full']
    for (const kind of kinds) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, cache], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      })
      process.stdout.write(r.stdout)
      if (r.status !== 0) emit({ name: `schematron ${kind}: mislukt (exit ${r.status})`, ms: Number.NaN, note: r.stderr.trim().split('\n').slice(-3).join(' | ') })
    }
  } finally {
    rmSync(cache, { recursive: true, force: true })
  }
}

await main()
