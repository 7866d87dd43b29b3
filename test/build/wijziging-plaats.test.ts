/**
 * Places without a neighbour in a wijziging of the Assen fixture (issue 17): a section added as the first child of a
 * divisie (a new 1.1 before the old 1.1, which becomes 1.2), and a section moved into a heading that has no content of
 * its own yet (5.4 Participatie moved under a new 5.5 Evaluatie as 5.5.1; 5.5 Financiering becomes 5.4). Expected:
 * nothing blocking in any layer (XSD, STOP/LVBB Schematron), and the mutation applied independently gives exactly the
 * text and eIds of the new version built as a first version.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { fixture, schemasDir } from '../support/shared.js'
import { type Elem, apply, find, ids, isEl, oldSides, parse, text } from './mutatie-applier.js'
import { applyEdits, assenWijziging, removeBetween } from './wijziging-fixture.js'

function edit(t: string): string {
  const start = t.indexOf('5.4 Participatie \n')
  const participatie = t.slice(start + '5.4 Participatie \n'.length, t.indexOf('5.5 Financiering \n'))
  const out = removeBetween(t, '5.4 Participatie \n', '5.5 Financiering \n')
  return applyEdits(out, [
    { find: '1.1 Inleiding \n', replace: '1.1 Aanleiding \n\nDeze visie is in 2026 technisch bijgewerkt; dit hoofdstuk zegt waarom en hoe. \n\n1.2 Inleiding \n' },
    { find: '1.2 Leeswijzer \n', replace: '1.3 Leeswijzer \n' },
    { find: '5.5 Financiering \n', replace: '5.4 Financiering \n' },
    { find: ' Bijlage I Overzicht Informatieobjecten', replace: `5.5 Evaluatie \n\n5.5.1 Participatie \n${participatie} Bijlage I Overzicht Informatieobjecten` },
    { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
  ])
}

const besluit = (r: BuildResult): Uint8Array => r.files.find((f) => f.path === 'besluit.xml')?.bytes ?? new Uint8Array()
const regelingOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingVrijetekst') as Elem
const mutatieOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingMutatie') as Elem
const describeAct = (a: Elem): string => [a.name, a.attrs.wat, a.attrs.positie, a.attrs.context, a.attrs['eId-wordt']].filter((x) => x !== undefined).join(' ')

let dir: string
let v1: BuildResult
let v2: BuildResult
let v2Initieel: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-plaats-'))
  v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), edit)
  v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
  await assenWijziging(join(dir, 'v2-initieel'), undefined, edit)
  v2Initieel = await buildPackage(join(dir, 'v2-initieel'), { schemasDir: schemasDir() })
}, 240_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('a section added as first child, a section moved into a heading without content', () => {
  test('every layer finds nothing blocking', () => {
    expect(v2.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 100)}`)).toEqual([])
    expect(v2Initieel.findings.filter(isBlocking)).toEqual([])
  })

  test('applied independently, the mutation gives exactly the text and eIds of v2; the renvooi gives back v1', () => {
    const old = regelingOf(v1)
    const result = apply(old, mutatieOf(v2))
    const expected = regelingOf(v2Initieel)
    const body = (r: Elem) => text(r.children.filter((c) => !isEl(c) || c.name !== 'RegelingOpschrift'))
    expect(body(result)).toBe(body(expected))
    const eIds = (r: Elem) => ids(r).map((x) => x.split('=')[1])
    expect(eIds(result)).toEqual(eIds(expected))
    for (const [recovered, original] of oldSides(old, mutatieOf(v2))) expect(recovered).toBe(original)
  })

  test('the new first child: VoegToe komtVoor the old first child, which is renumbered with its sibling (eId-wordt)', () => {
    const lines = mutatieOf(v2).children.filter(isEl).map(describeAct)
    expect(lines.slice(0, 3)).toEqual([
      'VoegToe komtVoor gm0106_1__div_1__div_1',
      'VervangKop gm0106_1__div_1__div_1 div_1__div_2',
      'VervangKop gm0106_1__div_1__div_2 div_1__div_3',
    ])
    const added = mutatieOf(v2).children.filter(isEl)[0]?.children.find(isEl) as Elem
    expect([added.name, added.attrs.eId, added.attrs.wId]).toEqual(['Divisie', 'div_1__div_1', 'gm0106_2__div_1__div_1'])
  })

  test('the move into a heading without content: STOP has no place without a neighbour (positie is volgtOp/komtVoor a sibling), so the old section keeps its wId as the new parent (VISIE-915 says so) and its text moves into the new child in renvooi', () => {
    const acts = mutatieOf(v2).children.filter(isEl)
    expect(acts.filter((a) => a.name === 'Verwijder')).toEqual([])
    expect(acts.map(describeAct).slice(3)).toEqual(['VervangKop gm0106_1__div_5__div_5 div_5__div_4', 'Vervang gm0106_1__div_5__div_4 volgtOp gm0106_1__div_5__div_5'])
    const moved = v2.findings.filter((f) => f.code === 'VISIE-915')
    expect(moved.map((f) => f.data.wId)).toEqual(['gm0106_1__div_5__div_4'])
    expect(moved[0]?.message).toContain('"5.5 Evaluatie" is gekoppeld aan "5.4 Participatie"')
    const vervang = acts.find((a) => a.name === 'Vervang') as Elem
    const oud = find(vervang, (e) => e.attrs.wId === 'gm0106_1__div_5__div_4__content_o_1') as Elem
    const nieuw = find(vervang, (e) => e.attrs.wId === 'gm0106_2__div_5__div_5__div_1') as Elem
    expect([oud.name, oud.attrs.wijzigactie, nieuw.name, nieuw.attrs.wijzigactie]).toEqual(['Divisietekst', 'verwijder', 'Divisie', 'voegtoe'])
  })
})
