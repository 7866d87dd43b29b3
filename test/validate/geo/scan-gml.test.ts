/**
 * The one pass over a GML (scan-gml.ts): read in chunks of any size it finds the same geometries and plans the same
 * reduction as over the whole file; the reduced file is the standalone reducer's (xsd/coordinates.ts) with every
 * line where it was; and a folder package with a GIO above the large-entry size (read chunk by chunk) gets its
 * findings on the lines where the problems are written, the same findings as the same files given in memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LARGE_ENTRY_BYTES, packageFromFiles, readPackage } from '../../../src/package/read.js'
import { EnvelopeIndex } from '../../../src/validate/geo/envelope-index.js'
import { applyPlan, scanGml, type ScannedGeometrie, type ScanResult } from '../../../src/validate/geo/scan-gml.js'
import { validatePackage } from '../../../src/validate/index.js'
import { reducedCoordinates } from '../../../src/validate/xsd/coordinates.js'
import { schemasDir } from '../../support/shared.js'
import { gm9920, loadFolder, pv28 } from '../package-fixtures.js'

const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'))
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1')

/** The bytes in chunks of `size` through one reused buffer, as a large folder entry is read. */
function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  const buffer = new Uint8Array(size)
  for (let at = 0; at < bytes.length; at += size) {
    const part = bytes.subarray(at, at + size)
    buffer.set(part)
    yield buffer.subarray(0, part.length)
  }
}

function scan(input: Uint8Array | Iterable<Uint8Array>): { geometries: unknown[]; result: ScanResult } {
  const geometries: ScannedGeometrie[] = []
  const result = scanGml(input, (g) => geometries.push(g))
  // Coordinates as plain arrays (a Float64Array view does not compare by value across slabs).
  return { geometries: JSON.parse(JSON.stringify(geometries, (_k, v: unknown) => (v instanceof Float64Array ? [...v] : v))) as unknown[], result }
}

const reduced = (bytes: Uint8Array): string | undefined => {
  const { result } = scan(bytes)
  return result.plan ? text(applyPlan(result.plan, bytes)) : undefined
}
const lines = (s: string): number => s.split(/\r\n|\r|\n/).length

let gio = ''
const gmls: { name: string; bytes: Uint8Array }[] = []
beforeAll(async () => {
  gio = text((await loadFolder(gm9920())).find((f) => f.name === 'gio-1.gml')?.bytes ?? new Uint8Array())
  for (const dir of [gm9920(), pv28()]) for (const f of await loadFolder(dir)) if (f.name.endsWith('.gml')) gmls.push(f)
})

/** gm9920's GIO changed for one case (each edit must change something). */
function variant(edit: (t: string) => string): Uint8Array {
  const changed = edit(gio)
  expect(changed).not.toBe(gio)
  return latin1(changed)
}

const variants: Readonly<Record<string, (t: string) => string>> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  'posList over many lines': (t) => t.replace(/<gml:posList>([^<]*)<\/gml:posList>/, (_m, c: string) => `<gml:posList>\n${c.trim().split(' ').join('\n')}\n</gml:posList>`),
  exponent: (t) => t.replace('<gml:posList>97900 ', '<gml:posList>9.79E4 '),
  'xsi:type': (t) => t.replace('<gml:posList>', '<gml:posList xsi:type="gml:doubleList">'),
  'comment inside': (t) => t.replace('<gml:posList>', '<gml:posList><!-- x -->'),
  'prefix bound elsewhere': (t) => t.replace('<gml:posList>', '<gml:posList xmlns:gml="urn:ander">'),
  doctype: (t) => t.replace('?>', '?><!DOCTYPE x>'),
  'stray posList': (t) => t.replace('<geo:locaties>', '<geo:locaties><gml:posList>1 2</gml:posList>'),
  '3D': (t) => t.replace(/srsName=/, 'srsDimension="3" srsName=').replace('97900 540200 99100', '97900 540200 5 99100'),
  'cut off': (t) => t.slice(0, Math.floor(t.length * 0.6)),
}

describe('scanGml over chunks', () => {
  test('chunks of 1, 7 and 4096 bytes give the geometries and plan of the whole file (real GMLs and variants)', () => {
    const files = [...gmls.map((f) => [f.name, f.bytes] as const), ...Object.entries(variants).map(([name, edit]) => [name, variant(edit)] as const)]
    expect(files.length).toBeGreaterThan(12)
    for (const [, bytes] of files) {
      const whole = scan(bytes)
      for (const size of [1, 7, 4096]) expect(scan(chunked(bytes, size))).toEqual(whole)
    }
    // Not vacuous: the real GIO has its square, and the plan covers its one coordinate text.
    const real = scan(latin1(gio))
    expect(real.geometries).toHaveLength(1)
    expect(real.result.plan?.texts.count).toBe(1)
    expect(real.result).toMatchObject({ coordinateTexts: 1, stray: false })
  })
})

