import { describe, expect, it } from 'vitest'
import { parseMessage, parseMessages, readableXPath, severityOf } from '../../../src/validate/schematron/index.js'
import { lineNumbers, xmlFacts } from '../../../src/validate/schematron/lines.js'

describe('parseMessage', () => {
  it('reads the JSON-like text of the STOP rules, trailing comma and all', () => {
    expect(parseMessage(' {"code": "STOP0001", "eId": "x", "melding": "De Lijst \\"x\\".", "ernst": "fout"},')).toEqual({
      code: 'STOP0001',
      eId: 'x',
      melding: 'De Lijst "x".',
      ernst: 'fout',
    })
  })

  it('still finds code and melding when a value-of put a bare quote in the text', () => {
    const text = '{"code": "STOP0012", "eId": "a"b", "melding": "Tekst met "quotes" erin", "ernst": "fout"},'
    expect(parseMessage(text)).toMatchObject({ code: 'STOP0012', melding: 'Tekst met "quotes" erin', ernst: 'fout' })
  })

  it('splits a text holding several messages (as STOP1319 builds them) into one message each', () => {
    const text = ' {"code": "STOP1319", "soortStap2": "a", "melding": "m1", "ernst": "fout"},\n {"code": "STOP1319", "soortStap2": "b", "melding": "m2", "ernst": "fout"},'
    expect(parseMessages(text).map((m) => [m.code, m.soortStap2, m.melding])).toEqual([
      ['STOP1319', 'a', 'm1'],
      ['STOP1319', 'b', 'm2'],
    ])
    const broken = text.replace('"m2"', '"m "2""')
    expect(parseMessages(broken).map((m) => [m.code, m.melding])).toEqual([
      ['STOP1319', 'm1'],
      ['STOP1319', 'm "2"'],
    ])
  })

  it('keeps plain messages as the melding', () => {
    expect(parseMessage('  Geen   JSON hier ')).toEqual({ melding: 'Geen JSON hier' })
  })
})

describe('severityOf', () => {
  it('maps role fout/waarschuwing/informatie/ontraden, falls back to ernst, and treats no role as an error', () => {
    expect([severityOf('fout', undefined), severityOf('waarschuwing', 'fout'), severityOf('', 'waarschuwing'), severityOf('info', undefined), severityOf('', undefined), severityOf('ontraden', 'ontraden')]).toEqual([
      'blokkerend',
      'waarschuwing',
      'waarschuwing',
      'informatie',
      'blokkerend',
      'waarschuwing',
    ])
  })
})

describe('readableXPath', () => {
  it('writes known namespaces with their prefix and leaves unknown ones as Q{}', () => {
    const prefixes = new Map([['urn:t', 't']])
    expect(readableXPath('/Q{urn:t}a[1]/Q{urn:x}b[2]/Q{}c[1]/@id', prefixes)).toBe('/t:a[1]/Q{urn:x}b[2]/c[1]/@id')
  })
})

describe('lineNumbers', () => {
  const xml = [
    '<?xml version="1.0"?>',
    '<!-- <t:a> in a comment -->',
    '<r xmlns="urn:t" xmlns:x="urn:x">',
    '  <a id="1"/>',
    '  <x:a attr="a > b"><![CDATA[<a>]]></x:a>',
    '  <a',
    '     id="2">',
    '    <b/>',
    '  </a>',
    '</r>',
  ].join('\n')

  it('finds the start tag of each path saxon-js reports, counting siblings per expanded name', () => {
    const got = lineNumbers(xml, ['/Q{urn:t}r[1]/Q{urn:t}a[2]/Q{urn:t}b[1]', '/Q{urn:t}r[1]/Q{urn:x}a[1]', '/Q{urn:t}r[1]/Q{urn:t}a[2]/@id', '/'])
    expect([...got].sort()).toEqual([
      ['/', 1],
      ['/Q{urn:t}r[1]/Q{urn:t}a[2]/@id', 6],
      ['/Q{urn:t}r[1]/Q{urn:t}a[2]/Q{urn:t}b[1]', 8],
      ['/Q{urn:t}r[1]/Q{urn:x}a[1]', 5],
    ])
  })

  it('reads the document element and declared namespaces', () => {
    expect(xmlFacts(xml)).toEqual({ rootNs: 'urn:t', rootName: 'r', declared: new Set(['urn:t', 'urn:x']), hasDoctype: false })
  })
})
