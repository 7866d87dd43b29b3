/**
 * What the h17–h24 prints showed of the PDF reader (issue 13, session 6), each on a PDF written at test time and on
 * the corpus document that showed it: letter-spaced type gets its words back from the page's space glyphs; a GIO
 * table goes on over a page break under its repeated header, with a row broken by the break kept whole; page
 * numbers in the outer margin go; a contents without leaders is no two-column page and no table; a footnote whose
 * mark equals the page's printed number is a note, not a page number.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
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

const corpus = (id: string): Uint8Array => readFileSync(join(repoRoot, 'test', 'corpus', id, 'document.pdf'))

describe('letter-spaced type', () => {
  test('a tracked line is read with its words, not letter by letter', async () => {
    const pdf = makePdf([{ runs: [{ text: 'Bijlage 1 bij het raadsbesluit van 1 maart 2026', x: 70, y: 80, charSpacing: 2.5 }, { text: 'Gewone tekst.', x: 70, y: 100 }] }])
    const read = await readPdfLines(pdf, 'l.pdf')
    expect(read.lines.map((l) => l.text)).toEqual(['Bijlage 1 bij het raadsbesluit van 1 maart 2026', 'Gewone tekst.'])
  })

  test('h17: the besluit\'s bijlage line in tracked type splits besluit and visie, and the GIO bijlage after it is found', async () => {
    const read = await readPdfLines(corpus('h17'), 'document.pdf')
    expect(read.lines.map((l) => l.text)).toContain('Bijlage 1 bij het raadsbesluit van 2 juli 2026')
    const { document } = await readDocument(corpus('h17'), { file: 'document.pdf' })
    expect(document.besluit.wijzigBijlage.regeling.bijlagen.map((b) => b.kop.nummer)).toEqual(['2'])
  })
})

/** A visie whose GIO table starts on page 3 and goes on on page 4 under its header; one identifier is cut by the page break. */
function gioPdf(): Uint8Array {
  const id = (n: number): string => `/join/id/regdata/gm9999/2026/gebied-${String(n).padStart(2, '0')}/nld@2026-03-01;1`
  const row = (n: number, y: number): TextRun[] => [
    { text: `Gebied ${n}`, x: 70, y },
    { text: id(n), x: 220, y },
  ]
  const header = (y: number): TextRun[] => [
    { text: 'Naam', x: 70, y, bold: true },
    { text: 'Identificatie', x: 220, y, bold: true },
  ]
  const page3: TextRun[] = [
    { text: 'Bijlage 1 Geografische informatieobjecten', x: 70, y: 80, size: 16, bold: true },
    { text: 'De visie verwijst naar deze informatieobjecten.', x: 70, y: 110 },
    ...header(140),
    ...Array.from({ length: 40 }, (_, k) => row(k + 1, 160 + 15 * k)).flat(),
    { text: 'Gebied 41', x: 70, y: 760 },
    { text: '/join/id/regdata/gm9999/2026/gebied-', x: 220, y: 760 },
  ]
  const page4: TextRun[] = [...header(80), { text: '41/nld@2026-03-01;1', x: 220, y: 100 }, ...row(42, 120), ...row(43, 135)]
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
    { runs: page3 },
    { runs: page4 },
  ])
}

describe('a GIO table over a page break', () => {
  test('rows after the break join the table, the repeated header is no row, the cut identifier is whole', async () => {
    const read = await readPdfLines(gioPdf(), 'g.pdf')
    const rows = read.lines.filter((l) => l.text.includes('/join/id/'))
    expect(rows).toHaveLength(43)
    expect(rows.map((r) => r.text).slice(39)).toEqual([
      'Gebied 40 /join/id/regdata/gm9999/2026/gebied-40/nld@2026-03-01;1',
      'Gebied 41 /join/id/regdata/gm9999/2026/gebied-41/nld@2026-03-01;1',
      'Gebied 42 /join/id/regdata/gm9999/2026/gebied-42/nld@2026-03-01;1',
      'Gebied 43 /join/id/regdata/gm9999/2026/gebied-43/nld@2026-03-01;1',
    ])
    expect(read.lines.filter((l) => l.text === 'Naam Identificatie')).toHaveLength(1)
  })

  test('in the model every GIO is read with its exact identifier', async () => {
    const { document } = await readDocument(gioPdf(), { file: 'g.pdf' })
    const ids = document.informatieobjecten.map((g) => g.expression)
    expect(ids).toHaveLength(43)
    expect(ids).toContain('/join/id/regdata/gm9999/2026/gebied-41/nld@2026-03-01;1')
  })

  test('h17 (22 rows over two pages) and h22 (a row cut by the break) read every GIO', async () => {
    for (const [id, count] of [['h17', 22], ['h22', 14]] as const) {
      const { document } = await readDocument(corpus(id), { file: 'document.pdf' })
      const truth = JSON.parse(readFileSync(join(repoRoot, 'test', 'corpus', id, 'truth.json'), 'utf8')) as { gios: { identificatie: string }[] }
      expect(document.informatieobjecten.map((g) => g.expression).sort()).toEqual(truth.gios.map((g) => g.identificatie).sort())
      expect(truth.gios).toHaveLength(count)
    }
  })
})

