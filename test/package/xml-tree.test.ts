/**
 * readXmlParts: a large OW file read object by object gives the OW objects that one tree of the whole file has, in
 * the same order and with the same content, on the official examples (IMOW and the LVBB test package).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { canonical, findAll, readXml, readXmlParts, type XmlElement } from '../../src/package/xml-tree.js'
import { sharedDir } from '../support/shared.js'

const files = [
  sharedDir('imow', 'examples', 'tpod-amersfoort-gm0307-ow-subset', 'gm0307Locaties_Geonovum.xml'),
  sharedDir('imow', 'examples', 'lvbb-test-omgevingsvisie-pv28', '1_Besluit', 'owLocaties.xml'),
]

const objectsOf = (root: XmlElement | undefined): string[] =>
  root ? findAll(root, new Set(['owObject'])).flatMap((o) => o.children.filter((c): c is XmlElement => c.kind === 'element').map(canonical)) : []

describe('readXmlParts', () => {
  test.each(files)('the owObjects of %s, as one tree has them', (file) => {
    const bytes = readFileSync(file)
    const whole = readXml(bytes)
    const parts = readXmlParts(bytes, 'owBestand', 'owObject')
    expect(parts.error).toBeUndefined()
    expect(parts.root?.name).toBe('owBestand')
    const expected = objectsOf(whole.root)
    expect(expected.length).toBeGreaterThan(0)
    expect(objectsOf(parts.root)).toEqual(expected)
  })

  test('an object that is not closed makes the file unreadable, with its line', () => {
    const text = '<ow-dc:owBestand>\n<ow-dc:owObject><l:Gebied/></ow-dc:owObject>\n<ow-dc:owObject><l:Gebied>\n</ow-dc:owBestand>'
    expect(readXmlParts(new TextEncoder().encode(text), 'owBestand', 'owObject')).toEqual({ error: 'regel 3: <ow-dc:owObject> wordt niet gesloten' })
  })
})
