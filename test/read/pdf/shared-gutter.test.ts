/**
 * A page in one column with short stretches in two (a house style that sets sections side by side under full-width
 * chapter headings): no stretch is long enough to show its gutter alone, so the page's stretches show it together;
 * each is read left column first. A large chapter heading on the left with the right column's first section beside
 * it heads the left column. A two-column table with a header row and a term with its definition in bold and regular type
 * stay what they are.
 */
import { describe, expect, test } from 'vitest'
import { readPdfLines } from '../../../src/read/pdf/index.js'
import { makePdf, type TextRun } from './make-pdf.js'

const WIDE = 'De gemeente werkt samen met inwoners, bedrijven en partners in de regio aan een gezonde leefomgeving.'

const texts = async (runs: readonly TextRun[], size?: { width: number; height: number }): Promise<string[]> =>
  (await readPdfLines(makePdf([{ runs, ...size }]), 't.pdf')).lines.map((l) => l.text)

describe('two-column stretches that share a gutter', () => {
  // Left column at x 62, right column at x 309, the right one's baselines 2 pt above the left one's.
  const stretches: TextRun[] = [
    { text: '2 POLYCENTRISCH ONTWIKKELEN', x: 62, y: 80, size: 17, bold: true },
    { text: 'De stad groeit tot 2050 naar ruim een miljoen inwoners.', x: 62, y: 98 },
    { text: 'Zij groeit in meer centra dan alleen de binnenstad.', x: 62, y: 111 },
    { text: '2.1 Meer centra', x: 62, y: 132, size: 12.5, bold: true },
    { text: '2.2.2 Noord', x: 309, y: 130, size: 10.5, bold: true },
    { text: 'Niet alleen de binnenstad, maar ook de centra', x: 62, y: 150 },
    { text: 'Noord groeit langs het IJ en de Noord/Zuidlijn.', x: 309, y: 148 },
    { text: 'van de stadsdelen groeien uit tot plekken met', x: 62, y: 163 },
    { text: 'De tuindorpen houden hun karakter.', x: 309, y: 161 },
    { text: 'werk, cultuur en voorzieningen.', x: 62, y: 176 },
    { text: '2.2.3 Zuidoost', x: 309, y: 191, size: 10.5, bold: true },
    { text: '2.2 Stadsdelen', x: 62, y: 206, size: 12.5, bold: true },
    { text: 'Rond de Arena en het station Bijlmer ArenA', x: 309, y: 209 },
    { text: 'ontstaat een levendig stedelijk centrum.', x: 309, y: 222 },
    { text: '2.2.1 Nieuw-West', x: 62, y: 232, size: 10.5, bold: true },
    { text: 'Rond Sloterdijk komen woningen en banen bij;', x: 62, y: 249 },
    { text: 'de tuinsteden krijgen betere voorzieningen.', x: 62, y: 262 },
    { text: '3 GROEIEN BINNEN GRENZEN', x: 62, y: 300, size: 17, bold: true },
    { text: 'De stad groeit binnen haar grenzen, zonder het groen', x: 62, y: 318 },
    { text: 'eromheen aan te tasten, en zonder meer uit te stoten.', x: 62, y: 331 },
    { text: '3.1 Circulair en klimaatneutraal', x: 62, y: 352, size: 12.5, bold: true },
    { text: '• warmtenetten en warmte-koudeopslag;', x: 309, y: 350 },
    { text: 'Amsterdam wil in 2050 volledig circulair zijn', x: 62, y: 370 },
    { text: '• ruimte voor het elektriciteitsnet;', x: 309, y: 365 },
    { text: 'en geen CO2 meer uitstoten.', x: 62, y: 383 },
    { text: '• zon op alle geschikte daken.', x: 309, y: 380 },
    { text: '3.2 Energie', x: 62, y: 402, size: 12.5, bold: true },
    { text: 'De stad gaat van het aardgas af. Daarvoor zijn', x: 62, y: 420 },
    { text: 'nodig:', x: 62, y: 433 },
    { text: '3.3 Wonen', x: 62, y: 470, size: 12.5, bold: true },
    { text: WIDE, x: 62, y: 488 },
  ]

  test('sections side by side under chapter headings across the page: each stretch left column first, the right column\'s list after `nodig:`', async () => {
    const t = await texts(stretches)
    expect(t.filter((l) => /^\d(?:\.\d)* /u.test(l))).toEqual([
      '2 POLYCENTRISCH ONTWIKKELEN',
      '2.1 Meer centra',
      '2.2 Stadsdelen',
      '2.2.1 Nieuw-West',
      '2.2.2 Noord',
      '2.2.3 Zuidoost',
      '3 GROEIEN BINNEN GRENZEN',
      '3.1 Circulair en klimaatneutraal',
      '3.2 Energie',
      '3.3 Wonen',
    ])
    expect(t).toContain('werk, cultuur en voorzieningen.')
    expect(t.indexOf('• warmtenetten en warmte-koudeopslag;')).toBe(t.indexOf('nodig:') + 1)
    expect(t.indexOf('• zon op alle geschikte daken.')).toBe(t.indexOf('3.3 Wonen') - 1)
  })

  const LANDSCAPE = { width: 842, height: 595 }
  const landscape: TextRun[] = [
      { text: 'Provincie Drenthe', x: 62, y: 40, size: 8 },
      { text: 'Omgevingsvisie Drenthe 2027', x: 680, y: 40, size: 8 },
      { text: '3.3 Instrumenten', x: 62, y: 70, size: 12, bold: true },
      { text: 'Wij gebruiken de instrumenten van de Omgevingswet: de omgevingsverordening, programma’s en het projectbesluit.', x: 62, y: 100 },
      { text: 'de rijksregels voor bouwwerken.', x: 62, y: 114 },
      { text: '4 RUIMTELIJKE KWALITEIT', x: 62, y: 135, size: 15, bold: true },
      { text: '4.1 Kernkwaliteiten', x: 62, y: 150, size: 12, bold: true },
      { text: '5 SOCIAAL-ECONOMISCHE STRUCTUUR', x: 62, y: 170, size: 15, bold: true },
      { text: '5.3 Wonen', x: 432, y: 167, size: 12, bold: true },
      { text: 'Wij maken met de gemeenten afspraken over het aantal', x: 432, y: 175 },
      { text: 'en de soort woningen, afgestemd op de vraag.', x: 432, y: 189 },
      { text: '5.1 Economie', x: 62, y: 195, size: 12, bold: true },
      { text: 'Wij versterken de economische kracht van Drenthe,', x: 62, y: 213 },
      { text: '5.4 Vrijetijdseconomie', x: 432, y: 224, size: 12, bold: true },
      { text: 'met de nadruk op de maakindustrie en de zorg.', x: 62, y: 227 },
      { text: 'De vrijetijdseconomie is goed voor één op de negen', x: 432, y: 242 },
      { text: 'banen. Wij bieden ruimte voor vernieuwing van parken', x: 432, y: 256 },
      { text: '5.2 Sterke steden', x: 62, y: 261, size: 12, bold: true },
      { text: 'en voor nieuwe concepten die bij het landschap passen.', x: 432, y: 270 },
      { text: 'Assen, Emmen, Hoogeveen en Meppel zijn de motoren', x: 62, y: 279 },
      { text: 'van de provincie. Wij investeren in hun binnensteden.', x: 62, y: 293 },
    ]

  test('a landscape page: a chapter heading in large type on the left with `5.3 Wonen` beside it, set 3 pt higher, heads the left column', async () => {
    const t = await texts(landscape, LANDSCAPE)
    expect(t.filter((l) => /^5(?:\.\d)? /u.test(l))).toEqual(['5 SOCIAAL-ECONOMISCHE STRUCTUUR', '5.1 Economie', '5.2 Sterke steden', '5.3 Wonen', '5.4 Vrijetijdseconomie'])
    expect(t.indexOf('Wij maken met de gemeenten afspraken over het aantal')).toBe(t.indexOf('5.3 Wonen') + 1)
  })
  test('a two-column table with a bold header row below such a stretch stays a table, its rows read across', async () => {
    const table: TextRun[] = [
      { text: 'Prioriteit', x: 62, y: 340, bold: true },
      { text: 'Kern', x: 432, y: 340, bold: true },
      { text: 'Klimaatadaptatie en energie', x: 62, y: 360 },
      { text: 'water en bodem leidend', x: 432, y: 360 },
      { text: 'Economisch groeipotentieel', x: 62, y: 380 },
      { text: 'mainports en greenports', x: 432, y: 380 },
      { text: 'Sterke en gezonde steden', x: 62, y: 400 },
      { text: 'woningbouw en groen in de stad', x: 432, y: 400 },
    ]
    const lines = (await readPdfLines(makePdf([{ runs: [...landscape, ...table], ...LANDSCAPE }]), 't.pdf')).lines
    const t = lines.map((l) => l.text)
    const read = lines.find((l) => l.text.startsWith('Prioriteit'))
    expect(read?.hints?.table).toBeTruthy()
    expect(read?.text).toContain('Prioriteit Kern Klimaatadaptatie en energie water en bodem leidend Economisch groeipotentieel mainports en greenports')
    expect(t.filter((l) => /^5(?:\.\d)? /u.test(l))).toEqual(['5 SOCIAAL-ECONOMISCHE STRUCTUUR', '5.1 Economie', '5.2 Sterke steden', '5.3 Wonen', '5.4 Vrijetijdseconomie'])
  })
})

