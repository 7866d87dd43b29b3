/**
 * The documents of the session 14 holdout whose first reading missed something, read whole in the form that missed
 * it (the mechanisms have small tests of their own in test/parse/holdout-s14.test.ts):
 * - h214 (A4 landscape in two columns of short paragraphs under many headings, a table in the right column; a last
 *   page with two sections beside each other): PDF and -layout text, every heading in order.
 * - h210 (the visie's title alone on its title page, then a header that repeats it with the subtitle, no separator):
 *   the title read as the regeling's opschrift, not dropped as the header's start.
 * - w38 (`Bijlage: Omgevingsvisie gemeente Staphorst 2.0` after the besluit) and w41 (`Bijlage 2a Geografische
 *   informatieobjecten`): the visie's chapters and its GIO table.
 * - h216 (a two-column section whose left column goes on below the right one's end with `2.1.2`, after `2.1.1` on the
 *   left and `2.2` heading the right): read in the left column, not after the columns.
 * - h206 (the besluit's opschrift broken at a name's hyphen, `Bodegraven-` | `Reeuwijk`) and h203 (the besluit
 *   adopts the omgevingsvisie "De vergezichten van Berg en Dal", the visie's title page says just that).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../src/read/index.js'
import { headings } from '../corpus/score.js'
import { repoRoot } from '../support/shared.js'

interface Truth {
  readonly visie: { readonly opschrift: string; readonly koppen: { nummer: string; opschrift: string; niveau: number }[] }
  readonly gios: readonly { naam: string; identificatie: string }[]
}
const corpus = (...parts: string[]): string => join(repoRoot, 'test', 'corpus', ...parts)
const truthOf = (...dir: string[]): Truth => JSON.parse(readFileSync(corpus(...dir, 'truth.json'), 'utf8')) as Truth
const read = (path: string) => readDocument(readFileSync(path), { file: path.split('/').at(-1) as string })

describe('the session 14 holdout, read whole', () => {
  test('h214 PDF: two columns of short paragraphs (a table in the right one) and a short last page in the same columns', async () => {
    const { document } = await read(corpus('h214', 'document.pdf'))
    expect(headings(document)).toEqual(truthOf('h214').visie.koppen)
  })

  test('h214 -layout: the short last page, spaced on a grid of its own, read in the columns of the document', async () => {
    const { document, findings } = await read(corpus('h214', 'layout.txt'))
    expect(headings(document)).toEqual(truthOf('h214').visie.koppen)
    // Its left column's sentence, two blank lines below `6.1 …` in that grid, stays under 6.1 (not after 6.2's text).
    expect(findings.filter((f) => f.code === 'VISIE-104')).toEqual([])
  })

  test('h210: the title on its title page is the visie’s opschrift, also where every header starts with it', async () => {
    for (const form of ['raw.txt', 'layout.txt']) {
      const { document } = await read(corpus('h210', form))
      expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe(truthOf('h210').visie.opschrift)
    }
  })

  test('w38 and w41: the visie named in its bijlage line, and a bijlage `2a` with the GIOs', async () => {
    const w38 = await read(corpus('word', 'w38', 'word.docx'))
    expect(headings(w38.document)).toEqual(truthOf('word', 'w38').visie.koppen)
    const w41 = await read(corpus('word', 'w41', 'word.docx'))
    expect(w41.document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`)).toEqual(truthOf('word', 'w41').gios.map((g) => `${g.naam} ${g.identificatie}`))
  })

  test('h216 PDF: a section below the right column’s end whose number follows the left column’s last is the left column’s', async () => {
    const { document, findings } = await read(corpus('h216', 'document.pdf'))
    expect(headings(document)).toEqual(truthOf('h216').visie.koppen)
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('h206 and h203: a name broken at its hyphen in the besluit’s opschrift; the title the besluit quotes after the word omgevingsvisie', async () => {
    for (const form of ['raw.txt', 'layout.txt']) {
      const h206 = await read(corpus('h206', form))
      expect(h206.document.besluit.opschrift).toBe('Raadsbesluit vaststelling Toekomstvisie Bodegraven-Reeuwijk')
      const h203 = await read(corpus('h203', form))
      expect(h203.document.besluit.wijzigBijlage.regeling.opschrift).toBe(truthOf('h203').visie.opschrift)
    }
  })

  test('final holdout: a first bijlage `II` that lists the GIOs (h232), a table inside the left column (h238 -layout)', async () => {
    const h232 = await read(corpus('h232', 'raw.txt'))
    expect(h232.document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`)).toEqual(truthOf('h232').gios.map((g) => `${g.naam} ${g.identificatie}`))
    const h238 = await read(corpus('h238', 'layout.txt'))
    expect(headings(h238.document)).toEqual(truthOf('h238').visie.koppen)
  })

  test('final holdout, Word: `Bijlage: <title the besluit names>` (w44), roman chapters in lower case set in capitals by their style (w48), a section number typed after Word’s own (w54)', async () => {
    const numbered = (t: Truth) => t.visie.koppen.filter((k) => k.nummer !== '')
    const w44 = await read(corpus('word', 'w44', 'word.docx'))
    expect(headings(w44.document)).toEqual(numbered(truthOf('word', 'w44')))
    expect(w44.document.besluit.opschrift).toBe('Besluit van de gemeenteraad van Rijswijk tot vaststelling van de omgevingsvisie Rijswijk; gezonde buitenplaats in de metropool')
    const w48 = await read(corpus('word', 'w48', 'word.docx'))
    expect(headings(w48.document)).toEqual(truthOf('word', 'w48').visie.koppen)
    const w54 = await read(corpus('word', 'w54', 'word.docx'))
    expect(headings(w54.document)).toEqual(numbered(truthOf('word', 'w54')))
  })

  test('h226 PDF: a chapter heading across both columns below the right column’s last line cuts the columns (not read as the left column’s)', async () => {
    const { document, findings } = await read(corpus('h226', 'document.pdf'))
    expect(headings(document)).toEqual(truthOf('h226').visie.koppen)
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('h225 and h230 -layout: a kader beside the text (a list of names, a norm in a few lines) is a column of its own', async () => {
    for (const id of ['h225', 'h230']) {
      const { document } = await read(corpus(id, 'layout.txt'))
      expect(headings(document)).toEqual(truthOf(id).visie.koppen)
    }
  })

  test('w66: a hoogheemraadschap’s verenigde vergadering makes the besluit; the visie is the title the besluit quotes before its colon', async () => {
    const { document } = await read(corpus('word', 'w66', 'word.docx'))
    expect(document.besluit.opschrift).toBe('Besluit van de verenigde vergadering van het Hoogheemraadschap van Delfland tot vaststelling van de omgevingsvisie Delfland 2050')
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Delfland 2050')
  })
})
