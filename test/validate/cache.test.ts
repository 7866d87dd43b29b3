/**
 * `--cache DIR` (src/validate/cache.ts) on the pv28 example, with an XSD error and a Schematron finding put into its
 * besluit: a run from an empty cache and a run from a full one give the report of a run without cache; a changed
 * file is validated again, the unchanged ones are not; an entry that does not check out is not trusted; the files the
 * cache lacks are validated through the package's own view (its geo survey of a large GIO is not made again per layer).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { packageFromFiles } from '../../src/package/read.js'
import { cachedLayer } from '../../src/validate/cache.js'
import { geoSurvey } from '../../src/validate/geo/survey.js'
import { validatePackage, type Report } from '../../src/validate/index.js'
import type { ValidateContext } from '../../src/validate/layer.js'
import { disposeView, packageView } from '../../src/validate/view.js'
import { schemasDir } from '../support/shared.js'
import { edit, loadPv28, type File } from './package-fixtures.js'

const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
const work = mkdtempSync(join(tmpdir(), 'visie-cache-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

let files: File[] = []
let fresh: Report

/** The report as a user compares it: everything but the package name. */
function comparable(report: Report): string {
  return JSON.stringify({ ...report, pakket: '' }, null, 1)
}

function validate(pkg: readonly File[], cache?: string): Promise<Report> {
  return validatePackage(packageFromFiles('pv28', pkg), { schemasDir: schemasDir(), vandaag: '2026-01-10' }, cache === undefined ? {} : { cache: { dir: cache } })
}

beforeAll(async () => {
  // An element the XSD does not know (LVBB2003) and an empty Al, which STOP's Schematron reports (STOP0005).
  files = edit(await loadPv28(), BESLUIT, (t) => t.replace(/<Al>/, '<Al></Al><Onbekend/><Al>'))
  fresh = await validate(files)
}, 300_000)

describe('validate --cache', () => {
  test('the broken besluit gives findings in both cached layers, with lines', () => {
    const inBesluit = fresh.findings.filter((f) => f.at?.file === BESLUIT)
    expect(inBesluit.filter((f) => f.layer === 'xsd').map((f) => f.code)).toEqual(['LVBB2003'])
    expect(inBesluit.filter((f) => f.layer === 'stop').map((f) => f.code)).toEqual(['STOP0005'])
    expect(inBesluit.every((f) => (f.at?.line ?? 0) > 0)).toBe(true)
  })

  test('from an empty cache and from a full one: the report of a run without cache', async () => {
    const dir = join(work, 'full')
    expect(comparable(await validate(files, dir))).toBe(comparable(fresh))
    const documents = files.filter((f) => /\.(xml|gml)$/.test(f.name)).length
    // One entry per document in each of the two per-document layers (xsd and stop).
    expect(readdirSync(dir).filter((n) => n.endsWith('.json'))).toHaveLength(2 * documents)
    expect(comparable(await validate(files, dir))).toBe(comparable(fresh))
  }, 300_000)

  test('a cached entry is what the warm run reports (read, not recomputed)', async () => {
    const dir = join(work, 'read')
    await validate(files, dir)
    // Rewrite one entry as a valid entry with another message: the warm run must show it.
    const target = readdirSync(dir).find((n) => readFileSync(join(dir, n), 'utf8').includes('"LVBB2003"')) as string
    const entry = JSON.parse(readFileSync(join(dir, target), 'utf8')) as { bevindingen: { code: string; message: string }[]; controle: string }
    for (const f of entry.bevindingen) f.message = `uit de cache: ${f.message}`
    entry.controle = createHash('sha256').update(JSON.stringify(entry.bevindingen)).digest('hex')
    writeFileSync(join(dir, target), JSON.stringify(entry))
    const warm = await validate(files, dir)
    const xsd = warm.findings.filter((f) => f.code === 'LVBB2003')
    expect(xsd).toHaveLength(1)
    expect(xsd.every((f) => f.message.startsWith('uit de cache: '))).toBe(true)
  }, 300_000)

  test('an entry that does not check out counts as absent and is written again', async () => {
    const dir = join(work, 'damaged')
    await validate(files, dir)
    const names = readdirSync(dir).sort()
    const edited = names.find((n) => readFileSync(join(dir, n), 'utf8').includes('"STOP0005"')) as string
    const [truncated, foreign] = names.filter((n) => n !== edited) as [string, string]
    writeFileSync(join(dir, truncated), readFileSync(join(dir, truncated), 'utf8').slice(0, 40))
    // A changed message without a matching checksum.
    writeFileSync(join(dir, edited), readFileSync(join(dir, edited), 'utf8').replace(/"message":"/g, '"message":"vervalst '))
    writeFileSync(join(dir, foreign), JSON.stringify({ formaat: 'iets anders', bevindingen: [] }))
    expect(comparable(await validate(files, dir))).toBe(comparable(fresh))
    // Written again: a third run reads them and still gives the same report.
    for (const n of [truncated, foreign]) expect(JSON.parse(readFileSync(join(dir, n), 'utf8')).formaat).toBe('visie-laagcache/1')
    expect(comparable(await validate(files, dir))).toBe(comparable(fresh))
  }, 300_000)

  test('a changed file is validated again; the unchanged files come from the cache', async () => {
    const dir = join(work, 'changed')
    await validate(files, dir)
    const before = new Set(readdirSync(dir))
    const changed = edit(files, BESLUIT, (t) => t.replace('<Onbekend/>', '<OokOnbekend/>'))
    const report = await validate(changed, dir)
    expect(comparable(report)).toBe(comparable(await validate(changed)))
    expect(report.findings.filter((f) => f.code === 'LVBB2003').map((f) => f.message)).toEqual([expect.stringContaining("OokOnbekend': This element is not expected")])
    // Only the besluit got new entries (one per layer).
    expect(readdirSync(dir).filter((n) => !before.has(n))).toHaveLength(2)
  }, 300_000)

  test('the files the cache lacks are read through the package\'s view: what it derived is not derived again', async () => {
    const pkg = packageFromFiles('pv28', files)
    const ctx: ValidateContext = { schemasDir: schemasDir(), vandaag: '2026-01-10' }
    const survey = geoSurvey(packageView(pkg, ctx))
    const seen: { files: string[]; sameSurvey: boolean }[] = []
    const layer = cachedLayer(
      {
        name: 'xsd',
        run: async (part, partCtx) => {
          seen.push({ files: part.entries.map((e) => e.name), sameSurvey: geoSurvey(packageView(part, partCtx)) === survey })
          return []
        },
      },
      { dir: join(work, 'view') },
    )
    try {
      await layer.run(pkg, ctx)
    } finally {
      disposeView(pkg)
    }
    expect(seen).toEqual([{ files: files.map((f) => f.name).filter((n) => /\.(xml|gml)$/.test(n)), sameSurvey: true }])
  })
})
