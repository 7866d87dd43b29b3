/**
 * The DOCX reader on hand-written OOXML: heading numbers and list labels computed from numbering.xml (they are not in
 * the text), levels from styles (basedOn, outline level, built-in names), tables with merged cells, what is left out
 * with a finding (tracked deletions, comments, footnotes, images, nested tables), and the Dutch errors for files that
 * are no readable DOCX.
 */
import { deflateRawSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import yazl from 'yazl'
import { InputError } from '../../../src/model/errors.js'
import type { Structuur } from '../../../src/model/index.js'
import { readDocxLines } from '../../../src/read/docx/index.js'
import { readDocument } from '../../../src/read/index.js'
import { setDeclaredSize, zipBytes } from '../../support/zip-patch.js'
import { makeDocx, p } from './make-docx.js'

const HEADING_STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Paragraafkop"><w:name w:val="Paragraafkop"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop4NL"><w:name w:val="Kop 4"/><w:basedOn w:val="Standaard"/></w:style>
  <w:style w:type="paragraph" w:styleId="Inhopg1"><w:name w:val="toc 1"/><w:basedOn w:val="Standaard"/></w:style>
  <w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`

/** Headings: "%1." and "%1.%2." (Kop2 gets numId 1 through basedOn Kop1), level 3 linked by w:pStyle. */
const HEADING_NUMBERING = `
  <w:abstractNum w:abstractNumId="7">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:pStyle w:val="Paragraafkop"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="8">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="9">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="10">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="9"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>`

async function lines(body: string, extra: { footnotes?: string; rels?: Record<string, [string, string]>; extra?: Record<string, Uint8Array | string> } = {}) {
  const bytes = await makeDocx({ body, styles: HEADING_STYLES, numbering: HEADING_NUMBERING, ...extra })
  return readDocxLines(bytes, 'visie.docx')
}

describe('numbering computed from numbering.xml', () => {
  test('heading numbers: style numbering through basedOn, level text, reset of deeper levels, a level linked by pStyle', async () => {
    const read = await lines(
      [
        p('Inleiding', { style: 'Kop1' }),
        p('Aanleiding', { style: 'Kop2' }),
        p('Doel', { style: 'Kop2' }),
        p('Onderdelen', { style: 'Paragraafkop', numId: 1, ilvl: 2 }),
        p('Onderdelen verder', { style: 'Paragraafkop' }),
        p('Visie', { style: 'Kop1' }),
        p('Ruimte', { style: 'Kop2' }),
      ].join(''),
    )
    expect(read.lines.map((l) => [l.text, l.hints?.heading?.level])).toEqual([
      ['1. Inleiding', 1],
      ['1.1 Aanleiding', 2],
      ['1.2 Doel', 2],
      ['1.2.1 Onderdelen', 3],
      ['1.2.2 Onderdelen verder', 3],
      ['2. Visie', 1],
      ['2.1 Ruimte', 2],
    ])
  })

  test('lists: decimal and letter labels by level, a restart by startOverride, bullets without marker, roman from a start value', async () => {
    const read = await lines(
      [
        p('een', { numId: 2 }),
        p('twee', { numId: 2 }),
        p('twee-a', { numId: 2, ilvl: 1 }),
        p('twee-b', { numId: 2, ilvl: 1 }),
        p('drie', { numId: 2 }),
        p('drie-a', { numId: 2, ilvl: 1 }),
        p('opnieuw', { numId: 3 }),
        p('punt', { numId: 4 }),
        p('subpunt', { numId: 4, ilvl: 1 }),
        p('Romeins', { numId: 5 }),
        p('Romeins verder', { numId: 5 }),
      ].join(''),
    )
    expect(read.lines.map((l) => [l.text, l.hints?.listItem])).toEqual([
      ['een', { depth: 0, marker: '1)' }],
      ['twee', { depth: 0, marker: '2)' }],
      ['twee-a', { depth: 1, marker: 'a.' }],
      ['twee-b', { depth: 1, marker: 'b.' }],
      ['drie', { depth: 0, marker: '3)' }],
      ['drie-a', { depth: 1, marker: 'a.' }],
      ['opnieuw', { depth: 0, marker: '1)' }],
      ['punt', { depth: 0 }],
      ['subpunt', { depth: 1 }],
      ['Romeins', { depth: 0, marker: 'III' }],
      ['Romeins verder', { depth: 0, marker: 'IV' }],
    ])
  })

  test('a heading style by its built-in name ("Kop 4") or outline level only, and a bold paragraph as run-in kop', async () => {
    const read = await lines(
      [
        p('Zonder nummer', { style: 'Kop4NL' }),
        p('Tussenkop in vet', { bold: true }),
        '<w:p><w:r><w:rPr><w:rStyle w:val="Zwaar"/></w:rPr><w:t>Vet door tekenopmaak</w:t></w:r></w:p>',
        p('Een zin in vet.', { bold: true }),
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Half </w:t></w:r><w:r><w:t>vet</w:t></w:r></w:p>',
      ].join(''),
    )
    expect(read.lines.map((l) => [l.text, l.hints?.heading?.level])).toEqual([
      ['Zonder nummer', 4],
      ['Tussenkop in vet', 0],
      ['Vet door tekenopmaak', 0],
      ['Een zin in vet.', undefined],
      ['Half vet', undefined],
    ])
  })

  test('a paragraph that names a numbering numbering.xml lacks is read as text with VISIE-186', async () => {
    const read = await lines([p('Gewone tekst.'), p('Verloren nummer', { numId: 42 })].join(''))
    expect(read.lines[1]?.hints?.listItem).toBeUndefined()
    expect(read.findings.map((f) => [f.code, f.source?.line, f.data['numId']])).toEqual([['VISIE-186', 2, '42']])
  })
})

describe('text, tables and what is left out', () => {
  test('hyperlinks and insertions kept, deletions and field instructions dropped, the table of contents skipped, page breaks counted', async () => {
    const body = [
      '<w:p><w:pPr><w:pStyle w:val="Inhopg1"/></w:pPr><w:r><w:t>1 Inleiding 3</w:t></w:r></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2 Visie 5</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>3 Uitvoering 9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>de website</w:t></w:r></w:hyperlink><w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> van de gemeente</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText> (oud)</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Pagina </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:br w:type="page"/></w:r></w:p>',
      p('Na de pagina.'),
      // w:type says how a section starts: the second section (two columns) goes on on the same page, the third not.
      '<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>Einde sectie.</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:cols w:num="2"/></w:sectPr></w:pPr><w:r><w:t>Sectie met kolommen.</w:t><w:br/><w:t>Tweede regel.</w:t></w:r></w:p>',
      p('Nieuwe pagina.'),
      '<w:sectPr/>',
    ].join('')
    const read = await lines(body, { rels: { rIdLink: ['hyperlink', 'https://example.org'] } })
    expect(read.lines.map((l) => [l.text, l.page, l.pageStart])).toEqual([
      ['Zie de website van de gemeente.', 0, false],
      ['Pagina 4', 0, false],
      ['Na de pagina.', 1, true],
      ['Einde sectie.', 1, false],
      ['Sectie met kolommen. Tweede regel.', 1, false],
      ['Nieuwe pagina.', 2, true],
    ])
    expect(read.origins[1]).toEqual({ alinea: 4, quote: 'Zie de website van de gemeente.' })
    expect(read.furniture).toBe(false)
    expect(read.findings.map((f) => [f.code, f.source?.line, f.data])).toEqual([['VISIE-180', 1, { invoegingen: 1, verwijderingen: 1 }]])
  })

  test('a table: header rows, a cell spanning two columns (text in the first, the rest empty), a vertically merged cell', async () => {
    const tc = (text: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`
    const body = `<w:tbl>
      <w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('Gebied')}${tc('Opgave', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${tc('Centrum', '<w:vMerge w:val="restart"/>')}${tc('Wonen')}${tc('hoog')}</w:tr>
      <w:tr>${tc('', '<w:vMerge/>')}${tc('Groen')}${tc('laag')}</w:tr>
    </w:tbl>`
    const read = await lines(body)
    expect(read.lines).toHaveLength(1)
    expect(read.lines[0]?.hints?.table).toEqual({
      header: 1,
      rows: [
        ['Gebied', 'Opgave', ''],
        ['Centrum', 'Wonen', 'hoog'],
        ['', 'Groen', 'laag'],
      ],
    })
  })

  test('nested tables, comments, footnotes, images and text boxes (read after their paragraph) each give their finding at their alinea', async () => {
    // A table of two rows (a table of one row is a box, read as paragraphs) with a table nested in a cell.
    const nested = `<w:tbl><w:tr><w:tc>${p('Kop')}</w:tc></w:tr><w:tr><w:tc>${p('Buiten')}<w:tbl><w:tr><w:tc>${p('Binnen')}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`
    const body = [
      p('Eerste alinea.'),
      '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Met opmerking.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
      '<w:p><w:r><w:t>Met voetnoot.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>',
      '<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t>Figuur 1: Kaart</w:t></w:r></w:p>',
      '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>In een vak</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>Na het vak.</w:t></w:r></w:p>',
      nested,
    ].join('')
    const read = await lines(body, {
      footnotes: '<w:footnote w:id="2"><w:p><w:r><w:t>Zie de Omgevingswet.</w:t></w:r></w:p></w:footnote>',
      rels: { rIdImg: ['image', 'media/kaart.png'] },
      extra: { 'word/media/kaart.png': new Uint8Array([137, 80, 78, 71]) },
    })
    // A text box's text is read as paragraphs right after the paragraph it is anchored in.
    expect(read.lines.map((l) => l.text)).toEqual(['Eerste alinea.', 'Met opmerking.', 'Met voetnoot.¹', 'Figuur 1: Kaart', 'Na het vak.', 'In een vak', 'Kop Buiten Binnen'])
    // A footnote is Word's running number at its reference, its text from footnotes.xml: a STOP Noot, no finding.
    expect(read.lines[2]?.hints?.noten).toEqual([{ mark: '¹', nummer: '1', text: 'Zie de Omgevingswet.' }])
    expect(read.findings.map((f) => [f.code, f.source?.line, f.data])).toEqual([
      ['VISIE-181', 2, { aantal: 1 }],
      ['VISIE-183', 4, { alineas: '4', illustraties: 'uit' }],
      ['VISIE-184', 7, {}],
      ['VISIE-185', 5, {}],
    ])
  })
})

