/**
 * Helpers for the hostile-input corpus: the CLI with a capturing Io in a temp dir, a copy of the Assen project,
 * the seed with one edit, and a windows-1252 encoder written from the code page (not from the decoder under test).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { fixture } from '../support/shared.js'

export const seed = readFileSync(fixture('assen', 'omgevingsvisie.txt'), 'utf8')

export function tempDir(prefix = 'visie-hard-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export interface CliRun {
  readonly code: number
  readonly out: string
  readonly err: string
}

export async function cli(cwd: string, ...args: string[]): Promise<CliRun> {
  let out = ''
  let err = ''
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), tty: false, cwd, env: {} }
  const code = await main(['node', 'visie', ...args], io)
  return { code, out, err }
}

/** The seed with `from` replaced by `to` once; fails loudly when the seed no longer has `from`. */
export function edited(from: string, to: string): string {
  if (!seed.includes(from)) throw new Error(`seed has no ${JSON.stringify(from)}`)
  return seed.replace(from, to)
}

/** Line (from 1) of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`no line with ${JSON.stringify(needle)}`)
  return i + 1
}

/** Copies fixtures/assen (without its dist/) into a temp dir; `edit` changes files in the copy. */
export function assenProject(edit: (dir: string) => void = () => {}): string {
  const dir = tempDir('visie-proj-')
  const from = fixture('assen')
  for (const name of readdirSync(from)) if (name !== 'dist') cpSync(join(from, name), join(dir, name), { recursive: true })
  edit(dir)
  return dir
}

export function editJson(path: string, change: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  change(json)
  writeFileSync(path, JSON.stringify(json, null, 2))
}

/** The folder is absent or empty: nothing (not even a temporary file) was left behind. */
export function leftBehind(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : []
}

/** windows-1252 for 0x80–0x9F, from the code page chart (cp1252.txt); other characters up to U+00FF are one byte. */
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

export function encodeWindows1252(text: string): Uint8Array {
  const out: number[] = []
  for (const c of text) {
    const code = c.codePointAt(0) as number
    const b = CP1252[c] ?? (code <= 0xff && (code < 0x80 || code > 0x9f) ? code : undefined)
    if (b === undefined) throw new Error(`U+${code.toString(16)} has no windows-1252 byte`)
    out.push(b)
  }
  return Uint8Array.from(out)
}

/** Findings of a `build --format json` report as `code@line` (line of the source text, when there is one). */
export function reportCodes(out: string): string[] {
  const report = JSON.parse(out) as { bevindingen: { code: string; ernst: string; bron?: { regel: number } }[] }
  return report.bevindingen.filter((b) => b.ernst !== 'informatie').map((b) => (b.bron ? `${b.code}@${b.bron.regel}` : b.code))
}
