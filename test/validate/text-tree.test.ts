/**
 * readXmlTree, the tree the TypeScript forms of the rule files read: positions (as saxon-js's `path()` gives them) count
 * siblings by namespace and local name, whatever prefix or declaration they are written with.
 */
import { describe, expect, test } from 'vitest'
import { allElements, pathOf, readXmlTree, scanXml } from '../../src/validate/text-tree.js'

const paths = (text: string): string[] => {
  const tree = readXmlTree(text)
  if (tree === undefined) throw new Error('niet gelezen')
  return [...allElements(tree.root)].map(pathOf)
}

describe('readXmlTree positions', () => {
  test('siblings of one namespace and name count together, under any prefix and with their own (repeated) declarations', () => {
    const text = '<r xmlns:a="urn:u" xmlns:c="urn:v"><a:x/><a:x xmlns:a="urn:u"/><b:x xmlns:b="urn:u"/><c:x/><x/><a:x xmlns:a="urn:v"/></r>'
    expect(paths(text)).toEqual([
      '/Q{}r[1]',
      '/Q{}r[1]/Q{urn:u}x[1]',
      '/Q{}r[1]/Q{urn:u}x[2]',
      '/Q{}r[1]/Q{urn:u}x[3]',
      '/Q{}r[1]/Q{urn:v}x[1]',
      '/Q{}r[1]/Q{}x[1]',
      // The same prefix bound to another namespace on this element: a sibling of the c:x before it.
      '/Q{}r[1]/Q{urn:v}x[2]',
    ])
  })

  test('a prefix bound anew below counts apart from the same prefix above, and an unbound prefix is not read', () => {
    expect(paths('<a:r xmlns:a="urn:u"><a:x/><s xmlns:a="urn:w"><a:x/><a:x/></s><a:x/></a:r>')).toEqual([
      '/Q{urn:u}r[1]',
      '/Q{urn:u}r[1]/Q{urn:u}x[1]',
      '/Q{urn:u}r[1]/Q{}s[1]',
      '/Q{urn:u}r[1]/Q{}s[1]/Q{urn:w}x[1]',
      '/Q{urn:u}r[1]/Q{}s[1]/Q{urn:w}x[2]',
      '/Q{urn:u}r[1]/Q{urn:u}x[2]',
    ])
    expect(readXmlTree('<r><a:x/></r>')).toBeUndefined()
  })

  test('namespace bindings of an element are those in scope there, repeated or not', () => {
    const tree = readXmlTree('<r xmlns:a="urn:u"><a:x xmlns:a="urn:u"/><a:y xmlns:a="urn:w"/></r>')
    const [, x, y] = [...allElements(tree!.root)]
    expect(x?.namespaces.get('a')).toBe('urn:u')
    expect(y?.namespaces.get('a')).toBe('urn:w')
    expect(tree!.root.namespaces.get('a')).toBe('urn:u')
  })
})

describe('scanXml depth', () => {
  test('the deepest nesting of elements, empty ones included', () => {
    const depth = (text: string) => scanXml(text, { open: () => 0, close: () => {} })?.depth
    expect(depth('<r/>')).toBe(1)
    expect(depth('<r><a><b/></a><c/></r>')).toBe(3)
    expect(depth(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toBe(300)
  })
})