describe('the reduction plan', () => {
  test('the reduced real GMLs are what the standalone reducer makes, with the same lines', () => {
    for (const f of gmls) {
      const mine = reduced(f.bytes)
      const standalone = reducedCoordinates(f.bytes)
      expect(mine).toBeDefined()
      expect(mine).toBe(standalone === undefined ? undefined : text(standalone))
      expect(lines(mine as string)).toBe(lines(text(f.bytes)))
      expect(mine?.length).toBeLessThan(f.bytes.length)
    }
  })

  test('a text over many lines becomes 0 and its line breaks (CRLF counted once)', () => {
    const many = variant(variants['posList over many lines'] as (t: string) => string)
    expect(reduced(many)).toContain('<gml:posList>0\n\n\n\n\n\n\n\n\n\n\n</gml:posList>')
    const crlf = variant(variants.crlf as (t: string) => string)
    expect(lines(reduced(crlf) as string)).toBe(lines(text(crlf)))
  })

  test('not planned: an exponent, an xsi:type, a comment inside; nothing at all with a DOCTYPE or a GML prefix bound elsewhere', () => {
    for (const name of ['exponent', 'xsi:type', 'comment inside']) {
      const { result } = scan(variant(variants[name] as (t: string) => string))
      expect(result.plan, name).toBeUndefined()
      expect(result.coordinateTexts, name).toBe(1)
    }
    expect(scan(variant(variants.doctype as (t: string) => string)).result.plan).toBeUndefined()
    expect(scan(variant(variants['prefix bound elsewhere'] as (t: string) => string)).result.plan).toBeUndefined()
  })

  test('a coordinate element outside every geometrie is stray (the Schematron layer then still drops it)', () => {
    const { result } = scan(variant(variants['stray posList'] as (t: string) => string))
    expect(result).toMatchObject({ coordinateTexts: 2, stray: true })
    expect(result.plan?.texts.count).toBe(2)
  })
})

describe('EnvelopeIndex', () => {
  test('finds exactly the envelopes a brute-force comparison finds, touching ones included (meeting a box, and after an item)', () => {
    let seed = 7
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (const n of [0, 1, 16, 17, 300, 3000]) {
      const boxes = new Float64Array(4 * n)
      for (let i = 0; i < n; i++) {
        const x = Math.floor(random() * 100)
        const y = Math.floor(random() * 100)
        boxes.set([x, y, x + Math.floor(random() * 8), y + Math.floor(random() * 8)], 4 * i)
      }
      const index = new EnvelopeIndex(boxes)
      for (let q = 0; q < Math.min(n, 300); q++) {
        const [minX, minY, maxX, maxY] = boxes.subarray(4 * q, 4 * q + 4) as unknown as [number, number, number, number]
        const expected: number[] = []
        for (let j = 0; j < n; j++) {
          if (!((boxes[4 * j] as number) > maxX || (boxes[4 * j + 2] as number) < minX || (boxes[4 * j + 1] as number) > maxY || (boxes[4 * j + 3] as number) < minY)) expected.push(j)
        }
        expect(index.meeting(minX, minY, maxX, maxY)).toEqual(expected)
        expect(index.after(q)).toEqual(expected.filter((j) => j > q))
      }
    }
  })
})

describe('a GIO above the large-entry size, read from a folder chunk by chunk', () => {
  let dir = ''
  let gmlLines: string[] = []
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'visie-scan-'))
    const files = await loadFolder(gm9920())
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes)
    // gm9920's one geometry as thousands of squares, a bow tie near the end and an element the schema does not know.
    const squares: string[] = []
    for (let i = 0, size = 0; size < LARGE_ENTRY_BYTES + 200_000; i++, size += (squares.at(-1)?.length ?? 0) + 1) {
      const x = 100000 + (i % 500) * 20
      const y = 450000 + Math.floor(i / 500) * 20
      squares.push(`<gml:surfaceMember><gml:Polygon gml:id="p${i}"><gml:exterior><gml:LinearRing><gml:posList>${x} ${y} ${x + 10} ${y} ${x + 10} ${y + 10} ${x} ${y + 10} ${x} ${y}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>`)
    }
    squares.push('<gml:surfaceMember><gml:Polygon gml:id="bowtie"><gml:exterior><gml:LinearRing><gml:posList>90000 440000 90010 440010 90010 440000 90000 440010 90000 440000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>')
    const gml = gio
      .replace(/<gml:surfaceMember>[\s\S]*<\/gml:surfaceMember>/, squares.join('\n'))
      .replace('</geo:locaties>', '</geo:locaties>\n<geo:onbekend/>')
    gmlLines = gml.split('\n')
    writeFileSync(join(dir, 'gio-1.gml'), gml)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('findings on the lines where the bow tie and the unknown element are written, as for the same files in memory', async () => {
    const pkg = await readPackage(dir)
    expect(pkg.entries.find((e) => e.name === 'gio-1.gml')?.chunks).toBeDefined() // read chunk by chunk, not held
    const ctx = { schemasDir: schemasDir() }
    // One layer at a time: together, the geo finding is reported as a consequence of the schema error in the same file.
    const [bowtie] = (await validatePackage(pkg, ctx, { layers: ['geo'] })).findings
    expect(bowtie?.code).toBe('GEOMETRY.03.2')
    expect(bowtie?.data).toMatchObject({ fout: 'SELF_INTERSECTION', x: 90005, y: 440005 })
    const xsd = (await validatePackage(pkg, ctx, { layers: ['xsd'] })).findings.find((f) => f.at?.file === 'gio-1.gml')
    expect(xsd?.code).toBe('LVBB3009')
    expect(gmlLines[(xsd?.at?.line ?? 0) - 1]).toContain('<geo:onbekend/>')
    const inMemory = packageFromFiles(dir, await loadFolder(dir))
    const layers = ['xsd', 'stop', 'geo']
    expect((await validatePackage(pkg, ctx, { layers })).findings).toEqual((await validatePackage(inMemory, ctx, { layers })).findings)
  })
})
