/**
 * Test helpers for the rule layers: load a real example package from ../shared into memory, break a copy on
 * purpose, zip it with yazl, and validate it. The examples are read at run time, never copied into the repo.
 */
import { createHash } from 'node:crypto'
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

/**
 * pv28 as it would be delivered today: its 2021 files declare LVBB/STOP 1.1.0, which the installed set does not hold
 * (validatePackage then reports VISIE-860 and runs only the version-independent layers); SOURCES.md notes that a real
 * delivery says 1.2.0 on the lvbba roots and 1.3.0 on the STOP modules. Only those attributes change.
 */
export async function loadPv28(): Promise<File[]> {
  const declare = (t: string): string =>
    t.replace(/(<Aanlevering(?:Besluit|InformatieObject)\b[^>]*schemaversie=")1\.1\.0"/, '$11.2.0"').replaceAll('schemaversie="1.1.0"', 'schemaversie="1.3.0"')
  const files = (await loadFolder(pv28())).map((f) => {
    const t = new TextDecoder().decode(f.bytes)
    return /\.(xml|gml)$/.test(f.name) && t.includes('schemaversie="1.1.0"') ? { name: f.name, bytes: new TextEncoder().encode(declare(t)) } : f
  })
  // the GIO XML carries the SHA-512 of its GML, which just changed
  const hashes = new Map(files.filter((f) => f.name.endsWith('.gml')).map((f) => [f.name, createHash('sha512').update(f.bytes).digest('hex')]))
  return files.map((f) => {
    if (!f.name.startsWith('GIO_')) return f
    const t = new TextDecoder().decode(f.bytes)
    const gml = /<bestandsnaam>([^<]*)<\/bestandsnaam>/.exec(t)?.[1] ?? ''
    const hash = hashes.get(gml)
    return hash ? { name: f.name, bytes: new TextEncoder().encode(t.replace(/<hash>[0-9a-f]*<\/hash>/, `<hash>${hash}</hash>`)) } : f
  })
}

/** loadPv28 with its 37 double-escaped quotes (VISIE-861, a warning of their own) written as the characters they mean. */
export async function loadPv28Clean(): Promise<File[]> {
  return edit(await loadPv28(), 'akn_nl_bill_pv28-1-7.xml', (t) => t.replaceAll('&amp;lsquo;', '\u2018').replaceAll('&amp;rsquo;', '\u2019'))
}

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
