import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { create } from 'xmlbuilder2'
import { describe, expect, it } from 'vitest'
import { readSchDom } from '../../../src/validate/schematron/sch-dom.js'
import { SchematronCompileError, type Element, type Node } from '../../../src/validate/schematron/schema.js'
import { sharedDir } from '../../support/shared.js'

/** A DOM as plain data: element (namespace, prefix, name, attributes by name, children) or text/CDATA; adjacent texts joined. */
function dump(n: Node): unknown {
  if (n.nodeType === 3 || n.nodeType === 4) return [n.nodeType, n.nodeValue]
  if (n.nodeType !== 1) return null
  const el = n as Element
  const kids: unknown[] = []
  for (const c of Array.from(el.childNodes)) {
    const d = dump(c)
    const last = kids[kids.length - 1]
    if (d === null) continue
    if (Array.isArray(d) && d[0] === 3 && Array.isArray(last) && last[0] === 3) last[1] += d[1]
    else kids.push(d)
  }
  const attributes = Array.from(el.attributes)
    .map((a) => [a.namespaceURI, a.prefix, a.localName, a.name, a.value])
    .sort((a, b) => (String(a[3]) < String(b[3]) ? -1 : 1))
  return [1, el.namespaceURI, el.prefix, el.localName, attributes, kids]
}

function ruleFiles(): string[] {
  const root = sharedDir('stop', 'schematron')
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sch'))
    .sort()
    .map((f) => join(root, f))
}

describe('readSchDom', () => {
  it('reads every official rule file into the DOM xmlbuilder2 gives of it (line ends normalised as XML does)', () => {
    const files = ruleFiles()
    expect(files.length).toBeGreaterThanOrEqual(11)
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
      const reference = create({ skipWhitespaceOnlyText: false }, text).root().node as unknown as Node
      expect(dump(readSchDom(text)), file).toEqual(dump(reference))
    }
  })

  it('normalises CRLF line ends in text and white space in attribute values (after the line ends), decodes references, keeps CDATA apart', () => {
    const root = readSchDom(
      '<s:schema xmlns:s="urn:s" xmlns:x="urn:x" a="1\r\n2\t3" x:b="&lt;&#x41;&#66;&amp;amp;"><!-- weg -->r1\r\nr2<?pi weg?>&#8211;<![CDATA[<c>]]><s:p/></s:schema>',
    )
    expect(dump(root)).toEqual([
      1,
      'urn:s',
      's',
      'schema',
      [
        [null, null, 'a', 'a', '1 2 3'],
        ['urn:x', 'x', 'b', 'x:b', '<AB&amp;'],
        ['http://www.w3.org/2000/xmlns/', 'xmlns', 's', 'xmlns:s', 'urn:s'],
        ['http://www.w3.org/2000/xmlns/', 'xmlns', 'x', 'xmlns:x', 'urn:x'],
      ],
      [[3, 'r1\nr2–'], [4, '<c>'], [1, 'urn:s', 's', 'p', [], []]],
    ])
    expect(root.getAttribute('x:b')).toBe('<AB&amp;')
    expect(root.hasAttribute('b')).toBe(false)
    expect(root.getElementsByTagNameNS('urn:s', 'p').length).toBe(1)
  })

  it('gives a default namespace to unprefixed elements, not to unprefixed attributes', () => {
    const root = readSchDom('<schema xmlns="urn:d" id="i"><p xmlns=""/></schema>')
    expect(dump(root)).toEqual([
      1,
      'urn:d',
      null,
      'schema',
      [
        [null, null, 'id', 'id', 'i'],
        ['http://www.w3.org/2000/xmlns/', null, 'xmlns', 'xmlns', 'urn:d'],
      ],
      [[1, null, null, 'p', [['http://www.w3.org/2000/xmlns/', null, 'xmlns', 'xmlns', '']], []]],
    ])
  })

  it('refuses a text that is not well-formed with its line, and one with a DOCTYPE', () => {
    expect(() => readSchDom('<a>\n<b></a>')).toThrow(SchematronCompileError)
    expect(() => readSchDom('<a>\n<b></a>')).toThrow(/regel 2/)
    expect(() => readSchDom('<a><p:b/></a>')).toThrow(SchematronCompileError)
    expect(() => readSchDom('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(/DOCTYPE/)
  })
})
