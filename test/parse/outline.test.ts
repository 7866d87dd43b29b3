import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readText, writeOutline } from '../../src/parse/index.js'
import { seed, seedPath } from './support.js'

const golden = join(import.meta.dirname, 'fixtures', 'assen.outline')
const outline = (text: string): string => writeOutline(readText(text, { file: 'omgevingsvisie.txt' }).document)
const withoutLines = (o: string): string => o.replace(/ {2}@\d+(?:-\d+)?$/gmu, '')

describe('outline of the Assen seed', () => {
  test('matches the reviewed golden (regenerate with VISIE_ACCEPT=1, then review every changed line)', () => {
    const actual = outline(seed)
    if (process.env.VISIE_ACCEPT === '1') writeFileSync(golden, actual)
    expect(existsSync(golden)).toBe(true)
    expect(actual).toBe(readFileSync(golden, 'utf8'))
  })
})

describe('the same document extracted differently gives the same outline', () => {
  const reference = outline(seed)

  test('CRLF line endings and a BOM (same line numbers)', () => {
    expect(outline(`\uFEFF${seed.replace(/\n/gu, '\r\n')}`)).toBe(reference)
  })

  test('single line breaks instead of a blank line after every line (other line numbers)', () => {
    const single = seed
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n')
    expect(single.split('\n').length).toBeLessThan(seed.split('\n').length / 1.5)
    expect(withoutLines(outline(single))).toBe(withoutLines(reference))
  })

  test('a different footer text', () => {
    const other = seed.replaceAll('Concept (van 5-1-2026 13:49)', 'Ontwerp omgevingsvisie Assen – versie 2, 12 januari 2026')
    expect(other).not.toBe(seed)
    expect(outline(other)).toBe(reference)
  })

  test('page breaks as form feeds (as pdftotext writes them: after the page number), without the watermark', () => {
    const other = seed
      .split('\n')
      .filter((l) => !/^(?:C|on|ce|pt)$/u.test(l))
      .map((l) => (/^ \S/u.test(l) ? l.slice(1) : l))
      .join('\n')
      .replace(/^(Concept \(van [^\n]*\n\d{1,3} ?)\n/gmu, '$1\n\f')
    expect(withoutLines(outline(other))).toBe(withoutLines(reference))
  })
})