describe('a bold term with its definition after it on one line', () => {
  test('`Waterlichaam – eenheid van` (the term bold, most of the line\'s letters) is no run-in heading', async () => {
    const runs: TextRun[] = [
      { text: 'Begrippen', x: 62, y: 80, size: 14, bold: true },
      { text: 'In deze visie hebben de volgende woorden de betekenis die hieronder staat.', x: 62, y: 110, size: 11 },
      { text: 'Waterlichaam', x: 62, y: 135, size: 11, bold: true },
      // Helvetica-Bold `Waterlichaam` is 6.502 em wide: the definition follows a space's width after it.
      { text: '– eenheid van', x: 62 + 6.502 * 11 + 3, y: 135, size: 11 },
      { text: 'oppervlaktewater volgens de Kaderrichtlijn Water.', x: 62, y: 150, size: 11 },
      { text: 'Het waterschap beschermt de waterlichamen in zijn gebied tegen verontreiniging.', x: 62, y: 175, size: 11 },
    ]
    const read = await readPdfLines(makePdf([{ runs }]), 'b.pdf')
    const line = read.lines.find((l) => l.text.startsWith('Waterlichaam'))
    expect(line?.text).toBe('Waterlichaam – eenheid van')
    expect(line?.hints?.heading).toBeUndefined()
  })
})

