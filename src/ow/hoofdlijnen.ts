/**
 * owHoofdlijnen content: the Hoofdlijnen of visie.json `ow.hoofdlijnen` (soort, naam, gerelateerdeHoofdlijn),
 * in configured order. A Hoofdlijn that no Tekstdeel uses, directly or through a used Hoofdlijn's gerelateerd,
 * is left out with a warning: it would be an orphan (TPOD1900).
 */
import type { Finding } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { owFinding } from './findings.js'
import { owId } from './ids.js'
import type { Hoofdlijn } from './objects.js'

/** Hoofdlijn key → OW id, for the annotations; duplicate keys are reported. */
export function hoofdlijnIds(ctx: BuildContext): { readonly ids: ReadonlyMap<string, string>; readonly findings: readonly Finding[] } {
  const ids = new Map<string, string>()
  const findings: Finding[] = []
  for (const h of ctx.config.ow.hoofdlijnen) {
    if (ids.has(h.id)) findings.push(owFinding('VISIE-407', { hoofdlijn: h.id }))
    else ids.set(h.id, owId(ctx.config.bevoegdGezag, 'Hoofdlijn', h.id))
  }
  return { ids, findings }
}

export function buildHoofdlijnen(
  used: ReadonlySet<string>,
  ids: ReadonlyMap<string, string>,
  ctx: BuildContext,
): { readonly objects: readonly Hoofdlijn[]; readonly findings: readonly Finding[] } {
  const findings: Finding[] = []
  const config = new Map(ctx.config.ow.hoofdlijnen.map((h) => [h.id, h] as const))
  for (const h of ctx.config.ow.hoofdlijnen) {
    for (const key of h.gerelateerd) {
      if (!ids.has(key)) findings.push(owFinding('VISIE-403', { sleutel: `ow.hoofdlijnen ${h.id}.gerelateerd`, hoofdlijn: key }))
    }
  }
  // Used = referenced by a Tekstdeel, or related from a used Hoofdlijn (transitively).
  const reachable = new Set<string>()
  const pending = [...used]
  while (pending.length > 0) {
    const key = pending.pop() as string
    if (reachable.has(key) || !ids.has(key)) continue
    reachable.add(key)
    pending.push(...(config.get(key)?.gerelateerd ?? []))
  }
  const objects: Hoofdlijn[] = []
  const seen = new Set<string>()
  for (const h of ctx.config.ow.hoofdlijnen) {
    if (seen.has(h.id)) continue
    seen.add(h.id)
    if (!reachable.has(h.id)) {
      findings.push(owFinding('VISIE-405', { hoofdlijn: h.id }))
      continue
    }
    const gerelateerd = [...new Set(h.gerelateerd)].filter((k) => ids.has(k)).map((k) => ids.get(k) as string)
    objects.push({ type: 'Hoofdlijn', id: ids.get(h.id) as string, soort: h.soort, naam: h.naam, gerelateerd })
  }
  return { objects, findings }
}
