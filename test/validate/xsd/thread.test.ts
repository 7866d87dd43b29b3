/**
 * The xsd layer's files that need no geo survey, validated in a thread of their own (xsd/thread.ts, worker.ts): the
 * thread, started from the sources here (the CLI starts the bundled dist/chunks/xsd-worker.js), gives the layer the
 * findings it gives without it, on pv28 with an owLocaties.xml grown past LARGE_ENTRY_BYTES and schema errors in two
 * files; a thread that fails leaves those files to the layer itself; a package without a large file starts none.
 */
import { describe, expect, test } from 'vitest'
import { packageFromFiles } from '../../../src/package/read.js'
import { LARGE_ENTRY_BYTES, type PackageContents, type ValidateContext } from '../../../src/validate/layer.js'
import { packageVersions } from '../../../src/validate/versions.js'
import { disposeView, packageView } from '../../../src/validate/view.js'
import { xsdLayer } from '../../../src/validate/xsd/index.js'
import { hasOffThread, offThreadFindings, startXsdOffThread, type XsdWorker } from '../../../src/validate/xsd/thread.js'
import { schemasDir } from '../../support/shared.js'
import { edit, loadPv28, text, type File } from '../package-fixtures.js'

// The sources through tsx's loader, registered inside the worker before its module is imported.
const source = new URL('../../../src/validate/xsd/worker.ts', import.meta.url).href
const fromSources: XsdWorker = { file: `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(source)}))`, options: { eval: true } }

/** pv28 with its owLocaties.xml grown past LARGE_ENTRY_BYTES (its stands repeated) and a schema error in it and in the besluit. */
async function grownPv28(): Promise<File[]> {
  let files = await loadPv28()
  const locaties = text(files, 'owLocaties.xml')
  const stands = locaties.slice(locaties.indexOf('<sl:stand>'), locaties.lastIndexOf('</sl:stand>') + '</sl:stand>'.length)
  const copies = Math.ceil(LARGE_ENTRY_BYTES / stands.length) + 1
  files = edit(files, 'owLocaties.xml', (t) => t.replace(stands, stands.repeat(copies)).replace('</l:identificatie>', '</l:identificatie><l:onbekend/>'))
  return edit(files, 'akn_nl_bill_pv28-1-7.xml', (t) => t.replace('<Lichaam', '<Onbekend/><Lichaam'))
}

async function layerOn(pkg: PackageContents): Promise<{ findings: readonly unknown[]; ctx: ValidateContext }> {
  const base = { schemasDir: schemasDir() }
  const ctx: ValidateContext = { ...base, versies: packageVersions(packageView(pkg, base)).ruleSet }
  try {
    return { findings: await xsdLayer.run(pkg, ctx), ctx }
  } finally {
    disposeView(pkg)
  }
}

describe('the xsd layer with a thread for the files that need no geo survey', () => {
  test('the thread validates them, and the layer reports what it reports without the thread', async () => {
    const files = await grownPv28()
    expect(files.find((f) => f.name === 'owLocaties.xml')?.bytes.length).toBeGreaterThan(LARGE_ENTRY_BYTES)
    const alone = await layerOn(packageFromFiles('t', files))
    const codes = alone.findings.map((f) => [(f as { code: string }).code, (f as { at?: { file?: string } }).at?.file])
    expect(codes).toEqual(expect.arrayContaining([expect.arrayContaining(['owLocaties.xml']), expect.arrayContaining(['akn_nl_bill_pv28-1-7.xml'])]))

    const pkg = packageFromFiles('t', files)
    startXsdOffThread(pkg, alone.ctx, fromSources)
    expect(hasOffThread(pkg)).toBe(true)
    const taken = await offThreadFindings(pkg)
    // Every .xml file, and none of the GMLs (the survey reduces those first).
    expect([...(taken?.keys() ?? [])]).toEqual(files.map((f) => f.name).filter((n) => n.endsWith('.xml')))
    expect(taken?.get('owLocaties.xml')?.length).toBeGreaterThan(0)
    expect((await layerOn(pkg)).findings).toEqual(alone.findings)
  }, 120_000)

  test('a thread that fails leaves its files to the layer: the same findings', async () => {
    const files = await grownPv28()
    const alone = await layerOn(packageFromFiles('t', files))
    const pkg = packageFromFiles('t', files)
    startXsdOffThread(pkg, alone.ctx, { file: 'throw new Error("kapot")', options: { eval: true } })
    expect(hasOffThread(pkg)).toBe(true)
    expect(await offThreadFindings(pkg)).toBeUndefined()
    expect((await layerOn(pkg)).findings).toEqual(alone.findings)
  }, 120_000)

  test('no thread for a package whose files are all small', async () => {
    const pkg = packageFromFiles('t', await loadPv28())
    startXsdOffThread(pkg, { schemasDir: schemasDir() }, fromSources)
    expect(hasOffThread(pkg)).toBe(false)
  })
})
