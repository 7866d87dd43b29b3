import { describe, expect, test } from 'vitest'
import type { Divisietekst, Structuur } from '../../src/model/index.js'
import { writeOwBestanden } from '../../src/ow/index.js'
import { smallContext, smallDocument, smallGios } from './fixture.js'
import { validateXml } from '../../src/validate/xsd/index.js'
import { schemasDir } from '../support/shared.js'
import { type ReadObject, readManifestOw, readOwBestand } from './read.js'

const idPattern = /^nl\.imow-gm0106\.([a-z]+)\.[A-Za-z0-9]{1,32}$/
const EXACT = 'http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Exact'
const INDICATIEF = 'http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Indicatief'

function build(imow: '3.0' | '3.1' = '3.0') {
  const result = writeOwBestanden(smallDocument(), smallGios(), smallContext(imow))
  const owFiles = result.files.filter((f) => f.path !== 'manifest-ow.xml')
  const read = new Map(owFiles.map((f) => [f.path, readOwBestand(f.bytes)]))
  const objects: ReadObject[] = [...read.values()].flatMap((r) => r.objects)
  return { ...result, owFiles, read, objects }
}

function divisieteksten(nodes: readonly Structuur[]): Divisietekst[] {
  return nodes.flatMap((n) => (n.type === 'divisietekst' ? [n] : divisieteksten(n.children)))
}

