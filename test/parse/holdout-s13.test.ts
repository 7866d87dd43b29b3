/**
 * Mechanisms the holdout documents of session 13 (h146, h155–h172) showed, each on a small document written for it: a
 * word stamped up the margin of every page (one letter per line in `-raw`, a line left of the text in `-layout`), a
 * running header `Hoofdstuk 1 · Inleiding` above the page number on the pages where a chapter starts, a margin note
 * beside a heading, a footnote whose mark stands in a heading, a contents whose entries wrap (the page number on a
 * line of its own) and a chapter title over four lines, an identifier broken after a hyphen of its name, a short
 * page of a two-column document, and a besluit headed by its kind and maker only.
 */
import { describe, expect, test } from 'vitest'
import type { Divisie, Structuur } from '../../src/model/index.js'
import { readText } from '../../src/parse/index.js'
import { writeKop } from '../../src/stop/besluit/regeling.js'
import { serialize } from '../../src/stop/besluit/xml.js'

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
const gioBijlage = ['Bijlage I Werkingsgebieden', 'Naam Identificatie', `Dorpskern ${id('dorpskern')}`, `Polder ${id('polder')}`].join('\n')

function read(pages: readonly string[], besluit: readonly string[] = BESLUIT) {
  return readText(`${besluit.join('\n')}\n\f${pages.join('\n\f')}\n`, { file: 'test.txt' })
}

function outline(nodes: readonly Structuur[], depth = 1): string[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...outline((n as Divisie).children, depth + 1)] : []))
}

function divisies(nodes: readonly Structuur[]): Divisie[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [n, ...divisies(n.children)] : []))
}

const CHAPTERS: readonly (readonly [string, readonly [string, string]])[] = [
  ['1 Inleiding', ['1.1 Aanleiding', '1.2 Leeswijzer']],
  ['2 Wonen', ['2.1 Nieuwbouw', '2.2 Bestaande wijken']],
  ['3 Werken', ['3.1 Bedrijventerreinen', '3.2 Winkels']],
  ['4 Uitvoering', ['4.1 Programma’s', '4.2 Monitoring']],
]
const EXPECTED = CHAPTERS.flatMap(([c, sections]) => [`1 ${c}`, ...sections.map((s) => `2 ${s}`)])

