import { describe, expect, test } from 'vitest'
import { readText } from '../../src/parse/index.js'
import { buildVocabulary, joinPair } from '../../src/text/dehyphenate.js'
import { dropFurniture } from '../../src/text/furniture.js'
import { toSourceLines } from '../../src/text/lines.js'
import { allStrings, seed, seedPath } from '../parse/support.js'

const vocabulary = buildVocabulary(dropFurniture(toSourceLines(seed)).lines)
const modelText = allStrings(readText(seed, { file: seedPath }).document).join('\n')

// [line of the seed that ends in a hyphen, the next line, what the join must contain, what it must not]
const JOINED: readonly [string, string, string, string][] = [
  ['U leest en ziet in deze omgevings-', 'visie wat voor stad', 'deze omgevingsvisie wat', 'omgevings-visie'],
  ['De uitwerking volgt de ko-', 'mende jaren', 'de komende jaren', 'ko-mende'],
  ['Dan gaan we met de sa-', 'menleving het gesprek', 'de samenleving het', 'sa-menleving'],
  ['principes: het richtingge-', 'vende principes', 'richtinggevende', 'richtingge-vende'],
  ['participatie ge-', 'organiseerd.', 'participatie georganiseerd.', 'ge-organiseerd'],
  ['op het Ka-', 'zerneterrein in gebruik', 'het Kazerneterrein in', 'Ka-zerneterrein'],
  ['in de metropoolregio Gro-', 'ningen-Assen.', 'metropoolregio Groningen-Assen.', 'Gro-ningen'],
  ['natuur- en belevings-', 'waarden versterken.', 'natuur- en belevingswaarden versterken.', 'belevings-waarden'],
  ['artikel 8.13 van het Omgevings-', 'besluit.', 'het Omgevingsbesluit.', 'Omgevings-besluit'],
  ['De toe-', 'name in online winkelen', 'De toename in', 'toe-name'],
  ['van oude-', 'renwoningen', 'van ouderenwoningen', 'oude-renwoningen'],
  ['en energie-', 'zuinige bouw', 'en energiezuinige bouw', 'energie-zuinige'],
]

const KEPT: readonly [string, string, string][] = [
  ['het opwekken van zonne-', 'energie. Daarnaast', 'het opwekken van zonne-energie. Daarnaast'],
  ['groeiende kernen van Noord-', 'Nederland. Jaarlijks', 'groeiende kernen van Noord-Nederland. Jaarlijks'],
  ['(zoals in Assen-Zuid en Assen-', 'Noord).', '(zoals in Assen-Zuid en Assen-Noord).'],
  ['Voor deze doelgroep van 16-', '24 jaar moet', 'Voor deze doelgroep van 16-24 jaar moet'],
  ['Het gaat om de zorg-, onderwijs-, overheids-', ', cultuur- en vrijetijdssector.', 'de zorg-, onderwijs-, overheids-, cultuur- en vrijetijdssector.'],
  ['Diverse basis-', 'en middelbaar onderwijsgebouwen', 'Diverse basis- en middelbaar onderwijsgebouwen'],
  ['het Drents Museum en het TT-', 'circuit met het', 'het Drents Museum en het TT-circuit met het'],
  ['van de Omgevingswet (1-1-', '2024 in werking getreden).', 'van de Omgevingswet (1-1-2024 in werking getreden).'],
  ['Assen heeft unieke recreatief-', 'culturele voorzieningen', 'unieke recreatief-culturele voorzieningen'],
  ['in grootte variërende woon-', 'werkkavels die', 'variërende woon-werkkavels die'],
  ['/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-', '05;12452657', 'nld@2026-01-05;12452657'],
]

describe('de-hyphenation of line breaks', () => {
  test.each(JOINED)('%s|%s → joined', (prev, next, expected, wrong) => {
    const joined = joinPair(prev, next, vocabulary)
    expect(joined).toContain(expected)
    expect(joined).not.toContain(wrong)
  })

  test.each(KEPT)('%s|%s → hyphen kept', (prev, next, expected) => {
    expect(joinPair(prev, next, vocabulary)).toContain(expected)
  })

  test('identifier soft breaks are removed inside words and hex strings', () => {
    expect(joinPair('binnenstad /join/id/regda-', 'ta/gm0106/2025/949d', vocabulary)).toBe('binnenstad /join/id/regdata/gm0106/2025/949d')
    expect(joinPair('/join/id/regdata/gm0106/2025/db3fe-', 'baefb6c4', vocabulary)).toBe('/join/id/regdata/gm0106/2025/db3febaefb6c4')
  })

  test('an en dash joined to a word at the line end goes on without a space; a spaced one keeps it', () => {
    expect(joinPair('de dijk Koehool–', 'Lauwersmeer', vocabulary)).toBe('de dijk Koehool–Lauwersmeer')
    expect(joinPair('van 2027–', '2040', vocabulary)).toBe('van 2027–2040')
    expect(joinPair('de dijk –', 'en het land', vocabulary)).toBe('de dijk – en het land')
  })

  test('a line without a hyphen joins with a space', () => {
    expect(joinPair('De wereld verandert', 'in hoog tempo.', vocabulary)).toBe('De wereld verandert in hoog tempo.')
  })

  test('the seed model has the joined and kept forms and none of the broken ones', () => {
    for (const s of ['omgevingsvisie wat voor stad', 'de komende jaren in omgevingsprogramma’s', 'zonne-energie. Daarnaast',
      'rest van Noord-Nederland en daarbuiten', 'Assen-Zuid en Assen-Noord', 'doelgroep van 16-24 jaar',
      'overheids-, cultuur- en vrijetijdssector', 'metropoolregio Groningen-Assen', 'participatie georganiseerd',
      'basis- en middelbaar onderwijsgebouwen', 'het Kazerneterrein.', 'natuur- en belevingswaarden']) {
      expect(modelText).toContain(s)
    }
    // No soft hyphen survives: a lower-case fragment, a hyphen and a lower-case fragment that the text also has joined.
    for (const broken of ['omgevings- visie', 'ko- mende', 'ko-mende', 'sa-menleving', 'gemeen-teraad', 'ont-wikkeling', 'be-staande', 'Ha-venkwartier']) {
      expect(modelText).not.toContain(broken)
    }
  })
})
