/**
 * The ow layer (product.md §7.6; imow-ow.md §4): id patterns and types, reference integrity, objectTypen listing,
 * one Regelingsgebied, geometry ↔ Locatie 1:1 (OZON0086/0370), geometry type per Locatie type (TPOD1960/1970/1980), idealisatie (present; equal per Divisie(tekst)), allowed types for an omgevingsvisie, waardelijsten,
 * wId ↔ STOP text. Codes are the chain's (OZON where OZON reports a TPOD rule). Rules sorted by code.
 */
import { ruleLayer, type Rule } from '../rule.js'
import { lvbb1025, lvbb1026, referentie04 } from './lvbb1025-manifest-ow-objecttype.js'
import { ozon0013 } from './ozon0013-objecttypen.js'
import { ozon0022 } from './ozon0022-gebiedsaanwijzing-wees.js'
import { ozon0066, ozon0067, ozon0068 } from './ozon0066-geometrieref.js'
import { ozon0010, ozon0090, ozon0225, ozon0310, ozon0331, ozon0340, ozon0341, ozon0342, ozon0346, ozon0372 } from './ozon0310-uniek.js'
import { referenceRules } from './ozon-verwijzing.js'
import { ozon0076, ozon0080, ozon0120, ozon0203 } from './tpod1300-waardelijst.js'
import { ozon5001, tpod1892 } from './tpod1892-identificatie.js'
import { tpod1960, tpod1970, tpod1980 } from './tpod1980-geometrie-type.js'
import { ozon2040, ozon2041 } from './tpod2041-wid.js'
import { tpod2052, tpod2053 } from './tpod2052-een-annotatie-per-element.js'
import { ozon5005 } from './tpod2110-idealisatie.js'
import { tpod2111, tpod2112 } from './tpod2111-idealisatie-divisie.js'
import { ozon0103, tpod2180 } from './tpod2180-regelingsgebied.js'
import { ozon0086, ozon0370 } from './ozon0086-geometrie-zonder-locatie.js'
import { tpod2489, tpod2504 } from './tpod2489-objecttypen-omgevingsvisie.js'
import { visie703 } from './visie-703-deprecated.js'
import { visie704 } from './visie-704-manifest-ow-objecttypen.js'
import { visie705 } from './visie-705-waardelijsten.js'

const byCode = (a: Rule, b: Rule): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

export const owRules: readonly Rule[] = [
  lvbb1025, lvbb1026, referentie04, ozon0010, ozon0013, ozon0090, ozon0225, ozon0310, ozon0331, ozon0340, ozon0341, ozon0342, ozon0346, ozon0372, ozon0022, ozon0066, ozon0067, ozon0068, ozon0076, ozon0086, ozon0080, ozon0103, ozon0120, ozon0203, ozon0370, ozon2040, ozon2041, ozon5001, ozon5005,
  ...referenceRules, tpod1892, tpod1960, tpod1970, tpod1980, tpod2052, tpod2053, tpod2111, tpod2112, tpod2180, tpod2489, tpod2504, visie703, visie704, visie705,
].sort(byCode)

export const owLayer = ruleLayer('ow', owRules)
