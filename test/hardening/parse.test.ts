/**
 * Hostile and broken texts through `visie parse` (main() with a capturing Io): each case asserts the exit code, the
 * exact finding code with its line, and that stdout stays empty where the source was not read at all.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { cli, edited, encodeWindows1252, lineOf, seed, tempDir } from './support.js'

const dir = tempDir('visie-hard-parse-')

function put(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content)
  return name
}

/** stderr as `file:line: severity CODE` per finding, without the message. */
function codes(err: string): string[] {
  return err
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => /^(\S+:\d+: \S+ VISIE-\d+):/u.exec(l)?.[1] ?? l)
}

const utf8Outline = (await cli(dir, 'parse', put('seed.txt', seed))).out

describe('unreadable sources: exit 2, nothing on stdout', () => {
  test('an empty file is VISIE-101 at line 1 (exit 1: it was read and holds nothing)', async () => {
    const r = await cli(dir, 'parse', put('leeg.txt', ''))
    expect(r.code).toBe(1)
    expect(codes(r.err)).toEqual(['leeg.txt:1: blokkerend VISIE-101'])
  })

  test('a PNG is binary: VISIE-100', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
    const r = await cli(dir, 'parse', put('kaart.png', png))
    expect([r.code, r.out]).toEqual([2, ''])
    expect(codes(r.err)).toEqual(['kaart.png:1: blokkerend VISIE-100'])
  })

  test('control characters without NUL (a .docx body read as text) are binary too', async () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 0x03 : 0x41 + (i % 26)))
    const r = await cli(dir, 'parse', put('word.bin', bytes))
    expect([r.code, r.out]).toEqual([2, ''])
    expect(codes(r.err)).toEqual(['word.bin:1: blokkerend VISIE-100'])
  })

  test('a file over 20 MB is not read: VISIE-151 with its size', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)
    const r = await cli(dir, 'parse', put('groot.txt', big))
    expect([r.code, r.out]).toEqual([2, ''])
    expect(codes(r.err)).toEqual(['groot.txt:1: blokkerend VISIE-151'])
    expect(r.err).toContain('Het bestand is 20971521 bytes')
  })

  test('a line over 100 000 characters is not read: VISIE-152 at that line', async () => {
    const text = `Besluit\nArtikel I\n${'x'.repeat(100_001)}\nBijlage A\n`
    const r = await cli(dir, 'parse', put('lang.txt', text))
    expect([r.code, r.out]).toEqual([2, ''])
    expect(codes(r.err)).toEqual(['lang.txt:3: blokkerend VISIE-152'])
    expect(r.err).toContain('Deze regel is 100001 tekens lang')
  })
})

describe('other encodings', () => {
  // Decision: read windows-1252 with a waarschuwing instead of refusing. Word's "Platte tekst" on a Dutch Windows
  // writes cp1252, and a text that is not valid UTF-8 is almost never anything else; refusing would only send the
  // user to a converter. Latin-1 proper is the same for every letter Dutch uses.
  test('the seed as windows-1252 reads exactly like the UTF-8 seed, with VISIE-150 at the first non-ASCII line', async () => {
    const r = await cli(dir, 'parse', put('latin1.txt', encodeWindows1252(seed)))
    expect(r.code).toBe(0)
    expect(r.out).toBe(utf8Outline)
    const firstNonAscii = seed.split('\n').findIndex((l) => /[^\x00-\x7f]/u.test(l)) + 1
    expect(firstNonAscii).toBe(6) // ”Omgevingsvisie gemeente Assen” in the aanhef
    expect(codes(r.err)[0]).toBe('latin1.txt:6: waarschuwing VISIE-150')
    expect(r.err).toContain('is gelezen als Windows-1252')
  })

  test('Word "Unicode-tekst" (UTF-16 LE with BOM) reads like the UTF-8 seed, without a finding of its own', async () => {
    const r = await cli(dir, 'parse', put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])))
    expect(r.code).toBe(0)
    expect(r.out).toBe(utf8Outline)
    expect(r.err).not.toContain('VISIE-150')
  })
})

