import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/index.js'
import { readText } from '../../src/parse/index.js'
import { seed, seedPath } from './support.js'

const dir = mkdtempSync(join(tmpdir(), 'visie-parse-'))

function capture(): { io: Io; out: () => string; err: () => string } {
  let out = ''
  let err = ''
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), tty: false, cwd: dir, env: {} }
  return { io, out: () => out, err: () => err }
}

async function parse(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = capture()
  const code = await main(['node', 'visie', 'parse', ...args], c.io)
  return { code, out: c.out(), err: c.err() }
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3])
// Neither a bijlage line nor the closing words after which a visie could start: nothing says where the visie begins.
const noBijlageA = seed.replace(' Bijlage A Bijlage bij artikel I', ' Omgevingsvisie als tekst').replace('Aldus vastgesteld door', 'Getekend door')
/** The besluit alone: nothing after it that reads as a visie. */
const besluitOnly = seed.slice(0, seed.indexOf(' Bijlage A Bijlage bij artikel I')).replace('Aldus vastgesteld door', 'Getekend door')
const outOfSequence = seed.replace(' 2.3 Dynamische hoofdstad', ' 2.5 Dynamische hoofdstad')

describe('bad input gives findings, never an exception', () => {
  test('binary content: VISIE-100', () => {
    const r = readText(new TextDecoder().decode(binary), { file: 'kaart.png' })
    expect(r.findings.map((f) => [f.code, f.severity, f.layer])).toEqual([['VISIE-100', 'blokkerend', 'bron']])
    expect(r.document.besluit.artikelen).toEqual([])
  })

  test('empty or blank file: VISIE-101', () => {
    for (const t of ['', '\n\n  \n', '\uFEFF']) expect(readText(t, { file: 'leeg.txt' }).findings.map((f) => f.code)).toEqual(['VISIE-101'])
  })

  test('no visie after the besluit: VISIE-102, blocking', () => {
    const r = readText(besluitOnly, { file: 'x.txt' })
    expect(r.findings.filter((f) => f.code === 'VISIE-102').map((f) => f.severity)).toEqual(['blokkerend'])
    expect(r.document.besluit.wijzigBijlage.regeling.lichaam).toEqual([])
    expect(r.document.besluit.artikelen).toHaveLength(2)
  })

  test('"B i j l a g e" alone on a line after the besluit is the besluit\'s bijlage, whatever the visie calls its own', () => {
    const text = seed.replace(' Bijlage A Bijlage bij artikel I', ' B i j l a g e')
    const r = readText(text, { file: 'x.txt' })
    expect(r.findings.filter((f) => f.code === 'VISIE-102')).toEqual([])
    expect(r.document.besluit.wijzigBijlage.kop.position?.start.line).toBe(text.split('\n').findIndex((l) => l.trim() === 'B i j l a g e') + 1)
    expect(r.document.besluit.wijzigBijlage.regeling.lichaam.filter((d) => d.type === 'divisie')).toHaveLength(5)
  })

  test('a letter-spaced part label "D E E L A" is the part "Deel A" above the chapters, not a word "DEELA"', () => {
    const text = seed.replace('\n2 Assen in de toekomst', '\nD E E L A\nToekomst\n2 Assen in de toekomst')
    const lichaam = readText(text, { file: 'x.txt' }).document.besluit.wijzigBijlage.regeling.lichaam
    const deel = lichaam.find((d) => d.type === 'divisie' && d.kop.nummer === 'A')
    expect(deel?.type === 'divisie' && [deel.kop.nummer, deel.kop.opschrift]).toEqual(['A', 'Toekomst'])
  })

  test('a letter-spaced "H O O F D S T U K 2" with its title on the next line is chapter 2', () => {
    const text = seed.replace('\n2 Assen in de toekomst', '\nH O O F D S T U K 2\nAssen in de toekomst')
    const lichaam = readText(text, { file: 'x.txt' }).document.besluit.wijzigBijlage.regeling.lichaam
    const chapter = lichaam.find((d) => d.type === 'divisie' && d.kop.nummer === '2')
    expect(chapter?.type === 'divisie' && chapter.kop.opschrift).toBe('Assen in de toekomst')
  })

  test('no "Bijlage A" line and no closing formula: the visie starts on the page after the last artikel', () => {
    const r = readText(noBijlageA, { file: 'x.txt' })
    expect(r.findings.filter((f) => f.code === 'VISIE-102')).toEqual([])
    expect(r.document.besluit.artikelen.map((a) => a.kop.nummer)).toEqual(['I', 'II'])
    const lichaam = r.document.besluit.wijzigBijlage.regeling.lichaam
    expect(lichaam.filter((d) => d.type === 'divisie').map((d) => d.kop.nummer)).toEqual(['1', '2', '3', '4', '5'])
  })

  test('a heading out of sequence: VISIE-103 at its line, naming what was expected', () => {
    const r = readText(outOfSequence, { file: 'x.txt' })
    const f = r.findings.filter((x) => x.code === 'VISIE-103')
    expect(f[0]).toMatchObject({ severity: 'blokkerend', source: { file: 'x.txt', line: 256 }, data: { nummer: '2.5', verwacht: '2.2.1 of 2.3 of 3' } })
    expect(f[0]?.message).toBe('Kop "2.5 Dynamische hoofdstad" staat buiten de nummering; verwacht werd 2.2.1 of 2.3 of 3.')
  })

  test('a text without any structure: no Artikel (VISIE-107) and no Bijlage A', () => {
    const r = readText('Dit is een boodschappenlijst.\nMelk\nBrood\n', { file: 'x.txt' })
    expect(r.findings.map((f) => f.code).sort()).toEqual(['VISIE-102', 'VISIE-107'])
  })

  test('random bytes decoded as text never throw', () => {
    let seedValue = 7
    for (let n = 0; n < 50; n++) {
      const bytes = new Uint8Array(500).map(() => (seedValue = (seedValue * 1103515245 + 12345) % 2147483648) % 256)
      expect(() => readText(new TextDecoder().decode(bytes), { file: 'r' })).not.toThrow()
      const lines = seed.split('\n')
      const shuffled = lines.slice(n * 40, n * 40 + 200).reverse().join('\n')
      expect(() => readText(shuffled, { file: 'r' })).not.toThrow()
    }
  })
})

