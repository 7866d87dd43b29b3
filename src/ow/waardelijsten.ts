/**
 * The handful of waardelijst facts the OW writer needs, written by hand from waardelijsten_IMOW_v4.3.0
 * (lists Idealisatie, Thema, TypeGebiedsaanwijzing and the `<Type>groep` lists) and TPOD2504.
 * The tests check these against the shared waardelijst at run time.
 */

const base = 'http://standaarden.omgevingswet.overheid.nl'

/** Waardelijst Idealisatie. */
export const idealisatieUri = {
  exact: `${base}/idealisatie/id/concept/Exact`,
  indicatief: `${base}/idealisatie/id/concept/Indicatief`,
} as const

/** Thema values marked deprecated in 4.3.0 (vervallen 15-10-2026). */
export const deprecatedThemas: ReadonlySet<string> = new Set(
  ['Bouwwerken', 'CultureelErfgoed', 'EnergieEnNatuurlijkeHulpbronnen', 'ExterneVeiligheid', 'Landgebruik', 'MilieuAlgemeen', 'WaterEnWatersystemen'].map(
    (term) => `${base}/thema/id/concept/${term}`,
  ),
)

const typePrefix = `${base}/typegebiedsaanwijzing/id/concept/`

/** TypeGebiedsaanwijzing values not allowed in an omgevingsvisie (TPOD2504). */
export const typesNotInOmgevingsvisie: ReadonlySet<string> = new Set(['Beperkingengebied', 'Bouw', 'Functie'].map((t) => typePrefix + t))

/**
 * The groep list that belongs to a type, as a URI prefix: `…/typegebiedsaanwijzing/id/concept/RuimtelijkGebruik`
 * → `…/ruimtelijkgebruik/id/concept/` (every `<Type>groep` list uses the lower-cased term). Undefined when `type`
 * is no TypeGebiedsaanwijzing URI.
 */
export function groepPrefix(type: string): { readonly prefix: string; readonly lijst: string } | undefined {
  if (!type.startsWith(typePrefix)) return undefined
  const term = type.slice(typePrefix.length)
  if (!/^[A-Za-z]+$/.test(term)) return undefined
  return { prefix: `${base}/${term.toLowerCase()}/id/concept/`, lijst: `${term}groep` }
}
