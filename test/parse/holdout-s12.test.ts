/**
 * Mechanisms the holdout documents of session 12 (h101–h112) showed, each on a small document written for it: a
 * chapter word of the document's own on a line at the top of each chapter's page (`Ambitie 1` above its title), a
 * first section numbered 0 (`1 Inleiding` / `1.0 Inleiding`), titles over two lines (after `tussen`, in capitals, a
 * wrap the contents spells whole), a footer that names the chapter beside the page number, a bilingual contents
 * title, a GIO table with a column whose header stands above, a heading right below the GIO table, a GIO table given
 * cell by cell (plain `pdftotext`), and a besluit headed only `Raadsbesluit` after a raadsvoorstel.
 */
import { describe, expect, test } from 'vitest'
import type { Divisie, Structuur } from '../../src/model/index.js'
import { readText } from '../../src/parse/index.js'

const BESLUIT = [
  'Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp 2040',
  'De raad van de gemeente Testdorp;',
  'gelet op artikel 3.1 van de Omgevingswet;',
  'besluit:',
  'Artikel 1',
  'De Omgevingsvisie Testdorp 2040, zoals opgenomen in bijlage A, vast te stellen.',
  'Artikel 2',
  'Dit besluit treedt in werking op 1 juli 2026.',
  'Aldus vastgesteld in de openbare vergadering van 1 juni 2026.',
  'Bijlage A',
]

const PROSE = 'Het dorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'
const id = (name: string): string => `/join/id/regdata/gm9999/2026/${name}/nld@2026-06-01;1`

function read(pages: readonly string[], besluit: readonly string[] = BESLUIT) {
  return readText(`${besluit.join('\n')}\n\f${pages.join('\n\f')}\n`, { file: 'test.txt' })
}

function outline(nodes: readonly Structuur[], depth = 1): string[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...outline((n as Divisie).children, depth + 1)] : []))
}

const gioBijlage = ['Bijlage I Werkingsgebieden', 'Naam Identificatie', `Dorpskern ${id('dorpskern')}`, `Polder ${id('polder')}`].join('\n')

