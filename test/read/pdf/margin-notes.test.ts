/**
 * A narrow column of margin notes beside the text column (session 13, h158: `Deze visie vervangt de` | `omgevingsvisie
 * van 11 juli` in the left quarter of the page, the text right of it): read after the text column of its page, not
 * glued to the text lines on the same baselines. A heading's number hanging in the margin stays with its title (the
 * typeset-headings test covers h35 and h46).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { headings } from '../../corpus/score.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const TEXT = [
  'Hoe ziet het dorp er in 2040 uit? Wat is er veranderd sinds de vorige visie?',
  'In een periode van vijftien jaar kan er in een gemeente veel veranderen.',
  'De snelweg was pas geopend en het centrum moest nog worden vernieuwd.',
]

describe('margin notes beside the text column', () => {
  test('notes in the left quarter, on the baselines of the text beside them, are read after the text column', async () => {
    const runs: TextRun[] = [{ text: 'Hoofdstuk 1', x: 193, y: 70, size: 10 }, { text: 'Inleiding', x: 193, y: 95, size: 20, bold: true }]
    let y = 120
    for (const section of ['1.1 Wat is deze omgevingsvisie', '1.2 Waarom een herziening', '1.3 Leeswijzer']) {
      runs.push({ text: section, x: 193, y, size: 11.5, bold: true })
      y += 18
      for (const t of TEXT) {
        runs.push({ text: t, x: 193, y, size: 9.5 })
        y += 14
      }
      y += 14
    }
    runs.push({ text: 'Deze visie vervangt de', x: 51, y: 138, size: 7.5 }, { text: 'omgevingsvisie van 11 juli', x: 51, y: 152, size: 7.5 }, { text: '2022, met alle kaarten.', x: 51, y: 166, size: 7.5 })
    const read = await readPdfLines(makePdf([{ runs }]), 'marge.pdf')
    const texts = read.lines.map((l) => l.text)
    expect(texts).toContain('1.2 Waarom een herziening')
    expect(texts.filter((t) => t.includes('Deze visie vervangt'))).toEqual(['Deze visie vervangt de'])
    expect(texts.indexOf('Deze visie vervangt de')).toBeGreaterThan(texts.indexOf('1.3 Leeswijzer'))
    expect(texts.some((t) => /vervangt de Hoe|juli In/u.test(t))).toBe(false)
  })

  test('a chapter number set large beside its title joins it; a sidebar below a paragraph across the page is read after the column beside it (h176, h178)', async () => {
    const runs: TextRun[] = [
      { text: '04', x: 92, y: 112, size: 60, bold: true },
      { text: 'Gebieden', x: 204, y: 97, size: 26 },
      { text: 'Vier gebieden hebben elk een eigen opgave. Per gebied staat wat wij behouden en waar', x: 68, y: 166, size: 13 },
      { text: 'ruimte is voor ontwikkeling.', x: 68, y: 184, size: 13 },
      { text: 'Wat vinden we belangrijk?', x: 80, y: 221, size: 9, bold: true },
      { text: '• een levendig dorp;', x: 82, y: 240, size: 9 },
      { text: '• samenhang tussen landgoederen;', x: 82, y: 253, size: 9 },
      { text: '• een rustige kust.', x: 82, y: 292, size: 9 },
    ]
    let y = 228
    for (const [n, title] of [['4.1', 'Het dorp'], ['4.2', 'Landgoederenzone'], ['4.3', 'Duivenvoordecorridor'], ['4.4', 'Kust']] as const) {
      runs.push({ text: `${n} ${title}`, x: 272, y, size: 14 })
      runs.push({ text: 'In het dorp bouwen wij binnen de bestaande bebouwing en houden wij de maat vast.', x: 272, y: y + 18, size: 10 })
      runs.push({ text: 'De landgoederen blijven een samenhangend geheel van buitenplaatsen en lanen.', x: 272, y: y + 32, size: 10 })
      y += 64
    }
    const read = await readPdfLines(makePdf([{ runs, width: 842, height: 595 }]), 'zijbalk.pdf')
    const texts = read.lines.map((l) => l.text)
    expect(texts[0]).toBe('04 Gebieden')
    expect(texts).toContain('4.4 Kust')
    expect(texts.indexOf('Wat vinden we belangrijk?')).toBeGreaterThan(texts.indexOf('4.4 Kust'))
    expect(texts.indexOf('ruimte is voor ontwikkeling.')).toBeLessThan(texts.indexOf('4.1 Het dorp'))
    expect(texts.filter((t) => /kust\. 4\.|dorp; In het/u.test(t))).toEqual([])
  })

  test('h158 (margin notes and a pull quote beside the text): every heading', async () => {
    const truth = JSON.parse(readFileSync(join(repoRoot, 'test', 'corpus', 'h158', 'truth.json'), 'utf8')) as { visie: { koppen: { nummer: string; opschrift: string; niveau: number }[] } }
    const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h158', 'document.pdf')), { file: 'document.pdf' })
    expect(headings(document)).toEqual(truth.visie.koppen)
  })
})
