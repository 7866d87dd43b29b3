/**
 * Assen end to end for the OW part: readText(seed) → assignIds → buildGios → writeOwBestanden, checked against the
 * STOP besluit (wIds of the Lichaam), the GIO GMLs (basisgeo:id), the waardelijsten and the IMOW XSDs.
 */
import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/index.js'
import { buildGios } from '../../src/gio/index.js'
import { assignIds } from '../../src/ids/index.js'
import type { Divisie, Document, Finding, Gio, PackageFile, Structuur } from '../../src/model/index.js'
import { writeOwBestanden } from '../../src/ow/index.js'
import { type BuildContext, createContext } from '../../src/build/context.js'
import { readText } from '../../src/parse/index.js'
import { writeAanleveringBesluit } from '../../src/stop/besluit/index.js'
import { validateXml } from '../../src/validate/xsd/index.js'
import { fixture, schemasDir, sharedDir } from '../support/shared.js'
import { type ReadObject, readManifestOw, readOwBestand } from './read.js'

interface Built {
  ctx: BuildContext
  document: Document
  gios: Gio[]
  gioFiles: PackageFile[]
  files: PackageFile[]
  findings: Finding[]
  objects: ReadObject[]
}

async function buildAssen(imow: '3.0' | '3.1'): Promise<Built> {
  const json = JSON.parse(readFileSync(fixture('assen', 'visie.json'), 'utf8'))
  json.standaarden.imow = imow
  const ctx = createContext(parseConfig(JSON.stringify(json)), fixture('assen'))
  const parsed = readText(readFileSync(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' })
  const { document } = assignIds(parsed.document, ctx)
  const gio = await buildGios(document, ctx)
  const { files, findings } = writeOwBestanden(document, gio.gios, ctx)
  const objects = files.filter((f) => f.path !== 'manifest-ow.xml').flatMap((f) => readOwBestand(f.bytes).objects)
  return { ctx, document, gios: gio.gios, gioFiles: gio.files, files, findings, objects }
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false })

/** Every value of `@attr` on elements named `names` anywhere below `node`. */
function attrsBelow(node: unknown, names: readonly string[], attr: string, out: string[] = []): string[] {
  if (node === null || typeof node !== 'object') return out
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (names.includes(key) && item && typeof item === 'object' && attr in item) out.push(String((item as Record<string, unknown>)[attr]))
      attrsBelow(item, names, attr, out)
    }
  }
  return out
}

function find(node: unknown, name: string): unknown[] {
  if (node === null || typeof node !== 'object') return []
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((item) => (key === name ? [item] : find(item, name))),
  )
}

function section(nodes: readonly Structuur[], nummer: string): Divisie | undefined {
  for (const n of nodes) {
    if (n.type !== 'divisie') continue
    if (n.kop.nummer === nummer) return n
    const inner = section(n.children, nummer)
    if (inner) return inner
  }
  return undefined
}

const tekstdeelOf = (objects: readonly ReadObject[], wId: string): ReadObject => {
  const target = objects.find((o) => o.wId === wId)
  const tekstdeel = objects.find((o) => o.type === 'Tekstdeel' && o.refs.some((r) => r.href === target?.id))
  if (!target || !tekstdeel) throw new Error(`geen OW-object voor ${wId}`)
  return tekstdeel
}

