/**
 * Figures in a PDF (issue 13): a raster image with its caption becomes a Figuur whose Illustratie is the image taken
 * from the PDF (as PNG, no alpha, its printed resolution) when visie.json says `illustraties`; otherwise the caption
 * stays text and VISIE-171 names the page. The PDF is written at test time (make-pdf.ts: a 4 × 4 RGB image).
 */
import { inflateSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import type { Block, Figuur, Structuur } from '../../../src/model/index.js'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { writeFiguur } from '../../../src/stop/besluit/figuur.js'
import { readImageHeader } from '../../../src/stop/besluit/image-header.js'
import type { El } from '../../../src/stop/besluit/xml.js'
import { assenContext } from '../../ids/sample-document.js'
import { makePdf, type TextRun } from './make-pdf.js'

const besluit: TextRun[] = [
  { text: 'Besluit van de raad van de gemeente Proefdorp', x: 70, y: 80, size: 14, bold: true },
  { text: 'De raad van de gemeente Proefdorp;', x: 70, y: 110 },
  { text: 'besluit:', x: 70, y: 130, bold: true },
  { text: 'Artikel 1', x: 70, y: 150, bold: true },
  { text: 'De Omgevingsvisie Proefdorp, opgenomen in Bijlage A, wordt vastgesteld.', x: 70, y: 165 },
  { text: 'Aldus vastgesteld in de openbare raadsvergadering van 1 maart 2026.', x: 70, y: 190 },
]

/** The visie on page 2: a chapter, a paragraph, the visiekaart (300 × 200 pt) with its caption below, more text. */
function figurePdf(): Uint8Array {
  return makePdf([{ runs: besluit }, { runs: figurePageRuns(), figure: { x: 70, y: 190, width: 300, height: 200 } }])
}

function figurePageRuns(): TextRun[] {
  return [
    { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
    { text: 'Omgevingsvisie Proefdorp', x: 70, y: 110, size: 20, bold: true },
    { text: '1 Inleiding', x: 70, y: 150, size: 16, bold: true },
    { text: 'Proefdorp groeit. De kaart hieronder laat zien waar.', x: 70, y: 175 },
    { text: 'Visiekaart Proefdorp 2040', x: 70, y: 405 },
    { text: 'De gemeente werkt samen met inwoners en partners.', x: 70, y: 435 },
  ]
}

function figuren(nodes: readonly Structuur[]): Figuur[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? figuren(n.children) : n.children.filter((b: Block): b is Figuur => b.type === 'figuur')))
}

