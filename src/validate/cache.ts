/**
 * `--cache DIR` (issue 18): the findings of the per-document layers (xsd, stop) kept by content hash, so an unchanged
 * file (a GIO of 100 MB, say) is not validated again in the next CI run. One entry per (layer, file):
 * `<dir>/<key>.json`, key = SHA-256 of the tool version, the layer, the installed schema set's digest, the versions
 * the layer runs with, the entry's name and SHA-512 of its bytes (and, for a layer that reads it, the source trace).
 * A cached file gives the findings a fresh run gives; an entry that does not check out (damaged, foreign, another
 * key) counts as absent and is written again. Only files that all hit skip the layer: saxon-js or libxml2 does not
 * even load then.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { VERSION } from '../cli/version.js'
import type { Finding } from '../model/index.js'
import type { PackageEntry, ValidateContext, ValidationLayer } from './layer.js'
import { partOf } from './view.js'

/** Layers whose findings each belong to one file and depend on nothing but that file, the schema set and the versions. */
export const PER_DOCUMENT_LAYERS: readonly string[] = ['stop', 'xsd']
/** Of those, the layers that put the source trace into their findings themselves (schematron's report.ts). */
const TRACE_LAYERS: readonly string[] = ['stop']

const FORMAT = 'visie-laagcache/1'
const DOCUMENT = /\.(xml|gml)$/i

export interface LayerCache {
  readonly dir: string
}

/** The layer with its findings per file read from and written to the cache. */
export function cachedLayer(layer: ValidationLayer, cache: LayerCache): ValidationLayer {
  if (!PER_DOCUMENT_LAYERS.includes(layer.name)) return layer
  return {
    name: layer.name,
    run: async (pkg, ctx) => {
      const context = contextDigest(layer.name, ctx)
      const keyed = pkg.entries.filter((e) => DOCUMENT.test(e.name)).map((entry) => ({ entry, key: entryKey(context, entry) }))
      const hits = new Map<string, readonly Finding[]>()
      for (const { entry, key } of keyed) {
        const found = readEntry(cache.dir, key)
        if (found !== undefined) hits.set(entry.name, found)
      }
      const misses = keyed.filter(({ entry }) => !hits.has(entry.name))
      const fresh = misses.length === 0 ? [] : await layer.run(partOf(pkg, misses.map((m) => m.entry), ctx), ctx)
      // A finding of the layer as a whole (no file of this run) cannot be kept per file: then nothing is written.
      const missed = new Set(misses.map((m) => m.entry.name))
      if (fresh.every((f) => f.at?.file !== undefined && missed.has(f.at.file))) {
        for (const { entry, key } of misses) writeEntry(cache.dir, key, fresh.filter((f) => f.at?.file === entry.name))
      }
      return [...fresh, ...keyed.flatMap(({ entry }) => hits.get(entry.name) ?? [])]
    },
  }
}

function contextDigest(layer: string, ctx: ValidateContext): string {
  const hash = createHash('sha256')
  hash.update(`${FORMAT}\n${VERSION}\n${layer}\n${schemaSetDigest(ctx.schemasDir)}\n`)
  hash.update(`${JSON.stringify(ctx.versies ?? 'standaard')}\n${ctx.imowNietOndersteund === true}\n`)
  if (TRACE_LAYERS.includes(layer) && ctx.trace !== undefined) {
    for (const [id, at] of [...ctx.trace].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${id}\t${at.file}\t${at.line}\n`)
  }
  return hash.digest('hex')
}

function entryKey(context: string, entry: PackageEntry): string {
  const content = entry.sha512 ?? createHash('sha512').update(entry.bytes).digest('hex')
  return createHash('sha256').update(`${context}\n${entry.name}\n${content}`).digest('hex')
}

const digests = new Map<string, string>()

/** SHA-256 over the relative paths and bytes of every file of the installed schema set (once per process). */
export function schemaSetDigest(dir: string): string {
  const known = digests.get(dir)
  if (known !== undefined) return known
  const hash = createHash('sha256')
  for (const file of listFiles(dir)) {
    hash.update(`${relative(dir, file).split('\\').join('/')}\n`)
    hash.update(readFileSync(file))
    hash.update('\n')
  }
  const digest = hash.digest('hex')
  digests.set(dir, digest)
  return digest
}

function listFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name))
  } catch {
    return []
  }
  return names
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((n) => (n.endsWith('/') ? listFiles(join(dir, n.slice(0, -1))) : [join(dir, n)]))
}

interface CacheEntry {
  readonly formaat: string
  readonly sleutel: string
  readonly bevindingen: readonly Finding[]
  /** SHA-256 of JSON.stringify(bevindingen): a truncated or edited entry does not match. */
  readonly controle: string
}

function readEntry(dir: string, key: string): readonly Finding[] | undefined {
  let entry: Partial<CacheEntry>
  try {
    entry = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as Partial<CacheEntry>
  } catch {
    return undefined
  }
  if (entry.formaat !== FORMAT || entry.sleutel !== key || !Array.isArray(entry.bevindingen)) return undefined
  if (entry.controle !== checksum(entry.bevindingen) || !entry.bevindingen.every(isFinding)) return undefined
  return entry.bevindingen
}

function writeEntry(dir: string, key: string, findings: readonly Finding[]): void {
  const entry: CacheEntry = { formaat: FORMAT, sleutel: key, bevindingen: findings, controle: checksum(findings) }
  const file = join(dir, `${key}.json`)
  const tmp = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(tmp, JSON.stringify(entry))
    renameSync(tmp, file)
  } catch {
    // A cache we cannot write only costs time next run.
    rmSync(tmp, { force: true })
  }
}

function checksum(findings: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(findings)).digest('hex')
}

const SEVERITIES: readonly unknown[] = ['blokkerend', 'waarschuwing', 'informatie']

function isFinding(f: unknown): f is Finding {
  if (f === null || typeof f !== 'object') return false
  const o = f as Record<string, unknown>
  return typeof o.code === 'string' && SEVERITIES.includes(o.severity) && typeof o.layer === 'string' && typeof o.message === 'string' && o.data !== null && typeof o.data === 'object'
}
