import { describe, expect, it } from 'vitest'
import { candidateNames, candidateSelect, documentNames, mayMatch } from '../../../src/validate/schematron/candidates.js'
import { compileSchematron, describeSchematron, parseMessage, SchematronCompileError } from '../../../src/validate/schematron/index.js'
import { readReport, type RawFailure } from '../../../src/validate/schematron/report.js'
import { skippedPatterns } from '../../../src/validate/schematron/run.js'
import { compileXslt, parseXml, transform, transformEach } from '../../../src/validate/schematron/saxon.js'

/** Compiles a hand-written schema and runs it on a document; no disk cache (memory only). */
function check(sch: string, xml: string): RawFailure[] {
  return readReport(transform(compileXslt(compileSchematron(sch)), xml))
}

const schema = (body: string, top = ''): string =>
  `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt2">
  <sch:ns prefix="t" uri="urn:t"/>${top}${body}</sch:schema>`

const doc = `<r xmlns="urn:t">
  <a id="1" n="2"><b/><b/></a>
  <a id="2" n="2"><b/></a>
  <c id="3"/>
</r>`

describe('compileSchematron', () => {
  it('gives each node to the first matching rule of a pattern only, but to every pattern', () => {
    const sch = schema(`
      <sch:pattern id="p1">
        <sch:rule context="t:a[@id = '1']"><sch:report id="FIRST" test="true()">eerste <sch:value-of select="@id"/></sch:report></sch:rule>
        <sch:rule context="t:a"><sch:report id="SECOND" test="true()">tweede <sch:value-of select="@id"/></sch:report></sch:rule>
      </sch:pattern>
      <sch:pattern id="p2">
        <sch:rule context="t:*[@id]"><sch:report id="ANY" test="true()"><sch:value-of select="@id"/></sch:report></sch:rule>
      </sch:pattern>`)
    const got = check(sch, doc).map((f) => `${f.pattern} ${f.id} ${f.text.trim()}`)
    expect(got).toEqual(['p1 FIRST eerste 1', 'p1 SECOND tweede 2', 'p2 ANY 1', 'p2 ANY 2', 'p2 ANY 3'])
  })

  it('reports failed asserts and successful reports, not the other way round', () => {
    const sch = schema(`
      <sch:pattern id="p">
        <sch:rule context="t:a">
          <sch:assert id="COUNT" test="count(t:b) = xs:integer(@n)" role="waarschuwing">aantal b in <sch:value-of select="@id"/></sch:assert>
          <sch:report id="TWO" test="count(t:b) = 2" role="fout">twee b in <sch:value-of select="@id"/></sch:report>
        </sch:rule>
      </sch:pattern>`)
    const got = check(sch, doc)
    expect(got.map((f) => [f.kind, f.id, f.role, f.text.trim()])).toEqual([
      ['report', 'TWO', 'fout', 'twee b in 1'],
      ['assert', 'COUNT', 'waarschuwing', 'aantal b in 2'],
    ])
    expect(got[1]?.location).toBe('/Q{urn:t}r[1]/Q{urn:t}a[2]')
  })

  it('binds let with @value and let with XSLT content (a temporary tree, as the LVBB rules build)', () => {
    const sch = schema(`
      <sch:pattern id="p">
        <sch:let name="sets">
          <xsl:for-each select="//t:a">
            <set><id><xsl:value-of select="@id"/></id><n><xsl:value-of select="@n"/></n></set>
          </xsl:for-each>
        </sch:let>
        <sch:rule context="t:c">
          <sch:let name="wanted" value="'2'"/>
          <sch:let name="label">
            <xsl:choose><xsl:when test="@id = '3'">drie</xsl:when><xsl:otherwise>anders</xsl:otherwise></xsl:choose>
          </sch:let>
          <sch:report id="SETS" test="$sets/set[id = $wanted]/n = '2'"><sch:value-of select="$label"/>:<sch:value-of select="count($sets/set)"/></sch:report>
        </sch:rule>
      </sch:pattern>`)
    expect(check(sch, doc).map((f) => f.text.trim())).toEqual(['drie:2'])
  })

  it('keeps the space between value-of, sch:name and xsl:value-of in messages', () => {
    const sch = schema(`
      <sch:pattern id="p">
        <sch:rule context="t:c">
          <sch:report id="M" test="true()">{"code": "M", "melding": "<sch:name/> <sch:value-of select="@id"/> <xsl:value-of select="local-name(..)"/>"},</sch:report>
        </sch:rule>
      </sch:pattern>`)
    const [f] = check(sch, doc)
    // sch:name gives the name as the document writes it (default namespace here, so no prefix).
    expect(f?.text).toBe('{"code": "M", "melding": "c 3 r"},')
    expect(parseMessage(f?.text ?? '')).toEqual({ code: 'M', melding: 'c 3 r' })
  })

  it('copies top-level xsl:key and xsl:function through', () => {
    const sch = schema(
      `
      <sch:pattern id="p">
        <sch:rule context="t:*[@id]">
          <sch:assert id="UNIQUE" test="count(key('ids', @id)) = 1">dubbel <sch:value-of select="f:twice(@id)"/></sch:assert>
        </sch:rule>
      </sch:pattern>`,
      `<xsl:key name="ids" match="t:*[@id]" use="@id"/>
       <xsl:function name="f:twice" xmlns:f="urn:f" as="xs:string"><xsl:param name="s"/><xsl:sequence select="concat($s, $s)"/></xsl:function>`,
    ).replace('queryBinding', 'xmlns:f="urn:f" queryBinding')
    const dup = doc.replace('<c id="3"/>', '<c id="2"/>')
    expect(check(sch, doc)).toEqual([])
    expect(check(sch, dup).map((f) => f.text.trim())).toEqual(['dubbel 22', 'dubbel 22'])
  })

  it('adds diagnostics to the failure', () => {
    const sch = schema(
      `
      <sch:pattern id="p">
        <sch:rule context="t:a">
          <sch:assert id="D" test="count(t:b) = 2" diagnostics="d1">niet twee b</sch:assert>
        </sch:rule>
      </sch:pattern>`,
      `<sch:diagnostics><sch:diagnostic id="d1">gevonden: <sch:value-of select="count(t:b)"/></sch:diagnostic></sch:diagnostics>`,
    )
    const got = check(sch, doc)
    expect(got.map((f) => f.diagnostics)).toEqual([[{ id: 'd1', text: 'gevonden: 1' }]])
  })

  it('reports a dynamic error in one test as an error for that check; the other checks still run', () => {
    const sch = schema(`
      <sch:pattern id="p">
        <sch:rule context="t:*[@id]">
          <sch:assert id="CAST" test="xs:integer(@id) gt 0">positief</sch:assert>
          <sch:report id="SEEN" test="true()"><sch:value-of select="@id"/></sch:report>
        </sch:rule>
      </sch:pattern>`)
    const got = check(sch, doc.replace('<c id="3"/>', '<c id="drie"/>'))
    expect(got.map((f) => [f.kind, f.id, f.text])).toEqual([
      ['report', 'SEEN', '1'],
      ['report', 'SEEN', '2'],
      ['error', 'CAST', 'err:FORG0001: Supplied value "drie" is not a valid xs:integer'],
      ['report', 'SEEN', 'drie'],
    ])
  })

  it('visits attributes when a rule context is an attribute, and reports the attribute path', () => {
    const sch = schema(`
      <sch:pattern id="p">
        <sch:rule context="@n"><sch:report id="N" test=". = '2'">n op <sch:value-of select="name(..)"/></sch:report></sch:rule>
      </sch:pattern>`)
    const got = check(sch, doc)
    expect(got.map((f) => [f.text, f.location])).toEqual([
      ['n op a', '/Q{urn:t}r[1]/Q{urn:t}a[1]/@n'],
      ['n op a', '/Q{urn:t}r[1]/Q{urn:t}a[2]/@n'],
    ])
  })

  it('inlines abstract rules where a rule extends them, and types a let with @as', () => {
    const sch = schema(`
      <sch:pattern id="p">
        <sch:rule abstract="true" id="heeft-id">
          <sch:let name="n" value="@n" as="xs:string?"/>
          <sch:report id="ID" test="@id = '2'">id 2, n <sch:value-of select="$n"/></sch:report>
        </sch:rule>
        <sch:rule context="t:a"><sch:extends rule="heeft-id"/><sch:report id="A" test="true()">a</sch:report></sch:rule>
      </sch:pattern>`)
    expect(check(sch, doc).map((f) => `${f.id} ${f.text}`)).toEqual(['A a', 'ID id 2, n 2', 'A a'])
    expect(() => compileSchematron(sch.replace('rule="heeft-id"', 'rule="weg"'))).toThrow(/onbekende abstracte regel 'weg'/)
  })

  it('rejects what it does not support, with a Dutch message', () => {
    expect(() => compileSchematron('<schema/>')).toThrow(SchematronCompileError)
    expect(() => compileSchematron(schema('<sch:include href="x.sch"/>'))).toThrow(/sch:include/)
    expect(() => compileSchematron(schema('<sch:pattern abstract="true" id="x"/>'))).toThrow(/Abstracte/)
  })
})

