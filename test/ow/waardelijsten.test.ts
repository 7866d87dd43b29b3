import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { deprecatedThemas, groepPrefix, idealisatieUri, typesNotInOmgevingsvisie } from '../../src/ow/waardelijsten.js'
import { sharedDir } from '../support/shared.js'

interface Waarde {
  readonly term: string
  readonly uri: string
  readonly deprecated?: string | boolean
}
interface Lijst {
  readonly titel: string
  readonly waarden: { readonly waarde: Waarde | Waarde[] }
}

const lijsten: Lijst[] = JSON.parse(readFileSync(sharedDir('imow', 'waardelijsten', 'waardelijsten_IMOW_v4.3.0.json'), 'utf8')).waardelijsten.waardelijst
const waarden = (titel: string): Waarde[] => {
  const lijst = lijsten.find((l) => l.titel === titel)
  if (!lijst) throw new Error(`waardelijst ${titel} ontbreekt`)
  return [lijst.waarden.waarde].flat()
}
const isDeprecated = (w: Waarde) => String(w.deprecated) === 'true'

describe('the hand-written waardelijst facts agree with waardelijsten IMOW 4.3.0', () => {
  test('Idealisatie URIs', () => {
    expect(Object.values(idealisatieUri).sort()).toEqual(waarden('Idealisatie').map((w) => w.uri).sort())
  })

  test('deprecated Thema values', () => {
    expect([...deprecatedThemas].sort()).toEqual(waarden('Thema').filter(isDeprecated).map((w) => w.uri).sort())
  })

  test('types not allowed in an omgevingsvisie are TypeGebiedsaanwijzing values', () => {
    const types = waarden('TypeGebiedsaanwijzing').map((w) => w.uri)
    for (const t of typesNotInOmgevingsvisie) expect(types).toContain(t)
  })

  test('each type maps to the prefix of its own groep list', () => {
    for (const type of waarden('TypeGebiedsaanwijzing')) {
      const groep = groepPrefix(type.uri)
      expect(groep?.lijst).toBe(`${type.term}groep`)
      const groepen = waarden(`${type.term}groep`)
      expect(groepen.length).toBeGreaterThan(0)
      for (const g of groepen) expect(g.uri.startsWith(groep?.prefix ?? '?'), g.uri).toBe(true)
    }
    expect(groepPrefix('http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Wonen')).toBeUndefined()
  })
})
