/** The three formatters on a hand-written report: exact JSON keys (product.md §2), text grouping, JUnit escaping. */
import { describe, expect, test } from 'vitest'
import type { Finding } from '../../../src/model/index.js'
import type { Report } from '../../../src/validate/index.js'
import { elements, parseXml } from '../../../src/validate/xml.js'
import { formatJson, formatJunit, formatText } from '../../../src/validate/report/index.js'

const report: Report = {
  tool: 'visie',
  versie: '0.1.0',
  pakket: 'gm0106.zip',
  standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' },
  samenvatting: { blokkerend: 2, waarschuwing: 1, informatie: 0 },
  findings: [
    {
      code: 'LVBB3008', severity: 'blokkerend', layer: 'lvbb', message: 'De hash in GIO-binnenstad.xml hoort niet bij <GIO-binnenstad.gml> & co.',
      data: {}, at: { file: 'GIO-binnenstad.xml', xpath: '/AanleveringInformatieObject/x/hash', line: 12 }, source: { file: 'omgevingsvisie.txt', line: 1552 },
    },
    { code: 'LVBB3509', severity: 'blokkerend', layer: 'lvbb', message: 'tweede', data: {}, at: { file: 'GIO-binnenstad.xml', line: 6 } },
    { code: 'VISIE-703', severity: 'waarschuwing', layer: 'ow', message: 'verouderd thema', data: {}, at: { file: 'owDivisies.xml', line: 40 } },
  ],
}

describe('formatJson', () => {
  test('writes exactly the keys of product.md §2, with bron when traced', () => {
    const json = JSON.parse(formatJson(report))
    expect(json).toEqual({
      tool: 'visie',
      versie: '0.1.0',
      pakket: 'gm0106.zip',
      standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' },
      samenvatting: { blokkerend: 2, waarschuwing: 1, informatie: 0 },
      bevindingen: [
        {
          code: 'LVBB3008', ernst: 'blokkerend', laag: 'lvbb', bestand: 'GIO-binnenstad.xml', pad: '/AanleveringInformatieObject/x/hash', regel: 12,
          bron: { bestand: 'omgevingsvisie.txt', regel: 1552 }, melding: 'De hash in GIO-binnenstad.xml hoort niet bij <GIO-binnenstad.gml> & co.',
        },
        { code: 'LVBB3509', ernst: 'blokkerend', laag: 'lvbb', bestand: 'GIO-binnenstad.xml', regel: 6, melding: 'tweede' },
        { code: 'VISIE-703', ernst: 'waarschuwing', laag: 'ow', bestand: 'owDivisies.xml', regel: 40, melding: 'verouderd thema' },
      ],
    })
  })
})

describe('formatText', () => {
  test('summary first, then one heading per layer and per file', () => {
    expect(formatText(report).split('\n')).toEqual([
      'visie 0.1.0 — validatie van gm0106.zip',
      'Standaarden: STOP 1.3.0, LVBB 1.2.0, IMOW 3.0',
      'Samenvatting: 2 blokkerend, 1 waarschuwing, 0 informatie',
      'Resultaat: het pakket wordt afgekeurd (blokkerende bevindingen).',
      '',
      '== LVBB-bedrijfsregels ==',
      '  GIO-binnenstad.xml',
      '    LVBB3008 (blokkerend) regel 12: De hash in GIO-binnenstad.xml hoort niet bij <GIO-binnenstad.gml> & co.',
      '      pad: /AanleveringInformatieObject/x/hash',
      '      bron: omgevingsvisie.txt, regel 1552',
      '    LVBB3509 (blokkerend) regel 6: tweede',
      '',
      '== Omgevingswetobjecten (OW) ==',
      '  owDivisies.xml',
      '    VISIE-703 (waarschuwing) regel 40: verouderd thema',
      '',
    ])
  })
})