describe('structure', () => {
  test('a besluit without a visie after it: VISIE-102 at the last line', async () => {
    const text = seed.slice(0, seed.indexOf(' Bijlage A Bijlage bij artikel I')).replace('Aldus vastgesteld door', 'Getekend door')
    const r = await cli(dir, 'parse', put('zonder-a.txt', text))
    expect(r.code).toBe(1)
    const last = text.split('\n').findLastIndex((l) => l.trim() !== '') + 1
    expect(codes(r.err)).toContain(`zonder-a.txt:${last}: blokkerend VISIE-102`)
  })

  test('no "Bijlage A" line and no closing formula: the visie is found on the page after the last artikel (exit 0)', async () => {
    const text = edited(' Bijlage A Bijlage bij artikel I', ' Omgevingsvisie als tekst').replace('Aldus vastgesteld door', 'Getekend door')
    const r = await cli(dir, 'parse', put('zonder-a-regel.txt', text))
    expect(codes(r.err)).not.toContain('VISIE-102')
    expect(r.code).toBe(0)
  })

  test('a duplicated heading number (2.3 twice): VISIE-103 at the second, expecting 2.3.1, 2.4 or 3', async () => {
    const text = edited(' 2.4 Verbonden stad', ' 2.3 Verbonden stad')
    const line = lineOf(text, ' 2.3 Verbonden stad')
    expect(line).toBe(293)
    const r = await cli(dir, 'parse', put('dubbel.txt', text))
    expect(r.code).toBe(1)
    expect(codes(r.err).filter((l) => l.includes('VISIE-103'))).toEqual(['dubbel.txt:293: blokkerend VISIE-103'])
    expect(r.err).toContain('Kop "2.3 Verbonden stad" staat buiten de nummering; verwacht werd 2.3.1 of 2.4 of 3.')
  })

  test('a skipped heading number (3.12 → 3.14): VISIE-103 at that line only; 4 after 3.14 is in sequence', async () => {
    const text = edited('3.13 Assen in de regio', '3.14 Assen in de regio')
    const r = await cli(dir, 'parse', put('overgeslagen.txt', text))
    expect(r.code).toBe(1)
    expect(codes(r.err).filter((l) => l.includes('VISIE-103'))).toEqual(['overgeslagen.txt:1172: blokkerend VISIE-103'])
    expect(r.err).toContain('verwacht werd 3.12.1 of 3.13 of 4.')
  })
})

