/** Test helper: a package folder (e.g. a shared example) as PackageContents, entries sorted by name. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PackageContents } from '../../src/validate/layer.js'

export function folderPackage(dir: string): PackageContents {
  const names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return { source: dir, entries: names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })), findings: [] }
}