describe('writeOwBestanden on a small hand-built document', () => {
  test('writes the five OW files and manifest-ow, without findings', () => {
    const { files, findings } = build()
    expect(files.map((f) => f.path)).toEqual([
      'owRegelingsgebied.xml',
      'owLocaties.xml',
      'owDivisies.xml',
      'owHoofdlijnen.xml',
      'owGebiedsaanwijzingen.xml',
      'manifest-ow.xml',
    ])
    expect(findings).toEqual([])
  })

  test('one Regelingsgebied pointing at the Ambtsgebied GM0106, geldig op the vaststelling date', () => {
    const { objects } = build()
    const regelingsgebieden = objects.filter((o) => o.type === 'Regelingsgebied')
    expect(regelingsgebieden).toHaveLength(1)
    const ambtsgebied = objects.filter((o) => o.type === 'Ambtsgebied')
    expect(ambtsgebied).toHaveLength(1)
    expect(regelingsgebieden[0]?.refs).toEqual([{ element: 'LocatieRef', href: ambtsgebied[0]?.id }])
    expect(ambtsgebied[0]?.values.bestuurlijkeGrenzenID).toEqual(['GM0106'])
    expect(ambtsgebied[0]?.values.domein).toEqual(['NL.BI.BestuurlijkGebied'])
    expect(ambtsgebied[0]?.values.geldigOp).toEqual(['2026-02-19'])
  })

  test('one Gebied per geometry, each GeometrieRef a basisgeo:id, one Gebiedengroep per GIO named after it', () => {
    const { objects } = build()
    const geometries = smallGios().flatMap((g) => g.locaties.map((l) => l.basisgeoId))
    const gebieden = objects.filter((o) => o.type === 'Gebied')
    expect(gebieden).toHaveLength(3)
    expect(gebieden.map((g) => g.refs[0]?.href).sort()).toEqual([...geometries].sort())
    expect(gebieden.every((g) => g.refs.length === 1 && g.refs[0]?.element === 'GeometrieRef')).toBe(true)
    const groepen = objects.filter((o) => o.type === 'Gebiedengroep')
    expect(groepen.map((g) => g.values.noemer?.[0])).toEqual(['binnenstad', 'Havenkwartier'])
    expect(groepen.map((g) => g.id)).toEqual([
      'nl.imow-gm0106.gebiedengroep.949d926c0e284b379d1c0a7b3d12a29c',
      'nl.imow-gm0106.gebiedengroep.23cfc5881b0347258af6b8807ce76be1',
    ])
    expect(groepen[0]?.refs.map((r) => r.href)).toEqual([
      'nl.imow-gm0106.gebied.0f1e2d3c4b5a59788695a4b3c2d1e0f9',
      'nl.imow-gm0106.gebied.1f1e2d3c4b5a59788695a4b3c2d1e0f9',
    ])
  })

  test('a vt:Divisietekst for every Divisietekst of the Lichaam, none for the bijlage; vt:Divisie only where annotated', () => {
    const { objects } = build()
    const lichaam = smallDocument().besluit.wijzigBijlage.regeling.lichaam
    const expected = divisieteksten(lichaam).map((d) => d.wId)
    expect(objects.filter((o) => o.type === 'Divisietekst').map((o) => o.wId)).toEqual(expected)
    expect(objects.some((o) => o.wId?.includes('bijlage'))).toBe(false)
    expect(objects.filter((o) => o.type === 'Divisie').map((o) => o.wId)).toEqual(['gm0106_1__div_2_1', 'gm0106_1__div_4_4'])
    // exactly one Tekstdeel per Divisie(tekst), pointing at it
    const targets = objects.filter((o) => o.type === 'Tekstdeel').map((t) => t.refs.find((r) => r.element.startsWith('Divisie'))?.href)
    const divisies = objects.filter((o) => o.type === 'Divisie' || o.type === 'Divisietekst').map((o) => o.id)
    expect([...targets].sort()).toEqual([...divisies].sort())
  })

  test('annotations: hoofdlijn and thema on the section, GIO + Gebiedsaanwijzing on its Divisieteksten', () => {
    const { objects } = build()
    const byWId = (wId: string) => {
      const div = objects.find((o) => o.wId === wId) as ReadObject
      return objects.find((o) => o.type === 'Tekstdeel' && o.refs.some((r) => r.href === div.id)) as ReadObject
    }
    const d44 = byWId('gm0106_1__div_4_4')
    expect(d44.values.thema).toEqual(['http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Wonen'])
    expect(d44.refs.filter((r) => r.element === 'HoofdlijnRef').map((r) => r.href)).toEqual(['nl.imow-gm0106.hoofdlijn.dynamischehoofdstad'])
    expect(d44.values.idealisatie).toBeUndefined()

    const t441 = byWId('gm0106_1__div_4_4_1__content_2')
    expect(t441.refs.filter((r) => r.element === 'LocatieRef').map((r) => r.href)).toEqual([
      'nl.imow-gm0106.gebiedengroep.949d926c0e284b379d1c0a7b3d12a29c',
    ])
    expect(t441.values.idealisatie).toEqual([INDICATIEF])
    const ga = objects.find((o) => o.type === 'Gebiedsaanwijzing') as ReadObject
    expect(t441.refs.filter((r) => r.element === 'GebiedsaanwijzingRef').map((r) => r.href)).toEqual([ga.id])
    expect(ga.values.naam).toEqual(['binnenstad'])
    expect(ga.refs.map((r) => r.href)).toEqual(['nl.imow-gm0106.gebiedengroep.949d926c0e284b379d1c0a7b3d12a29c'])

    const t442 = byWId('gm0106_1__div_4_4_2')
    expect(t442.values.thema).toEqual(['http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Economie'])
    expect(t442.refs.filter((r) => r.element === 'LocatieRef').map((r) => r.href)).toEqual([
      'nl.imow-gm0106.gebiedengroep.23cfc5881b0347258af6b8807ce76be1',
    ])

    const t21 = byWId('gm0106_1__div_2_1__content_1')
    const ambtsgebied = objects.find((o) => o.type === 'Ambtsgebied') as ReadObject
    expect(t21.refs.filter((r) => r.element === 'LocatieRef').map((r) => r.href)).toEqual([ambtsgebied.id])
    expect(t21.values.idealisatie).toEqual([EXACT])
  })

  test('idealisatie exactly when a Tekstdeel has a locatie (TPOD2110)', () => {
    const { objects } = build()
    for (const t of objects.filter((o) => o.type === 'Tekstdeel')) {
      const hasLocatie = t.refs.some((r) => r.element === 'LocatieRef')
      expect(t.values.idealisatie !== undefined, t.id).toBe(hasLocatie)
    }
  })

  test('Hoofdlijnen with soort, naam and gerelateerdeHoofdlijn', () => {
    const { objects } = build()
    const hoofdlijnen = objects.filter((o) => o.type === 'Hoofdlijn')
    expect(hoofdlijnen.map((h) => [h.id, h.values.soort?.[0], h.values.naam?.[0], h.refs.map((r) => r.href)])).toEqual([
      ['nl.imow-gm0106.hoofdlijn.ontspannenstedelijkheid', 'centrale ambitie', 'Ontspannen stedelijkheid', []],
      [
        'nl.imow-gm0106.hoofdlijn.dynamischehoofdstad',
        'richtinggevend principe',
        'Dynamische hoofdstad',
        ['nl.imow-gm0106.hoofdlijn.ontspannenstedelijkheid'],
      ],
    ])
  })

  test('ids match the pattern, carry their type, are unique; every reference resolves', () => {
    const { objects } = build()
    const ids = objects.map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const o of objects) {
      expect(o.id, o.type).toMatch(idPattern)
      expect(idPattern.exec(o.id)?.[1]).toBe(o.type.toLowerCase())
    }
    const geometries = new Set(smallGios().flatMap((g) => g.locaties.map((l) => l.basisgeoId)))
    for (const o of objects) {
      for (const r of o.refs) {
        if (r.element === 'GeometrieRef') expect(geometries.has(r.href)).toBe(true)
        else expect(ids, `${o.id} → ${r.href}`).toContain(r.href)
      }
    }
  })

  test('sl:objectTypen lists exactly the types present, and manifest-ow lists each file with those types', () => {
    const { files, read } = build()
    for (const [path, r] of read) {
      expect([...r.objectTypen].sort(), path).toEqual([...new Set(r.objects.map((o) => o.type))].sort())
    }
    const manifest = readManifestOw((files.find((f) => f.path === 'manifest-ow.xml') as { bytes: Uint8Array }).bytes)
    expect(manifest.bestanden.map((b) => b.naam)).toEqual([...read.keys()])
    for (const b of manifest.bestanden) expect(b.objecttypen).toEqual(read.get(b.naam)?.objectTypen)
    for (const f of files.filter((f) => f.path !== 'manifest-ow.xml')) {
      expect(f.ow?.objecttypen).toEqual(read.get(f.path)?.objectTypen)
      expect(f.contentType).toBe('application/xml')
    }
  })

  test('IMOW 3.0: every file validates against XSD set v2.0.0; manifest-ow has DoelID and no schemaversie', async () => {
    const { files, read } = build('3.0')
    for (const f of files) expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
    for (const r of read.values()) expect(r.root.schemaversie).toBeUndefined()
    const manifest = readManifestOw((files.find((f) => f.path === 'manifest-ow.xml') as { bytes: Uint8Array }).bytes)
    expect((manifest.root.Aanlevering as Record<string, unknown>).DoelID).toBe('/join/id/proces/gm0106/2026/omgevingsvisie')
    expect(manifest.root['@schemaversie']).toBeUndefined()
  })

  test('IMOW 3.1: every file validates against XSD set v3.1.0; schemaversie, IMOWversie, ExpressionIDRegeling', async () => {
    const { files, read } = build('3.1')
    // validateXml picks XSD v3.1.0 from the root's schemaversie
    for (const f of files) expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
    for (const r of read.values()) expect(r.root.schemaversie).toBe('v3.1.0')
    const manifest = readManifestOw((files.find((f) => f.path === 'manifest-ow.xml') as { bytes: Uint8Array }).bytes)
    expect(manifest.root['@schemaversie']).toBe('v3.1.0')
    expect(manifest.root.IMOWversie).toBe('3.1')
    const aanlevering = manifest.root.Aanlevering as Record<string, unknown>
    expect(aanlevering.ExpressionIDRegeling).toBe('/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-02-19;1')
    expect(aanlevering.DoelID).toBeUndefined()
  })

  test('deterministic: same input, same bytes; ids follow the wId, not the position in the document', () => {
    const a = build().files
    const b = build().files
    expect(b.map((f) => Buffer.from(f.bytes).toString('hex'))).toEqual(a.map((f) => Buffer.from(f.bytes).toString('hex')))
    const document = smallDocument()
    const lichaam = document.besluit.wijzigBijlage.regeling.lichaam
    const reversed = { ...document, besluit: { ...document.besluit, wijzigBijlage: { ...document.besluit.wijzigBijlage, regeling: { ...document.besluit.wijzigBijlage.regeling, lichaam: [...lichaam].reverse() } } } }
    const ids = (r: ReturnType<typeof writeOwBestanden>) =>
      readOwBestand((r.files.find((f) => f.path === 'owDivisies.xml') as { bytes: Uint8Array }).bytes).objects.map((o) => `${o.wId ?? ''}=${o.id}`)
    const forward = ids(writeOwBestanden(document, smallGios(), smallContext()))
    const backward = ids(writeOwBestanden(reversed, smallGios(), smallContext()))
    expect([...backward].sort()).toEqual([...forward].sort())
    expect(backward).not.toEqual(forward)
  })

  test('the trace maps Divisie(tekst) and Tekstdeel ids to the text line', () => {
    const { files, objects } = build()
    const trace = files.find((f) => f.path === 'owDivisies.xml')?.trace
    const d441 = objects.find((o) => o.wId === 'gm0106_1__div_4_4_1__content_1') as ReadObject
    expect(trace?.get(d441.id)?.start.line).toBe(1554)
  })
})

