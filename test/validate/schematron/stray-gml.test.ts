/**
 * Stray coordinate elements (stray-gml.ts): GML coordinates outside any basisgeo:geometrie are dropped before saxon-js
 * parses a document, only where no rule file can see them; the official rule files report the same findings, at the
 * same paths and lines, as on the untouched document (issue 16 D11).
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareFindings, type Finding } from '../../../src/model/index.js'
import { applies, listRuleFiles, loadRuleFile, precompileSchematron, runRuleFile, runSchematron, type RuleFile } from '../../../src/validate/schematron/index.js'
import { xmlFacts } from '../../../src/validate/schematron/lines.js'
import { WITNESS_RULE_FILES } from '../../../src/validate/schematron/prune-gml.js'
import { guardOf } from '../../../src/validate/schematron/skeleton.js'
import { dropStrayCoordinates, strayCoordinatesInvisible, strayInvisibleTo } from '../../../src/validate/schematron/stray-gml.js'
import { sharedDir } from '../../support/shared.js'

const ns = 'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0"'
const lines = (s: string) => s.split('\n').length

describe('dropStrayCoordinates', () => {
  it('drops attribute-less text-only coordinate elements outside geometries, keeping every line break', () => {
    const xml = `<a ${ns}>\n<gml:posList>1 2\n3 4</gml:posList>\n<gml:pos>5 6</gml:pos><b>x</b>\n</a>`
    const out = dropStrayCoordinates(xml)
    expect(out).toBe(`<a ${ns}>\n\n\n<b>x</b>\n</a>`)
    expect(lines(out)).toBe(lines(xml))
  })

  it('keeps those inside basisgeo:geometrie, with attributes, with markup or entity references inside', () => {
    for (const inner of [
      '<basisgeo:geometrie><gml:Point><gml:pos>1 2</gml:pos></gml:Point></basisgeo:geometrie>',
      '<gml:posList srsDimension="2">1 2</gml:posList>',
      '<gml:posList>&#49; 2</gml:posList>',
      '<gml:posList><!-- 1 -->2</gml:posList>',
    ]) {
      const xml = `<a ${ns}>${inner}</a>`
      expect(dropStrayCoordinates(xml)).toBe(xml)
    }
  })

  it('keeps the earlier siblings of the same name of a kept one (its position in paths), not those after it', () => {
    const xml = `<a ${ns}><gml:pos>1</gml:pos><gml:posList>2</gml:posList><gml:pos srsName="x">3</gml:pos><gml:pos>4</gml:pos></a>`
    expect(dropStrayCoordinates(xml)).toBe(`<a ${ns}><gml:pos>1</gml:pos><gml:pos srsName="x">3</gml:pos></a>`)
  })

  it('reads past comments, CDATA and processing instructions that look like tags; other GML namespaces are left', () => {
    const xml = `<?xml version="1.0"?><a ${ns}><!-- <gml:pos>9</gml:pos> --><![CDATA[<gml:pos>]]><?pi <x>?><gml:pos>1</gml:pos></a>`
    expect(dropStrayCoordinates(xml)).toBe(`<?xml version="1.0"?><a ${ns}><!-- <gml:pos>9</gml:pos> --><![CDATA[<gml:pos>]]><?pi <x>?></a>`)
    const other = '<a xmlns:gml="http://www.opengis.net/gml"><gml:pos>1</gml:pos></a>'
    expect(dropStrayCoordinates(other)).toBe(other)
  })
})

describe('which rule files cannot see a stray coordinate element', () => {
  const sch = (body: string) => `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron"><sch:pattern>${body}</sch:pattern></sch:schema>`
  it('not one that names them (unless as the witness rule files do), steps to siblings by wildcard, or has no guard', () => {
    const names = sch('<sch:rule context="geo:locaties"><sch:assert test="count(gml:posList) = 0"/></sch:rule>')
    expect(strayCoordinatesInvisible(names, guardOf(names), false)).toBe(false)
    expect(strayCoordinatesInvisible(names, guardOf(names), true)).toBe(true)
    const sibling = sch('<sch:rule context="geo:Locatie"><sch:assert test="preceding-sibling::*[1]/geo:naam"/></sch:rule>')
    expect(strayCoordinatesInvisible(sibling, guardOf(sibling), false)).toBe(false)
    const wildcard = sch('<sch:rule context="geo:locaties"><sch:assert test="count(//*) gt 1"/></sch:rule>')
    expect(strayCoordinatesInvisible(wildcard, guardOf(wildcard), false)).toBe(false)
    const blind = sch('<sch:rule context="geo:Locatie"><sch:assert test="geo:naam"/></sch:rule>')
    expect(strayCoordinatesInvisible(blind, guardOf(blind), false)).toBe(true)
  })
})

describe('the official rule files see the same through the drop', () => {
  const schemas = sharedDir()
  let rules: RuleFile[] = []
  beforeAll(() => {
    expect(precompileSchematron({ schemasDir: schemas })).toEqual([])
    rules = listRuleFiles(schemas).map((f) => loadRuleFile(f.path, f.name, f.layer))
  }, 300_000)

  /** gm9920's GIO with gml bound on the root and coordinate elements straight under geo:locaties, one with a bad srsName. */
  function strayGio(): string {
    const gio = readFileSync(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'gio-1.gml'), 'utf8')
    const stray = ['<gml:posList>1 2 3 4</gml:posList>', '<gml:pos>5 6</gml:pos>', '<gml:posList>7 8</gml:posList>', '<gml:posList srsName="EPSG:4326">9 9</gml:posList>', '<gml:posList>1 1</gml:posList>']
    return gio
      .replace('<geo:GeoInformatieObjectVaststelling ', '<geo:GeoInformatieObjectVaststelling xmlns:gml="http://www.opengis.net/gml/3.2" ')
      .replace('<geo:locaties>', `<geo:locaties>\n${stray.map((s) => `\t${s}\n`).join('')}`)
  }

  it('every official rule file that applies to a GIO can skip them, and the findings are those of the untouched text', () => {
    const text = strayGio()
    const applicable = rules.filter((r) => applies(r, xmlFacts(text)))
    expect(applicable.map((r) => r.name)).toContain('imop-geo.sch')
    for (const r of applicable) expect(strayInvisibleTo(r.path, WITNESS_RULE_FILES.has(r.name)), r.name).toBe(true)
    // posList 1 and 2 stay for the position of the third (its srsName is read); the pos and the last posList go.
    expect(dropStrayCoordinates(text)).toBe(text.replace('<gml:pos>5 6</gml:pos>', '').replace('<gml:posList>1 1</gml:posList>', ''))
    const key = (f: Finding) => `${f.code} ${f.at?.xpath ?? ''} ${f.at?.line ?? ''}`
    const untouched = applicable.flatMap((r) => runRuleFile(r, 'gio-1.gml', text)).sort(compareFindings).map(key)
    const layer = runSchematron([{ name: 'gio-1.gml', text }], { schemasDir: schemas }).map(key)
    expect(layer).toEqual(untouched)
    // The bad srsName after two dropped posLists is reported at its own position and line.
    expect(untouched.some((k) => /^STOP3020 .*posList\[3\]/.test(k))).toBe(true)
    expect(untouched.some((k) => k.startsWith('STOP3021 '))).toBe(true)
  })
})
