/**
 * The geo layer (product.md §7.5): GML coordinates (decimals, NaN, count, CRS, RD extent), ring closure,
 * OGC validity (jsts) with reason and coordinate, basisgeo:id uniqueness. One streaming scan feeds all rules.
 * Codes are the chain's (LVBB30xx, GEOMETRY.03.x of the geo-validatieservice) where it has one. Sorted by code.
 */
import { ruleLayer, type Rule } from '../rule.js'
import { geometry031 } from './geometry-03-1-afwezig.js'
import { geometry032 } from './geometry-03-2-ongeldig.js'
import { geometry035, lvbb3003 } from './lvbb3003-srsname.js'
import { lvbb3011 } from './lvbb3011-coordinaten.js'
import { lvbb3012 } from './lvbb3012-lege-poslist.js'
import { visie601 } from './visie-601-decimalen.js'
import { visie605 } from './visie-605-buiten-rd.js'
import { visie607 } from './visie-607-basisgeo-id-uniek.js'

export const geoRules: readonly Rule[] = [geometry031, geometry032, geometry035, lvbb3003, lvbb3011, lvbb3012, visie601, visie605, visie607]

export const geoLayer = ruleLayer('geo', geoRules)
