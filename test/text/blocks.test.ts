import { describe, expect, test } from 'vitest'
import { toBlocks, type TextBlock } from '../../src/text/blocks.js'
import { buildVocabulary } from '../../src/text/dehyphenate.js'
import { dropFurniture } from '../../src/text/furniture.js'
import { toSourceLines, type SourceLine } from '../../src/text/lines.js'
import { dropToc } from '../../src/text/toc.js'

function blocks(text: string): TextBlock[] {
  const lines = toSourceLines(text)
  return toBlocks(lines, { vocabulary: buildVocabulary(lines), lineWidth: 100, numbered: true })
}

const FULL = 'Dit is een regel die zo lang is dat zij de volle breedte van de pagina vult en dus doorloopt in de'

describe('block detection', () => {
  test('numbered headings, run-in headings, paragraphs, bullets with continuation lines, captions', () => {
    const b = blocks(
      [
        '1 Inleiding',
        '1.1 Waarom',
        'Een tussenkop',
        `${FULL}`,
        'volgende regel.',
        '• een punt dat doorloopt over',
        'twee regels;',
        '• nog een punt.',
        'Ruimtelijke schets: De stad',
        '2 Verder',
      ].join('\n'),
    )
    expect(b.map((x) => [x.kind, x.from, x.to])).toEqual([
      ['heading', 1, 1], ['heading', 2, 2], ['runin', 3, 3], ['paragraph', 4, 5], ['bullet', 6, 7], ['bullet', 8, 8],
      ['caption', 9, 9], ['heading', 10, 10],
    ])
    expect(b[4]).toMatchObject({ text: 'een punt dat doorloopt over twee regels;' })
  })

  test('a number that continues a sentence is not a heading; "Hoofdstuk 3 …" is not a heading either', () => {
    const b = blocks(['1 Inleiding', 'Zoals beschreven in het hoofdstuk over de toekomst, zien we dat Assen groeit tot in het jaar', '2 Procent per jaar is veel.', 'Hoofdstuk 2 beschrijft de rest.'].join('\n'))
    expect(b.filter((x) => x.kind === 'heading').map((x) => x.from)).toEqual([1])
  })

  test('a heading out of sequence is still a heading and says what was expected', () => {
    const b = blocks(['1 Inleiding', 'Tekst.', '1.3 Te ver', 'Tekst.'].join('\n'))
    expect(b[2]).toMatchObject({ kind: 'heading', nummer: '1.3', expected: ['1.1', '2'] })
  })

  test('a roman chapter number on its own line above its title, sections numbered in arabic under it', () => {
    const b = blocks(['I', 'Maastricht in 2040', 'Een zin als tekst.', '1.1 Waarom deze visie', 'Nog een zin.', 'II', 'Stad aan de Maas', 'Tekst.'].join('\n'))
    expect(b.filter((x) => x.kind === 'heading').map((x) => x.kind === 'heading' && [x.nummer, x.opschrift, x.level])).toEqual([
      ['I', 'Maastricht in 2040', 1],
      ['1.1', 'Waarom deze visie', 2],
      ['II', 'Stad aan de Maas', 1],
    ])
  })

  test('chapters numbered by letter with their sections (A, A.1, A.1.1, B); a letter line in a decimal outline stays text', () => {
    const b = blocks(['A OVER DEZE VISIE', 'Tekst.', 'A.1 Wat is een omgevingsvisie?', 'Tekst.', 'A.1.1 Het Omgevingswet-stelsel', 'Tekst.', 'B KERNKWALITEITEN', 'Tekst.', 'B.1 Het landschap', 'Tekst.'].join('\n'))
    expect(b.filter((x) => x.kind === 'heading').map((x) => x.kind === 'heading' && [x.nummer, x.opschrift, x.level])).toEqual([
      ['A', 'OVER DEZE VISIE', 1],
      ['A.1', 'Wat is een omgevingsvisie?', 2],
      ['A.1.1', 'Het Omgevingswet-stelsel', 3],
      ['B', 'KERNKWALITEITEN', 1],
      ['B.1', 'Het landschap', 2],
    ])
    const decimal = blocks(['1 Inleiding', 'Tekst.', 'B Bereikbaarheid', 'Tekst.', '2 Ambities'].join('\n'))
    expect(decimal.filter((x) => x.kind === 'heading').map((x) => x.kind === 'heading' && x.nummer)).toEqual(['1', '2'])
  })

  test('a numbered list after a colon under a section is a list, not chapters out of the outline', () => {
    const b = blocks(['1 Groningen in 2040', '1.1 Vier hoofdkeuzes', 'Deze visie maakt vier hoofdkeuzes:', '1. Veiligheid en herstel gaan voor', '2. Groningen levert de energie', '3. Het landschap blijft herkenbaar', '1.2 Status en doorwerking', 'Tekst.', '2 Veilig wonen'].join('\n'))
    expect(b.filter((x) => x.kind === 'heading').map((x) => x.kind === 'heading' && [x.nummer, Boolean(x.expected)])).toEqual([
      ['1', false],
      ['1.1', false],
      ['1.2', false],
      ['2', false],
    ])
    expect(b.filter((x) => x.kind === 'bullet')).toHaveLength(3)
  })

  test('lists whose markers the extraction lost: lower-case lines ending in ";" after a colon', () => {
    const b = blocks(['De visie:', 'geeft richting aan keuzes;', 'biedt een kader voor initiatieven;', 'regelt zelf niets.', 'Daarna een gewone zin.'].join('\n'))
    expect(b.filter((x) => x.kind === 'bullet').map((x) => x.text)).toEqual(['geeft richting aan keuzes;', 'biedt een kader voor initiatieven;', 'regelt zelf niets.'])
  })

  test('a heading from typography (PDF, DOCX) takes its level from the outline when its number continues it', () => {
    const texts: [string, number | undefined][] = [['Deel A Visie', 1], ['Hoofdstuk 1 Limburg in Europa', 1], ['1.1 Een grensprovincie', 2], ['Tekst van de paragraaf.', undefined], ['Deel B Opgaven', 1], ['Hoofdstuk 2 Ambities', 1]]
    const lines: SourceLine[] = texts.map(([text, level], k) => ({
      line: k + 1, text, raw: text, indent: 0, page: 0, pageStart: k === 0,
      ...(level !== undefined ? { hints: { heading: { level } } } : { hints: { paragraphEnd: true } }),
    }))
    const b = toBlocks(lines, { vocabulary: buildVocabulary(lines), lineWidth: 100, numbered: true })
    expect(b.filter((x) => x.kind === 'heading').map((x) => x.kind === 'heading' && [x.nummer, x.level])).toEqual([
      ['A', 1], ['1', 2], ['1.1', 3], ['B', 1], ['2', 2],
    ])
  })

  test('a paragraph ends where the next word would have fitted on the line', () => {
    const short = 'Deze zin eindigt ruim voor de rand.'
    expect(blocks(['1 A', short, 'Nieuwe alinea.'].join('\n')).map((x) => x.kind)).toEqual(['heading', 'paragraph', 'paragraph'])
    const full = `${FULL.slice(0, 96)}.`
    expect(blocks(['1 A', full, 'Doorlopend.'].join('\n')).map((x) => x.kind)).toEqual(['heading', 'paragraph'])
  })
})

