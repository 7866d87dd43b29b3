/**
 * owGebiedsaanwijzingen content: the Gebiedsaanwijzingen of visie.json `ow.gebiedsaanwijzingen`, each on the OW
 * Locatie of its GIO, with a type allowed in an omgevingsvisie (TPOD2504) and a groep from that type's list.
 * Id from the GIO work and the key: `nl.imow-gm0106.gebiedsaanwijzing.<32 hex>`.
 */
import type { Finding, Gio } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { owFinding } from './findings.js'
import { hashLocal, owId } from './ids.js'
import type { Gebiedsaanwijzing } from './objects.js'
import { groepPrefix, typesNotInOmgevingsvisie } from './waardelijsten.js'

/** The valid Gebiedsaanwijzingen by key; invalid ones are reported and left out. */
export function resolveGebiedsaanwijzingen(
  gios: readonly Gio[],
  perGio: ReadonlyMap<string, readonly string[]>,
  ctx: BuildContext,
  /** GIOs of Bijlage I without geometry: reported by the GIO step, left out here without a second finding. */
  zonderGeometrie: ReadonlySet<string> = new Set(),
): { readonly byKey: ReadonlyMap<string, Gebiedsaanwijzing>; readonly findings: readonly Finding[] } {
  const byKey = new Map<string, Gebiedsaanwijzing>()
  const findings: Finding[] = []
  const keys = Object.keys(ctx.config.ow.gebiedsaanwijzingen).sort()
  for (const key of keys) {
    const ga = ctx.config.ow.gebiedsaanwijzingen[key]
    if (!ga) continue
    if (typesNotInOmgevingsvisie.has(ga.type)) {
      findings.push(owFinding('TPOD2504', { gebiedsaanwijzing: key, soort: ga.type }))
      continue
    }
    const groep = groepPrefix(ga.type)
    if (!groep || !ga.groep.startsWith(groep.prefix)) {
      findings.push(owFinding('VISIE-408', { gebiedsaanwijzing: key, soort: ga.type, groep: ga.groep, lijst: groep?.lijst ?? '<Type>groep' }))
      continue
    }
    const gio = gios.find((g) => g.naam === ga.gio)
    const locaties = perGio.get(ga.gio)
    if (!gio || !locaties) {
      if (zonderGeometrie.has(ga.gio)) continue
      const reden = gio ? 'die GIO heeft geen geometrie' : 'er is geen GIO met die naam (Bijlage I en geo-bronnen)'
      findings.push(owFinding('VISIE-401', { sleutel: `ow.gebiedsaanwijzingen.${key}`, gio: ga.gio, reden }))
      continue
    }
    byKey.set(key, {
      type: 'Gebiedsaanwijzing',
      id: owId(ctx.config.bevoegdGezag, 'Gebiedsaanwijzing', hashLocal(`${gio.work}#${key}`)),
      soort: ga.type,
      naam: ga.naam ?? gio.naam,
      groep: ga.groep,
      locaties,
    })
  }
  return { byKey, findings }
}

/** The used ones in order of first use; unused ones would break OZON0022 and are left out with a warning. */
export function buildGebiedsaanwijzingen(
  byKey: ReadonlyMap<string, Gebiedsaanwijzing>,
  used: readonly string[],
): { readonly objects: readonly Gebiedsaanwijzing[]; readonly findings: readonly Finding[] } {
  const objects = used.map((k) => byKey.get(k)).filter((g) => g !== undefined)
  const findings = [...byKey.keys()].filter((k) => !used.includes(k)).map((k) => owFinding('VISIE-406', { gebiedsaanwijzing: k }))
  return { objects, findings }
}
