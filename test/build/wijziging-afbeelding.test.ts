/**
 * A wijziging that removes a section holding a figure (issue 17): Assen's 5.2, whose place visie.json fills with the
 * image tabel-5-2-schematisch.png, is removed and 5.3–5.5 become 5.2–5.4. The Verwijder shows the removed Figuur with its
 * Illustratie, so the publication names that image: LVBB4038 ("Subitems genoemd in de publicatie moeten meegeleverd
 * zijn en omgekeerd", Validaties-LVBB-STOP-BHKV.md) wants it in the package, taken from the previous version (ZIP or
 * DSO-shaped folder). An image of the new text under a name the previous version used for other bytes is VISIE-917.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { fixture, schemasDir } from '../support/shared.js'
import { type Elem, apply, find, isEl, oldSides, parse, text } from './mutatie-applier.js'
import { applyEdits, assenWijziging, removeBetween } from './wijziging-fixture.js'

const TABEL = 'tabel-5-2-schematisch.png'
const SLOT = '5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'

function edit(t: string): string {
  const out = removeBetween(t, `${SLOT} \n`, '5.3 Samen plannen maken \n')
  return applyEdits(out, [
    { find: '5.3 Samen plannen maken \n', replace: '5.2 Samen plannen maken \n' },
    { find: '5.4 Participatie \n', replace: '5.3 Participatie \n' },
    { find: '5.5 Financiering \n', replace: '5.4 Financiering \n' },
    { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
  ])
}

/** visie.json without the image of the removed section, as a gemeente would leave it. */
async function dropSlotImage(project: string): Promise<void> {
  const path = join(project, 'visie.json')
  const config = JSON.parse(await readFile(path, 'utf8')) as { afbeeldingen: Record<string, string> }
  delete config.afbeeldingen[SLOT]
  await writeFile(path, JSON.stringify(config, null, 2))
}

const besluit = (r: BuildResult): Uint8Array => r.files.find((f) => f.path === 'besluit.xml')?.bytes ?? new Uint8Array()
const regelingOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingVrijetekst') as Elem
const mutatieOf = (r: BuildResult): Elem => find(parse(besluit(r)), (e) => e.name === 'RegelingMutatie') as Elem
const blocking = (r: BuildResult): string[] => r.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 120)}`)

let dir: string
let v1: BuildResult
let v2: BuildResult
let v2Initieel: BuildResult
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-afbeelding-'))
  v1 = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
  // The same delivery as a DSO-shaped folder: the regeling, the images and the IOs in subfolders.
  for (const f of v1.files) {
    const sub = f.path.endsWith('.png') ? 'Regeling/afbeeldingen' : f.path.startsWith('GIO-') ? 'IO' : f.path.startsWith('ow') ? 'OW' : 'Regeling'
    await mkdir(join(dir, 'v1-map', sub), { recursive: true })
    await writeFile(join(dir, 'v1-map', sub, f.path), f.bytes)
  }
  await assenWijziging(join(dir, 'v2'), join(dir, 'v1.zip'), edit)
  await dropSlotImage(join(dir, 'v2'))
  v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
  await assenWijziging(join(dir, 'v2-initieel'), undefined, edit)
  await dropSlotImage(join(dir, 'v2-initieel'))
  v2Initieel = await buildPackage(join(dir, 'v2-initieel'), { schemasDir: schemasDir() })
}, 240_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('a section with a figure removed', () => {
  test('the Verwijder shows its Figuur, and the image comes again from the previous version: no LVBB4038, nothing blocking', () => {
    expect(blocking(v2)).toEqual([])
    const verwijder = mutatieOf(v2).children.filter(isEl).find((a) => a.name === 'Verwijder') as Elem
    expect(verwijder.attrs.wat).toBe('gm0106_1__div_5__div_2')
    expect(find(verwijder, (e) => e.name === 'Illustratie')?.attrs.naam).toBe(TABEL)
    const delivered = v2.files.filter((f) => f.path.endsWith('.png'))
    expect(delivered.map((f) => f.path)).toEqual([TABEL])
    const before = v1.files.find((f) => f.path === TABEL)?.bytes
    expect(Buffer.from(delivered[0]?.bytes ?? []).equals(Buffer.from(before ?? []))).toBe(true)
    expect(Buffer.from(v2.files.find((f) => f.path === 'manifest.xml')?.bytes ?? []).toString('utf8')).toContain(`<bestandsnaam>${TABEL}</bestandsnaam>`)
  })

  test('applied independently, the mutation gives exactly the text of v2; the Verwijder gives back the old 5.2', () => {
    const body = (r: Elem) => text(r.children.filter((c) => !isEl(c) || c.name !== 'RegelingOpschrift'))
    expect(body(apply(regelingOf(v1), mutatieOf(v2)))).toBe(body(regelingOf(v2Initieel)))
    for (const [recovered, original] of oldSides(regelingOf(v1), mutatieOf(v2))) expect(recovered).toBe(original)
  })

  test('against a DSO-shaped folder the image is found in its subfolder as well', async () => {
    const project = join(dir, 'v2-map')
    await assenWijziging(project, join(dir, 'v1-map'), edit)
    await dropSlotImage(project)
    const r = await buildPackage(project, { schemasDir: schemasDir() })
    expect(blocking(r)).toEqual([])
    expect(r.files.filter((f) => f.path.endsWith('.png')).map((f) => f.path)).toEqual([TABEL])
  }, 120_000)

  test('VISIE-917: an image of the new text under the name of another image of the previous version', async () => {
    const project = join(dir, 'v2-ander')
    await assenWijziging(project, join(dir, 'v1.zip'), (t) => applyEdits(t, [
      { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
    ]))
    // The visiekaart redrawn, saved over the old file: the package would hold other bytes under the old name.
    const kaart = join(project, 'afbeeldingen', 'visiekaart-schematisch.png')
    await writeFile(kaart, await readFile(join(dirname(kaart), 'tabel-5-2-schematisch.png')))
    const r = await buildPackage(project, { schemasDir: schemasDir() })
    const found = r.findings.filter((f) => f.code === 'VISIE-917')
    expect(found.map((f) => [f.severity, f.data.bestand])).toEqual([['blokkerend', 'visiekaart-schematisch.png']])
    expect(found[0]?.message).toContain('andere inhoud dan het bestand met die naam in de vorige versie')
    expect(r.zip).toBeUndefined()
  }, 120_000)
})
