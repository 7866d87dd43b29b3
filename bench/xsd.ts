/**
 * XSD layer benchmark on the pv28 omgevingsvisie example (13 files, 2 GMLs): first run (schema compiles included),
 * warm median, and xmllint --schema on the same files with the shared catalog for reference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dirSource, installSchemas, loadManifest } from '../src/schemas/index.js'
import { validateXml } from '../src/validate/xsd/index.js'
import { emit, maxRssMb, medianMs, timeCommand } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const shared = process.env.VISIE_SHARED ?? resolve(repo, '..', 'shared')
const schemas = process.env.VISIE_SCHEMAS ?? resolve(repo, '.cache', 'schemas')
if (!existsSync(join(schemas, 'stop', 'schemas', 'lvbb-1.2.0', 'lvbb-stop-aanlevering.xsd'))) {
  await installSchemas(await loadManifest(), [dirSource(join(shared, 'stop')), dirSource(join(shared, 'imow'))], schemas)
}

const dir = join(shared, 'stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
const files = readdirSync(dir).filter((f) => /\.(xml|gml)$/.test(f)).sort()
const bytes = files.map((f) => new Uint8Array(readFileSync(join(dir, f))))
const mb = (bytes.reduce((n, b) => n + b.byteLength, 0) / 1e6).toFixed(2)

async function validateAll(): Promise<number> {
  let findings = 0
  for (let i = 0; i < files.length; i++) findings += (await validateXml(files[i] as string, bytes[i] as Uint8Array, schemas)).length
  return findings
}

const t = performance.now()
const findings = await validateAll()
const cold = Math.round((performance.now() - t) * 10) / 10
if (findings !== 0) throw new Error(`pv28 gaf ${findings} bevindingen; verwacht 0`)
emit({ name: `xsd pv28 eerste keer (${files.length} bestanden, ${mb} MB, incl. compileren)`, ms: cold, maxRssMb: maxRssMb(), compare: 'xmllint pv28' })
const warm = await medianMs(validateAll, 5, false)
for (let i = 0; i < 50; i++) await validateAll()
emit({ name: `xsd pv28 warm (mediaan van 5; daarna 50× herhaald voor piek-RSS)`, ms: warm, maxRssMb: maxRssMb() })

const s = join(shared, 'stop', 'schemas')
const group = (re: RegExp) => files.filter((f) => re.test(f)).map((f) => `'${join(dir, f)}'`).join(' ')
const script = [
  `xmllint --noout --nonet --schema '${s}/lvbb-1.2.0/lvbb-stop-aanlevering.xsd' ${group(/^(akn|GIO)/)}`,
  `xmllint --noout --nonet --schema '${s}/stop-1.3.0/imop-geo.xsd' ${group(/\.gml$/)}`,
  `xmllint --noout --nonet --schema '${s}/lvbb-1.2.0/lvbb-transport.xsd' ${group(/^(opdracht|manifest)\.xml$/)}`,
  `xmllint --noout --nonet --schema '${s}/tpod-imow-2.0.0/bestanden-ow/generiek/manifest-ow.xsd' ${group(/^manifest-ow/)}`,
  `xmllint --noout --nonet --schema '${s}/tpod-imow-2.0.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd' ${group(/^ow/)}`,
].join(' 2>/dev/null && ')
emit(timeCommand('xmllint pv28', 'sh', ['-c', `${script} 2>/dev/null`], { XML_CATALOG_FILES: join(s, 'catalog.xml') }))
