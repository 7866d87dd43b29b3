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
})
