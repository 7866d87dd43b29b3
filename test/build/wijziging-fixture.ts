/**
 * A wijziging of the Assen fixture, made the way a gemeente would: copy the project, edit the text (a sentence
 * changed, words inserted and removed in a list item, a heading renamed, a section added before another that is
 * renumbered, a section removed) and visie.json (new besluit work, version and dates). Shared by the wijziging tests.
 */
import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fixture } from '../support/shared.js'

export interface Edit {
  readonly find: string
  readonly replace: string
}

/** The edits on the Assen text; each `find` occurs exactly once (the helper checks). */
export const assenEdits: readonly Edit[] = [
  // a sentence changed (5.4)
  { find: 'Participatie is bij de instrumenten van de', replace: 'Participatie is bij alle nieuwe instrumenten van de' },
  // a heading renamed (5.3)
  { find: '5.3 Samen plannen maken \n', replace: '5.3 Samen plannen maken en uitvoeren \n' },
  // a section added before 5.5, which becomes 5.6
  {
    find: '5.5 Financiering \n',
    replace: '5.5 Monitoring \n\nWe volgen elk jaar hoe de uitvoering van deze omgevingsvisie vordert en rapporteren daarover aan de raad. \n\n5.6 Financiering \n',
  },
  // the inwerkingtreding of the new besluit
  { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
]

/** Removes the lines from `start` up to (not including) `end` (a section removed). */
export function removeBetween(text: string, start: string, end: string): string {
  const a = text.indexOf(start)
  const b = text.indexOf(end, a + 1)
  if (a < 0 || b < 0) throw new Error(`niet gevonden: ${start} … ${end}`)
  return text.slice(0, a) + text.slice(b)
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const e of edits) {
    const n = out.split(e.find).length - 1
    if (n !== 1) throw new Error(`'${e.find}' komt ${n} keer voor`)
    out = out.replace(e.find, e.replace)
  }
  return out
}

/** Copies fixtures/assen to `dir` and makes it the project of the wijziging of `vorige` (none: the same text as a first version). */
export async function assenWijziging(dir: string, vorige: string | undefined, edit: (text: string) => string): Promise<void> {
  await cp(fixture('assen'), dir, { recursive: true })
  const text = await readFile(join(dir, 'omgevingsvisie.txt'), 'utf8')
  await writeFile(join(dir, 'omgevingsvisie.txt'), edit(text))
  const config = JSON.parse(await readFile(join(dir, 'visie.json'), 'utf8')) as Record<string, Record<string, string>>
  config.werk = { ...config.werk, besluit: 'omgevingsvisie-wijziging-1', doel: 'omgevingsvisie-wijziging-1', versie: '2' }
  config.datums = { vaststelling: '2026-09-17', ondertekening: '2026-09-17', bekendmaking: '2026-09-23', inwerkingtreding: '2026-10-01' }
  ;(config as Record<string, unknown>).idLevering = 'gm0106-omgevingsvisie-2026-2'
  if (vorige !== undefined) (config as Record<string, unknown>).wijzigt = vorige
  await writeFile(join(dir, 'visie.json'), JSON.stringify(config, null, 2))
}

