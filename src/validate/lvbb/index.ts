/** The lvbb layer (product.md §7): TypeScript rules sorted by code. */
import { ruleLayer, type Rule } from '../rule.js'

export const lvbbRules: readonly Rule[] = []

export const lvbbLayer = ruleLayer('lvbb', lvbbRules)
