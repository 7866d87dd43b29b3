/**
 * The official STOP 1.3.0 and LVBB 1.2.0 rule files (from the shared schema set) on the shared example packages,
 * and on broken copies of the LVBB 1.2.0 example made here, asserting the rules' own codes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  applies,
  compileSchematron,
  listRuleFiles,
  loadRuleFile,
  precompileSchematron,
  runRuleFile,
  runRuleFileEach,
  runSchematron,
  schematronLayer,
  stylesheetOf,
} from '../../../src/validate/schematron/index.js'
import { xmlFacts } from '../../../src/validate/schematron/lines.js'
import { readReport } from '../../../src/validate/schematron/report.js'
import { skippedPatterns } from '../../../src/validate/schematron/run.js'
import { parseXml, transform } from '../../../src/validate/schematron/saxon.js'
import { sharedDir } from '../../support/shared.js'

const schemas = sharedDir()
const otst = sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120')
const pv28 = sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')

function documents(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((n) => /\.(xml|gml)$/.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

const besluit = readFileSync(join(otst, 'besluit.xml'), 'utf8')

// saxon-js compiles each rule file once per process (seconds each on a cold SEF cache); do it before the tests.
beforeAll(() => {
  expect(precompileSchematron({ schemasDir: schemas })).toEqual([])
}, 300_000)

/** Replaces exactly one occurrence, so a test cannot silently run on the unbroken example. */
function breakOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to)
  expect(out).not.toBe(text)
  return out
}

function codes(text: string): string[] {
  return runSchematron([{ name: 'besluit.xml', text }], { schemasDir: schemas }).map((f) => f.code)
}

describe('the official rule files', () => {
  const files = listRuleFiles(schemas)

  it('are all found: nine STOP 1.3.0 files and the two LVBB 1.2.0 aanlevering files', () => {
    expect(files.map((f) => `${f.layer} ${f.name}`)).toEqual([
      'stop imop-aknjoin.sch',
      'stop imop-consolidatie.sch',
      'stop imop-geo.sch',
      'stop imop-metadata.sch',
      'stop imop-pakbon.sch',
      'stop imop-procedure.sch',
      'stop imop-se.sch',
      'stop imop-tekst.sch',
      'stop imop-tekstmutaties.sch',
      'lvbb lvbb-aanlevering-io.sch',
      'lvbb lvbb-aanlevering.sch',
    ])
  })

  it('translate to XSLT that saxon-js compiles', { timeout: 120_000 }, () => {
    for (const f of files) {
      const xslt = compileSchematron(readFileSync(f.path, 'utf8'))
      expect(xslt).toContain('<xsl:stylesheet')
      expect(stylesheetOf(loadRuleFile(f.path, f.name, f.layer)).text.length).toBeGreaterThan(1000)
    }
  })

  it('apply to the STOP and LVBB documents only, each LVBB file to its own aanlevering', { timeout: 120_000 }, () => {
    const rules = files.map((f) => loadRuleFile(f.path, f.name, f.layer))
    const table = documents(otst).map((d) => {
      const facts = xmlFacts(d.text)
      return `${d.name}: ${rules
        .filter((r) => applies(r, facts))
        .map((r) => r.name.replace(/\.sch$/, ''))
        .join(' ')}`
    })
    expect(table).toEqual([
      'IO-8a639521-a2b1-3c9d-9dd2-ddfe4c7d5b4e.xml: imop-aknjoin imop-consolidatie imop-geo imop-metadata imop-procedure lvbb-aanlevering-io',
      'IO-9cb89b53-b554-3b6b-b1f1-c165b48e4363.xml: imop-aknjoin imop-consolidatie imop-geo imop-metadata imop-procedure lvbb-aanlevering-io',
      'besluit.xml: imop-aknjoin imop-consolidatie imop-metadata imop-procedure imop-tekst imop-tekstmutaties lvbb-aanlevering',
      // OW files, the manifests and the opdracht are not STOP documents.
      'gebieden.xml: ',
      'gebiedengroepen.xml: ',
      'gio-1.gml: imop-aknjoin imop-geo',
      'manifest-ow.xml: ',
      'manifest.xml: ',
      'opdracht.xml: ',
      'regelingsgebieden.xml: ',
      'regelsvooriedereen.xml: ',
      'regelteksten.xml: ',
    ])
  })
})

