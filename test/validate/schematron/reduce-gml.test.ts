import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { reduceCoordinates } from '../../../src/validate/schematron/reduce-gml.js'
import { sharedDir } from '../../support/shared.js'

const ns = 'xmlns:gml="http://www.opengis.net/gml/3.2"'

describe('reduceCoordinates', () => {
  test('a posList with digits becomes 0, keeping its line breaks; the rest of the text is untouched', () => {
    const xml = `<a ${ns}>\n<gml:posList srsDimension="2">1.5 2.5\n3.5 4.5\n1.5 2.5</gml:posList>\n<b>7</b></a>`
    expect(reduceCoordinates(xml)).toBe(`<a ${ns}>\n<gml:posList srsDimension="2">0\n\n</gml:posList>\n<b>7</b></a>`)
  })

  test('what STOP3019 reads stays the same: empty, digit-less, entity and nested content are left alone', () => {
    for (const inner of ['', '   ', 'geen getallen', '&#49; 2', '<!-- 1 2 -->']) {
      const xml = `<a ${ns}><gml:pos>${inner}</gml:pos></a>`
      expect(reduceCoordinates(xml)).toBe(xml)
    }
    const selfClosing = `<a ${ns}><gml:posList/><gml:pos>1 2</gml:pos></a>`
    expect(reduceCoordinates(selfClosing)).toBe(`<a ${ns}><gml:posList/><gml:pos>0</gml:pos></a>`)
  })

  test('only elements of the GML 3.2 namespace, under whatever prefix it is bound to', () => {
    const other = '<a xmlns:gml="http://www.opengis.net/gml"><gml:pos>1 2</gml:pos></a>'
    expect(reduceCoordinates(other)).toBe(other)
    const g = '<a xmlns:g="http://www.opengis.net/gml/3.2"><g:coordinates>1,2</g:coordinates><g:posListX>3</g:posListX></a>'
    expect(reduceCoordinates(g)).toBe('<a xmlns:g="http://www.opengis.net/gml/3.2"><g:coordinates>0</g:coordinates><g:posListX>3</g:posListX></a>')
  })

  test('the real pv28 GIO keeps its line count and every element, and loses its coordinates', () => {
    const xml = readFileSync(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', 'Metropool-v1.gml'), 'utf8')
    const reduced = reduceCoordinates(xml)
    expect(reduced.split('\n').length).toBe(xml.split('\n').length)
    const tags = (s: string) => s.match(/<[^>]+>/g)
    expect(tags(reduced)).toEqual(tags(xml))
    expect(reduced.length).toBeLessThan(xml.length / 2)
  })
})

describe('the official STOP3019 rule sees the same through the reduction', () => {
  const gio = (posList: string) =>
    readFileSync(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml'), 'utf8').replace(
      /(<gml:posList[^>]*>)[^<]*(<\/gml:posList>)/,
      `$1${posList}$2`,
    )

  test('digits: no finding; an empty or digit-less posList: STOP3019, as on the full text', async () => {
    const { runSchematron } = await import('../../../src/validate/schematron/index.js')
    const { schemasDir } = await import('../../support/shared.js')
    const run = (text: string) => runSchematron([{ name: 'gio-1.gml', text }], { schemasDir: schemasDir(), only: ['imop-geo.sch'] }).map((f) => f.code)
    const original = readFileSync(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml'), 'utf8')
    expect(original).toMatch(/<gml:posList[^>]*>\s*\d/)
    expect(run(original)).toEqual([])
    expect(run(gio(''))).toContain('STOP3019')
    expect(run(gio('geen coördinaten'))).toContain('STOP3019')
  })
})
