/**
 * XmlLines and xmlText (src/model/xml-text.ts) against xmlbuilder2, which wrote the OW files and the GIO GML before:
 * the same bytes for the same tree, on empty, text-only, mixed and nested content, attributes, hostile and
 * XML-illegal characters (issue 16 D1/D10b).
 */
import { describe, expect, test } from 'vitest'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import { XmlLines, xmlAttribute, xmlBuilderOptions, xmlText } from '../../src/model/index.js'

type Node = string | { name: string; attrs?: [string, string][]; children: Node[] }

/** The tree through xmlbuilder2's DOM and pretty printer, as the writers used it. */
function viaBuilder(root: Exclude<Node, string>): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8', ...xmlBuilderOptions })
  const add = (parent: XMLBuilder, n: Node): void => {
    if (typeof n === 'string') {
      parent.txt(n)
      return
    }
    const e = parent.ele(n.name, Object.fromEntries(n.attrs ?? []))
    for (const c of n.children) add(e, c)
  }
  add(doc, root)
  return `${doc.end({ prettyPrint: true, indent: '  ' })}\n`
}

/** The same tree through XmlLines: text-only elements with text(), others with start()/end() and line(). */
function viaLines(root: Exclude<Node, string>): string {
  const out = new XmlLines()
  const add = (n: Exclude<Node, string>): void => {
    if (n.children.length > 0 && n.children.every((c) => typeof c === 'string')) {
      out.text(n.name, n.children as string[], n.attrs)
      return
    }
    out.start(n.name, n.attrs)
    for (const c of n.children) {
      if (typeof c === 'string') out.line(c)
      else add(c)
    }
    out.end()
  }
  add(root)
  return out.toBuffer().toString('utf8')
}

const hostile = ['a & b', '&amp; al', '<tag>', 'x > y', '"quoted"', "it's", 'Lees\u000bwijzer', 'nul\u0000', 'half \ud800 paar', 'emoji 😀', 'é€’', '']

describe('XmlLines writes what xmlbuilder2 wrote', () => {
  test('nested, empty and text-only elements with attributes', () => {
    const tree: Node = {
      name: 'r:root',
      attrs: [['xmlns:r', 'urn:r'], ['xmlns:x', 'urn:x'], ['versie', '1']],
      children: [
        { name: 'r:leeg', children: [] },
        { name: 'r:leeg2', attrs: [['x:href', 'a"b&c<d>']], children: [] },
        { name: 'r:tekst', children: ['Gemeente Assen'] },
        { name: 'r:twee', children: ['een', 'twee'] },
        { name: 'r:dieper', children: [{ name: 'r:a', children: [{ name: 'r:b', children: ['x'] }, { name: 'r:c', children: [] }] }] },
      ],
    }
    expect(viaLines(tree)).toBe(viaBuilder(tree))
  })

  test('every hostile text as element text and attribute value', () => {
    for (const s of hostile) {
      const tree: Node = { name: 'a', children: [{ name: 'b', attrs: [['v', s]], children: [s] }, { name: 'c', children: [] }] }
      expect(viaLines(tree), JSON.stringify(s)).toBe(viaBuilder(tree))
    }
  })

  test('mixed content: each text on a line of its own', () => {
    const tree: Node = { name: 'a', children: ['voor', { name: 'b', children: ['in'] }, 'na & <na>'] }
    expect(viaLines(tree)).toBe(viaBuilder(tree))
  })
})

test('xmlText and xmlAttribute: illegal characters replaced, escaped as xmlbuilder2 did', () => {
  expect(xmlText('a & b &amp; <c> "d"\u0001')).toBe('a &amp; b &amp; &lt;c&gt; "d"\ufffd')
  expect(xmlAttribute('a"b & c')).toBe('a&quot;b &amp; c')
})