describe('one transform per rule file over all its documents', () => {
  it('is allowed for every official rule file but lvbb-aanlevering.sch (a pattern let reads /lvbba:AanleveringBesluit)', () => {
    const rules = listRuleFiles(schemas).map((f) => loadRuleFile(f.path, f.name, f.layer))
    expect(rules.filter((r) => !r.info.documentIndependent).map((r) => r.name)).toEqual(['lvbb-aanlevering.sch'])
  })

  it('gives every document the findings it gets on its own (both examples and broken copies together)', { timeout: 120_000 }, () => {
    const broken = [
      { name: 'kapot-1.xml', text: breakOnce(besluit, '<Artikel eId="art_besluit2"', '<Artikel eId="art_besluit1"') },
      { name: 'kapot-2.xml', text: breakOnce(besluit, 'eId="chp_1__art_1"', 'eId="chp_1__para_1"') },
      { name: 'kapot-3.xml', text: breakOnce(besluit, '2025/OTSTgegenereerd20251016102316</data:FRBRWork>', '2025/OTST.gegenereerd20251016102316</data:FRBRWork>') },
    ]
    const docs = [...documents(otst), ...documents(pv28), ...broken].map((d) => ({ file: d.name, xml: d.text, parsed: parseXml(d.text) }))
    let total = 0
    for (const f of listRuleFiles(schemas)) {
      const rule = loadRuleFile(f.path, f.name, f.layer)
      if (!rule.info.documentIndependent) continue
      const targets = docs.filter((d) => applies(rule, xmlFacts(d.xml)))
      const together = runRuleFileEach(rule, targets)
      expect(together).toEqual(targets.map((d) => runRuleFile(rule, d.file, d.xml, { parsed: d.parsed })))
      total += together.flat().length
    }
    // The broken copies do give findings (STOP0020, STOP0022, STOP1000, STOP1001), so the comparison is not of empties.
    expect(total).toBeGreaterThanOrEqual(5)
  })

  it('leaves out on each document only patterns that report nothing there (examples and broken copies)', { timeout: 300_000 }, () => {
    const broken = [
      breakOnce(besluit, '<Artikel eId="art_besluit2"', '<Artikel eId="art_besluit1"'),
      breakOnce(besluit, '2025/OTSTgegenereerd20251016102316</data:FRBRWork>', '2025/OTST.gegenereerd20251016102316</data:FRBRWork>'),
      breakOnce(besluit, /<Al>[^<]*<\/Al>/, '<Al wijzigactie="voegtoe"/>'),
    ].map((text, i) => ({ name: `kapot-${i}.xml`, text }))
    let skipped = 0
    let failures = 0
    for (const f of listRuleFiles(schemas)) {
      const rule = loadRuleFile(f.path, f.name, f.layer)
      const stylesheet = stylesheetOf(rule)
      for (const d of [...documents(otst), ...documents(pv28), ...broken].filter((x) => applies(rule, xmlFacts(x.text)))) {
        const skip = skippedPatterns(rule.info, d.text)
        const parsed = parseXml(d.text)
        const all = readReport(transform(stylesheet, parsed))
        expect(readReport(transform(stylesheet, parsed, { 'Q{urn:visie:schematron}skip': ` ${skip.join(' ')} ` })), `${f.name} ${d.name}`).toEqual(all)
        skipped += skip.length
        failures += all.length
      }
    }
    // Patterns are left out and some reports are not empty: the comparison is not of two empty or two full runs.
    expect(skipped).toBeGreaterThan(100)
    expect(failures).toBeGreaterThanOrEqual(5)
  })

  it('a rule file that stops on one document (VISIE-854) still reports on the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visie-schematron-stopt-'))
    try {
      const stop = join(dir, 'stop', 'schematron', 'stop-1.3.0')
      mkdirSync(stop, { recursive: true })
      // A rule-level let is evaluated outside the per-check try/catch: a bad cast stops the whole transform.
      writeFileSync(
        join(stop, 'imop-x.sch'),
        `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><sch:ns prefix="tekst" uri="https://standaarden.overheid.nl/stop/imop/tekst/"/>
        <sch:pattern id="p"><sch:rule context="tekst:Artikel"><sch:let name="n" value="xs:integer(substring-after(@eId, 'art_'))"/>
        <sch:report id="X1" test="$n gt 0">{"code": "X1", "melding": "artikel <sch:value-of select="$n"/>"},</sch:report></sch:rule></sch:pattern></sch:schema>`,
      )
      const numbered = breakOnce(besluit, '<Artikel eId="art_besluit2"', '<Artikel eId="art_2"')
      const findings = runSchematron(
        [
          { name: 'a.xml', text: numbered },
          { name: 'b.xml', text: besluit },
          { name: 'c.xml', text: numbered },
        ],
        { schemasDir: dir },
      )
      const of = (file: string): string[] => findings.filter((f) => f.at?.file === file).map((f) => `${f.code} ${f.message}`)
      expect(of('a.xml')).toContain('X1 artikel 2')
      expect(of('a.xml').every((m) => m.startsWith('X1 artikel '))).toBe(true)
      expect(of('b.xml')).toEqual([expect.stringMatching(/^VISIE-854 Schematron-bestand imop-x.sch stopte met een fout op b.xml; .*"besluit2" is not a valid xs:integer$/)])
      expect(of('c.xml')).toEqual(of('a.xml'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the example packages', () => {
  it('the LVBB 1.2.0 / STOP 1.3.0 example (otst gm9920) passes every applicable rule file', { timeout: 120_000 }, () => {
    // It is the chain's own conformance example: a finding here would be a bug in our compiler or runner.
    expect(runSchematron(documents(otst), { schemasDir: schemas })).toEqual([])
  })

  it('the pv28 omgevingsvisie (STOP 1.1.0 content) passes the 1.3.0 rules too', { timeout: 120_000 }, () => {
    // It has no Toelichting (STOP0081-0085), its BesluitMetadata carries soortBestuursorgaan (STOP1034) and its
    // lists, eIds and ExtIoRefs are consistent, so none of the 1.3.0 additions fire. The broken copies below
    // show that the same rule files do report on this kind of content.
    const pv28Besluit = documents(pv28).find((d) => d.name === 'akn_nl_bill_pv28-1-7.xml')
    expect(pv28Besluit?.text).toContain('<soortBestuursorgaan>')
    expect(pv28Besluit?.text).not.toContain('Toelichting')
    expect(runSchematron(documents(pv28), { schemasDir: schemas })).toEqual([])
  })

  it('an ongemarkeerde Lijst in pv28 given a LiNummer gives STOP0001 at that Lijst', { timeout: 120_000 }, () => {
    const doc = documents(pv28).find((d) => d.name === 'akn_nl_bill_pv28-1-7.xml')?.text ?? ''
    const broken = breakOnce(doc, /(<Lijst [^>]*type="ongemarkeerd"[^>]*>\s*<Li[^>]*>)/, '$1<LiNummer>-</LiNummer>')
    const findings = runSchematron([{ name: 'akn_nl_bill_pv28-1-7.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.severity, f.layer, f.data.eId])).toEqual([
      ['STOP0001', 'blokkerend', 'stop', 'content_5__list_1'],
    ])
    const line = broken.split('\n').findIndex((l) => l.includes('eId="content_5__list_1"')) + 1
    expect(findings[0]?.at).toMatchObject({ file: 'akn_nl_bill_pv28-1-7.xml', line })
  })
})

describe('broken copies of the otst besluit', () => {
  it('a duplicate eId outside the components: STOP0020 on both elements, BHKV1010 on the orphaned Tijdstempel', () => {
    const broken = breakOnce(besluit, '<Artikel eId="art_besluit2"', '<Artikel eId="art_besluit1"')
    const findings = runSchematron([{ name: 'besluit.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.layer, f.at?.line, f.at?.xpath])).toEqual([
      [
        'BHKV1010',
        'lvbb',
        57,
        '/lvbba:AanleveringBesluit[1]/lvbba:BesluitVersie[1]/data:ConsolidatieInformatie[1]/data:Tijdstempels[1]/data:Tijdstempel[1]',
      ],
      ['STOP0020', 'stop', 73, '/lvbba:AanleveringBesluit[1]/lvbba:BesluitVersie[1]/tekst:BesluitCompact[1]/tekst:Lichaam[1]/tekst:WijzigArtikel[1]'],
      ['STOP0020', 'stop', 84, '/lvbba:AanleveringBesluit[1]/lvbba:BesluitVersie[1]/tekst:BesluitCompact[1]/tekst:Lichaam[1]/tekst:Artikel[1]'],
    ])
    expect(findings[1]?.message).toBe("De eId 'art_besluit1' binnen het bereik is niet uniek. Controleer de opbouw van de eId en corrigeer deze")
  })

  it('an Artikel whose eId says para: STOP0022 with the expected prefix in its data', () => {
    const broken = breakOnce(besluit, 'eId="chp_1__art_1"', 'eId="chp_1__para_1"')
    const findings = runSchematron([{ name: 'besluit.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => f.code)).toEqual(['STOP0022'])
    expect(findings[0]?.data).toMatchObject({ AKNdeel: 'para_1', element: 'tekst:Artikel', waarde: 'art', regelbestand: 'imop-tekst.sch' })
    expect(findings[0]?.at?.line).toBe(117)
  })

  it('a dot in the FRBRWork: STOP1000 (the LVBB catalogue has it as LVBB2017) and STOP1001 for the Expression mismatch', () => {
    const broken = breakOnce(besluit, '2025/OTSTgegenereerd20251016102316</data:FRBRWork>', '2025/OTST.gegenereerd20251016102316</data:FRBRWork>')
    expect(codes(broken)).toEqual(['STOP1001', 'STOP1000'])
  })

  it('an ExtIoRef whose text is not its @ref: STOP0012', () => {
    const broken = breakOnce(besluit, /(<tekst:ExtIoRef eId="cmp_ebc1__content_1__ref_1"[^>]*>)[^<]*/, '$1/join/id/regdata/gm9920/2025/anders/nld@2025-03-19;1')
    expect(codes(broken)).toEqual(['STOP0012'])
  })

  it('an ongemarkeerde Lijst with a LiNummer: STOP0001; the same Lijst marked expliciet passes', () => {
    const lijst = (type: string): string =>
      `<tekst:Lijst eId="chp_1__art_1__list_1" wId="gm9920_1__chp_1__art_1__list_1" type="${type}"><tekst:Li eId="chp_1__art_1__list_1__item_1" wId="gm9920_1__chp_1__art_1__list_1__item_1"><tekst:LiNummer>a.</tekst:LiNummer><tekst:Al>een</tekst:Al></tekst:Li></tekst:Lijst>`
    const al = '<tekst:Al>Inhoud van artikel 1 binnen hoofdstuk 1 binnen lichaam</tekst:Al>'
    expect(codes(breakOnce(besluit, al, lijst('ongemarkeerd')))).toEqual(['STOP0001'])
    expect(codes(breakOnce(besluit, al, lijst('expliciet')))).toEqual([])
  })

  it('procedure steps that need others: one STOP1319 per missing step (two messages in one assert), STOP1300, BHKV1047', () => {
    // These rules compute their verdict in lets that build <stap> trees with xsl:for-each and sort them.
    const stap = (code: string): string =>
      `<data:Procedurestap><data:soortStap>/join/id/stop/procedure/${code}</data:soortStap><data:voltooidOp>2025-10-17</data:voltooidOp></data:Procedurestap>`
    const broken = breakOnce(besluit, '</data:procedurestappen>', `${stap('stap_014')}${stap('stap_018')}</data:procedurestappen>`)
    const findings = runSchematron([{ name: 'besluit.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.layer, f.at?.line, f.data.soortStap1 ?? f.data.soortStap, f.data.soortStap2 ?? ''])).toEqual([
      ['BHKV1047', 'lvbb', 25, '/join/id/stop/procedure/stap_014, /join/id/stop/procedure/stap_018,', ''],
      ['STOP1300', 'stop', 25, '/join/id/stop/procedure/stap_018 (voltooid op 2025-10-17)', '/join/id/stop/procedure/stap_014 (voltooid op 2025-10-17)'],
      ['STOP1319', 'stop', 25, '/join/id/stop/procedure/stap_014', '/join/id/stop/procedure/stap_005'],
      ['STOP1319', 'stop', 25, '/join/id/stop/procedure/stap_018', '/join/id/stop/procedure/stap_016'],
    ])
  })

  it('a Toelichting made of Divisietekst: STOP0081, whose role ontraden we report as waarschuwing', () => {
    const toelichting =
      '<tekst:Toelichting eId="recital_o_1" wId="gm9920_1__recital_o_1"><tekst:Divisietekst eId="recital_o_1__content_o_1" wId="gm9920_1__recital_o_1__content_o_1"><tekst:Inhoud><tekst:Al>Uitleg</tekst:Al></tekst:Inhoud></tekst:Divisietekst></tekst:Toelichting>'
    const broken = breakOnce(besluit, '</tekst:Lichaam>\n<tekst:Bijlage', `</tekst:Lichaam>\n${toelichting}\n<tekst:Bijlage`)
    const findings = runSchematron([{ name: 'besluit.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.severity, f.data.eId, f.at?.line])).toEqual([['STOP0081', 'waarschuwing', 'recital_o_1', 129]])
  })

  it('a BeoogdInformatieobject whose eId names no ExtIoRef: BHKV1036 (a pattern let that builds <set><id> trees)', () => {
    const broken = breakOnce(besluit, '<eId>!main#cmp_ebc1__content_2__ref_1</eId>', '<eId>!main#cmp_ebc1__content_9__ref_1</eId>')
    const findings = runSchematron([{ name: 'besluit.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.layer, f.at?.line, f.data.eId])).toEqual([['BHKV1036', 'lvbb', 41, '!main#cmp_ebc1__content_9__ref_1']])
  })

  it('an IO whose officieleTitel is not its FRBRWork: BHKV1017 from lvbb-aanlevering-io.sch', () => {
    const name = 'IO-9cb89b53-b554-3b6b-b1f1-c165b48e4363.xml'
    const io = readFileSync(join(otst, name), 'utf8')
    const broken = breakOnce(io, /<officieleTitel>[^<]*/, '<officieleTitel>/join/id/regdata/gm9920/2025/anders')
    const findings = runSchematron([{ name, text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.layer, f.at?.line, f.data.titel])).toEqual([['BHKV1017', 'lvbb', 28, '/join/id/regdata/gm9920/2025/anders']])
  })

  it('an empty Al (role fout): STOP0005 blokkerend; an Illustratie with @schaal (role waarschuwing): STOP0045 waarschuwing', () => {
    let broken = breakOnce(besluit, '<Al>Aanhef van het besluit</Al>', '<Al> </Al>')
    broken = breakOnce(broken, '<tekst:Illustratie breedte="70"', '<tekst:Illustratie schaal="50" breedte="70"')
    const findings = runSchematron([{ name: 'besluit.xml', text: broken }], { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.severity, f.data.eId])).toEqual([
      ['STOP0005', 'blokkerend', 'formula_1'],
      ['STOP0045', 'waarschuwing', 'cmp_ebc1__content_jpg_plaatjes__img_1'],
    ])
  })
})

describe('schematronLayer', () => {
  it('runs on the XML entries of a package; leaves malformed XML and DOCTYPEs to the xsd layer, without throwing', async () => {
    const enc = new TextEncoder()
    const lvbba = 'xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/"'
    const entries = [
      { name: 'besluit.xml', bytes: enc.encode(breakOnce(besluit, 'eId="chp_1__art_1"', 'eId="chp_1__para_1"')) },
      { name: 'kapot.xml', bytes: enc.encode(`<AanleveringBesluit ${lvbba}><open>`) },
      { name: 'bom.xml', bytes: enc.encode(`<!DOCTYPE a [<!ENTITY e "${'x'.repeat(100)}">]><AanleveringBesluit ${lvbba}>&e;</AanleveringBesluit>`) },
      { name: 'plaatje.jpg', bytes: new Uint8Array([0xff, 0xd8]) },
    ]
    const findings = await schematronLayer.run({ source: 'x.zip', entries, findings: [] }, { schemasDir: schemas })
    expect(findings.map((f) => [f.code, f.severity, f.at?.file])).toEqual([['STOP0022', 'blokkerend', 'besluit.xml']])
  })

  it('keeps the first 100 findings of one code per file and counts the rest (VISIE-856)', async () => {
    // 150 ongemarkeerde lists with a LiNummer: 150 × STOP0001.
    const lijsten = Array.from(
      { length: 150 },
      (_, i) =>
        `<tekst:Lijst eId="chp_1__art_1__list_${i + 1}" wId="gm9920_1__chp_1__art_1__list_${i + 1}" type="ongemarkeerd"><tekst:Li eId="chp_1__art_1__list_${i + 1}__item_1" wId="gm9920_1__chp_1__art_1__list_${i + 1}__item_1"><tekst:LiNummer>-</tekst:LiNummer><tekst:Al>x</tekst:Al></tekst:Li></tekst:Lijst>`,
    ).join('')
    const broken = breakOnce(besluit, '<tekst:Al>Inhoud van artikel 1 binnen hoofdstuk 1 binnen lichaam</tekst:Al>', lijsten)
    const entries = [{ name: 'besluit.xml', bytes: new TextEncoder().encode(broken) }]
    const findings = await schematronLayer.run({ source: 'x.zip', entries, findings: [] }, { schemasDir: schemas })
    expect(findings.filter((f) => f.code === 'STOP0001')).toHaveLength(100)
    expect(findings.filter((f) => f.code !== 'STOP0001').map((f) => [f.code, f.severity, f.data])).toEqual([
      ['VISIE-856', 'informatie', { regel: 'STOP0001', aantal: 150, weggelaten: 50 }],
    ])
  })

  it('traces a finding to the source text through the wId of its element', async () => {
    const entries = [{ name: 'besluit.xml', bytes: new TextEncoder().encode(breakOnce(besluit, 'eId="chp_1__art_1"', 'eId="chp_1__para_1"')) }]
    const trace = new Map([['gm9920_1__chp_1__art_1', { file: 'visie.txt', line: 12 }]])
    const findings = await schematronLayer.run({ source: 'x.zip', entries, findings: [] }, { schemasDir: schemas, trace })
    expect(findings.map((f) => [f.code, f.source])).toEqual([['STOP0022', { file: 'visie.txt', line: 12 }]])
  })

  it('reports a rule file that does not translate or compile once (VISIE-851) and still runs the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visie-schematron-kapot-'))
    try {
      const stop = join(dir, 'stop', 'schematron', 'stop-1.3.0')
      mkdirSync(stop, { recursive: true })
      const head = '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><sch:ns prefix="tekst" uri="https://standaarden.overheid.nl/stop/imop/tekst/"/>'
      writeFileSync(join(stop, 'imop-a-xpath.sch'), `${head}<sch:pattern><sch:rule context="tekst:Al"><sch:assert id="X" test="count(">x</sch:assert></sch:rule></sch:pattern></sch:schema>`)
      writeFileSync(join(stop, 'imop-b-include.sch'), `${head}<sch:include href="elders.sch"/></sch:schema>`)
      copyFileSync(sharedDir('stop', 'schematron', 'stop-1.3.0', 'imop-tekst.sch'), join(stop, 'imop-tekst.sch'))
      const text = breakOnce(besluit, 'eId="chp_1__art_1"', 'eId="chp_1__para_1"')
      const findings = runSchematron(
        [
          { name: 'besluit.xml', text },
          { name: 'besluit-2.xml', text },
        ],
        { schemasDir: dir },
      )
      // Sorted by file: the rule files' absolute paths come before the package entries.
      expect(findings.map((f) => [f.code, f.data.regelbestand, f.at?.file])).toEqual([
        ['VISIE-851', 'imop-a-xpath.sch', join(stop, 'imop-a-xpath.sch')],
        ['VISIE-851', 'imop-b-include.sch', join(stop, 'imop-b-include.sch')],
        ['STOP0022', 'imop-tekst.sch', 'besluit-2.xml'],
        ['STOP0022', 'imop-tekst.sch', 'besluit.xml'],
      ])
      expect(findings[1]?.message).toContain('sch:include wordt niet ondersteund')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says so when the schema set has no rule files', async () => {
    const findings = await schematronLayer.run({ source: 'x.zip', entries: [], findings: [] }, { schemasDir: sharedDir('geo') })
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['VISIE-850', 'blokkerend']])
  })
})
