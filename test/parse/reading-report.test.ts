/**
 * The reader says what it left out and what it doubted (product.md §5): the table of contents (VISIE-111), a GIO
 * bijlage whose table did not come along (VISIE-113, blocking), a line in a heading's form whose number does not
 * fit the outline (VISIE-114), the letterhead above the besluit's opschrift (VISIE-115), on corpus documents read as
 * users extract them.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { readText } from '../../src/parse/index.js'

const corpus = (id: string, file: string): string => readFileSync(fileURLToPath(new URL(`../corpus/${id}/${file}`, import.meta.url)), 'utf8')

describe('what the reader reports of its reading', () => {
  test('the table of contents of c16 is left out once, with its size and last line (VISIE-111)', () => {
    const text = corpus('c16', 'raw.txt')
    const { findings } = readText(text, { file: 'raw.txt' })
    const toc = findings.filter((f) => f.code === 'VISIE-111')
    expect(toc.map((f) => [f.severity, f.source?.line, f.data.aantal, f.data.tot])).toEqual([['informatie', 25, 16, 40]])
    expect(text.split('\n')[24]?.replace(/\f/gu, '')).toBe('Inhoudsopgave')
  })

  test('a Bijlage of informatieobjecten without a single identifier is blocking (VISIE-113), at its heading', () => {
    const lines = corpus('c01', 'raw.txt').split('\n')
    const without = lines.filter((l) => !/\/join\/id\/|^\d\d-\d\d;\d$/u.test(l))
    const { findings, document } = readText(without.join('\n'), { file: 'raw.txt' })
    const heading = without.findIndex((l) => l.startsWith('Bijlage 1 Geometrische informatieobjecten')) + 1
    expect(findings.filter((f) => f.code === 'VISIE-113').map((f) => [f.severity, f.source?.line])).toEqual([['blokkerend', heading]])
    expect(document.informatieobjecten).toEqual([])
  })

  test('a line in a heading form whose number does not fit is read as text and listed (VISIE-114)', () => {
    const lines = corpus('c01', 'raw.txt').split('\n')
    const at = lines.findIndex((l) => l.startsWith('2.2 '))
    const stray = [...lines.slice(0, at), '7.4 Een verdwaalde kop', ...lines.slice(at)]
    const { findings } = readText(stray.join('\n'), { file: 'raw.txt' })
    const listed = findings.filter((f) => f.code === 'VISIE-114')
    expect(listed.map((f) => [f.severity, f.source?.line, f.data.nummer])).toEqual([['informatie', at + 1, '7.4']])
    expect(listed[0]?.message).toContain('"7.4 Een verdwaalde kop"')
  })

  test('the letterhead above the besluit is left out and listed (VISIE-115); the opschrift is the line that adopts the visie', () => {
    const text = corpus('c05', 'raw.txt')
    const { findings, document } = readText(text, { file: 'raw.txt' })
    expect(text.split('\n').slice(0, 2)).toEqual(['GEMEENTE EDE', 'RAADSBESLUIT'])
    expect(findings.filter((f) => f.code === 'VISIE-115').map((f) => [f.severity, f.source?.line, f.data.aantal])).toEqual([['informatie', 1, 2]])
    expect(document.besluit.opschrift).toBe('Besluit van de raad van de gemeente Ede tot vaststelling van de Omgevingsvisie Ede 2040')
  })
})
