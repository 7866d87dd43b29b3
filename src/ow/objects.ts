/**
 * The OW objects the writers emit, as plain data before serialisation (imow-ow.md §2.2). `type` is the IMOW
 * element name, which is also the objecttype in sl:objectTypen and manifest-ow.xml.
 */
import type { Span } from '../model/index.js'

export interface Regelingsgebied {
  readonly type: 'Regelingsgebied'
  readonly id: string
  readonly locatie: string
}

export interface Ambtsgebied {
  readonly type: 'Ambtsgebied'
  readonly id: string
  readonly noemer: string
  /** bestuurlijkeGrenzenID, e.g. `GM0106`. */
  readonly code: string
  readonly geldigOp: string
}

/** A Gebied, Lijn or Punt: one geometry of a GIO, by its basisgeo:id. */
export interface Geometrielocatie {
  readonly type: 'Gebied' | 'Lijn' | 'Punt'
  readonly id: string
  readonly noemer: string
  readonly geometrie: string
}

export interface Locatiegroep {
  readonly type: 'Gebiedengroep' | 'Lijnengroep' | 'Puntengroep'
  readonly id: string
  readonly noemer: string
  readonly leden: readonly string[]
}

export interface Divisieobject {
  readonly type: 'Divisie' | 'Divisietekst'
  readonly id: string
  readonly wId: string
  readonly position?: Span
}

export interface Tekstdeel {
  readonly type: 'Tekstdeel'
  readonly id: string
  readonly idealisatie?: string
  readonly themas: readonly string[]
  readonly divisie: { readonly type: 'Divisie' | 'Divisietekst'; readonly id: string }
  readonly hoofdlijnen: readonly string[]
  readonly locaties: readonly string[]
  readonly gebiedsaanwijzingen: readonly string[]
  readonly position?: Span
}

export interface Hoofdlijn {
  readonly type: 'Hoofdlijn'
  readonly id: string
  readonly soort: string
  readonly naam: string
  readonly gerelateerd: readonly string[]
}

export interface Gebiedsaanwijzing {
  readonly type: 'Gebiedsaanwijzing'
  readonly id: string
  /** ga:type (waardelijst TypeGebiedsaanwijzing URI). */
  readonly soort: string
  readonly naam: string
  readonly groep: string
  readonly locaties: readonly string[]
}

export type OwObject =
  | Regelingsgebied
  | Ambtsgebied
  | Geometrielocatie
  | Locatiegroep
  | Divisieobject
  | Tekstdeel
  | Hoofdlijn
  | Gebiedsaanwijzing

export type OwObjectType = OwObject['type']

/** The order in which objecttypen are listed (sl:objectTypen, manifest-ow): the IMOW catalogue's grouping. */
export const objectTypeOrder: readonly OwObjectType[] = [
  'Regelingsgebied',
  'Ambtsgebied',
  'Gebied',
  'Gebiedengroep',
  'Lijn',
  'Lijnengroep',
  'Punt',
  'Puntengroep',
  'Divisie',
  'Divisietekst',
  'Tekstdeel',
  'Hoofdlijn',
  'Gebiedsaanwijzing',
]

/** Exactly the types present in `objects`, in `objectTypeOrder`. */
export function objectTypesOf(objects: readonly OwObject[]): OwObjectType[] {
  const present = new Set(objects.map((o) => o.type))
  return objectTypeOrder.filter((t) => present.has(t))
}
