/**
 * `visie build --wijzigt` on the Assen fixture (issue 17): a first version built by visie, edits of the kinds a
 * gemeente makes, the wijzigingsbesluit built against the first ZIP. Expected: no blocking findings from any layer
 * (XSD, STOP/LVBB Schematron included), unchanged GIOs and images not delivered again, wIds kept, and — applying the
 * RegelingMutatie here, with fast-xml-parser and without visie's code — the new text recovered exactly from the old
 * one, and the old text recovered from the renvooi.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { packageFromFiles } from '../../src/package/read.js'
import { writePreview } from '../../src/preview/index.js'
import { fixture, schemasDir } from '../support/shared.js'
import { type Elem, apply, find, ids, isEl, oldSides, parse, text } from './mutatie-applier.js'
import { applyEdits, assenEdits, assenWijziging, removeBetween } from './wijziging-fixture.js'

const regelingOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingVrijetekst') as Elem
const besluit = (r: BuildResult): Uint8Array => r.files.find((f) => f.path === 'besluit.xml')?.bytes ?? new Uint8Array()

let dir: string
let v1: BuildResult
let v2: BuildResult
let v2Initieel: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-wijziging-'))
  v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  const edit = (t: string) => removeBetween(applyEdits(t, assenEdits), '1.2 Leeswijzer', '2 Assen in de toekomst')
  await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), edit)
  v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
  // The same new text as a first version: what the consolidated result must read like.
  await assenWijziging(join(dir, 'v2-initieel'), undefined, edit)
  v2Initieel = await buildPackage(join(dir, 'v2-initieel'), { schemasDir: schemasDir() })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('wijzigingsbesluit on the Assen fixture', () => {
  test('every layer runs and nothing is blocking; the besluit holds a RegelingMutatie from v1 to v2', () => {
    expect(v2.findings.filter(isBlocking)).toEqual([])
    expect(v2.findings.filter((f) => f.code === 'VISIE-001' || f.code === 'VISIE-705')).toEqual([])
    expect(v2.zip).toBeDefined()
    const m = find(parse(besluit(v2)), (e) => e.name === 'RegelingMutatie') as Elem
    expect(m.attrs.was).toBe('/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-02-19;1')
    expect(m.attrs.wordt).toBe('/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-09-17;2')
    expect(find(parse(besluit(v2)), (e) => e.name === 'RegelingVrijetekst')).toBeUndefined()
  })

  test('the actions, in document order: 1.2 removed, 5.3 renamed, 5.4 changed in renvooi, 5.5 added, old 5.5 renumbered', () => {
    const m = find(parse(besluit(v2)), (e) => e.name === 'RegelingMutatie') as Elem
    const acts = m.children.filter(isEl).map((a) => `${a.name} ${a.attrs.wat ?? `${a.attrs.positie} ${a.attrs.context}`}`)
    expect(acts).toEqual([
      'Verwijder gm0106_1__div_1__div_2',
      'VervangKop gm0106_1__div_5__div_3',
      'Vervang gm0106_1__div_5__div_4__content_o_1',
      'VoegToe volgtOp gm0106_1__div_5__div_4',
      'VervangKop gm0106_1__div_5__div_5',
    ])
    const renumbered = m.children.filter(isEl)[4] as Elem
    expect(renumbered.attrs['eId-wordt']).toBe('div_5__div_6')
    const added = find(m, (e) => e.name === 'VoegToe') as Elem
    expect((added.children.find(isEl) as Elem).attrs.wId).toBe('gm0106_2__div_5__div_5')
    const changed = text((find(m, (e) => e.name === 'Vervang') as Elem).children)
    expect(changed).toContain('Participatie is bij <VerwijderdeTekst>de</VerwijderdeTekst><NieuweTekst>alle</NieuweTekst>')
    expect(changed).toContain('<NieuweTekst>nieuwe </NieuweTekst>instrumenten van de Omgevingswet een verplichting.</Al>')
  })

  test('applying the mutation to v1 gives exactly the text and eIds of v2; the renvooi gives back exactly the text of v1', () => {
    const m = find(parse(besluit(v2)), (e) => e.name === 'RegelingMutatie') as Elem
    const old = regelingOf(v1)
    const result = apply(old, m)
    const expected = regelingOf(v2Initieel)
    const body = (r: Elem) => text(r.children.filter((c) => !isEl(c) || c.name !== 'RegelingOpschrift'))
    expect(body(result)).toBe(body(expected))
    expect(body(result)).not.toBe(body(old))
    // eIds: the renumbered 5.5 → 5.6 renames its own eId and every eId below it (VervangKop eId-wordt)
    const eIds = (r: Elem) => ids(r).map((x) => x.split('=')[1])
    expect(eIds(result)).toEqual(eIds(expected))
    expect(eIds(result)).toContain('div_5__div_6__content_o_1')
    for (const [recovered, original] of oldSides(old, m)) expect(recovered).toBe(original)
  })

  test('unchanged GIOs and images are not delivered again; changed OW objects only', () => {
    const names = v2.files.map((f) => f.path)
    expect(names.filter((n) => n.startsWith('GIO-'))).toEqual([])
    expect(names.filter((n) => n.endsWith('.png'))).toEqual([])
    const v1Ow = v1.files.find((f) => f.path === 'owDivisies.xml')?.bytes.length ?? 0
    const v2Ow = v2.files.find((f) => f.path === 'owDivisies.xml')?.bytes.length ?? 0
    expect(v2Ow).toBeGreaterThan(0)
    expect(v2Ow).toBeLessThan(v1Ow / 5)
    expect(names).not.toContain('owRegelingsgebied.xml')
  })
})

describe('a removed section', () => {
  test('its OW Divisietekst and Tekstdeel are ended: delivered again with op:status / ow:status beëindigen first', () => {
    const ow = Buffer.from(v2.files.find((f) => f.path === 'owDivisies.xml')?.bytes ?? []).toString('utf8')
    expect(ow).toMatch(/<vt:Divisietekst wId="gm0106_1__div_1__div_2__content_o_1">\s*<op:status>beëindigen<\/op:status>\s*<vt:identificatie>/)
    expect(ow).toMatch(/<vt:Tekstdeel>\s*<ow:status>beëindigen<\/ow:status>\s*<vt:identificatie>/)
  })
})

describe('visie preview of the wijzigingsbesluit', () => {
  test('shows each action and the renvooi: inserted text in <ins>, deleted text in <del>, the renumbered Kop in renvooi', () => {
    const html = writePreview(packageFromFiles('v2.zip', v2.files.map((f) => ({ name: f.path, bytes: f.bytes }))), [])
    expect(html).toContain('Wordt vervangen (gm0106_1__div_5__div_4__content_o_1):')
    expect(html).toContain('Participatie is bij <del class="renvooi">de</del><ins class="renvooi">alle</ins>')
    expect(html).toContain('Wordt ingevoegd na gm0106_1__div_5__div_4:')
    expect(html).toContain('Vervalt (gm0106_1__div_1__div_2):')
    expect(html).toMatch(/<del class="renvooi">5\.5<\/del><ins class="renvooi">5\.6<\/ins>/)
    expect(html).toContain('ins.renvooi{color:#006d2c;background:#e5f5e0;text-decoration:underline}')
  })
})
