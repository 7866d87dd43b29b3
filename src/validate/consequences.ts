/**
 * One cause, one finding: a finding that follows from another is listed under it instead of beside it.
 * 1. A finding whose rule rests on a file that breaks its schema (Rule.dependsOn) goes under that file's first schema
 *    error — no 13 × LVBB3509 next to the besluit's LVBB2003 that made its informatieobjectRefs unreadable.
 * 2. A finding of a code another rule's finding explains (Rule.explains) goes under that finding — no 16 × OZON0066
 *    next to the LVBB3506 of the GML that holds those geometries, no LVBB3519 + LVBB3518 × GIOs next to VISIE-863.
 */
import { compareFindings, type Finding } from '../model/index.js'
import { dependsOnFiles, explainedBy } from './rule.js'

/** Own xsd-layer codes that do not break a file (a parser note, a DOCTYPE warning). */
const notBreaking = new Set(['VISIE-804'])

export function groupConsequences(findings: readonly Finding[]): Finding[] {
  return groupExplained(groupUnderSchemaErrors(findings))
}

function groupUnderSchemaErrors(findings: readonly Finding[]): Finding[] {
  const roots = new Map<string, Finding>()
  for (const f of findings) {
    if (f.layer === 'xsd' && f.severity === 'blokkerend' && f.at && !notBreaking.has(f.code) && !roots.has(f.at.file)) roots.set(f.at.file, f)
  }
  if (roots.size === 0) return [...findings]
  return attach(findings, (f) => (f.layer === 'xsd' ? undefined : dependsOnFiles(f).map((file) => roots.get(file)).find((r) => r !== undefined)))
}

/** Roots are the explaining findings themselves (never xsd findings, so step 1 left them as they were). */
function groupExplained(findings: readonly Finding[]): Finding[] {
  const roots = findings.flatMap((f) => {
    const explains = explainedBy(f)
    return explains ? [{ root: f, explains }] : []
  })
  if (roots.length === 0) return [...findings]
  // The roots that explain a code, in report order: a finding looks only at those (1 000 GIOs without their GML are
  // 1 000 roots over 90 000 findings).
  const byCode = new Map<string, (typeof roots)[number][]>()
  for (const r of roots) {
    for (const code of r.explains.codes) {
      const list = byCode.get(code)
      if (list === undefined) byCode.set(code, [r])
      else list.push(r)
    }
  }
  return attach(findings, (f) =>
    byCode.get(f.code)?.find(({ root, explains }) => root !== f && (explains.scope === 'pakket' || root.at?.file === f.at?.file))?.root,
  )
}

/** Moves every finding for which `rootOf` names a root under that root (first root in report order wins). */
function attach(findings: readonly Finding[], rootOf: (f: Finding) => Finding | undefined): Finding[] {
  const under = new Map<Finding, Finding[]>()
  const kept: Finding[] = []
  for (const f of findings) {
    const root = rootOf(f)
    if (root === undefined) kept.push(f)
    else {
      const list = under.get(root)
      if (list === undefined) under.set(root, [f])
      else list.push(f)
    }
  }
  return kept.map((f) => {
    const list = under.get(f)?.sort(compareFindings)
    return list ? { ...f, message: `${f.message} Gevolg hiervan, niet apart gemeld: ${summary(list)}.`, consequences: list } : f
  })
}

function summary(list: readonly Finding[]): string {
  const counts = new Map<string, number>()
  for (const f of list) counts.set(f.code, (counts.get(f.code) ?? 0) + 1)
  return [...counts].map(([code, n]) => `${n} × ${code}`).join(', ')
}
