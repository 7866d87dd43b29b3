/**
 * One `visie validate` measurement in its own process (so peak RSS is this package's): readPackage + all layers.
 * Usage: node --import tsx bench/validate-child.ts <package> <name> <compare>; prints one JSON row.
 */
import { readPackage } from '../src/package/read.js'
import { validatePackage } from '../src/validate/index.js'
import { emit, maxRssMb } from './lib.js'

const [path, name, compare] = process.argv.slice(2) as [string, string, string]
const schemasDir = process.env.VISIE_SCHEMAS as string
const t = performance.now()
const report = await validatePackage(await readPackage(path), { schemasDir })
const ms = Math.round((performance.now() - t) * 10) / 10
const s = report.samenvatting
emit({ name, ms, maxRssMb: maxRssMb(), compare, note: `${s.blokkerend} blokkerend, ${s.waarschuwing} waarschuwing, ${s.informatie} informatie` })
