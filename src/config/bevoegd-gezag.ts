/**
 * What follows from a bevoegd gezag code (`gm0106`, `pv22`, `ws0155`, `mnre1034`): the kind of government, its
 * TOOI organisation id (maker/eindverantwoordelijke), the default soortBestuursorgaan that adopts an omgevingsvisie,
 * the default OW ambtsgebied code, and the wording of a besluit by that body.
 *
 * soortBestuursorgaan values are the TOOI kern concepts STOP1035 (imop-metadata.sch, sch_data_014) allows per kind:
 * gemeenteraad c_2a7d8663 (Assen; otst-gm9920 example), Provinciale Staten c_411b4e4a (lvbbtest-omgevingsvisie-pv28
 * example), algemeen bestuur (waterschap) c_70c87e3d, minister c_bcfb7b4e. Ambtsgebied ids follow
 * IMOW_Locatie.xsd `(GM|PV|WS|LND)[A-Z0-9.]{1,7}`; the Rijk's is the land code of Nederland.
 */

export type SoortBestuur = 'gemeente' | 'provincie' | 'waterschap' | 'ministerie'

export interface BevoegdGezagInfo {
  readonly code: string
  readonly soort: SoortBestuur
  /** `/tooi/id/gemeente/gm0106` */
  readonly tooi: string
  /** Default soortBestuursorgaan (TOOI kern URI) of the body that adopts the omgevingsvisie. */
  readonly soortBestuursorgaan: string
  /** Its name as the besluit says it: `gemeenteraad`, `Provinciale Staten`, `algemeen bestuur`, `minister`. */
  readonly bestuursorgaan: string
  /** Default bestuurlijkeGrenzenID of the OW Ambtsgebied: `GM0106`, `PV22`, `WS0155`, `LND6030.B`. */
  readonly ambtsgebied: string
}

/** The code forms visie.json accepts (gemeente, provincie, waterschap, ministerie). */
export const BEVOEGD_GEZAG_PATTERN = /^(gm\d{4}|pv\d{2}|ws\d{4}|mn\d{3}|mnre\d{4})$/

const perSoort: Readonly<Record<SoortBestuur, { readonly prefix: string; readonly soortBestuursorgaan: string; readonly bestuursorgaan: string }>> = {
  gemeente: { prefix: 'gm', soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663', bestuursorgaan: 'gemeenteraad' },
  provincie: { prefix: 'pv', soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a', bestuursorgaan: 'Provinciale Staten' },
  waterschap: { prefix: 'ws', soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d', bestuursorgaan: 'algemeen bestuur' },
  ministerie: { prefix: 'mnre', soortBestuursorgaan: '/tooi/def/thes/kern/c_bcfb7b4e', bestuursorgaan: 'minister' },
}

/** The soortBestuursorgaan values STOP1035 accepts per kind (imop-metadata.sch). */
export const TOEGESTANE_BESTUURSORGANEN: Readonly<Record<SoortBestuur, readonly string[]>> = {
  gemeente: ['c_2c4e7407', 'c_28ecfd6d', 'c_2a7d8663'],
  waterschap: ['c_70c87e3d', 'c_5cc92c89', 'c_f70a6113'],
  provincie: ['c_e24d39f6', 'c_61676cbc', 'c_411b4e4a'],
  ministerie: ['c_bcfb7b4e', 'c_91fb5e42', 'c_3aaa4d12'],
}

export function soortBestuur(code: string): SoortBestuur | undefined {
  if (/^gm\d{4}$/.test(code)) return 'gemeente'
  if (/^pv\d{2}$/.test(code)) return 'provincie'
  if (/^ws\d{4}$/.test(code)) return 'waterschap'
  if (/^(mnre\d{4}|mn\d{3})$/.test(code)) return 'ministerie'
  return undefined
}

/** Everything that follows from the code; undefined for a code of no known form. */
export function bevoegdGezagInfo(code: string): BevoegdGezagInfo | undefined {
  const soort = soortBestuur(code)
  if (!soort) return undefined
  const s = perSoort[soort]
  return {
    code,
    soort,
    tooi: `/tooi/id/${soort}/${code}`,
    soortBestuursorgaan: s.soortBestuursorgaan,
    bestuursorgaan: s.bestuursorgaan,
    ambtsgebied: soort === 'ministerie' ? 'LND6030.B' : code.toUpperCase(),
  }
}

/** The TOOI organisation id; a code of unknown form falls back to the ministerie scheme (the schema rejects it earlier). */
export function tooiOrganisatie(code: string): string {
  return bevoegdGezagInfo(code)?.tooi ?? `/tooi/id/ministerie/${code}`
}

/**
 * The opening words of a besluit by this bevoegd gezag, from its display name: `Gemeente Boxtel` → `De raad van de
 * gemeente Boxtel`, `Provincie Drenthe` → `Provinciale Staten van Drenthe`, `Waterschap Vechtstromen` → `Het algemeen
 * bestuur van Waterschap Vechtstromen`, `Ministerie van Binnenlandse Zaken …` → `De minister van Binnenlandse Zaken …`.
 */
export function besluitOrgaan(soort: SoortBestuur, naam: string): string {
  const kern = (prefix: RegExp) => naam.replace(prefix, '').trim() || naam
  switch (soort) {
    case 'gemeente':
      return `De raad van de gemeente ${kern(/^gemeente\s+/iu)}`
    case 'provincie':
      return `Provinciale Staten van ${kern(/^provincie\s+/iu)}`
    case 'waterschap':
      return `Het algemeen bestuur van ${/^(waterschap|hoogheemraadschap|wetterskip)\b/iu.test(naam) ? naam : `waterschap ${naam}`}`
    case 'ministerie':
      return `De minister van ${kern(/^ministerie\s+van\s+/iu)}`
  }
}
