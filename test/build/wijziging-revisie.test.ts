/**
 * The revisie path of a wijziging (issue 17): an element whose eId changes while its text does not — a Divisietekst
 * whose ordinal shifts because a sibling before it was removed — can only be carried by a whole Vervang, and without a
 * text change there is no renvooi to show: STOP0086 (imop-tekstmutaties.sch) allows that only with revisie="1", a
 * change that is not juridical. Expected on Assen with the run-in section 'Kostenverhaal' of 5.5 removed: the removal
 * a Verwijder, the next Divisietekst a Vervang revisie="1" with its new eId and the unchanged text, nothing blocking
 * in any layer, validate --vorige applies it (VISIE-914), and the independent applier gives exactly v2.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { packageFromFiles, readPackage } from '../../src/package/read.js'
import { checkRenvooi } from '../../src/validate/renvooi.js'
import { fixture, schemasDir } from '../support/shared.js'
import { type Elem, apply, find, ids, isEl, oldSides, parse, text } from './mutatie-applier.js'
import { applyEdits, assenWijziging, removeBetween } from './wijziging-fixture.js'

function edit(t: string): string {
  return applyEdits(removeBetween(t, 'Kostenverhaal \n', 'Financiële realisatie \n'), [
    { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
  ])
}

const besluit = (r: BuildResult): Uint8Array => r.files.find((f) => f.path === 'besluit.xml')?.bytes ?? new Uint8Array()
const regelingOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingVrijetekst') as Elem
const mutatieOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingMutatie') as Elem
const describeAct = (a: Elem): string => [a.name, a.attrs.wat, a.attrs.positie, a.attrs.context, a.attrs.revisie && `revisie=${a.attrs.revisie}`].filter(Boolean).join(' ')

let dir: string
let v1: BuildResult
let v2: BuildResult
let v2Initieel: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-revisie-'))
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

describe('an eId that changes without a text change: Vervang revisie="1"', () => {
  test('the removal is a Verwijder; the next Divisietekst a whole Vervang revisie="1" with its new eId and the same text', () => {
    const acts = mutatieOf(v2).children.filter(isEl)
    expect(acts.map(describeAct)).toEqual([
      'Verwijder gm0106_1__div_5__div_5__content_o_3',
      'Vervang gm0106_1__div_5__div_5__content_o_4 revisie=1',
    ])
    const vervang = acts[1] as Elem
    const wordt = vervang.children.find(isEl) as Elem
    expect([wordt.name, wordt.attrs.wId, wordt.attrs.eId]).toEqual(['Divisietekst', 'gm0106_1__div_5__div_5__content_o_4', 'div_5__div_5__content_o_3'])
    // No renvooi inside: the text is that of v1 (revisie, not a juridical change).
    expect(find(vervang, (e) => e.name === 'NieuweTekst' || e.name === 'VerwijderdeTekst' || e.attrs.wijzigactie !== undefined)).toBeUndefined()
    const was = find(regelingOf(v1), (e) => e.attrs.wId === 'gm0106_1__div_5__div_5__content_o_4') as Elem
    expect(text(wordt.children)).toBe(text(was.children))
    expect(text(wordt.children)).toContain('Financiële realisatie')
  })

  test('every layer finds nothing blocking (STOP0086 accepts the Vervang without renvooi because of revisie="1")', () => {
    expect(v2.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 100)}`)).toEqual([])
    expect(v2.zip).toBeDefined()
  })

  test('validate --vorige applies it (VISIE-914); without revisie="1" the Schematron blocks with STOP0086', async () => {
    const vorige = await readPackage(join(dir, 'v1.zip'))
    const files = (replace: (xml: string) => string) => packageFromFiles('v2.zip', v2.files.map((f) => ({
      name: f.path, bytes: f.path === 'besluit.xml' ? Buffer.from(replace(Buffer.from(f.bytes).toString('utf8'))) : f.bytes,
    })))
    expect(checkRenvooi(files((x) => x), vorige).map((f) => f.code)).toEqual(['VISIE-914'])
    const { validatePackage } = await import('../../src/validate/index.js')
    const zonder = await validatePackage(files((x) => x.replace(' revisie="1"', '')), { schemasDir: schemasDir() })
    expect(zonder.findings.filter(isBlocking).map((f) => f.code)).toContain('STOP0086')
  }, 120_000)

  test('applied independently, the mutation gives exactly the text and eIds of v2; the renvooi gives back v1', () => {
    const old = regelingOf(v1)
    const result = apply(old, mutatieOf(v2))
    const expected = regelingOf(v2Initieel)
    const body = (r: Elem) => text(r.children.filter((c) => !isEl(c) || c.name !== 'RegelingOpschrift'))
    expect(body(result)).toBe(body(expected))
    const eIds = (r: Elem) => ids(r).map((x) => x.split('=')[1])
    expect(eIds(result)).toEqual(eIds(expected))
    expect(eIds(result)).toContain('div_5__div_5__content_o_3')
    expect(eIds(result)).not.toContain('div_5__div_5__content_o_4')
    for (const [recovered, original] of oldSides(old, mutatieOf(v2))) expect(recovered).toBe(original)
  })
})