describe('files that are no readable DOCX: a Dutch InputError (exit 2)', () => {
  const refused = async (bytes: Uint8Array): Promise<string> => {
    try {
      await readDocument(bytes, { file: 'visie.docx' })
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      return (e as Error).message
    }
    throw new Error('not refused')
  }
  const ole = (extra: Buffer = Buffer.alloc(0)): Buffer => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), extra])

  test('a Word 97-2003 file renamed to .docx', async () => {
    expect(await refused(ole())).toMatch(/oud Word-bestand \(Word 97-2003, \.doc\).*sla het op als Word-document \(\.docx\)/u)
  })

  test('a DOCX encrypted with a password (OLE with an EncryptedPackage stream)', async () => {
    expect(await refused(ole(Buffer.from('EncryptedPackage', 'utf16le')))).toMatch(/met een wachtwoord versleuteld Word-bestand/u)
  })

  test('a ZIP without word/document.xml', async () => {
    expect(await refused(await zipOf({ 'readme.txt': 'hallo' }))).toMatch(/ZIP zonder word\/document\.xml, geen Word-document/u)
  })

  test('a truncated (corrupt) DOCX', async () => {
    const docx = await makeDocx({ body: p('Tekst.') })
    expect(await refused(docx.subarray(0, Math.floor(docx.length / 2)))).toMatch(/geen leesbaar Word-bestand|beschadigd/u)
  })

  test('a ZIP bomb: a document.xml over 1 MB that inflates more than 200× is not inflated', async () => {
    const huge = Buffer.alloc(8 * 1024 * 1024, 0x20)
    expect(deflateRawSync(huge).length * 200).toBeLessThan(huge.length)
    expect(await refused(await zipOf({ 'word/document.xml': huge }))).toMatch(/pakt uit tot 8388608 bytes.*zip-bom/u)
  })

  // The guards the package reader had and the DOCX reader gained with the shared ZIP reader (src/package/zip-read.ts).
  test('a part name that leaves the folder (../, absolute)', async () => {
    const zip = await zipBytes({ 'word/document.xml': '<w:document xmlns:w="w"><w:body/></w:document>', 'xx/evil.xml': '<evil/>' })
    const patched = Buffer.from(zip.toString('latin1').replaceAll('xx/evil.xml', '../evil.xml'), 'latin1')
    expect(await refused(patched)).toMatch(/onderdeel met een onveilige naam '\.\.\/evil\.xml' \(pad met '\.\.' \(buiten het pakket\)\)/u)
  })

  test('the same part twice (which word/document.xml would be the document?)', async () => {
    const zip = await zipOf({ 'word/document.xml': '<a/>', 'word/Document.xml': '<b/>' })
    expect(await refused(zip)).toMatch(/onderdeel 'word\/Document\.xml' twee keer \(ook als 'word\/document\.xml'\)/u)
  })

  test('parts that together claim more than 1 GB inflated, each under the per-part cap', async () => {
    const zip = await zipBytes({ 'word/document.xml': '<a/>', 'word/media/a.png': 'x', 'word/media/b.png': 'y' }, false)
    const claimed = setDeclaredSize(setDeclaredSize(zip, 'word/media/a.png', 190 * 1024 * 1024), 'word/media/b.png', 900 * 1024 * 1024)
    expect(await refused(claimed)).toMatch(/pakken samen uit tot meer dan 1073741824 bytes.*zip-bom/u)
  })

  test('a part with a DOCTYPE (the way to an entity bomb)', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="w"><w:body/></w:document>'
    expect(await refused(await zipOf({ 'word/document.xml': xml }))).toMatch(/word\/document\.xml van het Word-bestand heeft een DOCTYPE/u)
  })
})

