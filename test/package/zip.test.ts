import { execFileSync } from 'node:child_process'
import { crc32 } from 'node:zlib'
import yauzl from 'yauzl'
import { describe, expect, test } from 'vitest'
import type { PackageFile } from '../../src/model/index.js'
import { zipPackage } from '../../src/package/zip.js'
import { repoRoot } from '../support/shared.js'

const files: PackageFile[] = [
  { path: 'opdracht.xml', bytes: Buffer.from('<a>€ “x”</a>\n'), contentType: 'application/xml' },
  { path: 'GIO-b.gml', bytes: Buffer.from('<gml/>'.repeat(1000)), contentType: 'application/gml+xml' },
  { path: 'besluit.xml', bytes: Buffer.from('<b/>'), contentType: 'application/xml' },
]

function entries(zip: Buffer): Promise<{ name: string; dosDate: number; dosTime: number; mode: number; extra: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, z) => {
      if (err || !z) return reject(err)
      const out: { name: string; dosDate: number; dosTime: number; mode: number; extra: number }[] = []
      z.on('entry', (e: yauzl.Entry) => {
        out.push({ name: e.fileName, dosDate: e.lastModFileDate, dosTime: e.lastModFileTime, mode: e.externalFileAttributes >>> 16, extra: e.extraFields.length })
        z.readEntry()
      })
      z.on('end', () => resolve(out))
      z.readEntry()
    })
  })
}

describe('zipPackage', () => {
  test('entries are flat, sorted by code units, with a fixed DOS timestamp, mode and no extra fields', async () => {
    const zip = await zipPackage(files)
    const list = await entries(zip)
    expect(list.map((e) => e.name)).toEqual(['GIO-b.gml', 'besluit.xml', 'opdracht.xml'])
    for (const e of list) {
      expect(e.dosDate).toBe((0 << 9) | (1 << 5) | 1) // 1980-01-01
      expect(e.dosTime).toBe(0)
      expect(e.mode).toBe(0o100644)
      expect(e.extra).toBe(0)
    }
  })

  test('the same files give the same bytes, in any input order and under another TZ', async () => {
    const a = await zipPackage(files)
    const b = await zipPackage([...files].reverse())
    expect(Buffer.compare(a, b)).toBe(0)
    const script = `
      import { zipPackage } from './src/package/zip.ts'
      const files = ${JSON.stringify(files.map((f) => ({ path: f.path, text: Buffer.from(f.bytes).toString('utf8'), contentType: f.contentType })))}
      const zip = await zipPackage(files.map((f) => ({ path: f.path, bytes: Buffer.from(f.text), contentType: f.contentType })))
      process.stdout.write(zip.toString('base64'))`
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
        env: { ...process.env, TZ: tz, LANG: 'tr_TR.UTF-8' },
        encoding: 'utf8',
      })
      expect(Buffer.compare(Buffer.from(out, 'base64'), a)).toBe(0)
    }
  })

  test('2 500 entries (a package with 1 000 GIOs has 2 010) come back byte for byte, with the right CRC-32 and sizes', async () => {
    const many: PackageFile[] = Array.from({ length: 2500 }, (_, i) => ({
      path: `GIO-${String(i).padStart(4, '0')}.gml`,
      bytes: Buffer.from(`<gml n="${i}">${'1.5 2.25 '.repeat(i % 97)}</gml>`),
      contentType: 'application/gml+xml',
    }))
    const zip = await zipPackage(many)
    const back = await contents(zip)
    expect(back.size).toBe(many.length)
    for (const f of many) {
      const entry = back.get(f.path)
      expect(entry?.bytes.equals(f.bytes)).toBe(true)
      expect(entry?.crc32).toBe(crc32(f.bytes))
    }
    // Empty files too (a stream that ends at once).
    const empty = await contents(await zipPackage([{ path: 'leeg.txt', bytes: Buffer.alloc(0), contentType: 'text/plain' }]))
    expect([...empty].map(([name, e]) => [name, e.bytes.length, e.crc32])).toEqual([['leeg.txt', 0, 0]])
  })
})

/** Every entry inflated by yauzl (which checks the inflated size against the central directory), with its CRC-32 there. */
function contents(zip: Buffer): Promise<Map<string, { bytes: Buffer; crc32: number }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (err, z) => {
      if (err || !z) return reject(err)
      const out = new Map<string, { bytes: Buffer; crc32: number }>()
      z.on('entry', (e: yauzl.Entry) => {
        z.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2)
          const parts: Buffer[] = []
          stream.on('data', (c: Buffer) => parts.push(c))
          stream.on('error', reject)
          stream.on('end', () => {
            out.set(e.fileName, { bytes: Buffer.concat(parts), crc32: e.crc32 })
            z.readEntry()
          })
        })
      })
      z.on('end', () => resolve(out))
      z.on('error', reject)
      z.readEntry()
    })
  })
}
