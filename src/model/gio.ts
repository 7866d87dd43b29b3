/** What the GIO step built, as the other writers (OW, preview, lvbb checks) need to know it. */

export interface GioLocatie {
  /** geo:Locatie/geo:naam, when the source feature has one. */
  readonly naam?: string
  /** basisgeo:id: UUIDv5 of the GIO work + feature key (deterministic). */
  readonly basisgeoId: string
  readonly geometrie: 'vlak' | 'lijn' | 'punt'
}

export interface Gio {
  /** The naam as in Bijlage I, e.g. `Natura 2000 gebied`. */
  readonly naam: string
  readonly work: string
  readonly expression: string
  /** File names in the package: the GML and the AanleveringInformatieObject XML. */
  readonly gmlBestand: string
  readonly ioBestand: string
  readonly locaties: readonly GioLocatie[]
}
