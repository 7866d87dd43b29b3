/**
 * The OW part of the package (product.md §6, imow-ow.md): owRegelingsgebied, owLocaties, owDivisies, owHoofdlijnen,
 * owGebiedsaanwijzingen and manifest-ow.xml, from the document (with eId/wId), the GIOs and visie.json `ow`.
 * Each file is declared once below; manifest-ow is derived from those declarations. Kaart/Kaartlaag: not written.
 */
import type { Document, Finding, Gio, PackageFile, Span } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { buildDivisies } from './divisies.js'
import { buildGebiedsaanwijzingen, resolveGebiedsaanwijzingen } from './gebiedsaanwijzingen.js'
import { buildHoofdlijnen, hoofdlijnIds } from './hoofdlijnen.js'
import { buildLocaties } from './locaties.js'
import { writeManifestOw } from './manifest.js'
import { type OwObject, type OwObjectType } from './objects.js'
import { type BeeindigdObject, serializeOwBestand, typesOf } from './xml.js'
import { type XmlElement, canonical, elements, findFirst, parseXml } from '../package/xml-tree.js'

import { hashLocal, owIdPattern } from './ids.js'
export { owIdPattern } from './ids.js'
export type { OwObject, OwObjectType } from './objects.js'

/**
 * `vorige`: a wijziging: the previous version's OW objects (identificatie → canonical XML, package/xml-tree). Only
 * objects that are new or changed are written; an unchanged one is not delivered again (imow-ow.md §2.5).
 */
export function writeOwBestanden(
  document: Document,
  gios: readonly Gio[],
  ctx: BuildContext,
  vorige?: ReadonlyMap<string, { readonly canonical: string; readonly type: string; readonly bestand: string; readonly element: XmlElement }>,
): { files: PackageFile[]; findings: Finding[] } {
  const findings: Finding[] = []
  const locaties = buildLocaties(gios, ctx)
  // A GIO of Bijlage I that got no geometry has its finding from the GIO step (VISIE-200): one cause, one finding.
  const zonderGeometrie = new Set(document.informatieobjecten.map((io) => io.naam).filter((naam) => !locaties.perGio.has(naam)))
  const ga = resolveGebiedsaanwijzingen(gios, locaties.perGio, ctx, zonderGeometrie)
  const hl = hoofdlijnIds(ctx)
  findings.push(...ga.findings, ...hl.findings)
  const divisies = buildDivisies(
    document,
    {
      ambtsgebied: locaties.ambtsgebied,
      perGio: locaties.perGio,
      gioNamen: new Set(gios.map((g) => g.naam)),
      zonderGeometrie,
      hoofdlijnen: hl.ids,
      gebiedsaanwijzingen: ga.byKey,
      gebiedsaanwijzingKeys: new Set(Object.keys(ctx.config.ow.gebiedsaanwijzingen)),
    },
    ctx,
  )
  const hoofdlijnen = buildHoofdlijnen(divisies.hoofdlijnen, hl.ids, ctx)
  const gebiedsaanwijzingen = buildGebiedsaanwijzingen(ga.byKey, divisies.gebiedsaanwijzingen)
  findings.push(...divisies.findings, ...hoofdlijnen.findings, ...gebiedsaanwijzingen.findings)

  // The OW files, in the order of imow-ow.md §6; a file without objects is not written.
  const declared: readonly { path: string; objects: readonly OwObject[]; trace?: ReadonlyMap<string, Span> }[] = [
    { path: 'owRegelingsgebied.xml', objects: locaties.regelingsgebied },
    { path: 'owLocaties.xml', objects: locaties.locaties },
    { path: 'owDivisies.xml', objects: divisies.objects, trace: divisies.trace },
    { path: 'owHoofdlijnen.xml', objects: hoofdlijnen.objects },
    { path: 'owGebiedsaanwijzingen.xml', objects: gebiedsaanwijzingen.objects },
  ]
  const declarations = ctx.fase === 'ontwerp' ? declared.map((d) => ontwerpObjecten(d, ctx)) : declared
  const stand = {
    dataset: document.besluit.wijzigBijlage.regeling.opschrift || ctx.config.naam,
    gebied: ctx.config.naam,
    leveringsId: ctx.config.idLevering,
    versie: ctx.config.standaarden.imow,
    ...(ctx.fase === 'ontwerp' ? { procedurestatus: 'ontwerp' as const } : {}),
  }
  const changed = (o: OwObject): boolean => {
    const oud = vorige?.get(o.id)?.canonical
    if (oud === undefined) return true
    const root = parseXml(serializeOwBestand([o], stand))
    const object = root ? findFirst(root, 'owObject') : undefined
    const el = object ? elements(object)[0] : undefined
    return el === undefined || canonical(el) !== oud
  }
  /**
   * The objects that differ from the previous version, compared as written: BATCH objects per written file and per
   * parse (each object alone was a file and a parse of its own: a wijziging of 90 000 Locaties peaked at 1.9 GB).
   */
  const changedOf = (objects: readonly OwObject[]): OwObject[] => {
    const differ = new Set<OwObject>(objects.filter((o) => vorige?.get(o.id)?.canonical === undefined))
    const known = objects.filter((o) => !differ.has(o))
    for (let i = 0; i < known.length; i += BATCH) {
      const batch = known.slice(i, i + BATCH)
      const root = parseXml(serializeOwBestand(batch, stand))
      const written = root ? objectElements(root) : []
      // One element per object, in order; anything else is compared object by object, as before.
      if (written.length !== batch.length) for (const o of batch.filter(changed)) differ.add(o)
      else {
        for (const [k, o] of batch.entries()) if (canonical(written[k] as XmlElement) !== vorige?.get(o.id)?.canonical) differ.add(o)
      }
    }
    return objects.filter((o) => differ.has(o))
  }
  // A wijziging ends every object of the previous version that the new one no longer has, in the file it came from.
  const nieuw = new Set(declarations.flatMap((d) => d.objects.map((o) => o.id)))
  const beeindigd = [...(vorige?.entries() ?? [])].filter(([id]) => !nieuw.has(id)).map(([, o]) => o)
  const paths = new Set(declarations.map((d) => d.path))
  const endedIn = (path: string): BeeindigdObject[] =>
    beeindigd.filter((o) => (paths.has(o.bestand) ? o.bestand : 'owDivisies.xml') === path).map((o) => ({ type: o.type, element: o.element }))
  const files: PackageFile[] = declarations
    .map((d) => ({ ...d, objects: vorige ? changedOf(d.objects) : d.objects, beeindigd: endedIn(d.path) }))
    .filter((d) => d.objects.length > 0 || d.beeindigd.length > 0)
    .map((d) => ({
      path: d.path,
      bytes: serializeOwBestand(d.objects, stand, d.beeindigd),
      contentType: 'application/xml',
      ow: { objecttypen: typesOf(d.objects, d.beeindigd) as OwObjectType[] },
      ...(d.trace && d.trace.size > 0 ? { trace: d.trace } : {}),
    }))
  // A wijziging that changes no OW object delivers no OW files at all.
  if (files.length > 0 || !vorige) files.push(writeManifestOw(files, ctx))
  return { files, findings }
}

