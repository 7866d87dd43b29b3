/**
 * What the PDFs of session 12's holdout showed, on PDFs written for each: a chapter word of the document's own on a
 * line above each chapter's title at the top of its page (`Ambitie 1` in bold body type over an 18 pt title), a
 * footer that names the chapter on the left and the page number in the right margin (`Bijlage 2 … 10`), and a bold
 * heading right below the GIO table (`Colofon`), which is no wrapped cell of its last row.
 */
import { describe, expect, test } from 'vitest'
import type { Structuur } from '../../../src/model/index.js'
import { readDocument } from '../../../src/read/index.js'
import { makePdf, type TextRun } from './make-pdf.js'

const besluit: TextRun[] = [
  { text: 'Besluit tot vaststelling van de Omgevingsvisie Proefdorp', x: 70, y: 80, size: 12, bold: true },
  { text: 'De raad van de gemeente Proefdorp;', x: 70, y: 110 },
  { text: 'besluit:', x: 70, y: 130, bold: true },
  { text: 'Artikel 1', x: 70, y: 150, bold: true },
  { text: 'De Omgevingsvisie Proefdorp, opgenomen in Bijlage A, wordt vastgesteld.', x: 70, y: 165 },
  { text: 'Artikel 2', x: 70, y: 185, bold: true },
  { text: 'Dit besluit treedt in werking op 1 juli 2026.', x: 70, y: 200 },
  { text: 'Aldus vastgesteld in de openbare raadsvergadering van 1 maart 2026.', x: 70, y: 225 },
]

const id = (name: string): string => `/join/id/regdata/gm9999/2026/${name}/nld@2026-06-01;1`
const footer = (title: string, n: number): TextRun[] => [
  { text: title, x: 57, y: 810, size: 8 },
  { text: String(n), x: 530, y: 810, size: 8 },
]

const lead = ['Het dorp groeit met woningen binnen de grenzen van de kern.', 'Bedrijven vinden ruimte op de terreinen langs de haven.', 'Parken en bomen maken het dorp koeler in de zomer.']
const section = ['Wonen', 'Werken', 'Groen']

function chapterPage(n: number, title: string): TextRun[] {
  return [
    { text: `Ambitie ${n}`, x: 70, y: 63, bold: true },
    { text: title, x: 70, y: 90, size: 18, bold: true },
    { text: lead[n - 1] as string, x: 70, y: 120 },
    { text: `${n}.1 ${section[n - 1] as string}`, x: 70, y: 150, size: 12, bold: true },
    { text: `In ${title.toLowerCase()} kiezen wij voor ${(section[n - 1] as string).toLowerCase()} op plekken die al verhard zijn.`, x: 70, y: 170 },
    ...footer(title, n + 1),
  ]
}

