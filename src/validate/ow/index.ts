/**
 * The ow layer (product.md §7.6; imow-ow.md §4): id patterns and types, reference integrity, objectTypen listing,
 * one Regelingsgebied, geometry ↔ Locatie 1:1, idealisatie (present; equal per Divisie(tekst)), allowed types for an omgevingsvisie, waardelijsten,
 * wId ↔ STOP text. Rules sorted by code.
 */
import { ruleLayer, type Rule } from '../rule.js'
import { ozon0013 } from './ozon0013-objecttypen.js'
import { ozon0022 } from './ozon0022-gebiedsaanwijzing-wees.js'
import { tpod1300 } from './tpod1300-waardelijst.js'
import { tpod1890, tpod1892 } from './tpod1892-identificatie.js'
import { tpod1110, tpod2041, tpod2042 } from './tpod2041-wid.js'
import { tpod2052, tpod2053 } from './tpod2052-een-annotatie-per-element.js'
import { tpod2110 } from './tpod2110-idealisatie.js'
import { tpod2111, tpod2112 } from './tpod2111-idealisatie-divisie.js'
import { tpod2180 } from './tpod2180-regelingsgebied.js'
import { ozon0370, tpod2230 } from './tpod2230-geometrie-zonder-locatie.js'
import { tpod2489, tpod2504 } from './tpod2489-objecttypen-omgevingsvisie.js'
import { visie701 } from './visie-701-verwijzing.js'
import { visie702 } from './visie-702-geometrieref.js'
import { visie703 } from './visie-703-deprecated.js'
import { visie704 } from './visie-704-manifest-ow-objecttypen.js'
import { visie705 } from './visie-705-waardelijsten.js'

export const owRules: readonly Rule[] = [
  ozon0013, ozon0022, ozon0370, tpod1110, tpod1300, tpod1890, tpod1892, tpod2041, tpod2042, tpod2052, tpod2053, tpod2110, tpod2111, tpod2112, tpod2180, tpod2230,
  tpod2489, tpod2504, visie701, visie702, visie703, visie704, visie705,
]

export const owLayer = ruleLayer('ow', owRules)
