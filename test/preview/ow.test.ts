import { describe, expect, test } from 'vitest'
import { readOw } from '../../src/preview/ow.js'
import { readPackageView } from '../../src/preview/package-view.js'
import { sharedDir } from '../support/shared.js'
import { folderPackage } from './package.js'

describe('readOw (pv28 example)', () => {
  const view = readPackageView(folderPackage(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')))
  const ow = readOw(view.owFiles, view.informatieobjecten)
  const anchorOf = (file: string) => `#${view.informatieobjecten.find((io) => io.dataFile === file)?.anchor}`

  test('links each Tekstdeel to the STOP wId of its Divisietekst', () => {
    // owDivisie.xml has one Tekstdeel per Divisietekst; 12 Divisieteksten carry a wId.
    expect(ow.byWId.size).toBe(12)
    const first = ow.byWId.get('pv28_1__content_1')?.[0]
    expect(first?.tekstdeel).toBe('nl.imow-pv28.tekstdeel.010000070000010000000002')
    expect(first?.hoofdlijnen).toEqual([{ label: 'TEKST-vrije annotatie1: A' }])
    expect(first?.idealisatie).toBe('Exact')
  })

  test('resolves a Gebiedsaanwijzing and its Gebiedengroep to the GIO map that holds the geometry', () => {
    const a = ow.byWId.get('pv28_1__div_1__content_1')?.[0]
    expect(a?.gebiedsaanwijzingen).toEqual([{ label: 'Delta (Visie) (RuimtelijkGebruik, Overig)', href: anchorOf('DeltaVisie-v1.gml') }])
    expect(a?.locaties).toEqual([{ label: 'Delta (Visie)', href: anchorOf('DeltaVisie-v1.gml') }])
    expect(ow.byWId.get('pv28_1__div_1__content_3')?.[0]?.locaties[0]?.href).toBe(anchorOf('Metropool-v1.gml'))
  })

  test('lists every Hoofdlijn and Gebiedsaanwijzing', () => {
    expect(ow.hoofdlijnen.map((h) => h.label)).toContain('onderwerp: delta')
    expect(ow.hoofdlijnen).toHaveLength(11)
    expect(ow.gebiedsaanwijzingen).toHaveLength(1)
  })
})
