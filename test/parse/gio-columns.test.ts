/**
 * GIO tables with a short code column beside the naam, read from the `-raw` stream (corpus h69–h71, scored once as
 * holdout in session 10): `Naam Kaart Identificatie`, `Ambitie Naam Identificatie`, `Nr Identificatie Naam`; and a
 * bijlage that holds the GIO table under a title without the word Bijlage (`Werkingsgebieden bij de omgevingsvisie`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readSourceBytes } from '../../src/parse/read-source.js'
import { corpusDocuments } from '../corpus/score.js'

const docs = new Map(corpusDocuments('all').map((d) => [d.id, d]))

function gios(id: string, file = 'raw.txt'): { read: string[]; truth: string[] } {
  const d = docs.get(id) as NonNullable<ReturnType<typeof docs.get>>
  const { document } = readSourceBytes(readFileSync(join(d.dir, file)), { file })
  return {
    read: document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`),
    truth: d.truth.gios.map((g) => `${g.naam} ${g.identificatie}`),
  }
}

describe('code columns beside the naam in a GIO table', () => {
  test('h69: `Naam Kaart Identificatie` — the kaart number is no part of the naam; the bijlage is found by its table', () => {
    const { read, truth } = gios('h69')
    expect(read).toEqual(truth)
    expect(read[0]).toBe('Gemeente De Ronde Venen /join/id/regdata/gm0736/2027/gemeente-de-ronde-venen/nld@2027-10-14;1')
  })

  test('h70: `Ambitie Naam Identificatie` — the ambitie (a number or a dash) before the naam is dropped', () => {
    const { read, truth } = gios('h70')
    expect(read).toEqual(truth)
  })

  test('h71: `Nr Identificatie Naam` — the next row’s number is not the end of a naam', () => {
    const { read, truth } = gios('h71')
    expect(read).toEqual(truth)
  })
})

describe('an identifier-first table with a column after the naam, laid out (`-layout`)', () => {
  test('h72: `Identificatie Naam Gebied` — the gebied is no part of the naam, also where the identifier fills its column or its rest stands left of the naam column', () => {
    const { read, truth } = gios('h72', 'layout.txt')
    expect(read).toContain('Dorpen Nuland, Vinkel en Kruisstraat /join/id/regdata/gm0796/2027/dorpen-nuland-vinkel-kruisstraat/nld@2027-12-09;1')
    expect(read).toContain('Gemeente ’s-Hertogenbosch /join/id/regdata/gm0796/2027/gemeente-s-hertogenbosch/nld@2027-12-09;1')
    expect(read.filter((r) => truth.includes(r)).length).toBeGreaterThanOrEqual(13)
  })
})

describe('an identifier broken at a hyphen of its work name', () => {
  test('h66: where the other identifiers name their works in hyphenated words, `beheergebied-` | `hhnk/nld@…` keeps its hyphen', () => {
    const { read, truth } = gios('h66')
    expect(read).toEqual(truth)
    expect(read).toContain('Beheergebied Hollands Noorderkwartier /join/id/regdata/ws0651/2027/beheergebied-hhnk/nld@2027-03-29;1')
  })
})

describe('code columns in a laid-out GIO table', () => {
  test('h69 (-layout): a naam that wraps beside its kaart number (`Kernen Baambrugge, Waverveen,      2`) keeps only its own words', () => {
    const { read, truth } = gios('h69', 'layout.txt')
    expect(read).toEqual(truth)
  })
})

describe('an identifier in brackets', () => {
  test('h67 with each row written `Naam (identificatie)`, also where the identifier breaks over two lines, reads every GIO', () => {
    const d = docs.get('h67') as NonNullable<ReturnType<typeof docs.get>>
    const lines = readFileSync(join(d.dir, 'raw.txt'), 'utf8').split('\n')
    const start = lines.findIndex((l) => l.startsWith('Nr. Naam Identificatie'))
    // `1 Gemeente Breda /join/…/nld@2027-10-` | `28;1` → `1 Gemeente Breda (/join/…/nld@2027-10-` | `28;1)`
    const bracketed = lines.map((l, k) => (k <= start ? l : l.replace(/(^| )\/join\//u, '$1(/join/').replace(/(;\d+)$/u, '$1)')))
    expect(bracketed.filter((l) => l.includes('(/join/')).length).toBe(13)
    const { document } = readSourceBytes(new TextEncoder().encode(bracketed.join('\n')), { file: 'raw.txt' })
    expect(document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`)).toEqual(d.truth.gios.map((g) => `${g.naam} ${g.identificatie}`))
  })
})

describe('GIO rows written as fields', () => {
  test('h67 with its table replaced by `Naam: …` | `Identificatie: …` pairs reads every GIO without the field names', () => {
    const d = docs.get('h67') as NonNullable<ReturnType<typeof docs.get>>
    const lines = readFileSync(join(d.dir, 'raw.txt'), 'utf8').split('\n')
    const start = lines.findIndex((l) => l.startsWith('Nr. Naam Identificatie'))
    const end = lines.findLastIndex((l) => /;\d+$/u.test(l))
    const fields = d.truth.gios.flatMap((g) => [`Naam: ${g.naam}`, `Identificatie: ${g.identificatie}`])
    const text = [...lines.slice(0, start), ...fields, ...lines.slice(end + 1)].join('\n')
    const { document } = readSourceBytes(new TextEncoder().encode(text), { file: 'raw.txt' })
    expect(document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`)).toEqual(d.truth.gios.map((g) => `${g.naam} ${g.identificatie}`))
  })
})

describe('GIO rows as a bulleted list', () => {
  test('h67 with its table replaced by `• Naam (identificatie)` items reads every GIO without the bullet', () => {
    const d = docs.get('h67') as NonNullable<ReturnType<typeof docs.get>>
    const lines = readFileSync(join(d.dir, 'raw.txt'), 'utf8').split('\n')
    const start = lines.findIndex((l) => l.startsWith('Nr. Naam Identificatie'))
    const end = lines.findLastIndex((l) => /;\d+$/u.test(l))
    const items = d.truth.gios.map((g) => `• ${g.naam} (${g.identificatie})`)
    const text = [...lines.slice(0, start), ...items, ...lines.slice(end + 1)].join('\n')
    const { document } = readSourceBytes(new TextEncoder().encode(text), { file: 'raw.txt' })
    expect(document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`)).toEqual(d.truth.gios.map((g) => `${g.naam} ${g.identificatie}`))
  })
})

describe('a code column whose cells repeat its name', () => {
  test('h76: `Kaart Naam Identificatie` with cells `kaart 1` — the kaart cell is no part of the naam; a naam ending in a word and a number stays whole elsewhere (h69)', () => {
    expect(gios('h76').read).toEqual(gios('h76').truth)
    expect(gios('h69').read).toEqual(gios('h69').truth)
  })
})

describe('GIO lists of the third holdout of session 11 (scored once, then fixed)', () => {
  test('h91: the GIOs listed in Artikel 2 of the besluit (`Gemeente Elburg: /join/…`), no GIO bijlage: each a reference in that artikel', () => {
    for (const file of ['raw.txt', 'layout.txt']) {
      const { read, truth } = gios('h91', file)
      expect(read, file).toEqual(truth)
      const d = docs.get('h91') as NonNullable<ReturnType<typeof docs.get>>
      const { document } = readSourceBytes(readFileSync(join(d.dir, file)), { file })
      const artikel = document.besluit.artikelen.find((a) => a.kop.nummer === '2')
      const refs = artikel?.children.flatMap((al) => al.children.filter((i) => i.type === 'extIoRef')) ?? []
      expect(refs.length, file).toBe(4)
    }
  })

  test('h94: a header over two rows (`Werkingsgebied` over `Naam Identificatie`, `Opgave` beside both): its cells after the identifier are no part of the next naam', () => {
    const { read, truth } = gios('h94')
    expect(read).toEqual(truth)
  })

  test('h93 (-layout): two GIO tables side by side under one header row (`Naam  Identificatie  Naam  Identificatie`), the left one read first', () => {
    const { read, truth } = gios('h93', 'layout.txt')
    expect([...read].sort()).toEqual([...truth].sort())
    expect(read[3]).toBe('Oosterheem /join/id/regdata/gm0637/2027/oosterheem/nld@2028-01-31;1')
  })

  test('h92 (-raw): identifier first with a column after the naam (`Identificatie Naam Kern`): the naam ends where the identifier\'s work name does (`den-dolder-wa-hoeve`: `Den Dolder, Willem Arntsz Hoeve`), the kern is no part of it', () => {
    const { read, truth } = gios('h92')
    expect(read).toEqual(truth)
  })

  test('h95 (-layout): a numbered GIO list `1.   Naam (identificatie)` whose identifier wraps with its closing bracket', () => {
    const { read, truth } = gios('h95', 'layout.txt')
    expect(read).toEqual(truth)
  })
})
