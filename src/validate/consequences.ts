/**
 * One cause, one finding: a finding whose rule rests on a file that breaks its schema (Rule.dependsOn) is a
 * consequence of that file's first schema error, listed under it instead of beside it — no 13 × LVBB3509 next to
 * the besluit's LVBB2003 that made its informatieobjectRefs unreadable.
 */
import type { Finding } from '../model/index.js'
import { dependsOnFiles } from './rule.js'

/** Own xsd-layer codes that do not break a file (a parser note, a DOCTYPE warning). */
const notBreaking = new Set(['VISIE-804'])

export function groupConsequences(findings: readonly Finding[]): Finding[] {
  const roots = new Map<string, Finding>()
  for (const f of findings) {
    if (f.layer === 'xsd' && f.severity === 'blokkerend' && f.at && !notBreaking.has(f.code) && !roots.has(f.at.file)) roots.set(f.at.file, f)
  }
  if (roots.size === 0) return [...findings]
  const under = new Map<Finding, Finding[]>()
  const kept: Finding[] = []
  for (const f of findings) {
    const root = f.layer === 'xsd' ? undefined : dependsOnFiles(f).map((file) => roots.get(file)).find((r) => r !== undefined)
    if (root) under.set(root, [...(under.get(root) ?? []), f])
    else kept.push(f)
  }
  return kept.map((f) => {
    const list = under.get(f)
    return list ? { ...f, message: `${f.message} Gevolg hiervan, niet apart gemeld: ${summary(list)}.`, consequences: list } : f
  })
}

function summary(list: readonly Finding[]): string {
  const counts = new Map<string, number>()
  for (const f of list) counts.set(f.code, (counts.get(f.code) ?? 0) + 1)
  return [...counts].map(([code, n]) => `${n} × ${code}`).join(', ')
}
