import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Finding } from '../../src/model/index.js'
import { placeFindings, wIdLines } from '../../src/preview/findings.js'
import { indexHosts } from '../../src/preview/hosts.js'
import { readOw } from '../../src/preview/ow.js'
import { readPackageView } from '../../src/preview/package-view.js'
import { sharedDir } from '../support/shared.js'
import { folderPackage } from './package.js'

const dir = sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
const besluit = 'akn_nl_bill_pv28-1-7.xml'
const text = readFileSync(join(dir, besluit), 'utf8')
/** 1-based line of the first line containing `needle`, found on the raw file. */
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

function finding(data: Finding['data'], at?: Finding['at']): Finding {
  return { code: 'VISIE-900', severity: 'waarschuwing', layer: 'stop', message: 'proef', data, ...(at ? { at } : {}) }
}

describe('placeFindings', () => {
  const view = readPackageView(folderPackage(dir))
  const index = { ...indexHosts(view.besluit), lines: wIdLines(view.besluitText ?? '') }

  test('wIdLines gives the line each wId attribute is on', () => {
    const lines = wIdLines(text)
    expect(lines.find((l) => l.wId === 'pv28_1__art_I')?.line).toBe(lineOf('wId="pv28_1__art_I"'))
    expect(lines.find((l) => l.wId === 'pv28_1__div_2__div_1')?.line).toBe(lineOf('wId="pv28_1__div_2__div_1"'))
  })

  test('matches by wId in data, @wId or @eId in the xpath, and by line', () => {
    const placed = placeFindings(
      [
        // An inline ExtIoRef hands its findings to the Begrip that holds it.
        finding({ wId: 'pv28_1__cmp_2__content_o_1__list_o_1__item_o_1__ref_o_1' }, { file: besluit }),
        finding({}, { file: besluit, xpath: "/AanleveringBesluit//Divisie[@wId='pv28_1__div_2']" }),
        finding({}, { file: besluit, xpath: '//*[@eId="art_III"]' }),
        finding({}, { file: besluit, line: lineOf('wId="pv28_1__content_5"') + 2 }),
      ],
      view,
      index,
    )
    expect(placed.all.map((p) => p.href)).toEqual([
      '#w-pv28_1__cmp_2__content_o_1__list_o_1__item_o_1',
      '#w-pv28_1__div_2',
      '#w-pv28_1__art_III',
      '#w-pv28_1__content_5',
    ])
    expect(placed.byWId.get('pv28_1__div_2')?.map((p) => p.id)).toEqual(['bevinding-2'])
  })

  test('places OW findings by identificatie: at the annotated Divisietekst, or at the GIO that holds the Locatie', () => {
    const ow = readOw(view.owFiles, view.informatieobjecten)
    const placed = placeFindings(
      [
        finding({ identificatie: 'nl.imow-pv28.tekstdeel.010000070000010000000008' }, { file: 'owDivisie.xml', line: 142 }),
        finding({ identificatie: 'nl.imow-pv28.gebiedengroep.010000070000010000000201' }, { file: 'owLocaties.xml' }),
        finding({ identificatie: 'nl.imow-pv28.hoofdlijn.010000070000010000000005' }, { file: 'owHoofdlijn.xml' }),
      ],
      view,
      index,
      ow.places,
    )
    const delta = view.informatieobjecten.find((io) => io.dataFile === 'DeltaVisie-v1.gml')
    expect(placed.all.map((p) => p.href)).toEqual(['#w-pv28_1__div_1__content_1', `#${delta?.anchor}`, undefined])
  })

  test('puts findings on an IO or GML file at that GIO, and unknown places only in the summary', () => {
    const placed = placeFindings(
      [finding({}, { file: 'Metropool-v1.gml', line: 40 }), finding({}, { file: 'manifest.xml' }), finding({ wId: 'bestaat-niet' })],
      view,
      index,
    )
    const metropool = view.informatieobjecten.find((io) => io.dataFile === 'Metropool-v1.gml')
    expect(placed.all.map((p) => p.href)).toEqual([`#${metropool?.anchor}`, undefined, undefined])
    expect(placed.byGio.get(metropool?.anchor ?? '')).toHaveLength(1)
  })
})

describe('writePreview with a long run of one code in one file', () => {
  test('lists the first 20 and one entry for the rest, as the text report does; the counts cover every finding', async () => {
    const { writePreview } = await import('../../src/preview/index.js')
    const gml = readdirGml()
    const many: Finding[] = Array.from({ length: 75 }, (_, i) => ({
      code: 'GEOMETRY.03.5', severity: 'blokkerend', layer: 'geo', message: `geometrie ${i + 1} heeft een onbekend CRS`, data: {}, at: { file: gml, line: i + 1 },
    }))
    const html = writePreview(folderPackage(dir), [...many, finding({}, { file: besluit })])
    // Each listed finding shows up in the summary; the 21st to 75th do not, one entry counts them.
    expect(html).toContain('geometrie 20 heeft')
    expect(html).not.toContain('geometrie 21 heeft')
    expect(html).toContain('en nog 55 keer GEOMETRY.03.5 in dit bestand')
    expect(html).toMatch(/<strong class="count-blokkerend">75<\/strong>/)
    expect(html).toMatch(/<strong class="count-waarschuwing">1<\/strong>/)
    // Up to 50 of a code are all listed.
    const fifty = writePreview(folderPackage(dir), many.slice(0, 50))
    expect(fifty).toContain('geometrie 50 heeft')
    expect(fifty).not.toContain('en nog')
  })
})

function readdirGml(): string {
  const name = readdirSync(dir).find((f) => f.endsWith('.gml'))
  if (name === undefined) throw new Error('pv28 heeft geen GML')
  return name
}
