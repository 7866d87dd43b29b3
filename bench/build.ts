/**
 * Build time of the Assen fixture (schematic geometry) and with the real Assen geometry, in-process, all steps
 * including validation with the installed schema set (VISIE_SCHEMAS or .cache/schemas).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildPackage } from '../src/build/index.js'
import { emit, maxRssMb, medianMs } from './lib.js'

const root = resolve(import.meta.dirname, '..')
const project = resolve(root, 'fixtures/assen')
const schemas = process.env.VISIE_SCHEMAS ?? resolve(root, '.cache/schemas')
const schemasDir = existsSync(schemas) ? schemas : undefined
const realGeo = resolve(process.env.VISIE_SHARED ?? resolve(root, '../shared'), 'geo/gio-kandidaten_rd.geojson')

const first = performance.now()
await buildPackage(project, schemasDir ? { schemasDir } : {})
emit({ name: 'build assen (eerste, incl. schema-compilatie)', ms: Math.round(performance.now() - first), maxRssMb: maxRssMb() })
emit({ name: 'build assen (warm, mediaan van 5)', ms: await medianMs(() => buildPackage(project, schemasDir ? { schemasDir } : {}), 5, false), maxRssMb: maxRssMb() })
if (existsSync(realGeo)) {
  const ms = await medianMs(() => buildPackage(project, { ...(schemasDir ? { schemasDir } : {}), geo: realGeo }), 3, false)
  emit({ name: 'build assen --geo echte geometrie (warm)', ms, maxRssMb: maxRssMb() })
}