describe('formatText with many findings of one code', () => {
  const feature = (i: number, file = 'wonen.geojson'): Report['findings'][number] => ({
    code: 'VISIE-207', severity: 'blokkerend', layer: 'geo', message: `feature ${i}: graden, geen RD`, data: {}, source: { file, line: i },
  })
  const many = (findings: Report['findings']): Report => ({ ...report, samenvatting: { blokkerend: findings.length, waarschuwing: 0, informatie: 0 }, findings })

  test('more than fifty of a code in a file: the first twenty, then one line that counts the rest; the summary counts all', () => {
    const lines = formatText(many([...Array.from({ length: 90_000 }, (_, i) => feature(i + 1)), feature(1, 'ander.geojson')])).split('\n')
    expect(lines[2]).toBe('Samenvatting: 90001 blokkerend, 0 waarschuwingen, 0 informatie')
    expect(lines.filter((l) => l.startsWith('    VISIE-207'))).toHaveLength(21)
    const at = lines.indexOf('  wonen.geojson')
    expect(lines.slice(at + 39, at + 42)).toEqual([
      '    VISIE-207 (blokkerend) feature 20: graden, geen RD',
      '      bron: wonen.geojson, regel 20',
      '    … en nog 89980 keer VISIE-207 in dit bestand (alle bevindingen staan in --format json)',
    ])
    expect(lines.slice(at + 42)).toEqual(['  ander.geojson', '    VISIE-207 (blokkerend) feature 1: graden, geen RD', '      bron: ander.geojson, regel 1', ''])
  })

  test('up to fifty are all shown (twelve GIOs without geometry are twelve different problems)', () => {
    const lines = formatText(many(Array.from({ length: 50 }, (_, i) => feature(i + 1)))).split('\n')
    expect(lines.filter((l) => l.startsWith('    VISIE-207'))).toHaveLength(50)
    expect(lines.some((l) => l.includes('… en nog'))).toBe(false)
  })
})

describe('formatJunit', () => {
  test('one suite per layer, one failure per blocking finding, text escaped once', () => {
    const xml = formatJunit(report)
    expect(xml).toContain('<testsuites name="visie validate gm0106.zip" tests="9" failures="2" skipped="0" time="0">')
    expect(xml).toContain('<testsuite name="lvbb" tests="2" failures="2" errors="0" skipped="0" time="0">')
    // The warning is a passing testcase beside the layer's "no blocking findings" case.
    expect(xml).toContain('<testsuite name="ow" tests="2" failures="0" errors="0" skipped="0" time="0">')
    expect(xml).toMatch(/<testcase classname="ow.owDivisies.xml" name="VISIE-703 \(waarschuwing\) owDivisies.xml regel 40">\s*<system-out>verouderd thema/)
    expect(xml).toContain('message="De hash in GIO-binnenstad.xml hoort niet bij &lt;GIO-binnenstad.gml&gt; &amp; co."')
    expect(xml).not.toContain('&amp;amp;')
    expect(xml.match(/<failure /g)).toHaveLength(2)
  })

  test('read back by an XML parser: every message, place and source as the report has it (quotes, <, & and accents too)', () => {
    const tricky = 'Bestand "a&b" <c> & \'d\' — é €'
    const withQuotes: Report = { ...report, pakket: 'a "b".zip', findings: [{ ...(report.findings[0] as Finding), message: tricky }, ...report.findings.slice(1)] }
    const parsed = parseXml(new TextEncoder().encode(formatJunit(withQuotes)))
    if (!parsed.ok) throw new Error(parsed.message)
    try {
      const failures = elements(parsed.doc, '//failure')
      expect(failures.map((f) => f.attr('message')?.value)).toEqual([tricky, 'tweede'])
      expect(failures[0]?.content.split('\n')).toEqual([tricky, 'bestand: GIO-binnenstad.xml', 'pad: /AanleveringInformatieObject/x/hash', 'regel: 12', 'bron: omgevingsvisie.txt, regel 1552'])
      expect(parsed.doc.root.attr('name')?.value).toBe('visie validate a "b".zip')
      expect(elements(parsed.doc, '//testcase').length).toBe(9)
    } finally {
      parsed.doc.dispose()
    }
  })
})
