/**
 * The package reader's limits and its per-entry judgement: the guards every ZIP gets (zip-read.ts: unsafe names,
 * duplicates, encryption, size per entry, total, compression ratio) with the LVBB's numbers, plus what only a delivery
 * package demands: flat names of the manifest's characters (LVBB1004) and no empty file (LVBB1041: 1 byte..100 MB).
 */
import { ZipGuard, type ZipLimits, type ZipProblem } from './zip-read.js'

export const entryLimits = {
  /** LVBB1041: an unpacked file may not exceed 100 MB. */
  maxFileBytes: 100 * 1024 * 1024,
  /** LVBB1040: the ZIP (or a folder's total) may not exceed 1 GB. */
  maxPackageBytes: 1024 * 1024 * 1024,
  /** Stop unpacking when the entries together claim more than this (a flood of small bombs). */
  maxTotalUncompressed: 2 * 1024 * 1024 * 1024,
  /** More entries than any real package has (13 GIOs → ~40 files); protects against entry floods. */
  maxEntries: 10_000,
  /** Uncompressed/compressed ratio above which a large entry is treated as a ZIP bomb. */
  maxRatio: 200,
  /** Entries smaller than this are never considered bombs, whatever their ratio. */
  ratioFloorBytes: 1024 * 1024,
  /** Stop reading when the file names together are longer (characters): a package's names are some 30 characters. */
  maxNameChars: 4 * 1024 * 1024,
} as const

export const packageZipLimits: ZipLimits = {
  maxEntries: entryLimits.maxEntries,
  maxEntryBytes: entryLimits.maxFileBytes,
  maxTotalBytes: entryLimits.maxTotalUncompressed,
  maxRatio: entryLimits.maxRatio,
  ratioFloorBytes: entryLimits.ratioFloorBytes,
  maxNameChars: entryLimits.maxNameChars,
}

export type EntryProblem =
  | ZipProblem
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'empty'; readonly size: number }

/** The manifest XSD's dtBestandsnaam: flat names of letters, digits, '.', '_' and '-'. */
const validName = /^[0-9A-Za-z._-]+$/

/** The problems of one package entry, judged by `guard` (which remembers names and the total across entries). */
export function packageEntryProblems(
  guard: ZipGuard,
  entry: { readonly name: string; readonly size: number; readonly compressedSize?: number; readonly encrypted?: boolean },
): EntryProblem[] {
  const shared = guard.check(entry)
  if (shared.some((p) => p.kind === 'unsafe' || p.kind === 'total' || p.kind === 'names')) return shared
  const problems: EntryProblem[] = []
  if (!validName.test(entry.name)) problems.push({ kind: 'invalid', reason: 'ongeldige tekens of een map in de naam' })
  if (entry.size === 0) problems.push({ kind: 'empty', size: 0 })
  return [...problems, ...shared]
}

/** One entry judged on its own (no other entries seen). */
export function zipEntryFindings(name: string, size: number, compressedSize?: number): EntryProblem[] {
  return packageEntryProblems(new ZipGuard(packageZipLimits), compressedSize === undefined ? { name, size } : { name, size, compressedSize })
}
