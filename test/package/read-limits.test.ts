/** The reader's per-entry judgement as a pure function: the limits without building 100 MB ZIPs. */
import { describe, expect, test } from 'vitest'
import { entryLimits, zipEntryFindings } from '../../src/package/read-limits.js'

describe('zipEntryFindings', () => {
  test('LVBB1041: 0 bytes and more than 100 MB; exactly 100 MB is fine', () => {
    expect(zipEntryFindings('a.xml', 0)).toEqual([{ kind: 'empty', size: 0 }])
    expect(zipEntryFindings('a.gml', 100 * 1024 * 1024 + 1)).toEqual([{ kind: 'tooLarge', size: 104857601 }])
    expect(zipEntryFindings('a.gml', 100 * 1024 * 1024)).toEqual([])
  })

  test('ZIP-bomb guard: ratio above 200 only for entries of 1 MB or more', () => {
    expect(zipEntryFindings('a.gml', 2_000_000, 5_000)).toEqual([{ kind: 'bomb', size: 2_000_000, ratio: 400 }])
    expect(zipEntryFindings('a.gml', 2_000_000, 20_000)).toEqual([])
    expect(zipEntryFindings('a.xml', 500_000, 10)).toEqual([])
    expect(entryLimits.maxRatio).toBe(200)
  })

  test('unsafe names are judged before anything else', () => {
    expect(zipEntryFindings('../x.xml', 0)).toEqual([{ kind: 'unsafe', reason: "pad met '..' (buiten het pakket)" }])
    expect(zipEntryFindings('a\\..\\x.xml', 5)).toEqual([{ kind: 'unsafe', reason: "pad met '..' (buiten het pakket)" }])
    expect(zipEntryFindings('C:x.xml', 5)).toEqual([{ kind: 'unsafe', reason: 'absoluut pad' }])
    expect(zipEntryFindings('a\0.xml', 5)).toEqual([{ kind: 'unsafe', reason: 'NUL-teken in de naam' }])
  })

  test('LVBB1004: names outside [0-9A-Za-z._-]', () => {
    expect(zipEntryFindings('GIO binnenstad.xml', 5)).toEqual([{ kind: 'invalid', reason: 'ongeldige tekens of een map in de naam' }])
    expect(zipEntryFindings('GIO-binnenstad_2.gml', 5)).toEqual([])
  })
})
