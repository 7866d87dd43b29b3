/**
 * The PDF reader on PDFs written by hand (make-pdf.ts) and on the corpus's Chromium/LibreOffice prints: typography
 * to headings and run-in koppen, bullets with their depth, paragraph ends and de-hyphenation by the shared joiner,
 * two-column pages in reading order, running headers/footers dropped and named once, figures and scans found,
 * encrypted and broken PDFs refused in Dutch (exit code 2), findings located at "pagina N".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import { main } from '../../../src/cli/index.js'
import { readSourceFile } from '../../../src/parse/index.js'
import { sourceLimits } from '../../../src/parse/read-source.js'
import type { Io } from '../../../src/cli/io.js'
import { InputError } from '../../../src/model/errors.js'
import { isBlocking, type Block, type Structuur } from '../../../src/model/index.js'
import { readDocument } from '../../../src/read/index.js'
import { pdfLines, readPdfLines } from '../../../src/read/pdf/index.js'
import type { PdfItem, PdfPage } from '../../../src/read/pdf/load.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const besluit: TextRun[] = [
  { text: 'Besluit van de raad van de gemeente Proefdorp', x: 70, y: 80, size: 14, bold: true },
  { text: 'De raad van de gemeente Proefdorp;', x: 70, y: 110 },
  { text: 'besluit:', x: 70, y: 130, bold: true },
  { text: 'Artikel 1', x: 70, y: 150, bold: true },
  { text: 'De Omgevingsvisie Proefdorp, opgenomen in Bijlage A, wordt vastgesteld.', x: 70, y: 165 },
  { text: 'Aldus vastgesteld in de openbare raadsvergadering van 1 maart 2026.', x: 70, y: 190 },
]

/** A besluit, then the visie: two chapters, a run-in kop, a list with a nested item, a hyphenated line end. */
function visiePdf(): Uint8Array {
  return makePdf([
    { runs: besluit },
    {
      runs: [
        { text: 'Bijlage A', x: 70, y: 80, size: 14, bold: true },
        { text: 'Omgevingsvisie Proefdorp', x: 70, y: 110, size: 20, bold: true },
        { text: '1 Inleiding', x: 70, y: 150, size: 16, bold: true },
        { text: 'Proefdorp groeit. De visie beschrijft de ontwik-', x: 70, y: 175 },
        { text: 'kelingen tot 2040 en wat de gemeente daarvoor doet.', x: 70, y: 187 },
        { text: '1.1 Aanleiding', x: 70, y: 215, size: 12, bold: true },
        { text: 'Kernpunten', x: 70, y: 240, bold: true },
        { text: 'We kiezen voor:', x: 70, y: 255 },
        { text: '\u2022', x: 80, y: 270 },
        { text: 'wonen in de kernen;', x: 95, y: 270 },
        { text: '\u2022', x: 80, y: 282 },
        { text: 'groen dichtbij, met', x: 95, y: 282 },
        { text: '-', x: 100, y: 294 },
        { text: 'parken en bomen.', x: 115, y: 294 },
        { text: '2 Uitvoering', x: 70, y: 325, size: 16, bold: true },
        { text: 'De gemeente werkt samen met inwoners en partners.', x: 70, y: 350 },
      ],
    },
  ])
}

function walk(nodes: readonly Structuur[], out: { kop: string; depth: number }[] = [], depth = 1): { kop: string; depth: number }[] {
  for (const n of nodes) {
    if (n.type !== 'divisie') continue
    out.push({ kop: `${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`.trim(), depth })
    walk(n.children, out, depth + 1)
  }
  return out
}

function blocks(nodes: readonly Structuur[]): Block[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? blocks(n.children) : [...n.children]))
}

function teksten(nodes: readonly Structuur[]): Structuur[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? teksten(n.children) : [n]))
}

function capture(): Io & { text: () => { out: string; err: string } } {
  const out: string[] = []
  const err: string[] = []
  return { out: (s) => out.push(s), err: (s) => err.push(s), tty: false, cwd: repoRoot, env: {}, text: () => ({ out: out.join(''), err: err.join('') }) }
}

