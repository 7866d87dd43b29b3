/**
 * Mechanisms the holdout of session 14 showed, each on a small document written for it (the same holds for the Word
 * documents that showed them, w38 and w41, through the shared structurer): the besluit's bijlage without a number but
 * named after the visie (`Bijlage: Omgevingsvisie …`), and a visie bijlage numbered with a letter suffix
 * (`Bijlage 2a Geografische informatieobjecten`, the second part of a visie in two documents).
 */
import { describe, expect, test } from 'vitest'
import type { Divisie, Structuur } from '../../src/model/index.js'
import { readText } from '../../src/parse/index.js'

const PROSE = 'Het dorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.'
const id = (name: string): string => `/join/id/regdata/gm9999/2026/${name}/nld@2026-06-01;1`

const besluit = (marker: string): string[] => [
  'De raad van de gemeente Testdorp;',
  'gelezen het voorstel van burgemeester en wethouders van 3 maart 2026;',
  'gelet op artikel 3.1 van de Omgevingswet;',
  'BESLUIT:',
  'I. de Omgevingsvisie Testdorp 2.0, zoals weergegeven in de bijlage, vast te stellen;',
  'II. de Omgevingsvisie Testdorp van 9 januari 2018 in te trekken.',
  'Aldus vastgesteld in de openbare raadsvergadering van 31 maart 2026.',
  marker,
]
const visie = ['Omgevingsvisie Testdorp 2.0', '1. Inleiding', '1.1. Aanleiding', PROSE, '1.2. Leeswijzer', PROSE, '2. Testdorp in beeld', '2.1. Kernen', PROSE]

function outline(nodes: readonly Structuur[], depth = 1): string[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? [`${depth} ${n.kop.nummer ?? ''} ${n.kop.opschrift ?? ''}`, ...outline((n as Divisie).children, depth + 1)] : []))
}

describe('what the holdout of session 14 showed', () => {
  test('`Bijlage: Omgevingsvisie Testdorp 2.0` after the besluit is the bijlage that holds the visie, its chapters the regeling', () => {
    for (const marker of ['Bijlage: Omgevingsvisie Testdorp 2.0', 'Bijlage – Omgevingsvisie Testdorp 2.0']) {
      const gios = ['Bijlage 1 Geografische informatieobjecten', 'Naam Identificatie', `Kern ${id('kern')}`, `Polder ${id('polder')}`]
      // No page break between besluit and visie (a Word document without one): the marker line alone says where it starts.
      const { document } = readText(`${[...besluit(marker), ...visie, ...gios].join('\n')}\n`, { file: 'test.txt' })
      const regeling = document.besluit.wijzigBijlage.regeling
      expect(regeling.opschrift).toBe('Omgevingsvisie Testdorp 2.0')
      expect(outline(regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Aanleiding', '2 1.2 Leeswijzer', '1 2 Testdorp in beeld', '2 2.1 Kernen'])
      expect(regeling.bijlagen.map((b) => `${b.kop.nummer ?? ''} ${b.kop.opschrift ?? ''}`)).toEqual(['1 Geografische informatieobjecten'])
      // The besluit has no opschrift of its own (its first line is the maker): one is made from the maker and the visie.
      expect(document.besluit.opschrift).toMatch(/^Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp 2\.0$/u)
    }
  })

  test('a bijlage numbered `2a` is a bijlage of the visie, its GIO table read', () => {
    const gios = ['Bijlage 2a Geografische informatieobjecten', 'Naam Identificatie', `Kern ${id('kern')}`, `Polder ${id('polder')}`, `Haven ${id('haven')}`]
    const { document } = readText(`${besluit('Bijlage A').join('\n')}\n\f${[...visie, ...gios].join('\n')}\n`, { file: 'test.txt' })
    const bijlagen = document.besluit.wijzigBijlage.regeling.bijlagen
    expect(bijlagen.map((b) => `${b.kop.nummer ?? ''} ${b.kop.opschrift ?? ''}`)).toEqual(['2a Geografische informatieobjecten'])
    expect(document.informatieobjecten.map((v) => `${v.naam} ${v.expression}`)).toEqual([`Kern ${id('kern')}`, `Polder ${id('polder')}`, `Haven ${id('haven')}`])
  })

  test('a details block under `RAADSBESLUIT` (its subject labelled `Onderwerp` without a colon, on lines or on one row) gives the opschrift', () => {
    const details = ['Raadsvergadering 26 september 2028', 'Agendapunt 9', 'Registratienummer RB-2028-41', 'Onderwerp Vaststelling Omgevingsvisie Testdorp 2040']
    for (const block of [details, [details.join(' ')]]) {
      const head = ['RAADSBESLUIT', ...block, 'De raad van de gemeente Testdorp;', 'gelet op artikel 3.1 van de Omgevingswet;', 'besluit:', 'Artikel 1', 'De Omgevingsvisie Testdorp 2040 vast te stellen.', 'Artikel 2', 'Dit besluit treedt in werking op 1 juli 2026.', 'Bijlage A']
      const { document } = readText(`${[...head, ...visie].join('\n')}\n`, { file: 'test.txt' })
      expect(document.besluit.opschrift).toBe('Raadsbesluit vaststelling Omgevingsvisie Testdorp 2040')
    }
  })

  test('a part line with a slash between number and title (`Deel 1 / Algemeen`) over chapters labelled `Hoofdstuk 1`', () => {
    const parts = ['Deel 1 / Algemeen', 'Hoofdstuk 1', 'Inleiding', '1.1 Aanleiding', PROSE, 'Deel 2 / Visie', 'Hoofdstuk 2', 'Ambities', '2.1 Wonen', PROSE]
    const { document } = readText(`${[...besluit('Bijlage A'), 'Omgevingsvisie Testdorp 2.0', ...parts].join('\n')}\n`, { file: 'test.txt' })
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Algemeen', '2 1 Inleiding', '3 1.1 Aanleiding', '1 2 Visie', '2 2 Ambities', '3 2.1 Wonen'])
  })

  test('a footnote set under its paragraph (`1` | `1` | `De resultaten van de enquête staan in het` | …) is no chapter `1` out of the outline', () => {
    const body = ['1. Inleiding', '1.1 Aanleiding', PROSE, '1.2 Proces', 'Er waren bijeenkomsten in het dorp en een enquête.', '1', '1', 'De resultaten van de enquête staan in het', 'Participatieverslag Omgevingsvisie Testdorp', '(2027).', '2. Ambities', '2.1 Wonen', PROSE]
    const { document, findings } = readText(`${[...besluit('Bijlage A'), 'Omgevingsvisie Testdorp 2.0', ...body].join('\n')}\n`, { file: 'test.txt' })
    expect(outline(document.besluit.wijzigBijlage.regeling.lichaam)).toEqual(['1 1 Inleiding', '2 1.1 Aanleiding', '2 1.2 Proces', '1 2 Ambities', '2 2.1 Wonen'])
    expect(findings.filter((f) => f.code === 'VISIE-103')).toEqual([])
  })
})
