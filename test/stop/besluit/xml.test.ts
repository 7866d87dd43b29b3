/**
 * The besluit's element tree written as text (src/stop/besluit/xml.ts `serialize`) against xmlbuilder2, which wrote
 * it before: the same bytes for namespaces that change and return, empty and empty-text elements, mixed content with
 * elements inside, indentation, hostile and XML-illegal characters in text and attributes, and the Assen besluit read
 * back as a tree.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import { assignIds } from '../../../src/ids/index.js'
import { xmlBuilderOptions } from '../../../src/model/index.js'
import { readXml } from '../../../src/package/xml-tree.js'
import { readText } from '../../../src/parse/index.js'
import { writeAanleveringBesluit } from '../../../src/stop/besluit/index.js'
import { el, fromXmlTree, inNs, serialize, type El } from '../../../src/stop/besluit/xml.js'
import { assenContext } from '../../ids/sample-document.js'
import { fixture } from '../../support/shared.js'

const MIXED = new Set(['Al', 'Wat', 'Term', 'Tussenkop', 'Titel', 'Opschrift', 'Label', 'Nummer', 'Bijschrift', 'Subtitel', 'LiNummer', 'Noot', 'NootNummer'])

/** The tree through xmlbuilder2's DOM, with the layout whitespace the writer added before (its code until issue 18). */
function viaBuilder(root: El): string {
  const doc = create(xmlBuilderOptions)
  const emit = (parent: XMLBuilder, e: El, depth: number, parentNs: string | undefined): void => {
    const ns = e.ns ?? parentNs
    const node = ns === undefined ? parent.ele(e.name, e.attrs) : parent.ele(ns, e.name, e.attrs)
    const mixed = MIXED.has(e.name) || e.children.some((c) => typeof c === 'string')
    for (const c of e.children) {
      if (typeof c === 'string') {
        if (c !== '') node.txt(c)
        continue
      }
      if (!mixed) node.txt(`\n${'  '.repeat(depth + 1)}`)
      emit(node, c, depth + 1, ns)
    }
    if (!mixed && e.children.length > 0) node.txt(`\n${'  '.repeat(depth)}`)
  }
  emit(doc, root, 0, undefined)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc.end({ headless: true })}\n`
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8')
const hostile = ['a & b', '&amp; al', '<tag>', 'x > y', '"quoted"', "it's", 'Lees\u000bwijzer', 'nul\u0000', 'half \ud800 paar', 'emoji 😀', '‘é€’', '']

describe('serialize writes what xmlbuilder2 wrote', () => {
  test('namespaces, empty elements, mixed content and indentation', () => {
    const tree = inNs(
      'urn:a',
      el(
        'Root',
        { schemaversie: '1.2.0' },
        el('Leeg'),
        el('LeegMetTekst', {}, ''),
        el('Twee', {}, '', ''),
        inNs('urn:b', el('Ander', {}, el('Kind', {}, 'tekst'), inNs('urn:a', el('Terug', { id: 'x' }, el('Diep'))))),
        el('Al', {}, 'begin ', el('IntRef', { ref: 'r1' }, 'verwijzing'), ' eind'),
        el('Al', {}, el('ExtIoRef', { ref: '/join/id/regdata/gm0106/2025/x', eId: 'a', wId: 'b' }, '/join/id/regdata/gm0106/2025/x')),
        el('Lijst', {}, el('Li', {}, el('LiNummer', {}, '•'), el('Al', {}, 'item'))),
        el('Gemengd', {}, 'tekst', el('Kind')),
      ),
    )
    expect(text(serialize(tree))).toBe(viaBuilder(tree))
  })

  test('hostile and XML-illegal characters in text and in attribute values', () => {
    const tree = el('Root', { a: hostile.join('|') }, ...hostile.map((h, i) => el('Al', { id: `${i}`, v: h }, h)))
    expect(text(serialize(tree))).toBe(viaBuilder(tree))
  })

  test('the Assen besluit, read back as a tree, written again', () => {
    const ctx = assenContext()
    const { document } = readText(readFileSync(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' })
    const besluit = writeAanleveringBesluit(assignIds(document, ctx).document, ctx, []).files[0]
    const root = besluit === undefined ? undefined : readXml(besluit.bytes).root
    if (root === undefined) throw new Error('geen besluit.xml')
    const tree = fromXmlTree(root)
    const written = text(serialize(tree))
    expect(written).toBe(viaBuilder(tree))
    expect(written.length).toBeGreaterThan(100_000)
  })
})
