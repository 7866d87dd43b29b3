import { describe, expect, test } from 'vitest'
import { slugOf, uniqueSlugs } from '../../src/gio/slug.js'

describe('GIO file slugs', () => {
  test('lowercase, diacritics dropped, runs of other characters become one hyphen', () => {
    expect(slugOf('Natura 2000 gebied')).toBe('natura-2000-gebied')
    expect(slugOf('Fochteloërveen')).toBe('fochteloerveen')
    expect(slugOf('  TRZ / Witten (zuid)  ')).toBe('trz-witten-zuid')
    expect(slugOf('€ & ‘’')).toBe('gio')
  })

  test('every slug fits dtBestandsnaam and repeats get -2, -3 in order', () => {
    const slugs = uniqueSlugs(['Wonen', 'wonen', 'WONEN!', 'wonen-2'])
    expect(slugs).toEqual(['wonen', 'wonen-2', 'wonen-3', 'wonen-2-2'])
    for (const s of slugs) expect(`GIO-${s}.gml`).toMatch(/^[0-9A-Za-z._-]+$/)
  })
})
