import { GIO_HEX } from '../support/assen.js'
import { describe, expect, test } from 'vitest'
import type { Al } from '../../src/model/index.js'
import { readText } from '../../src/parse/index.js'
import { seed, seedPath } from './support.js'

const { document } = readText(seed, { file: seedPath })
const bijlagen = document.besluit.wijzigBijlage.regeling.bijlagen

// Written by hand from Bijlage I of the seed (lines 2248–2320), in test/support/assen.ts.
const GIOS = GIO_HEX

describe('the bijlagen of the visie', () => {
  test('Bijlagen I–IV with their titles and source lines', () => {
    expect(bijlagen.map((b) => [b.kop.label, b.kop.nummer, b.kop.opschrift, b.kop.position?.start.line])).toEqual([
      ['Bijlage', 'I', 'Overzicht Informatieobjecten', 2246],
      ['Bijlage', 'II', 'Visiekaart omgevingsvisie Assen met straatnamen', 2321],
      ['Bijlage', 'III', 'Biografie van Assen', 2324],
      ['Bijlage', 'IV', 'Kernkwaliteiten van Assen (2021)', 2532],
    ])
  })

  test('a bijlage without a number after a dash (`Bijlage – Overzicht …`) is a bijlage, its GIO overview read', () => {
    const dashed = seed.slice(0, seed.indexOf(' Bijlage II ')).replace(' Bijlage I Overzicht Informatieobjecten ', ' Bijlage – Overzicht Informatieobjecten ')
    const read = readText(dashed, { file: seedPath }).document
    const only = read.besluit.wijzigBijlage.regeling.bijlagen
    expect(only.map((b) => [b.kop.nummer ?? '', b.kop.opschrift, b.kop.position?.start.line])).toEqual([['', 'Overzicht Informatieobjecten', 2246]])
    expect(read.informatieobjecten.length).toBe(document.informatieobjecten.length)
  })

  test('Bijlage I: 13 GIO names with their identifiers re-joined exactly', () => {
    const expected = GIOS.map(([naam, hex]) => ({
      naam,
      work: `/join/id/regdata/gm0106/2025/${hex}`,
      expression: `/join/id/regdata/gm0106/2025/${hex}/nld@2026-01-05;12452657`,
    }))
    expect(document.informatieobjecten.map(({ naam, work, expression }) => ({ naam, work, expression }))).toEqual(expected)
    expect(document.informatieobjecten[1]?.position).toEqual({ start: { line: 2252, column: 1 }, end: { line: 2257, column: 1 } })
  })

  test('Bijlage I as a Begrippenlijst with one ExtIoRef per GIO', () => {
    const tekst = bijlagen[0]?.children[0]
    expect(tekst?.type).toBe('divisietekst')
    if (tekst?.type !== 'divisietekst') return
    const lijst = tekst.children[0]
    expect(lijst?.type).toBe('begrippenlijst')
    if (lijst?.type !== 'begrippenlijst') return
    expect(lijst.children).toHaveLength(13)
    const natura = lijst.children[5]
    expect(natura?.term).toMatchObject([{ type: 'text', value: 'Natura 2000 gebied' }])
    expect(natura?.definitie).toMatchObject([
      { type: 'al', children: [{ type: 'extIoRef', ref: '/join/id/regdata/gm0106/2025/22029825387249dcaa39bd679666af57/nld@2026-01-05;12452657' }] },
    ])
  })

  test('Bijlage II holds only a figure titled with the bijlage title', () => {
    expect(bijlagen[1]?.children).toMatchObject([
      { type: 'divisietekst', children: [{ type: 'figuur', titel: 'Visiekaart omgevingsvisie Assen met straatnamen' }] },
    ])
  })

  test('Bijlage III: the period headings head Divisieteksten', () => {
    const koppen = bijlagen[2]?.children.map((c) => (c.type === 'divisietekst' ? c.kop?.opschrift : c.type))
    expect(koppen).toEqual([
      'Van gehucht naar kloosternederzetting (… > 1259)',
      'Kloosternederzetting binnen een regionaal netwerk (1259 – 1602)',
      'Bestuurlijk hart van Drenthe (1602 – 1809)',
      'Stad der Paleizen (1809 – 1904)',
      'Garnizoensstad (1904 – 1945)',
      'In een stroomversnelling (1945 – 1970)',
      'Nieuwe ruime en groene woonwijken (1970 – 2000)',
      'Groeistad voor gezinnen (2000 – 2010)',
      'Betere verbindingen en nieuwe kwaliteiten (2010 – 2020)',
    ])
  })

  test('Bijlage IV: eleven "N: titel" kernkwaliteiten as Divisietekst koppen with their number', () => {
    const children = bijlagen[3]?.children ?? []
    expect(children.map((c) => (c.type === 'divisietekst' ? [c.kop?.nummer, c.kop?.opschrift] : c.type))).toEqual([
      ['1', 'Hoofdstad van Drenthe'], ['2', 'Ruime woonstad'], ['3', 'Familiestad'], ['4', 'Zorgstad'],
      ['5', 'Compacte en complete stad'], ['6', 'Stad der Paleizen'], ['7', 'Stad in het groen'], ['8', 'Bereikbaar'],
      ['9', 'Stad met een dorps karakter'], ['10', 'TT-stad'], ['11', 'Assen aan de Aa'],
    ])
    const first = children[0]
    if (first?.type !== 'divisietekst') throw new Error('expected a Divisietekst')
    const al = first.children[0] as Al
    expect(al.children[0]).toMatchObject({ type: 'text' })
    expect((al.children[0] as { value: string }).value.startsWith('Assen heeft een sterke bovenregionale functie')).toBe(true)
    expect((al.children[0] as { value: string }).value).toContain('unieke recreatief-culturele voorzieningen')
  })

  test('the bare page number at the top of a bijlage is not content', () => {
    const iii = bijlagen[2]
    expect(iii?.children[0]?.position?.start.line).toBe(2328)
  })
})
