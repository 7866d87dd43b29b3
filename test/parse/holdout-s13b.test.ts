/**
 * Mechanisms the second holdout round of session 13 (h173–h190) showed, each on a small document written for it: the
 * visie's marker `Bijlage A artikel I`, chapters numbered in brackets (`(1) Inleiding`) under a header that writes the
 * chapter in words (`Hoofdstuk één · Inleiding`), a header of the chapter title and a fixed part
 * (`Kernthema’s · Omgevingsvisie Bommelerwaard`) whose chapters have their number on a line above the title, page numbers
 * halfway down the margin beside chapter numbers at the top, a besluit's signatures below its page number, a chapter
 * title over two lines that only the header spells whole, a chapter heading under a Gemeenteblad masthead, and a
 * besluit headed by `Vaststelling …` under that masthead.
 */
import { describe, expect, test } from 'vitest'
import type { Divisie, Structuur } from '../../src/model/index.js'
import { readText } from '../../src/parse/index.js'

const PROSE = 'Het dorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'
/** Text that differs on every page (the same line on each page would be furniture). */
const SENTENCES = [
  'Wij bouwen tot 2040 ongeveer tweeduizend woningen, vooral binnen de kernen en bij de stations.',
  'Het landschap van kommen en oeverwallen blijft de basis voor elke keuze in het buitengebied.',
  'Bedrijven krijgen ruimte op de bestaande terreinen; nieuwe terreinen leggen wij niet aan.',
  'De energietransitie vraagt ruimte voor zon op daken en langs de snelweg, niet in de open kommen.',
  'Wij werken samen met de buurgemeenten, de provincie en het waterschap aan de rivierdijken.',
  'Het centrum blijft het hart van de gemeente, met winkels, horeca en voorzieningen dichtbij.',
]
const prose = (k: number): string => SENTENCES[k % SENTENCES.length] as string
const id = (name: string): string => `/join/id/regdata/gm9999/2026/${name}/nld@2026-06-01;1`
const gioBijlage = ['Bijlage 1 Werkingsgebieden', 'Naam Identificatie', `Dorpskern ${id('dorpskern')}`, `Polder ${id('polder')}`].join('\n')

const besluit = (marker = 'Bijlage A'): string[] => [
  'Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp 2040',
  'De raad van de gemeente Testdorp;',
  'gelet op artikel 3.1 van de Omgevingswet;',
  'besluit:',
  'Artikel I',
  'De Omgevingsvisie Testdorp 2040, zoals opgenomen in bijlage A, vast te stellen.',
  'Artikel II',
  'Dit besluit treedt in werking op 1 juli 2026.',
  'Aldus vastgesteld in de openbare vergadering van 1 juni 2026.',
  marker,
]

function read(pages: readonly string[], head: readonly string[] = besluit()) {
  return readText(`${head.join('\n')}\n\f${pages.join('\n\f')}\n`, { file: 'test.txt' })
}

function outline(nodes: readonly Structuur[], depth = 1): string[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...outline((n as Divisie).children, depth + 1)] : []))
}

const visie = ['1. PROCES', '1.1. De Omgevingswet', PROSE, '1.2. Herziening', PROSE, '2. DE BILT IN 2040', '2.1. Drie kernwaarden', PROSE, '3. THEMA’S', '3.1. Wonen', PROSE]