describe('PDF reader: typography and layout of a hand-written PDF', () => {
  test('headings by size and number, a bold body-size line as run-in kop, bullets nested by indent, a hyphen joined', async () => {
    const { document, findings } = await readDocument(visiePdf(), { file: 'visie.pdf' })
    expect(findings.filter(isBlocking)).toEqual([])
    const regeling = document.besluit.wijzigBijlage.regeling
    expect(regeling.opschrift).toBe('Omgevingsvisie Proefdorp')
    expect(walk(regeling.lichaam)).toEqual([
      { kop: '1 Inleiding', depth: 1 },
      { kop: '1.1 Aanleiding', depth: 2 },
      { kop: '2 Uitvoering', depth: 1 },
    ])
    const all = blocks(regeling.lichaam)
    const text = JSON.stringify(all)
    expect(text).toContain('De visie beschrijft de ontwikkelingen tot 2040')
    expect(teksten(regeling.lichaam).map((t) => t.kop?.opschrift).filter(Boolean)).toEqual(['Kernpunten'])
    const lijst = all.find((b) => b.type === 'lijst')
    expect(lijst?.type).toBe('lijst')
    if (lijst?.type !== 'lijst') return
    expect(lijst.children).toHaveLength(2)
    const nested = lijst.children[1]?.children.find((c) => c.type === 'lijst')
    expect(JSON.stringify(nested)).toContain('parken en bomen.')
    expect(document.besluit.artikelen.map((a) => a.kop.nummer)).toEqual(['1'])
  })

  test('reading the same PDF twice gives the same lines', async () => {
    const a = await readPdfLines(visiePdf(), 'visie.pdf')
    const b = await readPdfLines(visiePdf(), 'visie.pdf')
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    const inleiding = a.lines.find((l) => l.text === '1 Inleiding')
    expect(inleiding?.page).toBe(1)
    expect(a.origins[inleiding?.line ?? 0]).toEqual({ page: 2, quote: '1 Inleiding' })
  })

  test('running header and page number are dropped on every page and each named once (VISIE-170)', async () => {
    const pages = [1, 2, 3, 4].map((n) => ({
      runs: [
        { text: 'Omgevingsvisie Proefdorp 2040', x: 70, y: 40, size: 8 },
        { text: `Paragraaf tekst op pagina ${n} met een zin die gewoon doorloopt.`, x: 70, y: 200 },
        { text: `Pagina ${n} van 4`, x: 480, y: 810, size: 8 },
      ],
    }))
    const read = await readPdfLines(makePdf(pages), 'm.pdf')
    expect(read.lines.map((l) => l.text).filter((t) => /Omgevingsvisie Proefdorp 2040|Pagina \d/u.test(t))).toEqual([])
    expect(read.lines).toHaveLength(4)
    const codes = read.findings.filter((f) => f.code === 'VISIE-170')
    expect(codes).toHaveLength(2)
    expect(codes.map((f) => f.message).join('\n')).toMatch(/"Omgevingsvisie Proefdorp 2040" .* 4 pagina's/u)
  })

  test('a two-column page is read left column first, then right', async () => {
    const words = 'de gemeente zet in op groen wonen werken water en verkeer in alle kernen'.split(' ')
    const line = (k: number): string => {
      let s = `${k}`
      for (let w = 0; s.length < 42; w++) s += ` ${words[(k + w) % words.length]}`
      return s
    }
    const runs: TextRun[] = []
    for (let k = 0; k < 16; k++) {
      runs.push({ text: `L${line(k)}`, x: 60, y: 120 + 12 * k })
      runs.push({ text: `R${line(k)}`, x: 320, y: 120 + 12 * k })
    }
    const read = await readPdfLines(makePdf([{ runs }]), 'k.pdf')
    const firsts = read.lines.map((l) => l.text[0]).join('')
    expect(firsts).toBe('L'.repeat(16) + 'R'.repeat(16))
  })

  test('a two-column section between one-column text on the same page is read column by column (h16\'s layout)', () => {
    const item = (text: string, x: number, y: number, size = 10, bold = false): PdfItem => ({ text, x, y, width: text.length * size * 0.5, size, bold })
    const full = 'De gemeente beschrijft in deze visie hoe zij de stad en de dorpen tot 2040 wil ontwikkelen en beheren.'
    const col = ['Het centrum is een beschermd stadsgezicht', 'met de poort, de kerk en de oude muur die', 'we in stand houden voor wie er woont.']
    const items: PdfItem[] = [item('HOOFDSTUK 1 – INLEIDING', 65, 100, 14, true), item(full, 65, 120), item(full, 65, 135)]
    items.push(item('HOOFDSTUK 2 – KWALITEITEN', 65, 170, 14, true))
    // Each column's sections run as long as their text: the right column's second heading stands higher than the left's.
    const column = (x: number, first: string, second: string, lines: number): void => {
      let y = 200
      items.push(item(first, x, y, 11.5, true))
      for (let k = 0; k < lines; k++) items.push(item(col[k % col.length] as string, x, (y += k === 0 ? 18 : 15)))
      items.push(item(second, x, (y += 35), 11.5, true))
      for (let k = 0; k < 4; k++) items.push(item(col[k % col.length] as string, x, (y += k === 0 ? 18 : 15)))
    }
    column(65, '2.1 De stad', '2.2 Het meer', 3)
    column(310, '2.3 Het bos', '2.4 Het dorp', 2)
    items.push(item('HOOFDSTUK 3 – OPGAVEN', 65, 400, 14, true), item(full, 65, 420), item('tot 2040.', 65, 435))
    // A table in four columns below: its cells cross the page's middle, so the page as a whole has no gutter.
    for (let r = 0; r < 4; r++) for (const [k, x] of [67, 223, 322, 421].entries()) items.push(item(['Locatie', 'Aantal', 'Periode', 'Karakter stedelijk'][k] as string, x, 460 + 15 * r, 9))
    const read = pdfLines([{ number: 1, width: 595, height: 842, images: 0, items }], 'k.pdf')
    expect(read.lines.filter((l) => l.hints?.heading).map((l) => l.text)).toEqual([
      'HOOFDSTUK 1 – INLEIDING', 'HOOFDSTUK 2 – KWALITEITEN', '2.1 De stad', '2.2 Het meer', '2.3 Het bos', '2.4 Het dorp', 'HOOFDSTUK 3 – OPGAVEN',
    ])
    expect(read.lines.filter((l) => l.hints?.table)).toHaveLength(1) // the table below, not the two columns
  })

  test('a Symbol-font bullet (U+F0B7) and an en dash are list items, depth by their indent', () => {
    const item = (text: string, x: number, y: number): PdfItem => ({ text, x, y, width: text.length * 5, size: 10, bold: false })
    const page: PdfPage = {
      number: 1,
      width: 595,
      height: 842,
      images: 0,
      items: [item('Wij willen:', 70, 200), item('\uF0B7', 75, 212), item('eerste punt;', 90, 212), item('–', 95, 224), item('genest punt;', 110, 224), item('\uF0B7', 75, 236), item('tweede punt.', 90, 236)],
    }
    const read = pdfLines([page], 'b.pdf')
    expect(read.lines.map((l) => [l.text, l.hints?.listItem?.depth])).toEqual([
      ['Wij willen:', undefined],
      ['eerste punt;', 0],
      ['genest punt;', 1],
      ['tweede punt.', 0],
    ])
  })
})

describe('PDF reader: what it cannot read', () => {
  test('a scanned PDF (images, no text) is a blocking finding that asks for OCR (VISIE-172)', async () => {
    const { findings } = await readDocument(makePdf([{ image: true }, { image: true }]), { file: 'scan.pdf' })
    expect(findings.map((f) => f.code)).toEqual(['VISIE-172'])
    expect(findings[0]?.message).toMatch(/OCR/u)
    expect(findings[0]?.message).toMatch(/pagina 1-2/u)
    expect(findings[0]?.source?.page).toBe(1)
  })

  test('a page with a figure is named (VISIE-171); a page without text among text pages is a warning (VISIE-173)', async () => {
    const read = await readPdfLines(makePdf([{ runs: [{ text: 'Tekst.', x: 70, y: 100 }] }, { image: true }]), 'f.pdf')
    expect(read.findings.map((f) => f.code)).toEqual(['VISIE-173'])
    expect(read.findings[0]?.message).toMatch(/Pagina 2/u)
  })

  test('a PDF that needs a password and a broken PDF are input errors in Dutch', async () => {
    await expect(readPdfLines(makePdf([{ image: true }], { encrypt: true }), 'geheim.pdf')).rejects.toThrow(InputError)
    await expect(readPdfLines(makePdf([{ image: true }], { encrypt: true }), 'geheim.pdf')).rejects.toThrow(/wachtwoord/u)
    await expect(readPdfLines(new TextEncoder().encode('%PDF-1.7\nkapot'), 'kapot.pdf')).rejects.toThrow(/geen leesbare PDF/u)
  })

  test('visie parse on an encrypted PDF exits 2 with the message and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visie-pdf-'))
    try {
      writeFileSync(join(dir, 'geheim.pdf'), makePdf([{ image: true }], { encrypt: true }))
      const io = capture()
      expect(await main(['node', 'visie', 'parse', join(dir, 'geheim.pdf')], io)).toBe(2)
      expect(io.text().err).toMatch(/wachtwoord/u)
      expect(io.text().err).not.toMatch(/at .*\.js:\d+/u)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('PDF reader: size', () => {
  test('a PDF over the text limit is still read whole (its own limit); a text file of that size is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visie-pdf-'))
    try {
      const pad = Buffer.alloc(sourceLimits.maxBytes + 1024, 0x20)
      writeFileSync(join(dir, 'groot.pdf'), Buffer.concat([Buffer.from(visiePdf()), Buffer.from('%'), pad]))
      writeFileSync(join(dir, 'groot.txt'), pad)
      const pdf = await readSourceFile(join(dir, 'groot.pdf'))
      expect(pdf.bytes.length).toBe(pdf.size)
      const { findings } = await readDocument(pdf.bytes, { file: 'groot.pdf', size: pdf.size })
      expect(findings.filter(isBlocking)).toEqual([])
      const txt = await readSourceFile(join(dir, 'groot.txt'))
      expect(txt.bytes.length).toBe(0)
      expect(txt.size).toBeGreaterThan(sourceLimits.maxBytes)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('PDF reader: a corpus print', () => {
  test('c10 (LibreOffice): running header and page numbers gone, findings located at a page', async () => {
    const file = join(repoRoot, 'test', 'corpus', 'c10', 'document.pdf')
    const read = await readPdfLines(readFileSync(file), 'document.pdf')
    expect(read.findings.filter((f) => f.code === 'VISIE-170').length).toBeGreaterThan(0)
    const headings = read.lines.filter((l) => l.hints?.heading && l.hints.heading.level > 0).map((l) => l.text)
    expect(headings).toContain('1 Inleiding')
    expect(read.lines.every((l) => (read.origins[l.line]?.page ?? 0) === l.page + 1)).toBe(true)
  })

  test('h11 and h15: beslispunten and artikelen whose number hangs left of their text are the besluit\'s, not a table', async () => {
    for (const [id, artikelen] of [['h11', ['I', 'II', 'III', 'IV', 'V']], ['h15', ['1', '2', '3']]] as const) {
      const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', id, 'document.pdf')), { file: 'document.pdf' })
      expect(document.besluit.artikelen.map((a) => a.kop.nummer)).toEqual(artikelen)
    }
  })
  test('h12: five bold lines numbered 1.–5. one below the other are a numbered list, not five headings', async () => {
    const read = await readPdfLines(readFileSync(join(repoRoot, 'test', 'corpus', 'h12', 'document.pdf')), 'document.pdf')
    const items = read.lines.filter((l) => l.hints?.listItem?.marker)
    expect(items.map((l) => `${l.hints?.listItem?.marker} ${l.text}`)).toEqual([
      '1. Wonen in de hele gemeente', '2. Werken en ondernemen', '3. Een groen en blauw raamwerk', '4. Bewegen en verbinden', '5. Duurzaam en klimaatbestendig',
    ])
    expect(items.filter((l) => l.hints?.heading)).toEqual([])
  })
  test('h32: a chapter number with its own full stop on a line above its title (\'1.\' over \'Inleiding\') is that chapter', async () => {
    const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h32', 'document.pdf')), { file: 'document.pdf' })
    const koppen = walk(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(koppen.filter((k) => k.depth === 1 && /^\d/u.test(k.kop)).map((k) => k.kop)).toEqual(['1 Inleiding', '2 Identiteit van Oirschot', '3 Thema’s', '4 Gebieden', '5 Uitvoering'])
  })

  test('h25: \'HOOFDSTUK 1\' in small type over its title, alternating running headers, a heading hyphenated over two lines, the title above the besluit\'s bijlage line', async () => {
    const { document, findings } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h25', 'document.pdf')), { file: 'document.pdf' })
    expect(findings.filter(isBlocking)).toEqual([])
    const regeling = document.besluit.wijzigBijlage.regeling
    expect(regeling.opschrift).toBe('Omgevingsvisie provincie Utrecht')
    const koppen = walk(regeling.lichaam)
    expect(koppen.slice(0, 3)).toEqual([{ kop: 'I Koers', depth: 1 }, { kop: '1 Inleiding', depth: 2 }, { kop: '1.1 Waarom een omgevingsvisie', depth: 3 }])
    expect(koppen.map((k) => k.kop)).toContain('2.2 Werken met gebiedsprogramma’s in de regio’s Utrecht-West, Utrecht-Oost, de Foodvalley en Amersfoort')
    // The odd pages' header names the chapter ('4 Klimaatbestendig en waterrobuust' on page 9): furniture, not text.
    const text = JSON.stringify(blocks(regeling.lichaam))
    expect(findings.filter((f) => f.code === 'VISIE-170').map((f) => f.data.voorbeeld)).toContain('4 Klimaatbestendig en waterrobuust')
    expect(text).not.toContain('Bijlage 1 bij het besluit')
  })
  test('h26: GIO rows whose naam comes closer to the identifier than a word space, or wraps after an en dash', async () => {
    const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h26', 'document.pdf')), { file: 'document.pdf' })
    const namen = document.informatieobjecten.map((io) => io.naam)
    expect(namen).toContain('Waddenzeedijk Koehool–Lauwersmeer')
    expect(namen).toContain('Zoetwaterlenzen Waddeneilanden')
    expect(namen).toContain('Gemalen Lemmer, Stavoren, Harlingen en Dokkum')
    expect(document.informatieobjecten).toHaveLength(13)
  })

  test('h27: the title in the largest type above the line naming the visie; three beslispunten whose full lines end a sentence', async () => {
    const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h27', 'document.pdf')), { file: 'document.pdf' })
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Nijmegen stad in beweging')
    expect(document.besluit.artikelen.map((a) => a.kop.nummer)).toEqual(['1', '2', '3'])
  })
  test('h28: items numbered \'i.)\' … \'iv.)\' are one numbered list with their markers', async () => {
    const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h28', 'document.pdf')), { file: 'document.pdf' })
    const lijsten = blocks(document.besluit.wijzigBijlage.regeling.lichaam).filter((b) => b.type === 'lijst')
    const roman = lijsten.find((l) => JSON.stringify(l).includes('zon op daken'))
    expect(roman?.type).toBe('lijst')
    if (roman?.type !== 'lijst') return
    expect(roman.children.map((li) => li.nummer)).toEqual(['i.)', 'ii.)', 'iii.)', 'iv.)'])
  })
  test('h26: an artikel\'s label on a line of its own in body type is no part of its text', async () => {
    const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h26', 'document.pdf')), { file: 'document.pdf' })
    const eerste = document.besluit.artikelen[0]
    expect(eerste?.kop.nummer).toBe('1')
    expect(eerste?.kop.opschrift ?? '').toBe('')
    expect(JSON.stringify(eerste?.children)).toContain('"Vast te stellen de "')
  })

  test('h29: a chapter heading in the left column with a figure beside it in the right one is read in its column', async () => {
    const { document, findings } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', 'h29', 'document.pdf')), { file: 'document.pdf' })
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
    const koppen = walk(document.besluit.wijzigBijlage.regeling.lichaam).filter((k) => k.depth === 1).map((k) => k.kop)
    expect(koppen).toEqual(['0 Voorwoord', '1 Texel in 2050', '2 Wonen en leefbaarheid', '3 Landschap, natuur en water', '4 Toerisme en economie', '5 Uitvoering'])
  })
})
