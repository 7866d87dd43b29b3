/**
 * The second wijziging of the Assen fixture (issue 17): words in a list item, a GIO with changed geometry (a new
 * version of the same work, geo:wasID), a GIO dropped (Intrekking), a GIO added; then `visie validate --vorige`
 * (checkRenvooi) on the result and on a tampered renvooi, and `visie diff`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { diffVersies } from '../../src/build/diff.js'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { packageFromFiles, readPackage } from '../../src/package/read.js'
import { checkRenvooi } from '../../src/validate/renvooi.js'
import { fixture, schemasDir } from '../support/shared.js'
import { HAVENKWARTIER, STATIONSGEBIED, ZUIDOOST, applyEdits, assenWijziging, gioEdits, gioWijziging } from './wijziging-fixture.js'

const str = (r: BuildResult, name: string) => Buffer.from(r.files.find((f) => f.path === name)?.bytes ?? []).toString('utf8')
const asPackage = (r: BuildResult) => packageFromFiles('v2.zip', r.files.map((f) => ({ name: f.path, bytes: f.bytes })))

let dir: string
let v2: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-wijziging-gio-'))
  const v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), (t) => applyEdits(t, gioEdits))
  await gioWijziging(join(dir, 'v2'))
  v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('wijziging with GIO changes', () => {
  test('nothing blocking in any layer', () => {
    expect(v2.findings.filter(isBlocking)).toEqual([])
    expect(v2.zip).toBeDefined()
  })

  test('only the changed and the new GIO are delivered; the changed one is a new version of the same work with wasID', () => {
    const gml = v2.files.map((f) => f.path).filter((n) => n.endsWith('.gml'))
    expect(gml).toEqual(['GIO-havenkwartier.gml', 'GIO-stationsgebied.gml'])
    const haven = str(v2, 'GIO-havenkwartier.gml')
    expect(haven).toContain(`<geo:FRBRWork>${HAVENKWARTIER}</geo:FRBRWork>`)
    expect(haven).toContain(`<geo:FRBRExpression>${HAVENKWARTIER}/nld@2026-09-17;2</geo:FRBRExpression>`)
    expect(haven).toContain(`<geo:wasID>${HAVENKWARTIER}/nld@2026-01-05;12452657</geo:wasID>`)
    expect(str(v2, 'GIO-stationsgebied.gml')).not.toContain('wasID')
    expect(v2.findings.filter((f) => f.code === 'VISIE-906').map((f) => f.data.nieuw)).toEqual([`${HAVENKWARTIER}/nld@2026-09-17;2`])
  })

  test('the besluit: BeoogdInformatieobject for the two delivered versions, Intrekking of the dropped GIO, renvooi in the list item', () => {
    const b = str(v2, 'besluit.xml')
    const beoogd = [...b.matchAll(/<BeoogdInformatieobject>[\s\S]*?<instrumentVersie>([^<]+)<\/instrumentVersie>/g)].map((m) => m[1])
    expect(beoogd.sort()).toEqual([`${HAVENKWARTIER}/nld@2026-09-17;2`, `${STATIONSGEBIED}/nld@2026-09-17;1`])
    expect(b).toMatch(new RegExp(`<Intrekking>[\\s\\S]*?<instrument>${ZUIDOOST}</instrument>[\\s\\S]*?<eId>!omgevingsvisie#cmp_I__`))
    expect(b).toContain('investeren in de sterke <NieuweTekst>en innovatieve </NieuweTekst>sectoren van <VerwijderdeTekst>de stad;</VerwijderdeTekst><NieuweTekst>Assen;</NieuweTekst>')
  })

  test('validate --vorige: the mutation applies to v1 and its old side is v1 (VISIE-914); a tampered renvooi is VISIE-912', async () => {
    const vorige = await readPackage(join(dir, 'v1.zip'))
    const good = checkRenvooi(asPackage(v2), vorige)
    expect(good.map((f) => f.code)).toEqual(['VISIE-914'])
    const tampered = v2.files.map((f) => (f.path === 'besluit.xml'
      ? { name: f.path, bytes: Buffer.from(str(v2, 'besluit.xml').replace('<VerwijderdeTekst>de stad;</VerwijderdeTekst>', '<VerwijderdeTekst>het dorp;</VerwijderdeTekst>')) }
      : { name: f.path, bytes: f.bytes }))
    const bad = checkRenvooi(packageFromFiles('v2.zip', tampered), vorige)
    expect(bad.map((f) => [f.code, f.severity])).toEqual([['VISIE-912', 'blokkerend']])
    expect(bad[0]?.message).toContain('niet de tekst van de vorige versie')
  })

  test('visie diff names the changed text, the GIO versions and the OW files', async () => {
    const d = await diffVersies(join(dir, 'v1.zip'), join(dir, 'v2'))
    expect(d.gios.nieuw).toEqual(['Stationsgebied'])
    expect(d.gios.gewijzigd.map((g) => g.naam)).toEqual(['Havenkwartier'])
    expect(d.gios.vervallen).toEqual(['Zuidoost Assen'])
    expect(d.gios.ongewijzigd).toHaveLength(11)
    expect(d.tekst.filter((w) => w.actie === 'Vervang').length).toBeGreaterThanOrEqual(2)
    expect(d.tekst.find((w) => w.kop.startsWith('3.4'))?.alineas).toBeUndefined()
    expect(d.ow.map((o) => o.bestand)).toContain('owLocaties.xml')
  })
})

describe('OW objects of the previous version that the new one no longer has', () => {
  test('are delivered again with status beëindigen first (the dropped GIO\'s Gebiedsaanwijzing and locations)', () => {
    const ow = ['owLocaties.xml', 'owGebiedsaanwijzingen.xml'].map((n) => str(v2, n)).join('\n')
    const ended = [...ow.matchAll(/<(l|ga):(\w+)>\s*<ow:status>beëindigen<\/ow:status>\s*<\1:identificatie>([^<]+)</g)].map((m) => `${m[2]} ${m[3]}`)
    expect(ended).toContain('Gebiedengroep nl.imow-gm0106.gebiedengroep.e78b18391e8d4b6f9503ac29dc09a9e3')
    expect(ended.some((e) => e.startsWith('Gebiedsaanwijzing '))).toBe(true)
    expect(ended.some((e) => e.startsWith('Gebied '))).toBe(true)
    expect(str(v2, 'manifest-ow.xml')).toContain('<objecttype>Gebiedsaanwijzing</objecttype>')
  })
})
