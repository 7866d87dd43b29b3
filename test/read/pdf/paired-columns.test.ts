/**
 * A short stretch in two columns under two section headings side by side (`2.1 …` on the left, `2.3 …` from the
 * middle): too few lines to show a gutter by themselves, read in columns because the headings stand apart; the left
 * column's next section below (`2.2`, numbered between the two) stays in the left column.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../../src/read/index.js'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { headings } from '../../corpus/score.js'
import { repoRoot } from '../../support/shared.js'
import { makePdf, type TextRun } from './make-pdf.js'

const WIDE = 'De gemeente werkt samen met inwoners, bedrijven en partners in de regio aan een gezonde en veilige leefomgeving.'

describe('two section headings side by side', () => {
  test('`2.1 Klimaat` beside `2.3 Bodem`, a few lines under each and `2.2 Wonen` below on the left: 2.1, 2.2, 2.3 in order', async () => {
    const runs: TextRun[] = [
      { text: WIDE, x: 60, y: 80 },
      { text: '2.1 Klimaat', x: 60, y: 120, size: 12, bold: true },
      { text: '2.3 Bodem', x: 310, y: 120, size: 12, bold: true },
      { text: 'Zomers worden droger en heter en de buien', x: 60, y: 138 },
      { text: 'De bodem in de polder daalt ieder jaar', x: 310, y: 138 },
      { text: 'worden heviger in de hele gemeente.', x: 60, y: 152 },
      { text: 'enkele millimeters door de ontwatering.', x: 310, y: 152 },
      { text: '2.2 Wonen', x: 60, y: 190, size: 12, bold: true },
      { text: 'Het dorp groeit met vierhonderd woningen in de', x: 60, y: 208 },
      { text: 'kern en langs het lint van het dorp.', x: 60, y: 222 },
      { text: WIDE, x: 60, y: 260 },
    ]
    const read = await readPdfLines(makePdf([{ runs }]), 'k.pdf')
    const texts = read.lines.map((l) => l.text)
    expect(texts.filter((t) => /^2\.\d/u.test(t))).toEqual(['2.1 Klimaat', '2.2 Wonen', '2.3 Bodem'])
    expect(texts).toContain('worden heviger in de hele gemeente.')
    expect(texts.indexOf('enkele millimeters door de ontwatering.')).toBeGreaterThan(texts.indexOf('kern en langs het lint van het dorp.'))
  })

  test('h34, h42, h44 and h45: their sections side by side are read with their own titles', async () => {
    const titles = async (id: string): Promise<string[]> => {
      const { document } = await readDocument(readFileSync(join(repoRoot, 'test', 'corpus', id, 'document.pdf')), { file: 'document.pdf' })
      return headings(document).map((k) => `${k.nummer} ${k.opschrift}`)
    }
    expect(await titles('h34')).toEqual(expect.arrayContaining(['5.5 Mobiliteit', '5.6 Energie', '5.7 Bodem en ondergrond']))
    expect(await titles('h42')).toEqual(expect.arrayContaining(['II.1 Hoog: het Drents Plateau', 'II.2 Laag: de delta']))
    expect(await titles('h44')).toEqual(expect.arrayContaining(['1.1 Waarom één visie', '1.2 Hoe de visie tot stand kwam']))
    expect(await titles('h45')).toEqual(expect.arrayContaining(['3.1 Werklocaties', '3.2 Bereikbaarheid', '3.3 Uitvoering']))
  })
  test('`2.2 Bodem` from the middle beside the left column\'s text under `2.1 Klimaat`: the left column first, then 2.2 with its text', async () => {
    const runs: TextRun[] = [
      { text: WIDE, x: 60, y: 80 },
      { text: '2.1 Klimaat', x: 60, y: 120, size: 12, bold: true },
      { text: 'Zomers worden droger en heter en de buien', x: 60, y: 138 },
      { text: '2.2 Bodem', x: 310, y: 138, size: 12, bold: true },
      { text: 'worden heviger in de hele gemeente, ook', x: 60, y: 152 },
      { text: 'De bodem in de polder daalt ieder jaar', x: 310, y: 152 },
      { text: 'in het buitengebied van het dorp.', x: 60, y: 166 },
      { text: 'enkele millimeters door de ontwatering.', x: 310, y: 166 },
      { text: 'Wij houden het water langer vast.', x: 310, y: 180 },
      { text: WIDE, x: 60, y: 220 },
    ]
    const texts = (await readPdfLines(makePdf([{ runs }]), 'b.pdf')).lines.map((l) => l.text)
    expect(texts.filter((t) => /^2\.\d/u.test(t))).toEqual(['2.1 Klimaat', '2.2 Bodem'])
    expect(texts.indexOf('2.2 Bodem')).toBeGreaterThan(texts.indexOf('in het buitengebied van het dorp.'))
  })
  test('section headings in large type, the right one set higher than the left (`4.2 Bijsturen` over `4.1 Samen met partners`): two columns under them, 4.1 first', async () => {
    const runs: TextRun[] = [
      { text: WIDE, x: 60, y: 80, size: 9.5 },
      { text: '4.2 Bijsturen', x: 310, y: 120, size: 12.5, bold: true },
      { text: '4.1 Samen met partners', x: 60, y: 129, size: 12.5, bold: true },
      { text: 'Elke vier jaar bespreekt de raad hoe de', x: 310, y: 137, size: 9.5 },
      { text: 'Wij voeren de visie uit met inwoners, de', x: 60, y: 145, size: 9.5 },
      { text: 'leefomgeving zich ontwikkelt en of de visie', x: 310, y: 150, size: 9.5 },
      { text: 'provincie, het waterschap en de gemeenten', x: 60, y: 159, size: 9.5 },
      { text: 'moet worden aangepast.', x: 310, y: 163, size: 9.5 },
      { text: 'op de Bevelanden.', x: 60, y: 172, size: 9.5 },
      { text: WIDE, x: 60, y: 220, size: 9.5 },
    ]
    const texts = (await readPdfLines(makePdf([{ runs }]), 'g.pdf')).lines.map((l) => l.text)
    expect(texts.filter((t) => /^4\.\d/u.test(t))).toEqual(['4.1 Samen met partners', '4.2 Bijsturen'])
    expect(texts.indexOf('4.2 Bijsturen')).toBeGreaterThan(texts.indexOf('op de Bevelanden.'))
  })
  test('a right column headed by `3.3` in large type beside the left column\'s `3.1` and `3.2`: 3.1, 3.2, then the right column', async () => {
    const runs: TextRun[] = [
      { text: WIDE, x: 60, y: 80, size: 9 },
      { text: 'betere verbinding met de stad en de regio.', x: 310, y: 106, size: 9 },
      { text: '3.1 Werklocaties', x: 60, y: 116, size: 11.5, bold: true },
      { text: '3.3 Uitvoering', x: 310, y: 129.5, size: 11.5, bold: true },
      { text: 'Wij ontwikkelen werkgebieden bij de stations', x: 60, y: 132.5, size: 9 },
      { text: 'Het omgevingsplan en de programma’s werken', x: 310, y: 146, size: 9 },
      { text: 'en langs de snelweg, met ruimte voor logistiek.', x: 60, y: 146, size: 9 },
      { text: 'deze visie uit. Elke twee jaar rapporteren', x: 310, y: 159.5, size: 9 },
      { text: 'wij aan de raad.', x: 310, y: 173, size: 9 },
      { text: '3.2 Bereikbaarheid', x: 60, y: 182.7, size: 11.5, bold: true },
      { text: 'De busbanen blijven de ruggengraat van het', x: 60, y: 199.2, size: 9 },
      { text: 'openbaar vervoer. Wij werken met het Rijk aan een', x: 60, y: 212.7, size: 9 },
      { text: WIDE, x: 60, y: 260, size: 9 },
    ]
    const texts = (await readPdfLines(makePdf([{ runs }]), 'a.pdf')).lines.map((l) => l.text)
    expect(texts.filter((t) => /^3\.\d/u.test(t))).toEqual(['3.1 Werklocaties', '3.2 Bereikbaarheid', '3.3 Uitvoering'])
    expect(texts.indexOf('betere verbinding met de stad en de regio.')).toBe(texts.indexOf('openbaar vervoer. Wij werken met het Rijk aan een') + 1)
  })
})
