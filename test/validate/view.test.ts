/**
 * The package view the rule layers share (src/validate/view.ts): the role of a file from its root element, read from
 * the start tag alone for a large entry (rootInHead), and what the rule layers derived let go before the xsd layer
 * (releaseRuleState).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { LARGE_ENTRY_BYTES, packageFromFiles, readPackage } from '../../src/package/read.js'
import { packageView, perView, releaseRuleState, rootInHead } from '../../src/validate/view.js'
import { loadFolder, pv28 } from './package-fixtures.js'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('rootInHead', () => {
  test('the root after a BOM, the XML declaration, comments and processing instructions, with its own or a default namespace', () => {
    const ow = '\uFEFF<?xml version="1.0"?>\n<!-- gemaakt door x -->\n<?pi data?>\n<ow-dc:owBestand xmlns="urn:x" xmlns:ow-dc=\'http://www.geostandaarden.nl/imow/bestanden/deelbestand\'\n  a="1">'
    expect(rootInHead(bytes(ow))).toEqual({ namespaceUri: 'http://www.geostandaarden.nl/imow/bestanden/deelbestand', name: 'owBestand' })
    expect(rootInHead(bytes('<manifest xmlns="http://www.overheid.nl/2017/lvbb"/>'))).toEqual({ namespaceUri: 'http://www.overheid.nl/2017/lvbb', name: 'manifest' })
    expect(rootInHead(bytes('<root><child/>'))).toEqual({ namespaceUri: '', name: 'root' })
  })

  test('undefined where the start tag does not tell: a DOCTYPE, a tag cut off, a prefix bound elsewhere, not XML', () => {
    expect(rootInHead(bytes('<!DOCTYPE a [<!ENTITY x "y">]><a/>'))).toBeUndefined()
    expect(rootInHead(bytes('<ow:owBestand xmlns:ow="urn:a" b="c'))).toBeUndefined()
    expect(rootInHead(bytes('<ow:owBestand xmlns:x="urn:a">'))).toBeUndefined()
    expect(rootInHead(bytes('<a xmlns="urn:&amp;">'))).toBeUndefined()
    expect(rootInHead(bytes('geen xml'))).toBeUndefined()
  })
})

describe('the role of a large entry', () => {
  test('comes from its start tag: an OW file above the large-entry size that breaks off at the end is still an OW file, read or in memory', async () => {
    const files = await loadFolder(pv28())
    const locaties = new TextDecoder().decode(files.find((f) => f.name === 'owLocaties.xml')!.bytes)
    const padding = `<!-- ${'x'.repeat(1000)} -->\n`.repeat(Math.ceil(LARGE_ENTRY_BYTES / 1000))
    const broken = `${locaties.replace('</ow-dc:owBestand>', padding)}<niet-gesloten>`
    const dir = await mkdtemp(join(tmpdir(), 'visie-rol-'))
    for (const f of files) await writeFile(join(dir, f.name), f.name === 'owLocaties.xml' ? broken : f.bytes)
    const pkg = await readPackage(dir)
    const view = packageView(pkg, { schemasDir: '' })
    expect(pkg.entries.find((e) => e.name === 'owLocaties.xml')?.head).toBeDefined()
    expect(view.role('owLocaties.xml')).toBe('ow')
    expect(view.xml('owLocaties.xml')).toBeUndefined()
    // The same in memory (a package visie build has just made): the size decides, not where the bytes are.
    const inMemory = packageFromFiles('p', [{ name: 'owLocaties.xml', bytes: bytes(broken) }])
    expect(packageView(inMemory, { schemasDir: '' }).role('owLocaties.xml')).toBe('ow')
    // A small file is still parsed: broken, it has no role.
    const small = packageFromFiles('p', [{ name: 'owLocaties.xml', bytes: bytes(`${locaties.replace('</ow-dc:owBestand>', '')}<niet-gesloten>`) }])
    expect(packageView(small, { schemasDir: '' }).role('owLocaties.xml')).toBe('other')
  })
})

describe('releaseRuleState', () => {
  test('derived values are made again after it, values for the whole run are kept; parsed documents are parsed again', async () => {
    const pkg = packageFromFiles('pv28', await loadFolder(pv28()))
    const view = packageView(pkg, { schemasDir: '' })
    let made = 0
    let madeForRun = 0
    const derived = perView(() => ({ n: ++made }))
    const forRun = perView(() => ({ n: ++madeForRun }), { wholeRun: true })
    const first = derived(view)
    const kept = forRun(view)
    const doc = view.xml('manifest.xml')
    expect(derived(view)).toBe(first)
    releaseRuleState(pkg)
    expect(derived(view)).not.toBe(first)
    expect(made).toBe(2)
    expect(forRun(view)).toBe(kept)
    expect(madeForRun).toBe(1)
    const again = view.xml('manifest.xml')
    expect(again).toBeDefined()
    expect(again).not.toBe(doc)
    expect(again?.root.name).toBe('manifest')
  })
})

describe('element-only parsing of OW files', () => {
  const ow = `<?xml version="1.0" encoding="UTF-8"?>
<ow-dc:owBestand xmlns:ow-dc="http://www.geostandaarden.nl/imow/bestanden/deelbestand" xmlns:l="http://www.geostandaarden.nl/imow/locatie">
  <l:Gebied>
    <l:identificatie>nl.imow-gm0106.gebied.a</l:identificatie>
    <l:noemer>  </l:noemer>
  </l:Gebied>
</ow-dc:owBestand>
`
  const besluit = `<AanleveringBesluit xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/"><Al>een <i>b</i> <i>c</i></Al></AanleveringBesluit>`
  const pkg = packageFromFiles('p.zip', [
    { name: 'owLocaties.xml', bytes: bytes(ow) },
    { name: 'besluit.xml', bytes: bytes(besluit) },
  ])
  const view = packageView(pkg, { schemasDir: '' })

  test('an OW file keeps its elements and leaf values (a blank one too) and lines, without the whitespace between elements', () => {
    const root = view.xml('owLocaties.xml')?.root
    const gebied = root?.firstChild
    expect(gebied?.constructor.name).toBe('XmlElement')
    const children: string[] = []
    for (let c = (gebied as typeof root)?.firstChild; c; c = c.next) children.push(`${c.constructor.name}:${c.content}`)
    expect(children).toEqual(['XmlElement:nl.imow-gm0106.gebied.a', 'XmlElement:  '])
    expect((gebied as typeof root)?.line).toBe(3)
  })

  test('a file with mixed content keeps the space between two elements', () => {
    expect(view.xml('besluit.xml')?.root.firstChild?.content).toBe('een b c')
  })
})
