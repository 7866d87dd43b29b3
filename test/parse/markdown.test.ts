import { describe, expect, test } from 'vitest'
import { readText, writeMarkdown } from '../../src/parse/index.js'
import { seed, seedPath, withoutPositions } from './support.js'

const read = readText(seed, { file: seedPath })
const md = writeMarkdown(read.document)

describe('Markdown round trip', () => {
  test('the Markdown of the seed reads back to the same model (positions then point into the Markdown)', () => {
    const back = readText(md, { file: 'omgevingsvisie.md' })
    expect(withoutPositions(back.document)).toEqual(withoutPositions(read.document))
    expect(back.document.file).toBe('omgevingsvisie.md')
    // The Markdown has no page furniture left to report (VISIE-110): the other findings are the same.
    expect(back.findings.map((f) => f.code)).toEqual(read.findings.filter((f) => f.code !== 'VISIE-110').map((f) => f.code))
    expect(writeMarkdown(back.document)).toBe(md)
  })

  test('positions of the re-read model are lines of the Markdown file', () => {
    const back = readText(md, { file: 'omgevingsvisie.md' })
    const lines = md.split('\n')
    const first = back.document.besluit.wijzigBijlage.regeling.lichaam[0]
    const line = first?.position?.start.line ?? 0
    expect(lines[line - 1]).toBe('### 1 Inleiding')
    const io = back.document.informatieobjecten[0]
    expect(lines[(io?.position?.start.line ?? 0) - 1]).toContain('**bedrijventerreinen**')
  })

  test('the Markdown is readable and escapes what the reader would otherwise interpret', () => {
    expect(md.startsWith('# Omgevingsvisie gemeente Assen\n\n## Aanhef\n')).toBe(true)
    expect(md).toContain('\n# Bijlage A Bijlage bij artikel I\n\n## Omgevingsvisie gemeente Assen\n\n### 1 Inleiding\n\n#### 1.1 Inleiding\n')
    expect(md).toContain('\n**Assen in een veranderende wereld**\n')
    expect(md).toContain('\n![Ruimtelijke schets: Groene stad van het Noorden]()\n')
    expect(md).toContain('\n- **Natura 2000 gebied**: `/join/id/regdata/gm0106/2025/22029825387249dcaa39bd679666af57/nld@2026-01-05;12452657`\n')
    expect(md).toContain('\n**11: Assen aan de Aa**\n')
    expect(md).toContain('[Bijlage A](#bijlage:A)')
  })

  test('a person can correct the text: a changed heading and a split paragraph are read as written', () => {
    const edited = md
      .replace('**Hittestress**', '**Hitte en stress**')
      .replace(
        'Het veranderende winkellandschap is het gevolg van onder andere de opkomst van online winkelen. Mensen',
        'Het veranderende winkellandschap is het gevolg van onder andere de opkomst van online winkelen.\n\nMensen',
      )
    const back = readText(edited, { file: 'x.md' }).document
    const json = JSON.stringify(back)
    expect(json).toContain('"opschrift":"Hitte en stress"')
    expect(json).not.toContain('"opschrift":"Hittestress"')
    expect(edited).not.toBe(md)
  })

  test('an unknown besluit section is reported, not silently dropped', () => {
    const r = readText(md.replace('## Considerans', '## Overwegingen'), { file: 'x.md' })
    const f = r.findings.find((x) => x.code === 'VISIE-109')
    expect(f).toMatchObject({ severity: 'waarschuwing', source: { file: 'x.md', line: 9 }, data: { tekst: '## Overwegingen' } })
  })

  test('text that looks like Markdown survives the round trip', () => {
    const tricky = md.replace('De wereld verandert in hoog tempo.', '# De [wereld] *verandert* in `hoog` tempo \\ - echt.')
    const doc = readText(tricky, { file: 'x.md' }).document
    const again = readText(writeMarkdown(doc), { file: 'y.md' }).document
    expect(withoutPositions(again)).toEqual(withoutPositions(doc))
  })
})