describe('what the holdout of session 12 showed', () => {
  test('`Ambitie 1` … on a line of its own at the top of each chapter page is the chapter label, not a running header', () => {
    const chapter = (n: number, title: string) => [`Ambitie ${n}`, title, PROSE, `${n}.1 Eerste opgave`, PROSE, `${n}.2 Tweede opgave`, PROSE, `Omgevingsvisie Testdorp · ${n + 2}`].join('\n')
    const titles = ['Een compacte kern', 'Een werkend dorp', 'Een groen dorp', 'Een bereikbaar dorp']
    const { document, findings } = read([['Omgevingsvisie Testdorp 2040', PROSE, 'Omgevingsvisie Testdorp · 2'].join('\n'), ...titles.map((t, k) => chapter(k + 1, t)), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam).filter((h) => h.startsWith('1 '))).toEqual(titles.map((t, k) => `1 ${k + 1} ${t}`))
    expect(findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
    expect(JSON.stringify(findings)).not.toContain('Ambitie 1')
  })

  test('`1.0 Inleiding` right under chapter 1 is its first section; where chapters are numbered `1.0`, `2.0` they stay chapters', () => {
    const under = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', '1.0 Inleiding', PROSE, '1.1 Waarom een visie', PROSE, '2 Koers', PROSE, '2.1 Wonen', PROSE].join('\n'), gioBijlage])
    expect(outline(under.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.0 Inleiding', '2 1.1 Waarom een visie', '1 2 Koers', '2 2.1 Wonen'])
    expect(under.findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
    const chapters = read([['Omgevingsvisie Testdorp 2040', '1.0 Inleiding', PROSE, '1.1 Waarom een visie', PROSE, '2.0 Koers', PROSE, '2.1 Wonen', PROSE].join('\n'), gioBijlage])
    expect(outline(chapters.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1.0 Inleiding', '2 1.1 Waarom een visie', '1 2.0 Koers', '2 2.1 Wonen'])
  })

  test('titles over two lines: after `tussen`, in capitals, and a wrap the contents spells whole', () => {
    const visie = [
      'Omgevingsvisie Testdorp 2040',
      '1. EEN LEEFBARE EN TOEKOMSTBESTENDIGE',
      'OMGEVING',
      PROSE,
      '2. BELEVEN EN BENUTTEN VAN NATUUR',
      '& LANDSCHAP',
      PROSE,
      '3. Een groene gemeente tussen',
      'Maas en stuwwal',
      PROSE,
    ]
    const { document } = read([visie.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([
      '1 1 EEN LEEFBARE EN TOEKOMSTBESTENDIGE OMGEVING',
      '1 2 BELEVEN EN BENUTTEN VAN NATUUR & LANDSCHAP',
      '1 3 Een groene gemeente tussen Maas en stuwwal',
    ])
    // `klimaatbestendig` | `Fryslân`: nothing in the lines says the title goes on; the contents does.
    const contents = ['Ynhâld · Inhoud', '1 Inleiding........ 2', '2 Landbouw en natuur in een klimaatbestendig Fryslân........ 2', '2.1 Veenweide........ 3', '3 Uitvoering........ 3']
    const body = ['1 Inleiding', PROSE, '2 Landbouw en natuur in een klimaatbestendig', 'Fryslân', PROSE, '2.1 Veenweide', PROSE, '3 Uitvoering', PROSE]
    const wrapped = read([['Omgevingsvisie Fryslân', ...contents].join('\n'), body.join('\n'), gioBijlage])
    expect(outline(wrapped.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '1 2 Landbouw en natuur in een klimaatbestendig Fryslân', '2 2.1 Veenweide', '1 3 Uitvoering'])
    // The contents' bilingual title goes with it.
    expect(JSON.stringify(wrapped.document)).not.toContain('Ynhâld')
  })

  test('a footer that names the chapter beside the page number is furniture, also on the page where the chapter starts', () => {
    // The visie's pages count from 1 after the besluit's page: no footer number is its page's place in the text.
    const page = (n: number, lines: readonly string[], footer: string) => [...lines, `${footer} ${n}`].join('\n')
    const pages = [
      page(1, ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Brede welvaart in elke kern', 'Bij elke keuze wegen we mee:', '– water en bodem zijn sturend;'], 'Brede welvaart in elke kern'),
      page(2, ['– het landschap is de basis.', '3 Uitvoering', PROSE], 'Uitvoering'),
      page(3, [PROSE, '3.1 Programma’s', PROSE], 'Uitvoering'),
      gioBijlage,
    ]
    const { document } = read(pages)
    const text = JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(text).toContain('water en bodem zijn sturend;')
    expect(text).not.toMatch(/elke kern \d|Uitvoering \d/u)
  })

  test('a GIO table whose third column has its header above the others, and a heading right below the table after a blank line', () => {
    const bijlage = [
      'Bijlage I Werkingsgebieden',
      'Werkingsgebied',
      `${''.padEnd(100)}Ambitie`,
      `${'Naam'.padEnd(30)}Identificatie`,
      '',
      `${'Dorpskern'.padEnd(30)}${id('dorpskern').padEnd(70)}alle`,
      '',
      `${'Polder Noord en'.padEnd(30)}${id('polder-noord').padEnd(70)}2`,
      'Zuid',
      '',
      'Colofon',
      '',
      'Uitgave: gemeente Testdorp, afdeling Ruimte.',
    ]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), bijlage.join('\n')])
    expect(document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([
      ['Dorpskern', id('dorpskern')],
      ['Polder Noord en Zuid', id('polder-noord')],
    ])
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.bijlagen)).toContain('Colofon')
  })

  test('a GIO table given cell by cell with blank lines between (pdftotext without -raw/-layout): header, naam, toelichting apart', () => {
    const cells = ['Naam', 'Identificatie', 'Toelichting', 'Provincie', id('provincie'), 'hele provincie', 'Veenweidegebied', id('veenweide'), 'hoofdstuk 4', 'Zoekgebieden wind', id('wind'), 'hoofdstuk 6']
    const bijlage = ['Bijlage I Werkingsgebieden', '', ...cells.flatMap((c) => [c, ''])]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), bijlage.join('\n')])
    expect(document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([
      ['Provincie', id('provincie')],
      ['Veenweidegebied', id('veenweide')],
      ['Zoekgebieden wind', id('wind')],
    ])
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.bijlagen)).toContain('hele provincie')
  })

  test('a besluit headed only `Raadsbesluit` after a raadsvoorstel: its opschrift is made of the maker and the visie (VISIE-118)', () => {
    const besluit = [
      'Raadsvoorstel',
      'Onderwerp: vaststellen Omgevingsvisie Testdorp 2040',
      'Het college van burgemeester en wethouders stelt de raad voor:',
      '1. de Omgevingsvisie Testdorp 2040 vast te stellen.',
      'Burgemeester en wethouders van Testdorp,',
      'de secretaris,',
      'de burgemeester,',
      'Raadsbesluit',
      'De raad van de gemeente Testdorp;',
      'gelezen het voorstel van burgemeester en wethouders;',
      'besluit:',
      'I. de Omgevingsvisie Testdorp 2040, opgenomen in bijlage A, vast te stellen;',
      'II. te bepalen dat dit besluit in werking treedt op 1 juli 2026.',
      'Aldus besloten in de openbare raadsvergadering van 1 juni 2026.',
      'Bijlage A',
    ]
    const { document, findings } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), gioBijlage], besluit)
    expect(document.besluit.opschrift).toBe('Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp 2040')
    expect(findings.find((f) => f.code === 'VISIE-118')).toMatchObject({ severity: 'informatie', source: { line: 8 } })
    expect(findings.find((f) => f.code === 'VISIE-115')?.message).toContain('Raadsvoorstel')
  })

  test('chapter numbers after the title in brackets, `Ambities (2)`, with their sections below', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', 'Toekomstbeeld (1)', PROSE, '1.1 Eigenheid', PROSE, 'Ambities (2)', PROSE, '2.1 Landschap', PROSE, '2.1.1 Wierden', PROSE]
    const { document } = read([visie.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Toekomstbeeld', '2 1.1 Eigenheid', '1 2 Ambities', '2 2.1 Landschap', '3 2.1.1 Wierden'])
  })

  test('lettered chapters with the letter glued to their sections (`A1`, `B1.1`), and a Kaart column before the naam', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', 'A Het fundament', PROSE, 'A1 Testdorp in vogelvlucht', PROSE, 'A2 Trends', PROSE, 'A3 Opgaven', PROSE, 'B Vitaal buitengebied', PROSE, 'B1 Landschap', PROSE, 'B1.1 De polder', PROSE, 'B2 Landbouw', PROSE, 'C Uitvoering', PROSE, 'C1 Programma’s', PROSE]
    const bijlage = ['Bijlage I Werkingsgebieden', 'Kaart Naam Identificatie', `Kaart 1 Dorpskern ${id('dorpskern')}`, `Kaart 2 Polder Noord ${id('polder')}`]
    const { document } = read([visie.join('\n'), bijlage.join('\n')])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([
      '1 A Het fundament', '2 A1 Testdorp in vogelvlucht', '2 A2 Trends', '2 A3 Opgaven',
      '1 B Vitaal buitengebied', '2 B1 Landschap', '3 B1.1 De polder', '2 B2 Landbouw',
      '1 C Uitvoering', '2 C1 Programma’s',
    ])
    expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder Noord'])
    // Without lettered chapters a road (`A1`) starts no section.
    const road = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, 'A1 Richting Amersfoort', PROSE, '1.1 Wegen', PROSE].join('\n'), gioBijlage])
    expect(outline(road.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Wegen'])
  })

  test('paragraphs numbered as sections (`2.1.1 Testdorp is … .`) stay text; a title over two lines stays a heading', () => {
    const visie = [
      'Omgevingsvisie Testdorp 2040',
      '1 Koers',
      PROSE,
      '1.1 Groen en open',
      '1.1.1 Testdorp is een Groene Hart-gemeente. Het open veenweidelandschap rond de',
      'kernen is de grootste kwaliteit van de gemeente en blijft open.',
      '1.1.2 Het groen in de kernen, met de singels en de speelplekken, draagt bij aan',
      'de gezondheid van inwoners en aan de biodiversiteit.',
      '1.2 Sportpark De Polder: sporten en bewegen in de buitenruimte van het',
      'gebied rond de haven',
      PROSE,
    ]
    const { document } = read([visie.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Koers', '2 1.1 Groen en open', '2 1.2 Sportpark De Polder: sporten en bewegen in de buitenruimte van het gebied rond de haven'])
    expect(JSON.stringify(document)).toContain('1.1.1 Testdorp is een Groene Hart-gemeente.')
  })

  test('a running header of a fixed start and the chapter title on each page is furniture; the part heading it names stays', () => {
    const page = (header: string, lines: readonly string[], n: number) => [header, ...lines, String(n)].join('\n')
    const pages = [
      page('Testdorp Het goud van ons dorp', ['Omgevingsvisie Testdorp 2040', '1 Het goud van ons dorp', PROSE], 1),
      page('Testdorp Het goud van ons dorp', [PROSE, '1.1 De haven', PROSE], 2),
      page('Testdorp Landschap en water', ['2 Landschap en water', PROSE, '2.1 De dijk', PROSE], 3),
      page('Testdorp Landschap en water', [PROSE, '2.2 De polder', PROSE], 4),
      gioBijlage,
    ]
    const { document } = read(pages)
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Het goud van ons dorp', '2 1.1 De haven', '1 2 Landschap en water', '2 2.1 De dijk', '2 2.2 De polder'])
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)).not.toContain('Testdorp Landschap')
  })

  test('sections numbered `§ 1`, `§ 2` anew in each chapter; `§ 6` at a page top and `§ 7` in the GIO table are no page numbers', () => {
    const pages = [
      ['Omgevingsvisie Testdorp 2040', '1. Inleiding', PROSE, '§ 1 Aanleiding', PROSE, '§ 2 Leeswijzer', PROSE, 'Omgevingsvisie Testdorp | pagina 1'].join('\n'),
      ['2. Gebieden', PROSE, '§ 1 Centrum', PROSE, '§ 2 Haven', PROSE, '§ 3 Polder', PROSE, 'Omgevingsvisie Testdorp | pagina 2'].join('\n'),
      ['§ 4 Dijk', PROSE, '§ 5 Buitengebied', PROSE, 'Omgevingsvisie Testdorp | pagina 3'].join('\n'),
      ['Bijlage I Werkingsgebieden', 'Naam Identificatie Toelichting', `Dorpskern ${id('dorpskern')} hoofdstuk 2, § 1`, `Polder ${id('polder')} hoofdstuk 2, § 4`, 'Omgevingsvisie Testdorp | pagina 4'].join('\n'),
    ]
    const { document } = read(pages)
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([
      '1 1 Inleiding', '2 1 Aanleiding', '2 2 Leeswijzer', '1 2 Gebieden', '2 1 Centrum', '2 2 Haven', '2 3 Polder', '2 4 Dijk', '2 5 Buitengebied',
    ])
    expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder'])
  })

  test('a section inserted after another (`2.4a` between 2.4 and 2.5) is at its level; a chapter label with its initial set apart (`D eel A`)', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', 'D eel A: Koers', PROSE, '1 Inleiding', PROSE, '1.1 Wonen', PROSE, '1.1a Wonen in de polder', PROSE, '1.2 Werken', PROSE]
    const { document } = read([visie.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 A Koers', '2 1 Inleiding', '3 1.1 Wonen', '3 1.1a Wonen in de polder', '3 1.2 Werken'])
  })

  test('the title of the visie with a version number (`Omgevingsvisie Testdorp 2.0`) is no footer `Omgevingsvisie Testdorp 2.0 n` without its number', () => {
    const pages = [
      ['Omgevingsvisie Testdorp 2.0', 'Dorp aan de dijk'].join('\n'),
      ['1 Inleiding', PROSE, '1.1 Van 1.0 naar 2.0', PROSE, 'Omgevingsvisie Testdorp 2.0 1'].join('\n'),
      ['2 Koers', PROSE, 'Omgevingsvisie Testdorp 2.0 2'].join('\n'),
      ['3 Uitvoering', PROSE, 'Omgevingsvisie Testdorp 2.0 3'].join('\n'),
      gioBijlage,
    ]
    const { document } = read(pages)
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Testdorp 2.0')
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Van 1.0 naar 2.0', '1 2 Koers', '1 3 Uitvoering'])
  })

  test('a besluit headed by its kind and maker (`Besluit algemeen bestuur`) gets a made opschrift; one headed by the name of the visie keeps it', () => {
    const body = (head: string, maker: string) => [head, maker, 'besluit:', 'Artikel 1', 'De Omgevingsvisie Testdorp 2040, opgenomen in bijlage A, wordt vastgesteld.', 'Artikel 2', 'Dit besluit treedt in werking op 1 juli 2026.', 'Bijlage A']
    const visie = [['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), gioBijlage]
    expect(read(visie, body('Besluit algemeen bestuur', 'Het algemeen bestuur van Waterschap Testdelta;')).document.besluit.opschrift).toBe(
      'Besluit van het algemeen bestuur van Waterschap Testdelta tot vaststelling van de Omgevingsvisie Testdorp 2040',
    )
    // A besluit headed by the visie's name keeps it, as the Assen seed's (`Omgevingsvisie gemeente Assen`) does.
    expect(read(visie, body('Omgevingsvisie Testdorp 2040', 'De raad van de gemeente Testdorp;')).document.besluit.opschrift).toBe('Omgevingsvisie Testdorp 2040')
  })

  test('a line of description below each GIO name is its toelichting; a bulleted GIO list with the identifiers indented below is no table', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')
    const row = (naam: string, beschrijving: string, name: string): string[] => [`${naam.padEnd(40)}${id(name).slice(0, 40)}`, `${beschrijving.padEnd(40)}${id(name).slice(40)}`]
    const table = ['Bijlage I Werkingsgebieden', `${'Naam'.padEnd(40)}Identificatie`, ...row('Dorpskern', 'het hart van het dorp', 'dorpskern'), ...row('Greenport Testdorp', 'boomkwekerij en sierteelt', 'greenport'), ...row('Polder', 'open veenweidelandschap', 'polder')]
    const { document } = read([visie, table.join('\n')])
    expect(document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([
      ['Dorpskern', id('dorpskern')],
      ['Greenport Testdorp', id('greenport')],
      ['Polder', id('polder')],
    ])
    const list = ['Bijlage I Werkingsgebieden', ...['Dorpskern', 'Polder'].flatMap((naam) => [`•   ${naam}:`, `    ${id(naam.toLowerCase()).replace(/2026-06-01;1$/u, '')}`, '    2026-06-01;1'])]
    const bullets = read([visie, list.join('\n')])
    expect(bullets.document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([
      ['Dorpskern', id('dorpskern')],
      ['Polder', id('polder')],
    ])
  })

  test('a note set below its paragraph (`2` | `Het haven- en … in de` | `… gerelateerd.`) and numbered table rows in a row are no headings', () => {
    const visie = [
      'Omgevingsvisie Testdorp 2040',
      '1 Inleiding',
      PROSE,
      '1.1 Ambities',
      'Wij streven naar een gezonde leefomgeving, ook naast een haven van nationaal belang.2',
      '2',
      'Het haven- en industrieterrein is in de',
      'Nationale Omgevingsvisie aangeduid als mainport-',
      'gerelateerd.',
      '2 Uitvoering',
      PROSE,
      '2.1 Uitvoeringstabel',
      'De acties staan in de tabel hieronder.',
      '3 Wonen gebiedsvisie opstellen 2028',
      '4 Groen participatietraject 2029',
      '5 Mobiliteit regels in het omgevingsplan 2030',
      '6 Klimaat monitoren 2031',
      '3 Samen verder',
      PROSE,
    ]
    const { document, findings } = read([visie.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Ambities', '1 2 Uitvoering', '2 2.1 Uitvoeringstabel', '1 3 Samen verder'])
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('section titles ending in a colon or starting with a year (`3.4 2040: klimaatneutraal`), and a code with a leading zero (`A01`) no label', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Koers', PROSE, '1.1 Randen van de polder:', PROSE, '1.2 2040: klimaatneutraal', PROSE, '1.3 De 15-minutendorp', PROSE, 'A01 Wonen uitwerken in het omgevingsplan 2027', 'A02 Groen subsidieregeling herzien 2028', 'A03 Water monitoren en rapporteren 2029', '2 Uitvoering', PROSE]
    const { document } = read([visie.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Koers', '2 1.1 Randen van de polder:', '2 1.2 2040: klimaatneutraal', '2 1.3 De 15-minutendorp', '1 2 Uitvoering'])
  })

  test('a visie without a title of its own before its first chapter takes the name the besluit adopts; no line of it is lost', () => {
    const { document } = read([['Gewoon goed wonen, werken en leven', '1 Inleiding', 'Deze omgevingsvisie beschrijft hoe Testdorp er in 2040 uit wil zien.', '2 Koers', PROSE].join('\n'), gioBijlage])
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Testdorp 2040')
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '1 2 Koers'])
    expect(JSON.stringify(document)).toContain('Deze omgevingsvisie beschrijft hoe Testdorp')
  })

  test('a besluit title that goes on after a comma in lower case (`… Omgevingsvisie Testdorp,` | `versie 2.0`)', () => {
    const besluit = ['Besluit van de raad van de gemeente Testdorp tot', 'vaststelling van de Omgevingsvisie Testdorp,', 'versie 2.0', ...BESLUIT.slice(1)]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), gioBijlage], besluit)
    expect(document.besluit.opschrift).toBe('Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp, versie 2.0')
  })
})