describe('page furniture', () => {
  test('page numbers in the outer margin halfway down, alternating sides, go; one beside a text line is cut off it', async () => {
    const page = (n: number, extra: TextRun[] = []): { runs: TextRun[] } => ({
      runs: [
        { text: `${n} Hoofdstuk ${n - 1}`, x: 70, y: 80, size: 16, bold: true },
        ...Array.from({ length: 20 }, (_, k) => ({ text: `Tekst over onderwerp ${k + 1} van hoofdstuk ${n - 1} gaat hier verder.`, x: 70, y: 110 + 15 * k })),
        { text: String(n), x: n % 2 === 0 ? 30 : 540, y: 260, size: 11, bold: true },
        ...extra,
      ],
    })
    const read = await readPdfLines(makePdf([page(2), page(3), page(4), page(5)]), 'm.pdf')
    expect(read.lines.filter((l) => /^\d+$/u.test(l.text))).toEqual([])
    const texts = read.lines.map((l) => l.text)
    expect(texts.filter((t) => /verder\. \d+$|^\d+ Tekst/u.test(t))).toEqual([])
    expect(texts.filter((t) => t === 'Tekst over onderwerp 11 van hoofdstuk 2 gaat hier verder.')).toHaveLength(1)
    expect(read.findings.filter((f) => f.code === 'VISIE-170').map((f) => f.data['voorbeeld'])).toContain('2')
  })

  test('h11: the margin page number above `HOOFDSTUK 5` is no chapter number, and none ends a GIO identifier', async () => {
    const read = await readPdfLines(corpus('h11'), 'document.pdf')
    const texts = read.lines.map((l) => l.text)
    expect(texts).toContain('HOOFDSTUK 5 WONEN EN LANDSCHAP')
    expect(texts.filter((t) => t.includes('/join/id/')).every((t) => /;1$/u.test(t))).toBe(true)
  })

  test('h19: a chapter label in bold type smaller than the body at the top of the page is a heading, not a running header', async () => {
    const read = await readPdfLines(corpus('h19'), 'document.pdf')
    expect(read.lines.filter((l) => l.hints?.heading?.level === 1).map((l) => l.text)).toContain('HOOFDSTUK 1 Groningen in 2040')
  })

  test('h18: a contents without leaders is read line by line (and dropped as contents), not in two columns or as a table', async () => {
    const read = await readPdfLines(corpus('h18'), 'document.pdf')
    const texts = read.lines.map((l) => l.text)
    expect(texts).toContain('Hoofdstuk 1 Eilander kwaliteiten 5')
    expect(read.lines.filter((l) => l.hints?.table)).toEqual([])
    const { document } = await readDocument(corpus('h18'), { file: 'document.pdf' })
    const koppen = document.besluit.wijzigBijlage.regeling.lichaam.flatMap((d) => (d.type === 'divisie' && d.kop.nummer ? [d.kop.nummer] : []))
    expect(koppen).toEqual(['0', '1', '2', '3'])
  })
})

describe('footnotes and page numbers', () => {
  test('h21 and h23: a note whose mark equals the printed page number stays a note; no note is a heading', async () => {
    for (const [id, notes] of [['h21', ['¹ Zie artikel 3.1', '² Voor monumenten']], ['h23', ['¹ De omgevingsvisie is geregeld', '² De erkenning geldt']]] as const) {
      const read = await readPdfLines(corpus(id), 'document.pdf')
      // Each note rides on the line that holds its mark (a STOP Noot there), and no line is a heading made of it.
      const riding = read.lines.flatMap((l) => (l.hints?.noten ?? []).map((n) => `${n.mark} ${n.text}`))
      for (const note of notes) {
        expect(riding.find((t) => t.startsWith(note)), `${id}: ${note}`).toBeDefined()
        expect(read.lines.filter((l) => l.hints?.heading && l.text.includes(note.slice(2)))).toEqual([])
      }
      const { findings } = await readDocument(corpus(id), { file: 'document.pdf' })
      expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
    }
  })
})
