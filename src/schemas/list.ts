/** `visie schemas list`: per set of the manifest, how many files are installed in a dir and whether their digests match. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sha256 } from './install.js'
import type { SchemaManifest } from './manifest.js'

export interface InstalledSet {
  readonly id: string
  readonly name: string
  readonly version: string
  /** Files of this set in the manifest. */
  readonly files: number
  readonly ok: number
  /** Manifest paths not present in the dir. */
  readonly missing: readonly string[]
  /** Manifest paths present with another SHA-256. */
  readonly changed: readonly string[]
}

export async function listInstalled(manifest: SchemaManifest, dir: string): Promise<readonly InstalledSet[]> {
  return Promise.all(
    manifest.sets.map(async (set) => {
      const files = manifest.files.filter((f) => f.set === set.id)
      const missing: string[] = []
      const changed: string[] = []
      for (const f of files) {
        const bytes = await readFile(join(dir, f.path)).catch(() => undefined)
        if (!bytes) missing.push(f.path)
        else if (sha256(bytes) !== f.sha256) changed.push(f.path)
      }
      return { ...set, files: files.length, ok: files.length - missing.length - changed.length, missing, changed }
    }),
  )
}