describe('PDF figures', () => {
  test('with `illustraties`: the image below its caption is taken as PNG (RGB, no alpha, printed dpi), the caption is a Figuur', async () => {
    const bytes = figurePdf()
    const read = await readPdfLines(bytes, 'f.pdf', { illustraties: true })
    const caption = read.lines.find((l) => l.hints?.figure)
    expect(caption?.text).toBe('Visiekaart Proefdorp 2040')
    expect(read.images?.map((i) => [i.line, i.page])).toEqual([[caption?.line, 2]])
    const png = read.images?.[0]?.bytes as Uint8Array
    // 4 px over 300 pt (4 1/6 inch): 1 dpi, as printed.
    expect(readImageHeader(png)).toEqual({ formaat: 'image/png', breedte: 4, hoogte: 4, dpi: 1, alpha: false })
    const idat = Buffer.from(png).indexOf('IDAT')
    const length = Buffer.from(png).readUInt32BE(idat - 4)
    const rows = inflateSync(Buffer.from(png).subarray(idat + 4, idat + 4 + length))
    expect([...rows.subarray(0, 7)]).toEqual([0, 200, 50, 50, 50, 100, 200]) // filter byte, then the first two pixels
    expect(read.findings.map((f) => f.code)).not.toContain('VISIE-171')

    const { document, images } = await readDocument(bytes, { file: 'f.pdf', illustraties: true })
    const [figuur] = figuren(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(figuur?.titel).toBe('Visiekaart Proefdorp 2040')
    expect(figuur?.position?.start.line).toBe(images?.[0]?.line)
  })

  test('the taken image becomes Figuur/Illustratie and a package file, named after its page', async () => {
    const { document, images } = await readDocument(figurePdf(), { file: 'f.pdf', illustraties: true })
    const figuur = { ...(figuren(document.besluit.wijzigBijlage.regeling.lichaam)[0] as Figuur), eId: 'img_o_1', wId: 'x__img_o_1' }
    const img = images?.[0]
    const ctx = { ...assenContext(), illustraties: new Map([[img?.line as number, { naam: 'illustratie-p2-1.png', bytes: img?.bytes as Uint8Array }]]) }
    const findings: never[] = []
    const { element, file } = writeFiguur(figuur, ctx, findings)
    const illustratie = element.children.find((c): c is El => typeof c !== 'string' && c.name === 'Illustratie')
    expect(element.name).toBe('Figuur')
    expect(illustratie?.attrs).toMatchObject({ naam: 'illustratie-p2-1.png', breedte: '4', hoogte: '4', dpi: '1', formaat: 'image/png' })
    expect([file?.path, file?.contentType, file?.bytes]).toEqual(['illustratie-p2-1.png', 'image/png', img?.bytes])
    expect(findings).toEqual([])
  })

  test('without `illustraties`: the caption stays text, no image is taken, VISIE-171 names the page', async () => {
    const read = await readPdfLines(figurePdf(), 'f.pdf')
    expect(read.images).toBeUndefined()
    expect(read.lines.some((l) => l.hints?.figure)).toBe(false)
    expect(read.findings.filter((f) => f.code === 'VISIE-171').map((f) => f.message)).toEqual([expect.stringMatching(/^Op pagina 2 staan afbeeldingen .*Zet "illustraties": true in visie\.json/u)])
    const { document } = await readDocument(figurePdf(), { file: 'f.pdf' })
    expect(figuren(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([])
  })

  test('a logo at one place on every page and a small icon are decoration: not taken, not named; the figure is', async () => {
    const logo = { x: 480, y: 20, width: 80, height: 40 }
    const icon = { x: 70, y: 460, width: 12, height: 12 }
    const pages = [
      { runs: besluit, figures: [logo] },
      { runs: figurePageRuns(), figure: { x: 70, y: 190, width: 300, height: 200 }, figures: [logo, icon] },
      { runs: [{ text: 'Tot slot nog een alinea tekst op de laatste pagina.', x: 70, y: 120 }], figures: [logo] },
    ]
    const off = await readPdfLines(makePdf(pages), 'f.pdf')
    expect(off.findings.filter((f) => f.code === 'VISIE-171').map((f) => f.data)).toEqual([{ paginas: '2', illustraties: 'uit' }])
    const on = await readPdfLines(makePdf(pages), 'f.pdf', { illustraties: true })
    expect(on.images?.map((i) => [i.page, readImageHeader(i.bytes)?.breedte])).toEqual([[2, 4]])
    expect(on.findings.filter((f) => f.code === 'VISIE-171')).toEqual([])
  })

  test('with `illustraties`, an image without a caption beside it is named with the switch already on', async () => {
    const pages = [{ runs: besluit }, { runs: [{ text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true }, { text: 'Tekst boven een kaart zonder onderschrift.', x: 70, y: 110 }, { text: 'En verder een alinea die veel lager op de pagina staat.', x: 70, y: 700 }], figure: { x: 70, y: 200, width: 300, height: 200 } }]
    const read = await readPdfLines(makePdf(pages), 'f.pdf', { illustraties: true })
    expect(read.images).toEqual([])
    expect(read.findings.filter((f) => f.code === 'VISIE-171').map((f) => [f.data, f.message])).toEqual([[{ paginas: '2', illustraties: 'aan' }, expect.stringMatching(/zonder onderschrift/u)]])
  })

  test('a map at the same place in the body of three pages is a figure on each, not decoration', async () => {
    const map = { x: 70, y: 200, width: 300, height: 300 }
    const page = (text: string) => ({ runs: [{ text, x: 70, y: 120 }, { text: 'Een alinea onder de kaart op deze pagina.', x: 70, y: 600 }], figures: [map] })
    const pages = [{ runs: besluit }, page('Kaart van het noorden.'), page('Kaart van het midden.'), page('Kaart van het zuiden.')]
    const read = await readPdfLines(makePdf(pages), 'f.pdf')
    expect(read.findings.filter((f) => f.code === 'VISIE-171').map((f) => f.data)).toEqual([{ paginas: '2-4', illustraties: 'uit' }])
  })
})