function headings(nodes: readonly Structuur[], depth = 1): string[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.label ?? ''} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`.replace(/\s+/gu, ' '), ...headings(n.children, depth + 1)] : []))
}

describe('the PDF reader on what session 12 showed', () => {
  test('chapter labels of the document, a chapter-named footer with the page number in the margin, a heading below the GIO table', async () => {
    const titles = ['Een compacte kern', 'Een werkend dorp', 'Een groen dorp']
    const pdf = makePdf([
      { runs: besluit },
      { runs: [{ text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true }, { text: 'Omgevingsvisie Proefdorp', x: 70, y: 110, size: 20, bold: true }, ...footer('Omgevingsvisie Proefdorp', 1)] },
      ...titles.map((t, k) => ({ runs: chapterPage(k + 1, t) })),
      {
        runs: [
          { text: 'Bijlage 2 Werkingsgebieden', x: 70, y: 80, size: 14, bold: true },
          { text: 'Naam', x: 70, y: 110, size: 9, bold: true },
          { text: 'Identificatie', x: 250, y: 110, size: 9, bold: true },
          { text: 'Dorpskern', x: 70, y: 125, size: 9 },
          { text: id('dorpskern'), x: 250, y: 125, size: 9 },
          { text: 'Polder Noord en', x: 70, y: 140, size: 9 },
          { text: id('polder-noord'), x: 250, y: 140, size: 9 },
          { text: 'Zuid', x: 70, y: 150, size: 9 },
          { text: 'Colofon', x: 70, y: 172, size: 11, bold: true },
          { text: 'Uitgave: gemeente Proefdorp, afdeling Ruimte.', x: 70, y: 195 },
          ...footer('Bijlage 2', 5),
        ],
      },
    ])
    const { document, findings } = await readDocument(pdf, { file: 'proef.pdf' })
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(titles.flatMap((t, k) => [`1 Ambitie ${k + 1} ${t}`, `2 ${k + 1}.1 ${section[k] as string}`]))
    expect(document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([
      ['Dorpskern', id('dorpskern')],
      ['Polder Noord en Zuid', id('polder-noord')],
    ])
    const text = JSON.stringify(document)
    expect(text).toContain('Colofon')
    expect(text).not.toMatch(/"Bijlage 2"|Zuid Bijlage|Zuid Colofon/u)
    expect(findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
  })

  test('a short page of a document in two columns throughout is read in its columns: left first, then right', async () => {
    const words = ['Wij', 'bouwen', 'woningen', 'in', 'de', 'kern', 'en', 'langs', 'het', 'lint', 'van', 'het', 'dorp', 'met', 'oog', 'voor', 'groen']
    const prose = (k: number): string => Array.from({ length: 7 }, (_, j) => words[(k + j) % words.length]).join(' ')
    const columnPage = (chapter: number, title: string): TextRun[] => [
      { text: `${chapter} ${title}`, x: 60, y: 70, size: 17, bold: true },
      ...Array.from({ length: 14 }, (_, k): TextRun => ({ text: `${prose(k + chapter)}${k % 5 === 4 ? '.' : ''}`, x: 60, y: 100 + k * 14 })),
      { text: `${chapter}.1 Eerste opgave`, x: 320, y: 100, size: 11, bold: true },
      ...Array.from({ length: 13 }, (_, k): TextRun => ({ text: `${prose(k + 3 * chapter)}${k % 4 === 3 ? '.' : ''}`, x: 320, y: 118 + k * 14 })),
    ]
    const pdf = makePdf([
      { runs: besluit },
      { runs: [{ text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true }, { text: 'Omgevingsvisie Proefdorp', x: 70, y: 110, size: 20, bold: true }] },
      { runs: columnPage(1, 'Wonen') },
      { runs: columnPage(2, 'Werken') },
      { runs: columnPage(3, 'Groen') },
      {
        runs: [
          { text: '4.2 Monitoring', x: 320, y: 67, size: 11, bold: true },
          { text: 'Wij actualiseren de visie elke vijf jaar en', x: 320, y: 84 },
          { text: 'rapporteren tussentijds aan de raad.', x: 320, y: 97 },
          { text: '4 Uitvoering', x: 60, y: 80, size: 17, bold: true },
          { text: '4.1 Programma’s', x: 60, y: 115, size: 11, bold: true },
          { text: 'De speerpunten werken wij uit in programma’s', x: 60, y: 132 },
          { text: 'en in het omgevingsplan voor heel Proefdorp.', x: 60, y: 145 },
        ],
      },
      { runs: [{ text: 'Bijlage 2 Werkingsgebieden', x: 70, y: 80, size: 14, bold: true }, { text: 'Dorpskern', x: 70, y: 110, size: 9 }, { text: id('dorpskern'), x: 250, y: 110, size: 9 }] },
    ])
    const { document, findings } = await readDocument(pdf, { file: 'kolommen.pdf' })
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam).filter((h) => /^\S+ 4/u.test(h))).toEqual(['1 4 Uitvoering', '2 4.1 Programma’s', '2 4.2 Monitoring'])
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })
})
