/**
 * GIO overview tables with more columns than naam and identificatie (issue 13, session 7): a row number before the
 * naam and a `Toelichting` after the identifier, with the identifier wrapping in its cell. On a PDF written at test
 * time and on the corpus documents that showed it (h37, h47: a toelichting beside the identifier was read into it);
 * a header row set closer than its columns (h46), and rows in small type at the top of the next page that are no
 * footnotes (h33, on the corpus document only).
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

/** The visie's first pages, then `pages` of its bijlage. */
function withBijlage(...pages: TextRun[][]): Uint8Array {
  return makePdf([
    { runs: besluit },
    {
      runs: [
        { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
        { text: 'Omgevingsvisie Proefdorp', x: 70, y: 110, size: 20, bold: true },
        { text: '1 Inleiding', x: 70, y: 150, size: 16, bold: true },
        ...Array.from({ length: 8 }, (_, k): TextRun => ({ text: 'De gemeente werkt samen met inwoners en partners in de regio en daarbuiten.', x: 70, y: 175 + 14 * k })),
      ],
    },
    ...pages.map((runs) => ({ runs })),
  ])
}

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

  test('a header row whose two cells stand closer than a column gap (one fragment) still names the columns', async () => {
    const pdf = withBijlage([
      { text: 'Bijlage 1 Werkingsgebied', x: 70, y: 150, size: 16, bold: true },
      { text: 'Deze visie geldt voor het hele grondgebied:', x: 70, y: 175 },
      { text: 'Werkingsgebied', x: 70, y: 200, size: 9, bold: true },
      { text: 'Identificatie', x: 145, y: 200, size: 9, bold: true },
      { text: 'Grondgebied', x: 70, y: 220, size: 9 },
      { text: 'gemeente', x: 70, y: 232, size: 9 },
      { text: '/join/id/regdata/gm9999/2026/proefdorp-gemeente/nld@2026-', x: 145, y: 220, size: 8 },
      { text: '03-01;1', x: 145, y: 232, size: 8 },
    ])
    const { document } = await readDocument(pdf, { file: 'h.pdf' })
    expect(document.informatieobjecten.map((g) => `${g.naam} = ${g.expression}`)).toEqual(['Grondgebied gemeente = /join/id/regdata/gm9999/2026/proefdorp-gemeente/nld@2026-03-01;1'])
  })

  test('identifier first, a Gebied column after the naam, over a page break under the header repeated: the naam is its own cell', async () => {
    const header = (y: number): TextRun[] => [
      { text: 'Identificatie', x: 70, y, size: 8.5, bold: true },
      { text: 'Naam', x: 270, y, size: 8.5, bold: true },
      { text: 'Gebied', x: 410, y, size: 8.5, bold: true },
    ]
    const row = (y: number, id: string, naam: string, gebied: string): TextRun[] => [
      { text: `/join/id/regdata/gm9999/2026/${id.slice(0, 10)}`, x: 70, y, size: 7.5 },
      { text: `${id.slice(10)}/nld@2026-03-01;1`, x: 70, y: y + 12, size: 7.5 },
      { text: naam, x: 270, y, size: 7.5 },
      { text: gebied, x: 410, y, size: 7.5 },
    ]
    const pdf = withBijlage(
      [
        { text: 'Bijlage 1 Werkingsgebieden', x: 70, y: 150, size: 16, bold: true },
        { text: 'De derde kolom noemt het deelgebied van elk werkingsgebied.', x: 70, y: 175 },
        ...header(200),
        ...row(222, 'proefdorp-gemeente', 'Gemeente Proefdorp', 'hele gemeente'),
        ...row(260, 'proefdorp-centrum', 'Centrum', 'gebied 1'),
      ],
      [...header(80), ...row(102, 'proefdorp-polder', 'Polder', 'gebied 2'), { text: 'De begrenzing is indicatief en wordt jaarlijks bijgewerkt.', x: 70, y: 160 }],
    )
    const { document } = await readDocument(pdf, { file: 'i.pdf' })
    expect(document.informatieobjecten.map((g) => `${g.naam} = ${g.expression}`)).toEqual([
      'Gemeente Proefdorp = /join/id/regdata/gm9999/2026/proefdorp-gemeente/nld@2026-03-01;1',
      'Centrum = /join/id/regdata/gm9999/2026/proefdorp-centrum/nld@2026-03-01;1',
      'Polder = /join/id/regdata/gm9999/2026/proefdorp-polder/nld@2026-03-01;1',
    ])
  })

  for (const [id, what] of [['h33', 'rows in small type, a row number first, go on at the top of the next page and are no footnotes'], ['h46', 'a header row set closer than its columns'], ['h04', 'a naam that fills its cell and comes within a fragment gap of its identifier'], ['h29', 'a three-column table on a page that is no two-column page'], ['h52', 'a toelichting set so close after the first line of a wrapped identifier that both are one fragment']] as const) {
    test(`${id}: ${what}; every GIO exact`, async () => {
      const d = corpusDocuments('dev').find((c) => c.id === id)
      if (!d) throw new Error(`${id} missing from the dev corpus`)
      const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', id, 'document.pdf')), { file: 'document.pdf' })
      expect(document.informatieobjecten.map((g) => `${g.naam} = ${g.expression}`)).toEqual(d.truth.gios.map((g) => `${g.naam} = ${g.identificatie}`))
    })
  }

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
