import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../../src/config/index.js'
import { assignIds } from '../../../src/ids/index.js'
import type { Document } from '../../../src/model/index.js'
import { createContext, type BuildContext } from '../../../src/build/context.js'
import { writeAanleveringBesluit } from '../../../src/stop/besluit/index.js'
import { validateXml } from '../../../src/validate/xsd/index.js'
import { assenContext, GIO_BINNENSTAD, GIO_HAVEN, sampleDocument } from '../../ids/sample-document.js'
import { schemasDir, sharedDir } from '../../support/shared.js'
import { tinyPng } from './png.js'
import { query } from './xpath.js'

function write(doc: Document = sampleDocument(), ctx: BuildContext = assenContext()) {
  const { document } = assignIds(doc, ctx)
  return writeAanleveringBesluit(document, ctx, [])
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('writeAanleveringBesluit on the hand-built document', () => {
  const { files, findings } = write()
  const besluit = files[0]!

  test('validates against lvbb-stop-aanlevering.xsd (official set, offline)', async () => {
    expect(besluit.path).toBe('besluit.xml')
    expect(await validateXml(besluit.path, besluit.bytes, schemasDir())).toEqual([])
  })

  test('metadata, procedure and consolidatie as the issue asks', () => {
    const q = query(besluit.bytes)
    expect(q.one('/a:AanleveringBesluit/@schemaversie')).toBe('1.2.0')
    expect(q.one('//a:BesluitVersie/d:ExpressionIdentificatie/d:soortWork')).toBe('/join/id/stop/work_003')
    expect(q.one('//d:BesluitMetadata/d:eindverantwoordelijke')).toBe('/tooi/id/gemeente/gm0106')
    expect(q.one('//d:BesluitMetadata/d:soortProcedure')).toBe('/join/id/stop/proceduretype_definitief')
    expect(q.all('//d:informatieobjectRef')).toEqual([GIO_BINNENSTAD, GIO_HAVEN])
    expect(q.all('//d:Procedurestap/d:soortStap')).toEqual(['/join/id/stop/procedure/stap_002', '/join/id/stop/procedure/stap_003'])
    expect(q.one('//d:BeoogdeRegeling/d:eId')).toBe('art_I')
    expect(q.all('//d:BeoogdInformatieobject/d:eId')).toEqual([
      '!omgevingsvisie#cmp_I__content_o_1__list_o_1__item_o_1__ref_o_1',
      '!omgevingsvisie#cmp_I__content_o_1__list_o_1__item_o_2__ref_o_1',
    ])
    expect(q.one('//d:Tijdstempel/d:datum')).toBe('2026-02-26')
    expect(q.one('//d:Tijdstempel/d:eId')).toBe('art_II')
    expect(q.one('//a:RegelingVersieInformatie/d:ExpressionIdentificatie/d:soortWork')).toBe('/join/id/stop/work_019')
    expect(q.one('//d:RegelingMetadata/d:soortRegeling')).toBe('/join/id/stop/regelingtype_006')
    expect(q.one('//d:citeertitel')).toBe('Omgevingsvisie gemeente Assen')
    expect(q.one('//t:RegelingVrijetekst/@wordt')).toBe(q.one('//a:RegelingVersieInformatie//d:FRBRExpression'))
    q.dispose()
  })

  test('the consolidatie eIds resolve to the WijzigArtikel, the Artikel and the ExtIoRefs in the component', () => {
    const q = query(besluit.bytes)
    expect(q.count('//t:Lichaam/t:WijzigArtikel[@eId="art_I"]')).toBe(1)
    expect(q.count('//t:Lichaam/t:Artikel[@eId="art_II"]')).toBe(1)
    for (const e of q.all('//d:BeoogdInformatieobject/d:eId')) {
      const eId = e.replace('!omgevingsvisie#', '')
      expect(q.all(`//t:RegelingVrijetekst[@componentnaam="omgevingsvisie"]//t:ExtIoRef[@eId="${eId}"]/@ref`)).toHaveLength(1)
    }
    expect(q.one('//t:WijzigArtikel/t:Wat/t:IntRef/@ref')).toBe(q.one('//t:WijzigBijlage/@eId'))
    q.dispose()
  })

  test('mixed content: escaped once, typography kept, no whitespace added inside Al', () => {
    const xml = text(besluit.bytes)
    expect(xml).toContain('<Al>overweging 1 &amp; ‘meer’</Al>')
    expect(xml).toContain('”Omgevingsvisie gemeente Assen”')
    expect(xml).not.toContain('&amp;amp;')
    expect(xml).toContain('<Wat>De "Omgevingsvisie gemeente Assen" zoals opgenomen in <IntRef ref="cmp_A">Bijlage A</IntRef>.</Wat>')
    expect(xml).toMatch(/<Al><ExtIoRef [^>]*>\/join\/id\/regdata\/[^<]*<\/ExtIoRef><\/Al>/)
    expect(xml).not.toMatch(/<Al>\s+</)
    // element-only content is indented
    expect(xml).toContain('\n      <Lichaam eId="body" wId="gm0106_1__body">\n        <WijzigArtikel')
  })

  test('the mapped visiekaart becomes Figuur/Illustratie and its PNG joins the package; unmapped captions stay text', () => {
    const q = query(besluit.bytes)
    expect(q.one('//t:Figuur/t:Illustratie/@naam')).toBe('visiekaart-schematisch.png')
    expect([q.one('//t:Illustratie/@breedte'), q.one('//t:Illustratie/@hoogte'), q.one('//t:Illustratie/@dpi')]).toEqual(['640', '480', '96'])
    expect(q.all('//t:Figuur/@eId')).toEqual(['cmp_II__content_o_1__img_o_1'])
    expect(q.all('//t:Al[.="Ruimtelijke schets: Groene stad van het Noorden"]')).toHaveLength(1)
    q.dispose()
    expect(files.map((f) => [f.path, f.contentType])).toEqual([['besluit.xml', 'application/xml'], ['visiekaart-schematisch.png', 'image/png']])
    expect(findings).toMatchObject([{ code: 'VISIE-302', severity: 'waarschuwing', source: { file: 'omgevingsvisie.txt', line: 1316 } }])
  })

  test('with GIOs from the builder: their expressions, in Bijlage I order whatever order they come in', () => {
    const ctx = assenContext()
    const { document } = assignIds(sampleDocument(), ctx)
    const gio = (naam: string, expression: string) => ({
      naam, expression, work: expression.split('/nld@')[0] ?? '', gmlBestand: `${naam}.gml`, ioBestand: `${naam}.xml`, locaties: [],
    })
    const out = writeAanleveringBesluit(document, ctx, [gio('Havenkwartier', GIO_HAVEN), gio('binnenstad', GIO_BINNENSTAD)])
    const q = query(out.files[0]!.bytes)
    expect(q.all('//d:informatieobjectRef')).toEqual([GIO_BINNENSTAD, GIO_HAVEN])
    expect(q.all('//d:BeoogdInformatieobject/d:instrumentVersie')).toEqual([GIO_BINNENSTAD, GIO_HAVEN])
    q.dispose()
    const only = writeAanleveringBesluit(document, ctx, [gio('Havenkwartier', GIO_HAVEN)])
    const q2 = query(only.files[0]!.bytes)
    expect(q2.all('//d:informatieobjectRef')).toEqual([GIO_HAVEN])
    q2.dispose()
  })

  test('deterministic: two runs give the same bytes', () => {
    expect(text(write().files[0]!.bytes)).toBe(text(besluit.bytes))
  })

  test('trace maps wIds back to the source lines', () => {
    expect(besluit.trace?.get('gm0106_1__art_II')?.start.line).toBe(25)
    expect(besluit.trace?.get('gm0106_1__div_1__div_1')?.start.line).toBe(58)
  })
})

describe('blocking findings', () => {
  test('inwerkingtreding in Artikel II differs from visie.json: VISIE-310 at the Artikel II line, text date used', () => {
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-25', inwerkingtreding: '2026-03-01' } })
    const { files, findings } = write(sampleDocument(), ctx)
    expect(findings.filter((f) => f.code === 'VISIE-310')).toMatchObject([
      { severity: 'blokkerend', data: { tekst: '2026-02-26', config: '2026-03-01' }, source: { file: 'omgevingsvisie.txt', line: 25 } },
    ])
    const q = query(files[0]!.bytes)
    expect(q.one('//d:Tijdstempel/d:datum')).toBe('2026-02-26')
    q.dispose()
  })

  /** The sample with an Artikel II that gives no date ("de dag na bekendmaking"), as the reader would model it. */
  const withoutDate = () =>
    JSON.parse(
      JSON.stringify(sampleDocument())
        .replace(',"inwerkingtreding":"2026-02-26"', '')
        .replace('Dit besluit treedt in werking per 26-02-2026', 'Dit besluit treedt in werking met ingang van de dag na bekendmaking'),
    ) as Document

  test('no date in the text, one in visie.json: VISIE-312 warning, Tijdstempel from visie.json on the plain Artikel', () => {
    const doc = withoutDate()
    const { files, findings } = write(doc)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([
      { code: 'VISIE-312', severity: 'waarschuwing', data: { config: '2026-02-26' }, source: { line: 25 } },
    ])
    const q = query(files[0]!.bytes)
    expect([q.one('//d:Tijdstempel/d:datum'), q.one('//d:Tijdstempel/d:eId')]).toEqual(['2026-02-26', 'art_II'])
    q.dispose()
  })

  test('an Enig artikel that adopts the visie and no plain Artikel: VISIE-313, no Tijdstempel (it may not point at a WijzigArtikel)', async () => {
    const doc = withoutDate()
    const only = { ...doc, besluit: { ...doc.besluit, artikelen: doc.besluit.artikelen.filter((a) => a.soort === 'wijzig').map((a) => ({ ...a, kop: { label: 'Enig artikel' } })) } }
    const { files, findings } = write(only)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([{ code: 'VISIE-313', severity: 'waarschuwing', data: { datum: '2026-02-26' } }])
    const q = query(files[0]!.bytes)
    expect(q.count('//d:Tijdstempels')).toBe(0)
    expect(q.one('//t:WijzigArtikel/t:Kop/t:Label')).toBe('Enig artikel')
    expect(q.count('//t:WijzigArtikel/t:Kop/t:Nummer')).toBe(0)
    q.dispose()
    expect(await validateXml('besluit.xml', files[0]!.bytes, schemasDir())).toEqual([])
  })

  test('"de dag na bekendmaking" without a date in visie.json: the day after datums.bekendmaking (VISIE-314), on that Artikel', () => {
    const doc = withoutDate()
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-28' } })
    const { files, findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([{ code: 'VISIE-314', severity: 'informatie', data: { datum: '2026-03-01', bekendmaking: '2026-02-28' }, source: { line: 25 } }])
    const q = query(files[0]!.bytes)
    expect([q.one('//d:Tijdstempel/d:datum'), q.one('//d:Tijdstempel/d:eId')]).toEqual(['2026-03-01', 'art_II'])
    q.dispose()
  })

  test('"op de dag na die waarop het bekend is gemaakt" (h195): the day after datums.bekendmaking, as "de dag na bekendmaking"', () => {
    const doc = JSON.parse(JSON.stringify(withoutDate()).replace('Dit besluit treedt in werking met ingang van de dag na bekendmaking', 'Dit besluit treedt in werking op de dag na die waarop het bekend is gemaakt.')) as Document
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-28' } })
    const { files, findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([{ code: 'VISIE-314', data: { datum: '2026-03-01', bekendmaking: '2026-02-28' } }])
    const q = query(files[0]!.bytes)
    expect(q.one('//d:Tijdstempel/d:datum')).toBe('2026-03-01')
    q.dispose()
  })

  test('"op de dag waarop dit besluit bekend wordt gemaakt": the day of datums.bekendmaking itself (VISIE-314), on that Artikel', () => {
    const doc = JSON.parse(JSON.stringify(withoutDate()).replace('Dit besluit treedt in werking met ingang van de dag na bekendmaking', 'Dit besluit treedt in werking op de dag waarop dit besluit bekend wordt gemaakt')) as Document
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-27' } })
    const { files, findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([{ code: 'VISIE-314', severity: 'informatie', data: { datum: '2026-02-27', bekendmaking: '2026-02-27' } }])
    const q = query(files[0]!.bytes)
    expect([q.one('//d:Tijdstempel/d:datum'), q.one('//d:Tijdstempel/d:eId')]).toEqual(['2026-02-27', 'art_II'])
    q.dispose()
  })

  test('a besluit silent on its inwerkingtreding: the day after datums.bekendmaking (VISIE-315 warning), on its plain Artikel', async () => {
    const doc = JSON.parse(JSON.stringify(withoutDate()).replace('Dit besluit treedt in werking met ingang van de dag na bekendmaking', 'Dit besluit wordt aangehaald als Omgevingsvisie Assen')) as Document
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-28' } })
    const { files, findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([{ code: 'VISIE-315', severity: 'waarschuwing', data: { datum: '2026-03-01', bekendmaking: '2026-02-28' }, source: { line: 25 } }])
    const q = query(files[0]!.bytes)
    expect([q.one('//d:Tijdstempel/d:datum'), q.one('//d:Tijdstempel/d:eId')]).toEqual(['2026-03-01', 'art_II'])
    q.dispose()
    expect(await validateXml('besluit.xml', files[0]!.bytes, schemasDir())).toEqual([])
  })

  test('an artikel that only refers to the inwerkingtreding ("… in te trekken met ingang van de dag waarop dit besluit in werking treedt") and names years in a title: silent, so VISIE-315, not VISIE-870', () => {
    const doc = JSON.parse(JSON.stringify(withoutDate()).replace('Dit besluit treedt in werking met ingang van de dag na bekendmaking', 'De Omgevingsvisie 2015–2030 in te trekken met ingang van de dag waarop dit besluit in werking treedt.')) as Document
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-28' } })
    const { findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31') || f.code === 'VISIE-870').map((f) => f.code)).toEqual(['VISIE-315'])
  })

  test('"de dag na die van de uitgifte van het Gemeenteblad" is the day after the bekendmaking too (VISIE-314); a date in another sentence is no unreadable inwerkingtreding', () => {
    const doc = JSON.parse(JSON.stringify(withoutDate()).replace('Dit besluit treedt in werking met ingang van de dag na bekendmaking', 'De visie van 26 september 2017 in te trekken. Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst')) as Document
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-28' } })
    const { findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31') || f.code === 'VISIE-870').map((f) => [f.code, f.data['datum']])).toEqual([['VISIE-314', '2026-03-01']])
  })

  test('no date anywhere: VISIE-311 blocking, no Tijdstempel, still schema-valid', async () => {
    const doc = JSON.parse(JSON.stringify(withoutDate()).replace('met ingang van de dag na bekendmaking', 'op een later te bepalen tijdstip')) as Document
    const ctx = assenContext({ datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-25' } })
    const { files, findings } = write(doc, ctx)
    expect(findings.filter((f) => f.code.startsWith('VISIE-31'))).toMatchObject([{ code: 'VISIE-311', severity: 'blokkerend' }])
    const q = query(files[0]!.bytes)
    expect(q.count('//d:Tijdstempels')).toBe(0)
    q.dispose()
    expect(await validateXml('besluit.xml', files[0]!.bytes, schemasDir())).toEqual([])
  })

  test('a JPEG figure (the gm9920 example image): Illustratie from its header, image/jpeg in the package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visie-besluit-'))
    writeFileSync(join(dir, 'plaatje.jpg'), readFileSync(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'jpg-plaatje-1.jpg')))
    const base = assenContext()
    const ctx = createContext(parseConfig(JSON.stringify({ ...base.config, afbeeldingen: { 'Ruimtelijke schets: Groene stad van het Noorden': 'plaatje.jpg' } })), dir)
    const { files, findings } = write(sampleDocument(), ctx)
    const q = query(files[0]!.bytes)
    expect(q.one('//t:Divisie[t:Kop/t:Nummer="4.4.1"]//t:Figuur/t:Titel')).toBe('Ruimtelijke schets: Groene stad van het Noorden')
    expect(['naam', 'breedte', 'hoogte', 'dpi', 'formaat'].map((a) => q.one(`//t:Illustratie/@${a}`))).toEqual(['plaatje.jpg', '12', '12', '96', 'image/jpeg'])
    q.dispose()
    expect(files.map((f) => [f.path, f.contentType])).toEqual([['besluit.xml', 'application/xml'], ['plaatje.jpg', 'image/jpeg']])
    expect(findings.map((f) => f.code)).toEqual(['VISIE-302']) // only the unmapped visiekaart of Bijlage II
  })

  test('a PNG with alpha: LVBB1013 blocking', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visie-besluit-'))
    writeFileSync(join(dir, 'kaart.png'), tinyPng({ colourType: 6 }))
    const base = assenContext()
    const ctx = createContext(parseConfig(JSON.stringify({ ...base.config, afbeeldingen: { 'Visiekaart omgevingsvisie Assen met straatnamen': 'kaart.png' } })), dir)
    const { findings } = write(sampleDocument(), ctx)
    expect(findings.filter((f) => f.severity === 'blokkerend')).toMatchObject([{ code: 'LVBB1013', layer: 'lvbb', source: { line: 2321 } }])
  })

  test('a mapped image that is missing: VISIE-303, and the caption stays as text', () => {
    const ctx = assenContext({ afbeeldingen: { 'Visiekaart omgevingsvisie Assen met straatnamen': 'afbeeldingen/bestaat-niet.png' } })
    const { files, findings } = write(sampleDocument(), ctx)
    expect(findings.map((f) => f.code)).toContain('VISIE-303')
    expect(files).toHaveLength(1)
  })

  test('a GIO without ExtIoRef in the text: LVBB3151', () => {
    const doc = sampleDocument()
    const extra = '/join/id/regdata/gm0106/2025/e78b18391e8d4b6f9503ac29dc09a9e3/nld@2026-01-05;12452657'
    const withExtra: Document = { ...doc, informatieobjecten: [...doc.informatieobjecten, { naam: 'Zuidoost Assen', expression: extra, work: extra.split('/nld@')[0] ?? '' }] }
    const { findings } = write(withExtra)
    expect(findings.filter((f) => f.severity === 'blokkerend')).toMatchObject([{ code: 'LVBB3151', data: { expression: extra } }])
  })

  test('Artikel I without a reference to Bijlage A: LVBB4002 at its line', () => {
    const doc = JSON.parse(JSON.stringify(sampleDocument()).replace('"bijlage:A"', '"artikel:II"')) as Document
    const { findings } = write(doc)
    expect(findings.filter((f) => f.severity === 'blokkerend')).toMatchObject([{ code: 'LVBB4002', data: { artikel: 'I' }, source: { line: 21 } }])
  })

  test('a dot in a work name from visie.json: STOP1000', () => {
    const base = assenContext()
    const ctx: BuildContext = { ...base, ids: { ...base.ids, regelingWork: '/akn/nl/act/gm0106/2026/omgevings.visie', regelingExpression: '/akn/nl/act/gm0106/2026/omgevings.visie/nld@2026-02-19;1' } }
    expect(write(sampleDocument(), ctx).findings.map((f) => f.code)).toContain('STOP1000')
  })
})
