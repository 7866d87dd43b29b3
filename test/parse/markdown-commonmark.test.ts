/**
 * The Markdown reader is CommonMark + GFM tables: the hand-written fixtures/opmaak.md (emphasis, nested and numbered
 * lists, tables) reads into the model as written, round-trips through writeMarkdown, and syntax STOP cannot carry
 * is reported with its line and kept as plain text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Al, Divisie, Divisietekst, Document, Inline, Lijst, Opmaak, Tabel } from '../../src/model/index.js'
import { readText, writeMarkdown, writeOutline } from '../../src/parse/index.js'
import { allStrings, lichaam, withoutPositions } from './support.js'

const fixture = readFileSync(new URL('./fixtures/opmaak.md', import.meta.url), 'utf8')
const read = readText(fixture, { file: 'opmaak.md' })
const doc = read.document
/** The fixture with `body` in place of the paragraph under the run-in kop of 1.1. */
const wrap = (body: string) => fixture.replace('Een alinea onder de kop in de tekst.', body)
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1

const divisie = (d: Document, ...path: number[]): Divisie => {
  let nodes = lichaam(d)
  let out: Divisie | undefined
  for (const i of path) {
    out = nodes[i] as Divisie
    nodes = out.children
  }
  return out as Divisie
}
const tekst = (d: Divisie, i = 0) => d.children[i] as Divisietekst
const t = (value: string) => ({ type: 'text', value })
const b = (...children: unknown[]) => ({ type: 'opmaak', element: 'b', children })
const i = (...children: unknown[]) => ({ type: 'opmaak', element: 'i', children })
const li = (text: string, nummer?: string, sub?: unknown) => ({
  type: 'li',
  ...(nummer ? { nummer } : {}),
  children: [{ type: 'al', children: [t(text)] }, ...(sub ? [sub] : [])],
})