describe('OW for Assen (IMOW 3.0, XSD v2.0.0)', () => {
  let b: Built
  beforeAll(async () => {
    b = await buildAssen('3.0')
  })

  test('the configured annotations all land: no findings', () => {
    expect(b.findings).toEqual([])
  })

  test('one Regelingsgebied → the Ambtsgebied GM0106', () => {
    const rg = b.objects.filter((o) => o.type === 'Regelingsgebied')
    expect(rg).toHaveLength(1)
    const ambtsgebied = b.objects.find((o) => o.type === 'Ambtsgebied')
    expect(rg[0]?.refs.map((r) => r.href)).toEqual([ambtsgebied?.id])
    expect(ambtsgebied?.values.bestuurlijkeGrenzenID).toEqual(['GM0106'])
  })

  test('Gebied count = geometry count in the GIO GMLs; every GeometrieRef is a basisgeo:id there, used once', () => {
    const basisgeoIds = b.gioFiles
      .filter((f) => f.path.endsWith('.gml'))
      .flatMap((f) => find(parser.parse(Buffer.from(f.bytes).toString('utf8')), 'Geometrie').flatMap((g) => find(g, 'id').map(String)))
    expect(basisgeoIds.length).toBeGreaterThan(12)
    const refs = b.objects.filter((o) => ['Gebied', 'Lijn', 'Punt'].includes(o.type)).map((o) => o.refs[0]?.href)
    expect(refs.length).toBe(basisgeoIds.length)
    expect([...refs].sort()).toEqual([...basisgeoIds].sort())
  })

  test('every GIO of Bijlage I has one Gebiedengroep named after it', () => {
    const groepen = b.objects.filter((o) => o.type === 'Gebiedengroep').map((o) => o.values.noemer?.[0])
    expect([...groepen].sort()).toEqual(b.document.informatieobjecten.map((io) => io.naam).sort())
    expect(groepen).toHaveLength(13)
  })

  test('every Divisie(tekst) wId is a Divisie(tekst) in the Lichaam of the STOP besluit; every Lichaam Divisietekst has one', () => {
    const besluit = writeAanleveringBesluit(b.document, b.ctx, b.gios).files.find((f) => f.path.endsWith('.xml'))
    const xml = parser.parse(Buffer.from(besluit?.bytes ?? new Uint8Array()).toString('utf8'))
    const lichamen = find(find(xml, 'RegelingVrijetekst'), 'Lichaam')
    expect(lichamen).toHaveLength(1)
    const stopDivisieteksten = attrsBelow(lichamen, ['Divisietekst'], '@wId')
    const stopDivisies = attrsBelow(lichamen, ['Divisie'], '@wId')
    const owDivisieteksten = b.objects.filter((o) => o.type === 'Divisietekst').map((o) => o.wId)
    expect(owDivisieteksten).toEqual(stopDivisieteksten)
    for (const o of b.objects.filter((o) => o.type === 'Divisie')) expect(stopDivisies).toContain(o.wId)
    const bijlagen = attrsBelow(find(find(xml, 'RegelingVrijetekst'), 'Bijlage'), ['Divisie', 'Divisietekst'], '@wId')
    expect(bijlagen.length).toBeGreaterThan(0)
    for (const w of bijlagen) expect(b.objects.some((o) => o.wId === w)).toBe(false)
  })

  test('4.4.1 → binnenstad … 4.4.8 → Werklandschap Assen Zuid: Locatie and Gebiedsaanwijzing on the Divisieteksten', () => {
    const lichaam = b.document.besluit.wijzigBijlage.regeling.lichaam
    const expected: Record<string, string> = {
      '4.4.1': 'binnenstad',
      '4.4.2': 'Havenkwartier',
      '4.4.4': 'doorontwikkeling van Kloosterveen',
      '4.4.5': 'TRZ',
      '4.4.6': 'Kazerneterrein',
      '4.4.7': 'Zuidoost Assen',
      '4.4.8': 'Werklandschap Assen Zuid',
    }
    const groepByNaam = new Map(b.objects.filter((o) => o.type === 'Gebiedengroep').map((o) => [o.values.noemer?.[0], o.id]))
    for (const [nummer, gio] of Object.entries(expected)) {
      const divisie = section(lichaam, nummer)
      expect(divisie, nummer).toBeDefined()
      const teksten = (divisie?.children ?? []).filter((c) => c.type === 'divisietekst')
      expect(teksten.length, nummer).toBeGreaterThan(0)
      for (const t of teksten) {
        const td = tekstdeelOf(b.objects, t.wId as string)
        expect(td.refs.filter((r) => r.element === 'LocatieRef').map((r) => r.href), nummer).toEqual([groepByNaam.get(gio)])
        const [gaRef] = td.refs.filter((r) => r.element === 'GebiedsaanwijzingRef')
        const ga = b.objects.find((o) => o.id === gaRef?.href)
        expect(ga?.refs.map((r) => r.href), nummer).toEqual([groepByNaam.get(gio)])
        expect(td.values.idealisatie).toEqual(['http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Indicatief'])
      }
    }
  })

  test('Hoofdlijnen: the centrale ambitie, three principes, nine strategische doelen, linked and referenced', () => {
    const hoofdlijnen = b.objects.filter((o) => o.type === 'Hoofdlijn')
    const naam = (id: string | undefined) => hoofdlijnen.find((h) => h.id === id)?.values.naam?.[0]
    expect(hoofdlijnen.filter((h) => h.values.soort?.[0] === 'centrale ambitie').map((h) => h.values.naam?.[0])).toEqual(['Ontspannen stedelijkheid'])
    const principes = hoofdlijnen.filter((h) => h.values.soort?.[0] === 'richtinggevend principe')
    expect(principes.map((h) => h.values.naam?.[0])).toEqual(['Groene stad van het Noorden', 'Dynamische hoofdstad', 'Verbonden stad'])
    for (const p of principes) expect(p.refs.map((r) => naam(r.href))).toEqual(['Ontspannen stedelijkheid'])
    const doelen = hoofdlijnen.filter((h) => h.values.soort?.[0] === 'strategisch doel')
    expect(doelen).toHaveLength(9)
    expect(doelen.slice(0, 3).map((d) => d.refs.map((r) => naam(r.href))[0])).toEqual(Array(3).fill('Groene stad van het Noorden'))
    // each doel hangs on its own section of 4.1–4.3 (text: `4.2.2 Levendige binnenstad: groeien in kwaliteit`)
    const lichaam = b.document.besluit.wijzigBijlage.regeling.lichaam
    const d422 = section(lichaam, '4.2.2') as Divisie
    expect(d422.kop.opschrift).toContain('Levendige binnenstad')
    expect(tekstdeelOf(b.objects, d422.wId as string).refs.filter((r) => r.element === 'HoofdlijnRef').map((r) => naam(r.href))).toEqual([
      'Levendige binnenstad: groeien in kwaliteit',
    ])
    const d21 = section(lichaam, '2.1') as Divisie
    expect(tekstdeelOf(b.objects, d21.wId as string).refs.map((r) => naam(r.href)).filter(Boolean)).toEqual(['Ontspannen stedelijkheid'])
  })

  test('ids match nl.imow-gm0106.<type>.<1-32 alnum> with their own type, unique; every reference resolves', () => {
    const ids = b.objects.map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const o of b.objects) expect(o.id).toMatch(new RegExp(`^nl\\.imow-gm0106\\.${o.type.toLowerCase()}\\.[A-Za-z0-9]{1,32}$`))
    const all = new Set(ids)
    for (const o of b.objects) for (const r of o.refs) if (r.element !== 'GeometrieRef') expect(all.has(r.href), `${o.id} → ${r.href}`).toBe(true)
    // each Gebiedsaanwijzing and Hoofdlijn is referenced (OZON0022, TPOD1900)
    const referenced = new Set(b.objects.flatMap((o) => o.refs.map((r) => r.href)))
    for (const o of b.objects.filter((o) => o.type === 'Gebiedsaanwijzing' || o.type === 'Hoofdlijn')) expect(referenced.has(o.id), o.id).toBe(true)
  })

  test('thema, type and groep values come from waardelijsten 4.3.0 and none is deprecated', () => {
    const lijsten: { titel: string; waarden: { waarde: { uri: string; deprecated?: unknown } | { uri: string; deprecated?: unknown }[] } }[] =
      JSON.parse(readFileSync(sharedDir('imow', 'waardelijsten', 'waardelijsten_IMOW_v4.3.0.json'), 'utf8')).waardelijsten.waardelijst
    const active = new Set(lijsten.flatMap((l) => [l.waarden.waarde].flat()).filter((w) => String(w.deprecated) !== 'true').map((w) => w.uri))
    const values = b.objects.flatMap((o) => [...(o.values.thema ?? []), ...(o.values.type ?? []), ...(o.values.groep ?? []), ...(o.values.idealisatie ?? [])])
    expect(values.length).toBeGreaterThan(50)
    for (const v of values) expect(active.has(v), v).toBe(true)
    expect(b.objects.filter((o) => o.type === 'Gebiedsaanwijzing')).toHaveLength(12)
  })

  test('objectTypen and manifest-ow list exactly the types present; every file validates (XSD v2.0.0)', async () => {
    const manifest = readManifestOw((b.files.find((f) => f.path === 'manifest-ow.xml') as PackageFile).bytes)
    for (const f of b.files.filter((f) => f.path !== 'manifest-ow.xml')) {
      const read = readOwBestand(f.bytes)
      expect(read.objectTypen.sort()).toEqual([...new Set(read.objects.map((o) => o.type))].sort())
      expect(manifest.bestanden.find((m) => m.naam === f.path)?.objecttypen.sort()).toEqual(read.objectTypen.sort())
    }
    expect(manifest.bestanden).toHaveLength(b.files.length - 1)
    for (const f of b.files) expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
  })
})

describe('OW for Assen (IMOW 3.1, XSD v3.1.0)', () => {
  test('every file validates against XSD v3.1.0 and announces it', async () => {
    const b = await buildAssen('3.1')
    expect(b.findings).toEqual([])
    for (const f of b.files) {
      expect(Buffer.from(f.bytes).toString('utf8'), f.path).toContain('schemaversie="v3.1.0"')
      expect(await validateXml(f.path, f.bytes, schemasDir()), f.path).toEqual([])
    }
  })
})