describe('what the holdout of session 13 showed', () => {
  test('a word stamped up the margin of every page is no text: one letter per line (`-raw`), a line left of the text column (`-layout`)', () => {
    const letters = [...'vastgesteld']
    const raw = CHAPTERS.map(([c, [a, b]], k) => [String(k + 2), ...letters, c, PROSE, a, PROSE, b, PROSE].join('\n'))
    const fromRaw = read([...raw, gioBijlage])
    expect(outline(fromRaw.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(EXPECTED)
    expect(JSON.stringify(fromRaw.document)).not.toMatch(/"[vastgeld]"|v a s|t g e/u)

    const pad = (t: string): string => `              ${t}`
    const layout = CHAPTERS.map(([c, [a, b]], k) => [pad(c), pad(PROSE), pad(a), 'vastgesteld', '', pad(PROSE), pad(b), pad(PROSE), '', `   ${k + 2}`].join('\n'))
    const fromLayout = read([...layout, gioBijlage])
    expect(outline(fromLayout.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(EXPECTED)
    expect(JSON.stringify(fromLayout.document.besluit.wijzigBijlage.regeling.lichaam)).not.toContain('vastgesteld')
    // The same word where it is text of the column (a line of its own on each page, at the text's indent) stays.
    const inColumn = CHAPTERS.map(([c, [a, b]], k) => [pad(c), pad(PROSE), pad(a), pad('Vastgesteld'), pad(PROSE), pad(b), pad(PROSE), '', `   ${k + 2}`].join('\n'))
    expect(JSON.stringify(read([...inColumn, gioBijlage]).document.besluit.wijzigBijlage.regeling.lichaam)).toContain('Vastgesteld')
  })

  test('a header `Hoofdstuk 1 · Inleiding` above the page number line, on the pages where a chapter starts, is furniture with the number', () => {
    const pages = CHAPTERS.flatMap(([c, [a, b]], k) => {
      const [n, title] = [c.split(' ')[0] as string, c.split(' ').slice(1).join(' ')]
      return [
        [`Hoofdstuk ${n} · ${title}`, `${2 * k + 3} | Omgevingsvisie Testdorp`, `Hoofdstuk ${n}`, title, PROSE, a, PROSE].join('\n'),
        [`${2 * k + 4} | Omgevingsvisie Testdorp`, PROSE, b, PROSE].join('\n'),
      ]
    })
    const { document, findings } = read(['Omgevingsvisie Testdorp 2040\nSamen verder', ...pages, gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(EXPECTED)
    expect(findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)).not.toMatch(/Omgevingsvisie Testdorp|·/u)
  })

  test('a heading does not take the next line of a margin note beside it as the rest of its title (`-layout`)', () => {
    const body = (t: string): string => `${' '.repeat(32)}${t}`
    const page = [
      body('1 Inleiding'),
      body(PROSE),
      '',
      'Een gezonde',
      body('1.1 Klimaatadaptatie'),
      'leefomgeving',
      `nodigt uit tot${' '.repeat(18)}${PROSE}`,
      `bewegen.${' '.repeat(24)}${PROSE}`,
      '',
      body('1.2 Gezondheid'),
      body(PROSE),
    ]
    const { document } = read([page.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam).slice(0, 3)).toEqual(['1 1 Inleiding', '2 1.1 Klimaatadaptatie', '2 1.2 Gezondheid'])
  })

  test('a footnote whose mark stands in a heading becomes a Noot at the end of its Opschrift; the title is without the mark', () => {
    const page = ['1 Inleiding', '1.1 Waarom een omgevingsvisie1', PROSE, '1.2 Leeswijzer', PROSE, '1', 'De visie is zelfbindend: alleen de gemeente is eraan gebonden.'].join('\n')
    const { document } = read([page, ['2 Uitvoering', PROSE].join('\n'), gioBijlage])
    const lichaam = document.besluit.wijzigBijlage.regeling.lichaam
    expect(outline(lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Waarom een omgevingsvisie', '2 1.2 Leeswijzer', '1 2 Uitvoering'])
    const kop = divisies(lichaam).find((d) => d.kop.nummer === '1.1')?.kop
    expect(kop?.noten?.map((n) => [n.nummer, JSON.stringify(n.children)])).toEqual([['1', expect.stringContaining('De visie is zelfbindend')]])
    expect(JSON.stringify(lichaam).match(/zelfbindend/gu)).toHaveLength(1)
    const xml = new TextDecoder().decode(serialize(writeKop(kop!)))
    expect(xml).toMatch(/<Opschrift>Waarom een omgevingsvisie<Noot id="noot-1" type="voet"><NootNummer>1<\/NootNummer><Al>De visie is zelfbindend/u)
  })

  test('a contents whose entries wrap (the page number alone under the title) is dropped whole; a chapter title over four lines is completed from it', () => {
    const contents = [
      'Inhoud',
      'Hoofdstuk 1 Inleiding.............................................2',
      'Hoofdstuk 2 Oldambt nu: een weids landschap tussen de Dollard, de graanpolders en',
      'de veenkoloniën...................................................3',
      'Hoofdstuk 3 Ondernemerschap en vitaliteit: ruimte voor werk, bedrijvigheid, recreatie',
      'en toerisme in stad en platteland..................................4',
      'Hoofdstuk 4 Iedereen doet mee: een sterke samenleving als basis voor brede welvaart',
      '.................................................................. 5',
    ]
    const pages = [
      ['Hoofdstuk 1 Inleiding', '1.1 Voorwoord', PROSE, '1.2 Leeswijzer', PROSE].join('\n'),
      ['Hoofdstuk 2 Oldambt nu: een weids', 'landschap tussen de Dollard, de', 'graanpolders en de veenkoloniën', '2.1 Ontstaan', PROSE].join('\n'),
      ['Hoofdstuk 3 Ondernemerschap en', 'vitaliteit: ruimte voor werk,', 'bedrijvigheid, recreatie en', 'toerisme in stad en platteland', '3.1 Werklocaties', PROSE].join('\n'),
      ['Hoofdstuk 4 Iedereen doet mee: een sterke samenleving als basis voor brede welvaart', '4.1 Programma’s', PROSE].join('\n'),
    ]
    const { document, findings } = read([['Omgevingsvisie Oldambt', ...contents].join('\n'), ...pages, gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([
      '1 1 Inleiding',
      '2 1.1 Voorwoord',
      '2 1.2 Leeswijzer',
      '1 2 Oldambt nu: een weids landschap tussen de Dollard, de graanpolders en de veenkoloniën',
      '2 2.1 Ontstaan',
      '1 3 Ondernemerschap en vitaliteit: ruimte voor werk, bedrijvigheid, recreatie en toerisme in stad en platteland',
      '2 3.1 Werklocaties',
      '1 4 Iedereen doet mee: een sterke samenleving als basis voor brede welvaart',
      '2 4.1 Programma’s',
    ])
    expect(findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
  })

  test('an identifier broken after a hyphen between two words of its name keeps the hyphen; a word hyphenated inside stays one', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', 'In het veenweidegebied gaat de bodemdaling door; de natuurontwikkeling krijgt ruimte.', '2 Uitvoering', PROSE].join('\n')
    const bijlage = [
      'Bijlage I Werkingsgebieden',
      '• Veenweidegebied met bodemdaling: /join/id/regdata/gm9999/2026/veenweide-',
      'bodemdaling/nld@2026-06-01;1',
      '• Natuurontwikkeling: /join/id/regdata/gm9999/2026/natuur-',
      'ontwikkeling/nld@2026-06-01;1',
    ].join('\n')
    const { document } = read([visie, bijlage])
    expect(document.informatieobjecten.map((g) => g.expression)).toEqual([id('veenweide-bodemdaling'), id('natuurontwikkeling')])
  })

  test('a short page of a two-column document is read at the gutter of its other pages; a column of list items starts at its markers', () => {
    const col = (left: string, right = ''): string => (right === '' ? left : `${left.padEnd(70)}${right}`)
    const prose = (n: number): string[] => Array.from({ length: n }, (_, k) => `Het dorp groeit met woningen binnen de grenzen van de kern ${k}.`)
    const full = (title: string, a: string, b: string): string => {
      const left = [title, ...prose(4), a, ...prose(4)]
      const right = [...prose(4), b, ...prose(5)]
      return left.map((l, k) => col(l, right[k] ?? '')).join('\n')
    }
    const short = [
      '2 Stand van Testdorp',
      '',
      col('', '•   een vergrijzende bevolking;'),
      col('2.1 Dorp aan de rivier', '•   hitte in versteende wijken;'),
      col('Het dorp ligt waar twee rivieren samenkomen,', '•   de energietransitie'),
      col('tegenover de stad. De oude kern ligt op de dijk.', '    –   in de naoorlogse wijken;'),
      '',
      '2.2 Uitdagingen',
      'De belangrijkste uitdagingen zijn:',
    ].join('\n')
    const { document } = read([
      full('1 Inleiding', '1.1 Aanleiding', '1.2 Leeswijzer'),
      short,
      full('3 Werken', '3.1 Bedrijven', '3.2 Winkels'),
      full('4 Uitvoering', '4.1 Programma’s', '4.2 Monitoring'),
      gioBijlage,
    ])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam).filter((h) => h.startsWith('2 2'))).toEqual(['2 2.1 Dorp aan de rivier', '2 2.2 Uitdagingen'])
  })

  test('a box of list items beside the text (-layout): its title, a character left of its markers, is no part of the heading beside it (h176)', () => {
    const row = (left: string, right = ''): string => (right === '' ? `    ${left}` : `${`    ${left}`.padEnd(71)}${right}`)
    const page = [
      row('1 Inleiding'),
      row('Hoe ziet onze gemeente er in 2035 uit? Die vraag stond centraal toen wij met inwoners'),
      row('en partners aan deze omgevingsvisie werkten.'),
      '',
      row('1.1      Testdorp2035', 'Wat vinden we belangrijk?'),
      row('Testdorp2035 is de naam van het traject waarin wij deze visie'),
      row('', ' •   het dorpse karakter van onze'),
      row('hebben gemaakt. In de visie leggen wij vast hoe wij de', '     kernen;'),
      row('gemeente Testdorp ook in 2035 een fijne plek laten zijn om te', ' •   ruimte voor inwoners met een'),
      row('wonen, werken, leven en genieten.', '     goed idee;'),
      row('', ' •   samen met de regio keuzes maken.'),
      row('1.2      Wat is een omgevingsvisie?'),
      '',
      row('Volgens de Omgevingswet beschrijft een omgevingsvisie in elk geval de kwaliteiten.'),
      row('2 Uitvoering'),
      row(PROSE),
    ]
    const { document } = read([page.join('\n'), gioBijlage])
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Testdorp2035', '2 1.2 Wat is een omgevingsvisie?', '1 2 Uitvoering'])
  })

  test('a besluit headed by its kind and maker only (`Besluit van het algemeen bestuur`, `Raadsbesluit nr. 2026-041`) gets an opschrift that says what it adopts', () => {
    const head = (title: string, maker: string): string[] => [title, maker, ...BESLUIT.slice(2)]
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Uitvoering', PROSE].join('\n')
    const ab = read([visie, gioBijlage], head('Besluit van het algemeen bestuur', 'Het algemeen bestuur van Waterschap Testdelta;'))
    expect(ab.document.besluit.opschrift).toBe('Besluit van het algemeen bestuur van Waterschap Testdelta tot vaststelling van de Omgevingsvisie Testdorp 2040')
    const nr = read([visie, gioBijlage], head('Raadsbesluit nr. 2026-041', 'De raad van de gemeente Testdorp;'))
    expect(nr.document.besluit.opschrift).toBe('Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp 2040')
  })
})