/** Objects written per file and parse when comparing with the previous version. */
const BATCH = 500

/** The object element of each sl:stand/ow-dc:owObject of a written owBestand, in order. */
function objectElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (e: XmlElement): void => {
    for (const c of elements(e)) {
      if (c.name === 'owObject') {
        const object = elements(c)[0]
        if (object !== undefined) out.push(object)
      } else walk(c)
    }
  }
  walk(root)
  return out
}

/**
 * The OW part of an intrekking: every object of the previous version ended (status beëindigen), each in the file it
 * came from, and manifest-ow. `dataset` is the title of the regeling withdrawn.
 */
export function writeOwBeeindiging(
  vorige: readonly { readonly type: string; readonly bestand: string; readonly element: XmlElement }[], dataset: string, ctx: BuildContext,
): { files: PackageFile[]; findings: Finding[] } {
  const stand = { dataset, gebied: ctx.config.naam, leveringsId: ctx.config.idLevering, versie: ctx.config.standaarden.imow }
  const paths = [...new Set(vorige.map((o) => o.bestand))].sort()
  const files: PackageFile[] = paths.map((path) => {
    const ended: BeeindigdObject[] = vorige.filter((o) => o.bestand === path).map((o) => ({ type: o.type, element: o.element }))
    return {
      path, bytes: serializeOwBestand([], stand, ended), contentType: 'application/xml',
      ow: { objecttypen: typesOf([], ended) as OwObjectType[] },
    }
  })
  if (files.length > 0) files.push(writeManifestOw(files, ctx))
  return { files, findings: [] }
}

/**
 * The objects of an ontwerpbesluit belong to the ontwerpregeling: the vastgestelde regeling may not refer to them
 * (TPOD1940) and an object belongs to the regeling it was created in (TPOD2142), so the ontwerp gets ids of its own,
 * derived from the ids the vastgestelde version will have and the ontwerp besluit work (still content-based, still
 * the same on every build). References follow; GeometrieRefs (basisgeo:id) are no OW ids and stay.
 */
function ontwerpObjecten<T extends { objects: readonly OwObject[]; trace?: ReadonlyMap<string, Span> }>(d: T, ctx: BuildContext): T {
  const remap = (id: string): string => {
    const m = /^(nl\.imow-[a-z]+[0-9]+\.[a-z]+)\.(.+)$/.exec(id)
    return m ? `${m[1]}.${hashLocal(`ontwerp|${ctx.ids.besluitWork}|${m[2]}`)}` : id
  }
  const deep = (x: unknown): unknown => {
    if (typeof x === 'string') return owIdPattern.test(x) ? remap(x) : x
    if (Array.isArray(x)) return x.map(deep)
    if (x === null || typeof x !== 'object') return x
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === 'position' || k === 'wId' ? v : deep(v)]))
  }
  return {
    ...d,
    objects: d.objects.map((o) => deep(o) as OwObject),
    ...(d.trace ? { trace: new Map([...d.trace].map(([k, v]) => [remap(k), v])) } : {}),
  }
}
