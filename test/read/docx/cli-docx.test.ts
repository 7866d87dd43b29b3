/**
 * A Word document through the command line: `visie parse` reads it and points its findings at "alinea N" with a
 * quote; a renamed .doc is refused with a Dutch message and exit 2; `visie init --tekst` copies a DOCX into a new
 * project whose visie.json names it, and that project builds.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { main } from '../../../src/cli/index.js'
import type { Io } from '../../../src/cli/io.js'
import { repoRoot, schemasDir } from '../../support/shared.js'
import { zipBytes } from '../../support/zip-patch.js'

const work = mkdtempSync(join(tmpdir(), 'visie-docx-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const w01 = join(repoRoot, 'test', 'corpus', 'word', 'w01', 'word.docx')

async function visie(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), tty: false, cwd: work, env: { VISIE_SCHEMAS: schemasDir() } }
  const code = await main(['node', 'visie', ...argv], io)
  return { code, out: out.join(''), err: err.join('') }
}

describe('visie with a Word document', () => {
  test('parse: headings with the numbers Word computes, a finding at "alinea N" with a quote, exit 0', async () => {
    const r = await visie('parse', w01)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('divisie 1.2 "Hoe de visie tot stand kwam"')
    expect(r.out).toContain('divisie 2.1.2 "Betaalbaarheid"')
    // Its footnote in alinea 22 is a Noot at its mark, no longer a VISIE-182 warning.
    expect(r.err).not.toMatch(/VISIE-182/u)
    expect(r.out).toMatch(/noot 1: \S/u)
  })

  test('parse: a Word 97-2003 file renamed to .docx is refused in Dutch, exit 2, nothing on stdout', async () => {
    const doc = join(work, 'oud.docx')
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]))
    const r = await visie('parse', doc)
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err).toMatch(/oud\.docx is een oud Word-bestand \(Word 97-2003, \.doc\)/u)
    expect(r.err).not.toMatch(/\bat \S+ \(/u) // no stack trace
  })

  test.each([
    ['geheim.docx', /met een wachtwoord versleuteld Word-bestand/u, async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')])],
    ['kapot.docx', /geen leesbaar Word-bestand|beschadigd/u, async () => readFileSync(w01).subarray(0, 2000)],
    ['bom.docx', /zip-bom/u, async () => zipBytes({ 'word/document.xml': Buffer.alloc(8 * 1024 * 1024, 0x20) }, false)],
  ])('parse: %s is refused in Dutch, exit 2, nothing on stdout, no stack trace', async (name, message, bytes) => {
    const doc = join(work, name)
    writeFileSync(doc, await bytes())
    const r = await visie('parse', doc)
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err).toMatch(message)
    expect(r.err).not.toMatch(/\bat \S+ \(/u)
  })

  test('init --tekst copies the DOCX in and names it in visie.json; the project builds with 0 blocking findings', async () => {
    const init = await visie('init', 'zwolle', '--bevoegd-gezag', 'gm0193', '--naam', 'Gemeente Zwolle', '--tekst', w01)
    expect(init.code, init.err).toBe(0)
    const project = join(work, 'zwolle')
    expect(readFileSync(join(project, 'word.docx')).equals(readFileSync(w01))).toBe(true)
    const config = JSON.parse(readFileSync(join(project, 'visie.json'), 'utf8')) as Record<string, unknown>
    expect(config['tekst']).toBe('word.docx')
    // The corpus document's own dates and geometry, so that its GIOs and inwerkingtreding agree.
    const corpus = JSON.parse(readFileSync(join(repoRoot, 'test', 'corpus', 'word', 'w01', 'visie.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(join(project, 'w01.geojson'), readFileSync(join(repoRoot, 'test', 'corpus', 'word', 'w01', 'geo.geojson')))
    writeFileSync(join(project, 'visie.json'), JSON.stringify({ ...corpus, $schema: './visie.schema.json', tekst: 'word.docx', geo: { ...(corpus['geo'] as object), bronnen: ['w01.geojson'] } }))
    const build = await visie('build', 'zwolle', '--quiet', '--format', 'json')
    const report = JSON.parse(build.out) as { bevindingen: { code: string; ernst: string }[]; gelezen?: Record<string, unknown> }
    expect(report.bevindingen.filter((f) => f.ernst === 'blokkerend'), build.out).toEqual([])
    expect(build.code).toBe(0)
    // The JSON report says what was read, as the text report's summary does: here against the document's truth.
    const truth = JSON.parse(readFileSync(join(repoRoot, 'test', 'corpus', 'word', 'w01', 'truth.json'), 'utf8')) as { besluit: { artikelen: string[] }; gios: unknown[]; visie: { lijstitems: number } }
    expect(report.gelezen).toMatchObject({ bron: 'word.docx', artikelen: truth.besluit.artikelen.length, gios: truth.gios.length, lijstitems: truth.visie.lijstitems })
  }, 120_000)

  test('init --tekst with a file that does not exist is a usage error (exit 2)', async () => {
    const r = await visie('init', 'leeg', '--tekst', 'bestaat-niet.docx')
    expect(r.code).toBe(2)
    expect(r.err).toContain("--tekst 'bestaat-niet.docx' bestaat niet.")
  })
})
