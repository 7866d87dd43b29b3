/**
 * The lvbb layer (product.md §7.4): the LVBB's own checks (Validaties-LVBB-STOP-BHKV.md) as TypeScript rules:
 * opdracht fields and dates, identifiers, hashes and the IO ↔ GML ↔ informatieobjectRefs ↔ ExtIoRef links, the
 * images a besluit names. Sorted by code.
 */
import { ruleLayer, type Rule } from '../rule.js'
import { lvbb1501, lvbb1519 } from './lvbb1501-datum-bekendmaking.js'
import { lvbb1505, lvbb1506, lvbb1510, lvbb1511, lvbb1515 } from './lvbb1506-opdracht.js'
import { lvbb1580 } from './lvbb1580-juridisch-werkend-vanaf.js'
import { lvbb2008, lvbb2009, lvbb2010, lvbb2011, lvbb2012, lvbb2013, lvbb2015, lvbb2016, lvbb2019, lvbb2020, lvbb2021 } from './lvbb2008-identificatie.js'
import { lvbb2017 } from './lvbb2017-punt-in-identificatie.js'
import { lvbb2503, lvbb2505 } from './lvbb2503-manifest-ow-besluit.js'
import { lvbb3008 } from './lvbb3008-hash.js'
import { lvbb3150, lvbb3510, lvbb3513, lvbb3900 } from './lvbb3150-io-metadata.js'
import { lvbb3151 } from './lvbb3151-extioref.js'
import { lvbb3504 } from './lvbb3504-io-ontbreekt.js'
import { lvbb3506 } from './lvbb3506-io-bestand-ontbreekt.js'
import { lvbb3507 } from './lvbb3507-io-contenttype.js'
import { lvbb3509 } from './lvbb3509-io-niet-in-refs.js'
import { lvbb3511, lvbb3512 } from './lvbb3512-io-gml-expressie.js'
import { lvbb3517 } from './lvbb3517-extioref-spaties.js'
import { lvbb4002 } from './lvbb4002-wijzigbijlage.js'
import { lvbb3518, lvbb3519, lvbb4005, lvbb4032, lvbb4033, lvbb4040, lvbb4500, lvbb4803 } from './lvbb4032-consolidatie.js'
import { lvbb4038, lvbb4039 } from './lvbb4038-subitems.js'
import { tpod2457, tpod2458 } from './tpod2458-regelingvrijetekst.js'
import { visie510, visie511, visie512 } from './visie-levering.js'
import { visie861 } from './visie-861-dubbel-ge-escaped.js'
import { visie863 } from './visie-863-inwerkingtreding-artikel.js'

const byCode = (a: Rule, b: Rule): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

export const lvbbRules: readonly Rule[] = [
  lvbb1501, lvbb1505, lvbb1506, lvbb1510, lvbb1511, lvbb1515, lvbb1519, lvbb1580, lvbb2008, lvbb2009, lvbb2010, lvbb2011, lvbb2012, lvbb2013, lvbb2015,
  lvbb2016, lvbb2017, lvbb2019, lvbb2020, lvbb2021, lvbb2503, lvbb2505, lvbb3008, lvbb3150, lvbb3151, lvbb3504, lvbb3506, lvbb3507, lvbb3509, lvbb3510,
  lvbb3511, lvbb3512, lvbb3513, lvbb3517, lvbb3518, lvbb3519, lvbb3900, lvbb4002, lvbb4005, lvbb4032, lvbb4033, lvbb4038, lvbb4039, lvbb4040, lvbb4500,
  lvbb4803, tpod2457, tpod2458, visie510, visie511, visie512, visie861, visie863,
].sort(byCode)

export const lvbbLayer = ruleLayer('lvbb', lvbbRules)