describe('candidateSelect (which elements a pattern visits)', () => {
  it('collects the last name test of every alternative, in code-unit order, with only its attribute predicates', () => {
    expect(candidateSelect(['t:a[@id = \'1\']', 't:a'])).toBe('//(t:a)')
    expect(candidateSelect(["t:x//t:b[contains(@v, 'a|b/c')] | *:c", 'p:*[@z]'])).toBe('//(*:c | p:*[@z] | t:b)')
    expect(candidateSelect(['t:r/t:a[t:b[@x]]/t:c[not(ancestor::t:d | ancestor::t:e)]'])).toBe('//(t:c)')
    expect(candidateSelect(["t:*[@eId][not(ancestor-or-self::t:*[@c])][@w = 'x']", '*[@wordt][@was]'])).toBe('//(*[@wordt][@was] | t:*[@eId])')
    expect(candidateSelect(['//*[@eId]', 't:a'])).toBe('//(*[@eId] | t:a)')
  })

  it('gives up (every node is visited) on a bare * without attribute predicate, an attribute, the root, an axis or a function', () => {
    for (const context of ['*', "*[@id = '1']", '*[1]', '@n', 't:a/@n', '/', 't:a | text()', 'child::t:a', '(t:a | t:b)', 't:a except t:b']) {
      expect(candidateSelect(['t:a', context])).toBeUndefined()
    }
  })

  it('gives the same failures, in document order, as visiting every node', () => {
    // The third pattern cannot use a name list (bare * without attribute test): it visits every node.
    const sch = schema(`
      <sch:pattern id="named">
        <sch:rule context="t:r/t:a[@id = '1']"><sch:report id="A1" test="true()">a1</sch:report></sch:rule>
        <sch:rule context="t:a | t:c"><sch:report id="AC" test="true()"><sch:value-of select="@id"/></sch:report></sch:rule>
      </sch:pattern>
      <sch:pattern id="attribute">
        <sch:rule context="*[@id]"><sch:report id="ID" test="@id != '1'"><sch:value-of select="@id"/></sch:report></sch:rule>
      </sch:pattern>
      <sch:pattern id="all">
        <sch:rule context="*[@n = '2']"><sch:report id="N" test="true()"><sch:value-of select="@id"/></sch:report></sch:rule>
      </sch:pattern>`)
    const xslt = compileSchematron(sch)
    expect(xslt).toContain('select="//(t:a | t:c)"')
    expect(xslt).toContain('select="//(*[@id])"')
    expect(xslt).toContain('select="(., //*)"')
    expect(check(sch, doc).map((f) => `${f.pattern} ${f.id} ${f.text}`)).toEqual([
      'named A1 a1', 'named AC 2', 'named AC 3', 'attribute ID 2', 'attribute ID 3', 'all N 1', 'all N 2',
    ])
  })
})

