/**
 * xpathOf: the XPath a finding names, with a position only where an element has same-named siblings (same local name
 * and namespace), counted among those siblings alone.
 */
import { describe, expect, test } from 'vitest'
import { XmlElement } from 'libxml2-wasm'
import { elements, parseXml, placeOf, xpathOf } from '../../src/validate/xml.js'

const XML = `<lvbb:manifest xmlns:lvbb="http://www.overheid.nl/2017/lvbb" xmlns:x="urn:x">
  <lvbb:bestand><lvbb:bestandsnaam>a.xml</lvbb:bestandsnaam></lvbb:bestand>
  <x:bestand/>
  <lvbb:bestand><lvbb:bestandsnaam>b.xml</lvbb:bestandsnaam></lvbb:bestand>
  <lvbb:opmerking/>
  <lvbb:bestand><lvbb:bestandsnaam>c.xml</lvbb:bestandsnaam></lvbb:bestand>
  <lvbb:uniek><lvbb:kind/></lvbb:uniek>
</lvbb:manifest>`

function parsed() {
  const r = parseXml(new TextEncoder().encode(XML))
  if (!r.ok) throw new Error(r.message)
  return r.doc
}

describe('xpathOf', () => {
  test('first, middle and last of a repeated element; other elements and other namespaces in between do not count', () => {
    const doc = parsed()
    try {
      expect(elements(doc, '/lvbb:manifest/lvbb:bestand/lvbb:bestandsnaam').map(xpathOf)).toEqual([
        '/lvbb:manifest/lvbb:bestand[1]/lvbb:bestandsnaam',
        '/lvbb:manifest/lvbb:bestand[2]/lvbb:bestandsnaam',
        '/lvbb:manifest/lvbb:bestand[3]/lvbb:bestandsnaam',
      ])
    } finally {
      doc.dispose()
    }
  })

  test('an element alone of its name (also beside a same local name in another namespace) gets no position', () => {
    const doc = parsed()
    try {
      const other = [...doc.root.find('*')].filter((n): n is XmlElement => n instanceof XmlElement && n.namespaceUri === 'urn:x')
      expect(other.map(xpathOf)).toEqual(['/lvbb:manifest/x:bestand'])
      expect(elements(doc, '//lvbb:kind').map(xpathOf)).toEqual(['/lvbb:manifest/lvbb:uniek/lvbb:kind'])
      expect(xpathOf(doc.root)).toBe('/lvbb:manifest')
    } finally {
      doc.dispose()
    }
  })

  test('a place gives the same XPath and line as the element, with its suffix', () => {
    const doc = parsed()
    try {
      const [, second] = elements(doc, '/lvbb:manifest/lvbb:bestand')
      const at = placeOf('manifest.xml', second as XmlElement, '/@naam')
      expect([at.file, at.xpath, at.line]).toEqual(['manifest.xml', '/lvbb:manifest/lvbb:bestand[2]/@naam', 4])
    } finally {
      doc.dispose()
    }
  })

  test('in a list longer than a walk (the steps of its children are kept per parent): every position, other names between, a second parent', () => {
    // Prefix a: for the namespace elements() binds as lvbb:, so that the paths keep the names as written.
    const n = 300
    const items = Array.from({ length: n }, (_, i) => `<a:item><a:naam>${i}</a:naam></a:item>${i % 50 === 7 ? '<b:item/><a:anders/>' : ''}`).join('')
    const xml = `<a:lijst xmlns:a="http://www.overheid.nl/2017/lvbb" xmlns:b="urn:b"><a:deel>${items}</a:deel><a:deel>${items}</a:deel><a:eind/></a:lijst>`
    const r = parseXml(new TextEncoder().encode(xml))
    if (!r.ok) throw new Error(r.message)
    try {
      const names = elements(r.doc, '//lvbb:naam')
      // Asked in reverse order, so that the table is made at a lookup far from the start of the list.
      const paths = names.reverse().map(xpathOf).reverse()
      expect(paths).toHaveLength(2 * n)
      expect(paths[0]).toBe('/a:lijst/a:deel[1]/a:item[1]/a:naam')
      expect(paths[n - 1]).toBe(`/a:lijst/a:deel[1]/a:item[${n}]/a:naam`)
      expect(paths[n + 199]).toBe('/a:lijst/a:deel[2]/a:item[200]/a:naam')
      expect(paths.every((p, i) => p === `/a:lijst/a:deel[${i < n ? 1 : 2}]/a:item[${(i % n) + 1}]/a:naam`)).toBe(true)
      // the other names in the long list: alone of their name (b:item beside a:item) or repeated (a:anders)
      const anders = elements(r.doc, '//lvbb:anders').map(xpathOf)
      expect(anders.slice(0, 2)).toEqual(['/a:lijst/a:deel[1]/a:anders[1]', '/a:lijst/a:deel[1]/a:anders[2]'])
      const other = [...r.doc.root.find('//*')].filter((e): e is XmlElement => e instanceof XmlElement && e.namespaceUri === 'urn:b')
      expect(other.slice(0, 1).map(xpathOf)).toEqual(['/a:lijst/a:deel[1]/b:item[1]'])
      expect(elements(r.doc, '//lvbb:eind').map(xpathOf)).toEqual(['/a:lijst/a:eind'])
    } finally {
      r.doc.dispose()
    }
  })
})
