/**
 * The pakket layer (product.md §7.1): the reader's findings (names, sizes, ZIP bombs) plus the rules below on
 * manifest ↔ ZIP, content types and images (format, transparency). Well-formedness and DTDs are the xsd layer's findings (VISIE-800/801).
 * Rules sorted by code.
 */
import type { ValidationLayer } from '../layer.js'
import { ruleLayer, type Rule } from '../rule.js'
import { lvbb1002 } from './lvbb1002-opdracht.js'
import { lvbb1003 } from './lvbb1003-manifest.js'
import { lvbb1009 } from './lvbb1009-manifest-bestand-ontbreekt.js'
import { lvbb1010 } from './lvbb1010-bestand-niet-in-manifest.js'
import { lvbb1013 } from './lvbb1013-transparantie.js'
import { lvbb1016 } from './lvbb1016-manifest-ow-bestand-ontbreekt.js'
import { lvbb1017 } from './lvbb1017-afbeelding-formaat.js'
import { lvbb1018 } from './lvbb1018-afbeelding-contenttype.js'
import { lvbb1019, lvbb1020 } from './lvbb1019-contenttype-toegestaan.js'
import { lvbb1021 } from './lvbb1021-contenttype-inhoud.js'
import { lvbb1027 } from './lvbb1027-manifest-ow-ontbreekt.js'
import { lvbb1575 } from './lvbb1575-manifest-dubbel.js'

export const pakketRules: readonly Rule[] = [lvbb1002, lvbb1003, lvbb1009, lvbb1010, lvbb1013, lvbb1016, lvbb1017, lvbb1018, lvbb1019, lvbb1020, lvbb1021, lvbb1027, lvbb1575]

const rules = ruleLayer('pakket', pakketRules)

export const pakketLayer: ValidationLayer = {
  name: 'pakket',
  async run(pkg, ctx) {
    return [...pkg.findings, ...(await rules.run(pkg, ctx))]
  },
}
