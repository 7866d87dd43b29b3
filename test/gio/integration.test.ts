/**
 * The text reader's Bijlage I feeds the GIO step: readText on the Assen seed → buildGios on the committed
 * schematic geometry and on the real geometry (../shared/geo), 26 XSD-valid files whose identifiers equal the text.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import { buildGios } from '../../src/gio/index.js'
import type { Document } from '../../src/model/index.js'
import type { BuildContext } from '../../src/build/context.js'
import { readText } from '../../src/parse/index.js'
import { validateXml } from '../../src/validate/xsd/index.js'
import { fixture, schemasDir, sharedDir } from '../support/shared.js'
import { assenContext, assenInformatieobjecten } from './assen.js'

let ctx: BuildContext
let document: Document
beforeAll(async () => {
  ctx = await assenContext()
  document = readText(readFileSync(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' }).document
})

describe('readText → buildGios (Assen)', () => {
  test('Bijlage I as read from the seed equals the 13 pairs of stop-lvbb.md §3.1, each with its line', () => {
    expect(document.informatieobjecten.map(({ naam, work, expression }) => ({ naam, work, expression }))).toEqual(assenInformatieobjecten)
    for (const io of document.informatieobjecten) expect(io.position?.start.line).toBeGreaterThan(1000)
  })

  test.each([
    ['schematic fixture', undefined],
    ['real Assen geometry', () => sharedDir('geo', 'gio-kandidaten_rd.geojson')],
  ] as const)('%s: 13 GML + 13 IO XML, XSD-valid, no findings', async (_name, geo) => {
    const r = await buildGios(document, ctx, geo ? { geoOverride: geo() } : {})
    expect(r.findings).toEqual([])
    expect(r.files.filter((f) => f.path.endsWith('.gml'))).toHaveLength(13)
    expect(r.files.filter((f) => f.path.endsWith('.xml'))).toHaveLength(13)
    expect(r.gios.map((g) => g.expression)).toEqual(document.informatieobjecten.map((io) => io.expression))
    for (const f of r.files) expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
  })

  test('a GIO without geometry points at its Bijlage I line in the text', async () => {
    const missing = document.informatieobjecten.find((io) => io.naam === 'TRZ')!
    const file = fixture('assen', 'geo', 'gio-schematisch.geojson')
    const r = await buildGios({ informatieobjecten: [...document.informatieobjecten, { ...missing, naam: 'TRZ ontbreekt' }] }, ctx, { geoOverride: file })
    const f = r.findings.find((x) => x.code === 'VISIE-200')
    expect(f?.data).toMatchObject({ gio: 'TRZ ontbreekt', regel: missing.position!.start.line })
    expect(r.findings).toHaveLength(1)
  })
})