describe('page furniture', () => {
  test('without form feeds: what recurs around the page numbers (footer, number, watermark letters) is dropped', () => {
    const page = (n: number, body: string): string[] => [body, 'Voettekst van het concept', String(n), ' ', 'C', 'on', 'ce', 'pt']
    const text = [...page(9, 'Tekst een.'), ...page(10, 'Tekst twee.'), ...page(11, 'Tekst drie.'), 'Tekst vier.'].join('\n')
    const { lines, removed } = dropFurniture(toSourceLines(text))
    expect(lines.map((l) => l.text)).toEqual(['Tekst een.', 'Tekst twee.', 'Tekst drie.', 'Tekst vier.'])
    expect(removed).toHaveLength(3 * 6)
  })

  test('with form feeds: running header, "Pagina N van M" and bare page numbers go; a chapter number at a page top stays', () => {
    const pages = [
      ['Omgevingsvisie Drenthe 2050', '1 Inleiding', 'Tekst een.', 'Pagina 3 van 6'],
      ['Omgevingsvisie Drenthe 2050', 'Tekst twee.', 'Pagina 4 van 6'],
      ['Omgevingsvisie Drenthe 2050', '2', 'Visie', 'Tekst drie.', 'Pagina 5 van 6'],
      ['Omgevingsvisie Drenthe 2050', 'Tekst vier.', 'Pagina 6 van 6'],
    ]
    const { lines, removed } = dropFurniture(toSourceLines(pages.map((p) => p.join('\n')).join('\n\f')))
    expect(lines.map((l) => l.text)).toEqual(['1 Inleiding', 'Tekst een.', 'Tekst twee.', '2', 'Visie', 'Tekst drie.', 'Tekst vier.'])
    expect(removed).toHaveLength(8)
  })

  test('a chapter title repeated as running header is dropped as header, the heading under it stays', () => {
    const pages = [
      ['Wonen', '3 Wonen', 'Tekst een.', '7'],
      ['Wonen', 'Tekst twee.', '8'],
      ['Wonen', 'Tekst drie.', '9'],
    ]
    const { lines } = dropFurniture(toSourceLines(pages.map((p) => p.join('\n')).join('\n\f')))
    expect(lines.map((l) => l.text)).toEqual(['3 Wonen', 'Tekst een.', 'Tekst twee.', 'Tekst drie.'])
  })

  test('page numbers in the outer margin at the height of the text go, also beside a column (-layout); a bare chapter number above its title stays', () => {
    const words = ['Wonen', 'Werken', 'Water', 'Natuur']
    const body = (n: number): string[] => [`    ${words[n - 1]} krijgt hier ruimte, zo zegt deze alinea`, `    ${words[n - 1]?.toLowerCase()} blijft belangrijk.`]
    const pages = [
      [...body(1), '    1', '    Inleiding', ...body(1), '2                  de linkerkolom,        de rechterkolom,'],
      [...body(2), '    Een regel in de tekst.                                          3', ...body(2)],
      [...body(3), '                                                                   4', ...body(3)],
      [...body(4), '    Zomaar een regel.', ...body(4)],
    ]
    const { lines, removed } = dropFurniture(toSourceLines(pages.map((p) => p.join('\n')).join('\n\f')))
    const texts = lines.map((l) => l.text)
    expect(texts).toContain('1')
    expect(texts).toContain('de linkerkolom, de rechterkolom,')
    expect(texts).toContain('Een regel in de tekst.')
    expect(texts.filter((t) => /^\d$/u.test(t))).toEqual(['1'])
    expect(removed.map((r) => r.line.text)).toEqual(['2', '3', '4'])
    // The column stays where it was: the margin number is blanked, not cut out.
    expect(lines.find((l) => l.text === 'de linkerkolom, de rechterkolom,')?.indent).toBe(19)
  })

  test('a table whose last column holds small numbers is no table of contents; one with dot leaders, or titles found later, is', () => {
    const table = ['Vraagstuk Kern van de opgave Hoofdstuk', 'Klimaatverandering wateroverlast en hitte 3', 'Energietransitie ruimte voor wind en zon 4', 'Verstedelijking woningbouw rond de stad 4', 'Natuur natuurnetwerk versterken 3']
    expect(dropToc(toSourceLines(table.join('\n'))).removed).toEqual([])
    const leaders = ['1 Inleiding . . . . . 3', '2 Ambities . . . . . 5', '3 Gebieden . . . . . 8', 'Tekst.']
    expect(dropToc(toSourceLines(leaders.join('\n'))).removed.map((l) => l.text)).toEqual(leaders.slice(0, 3))
    const plain = ['1 Inleiding 3', '2 Ambities 5', '3 Gebieden 8', 'Tekst.', '1 Inleiding', 'Tekst.', '2 Ambities', 'Tekst.', '3 Gebieden']
    expect(dropToc(toSourceLines(plain.join('\n'))).removed.map((l) => l.text)).toEqual(plain.slice(0, 3))
  })

  test('a page number glued above a labelled heading (-raw) goes; a footer with a date and version does not number the page', () => {
    const words = ['Wonen', 'Werken', 'Water', 'Natuur']
    const body = (n: number): string[] => [`${words[n - 1]} krijgt hier ruimte, zo zegt deze alinea`, `${words[n - 1]?.toLowerCase()} blijft belangrijk.`]
    const footer = 'Omgevingsvisie Eiland · vastgesteld 24 juni 2026 · versie 1.0'
    const pages = [
      [...body(1), footer],
      ['3', 'Hoofdstuk 1 – Inleiding', ...body(2), footer],
      [...body(3), '4', footer],
      ['5', 'Hoofdstuk 2 – Opgaven', ...body(4), footer],
    ]
    const { lines } = dropFurniture(toSourceLines(pages.map((p) => p.join('\n')).join('\n\f')))
    const texts = lines.map((l) => l.text)
    expect(texts.filter((t) => /^\d$/u.test(t))).toEqual([])
    expect(texts).toContain('Hoofdstuk 1 – Inleiding')
    expect(texts).toContain('Hoofdstuk 2 – Opgaven')
  })

  test('a number that occurs once is content, not a page number', () => {
    const { lines } = dropFurniture(toSourceLines(['Bijlage II Visiekaart', '1', 'Tekst.'].join('\n')))
    expect(lines.map((l) => l.text)).toEqual(['Bijlage II Visiekaart', '1', 'Tekst.'])
  })

  test('ligatures become letters; soft hyphens vanish inside a line and join words at its end', () => {
    const lines = toSourceLines('de ofﬁciële\u00ADtekst\nomgevings\u00AD\nvisie')
    expect(lines.map((l) => l.text)).toEqual(['de officiëletekst', 'omgevings\u00AD', 'visie'])
    expect(blocks('1 A\nDe omgevings\u00AD\nvisie is af.')[1]).toMatchObject({ kind: 'paragraph', text: 'De omgevingsvisie is af.' })
  })

  test('original line numbers survive CRLF, a BOM and form feeds; a leading space marks a new page', () => {
    const lines = toSourceLines('\uFEFFeen\r\n\r\n twee\r\n\fdrie')
    expect(lines.map((l) => [l.line, l.text, l.pageStart])).toEqual([[1, 'een', false], [3, 'twee', true], [4, 'drie', true]])
  })
})

