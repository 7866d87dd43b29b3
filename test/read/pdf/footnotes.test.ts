/**
 * Footnotes in a PDF (issue 13): a mark set small and raised in the body (`noot¹`) and the note in small type at the
 * page's foot. They are not STOP Noot yet: the note stays text, a paragraph of its own with its mark, after the body
 * paragraph that runs on to the next page — never glued into it, never splitting it. Written at test time.
 */
import { describe, expect, test } from 'vitest'
import type { Block, Structuur } from '../../../src/model/index.js'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { makePdf, type TextRun } from './make-pdf.js'

const besluit: TextRun[] = [
  { text: 'Besluit van de raad van de gemeente Proefdorp', x: 70, y: 80, size: 14, bold: true },
  { text: 'De raad van de gemeente Proefdorp;', x: 70, y: 110 },
  { text: 'besluit:', x: 70, y: 130, bold: true },
  { text: 'Artikel 1', x: 70, y: 150, bold: true },
  { text: 'De Omgevingsvisie Proefdorp, opgenomen in Bijlage A, wordt vastgesteld.', x: 70, y: 165 },
  { text: 'Aldus vastgesteld in de openbare raadsvergadering van 1 maart 2026.', x: 70, y: 190 },
]

const woorden = 'wonen werken water groen verkeer landschap erfgoed energie bodem lucht'.split(' ')

/** Page 2: a chapter, a full page of text whose last paragraph has a note mark and runs on to page 3; the note at the foot. */
function notePdf(): Uint8Array {
  const body: TextRun[] = Array.from({ length: 38 }, (_, k) => ({
    text: `De gemeente zet in op ${woorden[k % 10]} en ${woorden[(k + 3) % 10]} in alle kernen en buurten van de gemeente.`,
    x: 70,
    y: 150 + 14 * k,
  }))
  const page2: TextRun[] = [
    { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
    { text: 'Omgevingsvisie Proefdorp', x: 70, y: 105, size: 20, bold: true },
    { text: '1 Inleiding', x: 70, y: 130, size: 16, bold: true },
    ...body,
    { text: 'Wij volgen daarbij de regels van het Rijk', x: 70, y: 158 + 14 * 38 },
    { text: '1', x: 248.5, y: 154 + 14 * 38, size: 6 },
    { text: 'en werken die verder uit voor de', x: 255, y: 158 + 14 * 38 },
    { text: '1', x: 70, y: 760, size: 6 },
    { text: 'Zie het Besluit kwaliteit leefomgeving, artikel 2.', x: 76, y: 763, size: 8 },
  ]
  const page3: TextRun[] = [
    { text: 'kernen en het buitengebied.', x: 70, y: 80 },
    { text: '2 Uitvoering', x: 70, y: 110, size: 16, bold: true },
    { text: 'De gemeente werkt samen met inwoners en partners.', x: 70, y: 135 },
  ]
  return makePdf([{ runs: besluit }, { runs: page2 }, { runs: page3 }])
}

function alineas(nodes: readonly Structuur[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'divisie' ? alineas(n.children) : n.children.filter((b: Block) => b.type === 'al').map((b) => (b.type === 'al' ? b.children.map((c) => ('value' in c ? c.value : '')).join('') : '')),
  )
}

describe('PDF footnotes', () => {
  test('the raised mark stays in its line as superscript; the note moves after the paragraph that runs on', async () => {
    const read = await readPdfLines(notePdf(), 'n.pdf')
    const texts = read.lines.map((l) => l.text)
    expect(texts).toContain('Wij volgen daarbij de regels van het Rijk¹ en werken die verder uit voor de')
    const note = texts.indexOf('¹ Zie het Besluit kwaliteit leefomgeving, artikel 2.')
    expect(note).toBeGreaterThan(texts.indexOf('kernen en het buitengebied.'))
    expect(read.lines[note]?.hints).toEqual({ paragraphEnd: true })
  })

  test('in the model the body paragraph is whole and the note is a paragraph of its own', async () => {
    const { document } = await readDocument(notePdf(), { file: 'n.pdf' })
    const als = alineas(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(als).toContain('Wij volgen daarbij de regels van het Rijk¹ en werken die verder uit voor de kernen en het buitengebied.')
    expect(als).toContain('¹ Zie het Besluit kwaliteit leefomgeving, artikel 2.')
    expect(als.filter((a) => a.includes('Zie het Besluit'))).toHaveLength(1)
  })
})