describe('what the second holdout round of session 13 showed', () => {
  test('`Bijlage A artikel I` marks the visie (the bijlage named by its artikel), its chapters read as the visie', () => {
    // The marker at the top of the visie's first page, above its title (the besluit's page ends with its closing).
    const { document } = read([['Bijlage A artikel I', 'Omgevingsvisie Testdorp 2040', ...visie].join('\n'), gioBijlage], besluit().slice(0, -1))
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie Testdorp 2040')
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam).filter((h) => h.startsWith('1 '))).toEqual(['1 1 PROCES', '1 2 DE BILT IN 2040', '1 3 THEMA’S'])
  })

  test('`(1) Inleiding` is chapter 1; a header `Hoofdstuk één · Inleiding` above it is furniture, also in -layout with the number at the foot', () => {
    const words = ['één', 'twee', 'drie']
    const titles = ['Inleiding', 'Oost Gelre in 2040', 'Buitengebied']
    const sections = [['Wat is er herzien?', 'Hoe is de visie gemaakt?'], ['Wat maakt ons bijzonder?', 'Welke opgaven zien we?'], ['Landbouw', 'Natuur']]
    const raw = titles.map((t, k) => [`Hoofdstuk ${words[k]} · ${t}`, String(k + 3), `(${k + 1}) ${t}`, `${k + 1}.1 ${sections[k]![0]}`, prose(2 * k), `${k + 1}.2 ${sections[k]![1]}`, prose(2 * k + 1)].join('\n'))
    const fromRaw = read(['Omgevingsvisie Testdorp 2040', ...raw, gioBijlage])
    const expected = titles.flatMap((t, k) => [`1 ${k + 1} ${t}`, `2 ${k + 1}.1 ${sections[k]![0]}`, `2 ${k + 1}.2 ${sections[k]![1]}`])
    expect(outline(fromRaw.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(expected)
    const layout = titles.map((t, k) => [`Hoofdstuk ${words[k]} · ${t}`, '', '', `(${k + 1}) ${t}`, `${k + 1}.1 ${sections[k]![0]}`, prose(2 * k), '', `${k + 1}.2 ${sections[k]![1]}`, prose(2 * k + 1), '', '', `${' '.repeat(80)}${k + 3}`].join('\n'))
    const fromLayout = read(['Omgevingsvisie Testdorp 2040', ...layout, gioBijlage])
    expect(outline(fromLayout.document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(expected)
    expect(JSON.stringify(fromLayout.document.besluit.wijzigBijlage.regeling.lichaam)).not.toMatch(/Hoofdstuk (één|twee)/u)
  })

  test('a header of the chapter title and a fixed part, chapter numbers above their titles at the top, page numbers halfway down the margin (-layout)', () => {
    const margin = (n: number): string => `${' '.repeat(96)}${n}`
    const chapters = [
      ['Samen naar een toekomstbestendige', 'Bommelerwaard'],
      ['Kernthema’s'],
      ['Gebieden'],
    ]
    const pages = chapters.map((title, k) => {
      const n = k + 1
      return [
        `${' '.repeat(20)}${title.join(' ')} · Omgevingsvisie Bommelerwaard`,
        '',
        String(n),
        ...title,
        prose(k),
        '',
        `${n}.1 Opgave ${['wonen', 'werken', 'water'][k]}`,
        prose(k + 1),
        margin(n + 2),
        prose(k + 2),
        '',
        `${n}.2 Opgave ${['zorg', 'energie', 'natuur'][k]}`,
        prose(k + 3),
      ].join('\n')
    })
    const head = [...besluit().slice(0, -1), 'de griffier,                                     de voorzitter,', margin(1), '', '', '', 'mr. C. van Kessel                                P.A.M. Ruijs']
    const { document, findings } = read([['    Omgevingsvisie', '    Bommelerwaard 2026', margin(2)].join('\n'), ...pages, gioBijlage], head)
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam).filter((h) => h.startsWith('1 '))).toEqual([
      '1 1 Samen naar een toekomstbestendige Bommelerwaard',
      '1 2 Kernthema’s',
      '1 3 Gebieden',
    ])
    expect(findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
    expect(JSON.stringify(document.besluit.wijzigBijlage.regeling.lichaam)).not.toContain('· Omgevingsvisie Bommelerwaard')
    // The signatures below the besluit's page number stay the besluit's.
    expect(JSON.stringify(document.besluit)).toContain('P.A.M. Ruijs')
  })

  test('a besluit without an opschrift of its own gets one made of maker and visie: the maker first, the organ as heading, `Omgevingsvisie` alone', () => {
    const body = besluit().slice(1)
    const visiePage = ['Omgevingsvisie Testdorp 2040', ...visie].join('\n')
    const made = 'Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp 2040'
    expect(read([visiePage, gioBijlage], body).document.besluit.opschrift).toBe(made)
    expect(read([visiePage, gioBijlage], ['Omgevingsvisie', ...body]).document.besluit.opschrift).toBe(made)
    const staten = ['PROVINCIALE STATEN VAN TESTLAND', 'Gelet op het voorstel van Gedeputeerde Staten, PS2026-41;', ...body.slice(2)]
    expect(read([visiePage, gioBijlage], staten).document.besluit.opschrift).toBe('Besluit van Provinciale Staten van Testland tot vaststelling van de Omgevingsvisie Testdorp 2040')
  })

  test('a sentence naming the visie after the first chapter heading is no title (h197); the name the besluit quotes is the title', () => {
    const head = [
      'Omgevingsvisie gemeente Testdorp',
      'De raad van de gemeente Testdorp;',
      'overwegende dat de ontwerp-omgevingsvisie van 6 juli tot en met 16 augustus 2028 ter inzage lag;',
      'besluit:',
      'Artikel I',
      'De "Omgevingsvisie gemeente Testdorp", met de geografische informatieobjecten, vast te stellen.',
      'Artikel II',
      'Dit besluit treedt in werking op 1 juli 2029.',
      'Aldus vastgesteld in de openbare vergadering van 1 juni 2029.',
    ]
    // (The title page's first line, `Omgevingsvisie gemeente`, went with the footers that repeat it: two lines remain.)
    const page = ['Testdorp-Oost', 'Samen werken aan een toekomstbestendig Testdorp', '1 Omgevingsvisie deel 1', '1.1 Inleiding', 'Met de omgevingsvisie Testdorp geven we een toekomstbeeld waarmee we laten zien hoe', 'wij de leefomgeving willen ontwikkelen.', '1.2 Ambities', prose(0), '2 Uitvoering', prose(1)].join('\n')
    const { document } = read([page, gioBijlage], head)
    expect(document.besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie gemeente Testdorp')
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Omgevingsvisie deel 1', '2 1.1 Inleiding', '2 1.2 Ambities', '1 2 Uitvoering'])
  })

  test('a chapter heading under a Gemeenteblad masthead and the bijlage line is the first chapter, not text before a title; the besluit is its subject line', () => {
    const head = [
      'GEMEENTEBLAD                                                          Nr. 512034',
      '                                                                 14 december 2028',
      'Officiële uitgave van de gemeente Testdorp',
      '',
      'Vaststelling Omgevingsvisie gemeente Testdorp 2050',
      ...besluit().slice(1, -1),
      'Bijlage 1 Omgevingsvisie Testdorp 2050',
    ]
    const pages = [['Verrassend Testdorp, het mooiste dorp', 'Hoofdstuk 1 Inleiding', '§ 1.1 Waarom een omgevingsvisie?', PROSE, '§ 1.2 Wat is de status?', PROSE, 'Hoofdstuk 2 Koers', '§ 2.1 Wonen', PROSE].join('\n')]
    const { document } = read([...pages, gioBijlage], head)
    expect(document.besluit.opschrift).toBe('Vaststelling Omgevingsvisie gemeente Testdorp 2050')
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Waarom een omgevingsvisie?', '2 1.2 Wat is de status?', '1 2 Koers', '2 2.1 Wonen'])
  })
})
