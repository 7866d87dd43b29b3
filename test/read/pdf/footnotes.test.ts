/**
 * Footnotes in a PDF (issue 13): a mark set small and raised in the body (`noot¹`) and the note in small type at the
 * page's foot become a STOP Noot at the mark, in the body paragraph that runs on to the next page — never glued into
 * its text, never splitting it. A note whose mark no line above it holds stays text. Written at test time.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildPackage } from '../../../src/build/index.js'
import { isBlocking, type Al, type Block, type Structuur } from '../../../src/model/index.js'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { repoRoot, schemasDir } from '../../support/shared.js'
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
  test('the raised mark stays in its line as superscript; the note rides on that line and leaves the text', async () => {
    const read = await readPdfLines(notePdf(), 'n.pdf')
    const texts = read.lines.map((l) => l.text)
    const holder = read.lines.find((l) => l.text === 'Wij volgen daarbij de regels van het Rijk¹ en werken die verder uit voor de')
    expect(holder?.hints?.noten).toEqual([{ mark: '¹', nummer: '1', text: 'Zie het Besluit kwaliteit leefomgeving, artikel 2.' }])
    expect(texts.filter((t) => t.includes('Zie het Besluit'))).toEqual([])
    // The line above the note ended by the gap to it: the paragraph runs on to the next page.
    expect(holder?.hints?.paragraphEnd).toBeUndefined()
  })

  test('in the model the body paragraph is whole, with the Noot at its mark', async () => {
    const { document } = await readDocument(notePdf(), { file: 'n.pdf' })
    const al = alineasMetNoot(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(al).toHaveLength(1)
    const children = al[0]?.children ?? []
    expect(children.map((c) => c.type)).toEqual(['text', 'noot', 'text'])
    expect(children[0]).toMatchObject({ value: 'Wij volgen daarbij de regels van het Rijk' })
    expect(children[1]).toMatchObject({ type: 'noot', id: 'noot-1', nummer: '1', children: [{ type: 'al', children: [{ type: 'text', value: 'Zie het Besluit kwaliteit leefomgeving, artikel 2.' }] }] })
    expect(children[2]).toMatchObject({ value: ' en werken die verder uit voor de kernen en het buitengebied.' })
  })

  test('a mark in a heading puts the Noot in the Kop; the note\'s own number, raised and nearly its size, opens the note (h170)', async () => {
    const page2: TextRun[] = [
      { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
      { text: 'Omgevingsvisie Proefdorp', x: 70, y: 105, size: 20, bold: true },
      { text: '1 Inleiding', x: 70, y: 130, size: 16, bold: true },
      { text: '1.1 Waarom een omgevingsvisie', x: 70, y: 160, size: 12.5, bold: true },
      { text: '1', x: 262, y: 155, size: 7.5, bold: true },
      ...Array.from({ length: 12 }, (_, k): TextRun => ({ text: `De gemeente zet in op ${woorden[k % 10]} en ${woorden[(k + 3) % 10]} in alle kernen.`, x: 70, y: 180 + 14 * k })),
      { text: '1.2 Leeswijzer', x: 70, y: 370, size: 12.5, bold: true },
      { text: 'Hoofdstuk 2 beschrijft de uitvoering van de visie.', x: 70, y: 390 },
      { text: '1', x: 70, y: 756, size: 6.7 },
      { text: 'De visie is zelfbindend: alleen de gemeente is eraan gebonden.', x: 76, y: 760, size: 8 },
    ]
    const page3: TextRun[] = [{ text: '2 Uitvoering', x: 70, y: 110, size: 16, bold: true }, { text: 'De gemeente werkt samen met inwoners en partners.', x: 70, y: 135 }]
    const { document } = await readDocument(makePdf([{ runs: besluit }, { runs: page2 }, { runs: page3 }]), { file: 'kopnoot.pdf' })
    const inleiding = document.besluit.wijzigBijlage.regeling.lichaam[0]
    const kop = inleiding?.type === 'divisie' ? inleiding.children.find((c) => c.type === 'divisie')?.kop : undefined
    expect(kop?.opschrift).toBe('Waarom een omgevingsvisie')
    expect(kop?.noten?.map((n) => n.nummer)).toEqual(['1'])
    expect(JSON.stringify(kop?.noten)).toContain('De visie is zelfbindend')
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam).match(/zelfbindend/gu)).toHaveLength(1)
  })

  test('a note set under its paragraph, mid-page, in small type, with its mark raised at 0.83 of the body size, is a Noot, not a heading (h148)', async () => {
    const page2: TextRun[] = [
      { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
      { text: 'Omgevingsvisie Proefdorp', x: 70, y: 105, size: 20, bold: true },
      { text: '1 Inleiding', x: 70, y: 130, size: 16, bold: true },
      ...Array.from({ length: 8 }, (_, k): TextRun => ({ text: `De gemeente zet in op ${woorden[k % 10]} en ${woorden[(k + 3) % 10]} in alle kernen.`, x: 70, y: 150 + 14 * k, size: 10.5 })),
      { text: '2 Koers', x: 70, y: 280, size: 16, bold: true },
      { text: 'Wij streven naar een gezonde en veilige leefomgeving, ook naast een haven.', x: 70, y: 300, size: 10.5 },
      { text: '1', x: 428, y: 296, size: 8.7 },
      { text: '1', x: 70, y: 321, size: 6.7 },
      { text: 'Het haven- en industrieterrein is in de Nationale Omgevingsvisie aangeduid', x: 76, y: 325, size: 8 },
      { text: 'als mainport-gerelateerd.', x: 70, y: 336, size: 8 },
      { text: '2.1 Wonen', x: 70, y: 370, size: 12, bold: true },
      ...Array.from({ length: 4 }, (_, k): TextRun => ({ text: `Wij bouwen woningen voor ${woorden[k % 10]} in alle kernen van de gemeente.`, x: 70, y: 390 + 14 * k, size: 10.5 })),
    ]
    const { document, findings } = await readDocument(makePdf([{ runs: besluit }, { runs: page2 }]), { file: 'midden.pdf' })
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
    const text = JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(text.match(/Nationale Omgevingsvisie/gu)).toHaveLength(1)
    const koers = document.besluit.wijzigBijlage.regeling.lichaam[1]
    const al = koers?.type === 'divisie' && koers.children[0]?.type === 'divisietekst' ? koers.children[0].children[0] : undefined
    expect(al?.type === 'al' ? al.children.map((c) => c.type) : []).toEqual(['text', 'noot'])
  })

  test('a note whose mark the page does not hold stays a paragraph of its own', async () => {
    const pdf = notePdf().slice()
    const text = Buffer.from(pdf).toString('latin1').replace('(1) Tj', '(7) Tj')
    const { document } = await readDocument(Buffer.from(text, 'latin1'), { file: 'n.pdf' })
    expect(alineasMetNoot(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([])
    expect(alineas(document.besluit.wijzigBijlage.regeling.lichaam)).toContain('¹ Zie het Besluit kwaliteit leefomgeving, artikel 2.')
  })
})

function alineasMetNoot(nodes: readonly Structuur[]): Al[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? alineasMetNoot(n.children) : n.children.filter((b: Block): b is Al => b.type === 'al' && b.children.some((c) => c.type === 'noot'))))
}

describe('footnotes in the package (h26: one note, as PDF and as DOCX)', () => {
  for (const file of ['document.pdf', 'bron.docx']) {
    test(`h26 ${file}: the note is a Noot at its mark in the besluit's XML, and the package has no blocking finding (XSD, Schematron)`, async () => {
      const project = await mkdtemp(join(tmpdir(), 'visie-noot-'))
      try {
        await cp(join(repoRoot, 'test', 'corpus', 'h26'), project, { recursive: true })
        const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8')) as Record<string, unknown>
        await writeFile(join(project, 'visie.json'), JSON.stringify({ ...config, tekst: file }))
        const result = await buildPackage(project, { schemasDir: schemasDir() })
        expect(result.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 120)}`)).toEqual([])
        expect(result.zip?.length ?? 0).toBeGreaterThan(0)
        const besluit = result.files.find((f) => /<AanleveringBesluit/u.test(Buffer.from(f.bytes).toString('utf8')))
        const xml = Buffer.from(besluit?.bytes ?? new Uint8Array()).toString('utf8')
        expect(xml).toMatch(/<Noot id="noot-1" type="voet"><NootNummer>1<\/NootNummer><Al>Richtlijn 2000\/60\/EG; de doelen moeten uiterlijk in 2027 zijn gehaald\.<\/Al><\/Noot>/u)
        expect(xml).not.toContain('¹')
      } finally {
        await rm(project, { recursive: true, force: true })
      }
    }, 120_000)
  }
})
