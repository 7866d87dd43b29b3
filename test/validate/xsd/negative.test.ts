/** Negative controls on real example files: each edit gives the expected finding at the expected line. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Finding } from '../../../src/model/index.js'
import { dirSource, installSchemas, loadManifest } from '../../../src/schemas/index.js'
import { validateXml } from '../../../src/validate/xsd/index.js'
import { sharedDir } from '../../support/shared.js'

let schemas: string
const pv28 = (f: string) => readFile(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', f), 'utf8')
const enc = (s: string) => new TextEncoder().encode(s)
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

beforeAll(async () => {
  schemas = await mkdtemp(join(tmpdir(), 'visie-xsd-neg-'))
  await installSchemas(await loadManifest(), [dirSource(sharedDir('stop')), dirSource(sharedDir('imow'))], schemas)
})
afterAll(async () => {
  await rm(schemas, { recursive: true, force: true })
})

function only(findings: readonly Finding[]): Finding {
  expect(findings).toHaveLength(1)
  return findings[0] as Finding
}

test('a missing required element (data:soortProcedure) in the besluit → LVBB2003 at the parent element', async () => {
  const text = (await pv28('akn_nl_bill_pv28-1-7.xml')).replace(/\s*<soortProcedure>[^<]*<\/soortProcedure>/, '')
  const f = only(await validateXml('besluit.xml', enc(text), schemas))
  expect(f).toMatchObject({ code: 'LVBB2003', severity: 'blokkerend', layer: 'xsd', data: { ketencode: 'LVBB2003' } })
  expect(f.data.melding).toMatch(/soortProcedure/)
  expect(f.data.schema).toBe('stop/schemas/lvbb-1.2.0/lvbb-stop-aanlevering.xsd')
  // libxml2 reports the parent whose content is incomplete: BesluitMetadata (second child of the root).
  expect(f.data.melding).toMatch(/^Element '\{https:\/\/standaarden\.overheid\.nl\/stop\/imop\/data\/\}BesluitMetadata': Missing child element/)
  expect(f.at).toEqual({ file: 'besluit.xml', line: lineOf(text, '<BesluitMetadata'), xpath: '/AanleveringBesluit/BesluitVersie/BesluitMetadata' })
  expect(f.message).toMatch(/^besluit\.xml, regel \d+: voldoet niet aan het schema /)
})

test('a Divisietekst without eId → LVBB2003 "attribute eId is required" at that line', async () => {
  const text = (await pv28('akn_nl_bill_pv28-1-7.xml')).replace('<Divisietekst eId="content_2" wId', '<Divisietekst wId')
  const f = only(await validateXml('besluit.xml', enc(text), schemas))
  expect(f.code).toBe('LVBB2003')
  expect(f.data.melding).toMatch(/attribute 'eId' is required but missing/)
  expect(f.at?.line).toBe(lineOf(text, '<Divisietekst wId="pv28_1__content_2"'))
  expect(f.at?.xpath).toBe('/AanleveringBesluit/BesluitVersie/BesluitCompact/WijzigBijlage/RegelingVrijetekst/Lichaam/Divisietekst[2]')
})

test('a child in the wrong namespace in opdracht.xml → LVBB1006', async () => {
  const text = (await pv28('opdracht.xml')).replace(
    /<idAanleveraar>([^<]*)<\/idAanleveraar>/,
    '<x:idAanleveraar xmlns:x="urn:verkeerd">$1</x:idAanleveraar>',
  )
  const f = only(await validateXml('opdracht.xml', enc(text), schemas))
  expect(f).toMatchObject({ code: 'LVBB1006', data: { ketencode: 'LVBB1006' } })
  expect(f.data.melding).toMatch(/\{urn:verkeerd\}idAanleveraar.*not expected/)
  expect(f.at?.line).toBe(lineOf(text, '<x:idAanleveraar'))
})

test('a root in the wrong namespace (no trailing slash) → VISIE-802 unknown root', async () => {
  const text = (await pv28('GIO_DeltaVisie-v1.xml')).replace(
    'xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/"',
    'xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering"',
  )
  const f = only(await validateXml('io.xml', enc(text), schemas))
  expect(f).toMatchObject({ code: 'VISIE-802', severity: 'blokkerend', at: { file: 'io.xml', line: 2 } })
  expect(f.data).toEqual({ namespace: 'https://standaarden.overheid.nl/lvbb/stop/aanlevering', element: 'AanleveringInformatieObject' })
})

test('a non-number in a GML posList → LVBB3009, the long value shortened in the message', async () => {
  const text = (await pv28('Metropool-v1.gml')).replace(/<gml:posList([^>]*)>/, '<gml:posList$1>abc ')
  const findings = await validateXml('gio.gml', enc(text), schemas)
  expect(findings.map((f) => [f.code, f.data.ketencode, f.at?.line])).toEqual([
    ['LVBB3009', 'LVBB3009', lineOf(text, '<gml:posList')],
    ['LVBB3009', 'LVBB3009', lineOf(text, '<gml:posList')],
  ])
  expect(findings[0]?.data.melding).toMatch(/'abc' is not a valid value of the atomic type 'xs:double'/)
  expect(findings[1]?.data.melding).toMatch(/^Element '\{http:\/\/www\.opengis\.net\/gml\/3\.2\}posList': 'abc 81395\.072 [^']*…' \(\d+ tekens\) is not a valid value of the list type/)
  expect(findings[1]?.message.length).toBeLessThan(400)
  expect(findings[1]?.at?.xpath).toBe(
    '/GeoInformatieObjectVaststelling/vastgesteldeVersie/GeoInformatieObjectVersie/locaties/Locatie[1]/geometrie/Geometrie/geometrie/Surface/patches/PolygonPatch/exterior/LinearRing/posList',
  )
})

test('malformed XML (truncated) → VISIE-800 with the line where it ends', async () => {
  const full = await pv28('manifest.xml')
  const text = full.slice(0, full.indexOf('</manifest>'))
  const f = only(await validateXml('manifest.xml', enc(text), schemas))
  expect(f).toMatchObject({ code: 'VISIE-800', severity: 'blokkerend', layer: 'xsd', at: { file: 'manifest.xml' } })
  expect(f.at?.line).toBe(text.split('\n').length)
  expect(f.message).toMatch(/geen welgevormde XML/)
})

test('a GML that is not well-formed → LVBB3004 (the chain cannot process it)', async () => {
  const full = await pv28('Metropool-v1.gml')
  const f = only(await validateXml('gio.gml', enc(full.slice(0, full.indexOf('</geo:GeoInformatieObjectVaststelling>'))), schemas))
  expect(f).toMatchObject({ code: 'LVBB3004', severity: 'blokkerend', layer: 'xsd', at: { file: 'gio.gml' } })
})

test('an OW file that breaks IMOW_Deelbestand.xsd → TPOD1164', async () => {
  const text = (await pv28('owHoofdlijn.xml')).replace('<ow-dc:owObject>', '<ow-dc:owObject><fout/>')
  const findings = await validateXml('owHoofdlijn.xml', enc(text), schemas)
  expect(findings.map((f) => [f.code, f.at?.line])).toEqual([['TPOD1164', lineOf(text, '<fout/>')]])
})

test('not XML at all and an empty file → VISIE-800, no crash', async () => {
  expect(only(await validateXml('plaatje.xml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), schemas)).code).toBe('VISIE-800')
  expect(only(await validateXml('leeg.xml', new Uint8Array(), schemas)).code).toBe('VISIE-800')
})

test('an entity-expansion bomb → VISIE-800 (amplification limit), not a hang', async () => {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('\n')
  const text = `<?xml version="1.0"?>\n<!DOCTYPE manifest [\n<!ENTITY l0 "lol">\n${levels}\n]>\n<manifest xmlns="http://www.overheid.nl/2017/lvbb">&l9;</manifest>\n`
  const findings = await validateXml('bom.xml', enc(text), schemas)
  expect(findings.map((f) => f.code)).toEqual(['VISIE-801', 'VISIE-800'])
  expect(findings[0]).toMatchObject({ severity: 'waarschuwing', at: { line: 2 } })
  expect(findings[1]?.data.melding).toMatch(/amplification/)
  expect(findings[1]?.at?.line).toBeGreaterThan(0)
})

test('a DOCTYPE with an external entity → VISIE-801 blokkerend; the entity is never loaded', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'visie-xxe-'))
  const secret = join(dir, 'geheim.txt')
  await writeFile(secret, 'GEHEIM-1234')
  const opdracht = await pv28('opdracht.xml')
  const text = opdracht
    .replace(/^\uFEFF?<\?xml[^>]*\?>/, `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE publicatieOpdracht [\n<!ENTITY x SYSTEM "file://${secret}">\n]>`)
    .replace(/<idLevering>[^<]*<\/idLevering>/, '<idLevering>&x;</idLevering>')
  const findings = await validateXml('opdracht.xml', enc(text), schemas)
  expect(findings[0]).toMatchObject({ code: 'VISIE-801', severity: 'blokkerend', at: { file: 'opdracht.xml', line: 2 }, data: { extern: 'ja' } })
  expect(JSON.stringify(findings)).not.toContain('GEHEIM')
  await rm(dir, { recursive: true, force: true })
})

test('a DOCTYPE pointing at an external DTD is reported and not fetched', async () => {
  const text = `<?xml version="1.0"?>\n<!DOCTYPE manifest SYSTEM "http://example.invalid/x.dtd">\n<manifest xmlns="http://www.overheid.nl/2017/lvbb"/>\n`
  const findings = await validateXml('m.xml', enc(text), schemas)
  expect(findings[0]).toMatchObject({ code: 'VISIE-801', severity: 'blokkerend', at: { line: 2 } })
  // The empty manifest is still schema-checked: bestand is required.
  expect(findings.slice(1).map((f) => f.code)).toEqual(['LVBB1008'])
  expect(findings[1]?.data.ketencode).toBe('LVBB1008')
})

test('schemas not installed → VISIE-803, not a throw', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'visie-xsd-empty-'))
  const f = only(await validateXml('opdracht.xml', enc(await pv28('opdracht.xml')), empty))
  expect(f).toMatchObject({ code: 'VISIE-803', severity: 'blokkerend', data: { schema: 'stop/schemas/lvbb-1.2.0/lvbb-transport.xsd', ketencode: 'LVBB1006' } })
  await rm(empty, { recursive: true, force: true })
})

test('many errors are capped at 100 per file plus one VISIE-805 count', async () => {
  const items = Array.from({ length: 150 }, (_, i) => `<bestand><bestandsnaam>a${i}.xml</bestandsnaam><fout/></bestand>`).join('\n')
  const text = `<manifest xmlns="http://www.overheid.nl/2017/lvbb">\n${items}\n</manifest>\n`
  const findings = await validateXml('manifest.xml', enc(text), schemas)
  expect(findings.filter((f) => f.code === 'LVBB1008')).toHaveLength(100)
  expect(findings.at(-1)).toMatchObject({ code: 'VISIE-805', data: { aantal: 50 } })
})
