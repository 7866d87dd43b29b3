/** The ow layer (product.md §7): TypeScript rules sorted by code. */
import { ruleLayer, type Rule } from '../rule.js'

export const owRules: readonly Rule[] = []

export const owLayer = ruleLayer('ow', owRules)
