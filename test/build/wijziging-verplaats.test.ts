/**
 * Moves and renumbering in a wijziging of the Assen fixture (issue 17): a section moved to another chapter (3.13 →
 * 2.5), two sections swapped (3.1 ↔ 3.2), a chapter inserted before chapter 5 (which becomes 6 with all its
 * sections). STOP has no move action, but a wId never changes while its element exists and Vervang takes
 * positie/context (imop-tekst.xsd agVerplaatsing): a moved section keeps its wId and is moved by a Vervang with
 * positie, never removed and added (Verwijder + VoegToe of one wId is STOP0028). A renumbered Divisie gets a VervangKop
 * with eId-wordt, which renames the eIds below it too; applying the mutation independently must give exactly the text
 * and the eIds of the new version built as a first version.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { packageFromFiles, readPackage } from '../../src/package/read.js'
import { checkRenvooi } from '../../src/validate/renvooi.js'
import { fixture, schemasDir } from '../support/shared.js'
import { type Elem, apply, find, ids, isEl, oldSides, parse, text } from './mutatie-applier.js'
import { assenWijziging, verplaatsEdit as edit } from './wijziging-fixture.js'

/** visie.json follows the new numbers (annotations and images are keyed by the heading's number), as a gemeente would. */
async function renumberConfig(project: string): Promise<void> {
  const path = join(project, 'visie.json')
  const config = JSON.parse(await readFile(path, 'utf8')) as { ow: { annotaties: Record<string, unknown> }; afbeeldingen: Record<string, string> }
  const a = config.ow.annotaties
  a['3.1'] = a['3.2']
  delete a['3.2']
  const img = config.afbeeldingen
  img['6.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'] = img['5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'] as string
  delete img['5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie']
  await writeFile(path, JSON.stringify(config, null, 2))
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
  dir = await mkdtemp(join(tmpdir(), 'visie-verplaats-'))
  v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), edit)
  await renumberConfig(join(dir, 'v2'))
  v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
  await assenWijziging(join(dir, 'v2-initieel'), undefined, edit)
  await renumberConfig(join(dir, 'v2-initieel'))
  v2Initieel = await buildPackage(join(dir, 'v2-initieel'), { schemasDir: schemasDir() })
}, 240_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('a section moved, two swapped, a chapter inserted', () => {
  test('every layer (XSD, STOP and LVBB Schematron: STOP0027/0028 unique ids) finds nothing blocking', () => {
    expect(v2.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 100)}`)).toEqual([])
    expect(v2.zip).toBeDefined()
  })

  test('the moves keep their wIds: a Vervang with positie/context, no Verwijder; the renumbered chapter a VervangKop with eId-wordt', () => {
    const acts = mutatieOf(v2).children.filter(isEl)
    const lines = acts.map(describeAct)
    expect(acts.filter((a) => a.name === 'Verwijder')).toEqual([])
    expect(lines).toContain('Vervang gm0106_1__div_3__div_13 volgtOp gm0106_1__div_2__div_4')
    const swapped = lines.filter((l) => /^Vervang gm0106_1__div_3__div_[12] (volgtOp|komtVoor)/.test(l))
    expect(swapped).toHaveLength(1)
    expect(lines).toContain('VervangKop gm0106_1__div_5 div_6')
    expect(lines).toContain('VoegToe volgtOp gm0106_1__div_4')
    const moved = acts.find((a) => a.attrs.wat === 'gm0106_1__div_3__div_13') as Elem
    const divisie = moved.children.find(isEl) as Elem
    expect(divisie.attrs).toMatchObject({ wId: 'gm0106_1__div_3__div_13', eId: 'div_2__div_5' })
    expect(text(divisie.children.filter((c) => isEl(c) && c.name === 'Kop'))).toContain('<Nummer><VerwijderdeTekst>3.13</VerwijderdeTekst><NieuweTekst>2.5</NieuweTekst></Nummer>')
  })

  test('VISIE-915 names each move, what it matched and how sure', () => {
    const moves = v2.findings.filter((f) => f.code === 'VISIE-915')
    expect(moves.map((f) => f.data.wId).sort()).toEqual(['gm0106_1__div_3__div_13', expect.stringMatching(/^gm0106_1__div_3__div_[12]$/)].sort())
    expect(moves.find((f) => f.data.wId === 'gm0106_1__div_3__div_13')?.message).toContain('"2.5 Assen in de regio" is gekoppeld aan "3.13 Assen in de regio"')
    expect(moves.every((f) => f.severity === 'informatie' && f.source?.line !== undefined)).toBe(true)
  })

  test('applied independently, the mutation gives exactly the text and the eIds of v2; the renvooi gives back v1', () => {
    const old = regelingOf(v1)
    const result = apply(old, mutatieOf(v2))
    const expected = regelingOf(v2Initieel)
    const body = (r: Elem) => text(r.children.filter((c) => !isEl(c) || c.name !== 'RegelingOpschrift'))
    expect(body(result)).toBe(body(expected))
    const eIds = (r: Elem) => ids(r).map((x) => x.split('=')[1])
    expect(eIds(result)).toEqual(eIds(expected))
    expect(eIds(result)).toContain('div_6__div_5__content_o_1')
    for (const [recovered, original] of oldSides(old, mutatieOf(v2))) expect(recovered).toBe(original)
  })

  test('validate --vorige applies it (VISIE-914); a renumbering left out is VISIE-916, a move to an unknown place VISIE-911', async () => {
    const vorige = await readPackage(join(dir, 'v1.zip'))
    const files = (replace: (xml: string) => string) => packageFromFiles('v2.zip', v2.files.map((f) => ({
      name: f.path, bytes: f.path === 'besluit.xml' ? Buffer.from(replace(Buffer.from(f.bytes).toString('utf8'))) : f.bytes,
    })))
    expect(checkRenvooi(files((x) => x), vorige).map((f) => f.code)).toEqual(['VISIE-914'])
    const noRenumber = checkRenvooi(files((x) => x.replace(' eId-wordt="div_6"', '')), vorige)
    expect(noRenumber.map((f) => f.code)).toContain('VISIE-916')
    expect(noRenumber.find((f) => f.code === 'VISIE-916')?.message).toContain('die niet meer begint met de eId div_5')
    const lost = checkRenvooi(files((x) => x.replace('context="gm0106_1__div_2__div_4"', 'context="gm0106_1__div_9"')), vorige)
    expect(lost.map((f) => [f.code, f.severity])).toEqual([['VISIE-911', 'blokkerend']])
  })
})
