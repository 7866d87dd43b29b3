/**
 * Headings typeset in ways that line building used to misread (issue 13, session 7), each on a PDF written at test
 * time and on the corpus documents that showed it: small capitals as a browser synthesises them (a word's capital in
 * the full size, its other letters as smaller capitals) are read back in lower case and in the heading's size; a
 * heading's number hanging in the margin before its title (`1.2.` | `Hoe de visie tot stand kwam`) makes no table.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { corpusDocuments, headings } from '../../corpus/score.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const corpus = (id: string): Uint8Array => readFileSync(join(repoRoot, 'test', 'corpus', id, 'document.pdf'))

/** Helvetica-Bold advance widths (per 1000 units of the size) of the letters the test sets. */
const BOLD_WIDTH: Readonly<Record<string, number>> = { '1': 556, '.': 278, ' ': 278, W: 944, A: 722, R: 722, O: 778, M: 833, D: 722, E: 667, Z: 611, G: 778, V: 667, I: 278, N: 722, S: 667 }

/** Runs set one after the other from `x` as a browser sets them: each run where the one before it ends. */
function setInLine(parts: readonly { text: string; size: number }[], x: number, y: number): TextRun[] {
  const out: TextRun[] = []
  for (const p of parts) {
    out.push({ text: p.text, x, y, size: p.size, bold: true })
    x += ([...p.text].reduce((w, c) => w + (BOLD_WIDTH[c] ?? 600), 0) * p.size) / 1000
  }
  return out
}

const body = (y: number): TextRun => ({ text: 'De gemeente werkt samen met inwoners, bedrijven en partners in de regio.', x: 70, y })

describe('small capitals', () => {
  test('`1.1 W` + `AAROM` … in capitals at 0.7 of the size is the heading `1.1 Waarom deze omgevingsvisie`', async () => {
    const heading = setInLine(
      [
        { text: '1.1 W', size: 12 },
        { text: 'AAROM', size: 8.4 },
        { text: ' DEZE', size: 8.4 },
        { text: ' OMGEVINGSVISIE', size: 8.4 },
      ],
      70,
      150,
    )
    const pdf = makePdf([{ runs: [body(100), body(115), ...heading, body(175), body(190)] }])
    const read = await readPdfLines(pdf, 's.pdf')
    const line = read.lines.find((l) => l.text.startsWith('1.1'))
    expect(line?.text).toBe('1.1 Waarom deze omgevingsvisie')
    expect(line?.hints?.heading).toEqual({ level: 2 })
  })

  test('capitals in smaller type that stand apart from the full-size text keep their case', async () => {
    const pdf = makePdf([{ runs: [body(100), { text: 'Kaart 3', x: 70, y: 130, size: 12, bold: true }, { text: 'NOORD', x: 300, y: 130, size: 8.4, bold: true }, body(160)] }])
    const read = await readPdfLines(pdf, 's.pdf')
    expect(read.lines.map((l) => l.text)).toContain('Kaart 3 NOORD')
  })

  test('h33, h39 and h48: their small-caps headings with their titles in lower case, wrapped titles whole', async () => {
    const titles = async (id: string): Promise<string[]> => {
      const { document } = await readDocument(corpus(id), { file: 'document.pdf' })
      return headings(document).map((k) => `${k.nummer} ${k.opschrift}`)
    }
    expect(await titles('h33')).toEqual(expect.arrayContaining(['1.1 Waarom deze omgevingsvisie', '2.2 Klimaat, energie en gezondheid als randvoorwaarden voor iedere ontwikkeling in de bestaande stad', '4.2 Leidsche Rijn, Overvecht en het Science Park']))
    expect(await titles('h39')).toEqual(expect.arrayContaining(['1.1 Ligging', '5.2 Rust in het bos']))
    expect(await titles('h48')).toEqual(expect.arrayContaining(['3 Na het hoogwater van juli 2021: veilig wonen en werken in het dal van de Geul en zijn zijbeken']))
  })
})

describe('a heading number hanging in the margin', () => {
  test('`1.2` in the margin and its title at the text\'s edge, three times on a page, are headings and no table', async () => {
    const runs: TextRun[] = []
    let y = 90
    for (const [n, title] of [['1.1', 'Waarom een visie'], ['1.2', 'Hoe de visie tot stand kwam'], ['1.3', 'Leeswijzer']] as const) {
      runs.push({ text: n, x: 40, y, size: 12, bold: true }, { text: title, x: 95, y, size: 12, bold: true })
      for (let k = 1; k <= 3; k++) runs.push({ text: 'De gemeente werkt samen met inwoners, bedrijven en partners in de regio.', x: 95, y: y + 15 * k })
      y += 80
    }
    const read = await readPdfLines(makePdf([{ runs }]), 'm.pdf')
    expect(read.lines.filter((l) => l.hints?.table)).toEqual([])
    expect(read.lines.filter((l) => l.hints?.heading).map((l) => `${l.text} ${l.hints?.heading?.level}`)).toEqual(['1.1 Waarom een visie 2', '1.2 Hoe de visie tot stand kwam 2', '1.3 Leeswijzer 2'])
  })

  test('h35 (`§ 1.2` in the margin) and h46 (`1.2.` in the margin): every heading, no table where they have none', async () => {
    for (const id of ['h35', 'h46']) {
      const d = corpusDocuments('dev').find((c) => c.id === id)
      if (!d) throw new Error(`${id} missing from the dev corpus`)
      const { document } = await readDocument(corpus(id), { file: 'document.pdf' })
      const read = headings(document).map((k) => `${k.nummer} ${k.opschrift} ${k.niveau}`)
      expect(read).toEqual(expect.arrayContaining(d.truth.visie.koppen.map((k) => `${k.nummer} ${k.opschrift} ${k.niveau}`)))
    }
  })
})

describe('a title numbered with a letter', () => {
  test('`a)` + `Landschap en erfgoed` in bold half a point over the body, under `2.1`: a heading, its letter kept (h65)', async () => {
    const runs: TextRun[] = [
      { text: '2 Uitgangspunten', x: 74, y: 80, size: 17, bold: true },
      { text: '2.1', x: 74, y: 115, size: 12.5, bold: true },
      { text: 'Kwaliteit als basis', x: 111, y: 115, size: 12.5, bold: true },
    ]
    let y = 135
    for (const [letter, title] of [['a)', 'Landschap en erfgoed'], ['b)', 'Gaswinning en versterking']] as const) {
      for (let k = 0; k < 3; k++) runs.push({ text: 'Groningers voelen zich zeer verbonden met hun landschap en met hun dorpen.', x: 74, y: y + 14 * k, size: 10 })
      y += 3 * 14 + 20
      runs.push({ text: letter, x: 74, y, size: 10.5, bold: true }, { text: title, x: 119, y, size: 10.5, bold: true })
      y += 18
    }
    for (let k = 0; k < 3; k++) runs.push({ text: 'De gaswinning is beëindigd, maar de gevolgen zijn dat niet voor de mensen.', x: 74, y: y + 14 * k, size: 10 })
    const read = await readPdfLines(makePdf([{ runs }]), 'l.pdf')
    const lettered = read.lines.filter((l) => /^[ab]\) /u.test(l.text))
    expect(lettered.map((l) => l.text)).toEqual(['a) Landschap en erfgoed', 'b) Gaswinning en versterking'])
    // A heading in its own type (a rank below 2.1's), not a run-in kop (level 0) nor a line of text.
    for (const l of lettered) expect(l.hints?.heading?.level).toBeGreaterThan(0)
  })
})
