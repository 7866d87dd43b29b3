/**
 * Pictures in a Word document (issue 13): with visie.json `illustraties` a PNG or JPEG with its caption (caption style,
 * or "Figuur n …" beside it) becomes a figure whose image is the media file; an EMF is named by VISIE-187; pictures
 * that became no figure are listed once by VISIE-183. The DOCX parts are written here (make-docx.ts), the PNGs too.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import type { Block, Figuur, Structuur } from '../../../src/model/index.js'
import { readDocxLines } from '../../../src/read/docx/index.js'
import { readDocument } from '../../../src/read/index.js'
import { encodePng } from '../../../src/read/pdf/png.js'
import { makeDocx, p } from './make-docx.js'

const STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/></w:style>
  <w:style w:type="paragraph" w:styleId="Bijschrift"><w:name w:val="caption"/><w:basedOn w:val="Standaard"/></w:style>`

/** A solid RGB image of `w` × `h` pixels. */
function png(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const pixels = new Uint8Array(w * h * 3)
  for (let i = 0; i < w * h; i++) pixels.set(rgb, i * 3)
  return encodePng(w, h, pixels, 72)
}

/** The start of an EMF: record type 1 (EMR_HEADER) and the signature " EMF" at byte 40. */
function emf(): Uint8Array {
  const b = Buffer.alloc(88)
  b.writeUInt32LE(1, 0)
  b.writeUInt32LE(88, 4)
  b.write(' EMF', 40, 'latin1')
  return new Uint8Array(b)
}

