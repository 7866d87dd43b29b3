/**
 * The package reader's limits and its per-entry judgement: names (LVBB1004; traversal and absolute paths),
 * sizes (LVBB1041: 1 byte..100 MB) and the compression-ratio guard against ZIP bombs. Pure functions.
 */

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
} as const

export type EntryProblem =
  | { readonly kind: 'unsafe'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'empty'; readonly size: number }
  | { readonly kind: 'tooLarge'; readonly size: number }
  | { readonly kind: 'bomb'; readonly size: number; readonly ratio: number }
  | { readonly kind: 'duplicate'; readonly earlier: string }

/** The manifest XSD's dtBestandsnaam: flat names of letters, digits, '.', '_' and '-'. */
const validName = /^[0-9A-Za-z._-]+$/

export function zipEntryFindings(name: string, size: number, compressedSize?: number): EntryProblem[] {
  const unsafe = unsafeReason(name)
  if (unsafe) return [{ kind: 'unsafe', reason: unsafe }]
  const problems: EntryProblem[] = []
  if (!validName.test(name)) problems.push({ kind: 'invalid', reason: 'ongeldige tekens of een map in de naam' })
  if (size === 0) problems.push({ kind: 'empty', size })
  else if (size > entryLimits.maxFileBytes) problems.push({ kind: 'tooLarge', size })
  else if (compressedSize !== undefined && size >= entryLimits.ratioFloorBytes) {
    const ratio = Math.round(size / Math.max(compressedSize, 1))
    if (ratio > entryLimits.maxRatio) problems.push({ kind: 'bomb', size, ratio })
  }
  return problems
}

/** Names that would point outside the package if anyone wrote them to disk. */
function unsafeReason(name: string): string | undefined {
  if (name === '') return 'lege naam'
  if (name.includes('\0')) return 'NUL-teken in de naam'
  if (/^([\\/]|[A-Za-z]:)/.test(name)) return 'absoluut pad'
  if (name.split(/[\\/]/).some((part) => part === '..')) return "pad met '..' (buiten het pakket)"
  return undefined
}
