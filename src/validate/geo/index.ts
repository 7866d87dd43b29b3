/**
 * The geo layer (product.md §7.5): GML coordinates (decimals, NaN, count, CRS, RD extent), ring closure,
 * OGC validity (jsts) with reason and coordinate, basisgeo:id uniqueness. One streaming scan feeds all rules.
 */
import { ruleLayer, type Rule } from '../rule.js'
import { visie601 } from './visie-601-decimalen.js'
import { visie602 } from './visie-602-ring-open.js'
import { visie603 } from './visie-603-ogc-geldig.js'
import { visie604 } from './visie-604-geen-getal.js'
import { visie605 } from './visie-605-buiten-rd.js'
import { visie606 } from './visie-606-crs.js'
import { visie607 } from './visie-607-basisgeo-id-uniek.js'
import { visie608 } from './visie-608-aantal-coordinaten.js'
import { visie609 } from './visie-609-geen-geometrie.js'

export const geoRules: readonly Rule[] = [visie601, visie602, visie603, visie604, visie605, visie606, visie607, visie608, visie609]

export const geoLayer = ruleLayer('geo', geoRules)
