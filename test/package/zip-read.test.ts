/**
 * The one ZIP reader (src/package/zip-read.ts) both the package reader and the DOCX reader use: its guards on their
 * own, and ZIP bytes patched the way hostile tools write them (`patchZip` in test/support/zip-patch.ts).
 */
import { describe, expect, test } from 'vitest'
import { openZipBuffer, ZipGuard } from '../../src/package/zip-read.js'
import { setEncrypted, setDeclaredSize, zipBytes } from '../support/zip-patch.js'

const limits = { maxEntries: 3, maxEntryBytes: 1000, maxTotalBytes: 1500, maxRatio: 10, ratioFloorBytes: 100, maxNameChars: 1000 }

describe('ZipGuard', () => {
  test('names: unsafe, and duplicates compared without case', () => {
    const g = new ZipGuard(limits)
    expect(g.check({ name: '../x.xml', size: 1 })).toEqual([{ kind: 'unsafe', reason: "pad met '..' (buiten het pakket)" }])
    expect(g.check({ name: 'word/document.xml', size: 1 })).toEqual([])
    expect(g.check({ name: 'Word/Document.xml', size: 1 })).toEqual([{ kind: 'duplicate', earlier: 'word/document.xml' }])
  })

  test('sizes: per entry, ratio above the floor only, encrypted, and the running total', () => {
    const g = new ZipGuard(limits)
    expect(g.check({ name: 'a', size: 1001 })).toEqual([{ kind: 'tooLarge', size: 1001 }])
    expect(g.check({ name: 'b', size: 99, compressedSize: 1 })).toEqual([])
    expect(g.check({ name: 'c', size: 200, compressedSize: 10, encrypted: true })).toEqual([{ kind: 'encrypted' }, { kind: 'bomb', size: 200, ratio: 20 }])
    expect(g.check({ name: 'd', size: 300 })).toEqual([{ kind: 'total', total: 1600 }])
    expect(g.tooManyEntries(3)).toBe(false)
    expect(g.tooManyEntries(4)).toBe(true)
  })

  test('the names together: a flood of long names stops the archive however few entries it has (issue 16 D11)', () => {
    const g = new ZipGuard(limits)
    expect(g.check({ name: 'a'.repeat(600), size: 1 })).toEqual([])
    expect(g.check({ name: 'b'.repeat(400), size: 1 })).toEqual([])
    expect(g.check({ name: 'c', size: 1 })).toEqual([{ kind: 'names', total: 1001 }])
  })
})

describe('openZipBuffer', () => {
  test('entries in ZIP order with their declared sizes and flags; a read is bounded by the declared size', async () => {
    const bytes = await zipBytes({ 'a.xml': '<a/>', 'map/': '', 'b.xml': '<bbbbbbbbbb/>' }, false)
    const zip = await openZipBuffer(setEncrypted(bytes, 'a.xml'))
    const a = await zip.next()
    const folder = await zip.next()
    const b = await zip.next()
    expect([a?.name, a?.encrypted, folder?.folder, b?.name, b?.size]).toEqual(['a.xml', true, true, 'b.xml', 13])
    expect(await zip.next()).toBeUndefined()
    expect(new TextDecoder().decode(await zip.read(b!))).toBe('<bbbbbbbbbb/>')
    zip.close()
    // b.xml declared as 5 bytes inflates to 13: stopped, never more than declared
    const lying = await openZipBuffer(setDeclaredSize(bytes, 'b.xml', 5))
    await lying.next()
    await lying.next()
    const small = await lying.next()
    await expect(lying.read(small!)).rejects.toThrow()
    lying.close()
  })
})