async function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.from(data), name, { mtime: new Date(0) })
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe('the besluit in a DOCX', () => {
  test('beslispunten numbered by Word (`1)`, `2)`, `3)` from numbering.xml, not in the text) are its artikelen, the inwerkingtreding in the last', async () => {
    const body = [
      p('Besluit van de raad van de gemeente Proefdorp tot vaststelling van de Omgevingsvisie Proefdorp'),
      p('De raad van de gemeente Proefdorp;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      p('besluit:'),
      p('de Omgevingsvisie Proefdorp, opgenomen in bijlage 1, vast te stellen;', { numId: 2 }),
      p('de Structuurvisie Proefdorp 2012 in te trekken;', { numId: 2 }),
      p('te bepalen dat dit besluit in werking treedt op 1 juli 2027.', { numId: 2 }),
      p('Aldus besloten in de openbare vergadering van 19 mei 2027.'),
      p('Bijlage 1'),
      p('Omgevingsvisie Proefdorp'),
      p('Inleiding', { style: 'Kop1' }),
      p('Proefdorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'),
    ].join('')
    const bytes = await makeDocx({ body, styles: HEADING_STYLES, numbering: HEADING_NUMBERING })
    const { document, findings } = await readDocument(bytes, { file: 'visie.docx' })
    expect(document.besluit.artikelen.map((a) => a.kop.nummer)).toEqual(['1', '2', '3'])
    expect(findings.filter((f) => f.code === 'VISIE-107')).toEqual([])
  })
})

describe('headings Word numbers that a text line would not pass as headings (session 12, w07–w12)', () => {
  // Chapters "Hoofdstuk %1" from 5 (the second volume of a visie), sections "%1.%2".
  const numbering = `
    <w:abstractNum w:abstractNumId="20">
      <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Hoofdstuk %1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="20"/></w:num>`

  test('a first chapter numbered 5, a title typed in lower case, a title that starts with a figure', async () => {
    const prose = 'Proefdorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'
    const body = [
      p('Besluit van de raad van de gemeente Proefdorp tot vaststelling van de Omgevingsvisie Proefdorp, deel 2'),
      p('De raad van de gemeente Proefdorp;'),
      p('besluit:'),
      p('Artikel 1'),
      p('De Omgevingsvisie Proefdorp, deel 2, opgenomen in bijlage 1, wordt vastgesteld.'),
      p('Artikel 2'),
      p('Dit besluit treedt in werking op 1 juli 2027.'),
      p('Bijlage 1'),
      p('Omgevingsvisie Proefdorp, deel 2'),
      p('sterke kust', { style: 'Kop1' }),
      p(prose),
      p('10x focus op de kust', { style: 'Kop2' }),
      p(prose),
      p('Recreatie', { style: 'Kop2' }),
      p(prose),
      p('Uitvoering', { style: 'Kop1' }),
      p(prose),
    ].join('')
    const bytes = await makeDocx({ body, styles: HEADING_STYLES, numbering })
    const { document, findings } = await readDocument(bytes, { file: 'deel2.docx' })
    const koppen = (nodes: readonly Structuur[], depth = 1): string[] =>
      nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...koppen(n.children, depth + 1)] : []))
    expect(koppen(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 5 sterke kust', '2 5.1 10x focus op de kust', '2 5.2 Recreatie', '1 6 Uitvoering'])
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('a chapter heading set in a table cell and a one-row title block are read as paragraphs; a typed contents title above a TOC field goes with it', async () => {
    const prose = 'Proefdorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'
    const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`
    const row = (...cells: string[]) => `<w:tbl><w:tblPr/><w:tr>${cells.map(cell).join('')}</w:tr></w:tbl>`
    const toc = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Inleiding 3</w:t></w:r></w:p><w:p><w:r><w:t>Uitvoering 4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
    const body = [
      p('Besluit van de raad van de gemeente Proefdorp tot vaststelling van de Omgevingsvisie Proefdorp'),
      p('De raad van de gemeente Proefdorp;'),
      p('besluit:'),
      p('Artikel 1'),
      p('De Omgevingsvisie Proefdorp, opgenomen in bijlage 1, wordt vastgesteld.'),
      p('Artikel 2'),
      p('Dit besluit treedt in werking op 1 juli 2027.'),
      p('Bijlage 1'),
      row(p('Omgevingsvisie Proefdorp') + p('Dorp aan de dijk'), p('Gemeente Proefdorp') + p('Februari 2027')),
      p('Inhoudsopgave', { bold: true }),
      toc,
      row(p('Inleiding', { style: 'Kop1' }), p('Waarom een visie en hoe zij tot stand kwam.')),
      p(prose),
      p('Aanleiding', { style: 'Kop2' }),
      p(prose),
      row(p('Uitvoering', { style: 'Kop1' }), p('Hoe wij de visie uitvoeren.')),
      p(prose),
    ].join('')
    const bytes = await makeDocx({ body, styles: HEADING_STYLES, numbering: HEADING_NUMBERING })
    const { document } = await readDocument(bytes, { file: 'blokken.docx' })
    const koppen = (nodes: readonly Structuur[], depth = 1): string[] =>
      nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...koppen(n.children, depth + 1)] : []))
    expect(koppen(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Aanleiding', '1 2 Uitvoering'])
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Proefdorp')
    expect(JSON.stringify(document)).not.toContain('Inhoudsopgave')
  })
})

describe('what the Word holdout of session 13 showed (w19–w24)', () => {
  const prose = 'Proefdorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'
  const besluit = [
    p('Besluit van de raad van de gemeente Proefdorp tot vaststelling van de Omgevingsvisie Proefdorp'),
    p('De raad van de gemeente Proefdorp;'),
    p('besluit:'),
    p('Artikel 1'),
    p('De Omgevingsvisie Proefdorp, opgenomen in bijlage 1, wordt vastgesteld.'),
    p('Artikel 2'),
    p('Dit besluit treedt in werking op 1 juli 2027.'),
    p('Bijlage 1'),
    p('Omgevingsvisie Proefdorp'),
  ]
  const koppen = (nodes: readonly Structuur[], depth = 1): string[] =>
    nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...koppen(n.children, depth + 1)] : []))

  test('heading numbers through a list style: the heading styles name a num whose abstractNum takes its levels from the style (numStyleLink → styleLink)', async () => {
    const styles = `${HEADING_STYLES}
      <w:style w:type="numbering" w:styleId="KoppenVisie"><w:name w:val="Koppen visie"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`
    const levels = `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>`
    // The levels in the abstractNum that names the style (styleLink); or, where none does, those of the num the
    // numbering style itself names.
    for (const numbering of [
      `<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="KoppenVisie"/>${levels}</w:abstractNum><w:abstractNum w:abstractNumId="99"><w:numStyleLink w:val="KoppenVisie"/></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="99"/></w:num>`,
      `<w:abstractNum w:abstractNumId="2">${levels}</w:abstractNum><w:abstractNum w:abstractNumId="99"><w:numStyleLink w:val="KoppenVisie"/></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="99"/></w:num>`,
    ]) {
      const body = [...besluit, p('Inleiding', { style: 'H1' }), p(prose), p('Aanleiding', { style: 'H2' }), p(prose), p('Uitvoering', { style: 'H1' }), p(prose)].join('')
      const { document } = await readDocument(await makeDocx({ body, styles, numbering }), { file: 'stijl.docx' })
      expect(koppen(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 I Inleiding', '2 I.1 Aanleiding', '1 II Uitvoering'])
    }
  })

  test('chapters numbered `hoofdstuk %1` in lower case by the heading style; a first bijlage heading numbered on from another part (`Bijlage 3 Kaarten`)', async () => {
    const numbering = `
      <w:abstractNum w:abstractNumId="30">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="hoofdstuk %1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="30"/></w:num>`
    const gio = (naam: string, werk: string) =>
      `<w:tr><w:tc><w:p><w:r><w:t>${naam}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>/join/id/regdata/gm9999/2027/${werk}/nld@2027-06-01;1</w:t></w:r></w:p></w:tc></w:tr>`
    const table = `<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Naam</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Identificatie</w:t></w:r></w:p></w:tc></w:tr>${gio('Beheergebied', 'beheergebied')}${gio('Zoetwaterbuffer', 'zoetwaterbuffer')}</w:tbl>`
    const body = [
      ...besluit,
      p('Inleiding', { style: 'Kop1' }),
      p(prose),
      p('Aanleiding', { style: 'Kop2' }),
      p(prose),
      p('Uitvoering', { style: 'Kop1' }),
      p('In hoofdstuk 2 beschrijven wij hoe wij de visie uitvoeren, samen met onze partners.'),
      p('Bijlage 3 Kaarten', { style: 'Kop1' }).replace('<w:pStyle w:val="Kop1"/>', '<w:pStyle w:val="Kop1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      p('De werkingsgebieden zijn de volgende informatieobjecten.'),
      table,
    ].join('')
    const { document } = await readDocument(await makeDocx({ body, styles: HEADING_STYLES, numbering }), { file: 'deel2.docx' })
    expect(koppen(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Aanleiding', '1 2 Uitvoering'])
    expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Beheergebied', 'Zoetwaterbuffer'])
  })

  test('hidden text (w:vanish) is left out, and a page break inside a heading parts two words', async () => {
    const hidden = (shown: string, vanished: string) =>
      `<w:p><w:pPr><w:pStyle w:val="Kop2"/></w:pPr><w:r><w:t xml:space="preserve">${shown}</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> ${vanished}</w:t></w:r></w:p>`
    const broken = `<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Gebieden in</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>ontwikkeling</w:t></w:r></w:p>`
    const body = [...besluit, p('Inleiding', { style: 'Kop1' }), hidden('Een verbonden gemeente', '(was: bereikbaar)'), p(prose), broken, p(prose)].join('')
    const { document } = await readDocument(await makeDocx({ body, styles: HEADING_STYLES, numbering: HEADING_NUMBERING }), { file: 'verborgen.docx' })
    expect(koppen(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Een verbonden gemeente', '1 2 Gebieden in ontwikkeling'])
    expect(JSON.stringify(document)).not.toContain('was: bereikbaar')
  })
})
