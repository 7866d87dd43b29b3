/**
 * Limits and adversarial sizes: the reader returns (with findings) on inputs built to make it loop or blow up
 * — 1e5 heading lines, 50 000 bullets, a 5 MB line, 50 000 hyphenated line ends, 200 000 paragraphs, 50 000
 * Bijlage I entries — and the limits answer in Dutch (text size, line length, findings per code, GML size).
 * No timing assertions: each case only has to return; the suite's own timeout catches a loop.
 */
import { rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Structuur } from '../../src/model/index.js'
import { readSourceBytes, readText, sourceLimits } from '../../src/parse/index.js'
import { assenProject, cli, editJson, leftBehind, tempDir } from './support.js'

/** A minimal besluit and the Bijlage A line, then `body` as the visie. */
const besluit = (body: string) =>
  `Omgevingsvisie gemeente Test\nDe gemeenteraad van Test,\nbesluit:\nArtikel I\nDe omgevingsvisie vast te stellen.\nArtikel II\nDit besluit treedt in werking.\nBijlage A Bijlage bij artikel I\nOmgevingsvisie Test\n${body}`
const repeat = (line: string, n: number) => Array.from({ length: n }, () => line).join('\n')
const utf8 = (s: string) => new TextEncoder().encode(s)
const lichaam = (r: ReturnType<typeof readText>) => r.document.besluit.wijzigBijlage.regeling.lichaam

function count(nodes: readonly Structuur[], type: string): number {
  let n = 0
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v !== null && typeof v === 'object') {
      if ((v as { type?: string }).type === type) n++
      Object.values(v).forEach(walk)
    }
  }
  walk(nodes)
  return n
}

describe('adversarial texts return', () => {
  test('1e5 lines "1.1.1 Kop": the first is VISIE-103, each repeat too; 200 per code are kept, the rest summarised', () => {
    const r = readSourceBytes(utf8(besluit(repeat('1.1.1 Kop', 100_000))), { file: 'x.txt' })
    const codes = r.findings.map((f) => f.code)
    expect(codes.filter((c) => c === 'VISIE-103')).toHaveLength(sourceLimits.maxFindingsPerCode)
    const summary = r.findings.filter((f) => f.code === 'VISIE-153')
    // every heading is out of sequence (VISIE-103) and empty (VISIE-104): 100 000 of each, 99 800 summarised
    expect(summary.map((f) => [f.data.code, f.data.weggelaten, f.severity])).toEqual([
      ['VISIE-103', 99_800, 'waarschuwing'],
      ['VISIE-104', 99_800, 'waarschuwing'],
    ])
    expect(summary[0]?.message).toBe(
      'Nog 99800 bevindingen VISIE-103 vanaf deze regel zijn weggelaten (alleen de eerste 200 worden getoond); de tekst heeft vermoedelijk niet de vorm van een omgevingsvisie.',
    )
    expect(summary[0]?.source).toEqual({ file: 'x.txt', line: 10 + 200 })
  })

  test('50 000 bullets become one Lijst of 50 000 items', () => {
    const r = readText(besluit(`Inleiding van de lijst:\n${repeat('• een punt', 50_000)}`), { file: 'x.txt' })
    expect(count(lichaam(r), 'lijst')).toBe(1)
    expect(count(lichaam(r), 'li')).toBe(50_000)
  })

  test('a 5 MB single line: refused by the line limit (VISIE-152), and readText alone still returns one paragraph', () => {
    const line = 'woord '.repeat(900_000).trim()
    const refused = readSourceBytes(utf8(besluit(line)), { file: 'x.txt' })
    expect(refused.findings.map((f) => [f.code, f.source?.line, f.data.lengte])).toEqual([['VISIE-152', 10, line.length]])
    const read = readText(besluit(line), { file: 'x.txt' })
    expect(count(lichaam(read), 'al')).toBe(1)
  })

  test('50 000 lines ending in a hyphen join into one word without losing a letter', () => {
    const r = readText(besluit(`${repeat('aaa-', 50_000)}\nslot.`), { file: 'x.txt' })
    const al = lichaam(r)[0]
    const text = al?.type === 'divisietekst' && al.children[0]?.type === 'al' ? al.children[0].children.map((i) => (i.type === 'text' ? i.value : '')).join('') : ''
    expect(text.replace(/[- ]/gu, '')).toBe(`${'aaa'.repeat(50_000)}slot.`)
  })

  test('150 000 paragraphs in one Divisietekst (a spread into Math.max overflows the stack at this size)', () => {
    // A full line sets the line width; the short line after it ends the paragraph.
    const r = readText(besluit(repeat('Een volle regel die de breedte van de tekst bepaalt en nog verder loopt.\nZin.', 150_000)), { file: 'x.txt' })
    expect(count(lichaam(r), 'al')).toBe(150_000)
    // The only blocking finding says what is true of this text: a long visie without a single heading (VISIE-112).
    expect(r.findings.filter((f) => f.severity === 'blokkerend').map((f) => f.code)).toEqual(['VISIE-112'])
  })

  test('50 000 Bijlage I entries: every one read, each duplicate naam and identification reported once', () => {
    const entries = Array.from({ length: 50_000 }, (_, i) => `gebied${i % 25_000} /join/id/regdata/gm0106/2025/${(i % 25_000).toString(16).padStart(32, '0')}/nld@2026-01-05;1`)
    const r = readText(besluit(`Tekst van de visie.\nBijlage I Overzicht Informatieobjecten\n${entries.join('\n')}`), { file: 'x.txt' })
    expect(r.document.informatieobjecten).toHaveLength(50_000)
    expect(r.findings.filter((f) => f.code === 'VISIE-154')).toHaveLength(25_000)
    expect(r.findings.filter((f) => f.code === 'VISIE-155')).toHaveLength(25_000)
    expect(r.findings.find((f) => f.code === 'VISIE-154')?.source).toEqual({ file: 'x.txt', line: 12 + 25_000 })
  })

  test('nesting is bounded by the grammar: a five-level number is no heading, a four-level one is', () => {
    const r = readText(besluit('1 Een\n1.1 Twee\n1.1.1 Drie\n1.1.1.1 Vier\n1.1.1.1.1 Vijf\nTekst.'), { file: 'x.txt' })
    expect(count(lichaam(r), 'divisie')).toBe(4)
    expect(JSON.stringify(lichaam(r))).toContain('1.1.1.1.1 Vijf')
  })
})

describe('GML source size', () => {
  test('a GML source over 500 MB is refused before reading (a sparse file: only its size is looked at)', async () => {
    const project = assenProject((d) => {
      writeFileSync(join(d, 'groot.gml'), '')
      truncateSync(join(d, 'groot.gml'), 500 * 1024 * 1024 + 1)
      editJson(join(d, 'visie.json'), (j) => ((j.geo as Record<string, unknown>).perGio = { binnenstad: 'groot.gml' }))
    })
    const outDir = join(tempDir(), 'dist')
    const r = await cli(project, 'build', project, '--out', outDir, '--quiet', '--schemas', join(project, 'geen-schemas'))
    rmSync(join(project, 'groot.gml'))
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      'visie: Geometriebestand groot.gml is 524288001 bytes; een GML-bron wordt in één keer gelezen en mag hooguit 524288000 bytes (500 MB) zijn. Splits het bestand of lever GeoJSON aan (dat wordt in delen gelezen).\n',
    )
    expect(leftBehind(outDir)).toEqual([])
  })
})
