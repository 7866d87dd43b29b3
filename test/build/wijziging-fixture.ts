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
