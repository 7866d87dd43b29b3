/**
 * owDivisies content: a vt:Divisietekst + vt:Tekstdeel for every Divisietekst of the Lichaam (never the bijlagen,
 * TPOD1110), and a vt:Divisie + vt:Tekstdeel where visie.json gives a hoofdstuk/paragraaf hoofdlijnen or themas
 * (imow-ow.md §2.1, §6). Ids from the wId; objects in document order.
 */
import { type Divisie, type Divisietekst, type Document, type Finding, type Span, type Structuur, kopMatchFinding, matchKop, parseKopSleutel } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import type { OwAnnotatie } from '../config/ow.js'
import { owFinding } from './findings.js'
import { hashLocal, owId } from './ids.js'
import type { OwObject, Tekstdeel } from './objects.js'
import { deprecatedThemas, idealisatieUri } from './waardelijsten.js'

/** What the annotations may point at, resolved before the walk. */
export interface AnnotatieRefs {
  readonly ambtsgebied: string
  /** GIO naam → ids of its OW Locatie group(s). */
  readonly perGio: ReadonlyMap<string, readonly string[]>
  readonly gioNamen: ReadonlySet<string>
  /** GIOs of Bijlage I without geometry: the GIO step reported them already, so stay silent here. */
  readonly zonderGeometrie: ReadonlySet<string>
  /** Hoofdlijn key → OW id. */
  readonly hoofdlijnen: ReadonlyMap<string, string>
  /** Valid Gebiedsaanwijzing key → OW id and its locaties. */
  readonly gebiedsaanwijzingen: ReadonlyMap<string, { readonly id: string; readonly locaties: readonly string[] }>
  /** Every configured key, valid or not: an invalid one already has its own finding (one cause, one finding). */
  readonly gebiedsaanwijzingKeys: ReadonlySet<string>
}

export interface Divisies {
  readonly objects: readonly OwObject[]
  /** Hoofdlijn keys referenced by a Tekstdeel. */
  readonly hoofdlijnen: ReadonlySet<string>
  /** Gebiedsaanwijzing keys in order of first use. */
  readonly gebiedsaanwijzingen: readonly string[]
  readonly trace: ReadonlyMap<string, Span>
  readonly findings: readonly Finding[]
}

interface Resolved {
  readonly hoofdlijnen: readonly string[]
  readonly themas: readonly string[]
  readonly locaties: readonly string[]
  readonly gebiedsaanwijzingen: readonly string[]
  readonly idealisatie?: 'exact' | 'indicatief'
}

const none: Resolved = { hoofdlijnen: [], themas: [], locaties: [], gebiedsaanwijzingen: [] }

export function buildDivisies(document: Document, refs: AnnotatieRefs, ctx: BuildContext): Divisies {
  const { config, sourceFile } = ctx
  const bg = config.bevoegdGezag
  const findings: Finding[] = []
  const annotaties = annotatedNodes(document, config.ow.annotaties, refs, sourceFile, findings)
  const objects: OwObject[] = []
  const trace = new Map<string, Span>()
  const usedHoofdlijnen = new Set<string>()
  const usedGebiedsaanwijzingen: string[] = []

  const emit = (node: Divisie | Divisietekst, own: Resolved, inherited: Resolved): void => {
    const soort = node.type === 'divisie' ? 'Divisie' : 'Divisietekst'
    if (node.wId === undefined) {
      const nummer = node.kop?.nummer ?? node.kop?.opschrift ?? '(zonder kop)'
      findings.push(owFinding('VISIE-402', { soort, nummer }, { file: sourceFile, line: node.position?.start.line }))
      return
    }
    const local = hashLocal(node.wId)
    const position = node.position ? { position: node.position } : {}
    const divisie = { type: soort, id: owId(bg, soort, local), wId: node.wId, ...position } as const
    const tekstdeel =
      soort === 'Divisie'
        ? divisieTekstdeel(bg, local, divisie, own, refs)
        : divisietekstTekstdeel(bg, local, divisie, own, inherited, refs, config.ow)
    objects.push(divisie, { ...tekstdeel, ...position })
    if (node.position) {
      trace.set(divisie.id, node.position)
      trace.set(tekstdeel.id, node.position)
    }
    for (const key of own.hoofdlijnen) usedHoofdlijnen.add(key)
    const gaKeys = soort === 'Divisie' ? [] : merge(inherited, own).gebiedsaanwijzingen
    for (const key of gaKeys) if (!usedGebiedsaanwijzingen.includes(key)) usedGebiedsaanwijzingen.push(key)
  }

  const visit = (node: Structuur, inherited: Resolved): void => {
    const own = annotaties.get(node) ?? none
    if (node.type === 'divisietekst') {
      emit(node, own, inherited)
      return
    }
    if (own.hoofdlijnen.length > 0 || own.themas.length > 0) emit(node, own, inherited)
    const next = merge(inherited, own)
    for (const child of node.children) visit(child, next)
  }
  for (const node of document.besluit.wijzigBijlage.regeling.lichaam) visit(node, none)

  return { objects, hoofdlijnen: usedHoofdlijnen, gebiedsaanwijzingen: usedGebiedsaanwijzingen, trace, findings }
}