describe('lines whose source format says what they are (LineHints: PDF, DOCX)', () => {
  const vocabulary = buildVocabulary([])
  const line = (n: number, text: string, hints?: SourceLine['hints']): SourceLine => ({ line: n, text, pageStart: false, page: 0, raw: text, indent: 0, ...(hints ? { hints } : {}) })

  test('a styled heading keeps its level and computed number; an unnumbered one has an empty number', () => {
    const b = toBlocks(
      [
        line(1, 'Leeswijzer', { heading: { level: 1 }, paragraphEnd: true }),
        line(2, 'Deze visie is kort.', { paragraphEnd: true }),
        line(3, '2.1 Wonen', { heading: { level: 2 }, paragraphEnd: true }),
        line(4, 'Wonen is belangrijk', { paragraphEnd: true }),
        line(5, 'Bold tussenkop', { heading: { level: 0 }, paragraphEnd: true }),
      ],
      { vocabulary, lineWidth: 100, numbered: true },
    )
    expect(b.map((x) => (x.kind === 'heading' ? [x.kind, x.nummer, x.opschrift, x.level] : [x.kind]))).toEqual([
      ['heading', '', 'Leeswijzer', 1],
      ['paragraph'],
      ['heading', '2.1', 'Wonen', 2],
      ['paragraph'],
      ['runin'],
    ])
  })

  test('paragraphEnd overrides the guess from punctuation: a short line without a full stop still ends its paragraph', () => {
    const b = toBlocks(
      [
        line(1, 'Wonen is belangrijk', { paragraphEnd: true }),
        line(2, 'Werken ook', { paragraphEnd: false }),
        line(3, 'en recreëren.', { paragraphEnd: true }),
      ],
      { vocabulary, lineWidth: 100, numbered: true },
    )
    expect(b.map((x) => (x.kind === 'paragraph' ? x.text : x.kind))).toEqual(['Wonen is belangrijk', 'Werken ook en recreëren.'])
  })

  test('list items and tables from the source', () => {
    const b = toBlocks(
      [
        line(1, 'eerste punt', { listItem: { depth: 0, marker: 'a.' }, paragraphEnd: true }),
        line(2, 'genest punt', { listItem: { depth: 1 }, paragraphEnd: true }),
        line(3, 'Naam | Identificatie', { table: { header: 1, rows: [['Naam', 'Identificatie'], ['Centrum', '/join/id/regdata/gm0106/2026/centrum']] } }),
      ],
      { vocabulary, lineWidth: 100, numbered: true },
    )
    expect(b[0]).toMatchObject({ kind: 'bullet', text: 'eerste punt', depth: 0, marker: 'a.' })
    expect(b[1]).toMatchObject({ kind: 'bullet', text: 'genest punt', depth: 1 })
    expect(b[2]).toMatchObject({ kind: 'table', header: 1, rows: [[{ text: 'Naam' }, { text: 'Identificatie' }], [{ text: 'Centrum' }, { text: '/join/id/regdata/gm0106/2026/centrum' }]] })
  })
})
