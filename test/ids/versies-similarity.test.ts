/**
 * The word overlap that pairs sections of two versions (src/ids/versies.ts): the multiset form made once per section
 * (bag, bagSimilarity) gives what similarity gives on the word lists, for any lists.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { bag, bagSimilarity, similarity } from '../../src/ids/versies.js'

const word = fc.constantFrom('de', 'het', 'wonen', 'werken', 'natuur', 'assen', 'groen', 'stad', 'water', '2040')

describe('bagSimilarity', () => {
  test('equals similarity of the word lists (repeated words, empty lists, either order)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (a, b) => {
        expect(bagSimilarity(bag(a), bag(b))).toBe(similarity(a, b))
        expect(bagSimilarity(bag(b), bag(a))).toBe(similarity(a, b))
      }),
      { numRuns: 500, seed: 19 },
    )
  })

  test('examples: the same words, none in common, a repeated word counted as often as both have it', () => {
    expect(bagSimilarity(bag(['a', 'b']), bag(['b', 'a']))).toBe(1)
    expect(bagSimilarity(bag(['a']), bag(['b']))).toBe(0)
    expect(bagSimilarity(bag(['a', 'a', 'b']), bag(['a', 'c']))).toBe(0.4)
    expect(bagSimilarity(bag([]), bag([]))).toBe(1)
  })
})
