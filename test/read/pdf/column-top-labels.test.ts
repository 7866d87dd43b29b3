/**
 * Labels atop the columns of a landscape page in two columns (h70, session 10): `AMBITIE 2` atop the right column of
 * one page and `AMBITIE 4` atop the left column of the next stand in the top margin in the same type, but at other
 * places: no running header. And `AMBITIE 4`'s number stands on its own baseline, a little above the heading that
 * starts the right column (`4.2 Klimaatadaptatie` in larger type): it is no note mark raised above that heading.
 */
import { describe, expect, test } from 'vitest'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { makePdf, type TextRun } from './make-pdf.js'

const body = (x: number, y: number, n: number): TextRun[] =>
  Array.from({ length: n }, (_, k): TextRun => ({ text: 'De dorpen houden hun eigen karakter en hun voorzieningen voor de inwoners.', x, y: y + 13 * k, size: 9 }))

/** `AMBITIE` and its number as two runs, as a typesetter sets them (the number its own text item). */
const label = (n: number, x: number, y: number): TextRun[] => [
  { text: 'AMBITIE', x, y, size: 8, bold: true },
  { text: String(n), x: x + 56, y, size: 8, bold: true },
]

function pdf(): Uint8Array {
  const page = { width: 842, height: 595 }
  return makePdf([
    {
      ...page,
      runs: [
        ...label(1, 51, 100),
        { text: 'Leefbaar Noordenveld', x: 51, y: 120, size: 16, bold: true },
        { text: '1.1 Dorpen', x: 51, y: 140, size: 10.5, bold: true },
        ...body(51, 155, 25),
        ...label(2, 441, 58.5),
        { text: 'Groen Noordenveld', x: 441, y: 77, size: 16, bold: true },
        { text: '2.1 Esdorpen', x: 441, y: 97, size: 10.5, bold: true },
        ...body(441, 112, 28),
      ],
    },
    {
      ...page,
      runs: [
        ...label(4, 51, 58.5),
        { text: 'Duurzaam Noordenveld', x: 51, y: 77, size: 16, bold: true },
        { text: '4.1 Energie', x: 51, y: 97, size: 10.5, bold: true },
        ...body(51, 112, 28),
        { text: '4.2 Klimaatadaptatie', x: 441, y: 60.75, size: 10.5, bold: true },
        ...body(441, 75, 30),
      ],
    },
  ])
}

describe('labels atop the columns of a two-column page', () => {
  test('`AMBITIE 2` and `AMBITIE 4` stay in the text, each with its number as printed', async () => {
    const read = await readPdfLines(pdf(), 'a.pdf')
    const labels = read.lines.filter((l) => l.text.startsWith('AMBITIE')).map((l) => l.text)
    expect(labels).toEqual(['AMBITIE 1', 'AMBITIE 2', 'AMBITIE 4'])
    expect(read.findings.filter((f) => f.code === 'VISIE-170')).toEqual([])
  })
})
