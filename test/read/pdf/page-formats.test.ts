/**
 * Distances that scale with the page and its type (issue 13, session 10): bullet depths and aligned starts are
 * measured in the body's type size, the size under which an image is an icon in the page's size. A page in large type
 * (a landscape page set in 16 pt) keeps one depth for bullets a few points apart, and an A5 page's small figure is
 * a figure where the same box on A4 is an icon.
 */
import { describe, expect, test } from 'vitest'
import { pdfLines } from '../../../src/read/pdf/index.js'
import { decorativeImages, type PdfFigure } from '../../../src/read/pdf/images.js'
import type { PdfItem } from '../../../src/read/pdf/load.js'

const LANDSCAPE = { width: 842, height: 595 }

describe('distances relative to the type', () => {
  const item = (text: string, x: number, y: number, size = 16): PdfItem => ({ text, x, y, width: text.length * size * 0.5, size, bold: false })

  test('bullets 5 pt apart in 16 pt type are one list depth (the glyphs differ in width), a bullet 24 pt further in is one deeper', () => {
    const items = [
      item('Wij werken aan drie opgaven voor de regio en de stad:', 60, 120),
      item('•', 66, 145), item('meer woningen bij de stations;', 90, 145),
      item('▪', 71, 170), item('meer groen in de wijken;', 95, 170),
      item('–', 95, 195), item('met bomen in elke straat;', 119, 195),
      item('•', 66, 220), item('een sterke binnenstad.', 90, 220),
    ]
    const read = pdfLines([{ number: 1, ...LANDSCAPE, images: 0, items }], 'l.pdf')
    expect(read.lines.map((l) => [l.text, l.hints?.listItem?.depth])).toEqual([
      ['Wij werken aan drie opgaven voor de regio en de stad:', undefined],
      ['meer woningen bij de stations;', 0],
      ['meer groen in de wijken;', 0],
      ['met bomen in elke straat;', 1],
      ['een sterke binnenstad.', 0],
    ])
  })

  test('numbered points in 16 pt type whose numbers stand 2.5 pt apart follow each other: a full line that ends a sentence ends its point', () => {
    const items = [
      item('2. De visie treedt in werking op de dag na die van de bekendmaking.', 60, 120),
      item('3. Het college maakt de visie bekend in het gemeenteblad van de stad.', 62.5, 140),
      item('4. Het college legt de visie ter inzage in het stadhuis van de stad.', 60, 160),
    ]
    const lines = pdfLines([{ number: 1, ...LANDSCAPE, images: 0, items }], 'l.pdf').lines
    expect(lines.map((l) => l.hints?.paragraphEnd)).toEqual([true, true, undefined])
  })
})

describe('the size of an icon in the page\'s size', () => {
  const box: PdfFigure = { x: 100, y: 300, width: 30, height: 30 }

  test('a 30 pt image is an icon on A4 and a figure on A5', () => {
    expect(decorativeImages([{ width: 595, height: 842, figures: [box] }]).has(box)).toBe(true)
    expect(decorativeImages([{ width: 420, height: 595, figures: [box] }]).has(box)).toBe(false)
  })
})