describe('the Markdown fixture reads as written', () => {
  test('no findings: everything in it has a STOP form', () => {
    expect(read.findings).toEqual([])
  })

  test('**b**, __b__, *i*, _i_, nesting and <sub>/<sup>/<u> become Opmaak; #gio: and #bijlage: links; escaped characters stay text', () => {
    const [nadruk, sub, escaped, vet] = tekst(divisie(doc, 0, 0)).children.map((a) => withoutPositions((a as Al).children))
    expect(nadruk).toEqual([
      t('Een alinea met '), b(t('vette tekst')), t(', '), i(t('cursieve tekst')), t(', '), b(t('ook vet')), t(', '), i(t('ook cursief')),
      t(' en '), b(t('vet met '), i(t('cursief')), t(' erin')), t('.'),
    ])
    expect(sub).toEqual([
      t('Het '), { type: 'intIoRef', gio: 'visiegebied', value: 'visiegebied' }, t(' staat in '), { type: 'intRef', target: 'bijlage:I', value: 'Bijlage I' }, t('; water is H'),
      { type: 'opmaak', element: 'sub', children: [t('2')] }, t('O, een plein van 400 m'), { type: 'opmaak', element: 'sup', children: [t('2')] },
      t(' en '), { type: 'opmaak', element: 'u', children: [t('onderstreept')] }, t(' mag ook.'),
    ])
    expect(escaped).toEqual([t('Tekens die hier geen opmaak zijn: 5 * 3, een _losse_ underscore, [haken], `backticks` en <b>.')])
    // __…__ alone is a bold paragraph; **…** alone is the kop of the next Divisietekst
    expect(vet).toEqual([b(t('Een alinea die helemaal vet is.'))])
    expect(tekst(divisie(doc, 0, 0), 1).kop).toMatchObject({ opschrift: 'Een kop binnen de tekst' })
  })

  test('-, 1. and 4) lists with nesting: ongemarkeerd/expliciet, Li.nummer from the source marker, the sublist inside its Li', () => {
    const blocks = tekst(divisie(doc, 0, 1)).children.map(withoutPositions)
    const lists = blocks.filter((x) => (x as Lijst).type === 'lijst')
    expect(lists).toEqual([
      {
        type: 'lijst',
        lijsttype: 'ongemarkeerd',
        children: [
          li('eerste punt'),
          { type: 'li', children: [{ type: 'al', children: [t('tweede punt met '), b(t('nadruk'))] }, {
            type: 'lijst',
            lijsttype: 'ongemarkeerd',
            children: [li('genest punt'), li('nog een genest punt', undefined, {
              type: 'lijst', lijsttype: 'expliciet', children: [li('diep genummerd', '1.'), li('tweede diep genummerd', '2.')],
            })],
          }] },
          li('derde punt'),
        ],
      },
      {
        type: 'lijst',
        lijsttype: 'expliciet',
        children: [
          li('stap een', '1.'),
          li('stap twee', '2.', { type: 'lijst', lijsttype: 'expliciet', children: [li('deelstap a', 'a)'), li('deelstap b', 'b)')] }),
          li('stap drie', '3.'),
        ],
      },
      { type: 'lijst', lijsttype: 'expliciet', children: [li('vierde', '4)'), li('vijfde', '5)')] },
      // `a\)` is an escaped marker: a bullet whose text starts with "a)"
      { type: 'lijst', lijsttype: 'ongemarkeerd', children: [li('a) een gewoon punt dat met een letter begint')] },
    ])
    const considerans = withoutPositions(doc.besluit.aanhef.considerans?.lijst)
    expect(considerans).toMatchObject({ lijsttype: 'expliciet', children: [{ nummer: '1.' }, { nummer: '2.', children: [{}, { lijsttype: 'expliciet', children: [{ nummer: 'a)' }, { nummer: 'b)' }] }] }] })
  })

  test('GFM tables: header row → kop, cells with emphasis, escaped pipe, empty cell; an empty header row → no kop', () => {
    const [first, second] = [tekst(divisie(doc, 0, 2), 0), tekst(divisie(doc, 0, 2), 1)]
    const tabel = withoutPositions(first.children[0]) as Tabel
    const cell = (...children: unknown[]) => ({ children: children.length > 0 ? [{ type: 'al', children }] : [] })
    expect(tabel).toEqual({
      type: 'tabel',
      kolommen: 3,
      kop: [{ cellen: [cell(t('Thema')), cell(t('Ambitie')), cell(t('Jaar'))] }],
      rijen: [
        { cellen: [cell(t('Wonen')), cell(b(t('1.000')), t(' woningen erbij')), cell(t('2030'))] },
        { cellen: [cell(t('Groen')), cell(t('meer '), i(t('bomen')), t(' in de wijken')), cell(t('2040'))] },
        { cellen: [cell(t('Mobiliteit | OV')), cell(t('snelle lijnen')), cell()] },
      ],
    })
    // `***` ended the first Divisietekst; the table without header has no kop rows
    expect(second.children.map((c) => c.type)).toEqual(['al', 'tabel'])
    expect(second.children[1]).toMatchObject({ kolommen: 2, kop: [], rijen: [{ cellen: [{}, {}] }] })
  })

  test('positions are lines of the Markdown: list items, nested items, tables', () => {
    const lijst = tekst(divisie(doc, 0, 1)).children.find((c) => c.type === 'lijst') as Lijst
    const nested = lijst.children[1]?.children[1] as Lijst
    expect(lijst.children[1]?.position?.start.line).toBe(lineOf(fixture, '- tweede punt'))
    expect(nested.children[1]?.position?.start.line).toBe(lineOf(fixture, '  - nog een genest punt'))
    expect(nested.position?.start.line).toBe(lineOf(fixture, '  - genest punt'))
    const tabel = tekst(divisie(doc, 0, 2)).children[0] as Tabel
    expect(tabel.position).toEqual({ start: { line: lineOf(fixture, '| Thema'), column: 1 }, end: { line: lineOf(fixture, '| Mobiliteit') + 1, column: 1 } })
  })

  test('besluit: ondertekening, artikel with its Bijlage A reference and date, Bijlage I informatieobject', () => {
    expect(doc.besluit.sluiting?.ondertekening.map((o) => [o.functie, o.naam])).toEqual([['Griffier', 'A. de Vries'], ['Voorzitter', 'B. Jansen']])
    expect(doc.besluit.artikelen.map((a) => [a.soort, a.inwerkingtreding])).toEqual([['wijzig', undefined], ['gewoon', '2026-12-12']])
    expect(withoutPositions(doc.besluit.aanhef.children[1]?.children)).toEqual([t('gelezen het voorstel van burgemeester en wethouders van '), b(t('8 oktober')), t(';')])
    expect(doc.informatieobjecten.map((io) => io.naam)).toEqual(['visiegebied'])
  })
})

describe('line endings', () => {
  test('CRLF and CR Markdown read as LF: same model, same lines', () => {
    const text = wrap('regel een\nregel twee')
    const lf = readText(text, { file: 'x.md' })
    for (const eol of ['\r\n', '\r']) {
      const other = readText(text.replace(/\n/gu, eol), { file: 'x.md' })
      expect(other.document).toEqual(lf.document)
      expect(other.findings).toEqual([])
    }
    expect((tekst(divisie(lf.document, 0, 0), 1).children[0] as Al).children).toMatchObject([{ type: 'text', value: 'regel een regel twee' }])
  })
})

