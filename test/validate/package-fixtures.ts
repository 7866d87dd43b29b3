/**
 * Test helpers for the rule layers: load a real example package from ../shared into memory, break a copy on
 * purpose, zip it with yazl, and validate it. The examples are read at run time, never copied into the repo.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yazl from 'yazl'
import type { Finding } from '../../src/model/index.js'
import { packageFromFiles } from '../../src/package/read.js'
import { validatePackage, type Report } from '../../src/validate/index.js'
import { schemasDir, sharedDir } from '../support/shared.js'

export interface File {
  readonly name: string
  readonly bytes: Uint8Array
}

export const pv28 = (): string => sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
export const gm9920 = (): string => sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120')

export async function loadFolder(dir: string): Promise<File[]> {
  const names = (await readdir(dir)).sort()
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })))
}

/** A copy of `files` with `name`'s text replaced by `fn(text)`; fails loudly when the edit changed nothing. */
export function edit(files: readonly File[], name: string, fn: (text: string) => string): File[] {
  const file = files.find((f) => f.name === name)
  if (!file) throw new Error(`${name} zit niet in het pakket`)
  const before = new TextDecoder().decode(file.bytes)
  const after = fn(before)
  if (after === before) throw new Error(`de bewerking van ${name} veranderde niets`)
  return files.map((f) => (f.name === name ? { name, bytes: new TextEncoder().encode(after) } : f))
}

export function without(files: readonly File[], name: string): File[] {
  if (!files.some((f) => f.name === name)) throw new Error(`${name} zit niet in het pakket`)
  return files.filter((f) => f.name !== name)
}

export function withFile(files: readonly File[], name: string, content: string | Uint8Array): File[] {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return [...files.filter((f) => f.name !== name), { name, bytes }]
}

export function text(files: readonly File[], name: string): string {
  const file = files.find((f) => f.name === name)
  if (!file) throw new Error(`${name} zit niet in het pakket`)
  return new TextDecoder().decode(file.bytes)
}

/** Validates in-memory files through the given layers (default: the TypeScript layers). */
export async function validateFiles(files: readonly File[], layers: readonly string[] = ['pakket', 'lvbb', 'geo', 'ow']): Promise<Report> {
  return validatePackage(packageFromFiles('test', files), { schemasDir: schemasDir() }, { layers })
}

export function withCode(report: Report, code: string): Finding[] {
  return report.findings.filter((f) => f.code === code)
}

export function codes(report: Report): string[] {
  return [...new Set(report.findings.map((f) => f.code))].sort()
}

/** Writes `entries` into a new ZIP in a temp dir; returns its path. */
export async function zipTo(entries: readonly { name: string; bytes: Uint8Array; store?: boolean }[], zipName = 'pakket.zip'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'visie-test-'))
  const path = join(dir, zipName)
  const zip = new yazl.ZipFile()
  for (const e of entries) zip.addBuffer(Buffer.from(e.bytes), e.name, { mtime: new Date(0), compress: !e.store })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  await writeFile(path, Buffer.concat(chunks))
  return path
}