describe('Bijlage I', () => {
  const firstId = 'bedrijventerreinen /join/id/regdata/gm0106/2025/db3fe-'

  test('a duplicated identification: VISIE-154 at the second naam, pointing at the first', async () => {
    // binnenstad gets the identification of bedrijventerreinen (its lines 2367–2371 are broken in three).
    const text = edited('ta/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-', 'ta/gm0106/2025/db3febaefb6c48c185860c479551942c/nld@2026-01-')
    const r = await cli(dir, 'parse', put('dubbel-id.txt', text))
    expect(r.code).toBe(1)
    const binnenstad = lineOf(text, 'binnenstad /join/id/regda-')
    expect(codes(r.err).filter((l) => l.includes('VISIE-154'))).toEqual([`dubbel-id.txt:${binnenstad}: blokkerend VISIE-154`])
    expect(r.err).toContain(
      `"binnenstad" dezelfde identificatie /join/id/regdata/gm0106/2025/db3febaefb6c48c185860c479551942c als "bedrijventerreinen" (regel ${lineOf(text, firstId)})`,
    )
  })

  test('a duplicated naam: VISIE-155', async () => {
    const text = edited('binnenstad /join/id/regda-', 'bedrijventerreinen /join/id/regda-')
    const r = await cli(dir, 'parse', put('dubbel-naam.txt', text))
    expect(r.code).toBe(1)
    expect(codes(r.err).filter((l) => l.includes('VISIE-155'))).toEqual([`dubbel-naam.txt:${lineOf(text, 'bedrijventerreinen /join/id/regda-')}: blokkerend VISIE-155`])
  })

  test('an identifier without naam and a naam without identifier: VISIE-106 (waarschuwing), exit 0', async () => {
    const text = edited(firstId, '/join/id/regdata/gm0106/2025/db3fe-')
    const r = await cli(dir, 'parse', put('zonder-naam.txt', text))
    expect(r.code).toBe(0)
    expect(codes(r.err).filter((l) => l.includes('VISIE-106'))).toEqual([`zonder-naam.txt:${lineOf(text, '/join/id/regdata/gm0106/2025/db3fe-')}: waarschuwing VISIE-106`])
  })

  // Syntax (dot, number of parts) is the ids step's, with the chain's codes: see build.test.ts. The reader keeps
  // what it read, character for character, so those findings name the identifier as written.
  test('malformed identifiers are read exactly as written (dot, 5 parts, non-hex naam)', async () => {
    const cases = {
      'punt.txt': ['/join/id/regdata/gm0106/2025/db3fe-', '/join/id/regdata/gm0106/2025/db.3fe-', '/join/id/regdata/gm0106/2025/db.3febaefb6c48c185860c479551942c/nld@2026-01-05;12452657'],
      'delen.txt': ['/join/id/regdata/gm0106/2025/db3fe-', '/join/id/regdata/gm0106/db3fe-', '/join/id/regdata/gm0106/db3febaefb6c48c185860c479551942c/nld@2026-01-05;12452657'],
      'hex.txt': ['/join/id/regdata/gm0106/2025/db3fe-', '/join/id/regdata/gm0106/2025/dbxzq-', '/join/id/regdata/gm0106/2025/dbxzqbaefb6c48c185860c479551942c/nld@2026-01-05;12452657'],
    }
    for (const [name, [from, to, expected]] of Object.entries(cases)) {
      const r = await cli(dir, 'parse', put(name, edited(from as string, to as string)), '--format', 'json')
      expect(r.code, name).toBe(0)
      const doc = JSON.parse(r.out) as { informatieobjecten: { naam: string; expression: string }[] }
      expect(doc.informatieobjecten[0], name).toMatchObject({ naam: 'bedrijventerreinen', expression: expected })
    }
  })
})

describe('the Markdown form', () => {
  test('a duplicated identification in the Markdown of --format md: VISIE-154 too', async () => {
    const md = (await cli(dir, 'parse', 'seed.txt', '--format', 'md')).out
    const binnenstad = '/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-05;12452657'
    const bedrijven = '/join/id/regdata/gm0106/2025/db3febaefb6c48c185860c479551942c/nld@2026-01-05;12452657'
    expect(md).toContain(`**binnenstad**: \`${binnenstad}\``)
    const text = md.replace(`**binnenstad**: \`${binnenstad}\``, `**binnenstad**: \`${bedrijven}\``)
    const r = await cli(dir, 'parse', put('dubbel.md', text))
    expect(r.code).toBe(1)
    expect(codes(r.err).filter((l) => l.includes('VISIE-154'))).toEqual([`dubbel.md:${lineOf(text, '**binnenstad**')}: blokkerend VISIE-154`])
  })
})

describe('devices', () => {
  // A device has no size and may never end: only regular files are read (issue 16, D2), without reading a byte.
  test.runIf(existsSync('/dev/zero'))('/dev/zero is refused as no regular file, exit 2', async () => {
    const r = await cli(dir, 'parse', '/dev/zero')
    expect([r.code, r.out, r.err]).toEqual([2, '', "visie: '/dev/zero' is niet te lezen: het is geen gewoon bestand (een apparaat, pipe of socket).\n"])
  })
})
