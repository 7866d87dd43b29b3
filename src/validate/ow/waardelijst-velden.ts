/**
 * Which OW values come from which waardelijst (imow-ow.md §4.3): vt:thema → Thema, vt:idealisatie → Idealisatie,
 * ga:type → TypeGebiedsaanwijzing, ga:groep → the `<type term>groep` list of the same Gebiedsaanwijzing.
 */
import type { OwObject, Place } from './objects.js'
import type { Waardelijsten } from './waardelijsten.js'

export interface WaardelijstVeld {
  readonly object: OwObject
  readonly veld: string
  readonly value: string
  readonly at: Place
  /** The list the value must come from. */
  readonly lijst: string
}

export function waardelijstVelden(objects: readonly OwObject[], lists: Waardelijsten): WaardelijstVeld[] {
  const out: WaardelijstVeld[] = []
  for (const o of objects) {
    const add = (veld: string, lijst: string): void => {
      for (const v of o.values.get(veld) ?? []) out.push({ object: o, veld, value: v.value, at: v.at, lijst })
    }
    if (o.type === 'Tekstdeel') {
      add('thema', 'Thema')
      add('idealisatie', 'Idealisatie')
    }
    if (o.type === 'Gebiedsaanwijzing') {
      add('type', 'TypeGebiedsaanwijzing')
      const type = lists.byUri.get(o.values.get('type')?.[0]?.value ?? '')
      if (type) add('groep', `${type.term}groep`)
    }
  }
  return out
}