describe('round trip of the fixture through writeMarkdown', () => {
  const md = writeMarkdown(doc)

  test('reads back to the same model and writes the same Markdown again', () => {
    const back = readText(md, { file: 'terug.md' })
    expect(back.findings).toEqual([])
    expect(withoutPositions(back.document)).toEqual(withoutPositions(doc))
    expect(writeMarkdown(back.document)).toBe(md)
  })

  test('the written Markdown is the fixture in its canonical form (one way to write each construct)', () => {
    const canonical = fixture
      .replace('__ook vet__, _ook cursief_', '**ook vet**, *ook cursief*')
      .replace('| --- | :-- | --: |', '| --- | --- | --- |')
      .replace('\\<b\\>', '\\<b>')
    expect(md).toBe(canonical)
  })
})

describe('round trip of every development corpus text (test/corpus/*/raw.txt) through writeMarkdown', () => {
  const corpus = new URL('../corpus/', import.meta.url)
  // holdout documents stay unread until the final measurement (test/corpus/README.md)
  const holdout = (d: string): boolean =>
    (JSON.parse(readFileSync(new URL(`${d}/truth.json`, corpus), 'utf8')) as { set?: string }).set === 'holdout'
  const texts = readdirSync(corpus).filter((d) => existsSync(new URL(`${d}/raw.txt`, corpus)) && !holdout(d))
  test('the corpus is there', () => {
    expect(texts.length).toBeGreaterThanOrEqual(10)
  })
  for (const c of texts) {
    test(`${c}: the Markdown reads back to the same model, with no Markdown findings`, () => {
      const r = readText(readFileSync(new URL(`${c}/raw.txt`, corpus), 'utf8'), { file: 'raw.txt' })
      const md = writeMarkdown(r.document)
      const back = readText(md, { file: 'raw.md' })
      expect(withoutPositions(back.document)).toEqual(withoutPositions(r.document))
      expect(back.findings.filter((f) => /^VISIE-1(?:09|2\d)$/u.test(f.code))).toEqual([])
      expect(writeMarkdown(back.document)).toBe(md)
    })
  }
})

