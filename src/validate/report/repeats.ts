/**
 * Findings of one code in one file that a person reads (the text report, the preview): up to ALL_UP_TO all are shown
 * (each may name another GIO, another element); more are the same mistake repeated, e.g. a GeoJSON in degrees declared
 * as RD gives one finding per feature (90 000 features: 180 000 lines of text, an 83 MB preview of 2.1 GB), so the
 * first MAX_PER_CODE are shown and one entry counts the rest. The summary, JSON and JUnit keep every finding.
 */
import type { Finding } from '../../model/index.js'

export const ALL_UP_TO = 50
export const MAX_PER_CODE = 20

/** A finding to show, or (with `rest`) the place of the ones left out of its group: `finding` is the first of them. */
export interface Shown {
  readonly finding: Finding
  /** How many findings of this layer, file and code are not shown. */
  readonly rest?: number
}

/** The file a finding is listed under: its package file, else its source file, else the package. */
export function listedUnder(f: Finding): string {
  return f.at?.file ?? f.source?.file ?? '(pakket)'
}

/** The findings in their order, each group over ALL_UP_TO cut to its first MAX_PER_CODE and one entry for the rest. */
export function shownFindings(findings: readonly Finding[]): Shown[] {
  const key = (f: Finding) => `${f.layer}\u0000${listedUnder(f)}\u0000${f.code}`
  const total = new Map<string, number>()
  for (const f of findings) total.set(key(f), (total.get(key(f)) ?? 0) + 1)
  const seen = new Map<string, number>()
  const out: Shown[] = []
  for (const f of findings) {
    const k = key(f)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    const all = total.get(k) ?? 0
    if (all <= ALL_UP_TO || n <= MAX_PER_CODE) out.push({ finding: f })
    else if (n === MAX_PER_CODE + 1) out.push({ finding: f, rest: all - MAX_PER_CODE })
  }
  return out
}
