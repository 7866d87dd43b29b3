/**
 * The committed schemas/manifest.json: every official schema, Schematron and waardelijst file visie installs,
 * with its set, path in the installed layout, official URL and SHA-256 (written by scripts/make-schema-manifest.ts).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { InputError } from '../model/errors.js'

export interface SchemaSetInfo {
  /** Stable id, e.g. `stop-xsd`, `imow-xsd-v3.1.0`. */
  readonly id: string
  /** Dutch display name for `visie schemas list`. */
  readonly name: string
  readonly version: string
}

export interface SchemaManifestFile {
  /** Id of the set this file belongs to. */
  readonly set: string
  /** Path in the installed layout (and in the shared reference folder), e.g. `stop/schemas/stop-1.3.0/imop-geo.xsd`. */
  readonly path: string
  /** Official location, e.g. `https://standaarden.overheid.nl/stop/1.3.0/imop-geo.xsd`. */
  readonly url: string
  /** Lowercase hex SHA-256 of the official bytes. */
  readonly sha256: string
}

export interface SchemaManifest {
  readonly $comment?: string
  readonly sets: readonly SchemaSetInfo[]
  readonly files: readonly SchemaManifestFile[]
}

const safePath = z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/).refine((p) => !p.split('/').includes('..'))

const manifestSchema = z.object({
  $comment: z.string().optional(),
  sets: z.array(z.object({ id: z.string().min(1), name: z.string(), version: z.string() })),
  files: z.array(z.object({ set: z.string(), path: safePath, url: z.url(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
})

/**
 * Where the committed manifest lives: `<package>/schemas/manifest.json`, found from this module upwards (src/schemas/
 * in a checkout, dist/ or dist/chunks/ in the bundle of scripts/bundle.ts).
 */
export const defaultManifestFile = packageFile(join('schemas', 'manifest.json'))

function packageFile(relative: string): string {
  const first = dirname(fileURLToPath(import.meta.url))
  for (let dir = first; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return join(dir, relative)
    if (dirname(dir) === dir) return join(dirname(dirname(first)), relative) // not found: named as before, loadManifest says so
  }
}

let cached: SchemaManifest | undefined

/** Reads and checks a manifest; without an argument the committed one (read once per process). */
export async function loadManifest(file?: string): Promise<SchemaManifest> {
  if (file === undefined && cached) return cached
  const path = file ?? defaultManifestFile
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    throw new InputError(`Kan het schemamanifest ${path} niet lezen: ${(e as Error).message}`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) throw new InputError(`Het schemamanifest ${path} klopt niet: ${parsed.error.issues[0]?.message ?? ''}`)
  const sets = new Set(parsed.data.sets.map((s) => s.id))
  const unknown = parsed.data.files.find((f) => !sets.has(f.set))
  if (unknown) throw new InputError(`Het schemamanifest ${path} noemt een onbekende set '${unknown.set}' bij ${unknown.path}.`)
  if (file === undefined) cached = parsed.data
  return parsed.data
}
