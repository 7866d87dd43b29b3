/**
 * The xsd layer parses GML with its plain-decimal coordinate lists reduced to `0` (coordinates.ts, issue 16 D11):
 * what is reduced and what is left as written, and that the findings on real GIOs with schema errors are the ones the
 * file as written gives (a file with a CDATA marker is never reduced, so it serves as the unreduced reference).
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { reducedCoordinates } from '../../../src/validate/xsd/coordinates.js'
import { validateXml } from '../../../src/validate/xsd/index.js'
import { schemasDir, sharedDir } from '../../support/shared.js'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b))
const GML = 'xmlns:gml="http://www.opengis.net/gml/3.2"'
const doc = (body: string, decl = GML) => `<r ${decl}>${body}</r>`

describe('reducedCoordinates', () => {
  test('plain decimal lists of posList and pos become 0 with their line breaks, attributes kept', () => {
    const text = doc('<gml:posList srsDimension="2">1 2\n 3.5 -4.25\r\n5 6</gml:posList><gml:pos>+7 8</gml:pos >')
    expect(dec(reducedCoordinates(enc(text)))).toBe(doc('<gml:posList srsDimension="2">0\n\r\n</gml:posList><gml:pos>0</gml:pos >'))
    expect(dec(reducedCoordinates(enc(doc('<g:pos>1 2</g:pos>', 'xmlns:g="http://www.opengis.net/gml/3.2"'))))).toBe(doc('<g:pos>0</g:pos>', 'xmlns:g="http://www.opengis.net/gml/3.2"'))
  })

  test.each([
    ['an exponent', '<gml:posList>1E3 2</gml:posList>'],
    ['INF', '<gml:pos>INF 2</gml:pos>'],
    ['a trailing dot', '<gml:pos>1. 2</gml:pos>'],
    ['a letter', '<gml:pos>1 2a</gml:pos>'],
    ['an empty list', '<gml:pos> </gml:pos>'],
    ['a character reference', '<gml:pos>1&#32;2</gml:pos>'],
    ['a comment inside', '<gml:pos>1 <!-- x -->2</gml:pos>'],
    ['xsi:type', '<gml:pos xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="gml:DirectPositionType">1 2</gml:pos>'],
    ['another element of that name start', '<gml:position>1 2</gml:position><gml:posLists>1</gml:posLists>'],
    ['an end tag of another element', '<gml:pos>1 2</gml:posList>'],
    ['a self-closing element', '<gml:pos/>'],
    ['another namespace', '<x:pos xmlns:x="urn:x">1 2</x:pos>'],
    ['an unprefixed name (in no namespace outside a default declaration)', '<pos>1 2</pos><q xmlns="http://www.opengis.net/gml/3.2"><pos>1 2</pos></q>'],
  ])('left as written: %s', (_, body) => {
    expect(reducedCoordinates(enc(doc(body)))).toBeUndefined()
  })

  test('a whole file is left as written with a CDATA section, a DOCTYPE, or its GML prefix bound to another namespace too', () => {
    expect(reducedCoordinates(enc(doc('<gml:pos>1 2</gml:pos><![CDATA[x]]>')))).toBeUndefined()
    expect(reducedCoordinates(enc(`<!DOCTYPE r>${doc('<gml:pos>1 2</gml:pos>')}`))).toBeUndefined()
    expect(reducedCoordinates(enc(doc('<gml:pos>1 2</gml:pos><q xmlns:gml="urn:ander"><gml:pos>3</gml:pos></q>')))).toBeUndefined()
  })
})

describe('the xsd layer gives the findings of the file as written', () => {
  const gio = () => readFile(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', 'DeltaVisie-v1.gml'), 'utf8')
  /** A comment at the end holding a CDATA marker: the file is then validated as written, with no line moved. */
  const asWritten = (text: string) => `${text.trimEnd()}<!-- <![CDATA[ -->\n`
  const mutations: [string, (t: string) => string][] = [
    ['none', (t) => t],
    ['a coordinate that is no double', (t) => t.replace(/(<gml:posList>[^<]*<\/gml:posList>[\s\S]*?<gml:posList>\S+ )\S+/, '$1noord')],
    ['an unexpected element right after a reduced list on its line', (t) => t.replace(/(<gml:posList>[^<]*<\/gml:posList>)/, '$1<gml:onbekend/>')],
    ['a count attribute that is no positive integer', (t) => t.replace('<gml:posList>', '<gml:posList count="nul">')],
    ['not well-formed after a list on its line', (t) => t.replace(/(<gml:posList>[^<]*<\/gml:posList>)/, '$1</fout>')],
  ]
  test.each(mutations)('%s', async (_, mutate) => {
    const text = mutate(await gio())
    const reduced = enc(asWritten(text).replace('<!-- <![CDATA[ -->', '<!-- <![CDATA  -->'))
    expect(reducedCoordinates(reduced)).toBeDefined()
    const got = await validateXml('GIO.gml', reduced, schemasDir())
    const expected = await validateXml('GIO.gml', enc(asWritten(text)), schemasDir())
    expect(got).toEqual(expected)
    if (_ !== 'none') expect(expected.length).toBeGreaterThan(0)
  })
})
