/**
 * OW identifiers `nl.imow-<bg>.<type>.<local>` (da:NEN3610ID, TPOD1892; imow-ow.md §2.4), derived from content
 * (wId, GIO work, basisgeo:id) so that an unchanged text gives unchanged ids. Example:
 *   wId `gm0106_1__div_4__div_4.4__div_4.4.1` → `nl.imow-gm0106.divisie.3f0c…` (first 32 hex of SHA-256)
 */
import { createHash } from 'node:crypto'
import type { OwObjectType } from './objects.js'

/** The XSD pattern of da:NEN3610ID, anchored (XSD patterns are implicitly anchored). */
export const owIdPattern =
  /^nl\.imow-(gm|pv|ws|mnre)[0-9]{1,6}\.(regeltekst|gebied|gebiedengroep|lijn|lijnengroep|punt|puntengroep|activiteit|gebiedsaanwijzing|omgevingswaarde|omgevingsnorm|pons|kaart|tekstdeel|hoofdlijn|divisie|kaartlaag|juridischeregel|activiteitlocatieaanduiding|normwaarde|regelingsgebied|ambtsgebied|divisietekst)\.[A-Za-z0-9]{1,32}$/

/** `nl.imow-gm0106.gebiedengroep.949d926c0e284b379d1c0a7b3d12a29c` */
export function owId(bevoegdGezag: string, type: OwObjectType, local: string): string {
  return `nl.imow-${bevoegdGezag}.${type.toLowerCase()}.${local}`
}

/** A stable 32-hex local part for any key. */
export function hashLocal(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32)
}

/** The key itself when it is already a valid local part (a GIO work hash, a UUID without dashes), else its hash. */
export function localFor(key: string): string {
  return /^[A-Za-z0-9]{1,32}$/.test(key) ? key : hashLocal(key)
}

/** The last segment of a GIO work (`/join/id/regdata/gm0106/2025/949d…`), or its hash when that does not fit. */
export function workLocal(work: string): string {
  return localFor(work.slice(work.lastIndexOf('/') + 1))
}
