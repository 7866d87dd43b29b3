/**
 * Tables in the body by the alignment of their cells: a column of figures set flush right (its cells end at one x and
 * start at different ones, `± 180.000 m²` under `± 65.000 m²`) is one column of the table, as h13's is.
 */
import { describe, expect, test } from 'vitest'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { makePdf, type TextRun } from './make-pdf.js'

describe('a table with a column set flush right', () => {
  test('`Functie | Vloeroppervlak 2025 | Richting 2040`, the figures flush right under the head: three columns, four rows', async () => {
    // Helvetica at 9 pt: `± 65.000 m2` is 50.283 pt wide, a digit 5.004 pt: the head (87.543 pt) and the figures end at x 360.
    const right = (text: string): number => 360 - 50.283 - (text.replace(/\D/gu, '').length - 6) * 5.004
    const row = (y: number, naam: string, m2: string, richting: string): TextRun[] => [
      { text: naam, x: 76, y, size: 9 },
      { text: m2, x: right(m2), y, size: 9 },
      { text: richting, x: 372, y, size: 9 },
    ]
    const runs: TextRun[] = [
      { text: 'De binnenstad blijft het centrum voor winkelen, cultuur en horeca. De tabel geeft de verdeling.', x: 70, y: 100, size: 9.5 },
      { text: 'Functie', x: 76, y: 125, size: 9, bold: true },
      { text: 'Vloeroppervlak 2025', x: 360 - 87.543, y: 125, size: 9, bold: true },
      { text: 'Richting 2040', x: 372, y: 125, size: 9, bold: true },
      ...row(144, 'Detailhandel', '± 180.000 m2', 'krimpen, concentreren'),
      ...row(163, 'Horeca', '± 65.000 m2', 'gelijk houden'),
      ...row(182, 'Wonen', '± 410.000 m2', 'groeien'),
      ...row(201, 'Cultuur en onderwijs', '± 95.000 m2', 'groeien'),
      { text: 'Sinds de opening van de tunnel is de Groene Loper een groene verbinding tussen de wijken.', x: 70, y: 240, size: 9.5 },
    ]
    const read = await readPdfLines(makePdf([{ runs }]), 't.pdf')
    const table = read.lines.find((l) => l.hints?.table)?.hints?.table
    expect(table?.header).toBe(1)
    expect(table?.rows).toEqual([
      ['Functie', 'Vloeroppervlak 2025', 'Richting 2040'],
      ['Detailhandel', '± 180.000 m2', 'krimpen, concentreren'],
      ['Horeca', '± 65.000 m2', 'gelijk houden'],
      ['Wonen', '± 410.000 m2', 'groeien'],
      ['Cultuur en onderwijs', '± 95.000 m2', 'groeien'],
    ])
  })
})

describe('a heading below a table', () => {
  test('`3.2 Recreatie en toerisme` in larger type under the last row, starting in the first column, is no row (h70, h72)', async () => {
    const row = (y: number, terrein: string, ha: string, vrij: string): TextRun[] => [
      { text: terrein, x: 73, y, size: 8 },
      { text: ha, x: 228, y, size: 8 },
      { text: vrij, x: 305, y, size: 8 },
    ]
    const runs: TextRun[] = [
      { text: 'Bedrijventerrein Roden-Zuid is de plek voor grotere bedrijven. In de dorpen is ruimte.', x: 70, y: 100, size: 9 },
      { text: 'Terrein', x: 73, y: 125, size: 8, bold: true },
      { text: 'Oppervlak', x: 228, y: 125, size: 8, bold: true },
      { text: 'Nog uitgeefbaar', x: 305, y: 125, size: 8, bold: true },
      ...row(142, 'Roden-Zuid', '62 ha', '4 ha'),
      ...row(160, 'Peize, Hoogeveenseweg', '8 ha', '1 ha'),
      ...row(178, 'Norg, Langeloërweg', '5 ha', '—'),
      { text: '3.2 Recreatie en toerisme', x: 70, y: 204, size: 10.5, bold: true },
      { text: 'Fietsen, wandelen en cultuur in Veenhuizen trekken bezoekers. We zetten in op kwaliteit.', x: 70, y: 218, size: 9 },
    ]
    const read = await readPdfLines(makePdf([{ runs }]), 't.pdf')
    expect(read.lines.find((l) => l.hints?.table)?.hints?.table?.rows).toEqual([
      ['Terrein', 'Oppervlak', 'Nog uitgeefbaar'],
      ['Roden-Zuid', '62 ha', '4 ha'],
      ['Peize, Hoogeveenseweg', '8 ha', '1 ha'],
      ['Norg, Langeloërweg', '5 ha', '—'],
    ])
    expect(read.lines.find((l) => l.text === '3.2 Recreatie en toerisme')?.hints?.heading).toBeDefined()
  })
})