/**
 * Each ow.annotaties key resolved to the Divisie or Divisietekst it names (model/kop-sleutel: by number, or by number
 * and title with the findings when only one of them fits), in section order. A key naming nothing in the Lichaam is
 * TPOD1110 when a bijlage has that number, else VISIE-400.
 */
function annotatedNodes(
  document: Document, config: Readonly<Record<string, OwAnnotatie>>, refs: AnnotatieRefs, file: string, findings: Finding[],
): Map<Structuur, Resolved> {
  const nodes = document.besluit.wijzigBijlage.regeling.lichaam.flatMap(allStructuur)
  const out = new Map<Structuur, Resolved>()
  // Section order (2.10 after 2.9), not JSON key order (which puts integer-like keys first).
  for (const [key, annotatie] of Object.entries(config).sort(([a], [b]) => compareNummer(nummerOf(a), nummerOf(b)) || (a < b ? -1 : a > b ? 1 : 0))) {
    const resolved = resolve(`ow.annotaties.${key}`, annotatie, refs, findings)
    const sleutel = parseKopSleutel(key)
    const match = sleutel ? matchKop(sleutel, nodes) : ({ soort: 'geen' } as const)
    const finding = kopMatchFinding(match, `ow.annotaties[${JSON.stringify(key)}]`, file, (n) => (n.kop?.position ?? n.position)?.start.line)
    if (finding) findings.push(finding)
    if ('node' in match) {
      const earlier = out.get(match.node)
      out.set(match.node, earlier ? both(earlier, resolved) : resolved)
    } else if (match.soort === 'geen') {
      const bijlage = findInBijlagen(document, sleutel?.nummer ?? key)
      findings.push(bijlage ? owFinding('TPOD1110', { nummer: key, bijlage }) : owFinding('VISIE-400', { nummer: key }))
    }
  }
  return out
}

/** Two keys naming one section (`3.2` and `3.2 Wonen`): it carries what both say. */
function both(a: Resolved, b: Resolved): Resolved {
  return { ...merge(a, b), hoofdlijnen: unique([...a.hoofdlijnen, ...b.hoofdlijnen]), themas: unique([...a.themas, ...b.themas]) }
}

function allStructuur(s: Structuur): Structuur[] {
  return s.type === 'divisie' ? [s, ...s.children.flatMap(allStructuur)] : [s]
}

function nummerOf(key: string): string {
  return parseKopSleutel(key)?.nummer ?? key
}

function divisieTekstdeel(
  bg: string,
  local: string,
  divisie: { type: 'Divisie' | 'Divisietekst'; id: string },
  own: Resolved,
  refs: AnnotatieRefs,
): Tekstdeel {
  return {
    type: 'Tekstdeel',
    id: owId(bg, 'Tekstdeel', local),
    themas: own.themas,
    divisie: { type: divisie.type, id: divisie.id },
    hoofdlijnen: hoofdlijnRefs(own, refs),
    locaties: [],
    gebiedsaanwijzingen: [],
  }
}