describe('writeOwBestanden: other geometry kinds and shared geometries', () => {
  test('lines and points get Lijn/Lijnengroep and Punt/Puntengroep; a geometry shared by two GIOs gets one Locatie', async () => {
    const [binnenstad, haven] = smallGios()
    if (!binnenstad || !haven) throw new Error('fixture changed')
    const shared = binnenstad.locaties[0]?.basisgeoId as string
    const gios = [
      { ...binnenstad, locaties: [...binnenstad.locaties, { basisgeoId: '3f1e2d3c-4b5a-5978-8695-a4b3c2d1e0f9', geometrie: 'lijn' as const }] },
      { ...haven, locaties: [{ basisgeoId: shared, geometrie: 'vlak' as const }, { basisgeoId: '4f1e2d3c-4b5a-5978-8695-a4b3c2d1e0f9', geometrie: 'punt' as const, naam: 'haventje' }] },
    ]
    const { files, findings } = writeOwBestanden(smallDocument(), gios, smallContext())
    expect(findings).toEqual([])
    for (const f of files) expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
    const locaties = readOwBestand((files.find((f) => f.path === 'owLocaties.xml') as { bytes: Uint8Array }).bytes)
    expect(locaties.objectTypen).toEqual(['Ambtsgebied', 'Gebied', 'Gebiedengroep', 'Lijn', 'Lijnengroep', 'Punt', 'Puntengroep'])
    const gebieden = locaties.objects.filter((o) => o.type === 'Gebied')
    expect(gebieden.map((g) => g.refs[0]?.href)).toEqual([shared, '1f1e2d3c-4b5a-5978-8695-a4b3c2d1e0f9'])
    const havenGroep = locaties.objects.find((o) => o.type === 'Gebiedengroep' && o.values.noemer?.[0] === 'Havenkwartier')
    expect(havenGroep?.refs.map((r) => r.href)).toEqual([gebieden[0]?.id])
    expect(locaties.objects.find((o) => o.type === 'Punt')?.values.noemer).toEqual(['haventje'])
    const tekstdeel442 = readOwBestand((files.find((f) => f.path === 'owDivisies.xml') as { bytes: Uint8Array }).bytes).objects.find(
      (o) => o.type === 'Tekstdeel' && o.refs.some((r) => r.href.includes('puntengroep')),
    )
    expect(tekstdeel442?.refs.filter((r) => r.element === 'LocatieRef').map((r) => r.href)).toEqual([
      'nl.imow-gm0106.gebiedengroep.23cfc5881b0347258af6b8807ce76be1',
      'nl.imow-gm0106.puntengroep.23cfc5881b0347258af6b8807ce76be1',
    ])
  })
})
