import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { writePreview } from '../../src/preview/index.js'
import type { PackageContents } from '../../src/validate/layer.js'
import { sharedDir } from '../support/shared.js'
import { folderPackage } from './package.js'

const pv28 = sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
const bytes = (s: string) => new TextEncoder().encode(s)

describe('writePreview', () => {
  test('escapes package text exactly once', () => {
    const html = writePreview(folderPackage(pv28), [])
    // The source XML holds `&amp;lsquo;` (an escaped entity name as text): it must show as `&lsquo;`, so `&amp;lsquo;` in HTML.
    expect(readFileSync(join(pv28, 'akn_nl_bill_pv28-1-7.xml'), 'utf8')).toContain('als &amp;lsquo;je toont meerwaarde of niet&amp;rsquo;')
    expect(html).toContain('als &amp;lsquo;je toont meerwaarde of niet&amp;rsquo;')
    expect(html).not.toContain('&amp;amp;')
    // `first &amp; last mile` in the XML is `first & last mile` as text.
    expect(html).toContain('first &amp; last mile')
  })

  test('is self-contained: no external URL in src or href, no fetching script', () => {
    const html = writePreview(folderPackage(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120')), [])
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true)
    expect([...html.matchAll(/\b(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]?.slice(0, 11))).toEqual(['data:image/'])
    expect(html).not.toMatch(/fetch\(|XMLHttpRequest|import\(|<link\b/)
  })

  test('gives the same bytes for the same package', () => {
    expect(writePreview(folderPackage(pv28), [])).toBe(writePreview(folderPackage(pv28), []))
  })

  test('says so when there is no besluit at all', () => {
    const html = writePreview({ source: 'leeg', entries: [{ name: 'x.xml', bytes: bytes('<iets/>') }], findings: [] }, [])
    expect(html).toContain('Geen besluit (AanleveringBesluit) in het pakket gevonden.')
    expect(html).toContain('Het pakket bevat geen informatieobjecten.')
  })

  test('survives a besluit that is not well-formed', () => {
    const pkg: PackageContents = {
      source: 'kapot',
      entries: [
        { name: 'besluit.xml', bytes: bytes('<AanleveringBesluit><BesluitVersie><BesluitCompact>') },
        { name: 'opdracht.xml', bytes: bytes('<publicatieOpdracht><publicatie>besluit.xml</publicatie></publicatieOpdracht>') },
      ],
      findings: [],
    }
    const html = writePreview(pkg, [{ code: 'VISIE-800', severity: 'blokkerend', layer: 'xsd', message: 'niet welgevormd', data: {}, at: { file: 'besluit.xml', line: 1 } }])
    // What could be read is shown (an empty besluit), and the file is named as not well-formed.
    expect(html).toContain('<h1>Aanleverpakket</h1>')
    expect(html).toMatch(/<dt>Niet \(volledig\) leesbaar: besluit\.xml<\/dt><dd>regel 1: [^<]+<\/dd>/)
    expect(html).toContain('VISIE-800')
  })
})

describe('writePreview on hostile XML', () => {
  test('an entity bomb is not expanded', () => {
    const lol = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('')
    const xml = `<?xml version="1.0"?><!DOCTYPE AanleveringBesluit [${lol}]><AanleveringBesluit><BesluitVersie><BesluitCompact><Aanhef><Al>&l9;</Al></Aanhef></BesluitCompact></BesluitVersie></AanleveringBesluit>`
    const html = writePreview({ source: 'bom', entries: [{ name: 'b.xml', bytes: bytes(xml) }], findings: [] }, [])
    expect(html.length).toBeLessThan(100_000)
  })

  test('nesting beyond the parser limit is reported, not thrown', () => {
    const xml = `<AanleveringBesluit><BesluitVersie><BesluitCompact><Lichaam>${'<Divisie>'.repeat(5000)}x${'</Divisie>'.repeat(5000)}</Lichaam></BesluitCompact></BesluitVersie></AanleveringBesluit>`
    const html = writePreview({ source: 'diep', entries: [{ name: 'b.xml', bytes: bytes(xml) }], findings: [] }, [])
    expect(html).toContain('<dt>Niet (volledig) leesbaar: b.xml</dt>')
  })
})
