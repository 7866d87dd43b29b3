/** The Assen besluit end to end from the seed: readText → assignIds → writeAanleveringBesluit. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { assignIds } from '../../../src/ids/index.js'
import { readText } from '../../../src/parse/index.js'
import { writeAanleveringBesluit } from '../../../src/stop/besluit/index.js'
import { validateXml } from '../../../src/validate/xsd/index.js'
import { assenContext } from '../../ids/sample-document.js'
import { fixture, repoRoot, schemasDir } from '../../support/shared.js'
import { GIOS, KOPPEN } from '../../support/assen.js'
import { stopRuleViolations } from './stop-rules.js'
import { query } from './xpath.js'

function build() {
  const ctx = assenContext()
  const { document } = readText(readFileSync(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' })
  const ids = assignIds(document, ctx)
  return { ids, ...writeAanleveringBesluit(ids.document, ctx, []) }
}

describe('the Assen besluit', () => {
  const { ids, files, findings } = build()
  const besluit = files[0]!
  const q = query(besluit.bytes)

  test('validates against lvbb-stop-aanlevering.xsd with the official schema set, offline', async () => {
    expect(await validateXml('besluit.xml', besluit.bytes, schemasDir())).toEqual([])
  })

  test('the 61 numbered headings of the visie, in order, with their exact titles', () => {
    expect(KOPPEN).toHaveLength(61)
    const nummers = q.all('//t:RegelingVrijetekst/t:Lichaam//t:Divisie/t:Kop/t:Nummer')
    const opschriften = q.all('//t:RegelingVrijetekst/t:Lichaam//t:Divisie/t:Kop/t:Opschrift')
    expect(nummers.map((n, i) => [n, opschriften[i]])).toEqual(KOPPEN)
    // and nested as numbered: 4.5.10 is a Divisie in 4.5 in 4
    expect(q.one('//t:Divisie[t:Kop/t:Nummer="4"]/t:Divisie[t:Kop/t:Nummer="4.5"]/t:Divisie[t:Kop/t:Nummer="4.5.10"]/@eId')).toBe('div_4__div_5__div_10')
  })

  test('Bijlage I holds 13 ExtIoRefs with the exact identifiers, each with its naam as Term', () => {
    const terms = q.all('//t:Bijlage[t:Kop/t:Nummer="I"]//t:Begrip/t:Term')
    const refs = q.all('//t:Bijlage[t:Kop/t:Nummer="I"]//t:Begrip/t:Definitie/t:Al/t:ExtIoRef/@ref')
    expect(terms.map((t, i) => [t, refs[i]])).toEqual(GIOS)
    expect(q.all('//t:ExtIoRef')).toEqual(GIOS.map(([, e]) => e))
    expect(q.all('//d:informatieobjectRef')).toEqual(GIOS.map(([, e]) => e))
    expect(q.all('//d:BeoogdInformatieobject/d:instrumentVersie')).toEqual(GIOS.map(([, e]) => e))
  })

  test('the four bijlagen of the visie and the WijzigBijlage A with the component', () => {
    expect(q.all('//t:RegelingVrijetekst/t:Bijlage/@eId')).toEqual(['cmp_I', 'cmp_II', 'cmp_III', 'cmp_IV'])
    expect(q.one('//t:WijzigBijlage/@eId')).toBe('cmp_A')
    // Bijlage IV's eleven numbered kernkwaliteiten keep their numbers as eIds
    expect(q.all('//t:Bijlage[@eId="cmp_IV"]/t:Divisietekst/@eId')).toEqual(
      Array.from({ length: 11 }, (_, i) => `cmp_IV__content_${i + 1}`))
    expect(q.one('//t:WijzigBijlage/t:RegelingVrijetekst/@componentnaam')).toBe('omgevingsvisie')
    expect(q.one('//t:WijzigBijlage/t:RegelingVrijetekst/@wordt')).toBe('/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-02-19;1')
  })

  test('the consolidatie eIds resolve to real elements', () => {
    const artikel = q.one('//d:BeoogdeRegeling/d:eId')
    expect(q.one(`//t:BesluitCompact/t:Lichaam/t:WijzigArtikel[@eId="${artikel}"]/t:Kop/t:Nummer`)).toBe('I')
    const tijdstempel = q.one('//d:Tijdstempel/d:eId')
    expect(q.one(`//t:BesluitCompact/t:Lichaam/t:Artikel[@eId="${tijdstempel}"]/t:Inhoud/t:Al`)).toBe('Dit besluit treedt in werking per 26-02-2026')
    const io = q.all('//d:BeoogdInformatieobject/d:eId')
    expect(io).toHaveLength(13)
    for (const e of io) {
      expect(e.startsWith('!omgevingsvisie#')).toBe(true)
      expect(q.count(`//t:RegelingVrijetekst[@componentnaam="omgevingsvisie"]//t:ExtIoRef[@eId="${e.slice('!omgevingsvisie#'.length)}"]`)).toBe(1)
    }
  })

  test('the Tijdstempel is the inwerkingtreding of Artikel II (26-02-2026) and agrees with visie.json', () => {
    expect(q.one('//d:Tijdstempel/d:soortTijdstempel')).toBe('juridischWerkendVanaf')
    expect(q.one('//d:Tijdstempel/d:datum')).toBe('2026-02-26')
    expect(findings.filter((f) => f.code === 'VISIE-310' || f.code === 'VISIE-311')).toEqual([])
  })

  test('the STOP text rules of stop-lvbb.md §3–§4 hold (ids, references, lists, empty elements)', () => {
    expect(stopRuleViolations(besluit.bytes)).toEqual([])
    expect(ids.findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
  })

  test('the besluit part: aanhef, the overwegingen, afkondiging, articles, ondertekening', () => {
    // The seed (lines 5–17) has five "Overwegende dat" items, the third one over two lines; the issue said six.
    expect(q.all('//t:Aanhef/t:Considerans/t:Lijst[@type="ongemarkeerd"]/t:Li/t:Al')).toEqual([
      'De omgevingsvisie nog niet voldeed aan de wettelijke vereisten van de Omgevingswet',
      'De omgevingsvisie in overeenstemming is gebracht met de wettelijke vereisten van de Omgevingswet',
      'De omgevingsvisie in de periode van 6 november tot en met 17 december 2025 ter inzage heeft gelegen voor zienswijzen',
      'Er binnen deze periode drie zienswijzen zijn ingediend',
      'Deze zienswijzen niet tot aanpassing van de ontwerp omgevingsvisie hebben geleid',
    ])
    expect(q.all('//t:Aanhef/t:Al')).toEqual([
      'De gemeenteraad van Gemeente Assen,',
      'gelezen het voorstel van burgemeester en wethouders ”Omgevingsvisie gemeente Assen” 19-02-2026',
    ])
    expect(q.one('//t:Aanhef/t:Afkondiging/t:Al')).toBe('Besluit vast te stellen;')
    expect(q.one('//t:WijzigArtikel/t:Wat/t:IntRef/@ref')).toBe('cmp_A')
    expect(q.all('//t:Sluiting/t:Ondertekening/t:Al')).toEqual(['Voorzitter: M.L.J Out', 'Griffier: J. de Jonge'])
  })

  test('GIO mentions under headings that name them are IntIoRefs to the Bijlage I ExtIoRef', () => {
    const binnenstad = q.one('//t:Divisie[t:Kop/t:Nummer="4.4.1"]//t:IntIoRef/@ref')
    expect(binnenstad).toBe(q.one('//t:Begrip[t:Term="binnenstad"]//t:ExtIoRef/@wId'))
    const havenkwartier = q.one('//t:Divisie[t:Kop/t:Nummer="4.4.2"]//t:IntIoRef/@ref')
    expect(havenkwartier).toBe(q.one('//t:Begrip[t:Term="Havenkwartier"]//t:ExtIoRef/@wId'))
    // only headings that are the naam (or name it in parentheses): not "fijn wonen" under 3.2 Wonen en woonomgeving
    expect(q.all('//t:IntIoRef')).toEqual(['binnenstad', 'Havenkwartier', 'wijkaanpak', 'Werklandschap Assen Zuid'])
    expect(q.all('//t:IntIoRef/ancestor::t:Divisie[1]/t:Kop/t:Nummer')).toEqual(['4.4.1', '4.4.2', '4.4.3', '4.4.8'])
  })

  test('Bijlage II: the mapped schematic visiekaart as Figuur/Illustratie, the PNG in the package', () => {
    expect(q.one('//t:Bijlage[@eId="cmp_II"]//t:Figuur/t:Illustratie/@naam')).toBe('visiekaart-schematisch.png')
    expect(files.map((f) => f.path)).toEqual(['besluit.xml', 'visiekaart-schematisch.png'])
    // the three Ruimtelijke schetsen have no image: a warning each, at their lines (1316, 1481, 1549)
    expect(findings.filter((f) => f.code === 'VISIE-302').map((f) => f.source?.line)).toEqual([1316, 1481, 1549])
  })

  test('typography survives exactly once', () => {
    const xml = new TextDecoder().decode(besluit.bytes)
    expect(xml).toContain('faciliteren &amp; stimuleren')
    expect(xml).toContain('omgevingsprogramma’s')
    expect(xml).not.toContain('&amp;amp;')
    expect(xml).not.toContain('&amp;#')
  })

  test('deterministic: a second build gives the same bytes, also in another process under another TZ and LANG', () => {
    const again = build().files[0]!
    expect(Buffer.from(again.bytes).equals(Buffer.from(besluit.bytes))).toBe(true)
    const script = `
      import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
      import { readText } from './src/parse/index.ts'
      import { assignIds } from './src/ids/index.ts'
      import { writeAanleveringBesluit } from './src/stop/besluit/index.ts'
      import { assenContext } from './test/ids/sample-document.ts'
      const ctx = assenContext()
      const { document } = readText(readFileSync('fixtures/assen/omgevingsvisie.txt', 'utf8'), { file: 'omgevingsvisie.txt' })
      const out = writeAanleveringBesluit(assignIds(document, ctx).document, ctx, [])
      process.stdout.write(Buffer.from(out.files[0].bytes).toString('base64'))`
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot, env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, encoding: 'utf8',
    })
    expect(Buffer.compare(Buffer.from(out, 'base64'), Buffer.from(besluit.bytes))).toBe(0)
  })
})
