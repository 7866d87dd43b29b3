/**
 * The reader on `pdftotext` without `-raw` or `-layout` (`plain.txt`, kept for a few corpus documents): the extraction
 * a user gets by default, which writes a printed line in pieces between blank lines (a heading number apart from its
 * title, a bullet apart from its text, table cells one below the other) and drops the hyphen at a line end, also in
 * the date of an identifier. The reader joins the pieces, repairs such a date with a warning (VISIE-116) and says
 * that the text was extracted in blocks (VISIE-117).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readSourceBytes } from '../../src/parse/read-source.js'
import { corpusDocuments, scoreDocument } from './score.js'

const documents = new Map(corpusDocuments('all').map((d) => [d.id, d]))
const doc = (id: string) => documents.get(id) as NonNullable<ReturnType<typeof documents.get>>
const findings = (id: string, file: string) => readSourceBytes(readFileSync(join(doc(id).dir, file)), { file }).findings

describe('pdftotext without -raw/-layout', () => {
  test('c01: each heading number stands in a block of its own above its title; every heading but one is read', () => {
    const s = scoreDocument('c01', doc('c01').dir, doc('c01').truth, 'plain')
    expect(s.koppen.goed).toBeGreaterThanOrEqual(26)
    expect(s.gios.goed).toBe(s.gios.totaal)
    expect(s.meubilair).toEqual([])
  })

  test('c14: a block of heading numbers beside a block of as many titles (`2` `2.1` | `Kernkwaliteiten` `Grensland …`) pairs them', () => {
    const s = scoreDocument('c14', doc('c14').dir, doc('c14').truth, 'plain')
    expect(s.koppen.gemist).not.toContain('2 Kernkwaliteiten (niveau 1)')
    expect(s.koppen.gemist).not.toContain('2.1 Grensland met beken en bossen (niveau 2)')
    expect(s.koppen.goed).toBeGreaterThanOrEqual(16)
  })

  test('c03: identifiers whose date lost its hyphen at a line end (`nld@2025-0602;1`) are read with the date as printed, each with VISIE-116', () => {
    const s = scoreDocument('c03', doc('c03').dir, doc('c03').truth, 'plain')
    expect(s.koppen.goed).toBe(s.koppen.totaal)
    expect(s.gios).toMatchObject({ goed: 5, totaal: 5 })
    const repaired = findings('c03', 'plain.txt').filter((f) => f.code === 'VISIE-116')
    expect(repaired).toHaveLength(5)
    expect(repaired[0]?.message).toContain('nld@2025-0602;1')
  })

  test('h05: a GIO table written cell by cell with both cells wrapped (naam, identifier, rest of the naam, rest of the identifier)', () => {
    const s = scoreDocument('h05', doc('h05').dir, doc('h05').truth, 'plain')
    expect(s.gios).toMatchObject({ goed: 4, totaal: 4 })
    expect(s.koppen.goed).toBe(s.koppen.totaal)
  })

  test('h35 (A5): chapter and section numbers apart from their titles', () => {
    const s = scoreDocument('h35', doc('h35').dir, doc('h35').truth, 'plain')
    expect(s.koppen.goed).toBeGreaterThanOrEqual(13)
    expect(s.gios.goed).toBe(s.gios.totaal)
  })

  test('VISIE-117 for a text extracted in blocks, not for the -raw or -layout text of the same PDF', () => {
    for (const id of ['c01', 'c14', 'h05', 'h35']) {
      expect(findings(id, 'plain.txt').some((f) => f.code === 'VISIE-117'), id).toBe(true)
      for (const file of ['raw.txt', 'layout.txt']) expect(findings(id, file).some((f) => f.code === 'VISIE-117' || f.code === 'VISIE-116'), `${id}/${file}`).toBe(false)
    }
    // c03's extraction has its headings whole (only its identifiers lost hyphens): no pieces, no VISIE-117.
    expect(findings('c03', 'plain.txt').some((f) => f.code === 'VISIE-117')).toBe(false)
    // -layout text with chapter numbers in a box above their titles has such pieces too, but it is laid out.
    for (const id of ['h18', 'h46']) expect(findings(id, 'layout.txt').some((f) => f.code === 'VISIE-117'), id).toBe(false)
  })
})

describe('a GIO bijlage found by its heading is not found again by its table', () => {
  test('c03 (plain): `Bijlage 2. Geometrische informatieobjecten` holds the table; its header `Naam` is no bijlage of its own', () => {
    const { document, findings } = readSourceBytes(readFileSync(join(doc('c03').dir, 'plain.txt')), { file: 'plain.txt' })
    expect(document.besluit.wijzigBijlage?.regeling.bijlagen.map((b) => b.kop.opschrift)).toEqual(['Begrippenlijst', 'Geometrische informatieobjecten'])
    expect(findings.filter((f) => f.code === 'VISIE-113')).toEqual([])
  })
})