describe('two sections side by side over a stretch of three rows', () => {
  test('`II.1 Hoog` | `II.2 Laag` in large type on a landscape page between text across it: each section with its own text', async () => {
    const runs: TextRun[] = [
      { text: 'Ons beheergebied loopt van het Drents Plateau tot de Kop van Overijssel en de IJsseldelta. Hoog en laag liggen hier dicht bij elkaar.', x: 57, y: 114, size: 11 },
      { text: 'II.1 Hoog: het Drents Plateau', x: 57, y: 154, size: 15, bold: true },
      { text: 'II.2 Laag: de delta', x: 432, y: 154, size: 15, bold: true },
      { text: 'Op de zandgronden zakt regenwater snel weg. Droogte is hier de', x: 57, y: 173, size: 11 },
      { text: 'In de Kop van Overijssel en rond Zwolle en Kampen liggen veenweiden,', x: 432, y: 173, size: 11 },
      { text: 'grootste opgave.', x: 57, y: 188, size: 11 },
      { text: 'polders en de grote meren. Hier gaat het om waterveiligheid en', x: 432, y: 188, size: 11 },
      { text: 'bodemdaling.', x: 432, y: 203, size: 11 },
      { text: 'III. Opgaven', x: 57, y: 259, size: 22, bold: true },
      { text: 'Wij versterken de dijken langs de IJssel, het Zwarte Water en het Zwarte Meer volgens het programma.', x: 57, y: 316, size: 11 },
    ]
    const t = await texts(runs, { width: 842, height: 595 })
    expect(t.slice(t.indexOf('II.1 Hoog: het Drents Plateau'), t.indexOf('III. Opgaven'))).toEqual([
      'II.1 Hoog: het Drents Plateau',
      'Op de zandgronden zakt regenwater snel weg. Droogte is hier de',
      'grootste opgave.',
      'II.2 Laag: de delta',
      'In de Kop van Overijssel en rond Zwolle en Kampen liggen veenweiden,',
      'polders en de grote meren. Hier gaat het om waterveiligheid en',
      'bodemdaling.',
    ])
  })
})
