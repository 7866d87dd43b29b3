/** The geo layer (product.md §7): TypeScript rules sorted by code. */
import { ruleLayer, type Rule } from '../rule.js'

export const geoRules: readonly Rule[] = []

export const geoLayer = ruleLayer('geo', geoRules)