describe('leaving out patterns that cannot fire on a document', () => {
  const sch = schema(`
    <sch:pattern id="a"><sch:rule context="t:a"><sch:report id="A" test="true()"><sch:value-of select="@id"/></sch:report></sch:rule></sch:pattern>
    <sch:pattern id="d"><sch:rule context="t:d"><sch:report id="D" test="true()">d</sch:report></sch:rule></sch:pattern>
    <sch:pattern id="wordt"><sch:rule context="t:*[@wordt]"><sch:report id="W" test="true()">w</sch:report></sch:rule></sch:pattern>
    <sch:pattern id="any"><sch:rule context="t:*[@n = '3']"><sch:report id="N" test="true()">n</sch:report></sch:rule></sch:pattern>
    <sch:pattern id="tunnel"><sch:let name="x" value="count(//t:a)"/><sch:rule context="t:e"><sch:report id="E" test="$x">e</sch:report></sch:rule></sch:pattern>
    <sch:pattern id="other"><sch:let name="x" value="1"/><sch:rule context="t:f"><sch:report id="F" test="$x">f</sch:report></sch:rule></sch:pattern>`)

  it('knows per pattern what it can match; a pattern with a let of its own evaluated before the visit always runs', () => {
    expect(describeSchematron(sch).patternNames).toEqual([['t:a'], ['t:d'], ['t:*[@wordt]'], ['t:*'], null, null])
    expect(candidateNames(['t:a', '*'])).toBeUndefined()
  })

  it('leaves out a pattern whose elements or required attributes are nowhere in the text, and only those', () => {
    const info = describeSchematron(sch)
    expect(skippedPatterns(info, doc)).toEqual([1, 2])
    expect(skippedPatterns(info, '<r xmlns="urn:t"><d wordt="1"/></r>')).toEqual([0])
    // A name in a comment or in text counts as present (a superset is safe); a prefix does not matter (local names).
    expect(skippedPatterns(info, '<x:r xmlns:x="urn:other"><!-- <d/> --><x:a/> wordt = "</x:r>')).toEqual([])
  })

  it('judges by local names of start tags and attributes, taking p:* as present', () => {
    const names = documentNames(`<?xml version="1.0"?><x:r xmlns:x="urn:x" y:wordt='1'><![CDATA[<cdata/>]]><b/></x:r>`)
    expect([...names.elements].sort()).toEqual(['b', 'cdata', 'r'])
    expect(mayMatch(['t:*[@wordt]'], names)).toBe(true)
    expect(mayMatch(['t:*[@was]', 't:c'], names)).toBe(false)
    expect(mayMatch(['t:*'], names)).toBe(true)
    expect(mayMatch(['*[@xmlns]'], { elements: new Set(), attributes: new Set() })).toBe(false)
  })

  it('gives the same report with the patterns left out as with all of them', () => {
    const compiled = compileXslt(compileSchematron(sch))
    const info = describeSchematron(sch)
    for (const xml of [doc, '<r xmlns="urn:t"><d wordt="1"/><e/><f/></r>', '<r xmlns="urn:t"><a id="9"/></r>']) {
      const skipped = skippedPatterns(info, xml)
      const left = readReport(transform(compiled, xml, { 'Q{urn:visie:schematron}skip': ` ${skipped.join(' ')} ` }))
      expect(left).toEqual(readReport(transform(compiled, xml)))
      expect(left.length).toBeGreaterThan(0)
    }
    // The parameter does leave patterns out (so the comparison above is not of two full runs).
    expect(readReport(transform(compiled, doc, { 'Q{urn:visie:schematron}skip': ' 0 ' })).map((f) => f.id)).not.toContain('A')
  })
})

