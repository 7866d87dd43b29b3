/**
 * A lead paragraph set larger than the body (a magazine's intro under its chapter heading, a pull quote) is in heading
 * type but holds sentences: it is text, not an unnumbered heading with its sentences as title (h25, h37, h45, h53,
 * h62). A short unnumbered title in the same type stays a heading.
 */
import { describe, expect, test } from 'vitest'
import { pdfLines } from '../../../src/read/pdf/index.js'
import type { PdfItem } from '../../../src/read/pdf/load.js'

const item = (text: string, y: number, size = 9.5, bold = false): PdfItem => ({ text, x: 60, y, width: text.length * size * 0.5, size, bold })
const body = ['Wij bouwen tot 2040 ruim vijfduizend woningen in de stad en de dorpen, vooral', 'op plekken die goed bereikbaar zijn met de fiets en het openbaar vervoer, en', 'wij houden daarbij rekening met water, groen en de kwaliteit van de buurt.']

describe('a lead paragraph in heading type', () => {
  test('three lines of sentences in 11 pt over a 9.5 pt body are one paragraph; `Wonen en werken` in 11 pt and `2.1 Wonen` stay headings', () => {
    const items = [
      item('2 Ambities', 80, 20, true),
      item('De stad groeit de komende jaren verder door. Wij', 110, 11),
      item('kiezen voor groei binnen de bestaande stad, met', 126, 11),
      item('meer groen. Dat vraagt keuzes van iedereen.', 142, 11),
      ...body.map((t, k) => item(t, 170 + 13 * k)),
      item('Wonen en werken', 230, 11),
      ...body.map((t, k) => item(t, 250 + 13 * k)),
      item('2.1 Wonen', 310, 12, true),
      ...body.map((t, k) => item(t, 330 + 13 * k)),
    ]
    const lines = pdfLines([{ number: 1, width: 595, height: 842, images: 0, items }], 'l.pdf').lines
    expect(lines.filter((l) => l.hints?.heading).map((l) => l.text)).toEqual(['2 Ambities', 'Wonen en werken', '2.1 Wonen'])
    const lead = lines.filter((l) => l.line >= 2 && l.line <= 4)
    expect(lead.map((l) => l.hints?.paragraphEnd)).toEqual([false, false, true])
  })
})
