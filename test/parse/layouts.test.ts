/**
 * Layout mechanisms of the text reader on small documents written for each (the corpus documents h17–h24 showed
 * them first): a GIO table that goes on over a page break, a left column that runs on to the page's foot,
 * letter-spaced chapter labels, the visie's title as the besluit names it, headers that alternate between pages.
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
].join('\n')

const PROSE = 'Het dorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern en het lint.'

function read(pages: readonly string[]) {
  return readText(`${BESLUIT}\n\f${pages.join('\n\f')}\n`, { file: 'test.txt' })
}

function headings(nodes: readonly Structuur[]): string[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [`${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...headings((n as Divisie).children)] : []))
}

const hex = (k: number): string => `${k}`.padStart(2, '0').repeat(16)

describe('layouts the text reader reads', () => {
  test('a GIO table that goes on over a page break: the header row repeated there is no row, and the new page has its own column', () => {
    const row = (naam: string, k: number, col: number): string[] => [
      `${naam.padEnd(col)}/join/id/regdata/gm9999/2026/`,
      `${''.padEnd(col)}${hex(k)}/nld@2026-06-01;1`,
      '',
    ]
    const first = ['Bijlage I Informatieobjecten', '', `${'Naam'.padEnd(40)}Identificatie`, '', ...row('Dorpskern', 1, 40), ...row('Buitengebied Noord', 2, 40)]
    const second = [`${'Naam'.padEnd(34)}Identificatie`, '', ...row('Bedrijventerrein', 3, 34), ...row('Zoekgebied zon', 4, 34)]
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Koers', PROSE]
    const { document } = read([visie.join('\n'), first.join('\n'), second.join('\n')])
    expect(document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual(
      ['Dorpskern', 'Buitengebied Noord', 'Bedrijventerrein', 'Zoekgebied zon'].map((naam, k) => [naam, `/join/id/regdata/gm9999/2026/${hex(k + 1)}/nld@2026-06-01;1`]),
    )
  })

  test('a GIO table with a Nr. column, its header repeated over the page break, and one with the identifier first, in -layout and -raw form', () => {
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Koers', PROSE].join('\n')
    const namen = ['Dorpskern', 'Buitengebied Noord, inclusief de polder', 'Bedrijventerrein De Mars', 'Zoekgebied zon']
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/${hex(k)}/nld@2026-06-01;1`
    const expected = namen.map((naam, k) => [naam, id(k + 1)])
    const numbered = (k: number): string[] => [`${String(k + 1).padEnd(10)}${(namen[k] as string).padEnd(42)}/join/id/regdata/`, `${''.padEnd(52)}gm9999/2026/${hex(k + 1)}/`, `${''.padEnd(52)}nld@2026-06-01;1`]
    const head = `${'Nr.'.padEnd(10)}${'Naam'.padEnd(42)}Identificatie`
    const nr = read([visie, ['Bijlage I Werkingsgebieden', head, ...numbered(0), ...numbered(1)].join('\n'), [head, ...numbered(2), ...numbered(3)].join('\n')])
    expect(nr.document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual(expected)
    // Identifier first: in -layout the naam column stands apart (one space where the identifier fills its cell),
    // in -raw an identifier broken at its date goes on before the naam.
    const layout = [` ${'Identificatie'.padEnd(82)}Naam`, ...namen.map((naam, k) => ` ${(k === 2 ? id(k + 1) : id(k + 1).padEnd(82))} ${naam}`)]
    const raw = ['Identificatie Naam', ...namen.flatMap((naam, k) => (k === 1 ? [id(k + 1).replace(/-01;1$/u, '-'), '01;1', naam] : [`${id(k + 1)} ${naam}`]))]
    for (const table of [layout, raw]) {
      const { document } = read([visie, ['Bijlage I Werkingsgebieden', 'De werkingsgebieden van de visie zijn:', ...table].join('\n')])
      expect(document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual(expected)
    }
  })

  test('paragraphs numbered through the document in the margin start paragraphs; footnotes at the page foot become notes at their marks', () => {
    const para = (n: number, text: string): string => `${n} ${text} ${PROSE}`.slice(0, 98)
    const page1 = [
      'Omgevingsvisie Testdorp 2040',
      '1. Inleiding',
      '§ 1.1 Aanleiding',
      para(1, 'Testdorp is een van de oudste dorpen van de streek met een bijzondere kern.'),
      'en een lint langs de dijk.1',
      para(2, 'Deze omgevingsvisie is het instrument uit hoofdstuk 3 van de Omgevingswet waarmee de raad de'),
      'samenhang vastlegt.',
      '§ 1.2 Reikwijdte',
      para(3, 'De visie geldt voor het hele grondgebied van de gemeente, voor de kern en voor het'),
      'buitengebied, en vervangt de structuurvisie.2',
      '1',
      'De kern is in 1850 ontstaan rond de haven.',
      '2',
      'De structuurvisie gold sinds 2004 voor het',
      'hele grondgebied.',
    ]
    const page2 = ['2. Testdorp nu', '§ 2.1 De kern', para(4, 'De kern heeft een haven, een kerk en een markt die de raad als beschermd'), 'dorpsgezicht wil behouden.', para(5, 'Het buitengebied bestaat uit polders met akkerbouw en veeteelt langs de'), 'rivier.', '§ 2.2 Bevolking', para(6, 'Het dorp telt vierduizend inwoners; het aantal ouderen groeit de komende jaren'), 'snel.']
    const { document } = read([page1.join('\n'), page2.join('\n')])
    const lichaam = document.besluit.wijzigBijlage.regeling.lichaam
    expect(headings(lichaam)).toEqual(['1 Inleiding', '1.1 Aanleiding', '1.2 Reikwijdte', '2 Testdorp nu', '2.1 De kern', '2.2 Bevolking'])
    const json = JSON.stringify(lichaam)
    expect(json).toContain('"nummer":"1"')
    expect(json).toContain('De kern is in 1850 ontstaan rond de haven.')
    expect(json).toContain('De structuurvisie gold sinds 2004 voor het hele grondgebied.')
    expect(json.match(/"type":"noot"/gu)?.length).toBe(2)
  })

  test('a bijlage named after the visie with a dash, a title over two lines, and a subtitle that names two parts', () => {
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/${hex(k)}/nld@2026-06-01;1`
    const visie = ['Omgevingsvisie Testdorp 2040', 'Deel A Testdorp · Deel B Polder', 'Deel A Testdorp', 'Dit deel beschrijft het dorp.', '1 Inleiding', PROSE].join('\n')
    for (const [kop, opschrift] of [
      ['Bijlage bij de visie — Werkingsgebieden', 'Werkingsgebieden'],
      ['Bijlage bij de visie: werkingsgebieden', 'Werkingsgebieden'],
    ] as const) {
      const { document } = read([visie, [kop, 'Naam Identificatie', `Dorpskern ${id(1)}`, `Polder Noord ${id(2)}`].join('\n')])
      expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['A Testdorp', '1 Inleiding'])
      expect(document.besluit.wijzigBijlage.regeling.bijlagen.map((b) => b.kop.opschrift)).toEqual([opschrift])
      expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder Noord'])
    }
    const wrapped = read([visie, ['Bijlage I. Werkingsgebieden van de', 'omgevingsvisie', 'Naam Identificatie', `Dorpskern ${id(1)}`].join('\n')])
    expect(wrapped.document.besluit.wijzigBijlage.regeling.bijlagen.map((b) => b.kop.opschrift)).toEqual(['Werkingsgebieden van de omgevingsvisie'])
  })

  test('two columns whose left one runs on below the right one to the page foot: the left column first, mid-sentence into the right', () => {
    const left = ['2.1 Klimaat', 'Zomers worden droger en heter en buien', 'worden heviger in de hele gemeente.', '', '2.2 Wonen', 'Het dorp groeit met vierhonderd woningen', 'in de kern en langs het lint van het', 'dorp, zonder nieuwe uitleg in het', '', '', '2.3 Bodem', 'De bodem in de polder daalt ieder jaar', 'enkele millimeters. Een']
    const right = ['lager peil versnelt die daling en de', 'uitstoot van broeikasgassen.', '', '2.4 Water', 'De waterkwaliteit is nog niet op orde', 'in de sloten en de vaarten van de polder.', 'buitengebied. Wij werken eraan.']
    const page = left.map((l, k) => (right[k] ? `${l.padEnd(50)}${right[k]}` : l))
    const { document, findings } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Opgaven', PROSE].join('\n'), page.join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Opgaven', '2.1 Klimaat', '2.2 Wonen', '2.3 Bodem', '2.4 Water'])
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('a besluit page in two columns (its considerations on the left, its last point and the signatures on the right): the beslispunten in order, no line lost', () => {
    const left = [
      'De raad van de gemeente Testdorp;',
      '',
      'gelezen het voorstel van burgemeester en wethouders van 12 mei',
      '2026;',
      'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147 van',
      'de Gemeentewet;',
      'overwegende dat de vorige structuurvisie uit 2012 is en dat de raad',
      'een visie wil die verder kijkt;',
      '',
      'besluit:',
      '',
      '1.   de Omgevingsvisie Testdorp 2040, zoals opgenomen in bijlage A bij',
      '     dit besluit, vast te stellen;',
    ]
    const right = [
      '2.   de Structuurvisie Testdorp 2012 in te trekken.',
      '',
      'Aldus besloten in de openbare vergadering van de raad van de gemeente',
      'Testdorp op 1 juni 2026.',
      '',
      'de griffier,                      de voorzitter,',
      '',
      '',
      '',
      '',
      'mr. A. de Vries                   J. Jansen',
    ]
    const page = left.map((l, k) => (right[k] ? `${l.padEnd(78)}${right[k]}` : l))
    const besluit = ['Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie', 'Testdorp 2040', ...page].join('\n')
    const visie = ['Bijlage A', 'Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Koers', PROSE].join('\n')
    const { document, findings } = readText(`${besluit}\n\f${visie}\n`, { file: 'test.txt' })
    expect(findings.filter((f) => f.code === 'VISIE-107')).toEqual([])
    expect(document.besluit.artikelen.map((a) => `${a.kop.nummer} ${a.soort}`)).toEqual(['1 wijzig', '2 gewoon'])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Koers'])
  })

  test('a chapter label of the document\'s own (`AMBITIE 2`) beside the other column\'s text counts with the labels that stand alone', () => {
    const left = ['Voor de jongeren en de ouderen bouwen wij ruim vierhonderd', 'woningen binnen de bestaande grenzen van de kern en', 'het lint. Wij bouwen voor starters en voor ouderen die', 'kleiner willen wonen, dicht bij de voorzieningen.', '', 'De school en het dorpshuis blijven in het dorp, zo', 'lang als er genoeg kinderen en leden zijn om ze te', 'dragen. Wij zoeken daarvoor samen met de inwoners', 'naar nieuwe vormen van beheer en gebruik.']
    const right = ['AMBITIE 2', '', 'Groen Testdorp', 'Het landschap van essen, brinken en houtwallen', 'is kenmerkend voor het dorp en zijn omgeving.', 'Nieuwe ontwikkelingen versterken dat landschap', 'en de beekdalen houden hun open karakter, ook', 'waar wij nieuwe natuur aanleggen langs de beek', 'en de oude dijk.']
    const page = left.map((l, k) => (right[k] ? `${l.padEnd(64)}${right[k]}` : l))
    const first = ['Omgevingsvisie Testdorp 2040', 'AMBITIE 1', '', 'Leefbaar Testdorp', PROSE].join('\n')
    const third = ['Het beekdal blijft open en de boeren beheren de randen.', '', 'AMBITIE 3', '', 'Ondernemend Testdorp', 'Bedrijven vinden ruimte op het terrein aan de kanaalweg, kleine bedrijven ook in het dorp zelf.'].join('\n')
    const second = ['Wij houden de dorpen leefbaar, ook waar het aantal inwoners niet meer groeit in de komende jaren.', '', ...page]
    const { document } = read([first, second.join('\n'), third])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Leefbaar Testdorp', '2 Groen Testdorp', '3 Ondernemend Testdorp'])
  })

  test('letter-spaced chapter labels on every page (`H O O F D S T U K 1`, 2, 3) are the chapters, not page numbers', () => {
    const chapter = (n: number, title: string): string => [`H O O F D S T U K ${n}`, title, PROSE, PROSE, PROSE, PROSE, `${n}.1 Eerste opgave`, PROSE, PROSE, PROSE, PROSE, PROSE].join('\n')
    const { document } = read(['Omgevingsvisie Testdorp 2040', chapter(1, 'Het dorp'), chapter(2, 'Het land'), chapter(3, 'De uitvoering')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual([
      '1 Het dorp', '1.1 Eerste opgave', '2 Het land', '2.1 Eerste opgave', '3 De uitvoering', '3.1 Eerste opgave',
    ])
  })

  test('`1.` above each chapter title where `blz. n` numbers the pages and a constant header has digits of its own: the chapter numbers', () => {
    const page = (n: number, title: string, blz: number): string =>
      ['Omgevingsvisie Testdorp · versie 2.0 · 7 april 2027', `blz. ${blz}`, `${n}.`, title, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE].join('\n')
    const { document } = read(['Omgevingsvisie Testdorp 2040', page(1, 'Het dorp', 5), page(2, 'Het land', 6), page(3, 'De uitvoering', 7), page(4, 'Monitoring', 8)])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Het dorp', '2 Het land', '3 De uitvoering', '4 Monitoring'])
  })

  test('sections under roman chapters (`HOOFDSTUK II:` with `II.1`, `II.1.1`)', () => {
    const { document } = read([['Omgevingsvisie Testdorp 2040', 'HOOFDSTUK I: Koers', PROSE, 'I.1 Vier pijlers', PROSE, 'HOOFDSTUK II: Opgaven', PROSE, 'II.1 Wonen', PROSE, 'II.1.1 De vestingsteden', PROSE, 'II.2 Werken', PROSE].join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['I Koers', 'I.1 Vier pijlers', 'II Opgaven', 'II.1 Wonen', 'II.1.1 De vestingsteden', 'II.2 Werken'])
  })

  test('bijlage headings `Bijlage · Werkingsgebieden` and lower-case `bijlage 1 – geometrisch informatieobject` hold the GIO table', () => {
    for (const heading of ['Bijlage · Werkingsgebieden', 'bijlage 1 – geometrisch informatieobject']) {
      const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), [heading, 'Naam Identificatie', `Dorpskern /join/id/regdata/gm9999/2026/${hex(1)}/nld@2026-06-01;1`].join('\n')])
      expect([heading, document.informatieobjecten.map((g) => g.naam)]).toEqual([heading, ['Dorpskern']])
    }
  })

  test('sections with a paragraph sign (`§ 1.1 Titel`) under chapters', () => {
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '§ 1.1 Waarom een visie', PROSE, '§ 1.2 Leeswijzer', PROSE, '2 Koers', PROSE, '§ 2.1 Drie keuzes', PROSE].join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '1.1 Waarom een visie', '1.2 Leeswijzer', '2 Koers', '2.1 Drie keuzes'])
  })

  test('the visie\'s title over two lines as the besluit names it; a subtitle the besluit does not name stays apart', () => {
    const body = ['1 Inleiding', PROSE].join('\n')
    const named = read([['Omgevingsvisie', 'Testdorp 2040', body].join('\n')])
    expect(named.document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Testdorp 2040')
    const subtitle = read([['Omgevingsvisie Testdorp 2040', 'Groen Dorp aan de Vaart', body].join('\n')])
    expect(subtitle.document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Testdorp 2040')
  })

  test('a header on every other page (odd pages the visie, even pages the chapter) is furniture, reported and not in the text', () => {
    const pages = [
      ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'),
      ['Testdorp 2040 · gemeente Testdorp', '2 Het dorp en het land', PROSE, PROSE].join('\n'),
      ['Het dorp en het land', PROSE, '3 Uitvoering', PROSE].join('\n'),
      ['Testdorp 2040 · gemeente Testdorp', '3.1 Samen', PROSE].join('\n'),
      ['Uitvoering in de tijd', PROSE].join('\n'),
    ]
    const { document, findings } = read(pages)
    const text = JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(text).not.toContain('gemeente Testdorp')
    expect(text.match(/Het dorp en het land/gu)?.length).toBe(1)
    expect(findings.filter((f) => f.code === 'VISIE-110').map((f) => f.data?.['voorbeeld'])).toEqual(
      expect.arrayContaining(['Testdorp 2040 · gemeente Testdorp', 'Het dorp en het land']),
    )
  })

  test('a GIO table with a third column (`Naam Identificatie Toelichting`): each row its naam and identifier, the toelichting kept in the row', () => {
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/${hex(k)}/nld@2026-06-01;1`
    const definities = (document: ReturnType<typeof read>['document']): string[] =>
      JSON.stringify(document.besluit.wijzigBijlage.regeling.bijlagen).match(/"value":"[^"]*(?:dorp|akker|zon)[^"]*"/gu) ?? []
    // `-raw`: each row's cells in turn; a one-line naam shares the line its identifier starts on.
    const raw = [
      'Bijlage I Informatieobjecten',
      'Naam Identificatie Toelichting',
      `Dorpskern ${id(1).slice(0, 30)}`,
      id(1).slice(30),
      'de bebouwde kom van het dorp',
      'Polder Noord en',
      'Oostermeer',
      id(2).slice(0, 30),
      id(2).slice(30),
      'open akkerland',
      `Zoekgebied ${id(3).slice(0, 30)}`,
      id(3).slice(30),
      'alleen zon op daken',
    ]
    // `-layout`: the third column where the header puts it.
    const row = (naam: string, k: number, toelichting: string): string[] => [`${naam.padEnd(20)}${id(k).slice(0, 30).padEnd(52)}${toelichting}`, `${''.padEnd(20)}${id(k).slice(30)}`, '']
    const layout = ['Bijlage I Informatieobjecten', '', `${'Naam'.padEnd(20)}${'Identificatie'.padEnd(52)}Toelichting`, '', ...row('Dorpskern', 1, 'de bebouwde kom van het dorp'), ...row('Polder Noord', 2, 'open akkerland'), ...row('Zoekgebied', 3, 'alleen zon op daken')]
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')
    const fromRaw = read([visie, raw.join('\n')]).document
    expect(fromRaw.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([['Dorpskern', id(1)], ['Polder Noord en Oostermeer', id(2)], ['Zoekgebied', id(3)]])
    expect(definities(fromRaw)).toEqual(['"value":"de bebouwde kom van het dorp"', '"value":"open akkerland"', '"value":"alleen zon op daken"'])
    const fromLayout = read([visie, layout.join('\n')]).document
    expect(fromLayout.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([['Dorpskern', id(1)], ['Polder Noord', id(2)], ['Zoekgebied', id(3)]])
    expect(definities(fromLayout)).toEqual(['"value":"de bebouwde kom van het dorp"', '"value":"open akkerland"', '"value":"alleen zon op daken"'])
  })

  test('a GIO table numbered in a first column (`Nr Naam Identificatie`): the number is no part of the naam', () => {
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/${hex(k)}/nld@2026-06-01;1`
    const table = ['Bijlage I Informatieobjecten', 'Nr Naam Identificatie', `1 Dorpskern ${id(1)}`, `2 Polder Noord ${id(2)}`]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), table.join('\n')])
    expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder Noord'])
  })

  test('the besluit\'s `Bijlage 1 bij het besluit …` below the title on the visie\'s title page: the visie begins with its title', () => {
    const text = [
      BESLUIT.replace(/\nBijlage A$/u, '').replace('bijlage A', 'bijlage 1'),
      '\fOmgevingsvisie',
      'Testdorp 2040',
      'Bijlage 1 bij het besluit van de raad van 1 juni 2026',
      '\f1 Inleiding',
      PROSE,
      'Bijlage 2 Informatieobjecten',
      `Dorpskern /join/id/regdata/gm9999/2026/${hex(1)}/nld@2026-06-01;1`,
    ].join('\n')
    const { document } = readText(text, { file: 'test.txt' })
    expect(document.besluit.wijzigBijlage.kop.nummer).toBe('1')
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Testdorp 2040')
    expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern'])
  })

  test('a running header that repeats the chapter heading without its label (`1 Inleiding` over `HOOFDSTUK 1` / `Inleiding`) is furniture', () => {
    const pages = [
      ['1 Inleiding', 'Pagina 2 van 4', 'HOOFDSTUK 1', 'Inleiding', PROSE, 'Daarom kiest de raad voor het dorp.'].join('\n'),
      ['Omgevingsvisie Testdorp 2040', 'Pagina 3 van 4', 'De polder blijft open en wordt niet bebouwd met nieuwe woningen of schuren.', 'Zo blijft het land open.'].join('\n'),
      ['2 Koers', 'Pagina 4 van 4', 'HOOFDSTUK 2', 'Koers', 'De koers is helder en wordt door de raad elke vier jaar opnieuw besproken met de inwoners.', 'Dat doen wij samen.'].join('\n'),
    ]
    const { document, findings } = read([['Omgevingsvisie Testdorp 2040', 'Pagina 1 van 4', 'Inhoud'].join('\n'), ...pages])
    const lichaam = document.besluit.wijzigBijlage.regeling.lichaam
    expect(headings(lichaam)).toEqual(['1 Inleiding', '2 Koers'])
    // The chapters are the labelled headings (`HOOFDSTUK 1` on the page's third line), not their running headers.
    expect(lichaam.map((d) => d.position?.start.line)).toEqual([16, 26])
    expect(JSON.stringify(lichaam)).not.toContain('Pagina')
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('a heading whose title runs on over a second line to 130 characters: one heading, the whole title', () => {
    const title = ['4.1 Het Bio Science Park en de ontwikkeling van de stationsomgeving', 'tot een levendig stadsdeel met wonen, werken en voorzieningen']
    const { document } = read([['Omgevingsvisie Testdorp 2040', '4 Economie', PROSE, ...title, PROSE, '4.1.1 De driehoek', PROSE].join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['4 Economie', `4.1 ${title.join(' ').slice(4)}`, '4.1.1 De driehoek'])
  })

  test('a section whose title starts with a word of quantities (`2.2 Woningen voor Testdorpers`) is a heading; `1.000 woningen` is none', () => {
    const { document } = read([['Omgevingsvisie Testdorp 2040', '2 Wonen', PROSE, '2.1 Dorpen', PROSE, '2.2 Woningen voor Testdorpers', PROSE, 'In 2040 staan er', '1.000 woningen meer dan nu in het dorp.'].join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['2 Wonen', '2.1 Dorpen', '2.2 Woningen voor Testdorpers'])
  })

  test('a page number on the outer side of facing pages (`3 | Omgevingsvisie`, `Omgevingsvisie | 4`) is furniture, also where a form stands once', () => {
    const pages = [
      ['1 | Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'),
      ['Omgevingsvisie Testdorp 2040 | 2', 'De polder blijft open en wordt niet bebouwd met nieuwe woningen of schuren.'].join('\n'),
      ['3 | Omgevingsvisie Testdorp 2040', '2 Koers', 'De koers is helder en wordt door de raad elke vier jaar opnieuw besproken met de inwoners.'].join('\n'),
    ]
    const { document } = read(['Omgevingsvisie Testdorp 2040', ...pages])
    const regeling = document.besluit.wijzigBijlage.regeling
    expect([regeling.opschrift, headings(regeling.lichaam)]).toEqual(['Omgevingsvisie Testdorp 2040', ['1 Inleiding', '2 Koers']])
    expect(JSON.stringify(regeling)).not.toMatch(/\| \d|\d \|/u)
  })

  test('a section title that wraps after a comma (`3.2 Groeien in Noord, Zuid,` | `Oost en West`) is one heading', () => {
    const { document } = read([['Omgevingsvisie Testdorp 2040', '3 Keuzes', PROSE, '3.1 Bouwen', PROSE, '3.2 Groeien in Noord, Zuid,', 'Oost en West', PROSE, '3.3 Vernieuwen', PROSE].join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['3 Keuzes', '3.1 Bouwen', '3.2 Groeien in Noord, Zuid, Oost en West', '3.3 Vernieuwen'])
  })

  test('a bare chapter number at the top of each chapter\'s page, where bare numbers at the foot number the pages: chapters, not page numbers', () => {
    const words = ['dijk', 'polder', 'kern', 'lint', 'vaart', 'school', 'molen', 'haven']
    const prose = (k: number): string[] => [`Het ${words[k % 8] as string} van het dorp krijgt in deze visie een eigen plek naast de ${words[(k + 3) % 8] as string} en de kern.`, `Wij werken daarbij samen met de inwoners van de ${words[(k + 5) % 8] as string} en de buurt.`, `Zo blijft de ${words[(k + 1) % 8] as string} ook na ${2030 + k} een goede plek om te wonen.`]
    const header = 'Omgevingsvisie Testdorp 2040 · gemeente Testdorp'
    const pages: string[] = ['Omgevingsvisie Testdorp 2040']
    // Each chapter starts a page, the first three on consecutive pages: their numbers go up with the page too.
    ;['Inleiding', 'Wonen', 'Werken', 'Uitvoering'].forEach((title, k) => pages.push([header, String(k + 1), title, ...prose(k), String(k + 3)].join('\n')))
    for (const k of [4, 5]) pages.push([header, ...prose(k), String(k + 3)].join('\n'))
    const { document } = read(pages)
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Wonen', '3 Werken', '4 Uitvoering'])
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)).not.toMatch(/"value":"\d+"/u)
  })

  test('the visie\'s title over lines that give the name the besluit adopts, below a line naming the visie otherwise', () => {
    const text = `${BESLUIT.replace(/Omgevingsvisie Testdorp 2040/gu, 'Omgevingsvisie Testdorp aan de Vaart')}\n\fTestdorp\naan de Vaart\nOmgevingsvisie 2027–2040\n\f1 Inleiding\n${PROSE}\n`
    const { document } = readText(text, { file: 'test.txt' })
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Testdorp aan de Vaart')
  })

  test('a header seen once, on the line outside the page number (`Waterschap Testdorp · omgevingsvisie` above `- 3 -`), is furniture', () => {
    const body = (k: number): string[] => [`De dijk bij ${['Noord', 'Zuid', 'Oost', 'West', 'Midden'][k] as string} wordt versterkt en krijgt ruimte voor natuur.`, 'Wij werken daarbij samen met de bewoners van het dorp en de polder.', `Zo blijft het land veilig tot ${2040 + k}.`, 'De kosten dragen wij samen met het Rijk.', 'Zo werken wij aan een veilig land.']
    const pages = [
      ['Omgevingsvisie Testdorp 2040', '1 Inleiding', ...body(0), '- 2 -'].join('\n'),
      ['Waterschap Testdorp · omgevingsvisie', '- 3 -', ...body(1)].join('\n'),
      ['Partnerschap · 2040', '- 4 -', '2 Koers', ...body(2)].join('\n'),
      ['Partnerschap · 2040', '- 5 -', ...body(3)].join('\n'),
      ['Partnerschap · 2040', '- 6 -', ...body(4)].join('\n'),
    ]
    const { document } = read(pages)
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling)).not.toMatch(/Waterschap Testdorp · omgevingsvisie|- \d -/u)
  })

  test('a GIO list with the naam as a label above its identifier (`Dorpskern:` | `/join/…`); an intro ending in a colon above `naam /join/…` rows is no naam', () => {
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/${hex(k)}/nld@2026-06-01;1`
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')
    const labels = read([visie, ['Bijlage I Werkingsgebieden', 'Deze visie kent twee werkingsgebieden, vastgelegd als informatieobject:', 'Dorpskern:', id(1), 'Polder Noord:', id(2)].join('\n')])
    expect(labels.document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder Noord'])
    const inline = read([visie, ['Bijlage I Werkingsgebieden', 'De werkingsgebieden van deze visie zijn:', `Dorpskern ${id(1)}`, `Polder Noord ${id(2)}`].join('\n')])
    expect(inline.document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder Noord'])
  })
  test('short columns whose section headings stand side by side (`2.1 …` beside `2.3 …`, `2.2` below `2.1` after a gap) are columns, not a table', () => {
    const pair = (a: string, b: string): string => `${a.padEnd(56)}${b}`
    const page = [
      pair('2.1       Klimaat', '2.3      Bodem'),
      pair('Zomers worden droger en heter en de buien', 'De bodem in de polder daalt ieder jaar'),
      pair('worden heviger in de hele gemeente.', 'enkele millimeters door de ontwatering.'),
      '',
      '',
      '2.2       Wonen',
      'Het dorp groeit met vierhonderd woningen in de',
      'kern en langs het lint van het dorp.',
      '',
      '',
      '3 Uitvoering',
      PROSE,
    ]
    const { document, findings } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Opgaven', PROSE].join('\n'), page.join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Opgaven', '2.1 Klimaat', '2.2 Wonen', '2.3 Bodem', '3 Uitvoering'])
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })

  test('two columns above a table on the same page, the table\'s column elsewhere: the columns are read, the table stays a table', () => {
    const page = [
      '2 Opgaven',
      PROSE,
      '',
      `${''.padEnd(58)}betere verbinding met Amsterdam en Utrecht.`,
      '2.1 Werken',
      `${'Wij ontwikkelen werkgebieden bij de stations'.padEnd(58)}2.3 Uitvoering`,
      `${'en langs de snelweg, met ruimte voor de'.padEnd(58)}Het omgevingsplan en de programma’s werken`,
      `${'logistiek en de maakindustrie van de regio.'.padEnd(58)}deze visie uit. Elke twee jaar rapporteren`,
      `${''.padEnd(58)}wij aan de raad.`,
      '2.2 Bereikbaarheid',
      'De busbanen blijven de ruggengraat van het',
      'openbaar vervoer. Wij werken met het Rijk aan een',
      '',
      '',
      `${'Gebied'.padEnd(42)}Opgave en wat wij doen`,
      `${'Dorpskern'.padEnd(42)}wonen en winkels: verdichten op de oude plekken`,
      `${'Lint'.padEnd(42)}wonen langs de weg: open plekken tussen de erven`,
      `${'Polder'.padEnd(42)}landbouw en natuur: water vasthouden in de sloten`,
      `${'Haven'.padEnd(42)}werken aan het water: kades herstellen met de regio`,
      `${'Bedrijventerrein De Vaart'.padEnd(42)}werken: ruimte voor de maakindustrie houden`,
      `${'Recreatiegebied Het Bos'.padEnd(42)}natuur en recreatie: paden en rust samen`,
    ]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n'), page.join('\n')])
    const lichaam = document.besluit.wijzigBijlage.regeling.lichaam
    expect(headings(lichaam)).toEqual(['1 Inleiding', '2 Opgaven', '2.1 Werken', '2.2 Bereikbaarheid', '2.3 Uitvoering'])
    expect(JSON.stringify(lichaam)).toContain('Wij werken met het Rijk aan een betere verbinding met Amsterdam en Utrecht.')
    expect(JSON.stringify(lichaam)).toContain('"tabel"')
  })

  test('a section heading below the last row of a table set as text (`III.2` … rows … `III.3 Schoon water`) is a heading', () => {
    const visie = [
      'Omgevingsvisie Testdorp 2040',
      'I. Inleiding',
      PROSE,
      'II. Opgaven',
      'II.1 Voldoende water',
      'Wij houden water langer vast in het gebied: eerst vasthouden, dan bergen, dan pas afvoeren naar de rivier.',
      'Gebied Opgave Wat wij doen',
      'Dorpskern hevige buien en hitte in de straten en op de pleinen samen met de bewoners water bergen in tuinen en op daken',
      'Polder droogte en verzilting van de sloten en de vaarten in de zomer hogere peilen in de zomer waar dat kan bij de boeren',
      'II.2 Schoon water',
      'Het water moet in 2027 voldoen aan de Kaderrichtlijn Water. Wij zuiveren afvalwater en pakken nieuwe stoffen aan.',
    ]
    const { document } = read([visie.join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['I Inleiding', 'II Opgaven', 'II.1 Voldoende water', 'II.2 Schoon water'])
  })
  test('a right column of nested list items whose lines start a few characters apart (`► …`, its continuation, `■ …`) is a column, not a table', () => {
    const at = (l: string, r: string, col: number): string => (r === '' ? l : `${l.padEnd(col)}${r}`)
    const page = [
      at('', 'ontwikkelingsplanologie naar', 47),
      '2.1 Aanleiding',
      at('', 'uitnodigingsplanologie. Dat betekent:', 47),
      'De Omgevingswet vraagt om één visie voor de',
      at('hele gemeente. Wij bouwen voort op de', '► wij denken mee met initiatiefnemers vanaf', 47),
      at('Omgevingsvisie Buitengebied uit 2019, die', 'het eerste idee;', 49),
      at('met inwoners, ondernemers en organisaties', '► wij vragen iedere initiatiefnemer om een', 47),
      at('is gemaakt, en vullen haar aan met het dorp', 'bijdrage aan de kernkwaliteiten:', 49),
      at('Testdorp.', '■ aan het landschap;', 50),
      at('', '■ aan de natuur;', 50),
      '',
      '2.2 Rol van de gemeente',
      at('', '■ aan de leefbaarheid van de buurtschap.', 49),
      at('De gemeente stelt kaders en nodigt uit. Wij', '► wij maken de afweging zichtbaar, zodat', 47),
      at('werken van toelatingsplanologie via', 'anderen kunnen zien waarom iets wel of', 49),
      at('', 'niet kan.', 49),
    ]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 Rol', PROSE].join('\n'), page.join('\n')])
    const lichaam = JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Rol', '2.1 Aanleiding', '2.2 Rol van de gemeente'])
    expect(lichaam).toContain('Wij werken van toelatingsplanologie via ontwikkelingsplanologie naar uitnodigingsplanologie. Dat betekent:')
    expect(lichaam).not.toContain('"tabel"')
    expect(lichaam).toContain('aan de leefbaarheid van de buurtschap.')
  })
  test('GIO rows the extraction squeezes: a naam that wraps beside a squeezed identifier, a toelichting one space after it, an identifier that goes on below the next page\'s header', () => {
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/omgevingsvisie-testdorp-2026-gebied-${hex(k).slice(0, 12)}/nld@2026-06-01;1`
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')
    // `-layout`, two columns: the long naam pushes this row's identifier left of the column, and wraps beside its rest.
    const two = (naam: string, k: number): string[] => [`${naam.padEnd(20)}${id(k).slice(0, 58)}`, `${''.padEnd(20)}${id(k).slice(58)}`, '']
    const squeezed = [`Kern Schin op ${id(3).slice(0, 58)}`, `Geul          ${id(3).slice(58)}`, '']
    const layout2 = ['Bijlage I Informatieobjecten', '', `${'Naam'.padEnd(20)}Identificatie`, '', ...two('Dorpskern', 1), ...two('Polder Noord', 2), ...squeezed, ...two('Zoekgebied zon', 4)]
    expect(read([visie, layout2.join('\n')]).document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual(
      [['Dorpskern', id(1)], ['Polder Noord', id(2)], ['Kern Schin op Geul', id(3)], ['Zoekgebied zon', id(4)]],
    )
    // `-layout`, three columns: a toelichting that starts one space after the identifier's first part.
    const three = (naam: string, k: number, toelichting: string, gap: number): string[] => [`${naam.padEnd(24)}${id(k).slice(0, 58)}${' '.repeat(gap)}${toelichting}`, `${''.padEnd(24)}${id(k).slice(58)}`]
    const layout3 = ['Bijlage I Informatieobjecten', '', `${'Naam'.padEnd(24)}${'Identificatie'.padEnd(61)}Toelichting`, ...three('Dorpskern', 1, 'de bebouwde kom', 3), ...three('Veenkoloniaal landschap', 2, 'open ontginningslandschap', 1), ...three('Zoekgebied zon', 4, 'alleen op daken', 3)]
    expect(read([visie, layout3.join('\n')]).document.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual(
      [['Dorpskern', id(1)], ['Veenkoloniaal landschap', id(2)], ['Zoekgebied zon', id(4)]],
    )
    // `-raw`, three columns: the identifier stops at the page's foot after its toelichting, and goes on below the header.
    const rawFirst = ['Bijlage I Informatieobjecten', 'Naam Identificatie Toelichting', `Dorpskern ${id(1).slice(0, 58)}`, id(1).slice(58), 'de bebouwde kom', `Zoekgebieden windenergie ${id(2).slice(0, 58)} gebieden waar windparken mogelijk zijn`]
    const rawSecond = ['Naam Identificatie Toelichting', id(2).slice(58), `Zoekgebied zon ${id(4).slice(0, 58)}`, id(4).slice(58), 'alleen op daken']
    const fromRaw = read([visie, rawFirst.join('\n'), rawSecond.join('\n')]).document
    expect(fromRaw.informatieobjecten.map((g) => [g.naam, g.expression])).toEqual([['Dorpskern', id(1)], ['Zoekgebieden windenergie', id(2)], ['Zoekgebied zon', id(4)]])
  })
  test('a besluit without an opschrift line whose decision names it (`vast te stellen het Besluit vaststelling …`): that is its opschrift', () => {
    const besluit = [
      'Raadsbesluit',
      'Registratienummer: 2026-004871',
      'Onderwerp: vaststelling Omgevingsvisie Testdorp 2040',
      'De raad van de gemeente Testdorp;',
      'gelet op artikel 3.1 van de Omgevingswet;',
      'besluit:',
      'vast te stellen het Besluit vaststelling Omgevingsvisie Testdorp 2040.',
      ...BESLUIT.split('\n').slice(4),
    ]
    const { document } = readText(`${besluit.join('\n')}\n\f${['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')}\n`, { file: 'test.txt' })
    expect(document.besluit.opschrift).toBe('Besluit vaststelling Omgevingsvisie Testdorp 2040')
    expect(JSON.stringify(document.besluit.aanhef)).not.toContain('Registratienummer')
  })
  test('chapter titles set in capitals by their style (`1. INLEIDING`) take the case of the table of contents, also of an entry over two lines', () => {
    const toc = ['Inhoudsopgave', '1. Inleiding . . . . . . . . . . . . . . . . 2', '2. Wonen in de kernen en het buitengebied van', 'Testdorp . . . . . . . . . . . . . . . . 3', '2.1. Kernen . . . . . . . . . . . . . . . . 3']
    const visie = ['Omgevingsvisie Testdorp 2040', '1. INLEIDING', PROSE, '2. WONEN IN DE KERNEN EN HET BUITENGEBIED VAN TESTDORP', PROSE, '2.1. Kernen', PROSE, '3. UITVOERING', PROSE]
    const { document } = read([toc.join('\n'), visie.join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Wonen in de kernen en het buitengebied van Testdorp', '2.1 Kernen', '3 UITVOERING'])
  })
  test('a capitalised title the contents or the running header gives only in short keeps those words and the rest in the case the text writes them', () => {
    const toc = ['Inhoudsopgave', '1. Inleiding . . . . . . . . . . . . . . . . 2', '2. Uitvoering . . . . . . . . . . . . . . . . 3', '3. Bijlagen . . . . . . . . . . . . . . . . 4']
    const body = 'De gemeente Testdorp werkt samen met het Waterschap Vallei en de provincie aan de NOVI-doelen en het dorp.'
    const visie = ['Omgevingsvisie Testdorp 2040', '1. INLEIDING', body, '2. UITVOERING: SAMEN MET TESTDORP, VALLEI EN HET RIJK', body, PROSE]
    const { document } = read([toc.join('\n'), visie.join('\n')])
    expect(headings(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Uitvoering: samen met Testdorp, Vallei en het rijk'])
    // Without a contents, the running header of each page names its chapter.
    const page = (kop: string, lines: readonly string[], n: number): string => [`Omgevingsvisie Testdorp 2040 · ${kop}`, ...lines, `Pagina ${n}`].join('\n')
    const pages = [
      page('1. Inleiding', ['Omgevingsvisie Testdorp 2040', '1. INLEIDING', body, PROSE], 2),
      page('1. Inleiding', [PROSE, PROSE], 3),
      page('2. Uitvoering', ['2. UITVOERING: SAMEN MET TESTDORP, VALLEI EN HET RIJK', body, PROSE], 4),
      page('2. Uitvoering', [PROSE, PROSE], 5),
    ]
    const second = read(pages).document
    expect(headings(second.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 Inleiding', '2 Uitvoering: samen met Testdorp, Vallei en het rijk'])
    // A contents that is itself in capitals says nothing about case: the titles stay as set.
    const caps = read([['INHOUD', '1. INLEIDING . . . . . 2', '2. UITVOERING . . . . . 3', '3. BIJLAGEN . . . . . 4'].join('\n'), visie.join('\n')]).document
    expect(headings(caps.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 INLEIDING', '2 UITVOERING: SAMEN MET TESTDORP, VALLEI EN HET RIJK'])
  })
  test('a footer printed once, below the signatures at the foot of the besluit\'s page, is furniture; a signer\'s name there is not', () => {
    const besluit = (tail: readonly string[]): string =>
      [...BESLUIT.split('\n').slice(0, 9), 'de griffier,', 'mr. drs. M.A. Jansen', 'de voorzitter,', ...tail].join('\n')
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')
    for (const footer of ['Gemeenteraad Testdorp, vergadering 1 juni 2026', 'Raadsbesluit Testdorp RB2026-017']) {
      const { document, findings } = readText(`${besluit(['drs. J.C. Berends', footer])}\n\f${visie}\n`, { file: 'test.txt' })
      const sluiting = JSON.stringify(document.besluit.sluiting)
      expect(sluiting).toContain('Aldus vastgesteld')
      expect(sluiting).not.toContain(footer)
      expect(findings.find((f) => f.code === 'VISIE-110')?.message).toContain(footer)
    }
    // A name without initials as the page's last line is the second signer, not a footer.
    const { document } = readText(`${besluit(['Femke Halsema'])}\n\f${visie}\n`, { file: 'test.txt' })
    expect(JSON.stringify(document.besluit.sluiting)).toContain('Femke Halsema')
  })
  test('a bijlage that names the visie it belongs to (`Bijlage 1 bij de Omgevingsvisie Testdorp: Werkingsgebieden`, `Bijlage bij de visie: …`) holds the GIO table', () => {
    const id = (k: number): string => `/join/id/regdata/gm9999/2026/${hex(k)}/nld@2026-06-01;1`
    const visie = ['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE].join('\n')
    for (const [kop, nummer, opschrift] of [['Bijlage 1 bij de Omgevingsvisie Testdorp: Werkingsgebieden', '1', 'Werkingsgebieden'], ['Bijlage bij de visie: Werkingsgebieden Testdorp', '', 'Werkingsgebieden Testdorp']] as const) {
      const { document } = read([visie, [kop, 'Naam Identificatie', `Dorpskern ${id(1)}`, `Polder Noord ${id(2)}`].join('\n')])
      expect(document.besluit.wijzigBijlage.regeling.bijlagen.map((b) => [b.kop.nummer ?? '', b.kop.opschrift])).toEqual([[nummer, opschrift]])
      expect(document.informatieobjecten.map((g) => g.naam)).toEqual(['Dorpskern', 'Polder Noord'])
    }
  })
  test('a short two-column stretch whose left column starts with a section heading beside the right column\'s last words (`2.1 …   met de Oosterschelde.`) is read in columns', () => {
    const pair = (a: string, b: string): string => (b === '' ? a : `${a.padEnd(56)}${b}`)
    const page = [
      pair('', 'De oude haven verbindt de stad via het kanaal'),
      pair('2.1 Een historische stad', 'met de Oosterschelde.'),
      'De binnenstad met de Grote Markt, het stadhuis en de',
      'kerk is een beschermd stadsgezicht van het Rijk.',
      '',
      '          “De haven en het water zijn het hart van de stad; daar willen wij naartoe groeien.”',
      '',
      pair('2.2 Dorpen met een eigen gezicht', '2.3 Polder en kust'),
      pair('De dorpen rond de stad houden hun eigen karakter', 'De polder blijft open en de dijken blijven'),
      pair('en hun voorzieningen; nieuwe woningen komen er', 'groen; de kust is voor natuur en recreatie.'),
      pair('naar de vraag van de eigen inwoners.', 'Wij werken daarin samen met het waterschap'),
      pair('Wij kijken per dorp wat nodig is en spreken dat', 'en met de provincie, en met de boeren die'),
      pair('af met de dorpsraad en de bewoners zelf.', 'er hun bedrijf hebben en houden willen.'),
      pair('Zo blijft ieder dorp een plek om te wonen.', 'Zo blijft de polder een plek om te werken.'),
    ]
    const { document } = read([['Omgevingsvisie Testdorp 2040', '1 Inleiding', PROSE, '2 De stad', PROSE].join('\n'), page.join('\n')])
    const lichaam = document.besluit.wijzigBijlage.regeling.lichaam
    expect(headings(lichaam)).toEqual(['1 Inleiding', '2 De stad', '2.1 Een historische stad', '2.2 Dorpen met een eigen gezicht', '2.3 Polder en kust'])
    expect(JSON.stringify(lichaam)).toContain('De oude haven verbindt de stad via het kanaal met de Oosterschelde.')
  })
})