describe('running over several documents at once', () => {
  it('marks a schema document-independent only when its global lets are literals', () => {
    const independent = (top: string, pattern = ''): boolean =>
      describeSchematron(schema(`<sch:pattern id="p">${pattern}<sch:rule context="t:a"><sch:report id="R" test="true()">r</sch:report></sch:rule></sch:pattern>`, top))
        .documentIndependent
    expect(independent('')).toBe(true)
    expect(independent(`<sch:let name="x" value="'gemeente|provincie'"/>`, `<sch:let name="y" value="('a', 'b', 3)"/>`)).toBe(true)
    expect(independent(`<sch:let name="x" value="count(//t:a)"/>`)).toBe(false)
    expect(independent('', `<sch:let name="y" value="/t:r/@id"/>`)).toBe(false)
    expect(independent('', `<sch:let name="y"><xsl:value-of select="'a'"/></sch:let>`)).toBe(false)
    expect(independent(`<xsl:variable name="v" select="1"/>`)).toBe(false)
  })

  it('transformEach gives each document the report it gets on its own, keys included', () => {
    const sch = schema(
      `<sch:pattern id="p"><sch:rule context="t:*[@id]">
        <sch:assert id="UNIQUE" test="count(key('ids', @id)) = 1">dubbel <sch:value-of select="@id"/></sch:assert>
      </sch:rule></sch:pattern>`,
      `<xsl:key name="ids" match="t:*[@id]" use="@id"/>`,
    )
    const compiled = compileXslt(compileSchematron(sch))
    const texts = [doc, doc.replace('<c id="3"/>', '<c id="2"/>'), '<r xmlns="urn:t"/>', doc.replace('id="1"', 'id="3"')]
    const each = transformEach(compiled, texts.map(parseXml)).map((r) => readReport(r))
    expect(each).toEqual(texts.map((t) => readReport(transform(compiled, t))))
    expect(each.map((r) => r.map((f) => f.text.trim()))).toEqual([[], ['dubbel 2', 'dubbel 2'], [], ['dubbel 3', 'dubbel 3']])
  })
})
