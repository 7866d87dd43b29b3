/** Schema choice by root element, and the IMOW 3.0 (XSD v2.0.0) / 3.1 (XSD v3.1.0) distinction of imow-ow.md §3.2. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dirSource, installSchemas, loadManifest } from '../../../src/schemas/index.js'
import { imowVersion, selectSchema, validateXml } from '../../../src/validate/xsd/index.js'
import { sharedDir } from '../../support/shared.js'

let schemas: string
beforeAll(async () => {
  schemas = await mkdtemp(join(tmpdir(), 'visie-xsd-sel-'))
  await installSchemas(await loadManifest(), [dirSource(sharedDir('stop')), dirSource(sharedDir('imow'))], schemas)
})
afterAll(async () => {
  await rm(schemas, { recursive: true, force: true })
})

const root = (namespace: string, name: string, extra: object = {}) => ({ namespace, name, childNames: [], ...extra })

describe('selectSchema', () => {
  test('STOP/LVBB roots', () => {
    const lvbba = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'
    expect(selectSchema(root(lvbba, 'AanleveringBesluit'))).toEqual({ schema: 'stop/schemas/lvbb-1.2.0/lvbb-stop-aanlevering.xsd', familie: 'stop-lvbb', ketencode: 'LVBB2003' })
    expect(selectSchema(root(lvbba, 'AanleveringInformatieObject'))?.ketencode).toBe('LVBB3501')
    const lvbb = 'http://www.overheid.nl/2017/lvbb'
    expect(selectSchema(root(lvbb, 'publicatieOpdracht'))).toEqual({ schema: 'stop/schemas/lvbb-1.2.0/lvbb-transport.xsd', familie: 'stop-lvbb', ketencode: 'LVBB1006' })
    expect(selectSchema(root(lvbb, 'validatieOpdracht'))?.ketencode).toBe('LVBB1006')
    expect(selectSchema(root(lvbb, 'manifest'))?.ketencode).toBe('LVBB1008')
    expect(selectSchema(root('https://standaarden.overheid.nl/stop/imop/geo/', 'GeoInformatieObjectVaststelling'))).toEqual({
      schema: 'stop/schemas/stop-1.3.0/imop-geo.xsd',
      familie: 'stop-lvbb',
      ketencode: 'LVBB3009',
    })
    expect(selectSchema(root('https://standaarden.overheid.nl/stop/imop/geo/', 'Locatie'))).toBeUndefined()
    expect(selectSchema(root('urn:x', 'manifest'))).toBeUndefined()
  })

  test('STOP/LVBB roots take the schemas of the declared versions; OW roots keep their own IMOW version', () => {
    const versies = { stop: '1.1.0', lvbb: '1.1.0' }
    expect(selectSchema(root('https://standaarden.overheid.nl/lvbb/stop/aanlevering/', 'AanleveringBesluit'), versies)?.schema).toBe('stop/schemas/lvbb-1.1.0/lvbb-stop-aanlevering.xsd')
    expect(selectSchema(root('http://www.overheid.nl/2017/lvbb', 'manifest'), versies)?.schema).toBe('stop/schemas/lvbb-1.1.0/lvbb-transport.xsd')
    expect(selectSchema(root('https://standaarden.overheid.nl/stop/imop/geo/', 'GeoInformatieObjectVaststelling'), versies)?.schema).toBe('stop/schemas/stop-1.1.0/imop-geo.xsd')
    expect(selectSchema(root('http://www.geostandaarden.nl/imow/bestanden/deelbestand', 'owBestand'), versies)?.schema).toBe('imow/schemas/v2.0.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd')
  })

  test('OW roots pick v2.0.0 unless the file says IMOW 3.1', () => {
    const mow = 'http://www.geostandaarden.nl/bestanden-ow/manifest-ow'
    const dc = 'http://www.geostandaarden.nl/imow/bestanden/deelbestand'
    expect(selectSchema(root(mow, 'Aanleveringen'))).toEqual({ schema: 'imow/schemas/v2.0.0/bestanden-ow/generiek/manifest-ow.xsd', familie: 'imow', ketencode: 'LVBB1032' })
    expect(selectSchema(root(dc, 'owBestand'))).toEqual({ schema: 'imow/schemas/v2.0.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd', familie: 'imow', ketencode: 'TPOD1164' })
    expect(selectSchema(root(dc, 'owBestand', { schemaversie: 'v3.1.0' }))?.schema).toBe('imow/schemas/v3.1.0/bestanden-ow/deelbestand-ow/IMOW_Deelbestand.xsd')
    expect(imowVersion(root(mow, 'Aanleveringen', { childNames: ['domein', 'IMOWversie', 'Aanlevering'], imowVersie: '3.1' }))).toBe('v3.1.0')
    expect(imowVersion(root(mow, 'Aanleveringen', { childNames: ['domein', 'IMOWversie', 'Aanlevering'], imowVersie: '3.0' }))).toBe('v2.0.0')
    expect(imowVersion(root(mow, 'Aanleveringen', { childNames: ['ExpressionIDRegeling'] }))).toBe('v3.1.0')
    expect(imowVersion(root(mow, 'Aanleveringen', { schemaLocation: 'x https://register.geostandaarden.nl/xmlschema/tpod/v3.1.0/bestanden-ow/generiek/manifest-ow.xsd' }))).toBe('v3.1.0')
  })
})

const manifestOw31 = `<?xml version="1.0" encoding="UTF-8"?>
<Aanleveringen xmlns="http://www.geostandaarden.nl/bestanden-ow/manifest-ow" schemaversie="v3.1.0">
  <domein>omgevingswet</domein>
  <IMOWversie>3.1</IMOWversie>
  <Aanlevering>
    <WorkIDRegeling>/akn/nl/act/gm0106/2026/omgevingsvisie</WorkIDRegeling>
    <ExpressionIDRegeling>/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-02-19;1</ExpressionIDRegeling>
    <Bestand><naam>owRegelingsgebied.xml</naam><objecttype>Regelingsgebied</objecttype></Bestand>
  </Aanlevering>
</Aanleveringen>
`

test('an IMOW 3.1 manifest-ow is validated against v3.1.0 and passes', async () => {
  expect(await validateXml('manifest-ow.xml', new TextEncoder().encode(manifestOw31), schemas)).toEqual([])
})

test('an IMOW 3.0 manifest-ow (DoelID, v2.0.0 schemaLocation) is validated against v2.0.0', async () => {
  const v20 = manifestOw31
    .replace(' schemaversie="v3.1.0"', ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.geostandaarden.nl/bestanden-ow/manifest-ow https://register.geostandaarden.nl/xmlschema/tpod/v2.0.0/bestanden-ow/generiek/manifest-ow.xsd"')
    .replace('<IMOWversie>3.1</IMOWversie>', '<IMOWversie>3.0</IMOWversie>')
    .replace(/<ExpressionIDRegeling>[^<]*<\/ExpressionIDRegeling>/, '<DoelID>/join/id/proces/gm0106/2026/omgevingsvisie</DoelID>')
  expect(await validateXml('manifest-ow.xml', new TextEncoder().encode(v20), schemas)).toEqual([])
  const noWork = v20.replace(/<WorkIDRegeling>[^<]*<\/WorkIDRegeling>/, '')
  const findings = await validateXml('manifest-ow.xml', new TextEncoder().encode(noWork), schemas)
  expect(findings.map((f) => [f.code, f.data.schema, f.data.ketencode, f.at?.line])).toEqual([
    ['LVBB1032', 'imow/schemas/v2.0.0/bestanden-ow/generiek/manifest-ow.xsd', 'LVBB1032', noWork.split('\n').findIndex((l) => l.includes('<DoelID>')) + 1],
  ])
  expect(findings[0]?.data.melding).toMatch(/DoelID': This element is not expected. Expected is \( \{http:\/\/www\.geostandaarden\.nl\/bestanden-ow\/manifest-ow\}WorkIDRegeling/)
})
