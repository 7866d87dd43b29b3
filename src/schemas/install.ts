/**
 * `visie schemas install`: fetch every file of the manifest from the given sources (in order), check its SHA-256,
 * and only when all files are present and correct write them into `<to>/<path>` (each via a temp name + rename).
 */
import { createHash } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { InputError } from '../model/errors.js'
import type { SchemaManifest, SchemaManifestFile } from './manifest.js'
import type { SchemaSource } from './sources.js'

export interface InstallProblem {
  /** Manifest path of the file, e.g. `stop/schemas/stop-1.3.0/imop-geo.xsd`. */
  readonly path: string
  readonly kind: 'ontbreekt' | 'digest'
  /** For `digest`: the source that had a wrong copy, the expected and the actual SHA-256. */
  readonly source?: string
  readonly expected?: string
  readonly actual?: string
}

/** Thrown when any file is missing or has the wrong digest; nothing has been written then. Exit code 2. */
export class SchemaInstallError extends InputError {
  constructor(readonly problems: readonly InstallProblem[]) {
    super(describeProblems(problems))
  }
}

export interface InstallResult {
  readonly dir: string
  readonly files: number
  /** Per source label: how many files it supplied. */
  readonly perSource: ReadonlyMap<string, number>
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Writes one file's bytes at its place (the CLI passes its atomic writer: temp name with pid, removed on signals). */
export type WriteFile = (target: string, bytes: Uint8Array) => Promise<void>

async function writeViaPart(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  await writeFile(`${target}.part`, bytes)
  await rename(`${target}.part`, target)
}

export async function installSchemas(
  manifest: SchemaManifest,
  sources: readonly SchemaSource[],
  to: string,
  write: WriteFile = writeViaPart,
): Promise<InstallResult> {
  const found = new Map<SchemaManifestFile, { bytes: Uint8Array; source: string }>()
  const problems: InstallProblem[] = []
  for (const file of manifest.files) {
    const got = await fetchVerified(file, sources)
    if ('bytes' in got) found.set(file, got)
    else problems.push(got.problem)
  }
  if (problems.length > 0) throw new SchemaInstallError(problems)
  const perSource = new Map<string, number>()
  for (const [file, { bytes, source }] of found) {
    await write(join(to, file.path), bytes)
    perSource.set(source, (perSource.get(source) ?? 0) + 1)
  }
  return { dir: to, files: found.size, perSource }
}

async function fetchVerified(
  file: SchemaManifestFile,
  sources: readonly SchemaSource[],
): Promise<{ bytes: Uint8Array; source: string } | { problem: InstallProblem }> {
  let wrong: InstallProblem | undefined
  for (const source of sources) {
    const bytes = await source.read(file)
    if (!bytes) continue
    const actual = sha256(bytes)
    if (actual === file.sha256) return { bytes, source: source.label }
    wrong ??= { path: file.path, kind: 'digest', source: source.label, expected: file.sha256, actual }
  }
  return { problem: wrong ?? { path: file.path, kind: 'ontbreekt' } }
}

function describeProblems(problems: readonly InstallProblem[]): string {
  const lines = problems.map((p) =>
    p.kind === 'ontbreekt'
      ? `  ${p.path}: ontbreekt in alle bronnen`
      : `  ${p.path}: SHA-256 klopt niet (bron ${p.source}: ${p.actual}, verwacht ${p.expected})`,
  )
  return `Schema's niet geïnstalleerd: ${problems.length} bestand(en) ontbreken of wijken af van schemas/manifest.json; er is niets geschreven.\n${lines.join('\n')}`
}