/** The second wijziging: list item words, a GIO whose geometry moves, a GIO dropped, a GIO added. */
export const gioEdits: readonly Edit[] = [
  // words inserted and removed in a list item
  { find: '•  investeren in de sterke sectoren van de stad; ', replace: '•  investeren in de sterke en innovatieve sectoren van Assen; ' },
  // a GIO added to Bijlage I, before the one that is dropped
  {
    find: 'Zuidoost Assen /join/id/regda- \n\nta/gm0106/2025/e78b18391e8d4b6f9503ac29dc09a9e3/nld@2026-01- \n\n05;12452657 \n',
    replace: 'Stationsgebied /join/id/regdata/gm0106/2026/5a1f0c2e9b7d4e6f8a3b2c1d0e9f8a7b/nld@2026-09-17;1 \n',
  },
  { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
]

export const STATIONSGEBIED = '/join/id/regdata/gm0106/2026/5a1f0c2e9b7d4e6f8a3b2c1d0e9f8a7b'
export const HAVENKWARTIER = '/join/id/regdata/gm0106/2025/23cfc5881b0347258af6b8807ce76be1'
export const ZUIDOOST = '/join/id/regdata/gm0106/2025/e78b18391e8d4b6f9503ac29dc09a9e3'

type Feature = { properties: { gio: string }; geometry: { coordinates: number[][][] } }

/** Geometry and visie.json of the second wijziging: Havenkwartier moved 40 m east, Zuidoost Assen gone, Stationsgebied new. */
export async function gioWijziging(dir: string): Promise<void> {
  const geoPath = join(dir, 'geo', 'gio-schematisch.geojson')
  const geo = JSON.parse(await readFile(geoPath, 'utf8')) as { features: Feature[] }
  const shift = (f: Feature, dx: number, dy: number): Feature => ({
    ...f, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((ring) => ring.map(([x = 0, y = 0]) => [x + dx, y + dy])) },
  })
  const haven = geo.features.find((f) => f.properties.gio === 'Havenkwartier') as Feature
  geo.features = [
    ...geo.features.filter((f) => f.properties.gio !== 'Zuidoost Assen').map((f) => (f === haven ? shift(f, 40, 0) : f)),
    { ...shift(haven, -900, -600), properties: { gio: 'Stationsgebied' } },
  ]
  await writeFile(geoPath, JSON.stringify(geo))
  const config = JSON.parse(await readFile(join(dir, 'visie.json'), 'utf8')) as { ow: { gebiedsaanwijzingen: Record<string, unknown>; annotaties: Record<string, unknown> } }
  delete config.ow.gebiedsaanwijzingen.zuidoostassen
  delete config.ow.annotaties['4.4.7']
  await writeFile(join(dir, 'visie.json'), JSON.stringify(config, null, 2))
}

/** Cuts the lines from `start` up to `end` out of the text and puts them before `before`, after `edit`. */
function move(t: string, start: string, end: string, before: string, edit: (block: string) => string): string {
  const a = t.indexOf(start)
  const b = t.indexOf(end, a + 1)
  if (a < 0 || b < 0 || t.indexOf(start, a + 1) >= 0) throw new Error(`niet (eenmaal) gevonden: ${start}`)
  const block = t.slice(a, b)
  const rest = t.slice(0, a) + t.slice(b)
  const at = rest.indexOf(before)
  if (at < 0) throw new Error(`niet gevonden: ${before}`)
  return rest.slice(0, at) + edit(block) + rest.slice(at)
}

/**
 * Moves and renumbering: 3.13 moved to chapter 2 as 2.5, 3.1 and 3.2 swapped, a chapter 5 inserted (old 5 becomes 6
 * with all its sections).
 */
export function verplaatsEdit(t: string): string {
  let out = move(t, '3.13 Assen in de regio \n', '4 Op weg naar de toekomst \n', '3 Dit is Assen in 2025 \n', (b) => b.replace('3.13 ', '2.5 '))
  out = move(out, '3.1 Assen in ontwikkeling \n', '3.2 Wonen en woonomgeving \n', '3.3 Winkelen en verblijven \n', (b) => b.replace('3.1 ', '3.2 '))
  out = out.replace('3.2 Wonen en woonomgeving \n', '3.1 Wonen en woonomgeving \n')
  out = applyEdits(out, [
    { find: 'Dit besluit treedt in werking per 26-02-2026', replace: 'Dit besluit treedt in werking per 01-10-2026' },
    ...['5.1 Nieuwe manier van werken', '5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie', '5.3 Samen plannen maken', '5.4 Participatie', '5.5 Financiering']
      .map((k) => ({ find: `${k} \n`, replace: `6${k.slice(1)} \n` })),
    {
      find: '5 Van visie naar uitvoering \n',
      replace: '5 Monitoring \n\n5.1 Jaarlijkse rapportage \n\nWe rapporteren elk jaar aan de raad hoe de uitvoering van deze omgevingsvisie vordert. \n\n6 Van visie naar uitvoering \n',
    },
  ])
  return out
}
