/**
 * Chapter titles printed in capitals by their style (a Word style with `caps`, CSS `text-transform`): the text layer
 * holds the capitals, so the print alone cannot tell `Inleiding` from `INLEIDING`. A PDF's outline (its bookmarks, as
 * LibreOffice and Word write them from the headings) holds the heading's own text: a heading set wholly in capitals
 * takes the case of the bookmark with the same letters. Without one the printed case stays (h64).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { corpusDocuments, scoreRead } from '../../corpus/score.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const page: TextRun[] = [
  { text: 'HOOFDSTUK 1 INLEIDING', x: 70, y: 90, size: 17, bold: true },
  { text: 'De gemeente werkt samen met inwoners, bedrijven en partners in de regio.', x: 70, y: 120 },
  { text: 'ZIE OOK DE KAART IN BIJLAGE 2 VAN DIT BESLUIT.', x: 70, y: 134 },
  { text: '1.1. AANLEIDING EN DOEL', x: 70, y: 160, size: 13, bold: true },
  { text: 'Tilburg is met ruim 225.000 inwoners een van de grootste steden van het land.', x: 70, y: 180 },
]

const headings = async (outline?: readonly string[]): Promise<string[]> =>
  (await readPdfLines(makePdf([{ runs: page }], outline ? { outline } : {}), 't.pdf')).lines.filter((l) => l.hints?.heading).map((l) => l.text)

describe('headings in capitals spelled by the outline', () => {
  test('each heading takes its bookmark\'s case, the printed punctuation kept (`1.1.` where the bookmark has `1.1`)', async () => {
    expect(await headings(['Hoofdstuk 1 Inleiding', '1.1 Aanleiding en doel'])).toEqual(['Hoofdstuk 1 Inleiding', '1.1. Aanleiding en doel'])
  })

  test('without an outline, or with bookmarks of other words, the printed capitals stay', async () => {
    expect(await headings()).toEqual(['HOOFDSTUK 1 INLEIDING', '1.1. AANLEIDING EN DOEL'])
    expect(await headings(['Hoofdstuk 1 Inleiding en leeswijzer', 'Aanleiding'])).toEqual(['HOOFDSTUK 1 INLEIDING', '1.1. AANLEIDING EN DOEL'])
  })

  test('a body line in capitals keeps them, also when a bookmark has its letters', async () => {
    const read = await readPdfLines(makePdf([{ runs: page }], { outline: ['Zie ook de kaart in bijlage 2 van dit besluit'] }), 't.pdf')
    expect(read.lines.map((l) => l.text)).toContain('ZIE OOK DE KAART IN BIJLAGE 2 VAN DIT BESLUIT.')
  })

  test('h59 (LibreOffice, chapter titles in a capitals style, bookmarks written): every heading exact', async () => {
    const d = corpusDocuments('dev').find((c) => c.id === 'h59')
    if (!d) throw new Error('h59 missing from the dev corpus')
    const { document, findings } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h59', 'document.pdf')), { file: 'document.pdf' })
    expect(scoreRead('h59', d.truth, 'pdf', document, findings).koppen.gemist).toEqual([])
  })
})
