/**
 * Whole-document lookups compiled as keys (src/validate/schematron/keys.ts, issue 15 item 6 / issue 18): which
 * expressions are rewritten and which are left alone, and — on pv28 with the official imop-tekst rules — that the
 * keyed rules still report exactly the broken references among many correct ones.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { compileSchematron } from '../../../src/validate/schematron/compile.js'
import { KeyIndex, stringVariables } from '../../../src/validate/schematron/keys.js'
import { schemasDir } from '../../support/shared.js'
import { edit, type File, loadPv28, validateFiles, withCode } from '../package-fixtures.js'

const index = () => new KeyIndex(new Set(['v', 'w']), 'p')

describe('KeyIndex.rewrite', () => {
  test('a lookup from the document root by a string variable becomes key(), later predicates and steps kept', () => {
    const k = index()
    expect(k.rewrite('//t:X[@id = $v]')).toBe("key('p:key-1', $v)")
    expect(k.rewrite('not(//t:*[@eId = $v and (a or b)][not(c)]/local-name())')).toBe("not(key('p:key-2', $v)[(a or b)][not(c)]/local-name())")
    expect(k.rewrite('count(//t:X[@id=$w]) = 1 and //t:X[@id = $v]')).toBe("count(key('p:key-1', $w)) = 1 and key('p:key-1', $v)")
    expect(k.declarations()).toEqual([
      { name: 'p:key-1', match: 't:X[@id]', use: '@id' },
      { name: 'p:key-2', match: 't:*[@eId]', use: '@eId' },
    ])
  })

  test('left alone: scoped paths, other variables, positions, a top-level or, string literals', () => {
    const k = index()
    for (const expr of [
      'ancestor::t:table//t:Noot[@id = $v]',
      '$doc//t:X[@id = $v]',
      '//t:X[@id = $n]',
      '//t:X[@id = $v][1]',
      '//t:X[@id = $v and position() = 1]',
      '//t:X[@id = $v][last()]',
      '//t:X[@id = $v and a or b]',
      "concat('//t:X[@id = $v]', 'x')",
      '//t:X[xs:string(@id) = $v]',
    ]) {
      expect(k.rewrite(expr)).toBe(expr)
    }
    expect(k.declarations()).toEqual([])
  })

  test('string variables: attribute, string functions and content lets; a number or a mix is not', () => {
    const names = stringVariables([
      { name: 'a', value: '@ref' },
      { name: 'b', value: 'normalize-space(data:eId/./string())' },
      { name: 'c', value: undefined },
      { name: 'd', value: 'count(//x)' },
      { name: 'e', value: '@ref' },
      { name: 'e', value: '1 + 1' },
    ])
    expect([...names].sort()).toEqual(['a', 'b', 'c'])
  })
})

describe('the official imop-tekst rules with keys', () => {
  const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
  let files: File[]
  beforeAll(async () => {
    files = await loadPv28()
  })

  test('its IntRef and IntIoRef lookups are compiled as keys', () => {
    const xslt = compileSchematron(readFileSync(join(schemasDir(), 'stop', 'schematron', 'stop-1.3.0', 'imop-tekst.sch'), 'utf8'))
    expect(xslt).toContain('<xsl:key name="visie-sch:key-1" match="tekst:*[@eId]" use="@eId"/>')
    expect(xslt).toContain('<xsl:key name="visie-sch:key-2" match="tekst:ExtIoRef[@wId]" use="@wId"/>')
    expect(xslt).not.toContain('//tekst:*[@eId = $doelwit')
    expect(xslt).not.toContain('//tekst:ExtIoRef[@wId = $doelwit]')
  })

  test('200 correct IntRefs and IntIoRefs give nothing; one dangling of each gives STOP0010 and STOP0011 once', async () => {
    const intIoRef = /<IntIoRef ref="[^"]*" eId="div_1__content_1__ref_1" wId="[^"]*">[^<]*<\/IntIoRef>/
    const many = edit(files, BESLUIT, (t) => {
      const io = intIoRef.exec(t)?.[0] ?? ''
      const copies = Array.from({ length: 100 }, (_, i) =>
        `<IntRef ref="div_1">A ${i}</IntRef>${io.replace(/ref_1"/g, `ref_${i + 100}"`)}`,
      ).join(' ')
      return t.replace(io, `${io} ${copies}`)
    })
    expect(text(many)).toMatch(/div_1__content_1__ref_199"/)
    expect((await validateFiles(many, ['stop'])).findings).toEqual([])

    const broken = edit(many, BESLUIT, (t) =>
      t.replace('<IntRef ref="div_1">A 50</IntRef>', '<IntRef ref="cmp_ZZ">A 50</IntRef>').replace(/ref="pv28_1__cmp_2__content_o_1__list_o_1__item_o_1__ref_o_1" eId="div_1__content_1__ref_160"/, 'ref="pv28_1__niet_er" eId="div_1__content_1__ref_160"'),
    )
    const report = await validateFiles(broken, ['stop'])
    expect(report.findings.map((f) => f.code).sort()).toEqual(['STOP0010', 'STOP0011'])
    expect(withCode(report, 'STOP0010')[0]?.message).toContain('cmp_ZZ')
    expect(withCode(report, 'STOP0011')[0]?.message).toContain('pv28_1__niet_er')
  })

  function text(fs: readonly File[]): string {
    return new TextDecoder().decode(fs.find((x) => x.name === BESLUIT)?.bytes)
  }
})