describe('visie parse: output and exit codes', () => {
  test('the seed: outline by default, exit 0, warnings with line numbers on stderr', async () => {
    const r = await parse(seedPath)
    expect(r.code).toBe(0)
    expect(r.out.startsWith('besluit: Omgevingsvisie gemeente Assen  @2-2677\n')).toBe(true)
    expect(r.err).toContain(`${seedPath}:2122: waarschuwing VISIE-104: Onder kop "5.2`)
    expect(r.err).toContain(`${seedPath}:2321: waarschuwing VISIE-105:`)
  })

  test('--format json is the model; --format md reads back', async () => {
    const json = await parse(seedPath, '--format', 'json')
    expect(json.code).toBe(0)
    const doc = JSON.parse(json.out) as { type: string; informatieobjecten: unknown[] }
    expect(doc.type).toBe('document')
    expect(doc.informatieobjecten).toHaveLength(13)
    const md = await parse(seedPath, '--format', 'md')
    expect(md.code).toBe(0)
    const back = await parse(file('visie.md', md.out))
    expect(back.code).toBe(0)
    expect(back.out.replace(/ {2}@\d+(?:-\d+)?$/gmu, '')).toBe((await parse(seedPath)).out.replace(/ {2}@\d+(?:-\d+)?$/gmu, ''))
  })

  test('blocking findings: exit 1, the finding in Dutch with its line', async () => {
    const r = await parse(file('volgorde.txt', outOfSequence))
    expect(r.code).toBe(1)
    expect(r.err).toContain('volgorde.txt:256: blokkerend VISIE-103: Kop "2.5 Dynamische hoofdstad" staat buiten de nummering')
    const noA = await parse(file('zonder-a.txt', besluitOnly))
    expect(noA.code).toBe(1)
    expect(noA.err).toContain('blokkerend VISIE-102')
    const empty = await parse(file('leeg.txt', ''))
    expect(empty.code).toBe(1)
    expect(empty.err).toContain('leeg.txt:1: blokkerend VISIE-101: Het bestand bevat geen tekst')
  })

  test('unreadable input: exit 2 without a stack trace', async () => {
    const bin = await parse(file('kaart.png', binary))
    expect(bin.code).toBe(2)
    expect(bin.out).toBe('')
    expect(bin.err).toContain('VISIE-100: Het bestand is geen tekst')
    const missing = await parse(join(dir, 'bestaat-niet.txt'))
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/^visie: bestand '.*bestaat-niet\.txt' bestaat niet\.\n$/u)
    const folder = await parse(dir)
    expect(folder.code).toBe(2)
    expect(folder.err).not.toContain('    at ')
  })

  test('an unknown format is a usage error (exit 2)', async () => {
    const r = await parse(seedPath, '--format', 'pdf')
    expect(r.code).toBe(2)
  })
})

describe('controls XML holds only discouraged', () => {
  test('DEL and the C1 controls (U+007F, U+0085, U+009F) are removed with VISIE-140 at their line, as the C0 controls are', async () => {
    const { readSourceBytes } = await import('../../src/parse/read-source.js')
    const text = seed.replace('1.2 Leeswijzer', '1.2 Lees\u007fwijzer\u0085').replace('2.4 Verbonden stad', '2.4 Verbonden\u009f stad')
    const { document, findings } = readSourceBytes(new TextEncoder().encode(text), { file: 'v.txt' })
    const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length
    expect(findings.filter((f) => f.code === 'VISIE-140').map((f) => [f.source?.line, f.data?.['teken']])).toEqual([
      [lineOf('1.2 Lees'), 'U+007F'],
      [lineOf('1.2 Lees'), 'U+0085'],
      [lineOf('2.4 Verbonden'), 'U+009F'],
    ])
    expect(JSON.stringify(document)).not.toMatch(/[\u007f-\u009f]/u)
    expect(JSON.stringify(document)).toContain('"Leeswijzer"')
  })
})