/** A DrawingML picture drawn `inches` wide and high, in a paragraph of its own. */
function drawing(rel: string, inches: [number, number]): string {
  const [cx, cy] = inches.map((i) => Math.round(i * 914_400))
  return `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="1" name="Afbeelding"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="${rel}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
}

/** A legacy VML picture (`v:imagedata`), sized by its shape's style. */
function vml(rel: string, style: string): string {
  return `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="${style}"><v:imagedata r:id="${rel}" o:title="" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></w:pict></w:r></w:p>`
}

const KAART = png(40, 20, [20, 120, 60])
const GROEN = png(30, 30, [200, 220, 120])

async function figureDocx(): Promise<Buffer> {
  const body = [
    p('Besluit van de raad van de gemeente Proefdorp'), // 1
    p('besluit:'), // 2
    p('Artikel 1'), // 3
    p('De Omgevingsvisie Proefdorp, opgenomen in Bijlage A, wordt vastgesteld.'), // 4
    p('Bijlage A'), // 5
    p('Omgevingsvisie Proefdorp', { style: 'Titel' }), // 6
    p('1 Inleiding', { style: 'Kop1' }), // 7
    p('Proefdorp groeit. De kaart hieronder laat zien waar.'), // 8
    drawing('rIdKaart', [2, 1]), // 9: caption below, in the caption style
    p('Kaart van Proefdorp in 2040', { style: 'Bijschrift' }), // 10
    p('Figuur 2 Groene verbindingen langs de beek'), // 11: caption above, by its text
    '<w:p/>', // 12: an empty paragraph between
    vml('rIdGroen', 'width:1.5in;height:1.5in'), // 13
    p('De gemeente werkt samen met inwoners.'), // 14
    drawing('rIdOud', [3, 2]), // 15: an EMF with its caption
    p('Figuur 3 De oude structuurvisiekaart', { style: 'Bijschrift' }), // 16
    p('Meer tekst zonder afbeelding erbij.'), // 17
    drawing('rIdLos', [1, 1]), // 18: no caption beside it
    p('Tot slot een gewone alinea met een zin.'), // 19
  ].join('')
  return makeDocx({
    body,
    styles: STYLES,
    rels: { rIdKaart: ['image', 'media/image1.png'], rIdGroen: ['image', 'media/image2.png'], rIdOud: ['image', 'media/image3.emf'], rIdLos: ['image', 'media/image4.png'] },
    extra: { 'word/media/image1.png': KAART, 'word/media/image2.png': GROEN, 'word/media/image3.emf': emf(), 'word/media/image4.png': png(8, 8, [0, 0, 0]) },
  })
}

function figuren(nodes: readonly Structuur[]): Figuur[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? figuren(n.children) : n.children.filter((b: Block): b is Figuur => b.type === 'figuur')))
}

describe('DOCX figures', () => {
  test('with `illustraties`: captioned PNGs are taken with their caption line and drawn width; the EMF and the uncaptioned one are named', async () => {
    const read = await readDocxLines(await figureDocx(), 'visie.docx', { illustraties: true })
    const captions = read.lines.filter((l) => l.hints?.figure).map((l) => [l.text, read.origins[l.line]?.alinea])
    expect(captions).toEqual([
      ['Kaart van Proefdorp in 2040', 10],
      ['Figuur 2 Groene verbindingen langs de beek', 11],
    ])
    const byLine = new Map(read.lines.map((l) => [l.line, l.text]))
    expect(read.images?.map((i) => [byLine.get(i.line), i.alinea, i.formaat, i.inches, Buffer.from(i.bytes).equals(i.alinea === 9 ? KAART : GROEN)])).toEqual([
      ['Kaart van Proefdorp in 2040', 9, 'image/png', 2, true],
      ['Figuur 2 Groene verbindingen langs de beek', 13, 'image/png', 1.5, true],
    ])
    const named = read.findings.filter((f) => f.code === 'VISIE-183' || f.code === 'VISIE-187')
    expect(named.map((f) => [f.code, f.data])).toEqual([
      ['VISIE-183', { alineas: '18', illustraties: 'aan' }],
      ['VISIE-187', { alinea: 15, bestand: 'word/media/image3.emf', soort: 'EMF' }],
    ])
    expect(named[1]?.message).toMatch(/^In alinea 15 staat een afbeelding in EMF-formaat \(word\/media\/image3\.emf\); de LVBB neemt alleen PNG en JPEG aan/u)
    // The EMF's caption stays a paragraph: no figure without its image.
    expect(read.lines.find((l) => l.text.startsWith('Figuur 3'))?.hints?.figure).toBeUndefined()
  })

  test('the captions become Figuur nodes at the lines their images are keyed by', async () => {
    const { document, images } = await readDocument(await figureDocx(), { file: 'visie.docx', illustraties: true })
    const found = figuren(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(found.map((f) => f.titel)).toEqual(['Kaart van Proefdorp in 2040', 'Figuur 2 Groene verbindingen langs de beek'])
    expect(found.map((f) => f.position?.start.line)).toEqual(images?.map((i) => i.line))
  })

  test('without `illustraties`: no image is taken, one VISIE-183 lists every paragraph with a picture', async () => {
    const read = await readDocxLines(await figureDocx(), 'visie.docx')
    expect(read.images).toBeUndefined()
    expect(read.lines.some((l) => l.hints?.figure)).toBe(false)
    const listed = read.findings.filter((f) => f.code === 'VISIE-183' || f.code === 'VISIE-187')
    expect(listed.map((f) => [f.code, f.data])).toEqual([['VISIE-183', { alineas: '9, 13, 15 en 18', illustraties: 'uit' }]])
    expect(listed[0]?.message).toMatch(/^In alinea 9, 13, 15 en 18 staan afbeeldingen .*Zet "illustraties": true in visie\.json/u)
    // Pointed at the line before the first picture (a paragraph with only a picture has no line of its own).
    expect(read.origins[listed[0]?.source?.line as number]?.alinea).toBe(8)
  })

  test('a linked picture and a relationship to a missing part are named, not taken', async () => {
    const body = [
      p('Tekst.'),
      '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:link="rIdExtern"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>',
      p('Figuur 1 Gekoppeld'),
      drawing('rIdWeg', [1, 1]),
      p('Figuur 2 Verdwenen'),
    ].join('')
    const bytes = await makeDocx({ body, styles: STYLES, rels: { rIdExtern: ['image', 'file:///C:/kaarten/kaart.png', 'External'], rIdWeg: ['image', 'media/weg.png'] } })
    const read = await readDocxLines(bytes, 'visie.docx', { illustraties: true })
    expect(read.images).toEqual([])
    expect(read.findings.filter((f) => f.code === 'VISIE-187').map((f) => f.data)).toEqual([
      { alinea: 2, bestand: 'file:///C:/kaarten/kaart.png', soort: 'gekoppeld' },
      { alinea: 4, bestand: 'word/media/weg.png', soort: 'ontbreekt' },
    ])
  })

  test('a transparent PNG (RGBA, rows Sub- and Up-filtered) is put on white, without alpha, and VISIE-188 says so', async () => {
    // 2 × 2 pixels: opaque red, clear; half-clear black, opaque blue.
    const rgba = [
      [255, 0, 0, 255, 0, 200, 0, 0],
      [0, 0, 0, 128, 0, 0, 255, 255],
    ]
    const body = [p('Tekst.'), drawing('rIdA', [1, 1]), p('Figuur 1 Doorzichtig', { style: 'Bijschrift' })].join('')
    const bytes = await makeDocx({ body, styles: STYLES, rels: { rIdA: ['image', 'media/a.png'] }, extra: { 'word/media/a.png': rgbaPng(2, 2, rgba) } })
    const read = await readDocxLines(bytes, 'visie.docx', { illustraties: true })
    const out = Buffer.from(read.images?.[0]?.bytes as Uint8Array)
    expect(out[25]).toBe(2) // IHDR colour type: RGB, no alpha
    const idat = out.indexOf('IDAT')
    const rows = inflateSync(out.subarray(idat + 4, idat + 4 + out.readUInt32BE(idat - 4)))
    // Each row: filter byte 0, then RGB. Clear → white; black at alpha 128 → 255·127/255 = 127.
    expect([...rows]).toEqual([0, 255, 0, 0, 255, 255, 255, 0, 127, 127, 127, 0, 0, 255])
    expect(read.findings.filter((f) => f.code === 'VISIE-188').map((f) => f.data)).toEqual([{ alinea: 2, bestand: 'word/media/a.png' }])
  })
})

/** An RGBA PNG (colour type 6): the first row Sub-filtered, the others Up-filtered, as an encoder may write them. */
function rgbaPng(width: number, height: number, rows: readonly (readonly number[])[]): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    out.write(type, 4, 'latin1')
    data.copy(out, 8)
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const raw = rows.flatMap((row, y) =>
    y === 0 ? [1, ...row.map((v, i) => (v - (i >= 4 ? (row[i - 4] as number) : 0) + 256) & 0xff)] : [2, ...row.map((v, i) => (v - ((rows[y - 1] as number[])[i] as number) + 256) & 0xff)],
  )
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(raw))), chunk('IEND', Buffer.alloc(0))]))
}
