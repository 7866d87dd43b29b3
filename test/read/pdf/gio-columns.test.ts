/**
 * GIO overview tables with more columns than naam and identificatie (issue 13, session 7): a row number before the
 * naam and a `Toelichting` after the identifier, with the identifier wrapping in its cell. On a PDF written at test
 * time and on the corpus documents that showed it (h37, h47: a toelichting beside the identifier was read into it).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { corpusDocuments } from '../../corpus/score.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const besluit: TextRun[] = [
  { text: 'Besluit van de raad van de gemeente Proefdorp', x: 70, y: 80, size: 14, bold: true },
  { text: 'De raad van de gemeente Proefdorp;', x: 70, y: 110 },
  { text: 'besluit:', x: 70, y: 130, bold: true },
  { text: 'Artikel 1', x: 70, y: 150, bold: true },
  { text: 'De Omgevingsvisie Proefdorp, opgenomen in bijlage 1, wordt vastgesteld.', x: 70, y: 165 },
  { text: 'Aldus vastgesteld in de openbare raadsvergadering van 1 maart 2026.', x: 70, y: 190 },
]

const ids = ['gm9999/2026/proefdorp-gemeente', 'gm9999/2026/proefdorp-centrum', 'gm9999/2026/proefdorp-polder']

/** Nr | Naam | Identificatie | Toelichting, the identifier in small type over two lines of its cell. */
function fourColumns(): Uint8Array {
  const header: TextRun[] = [
    { text: 'Nr', x: 60, y: 200, bold: true },
    { text: 'Naam', x: 85, y: 200, bold: true },
    { text: 'Identificatie', x: 200, y: 200, bold: true },
    { text: 'Toelichting', x: 370, y: 200, bold: true },
  ]
  const rows = ids.flatMap((id, k): TextRun[] => {
    const y = 225 + 35 * k
    return [
      { text: String(k + 1), x: 60, y },
      { text: ['Gemeente Proefdorp', 'Centrum', 'Polder'][k] as string, x: 85, y },
      { text: `/join/id/regdata/${id.slice(0, 13)}`, x: 200, y, size: 7.5 },
      { text: `${id.slice(13)}/nld@2026-03-01;1`, x: 200, y: y + 11, size: 7.5 },
      { text: ['het hele grondgebied', 'winkels en wonen', 'open landschap'][k] as string, x: 370, y },
    ]
  })
  return makePdf([
    { runs: besluit },
    {
      runs: [
        { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
        { text: 'Omgevingsvisie Proefdorp', x: 70, y: 110, size: 20, bold: true },
        { text: '1 Inleiding', x: 70, y: 150, size: 16, bold: true },
        { text: 'De gemeente werkt samen met inwoners en partners.', x: 70, y: 175 },
      ],
    },
    {
      runs: [
        { text: 'Bijlage 1 Werkingsgebieden', x: 70, y: 150, size: 16, bold: true },
        { text: 'De werkingsgebieden van deze visie:', x: 70, y: 175 },
        ...header,
        ...rows,
      ],
    },
  ])
}

describe('a GIO table in more than two columns', () => {
  test('the row number is no part of the naam, the toelichting none of the identifier', async () => {
    const { document } = await readDocument(fourColumns(), { file: 'g.pdf' })
    const gios = document.informatieobjecten.map((g) => `${g.naam} = ${g.expression}`)
    expect(gios).toEqual([
      'Gemeente Proefdorp = /join/id/regdata/gm9999/2026/proefdorp-gemeente/nld@2026-03-01;1',
      'Centrum = /join/id/regdata/gm9999/2026/proefdorp-centrum/nld@2026-03-01;1',
      'Polder = /join/id/regdata/gm9999/2026/proefdorp-polder/nld@2026-03-01;1',
    ])
  })

  test('h37 and h47: every GIO of their three- and four-column tables exact', async () => {
    for (const id of ['h37', 'h47']) {
      const d = corpusDocuments('dev').find((c) => c.id === id)
      if (!d) throw new Error(`${id} missing from the dev corpus`)
      const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', id, 'document.pdf')), { file: 'document.pdf' })
      const read = document.informatieobjecten.map((g) => `${g.naam} = ${g.expression}`)
      expect(read).toEqual(d.truth.gios.map((g) => `${g.naam} = ${g.identificatie}`))
    }
  })
})