function divisietekstTekstdeel(
  bg: string,
  local: string,
  divisie: { type: 'Divisie' | 'Divisietekst'; id: string },
  own: Resolved,
  inherited: Resolved,
  refs: AnnotatieRefs,
  ow: BuildContext['config']['ow'],
): Tekstdeel {
  const all = merge(inherited, own)
  const gaIds = all.gebiedsaanwijzingen.map((k) => refs.gebiedsaanwijzingen.get(k)).filter((g) => g !== undefined)
  const gioLocaties = unique([...all.locaties, ...gaIds.flatMap((g) => g.locaties)])
  const locaties = gioLocaties.length > 0 ? gioLocaties : ow.tekstdeelLocatie === 'ambtsgebied' ? [refs.ambtsgebied] : []
  // TPOD2110: idealisatie whenever a Locatie is attached; the Ambtsgebied is exact, GIO locaties as configured.
  const idealisatie =
    locaties.length === 0 ? undefined : gioLocaties.length === 0 ? idealisatieUri.exact : idealisatieUri[all.idealisatie ?? ow.idealisatie]
  return {
    type: 'Tekstdeel',
    id: owId(bg, 'Tekstdeel', local),
    ...(idealisatie ? { idealisatie } : {}),
    themas: own.themas,
    divisie: { type: divisie.type, id: divisie.id },
    hoofdlijnen: hoofdlijnRefs(own, refs),
    locaties,
    gebiedsaanwijzingen: gaIds.map((g) => g.id),
  }
}

function hoofdlijnRefs(own: Resolved, refs: AnnotatieRefs): string[] {
  return own.hoofdlijnen.map((key) => refs.hoofdlijnen.get(key)).filter((id) => id !== undefined)
}

/** Checks an annotation's keys once (not per Divisietekst), so every cause gives one finding. */
function resolve(sleutel: string, annotatie: OwAnnotatie, refs: AnnotatieRefs, findings: Finding[]): Resolved {
  const hoofdlijnen = annotatie.hoofdlijnen.filter((key) => {
    if (refs.hoofdlijnen.has(key)) return true
    findings.push(owFinding('VISIE-403', { sleutel, hoofdlijn: key }))
    return false
  })
  for (const thema of annotatie.themas) if (deprecatedThemas.has(thema)) findings.push(owFinding('OZON0120', { sleutel, thema }))
  const locaties = annotatie.gios.flatMap((gio) => {
    const groepen = refs.perGio.get(gio)
    if (groepen) return [...groepen]
    if (refs.zonderGeometrie.has(gio)) return []
    const reden = refs.gioNamen.has(gio) ? 'die GIO heeft geen geometrie' : 'er is geen GIO met die naam (Bijlage I en geo-bronnen)'
    findings.push(owFinding('VISIE-401', { sleutel, gio, reden }))
    return []
  })
  const gebiedsaanwijzingen = annotatie.gebiedsaanwijzingen.filter((key) => {
    if (refs.gebiedsaanwijzingen.has(key)) return true
    // A configured but left-out Gebiedsaanwijzing already has its own finding.
    if (!refs.gebiedsaanwijzingKeys.has(key)) findings.push(owFinding('VISIE-404', { sleutel, gebiedsaanwijzing: key }))
    return false
  })
  return {
    hoofdlijnen: unique(hoofdlijnen),
    themas: unique(annotatie.themas),
    locaties: unique(locaties),
    gebiedsaanwijzingen: unique(gebiedsaanwijzingen),
    ...(annotatie.idealisatie ? { idealisatie: annotatie.idealisatie } : {}),
  }
}

/** What a section passes down to the Divisieteksten inside it: GIO locaties, gebiedsaanwijzingen, idealisatie. */
function merge(outer: Resolved, inner: Resolved): Resolved {
  const idealisatie = inner.idealisatie ?? outer.idealisatie
  return {
    hoofdlijnen: [],
    themas: [],
    locaties: unique([...outer.locaties, ...inner.locaties]),
    gebiedsaanwijzingen: unique([...outer.gebiedsaanwijzingen, ...inner.gebiedsaanwijzingen]),
    ...(idealisatie ? { idealisatie } : {}),
  }
}

function findInBijlagen(document: Document, nummer: string): string | undefined {
  const has = (nodes: readonly Structuur[]): boolean =>
    nodes.some((n) => n.kop?.nummer === nummer || (n.type === 'divisie' && has(n.children)))
  const bijlage = document.besluit.wijzigBijlage.regeling.bijlagen.find((b) => has(b.children))
  return bijlage ? [bijlage.kop.label, bijlage.kop.nummer].filter(Boolean).join(' ') || 'een bijlage' : undefined
}

function compareNummer(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}
