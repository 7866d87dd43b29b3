import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import type { Divisie, Structuur } from '../../src/model/index.js'
import { fillFigureSlots, readText } from '../../src/parse/index.js'
import { fixture } from '../support/shared.js'

function find(nodes: readonly Structuur[], nummer: string): Divisie | undefined {
  for (const n of nodes) {
    if (n.type !== 'divisie') continue
    if (n.kop.nummer === nummer) return n
    const inner = find(n.children, nummer)
    if (inner) return inner
  }
  return undefined
}

describe('fillFigureSlots', () => {
  test('the empty §5.2 of the seed gets a Figuur only when visie.json maps "5.2 <opschrift>" to an image', async () => {
    const { document, findings } = readText(await readFile(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' })
    const empty = find(document.besluit.wijzigBijlage.regeling.lichaam, '5.2')
    expect(empty?.children).toEqual([])
    expect(findings.find((f) => f.code === 'VISIE-104')?.source?.line).toBe(2122)

    const unchanged = fillFigureSlots(document, { 'Visiekaart omgevingsvisie Assen met straatnamen': 'afbeeldingen/x.png' }).document
    expect(find(unchanged.besluit.wijzigBijlage.regeling.lichaam, '5.2')?.children).toEqual([])

    const key = '5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'
    const filled = find(fillFigureSlots(document, { [key]: 'afbeeldingen/tabel.png' }).document.besluit.wijzigBijlage.regeling.lichaam, '5.2')
    expect(filled?.children).toHaveLength(1)
    const tekst = filled?.children[0]
    expect(tekst?.type).toBe('divisietekst')
    expect(tekst?.type === 'divisietekst' ? tekst.children : []).toEqual([{ type: 'figuur', titel: key, position: empty?.kop.position }])
    // Every other Divisie is left as it was.
    expect(find(fillFigureSlots(document, { [key]: 'x' }).document.besluit.wijzigBijlage.regeling.lichaam, '5.1')).toEqual(find(document.besluit.wijzigBijlage.regeling.lichaam, '5.1'))
  })
})