describe('syntax STOP cannot carry', () => {
  const cases: [string, string, string][] = [
    ['VISIE-120', '```\ncode in een blok\n```', 'code in een blok'],
    ['VISIE-120', '    ingesprongen regel', 'ingesprongen regel'],
    ['VISIE-121', '<div class="x">tekst in html</div>', 'tekst in html'],
    ['VISIE-121', 'een <span>losse</span> tag', 'een losse tag'],
    ['VISIE-122', 'zie [de website](https://example.org) voor meer', 'zie de website voor meer'],
    ['VISIE-123', '![kaart](kaart.png)', 'kaart'],
    ['VISIE-124', '> een citaat', 'een citaat'],
    ['VISIE-125', 'een **losse opening', 'een losse opening'],
    ['VISIE-126', 'een `stukje code` hier', 'een stukje code hier'],
  ]
  for (const [code, markdown, kept] of cases) {
    test(`${code}: ${markdown.split('\n')[0]}`, () => {
      const text = wrap(markdown)
      const r = readText(text, { file: 'x.md' })
      const line = lineOf(text, markdown.split('\n')[0] as string)
      expect(r.findings.map((f) => [f.code, f.severity, f.source?.line])).toEqual([[code, 'waarschuwing', line]])
      const al = tekst(divisie(r.document, 0, 0), 1).children[0] as Al
      expect(al.children.map((c) => ('value' in c ? c.value : '')).join('')).toBe(kept)
    })
  }

  test('emphasis in a heading: VISIE-129, the kop keeps its text (Kop.opschrift is plain text in the model)', () => {
    const text = fixture.replace('#### 1.2 Lijsten', '#### 1.2 *Lijsten* en **meer**')
    const r = readText(text, { file: 'x.md' })
    expect(r.findings.map((f) => [f.code, f.source?.line, f.data])).toEqual([['VISIE-129', lineOf(text, '#### 1.2'), { soort: 'opmaak in een kop' }]])
    expect(divisie(r.document, 0, 1).kop).toMatchObject({ nummer: '1.2', opschrift: 'Lijsten en meer' })
  })

  test('an unnumbered heading whose first word looks like a nummer round-trips through a character reference', () => {
    const d = structuredClone(doc)
    const target = (d.besluit.wijzigBijlage.regeling.lichaam[0] as Divisie).children[1] as { kop: object }
    target.kop = { opschrift: 'U en de visie' }
    const md = writeMarkdown(d)
    expect(md).toContain('\n#### &#85; en de visie\n')
    expect(divisie(readText(md, { file: 'x.md' }).document, 0, 1).kop).toEqual({ opschrift: 'U en de visie', position: expect.anything() })
    expect(divisie(readText(md.replace('&#85;', 'U'), { file: 'x.md' }).document, 0, 1).kop).toMatchObject({ nummer: 'U', opschrift: 'en de visie' })
  })

  test('a table whose delimiter row does not fit the header: VISIE-128, the rows kept as text, no | --- | in the model', () => {
    const text = wrap('| a | b |\n| --- |\n| 1 | 2 |')
    const r = readText(text, { file: 'x.md' })
    expect(r.findings.map((f) => [f.code, f.source?.line])).toEqual([['VISIE-128', lineOf(text, '| --- |')]])
    expect(allStrings(r.document).join('\n')).not.toMatch(/---/u)
    expect(allStrings(tekst(divisie(r.document, 0, 0), 1)).join(' ')).toContain('| a | b |')
  })

  test('a table row with more cells than the header: VISIE-128, the cells kept as columns', () => {
    const text = wrap('| a | b |\n| --- | --- |\n| 1 | 2 | 3 |')
    const r = readText(text, { file: 'x.md' })
    expect(r.findings.map((f) => [f.code, f.data])).toEqual([['VISIE-128', { soort: 'cellen', cellen: 3, kolommen: 2 }]])
    expect(tekst(divisie(r.document, 0, 0), 1).children[0]).toMatchObject({ type: 'tabel', kolommen: 3 })
  })

  test('a list item with a second paragraph: VISIE-127, joined into the item', () => {
    const text = wrap('- eerste alinea\n\n  tweede alinea\n- volgend punt')
    const r = readText(text, { file: 'x.md' })
    expect(r.findings.map((f) => [f.code, f.source?.line])).toEqual([['VISIE-127', lineOf(text, '  tweede alinea')]])
    const lijst = tekst(divisie(r.document, 0, 0), 1).children[0] as Lijst
    expect(withoutPositions(lijst.children.map((x) => x.children))).toEqual([[{ type: 'al', children: [t('eerste alinea tweede alinea')] }], [{ type: 'al', children: [t('volgend punt')] }]])
  })

  test('no Markdown syntax in any string of the model after reading all of them at once', () => {
    const text = wrap(cases.map((c) => c[1]).join('\n\n'))
    const r = readText(text, { file: 'x.md' })
    expect(r.findings.map((f) => f.code).sort()).toEqual(cases.map((c) => c[0]).sort())
    const strings = allStrings(tekst(divisie(r.document, 0, 0), 1)).join('\n')
    expect(strings).not.toMatch(/\*\*|```|<\/?[a-z]+>|\]\(|^>/mu)
  })
})

describe('hostile nesting', () => {
  test('quotes or lists nested deeper than 64 levels: VISIE-130 (blokkerend) on the line, nothing parsed, no crash', () => {
    const quotes = wrap(`${'> '.repeat(20000)}x`)
    const r = readText(quotes, { file: 'x.md' })
    expect(r.findings[0]).toMatchObject({ code: 'VISIE-130', severity: 'blokkerend', source: { line: lineOf(quotes, '> > >') }, data: { diepte: 20000, maximum: 64 } })
    const lists = wrap(Array.from({ length: 3000 }, (_, k) => `${' '.repeat(k * 2)}- x`).join('\n'))
    expect(readText(lists, { file: 'x.md' }).findings[0]).toMatchObject({ code: 'VISIE-130', data: { diepte: 65 } })
  })

  test('a paragraph with more than 1000 * and _ loses them (VISIE-131) instead of costing micromark minutes', () => {
    const text = wrap(`${'*'.repeat(40000)}x${'*'.repeat(40000)}`)
    const started = Date.now()
    const r = readText(text, { file: 'x.md' })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(r.findings.map((f) => [f.code, f.source?.line, f.data])).toEqual([['VISIE-131', lineOf(text, '***'), { tekens: 80000, maximum: 1000 }]])
    expect((tekst(divisie(r.document, 0, 0), 1).children[0] as Al).children).toMatchObject([{ type: 'text', value: 'x' }])
  })

  test('a list of 600 bold items is 600 paragraphs, each under the limit', () => {
    const text = wrap(Array.from({ length: 600 }, (_, k) => `- **naam ${k}**: tekst`).join('\n'))
    const r = readText(text, { file: 'x.md' })
    expect(r.findings).toEqual([])
    const lijst = tekst(divisie(r.document, 0, 0), 1).children[0] as Lijst
    expect(lijst.children).toHaveLength(600)
    expect(lijst.children[599]?.children[0]).toMatchObject({ children: [{ type: 'opmaak', element: 'b' }, { type: 'text', value: ': tekst' }] })
  })

  test('ten levels of lists are read', () => {
    const text = wrap(Array.from({ length: 10 }, (_, k) => `${' '.repeat(k * 2)}- niveau ${k}`).join('\n'))
    const r = readText(text, { file: 'x.md' })
    expect(r.findings).toEqual([])
    let lijst = tekst(divisie(r.document, 0, 0), 1).children[0] as Lijst | undefined
    let depth = 0
    while (lijst) {
      depth++
      lijst = lijst.children[0]?.children[1] as Lijst | undefined
    }
    expect(depth).toBe(10)
  })
})

describe('writeOutline', () => {
  test('shows LiNummer, tables row by row and the text of emphasis', () => {
    const outline = writeOutline(doc)
    expect(outline).toContain('\n                li a): deelstap a  @' + lineOf(fixture, '- a) deelstap a') + '\n')
    expect(outline).toContain(`\n            tabel 3 kolommen, 1 koprij(en), 3 rij(en)  @${lineOf(fixture, '| Thema')}-${lineOf(fixture, '| Mobiliteit')}\n`)
    expect(outline).toContain('\n              kop: Thema | Ambitie | Jaar\n')
    expect(outline).toContain('\n              rij: Mobiliteit \\| OV | snelle lijnen | \n')
    expect(outline).toContain('al: Een alinea met vette tekst, cursieve tekst, ook vet, ook cursief en vet met cursief erin.')
  })
})

describe('writeMarkdown escapes what CommonMark would read as syntax', () => {
  const alphabet = fc.constantFrom(...'ab Z1.)#*_-+>|`[]()!<&\\~:;'.split(''), 'a', 'b', ' ', '&amp;', '1. ', '- ', '***', '__', '|')
  const text = fc.array(alphabet, { minLength: 1, maxLength: 10 }).map((xs) => xs.join('')).filter((s) => s.trim() === s && s !== '' && !/ {2}/u.test(s))
  const inline: fc.Arbitrary<Inline[]> = fc.letrec<{ run: Inline[]; node: Inline }>((tie) => ({
    run: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((value): Inline => ({ type: 'text', value })),
      fc.record({ element: fc.constantFrom<Opmaak['element']>('b', 'i', 'sup'), children: tie('run') }).map((o): Inline => ({ type: 'opmaak', ...o })),
    ),
  })).run

  /** What a reader can give back: adjacent text merged, no text at the edges of the paragraph with spaces. */
  const normal = (xs: readonly Inline[]): Inline[] => {
    const out: Inline[] = []
    for (const x of xs) {
      const y = x.type === 'opmaak' ? { ...x, children: normal(x.children) } : x
      const last = out[out.length - 1]
      if (y.type === 'text' && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + y.value }
      else out.push(y)
    }
    return out
  }
  const plain = (xs: readonly Inline[]): string => xs.map((x) => (x.type === 'opmaak' ? plain(x.children) : 'value' in x ? x.value : '')).join('')

  test('any text with emphasis in a paragraph, a list item and a table cell reads back as the same inlines', () => {
    const base = divisie(doc, 0, 0)
    fc.assert(
      fc.property(inline, (children) => {
        const al: Al = { type: 'al', children: normal(children) }
        fc.pre(plain(al.children).trim() === plain(al.children) && !/ {2}/u.test(plain(al.children)))
        const cel = { children: [al] }
        const blocks = [
          al,
          { type: 'lijst', lijsttype: 'ongemarkeerd', children: [{ type: 'li', children: [al] }] },
          { type: 'lijst', lijsttype: 'expliciet', children: [{ type: 'li', nummer: 'a)', children: [al] }] },
          { type: 'tabel', kolommen: 1, kop: [{ cellen: [cel] }], rijen: [{ cellen: [cel] }] },
        ] as const
        const changed = { ...tekst(base), children: blocks }
        const d: Document = structuredClone(doc)
        const target = (d.besluit.wijzigBijlage.regeling.lichaam[0] as Divisie).children[0] as Divisie
        ;(target as unknown as { children: unknown[] }).children = [changed]
        const back = readText(writeMarkdown(d), { file: 'p.md' })
        const got = ((lichaam(back.document)[0] as Divisie | undefined)?.children[0] as Divisie | undefined)?.children[0] as Divisietekst | undefined
        expect(withoutPositions(got?.children)).toEqual(withoutPositions(blocks))
      }),
      { numRuns: 150, seed: 20261204 },
    )
  })
})
