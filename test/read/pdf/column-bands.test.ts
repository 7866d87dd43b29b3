/**
 * A magazine page (h62's layout): a chapter heading across the page over a short stretch in two columns (CSS
 * `columns: 2`) whose sides keep their own baselines; the left column holds a lead paragraph, the caption of a map
 * drawn as vector graphics (no text beside it in that column) and a section, the right column the next sections and a
 * table of three columns. Too few lines for a gutter by full lines: the stretch is read left column first because its
 * two sides stand apart at their own left edges, hold sentences and do not share baselines. A map across both columns
 * (the page empty across its width) ends the stretch above it. A two-column table whose rows share baselines stays rows.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { pageLines } from '../../../src/read/pdf/layout.js'
import type { PdfItem } from '../../../src/read/pdf/load.js'
import { corpusDocuments, scoreRead } from '../../corpus/score.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const texts = async (runs: readonly TextRun[]): Promise<string[]> => (await readPdfLines(makePdf([{ runs }]), 't.pdf')).lines.map((l) => l.text)

describe('a short stretch in two columns under a full-width chapter heading', () => {
  const page: TextRun[] = [
    { text: 'Hoofdstuk 4 - Ontwikkelzones', x: 45, y: 78, size: 26, bold: true },
    // Left column: a lead paragraph, a map's caption under the map's empty space, a section.
    { text: 'De groei van de stad vindt vooral plaats in', x: 45, y: 122, size: 11 },
    { text: 'acht zones, waaronder de Spoorzone en het', x: 45, y: 138, size: 11 },
    { text: 'Zuidwesten. Kaart 2 toont de belangrijkste.', x: 45, y: 153, size: 11 },
    { text: 'Kaart 2 Ontwikkelzones langs het spoor en de rivier', x: 45, y: 300, size: 8 },
    { text: '4.1 Spoorzone', x: 45, y: 334.5, size: 12, bold: true },
    { text: 'Rond het station komen woningen, kantoren', x: 45, y: 370.5, size: 9.5 },
    { text: 'en een nieuw fietsenpakhuis bij de sporen.', x: 45, y: 384, size: 9.5 },
    // Right column, its baselines apart from the left column's.
    { text: '4.2 Oostpoort', x: 308.7, y: 120, size: 12, bold: true },
    { text: 'Aan de oostkant van het spoor verandert een', x: 308.7, y: 135, size: 9.5 },
    { text: 'bedrijventerrein in een gemengde wijk.', x: 308.7, y: 148.5, size: 9.5 },
    { text: '4.3 Zuidwest', x: 308.7, y: 175.5, size: 12, bold: true },
    { text: 'In de wijken vernieuwen wij woningen en de', x: 308.7, y: 192.7, size: 9.5 },
    { text: 'openbare ruimte, met meer groen en een', x: 308.7, y: 207, size: 9.5 },
    { text: 'betere verbinding met de binnenstad.', x: 308.7, y: 220.5, size: 9.5 },
    { text: 'Zone', x: 311, y: 312.7, size: 8, bold: true },
    { text: 'Woningen', x: 362, y: 312.7, size: 8, bold: true },
    { text: 'Bijzonder', x: 455, y: 312.7, size: 8, bold: true },
    { text: 'Spoorzone', x: 311, y: 327.7, size: 8 },
    { text: '2.500', x: 362, y: 327.7, size: 8 },
    { text: 'station', x: 455, y: 327.7, size: 8 },
    { text: 'Zuidwest', x: 311, y: 342.7, size: 8 },
    { text: '1.500', x: 362, y: 342.7, size: 8 },
    { text: 'wijkvernieuwing', x: 455, y: 342.7, size: 8 },
  ]

  test('the left column first (lead, caption, 4.1 and its text), then the right column with its table', async () => {
    const t = await texts(page)
    expect(t.filter((l) => /^(?:\d\.\d|Hoofdstuk|Kaart|Zone|De groei|Rond het)/u.test(l))).toEqual([
      'Hoofdstuk 4 - Ontwikkelzones',
      expect.stringMatching(/^De groei van de stad/u),
      'Kaart 2 Ontwikkelzones langs het spoor en de rivier',
      '4.1 Spoorzone',
      expect.stringMatching(/^Rond het station/u),
      '4.2 Oostpoort',
      '4.3 Zuidwest',
      expect.stringMatching(/^Zone/u),
    ])
  })

  test('a column that runs on from the left one (`Schiphol.` at the top of the right column) under a chapter heading: the left column first', async () => {
    const t = await texts([
      { text: 'Hoofdstuk 5 - Mobiliteit', x: 45, y: 78, size: 26, bold: true },
      { text: '5.1 Fiets en voetganger voorop', x: 45, y: 133.5, size: 12, bold: true },
      { text: 'In de binnenstad en de wijken krijgen voetgangers', x: 45, y: 151.5, size: 9.5 },
      { text: 'voorrang. Het autoverkeer gaat om de stad heen.', x: 45, y: 165, size: 9.5 },
      { text: '5.2 Openbaar vervoer', x: 45, y: 192, size: 12, bold: true },
      { text: 'Een hoogwaardige buslijn verbindt de wijken met', x: 45, y: 209.2, size: 9.5 },
      { text: 'het station en met de luchthaven bij de stad', x: 45, y: 223.5, size: 9.5 },
      { text: 'Schiphol.', x: 308.7, y: 120.7, size: 9.5 },
      { text: '5.3 Parkeren', x: 308.7, y: 147, size: 12, bold: true },
      { text: 'Nieuwe woningen krijgen minder parkeerplaatsen.', x: 308.7, y: 165, size: 9.5 },
      { text: 'Deelauto\'s en buurtgarages vangen de vraag op.', x: 308.7, y: 178.5, size: 9.5 },
    ])
    expect(t).toEqual([
      'Hoofdstuk 5 - Mobiliteit',
      '5.1 Fiets en voetganger voorop',
      'In de binnenstad en de wijken krijgen voetgangers',
      'voorrang. Het autoverkeer gaat om de stad heen.',
      '5.2 Openbaar vervoer',
      'Een hoogwaardige buslijn verbindt de wijken met',
      'het station en met de luchthaven bij de stad',
      'Schiphol.',
      '5.3 Parkeren',
      'Nieuwe woningen krijgen minder parkeerplaatsen.',
      'Deelauto\'s en buurtgarages vangen de vraag op.',
    ])
  })

  test('a map across both columns between two stretches in columns (the page empty across its width): each stretch left column first', async () => {
    const column = (x: number, y: number, words: string): TextRun[] =>
      [0, 1].map((k) => ({ text: `${words} ${['staat in de eerste regel van de kolom', 'sluit de alinea af op de tweede regel.'][k]}`, x, y: y + 14 * k, size: 9.5 }))
    const t = await texts([
      { text: 'Hoofdstuk 6 - Water en bodem', x: 45, y: 78, size: 26, bold: true },
      ...column(45, 120, 'Links boven'),
      ...column(308.7, 124, 'Rechts boven'),
      // A map across the page from y 170 to 330: nothing beside it.
      ...column(45, 350, 'Links onder'),
      ...column(308.7, 354, 'Rechts onder'),
    ])
    expect(t.slice(1).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      ...Array(2).fill('Links boven'),
      ...Array(2).fill('Rechts boven'),
      ...Array(2).fill('Links onder'),
      ...Array(2).fill('Rechts onder'),
    ])
  })

  test('a table of two columns without rules under a full-width heading, its rows on shared baselines and a source note below: rows, not columns', () => {
    const item = (text: string, x: number, y: number, size = 9.5, bold = false): PdfItem => ({ text, x, y, width: text.length * size * 0.5, size, bold })
    const items = [item('Hoofdstuk 5 - Gebieden en opgaven tot 2040', 45, 78, 20, true)]
    const cells = [
      ['Binnenstad en de schil eromheen', 'verdichten met woningen en voorzieningen'],
      ['Spoorzone bij het station', 'wonen, werken en een nieuw fietsenpakhuis'],
      ['Zuidwest met zijn naoorlogse wijken', 'vernieuwen van woningen en de openbare ruimte'],
    ]
    cells.forEach(([a, b], k) => items.push(item(a as string, 45, 120 + 20 * k), item(b as string, 308.7, 120 + 20 * k)))
    items.push(item('Bron: gemeentelijke woningbouwplanning, 2026.', 45, 190))
    const lines = pageLines({ number: 1, width: 595, height: 842, images: 0, items })
    expect(lines.map((l) => l.text)).toEqual([
      'Hoofdstuk 5 - Gebieden en opgaven tot 2040',
      ...cells.map((c) => c.join(' ')),
      'Bron: gemeentelijke woningbouwplanning, 2026.',
    ])
  })

  test('h62: its chapters 4 and 5 in reading order (no heading out of its numbering), every heading exact, its zone table a table', async () => {
    const d = corpusDocuments('dev').find((c) => c.id === 'h62')
    if (!d) throw new Error('h62 missing from the dev corpus')
    const { document, findings } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h62', 'document.pdf')), { file: 'document.pdf' })
    expect(findings.filter((f) => f.code === 'VISIE-103').map((f) => f.message)).toEqual([])
    const score = scoreRead('h62', d.truth, 'pdf', document, findings)
    expect(score.koppen.gemist).toEqual([])
    expect(score.tabellen.gevonden).toBe(score.tabellen.verwacht)
  })
})
